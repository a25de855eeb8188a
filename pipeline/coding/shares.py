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

# where `counts.pair_sentences` joined the sentences it found ("... 99 persen. Pemerintah ...")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=\S)")
# a figure followed by its percent sign or word ("99 persen", "47,57 persen", "80%", "60-40 persen");
# counts.py's rate rule reads it too (a share given right after a code's words)
A_SHARE = r"\d[\d.,]*\s*(?:%|persen\b|per\s?sen\b)"
SHARE = re.compile(A_SHARE, re.IGNORECASE)


def reports_a_share(sentences: str, pair: list[str]) -> bool:
    """Does every sentence holding a weak pair of evidence (`counts.pair_sentences`, which joins
    them) give a share? ("Cakupan JKN di kabupaten itu 99 persen. Pemerintah kabupaten
    menyosialisasikan JKN di pasar." has a pair that is more than a figure.) False for other
    evidence (an empty `pair`)."""
    if not pair:
        return False
    held = [sentence for sentence in _SENTENCE_END.split(sentences) if all(piece in sentence for piece in pair)]
    return all(SHARE.search(sentence) for sentence in held or [sentences])
