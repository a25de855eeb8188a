"""A document paragraph's shape, as the coder reads it: a paragraph that introduces a list or
heads a table, a document's title or chapter heading (a list item and a heading in capitals look
as ingest reads them: `ingest/line_shapes.py`).

`context.py` reads these shapes to give a list item its heading; `coder.py` leaves a title
uncoded; `line_wraps.py` keeps the line breaks of list items and titles.
"""

from __future__ import annotations

import re

from pipeline.coding.sentences import is_one_sentence
from pipeline.ingest.line_shapes import capitals_only

_INTRODUCES = re.compile(r":\s*$")
HEADING_WORDS = 15   # a title without ":" ("Rencana Tindak Lanjut Kepesertaan JKN Tahun 2024") is short


def introduces(text: str) -> bool:
    """A paragraph ending with ":" introduces the list after it."""
    return _INTRODUCES.search(text) is not None


def is_heading_like(text: str) -> bool:
    """A paragraph that can head a table: ending with ":", or one short sentence."""
    if introduces(text):
        return True
    return len(text.split()) <= HEADING_WORDS and is_one_sentence(text)


TITLE_WORDS = 25   # an upper-case paragraph longer than this is shouting prose, not a title


# a title that names the kind of document it heads ("# Rencana Aksi Percepatan Penurunan Stunting
# Puskesmas X Tahun 2025", "Laporan Tahunan ...", "Notulen Rapat ..."), in any case, without a
# sentence's end or a list's colon
_DOCUMENT_KIND = re.compile(r"[#\s]*(?:rencana (?:aksi|kerja|kegiatan|strategis)|laporan|profil|notulen|notula|risalah"
                            r"|peraturan|keputusan|surat edaran|siaran pers|pedoman|petunjuk teknis|juknis"
                            r"|kerangka acuan|hasil evaluasi|kajian|ringkasan eksekutif)\b[^.:;!?]*", re.IGNORECASE)


# a numbered section's heading ("Strategi 2: Transportasi dan rumah tunggu", "Bagian III: ..."):
# a word and a number before a colon, a short title after it, no sentence's end
_NUMBERED_SECTION = re.compile(r"[#\s]*[^\W\d_]+ (?:\d+|[IVX]+)\s*:\s*[^.:;!?]+", re.IGNORECASE)
SECTION_WORDS = 12   # a numbered section's title is short; a longer line after "Langkah 1:" is a step


def is_title(text: str) -> bool:
    """A document's title or chapter heading, written in capitals ("BAB III HASIL EVALUASI
    PROGRAM ...") or naming the kind of document it heads ("Rencana Aksi Percepatan Penurunan
    Stunting ... Tahun 2025"), or a numbered section's heading ("Strategi 1: Kemitraan ..."): it
    names a programme or a subject, not a measure (the paragraphs under it say what is done), so it
    carries no code."""
    if len(text.split()) > TITLE_WORDS:
        return False
    if len(text.split()) <= SECTION_WORDS and _NUMBERED_SECTION.fullmatch(text.strip()) is not None:
        return True
    if sum(char.isalpha() for char in text) > 3 and capitals_only(text):
        return True
    return _DOCUMENT_KIND.fullmatch(text.strip()) is not None and (text.lstrip().startswith("#") or _title_cased(text))


def _title_cased(text: str) -> bool:
    """Are most of a line's longer words capitalised, as a title's are ("Laporan Tahunan Puskesmas
    ...", not "Laporan kader menunjukkan ...")?"""
    words = [word for word in re.findall(r"[^\W\d_]{4,}", text)]
    return bool(words) and sum(word[0].isupper() for word in words) >= 0.6 * len(words)
