"""A negated antonym says what a word says: "tidak berani" is fear, "tidak ingat" forgetting.

A researcher's keyword or label word (`takut`, `lupa`, `jauh`, `larang`) then also finds its
negated opposite ("nyanda brani bawa lagi", "tidak ingat jadwalnya", "suaminya tidak kasih
izin"), and a keyword naming a stop ("berhenti minum obat") the act said to be no longer done
("dia nyanda minum obat", "tidak minum obat lagi"). The table holds general Indonesian word
facts (with the Manado Malay spellings the gloss does not yet normalise), keyed by lemma; nothing
in it names one study's topic.
"""

from __future__ import annotations

from pipeline.coding.negation import NOT_YET

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
    "gratis": ("bayar",),   # "nyanda bayar apa-apa": free of charge
}
# negators that turn the antonym around (not "bukan", "jangan", "tanpa": their sense differs): those
# of an act no longer done, and "not yet"
NO_LONGER = ("tidak", "tdk", "nda", "ndak", "nyanda", "nggak", "gak", "tak")   # "not yet" is no stop
TURNING_NEGATORS = NO_LONGER + tuple(sorted(NOT_YET))
# an antonym with negators of its own: "belum bayar iuran" is arrears, not free of charge
ANTONYM_NEGATORS: dict[str, tuple[str, ...]] = {"bayar": NO_LONGER}
# words beside a negated antonym that turn it away from the keyword: "nyanda bayar iuran, jadi kartu
# mati" is a debt unpaid, not a service free of charge
DEBTS = ("iuran", "tagihan", "utang", "hutang", "tunggakan", "premi", "cicilan")
ANTONYM_UNLESS_BESIDE: dict[str, tuple[str, ...]] = {"bayar": DEBTS}


def negated_antonyms(lemma: str) -> list[str]:
    """The phrases that mean `lemma` by negating its opposite ("tidak berani" for takut)."""
    return [f"{negator} {antonym}" for antonym in NEGATED_ANTONYMS.get(lemma, ())
            for negator in ANTONYM_NEGATORS.get(antonym, TURNING_NEGATORS)]


def antonym_blockers(lemma: str) -> tuple[str, ...]:
    """The words that silence `lemma`'s negated antonyms beside them ("nyanda bayar iuran")."""
    return tuple(w for antonym in NEGATED_ANTONYMS.get(lemma, ()) for w in ANTONYM_UNLESS_BESIDE.get(antonym, ()))


# a keyword that names stopping an act ("berhenti minum obat", "putus sekolah") is also said as
# the act no longer done: "tidak minum obat lagi", "so nyanda minum obat"
STOPPING = frozenset({"berhenti", "henti", "stop", "putus"})
# what says the act is no longer done rather than supposed undone ("kalau tidak minum, ..."): an
# aspect of change, or the person who no longer does it
NO_LONGER_OPENERS = ("sudah", "so", "su", "dia", "ia", "saya", "kita", "torang", "kami", "mereka", "dorang",
                     "ngana", "kamu")


def stopped_forms(keyword: str) -> list[str]:
    """The phrases that say a stopping keyword's act is no longer done ("berhenti minum obat":
    "tidak minum obat lagi", "sudah tidak minum obat", "dia nyanda minum obat")."""
    words = keyword.casefold().split()
    if len(words) < 2 or words[0] not in STOPPING:
        return []
    act = " ".join(words[1:])
    return ([f"{n} {act} lagi" for n in NO_LONGER]
            + [f"{opener} {n} {act}" for opener in NO_LONGER_OPENERS for n in NO_LONGER])
