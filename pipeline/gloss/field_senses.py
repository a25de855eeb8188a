"""bidang: the midwife (Manado -ng for a final -n, as bulang, jalang) or Indonesian's 'field'.

  Tanya pa bidang. / Bidang bilang ... / bidang desa    -> bidan (the lexicon's reading)
  kerja di bidang kesehatan / kepala bidang / sebidang tanah   -> bidang
  di bidang sosial, dalam bidang apa saja, di bidang ini        -> bidang
Indonesian's bidang names a field by the abstract noun after it (kesehatan, pendidikan, pelayanan: a ke-,
pe- or per- noun in -an, not a place: bidang kelurahan is its midwife), by its domain (sosial, gizi), is
pointed at where one works (di bidang ini), heads an office (kepala bidang) or a plot (bidang tanah);
a person is none of these. Dispatched by clauses.py.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import same_case

FIELD = "bidang"
# Words before bidang that make it the field or the office (kepala bidang, kabid, sebidang tanah).
_HEADS = frozenset({"kepala", "kabid", "sekretaris", "staf", "staff", "seksi", "sub", "per", "masing-masing",
                    "dalam", "berbagai"})
# Nouns after bidang that make it a plot or a domain, with no -an (bidang tanah, bidang studi, bidang ilmu).
_DOMAINS = frozenset({"tanah", "studi", "ilmu", "usaha", "kerja", "tugas", "lain", "sosial", "ekonomi", "hukum",
                      "agama", "politik", "budaya", "teknik", "umum", "gizi", "lingkungan", "keagamaan"})
# A field pointed at where one works (di bidang ini, di bidang tersebut): a midwife is 'di tu bidang'.
_AT = frozenset({"di", "dalam"})
_POINTED = frozenset({"ini", "itu", "tersebut"})
_ABSTRACT_PREFIXES = ("ke", "pe")  # kesehatan, pendidikan, pelayanan, pertanian, perikanan
# ke-/pe- -an nouns that are places: the midwife serving one (bidang kelurahan, bidan kecamatan).
_PLACES = frozenset({"kelurahan", "kecamatan", "pedesaan", "perkotaan", "kepulauan"})


def _bidang(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and prev.key in _HEADS or nxt is not None and (
            nxt.key in _DOMAINS or _abstract(nxt.key) or (
                prev is not None and prev.key in _AT and nxt.key in _POINTED)):
        u.ind = same_case(u.ind, FIELD)


def _abstract(word: str) -> bool:
    return word.startswith(_ABSTRACT_PREFIXES) and word.endswith("an") and word not in _PLACES


RULES = {"bidang": _bidang}
