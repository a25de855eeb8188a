"""bidang: the midwife (Manado -ng for a final -n, as bulang, jalang) or Indonesian's 'field'.

  Tanya pa bidang. / Bidang bilang ... / bidang desa    -> bidan (the lexicon's reading)
  kerja di bidang kesehatan / kepala bidang / sebidang tanah   -> bidang
  di bidang sosial, dalam bidang apa saja, di bidang ini        -> bidang
Indonesian's bidang names a field by the abstract noun after it (kesehatan, pendidikan, pelayanan: a ke-,
pe- or per- noun in -an) or heads an office (kepala bidang) or a plot (bidang tanah); a person is none of
these, and nor is a field named by its domain (sosial, gizi) or pointed at where one works
(di bidang ini). Dispatched by clauses.py.
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


def _bidang(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and prev.key in _HEADS or nxt is not None and (
            nxt.key in _DOMAINS or nxt.key.startswith(_ABSTRACT_PREFIXES) and nxt.key.endswith("an") or (
                prev is not None and prev.key in _AT and nxt.key in _POINTED)):
        u.ind = same_case(u.ind, FIELD)


RULES = {"bidang": _bidang}
