"""bidang: the midwife (Manado -ng for a final -n, as bulang, jalang) or Indonesian's 'field'.

  Tanya pa bidang. / Bidang bilang ... / bidang desa    -> bidan (the lexicon's reading)
  kerja di bidang kesehatan / kepala bidang / sebidang tanah   -> bidang
Indonesian's bidang names a field by the abstract noun after it (kesehatan, pendidikan, pelayanan: a ke-,
pe- or per- noun in -an) or heads an office (kepala bidang) or a plot (bidang tanah); a person is none of
these. Dispatched by clauses.py.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import same_case

FIELD = "bidang"
# Words before bidang that make it the field or the office (kepala bidang, kabid, sebidang tanah).
_HEADS = frozenset({"kepala", "kabid", "sekretaris", "staf", "staff", "seksi", "sub", "per", "masing-masing"})
# Nouns after bidang that make it a plot or a domain, with no -an (bidang tanah, bidang studi, bidang ilmu).
_DOMAINS = frozenset({"tanah", "studi", "ilmu", "usaha", "kerja", "tugas", "lain"})
_ABSTRACT_PREFIXES = ("ke", "pe")  # kesehatan, pendidikan, pelayanan, pertanian, perikanan


def _bidang(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and prev.key in _HEADS or nxt is not None and (
            nxt.key in _DOMAINS or nxt.key.startswith(_ABSTRACT_PREFIXES) and nxt.key.endswith("an")):
        u.ind = same_case(u.ind, FIELD)


RULES = {"bidang": _bidang}
