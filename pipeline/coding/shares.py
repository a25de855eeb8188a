"""A weak pair of a code's words in a document sentence that reports a share.

Reports and news tell coverage as shares: "cakupan kepesertaan JKN di Kabupaten X mencapai 99
persen", "alokasi APBD kabupaten dan provinsi 60-40 persen", "capaian UHC lebih dari 99 persen". Two
words of a minimal code's definition or related words ("JKN ... kabupaten", "pemerintah ...
kesehatan") meet in such a sentence because it names the programme and the place, not because anyone
informs, helps or refuses: the documents convention does not count statistics. A keyword or the
label's phrase still counts there; only a weak pair (`counts.weak_pair`) is set aside, and only
where every sentence holding it gives a share.
"""

from __future__ import annotations

import re

# a figure followed by its percent sign or word ("99 persen", "47,57 persen", "80%", "60-40 persen");
# counts.py's rate rule reads it too (a share given right after a code's words)
A_SHARE = r"\d[\d.,]*\s*(?:%|persen\b|per\s?sen\b)"
SHARE = re.compile(A_SHARE, re.IGNORECASE)


def reports_a_share(sentences: str, pair: list[str]) -> bool:
    """Do the sentences holding a weak pair of evidence (`counts.pair_sentences`) give a share?
    False for other evidence (an empty `pair`)."""
    return bool(pair) and SHARE.search(sentences) is not None
