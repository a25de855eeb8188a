""""bukan" inside a class name: "masyarakat bukan pekerja", "Pekerja Bukan Penerima Upah".

Indonesian names a group by what it is not: the insurance's member classes ("peserta bukan penerima
upah", "warga bukan pekerja"), "obat bukan resep". There "bukan" denies the noun after it and the
name ends there; the verb that follows is the sentence's own ("BPJS ke masyarakat bukan pekerja
menyosialisasikan program ..." tells outreach). A negated existence or a denied predicate ("Kendalanya
bukan biaya", "alasannya bukan malas mengurus") keeps its reach: only a "bukan" right after a noun
of people, then a word that is not a verb, ends its scope at the next verb.
"""

from __future__ import annotations

from collections.abc import Sequence

# nouns that name people as a class, before "bukan" in a class name
PEOPLE = frozenset({"warga", "masyarakat", "peserta", "pekerja", "penduduk", "keluarga", "orang", "pasien",
                    "penerima", "kelompok", "golongan", "segmen"})
VERB_PREFIXES = ("me", "di", "ber", "ter")
MIN_VERB = 6   # shorter words with these openings are mostly nouns ("desa", "dinas")


def is_verb_form(norm: str) -> bool:
    """Does a word read as a prefixed verb ("menyosialisasikan", "didaftarkan", "bertemu")?"""
    return len(norm) >= MIN_VERB and norm.startswith(VERB_PREFIXES)


def class_name_end(norms: Sequence[str], i: int, count: int, reach: int) -> int | None:
    """For a "bukan" at `i` among a clause's `count` token norms that names a class of people, the
    index of the verb, within `reach` tokens, where the name ends; None when it is not such."""
    if i == 0 or norms[i - 1] not in PEOPLE or i + 1 >= count or is_verb_form(norms[i + 1]):
        return None
    for j in range(i + 2, min(count, i + reach + 1)):
        if is_verb_form(norms[j]):
            return j
    return None
