"""A negated antonym says what a word says: "tidak berani" is fear, "tidak ingat" forgetting.

A researcher's keyword or label word (`takut`, `lupa`, `jauh`, `larang`) then also finds its
negated opposite ("nyanda brani bawa lagi", "tidak ingat jadwalnya", "suaminya tidak kasih
izin"). The table holds general Indonesian word facts (with the Manado Malay spellings the gloss
does not yet normalise), keyed by lemma; nothing in it names one study's topic.
"""

from __future__ import annotations

# lemma of a keyword -> the words whose negation means it
NEGATED_ANTONYMS: dict[str, tuple[str, ...]] = {
    "takut": ("berani", "brani", "barani"),
    "lupa": ("ingat",),
    "jauh": ("dekat",),
    "larang": ("boleh", "izinkan", "mengizinkan", "kasih izin", "kase izin"),
    "tolak": ("setuju", "terima", "mau terima"),
    "ragu": ("yakin",),
    "sibuk": ("sempat",),
    "mahal": ("mampu",),
    "miskin": ("mampu",),
    "bingung": ("mengerti", "paham", "mangarti"),
    "sakit": ("sehat",),
    "malas": ("rajin",),
    "kosong": ("tersedia",),
    "jarang": ("sering",),
    "marah": ("senang",),
}
# negators that turn the antonym around (not "bukan", "jangan", "tanpa": their sense differs)
TURNING_NEGATORS = ("tidak", "tdk", "nda", "ndak", "nyanda", "nggak", "gak", "tak", "belum", "blum")


def negated_antonyms(lemma: str) -> list[str]:
    """The phrases that mean `lemma` by negating its opposite ("tidak berani" for takut)."""
    return [f"{negator} {antonym}" for antonym in NEGATED_ANTONYMS.get(lemma, ())
            for negator in TURNING_NEGATORS]
