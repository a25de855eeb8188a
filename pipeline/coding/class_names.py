""""bukan" inside a class name: "masyarakat bukan pekerja", "Pekerja Bukan Penerima Upah".

Indonesian names a group by what it is not: the insurance's member classes ("peserta bukan penerima
upah", "warga bukan pekerja"), "obat bukan resep". There "bukan" denies the noun after it and the
name ends there; the verb that follows is the sentence's own ("BPJS ke masyarakat bukan pekerja
menyosialisasikan program ..." tells outreach). A negated existence or a denied predicate ("Kendalanya
bukan biaya", "alasannya bukan malas mengurus", "masyarakat bukan sengaja menolak") keeps its reach: only a "bukan" between
a noun of people and another (a class noun or a pe- agent noun: pekerja, penerima), with no "yang"
before the next verb ("pasien bukan orang yang menolak" denies the refusal), ends its scope there.
"""

from __future__ import annotations

from collections.abc import Sequence

# nouns that name people as a class, before "bukan" in a class name
PEOPLE = frozenset({"warga", "masyarakat", "peserta", "pekerja", "penduduk", "keluarga", "orang", "pasien",
                    "penerima", "kelompok", "golongan", "segmen"})
VERB_PREFIXES = ("me", "di", "ber", "ter")
MIN_VERB = 6   # shorter words with these openings are mostly nouns ("desa", "dinas")
MIN_AGENT = 6  # a pe- agent noun (pekerja, penerima, pegawai); shorter pe- words are mostly not ("pesan")


def is_verb_form(norm: str) -> bool:
    """Does a word read as a prefixed verb ("menyosialisasikan", "didaftarkan", "bertemu")?"""
    return len(norm) >= MIN_VERB and norm.startswith(VERB_PREFIXES)


def class_name_end(norms: Sequence[str], i: int, count: int, reach: int) -> int | None:
    """For a "bukan" at `i` among a clause's `count` token norms that names a class of people, the
    index of the verb, within `reach` tokens, where the name ends; None when it is not such."""
    if i == 0 or norms[i - 1] not in PEOPLE or i + 1 >= count or not _names_people(norms[i + 1]):
        return None
    for j in range(i + 2, min(count, i + reach + 1)):
        if norms[j] == "yang":
            return None   # pasien bukan orang yang menolak: the relative clause is what "bukan" denies
        if is_verb_form(norms[j]):
            return j
    return None


def _names_people(norm: str) -> bool:
    return norm in PEOPLE or len(norm) >= MIN_AGENT and norm.startswith("pe")
