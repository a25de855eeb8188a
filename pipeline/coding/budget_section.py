"""A plan's budget section: the paragraphs under its heading "E. Anggaran" (or "BAB V. ANGGARAN",
"D. Pembiayaan", inline: "V. Anggaran. Kegiatan dibiayai dari ...") that say what the plan costs
and where its funds come from.

Under the documents convention a plan's budget is its administration, not a measure: its lines
name the activities they pay for ("Penggandaan formulir ... Rp 3.500.000", "Skrining dan
pemeriksaan laboratorium Rp 412.000.000; kunjungan rumah ... Rp 96.500.000") without saying
anything is done (none of 11 budget paragraphs in 9 studies' development plans is coded). The
section runs from its heading over the paragraphs that name money, and ends at the first that does
not (the next heading, a closing, a signature). Money named outside such a section ("Pemkot
mengalokasikan Rp1,2 miliar untuk PMT", "anggaran Rp25 juta untuk perbaikan jamban") is untouched.
Read by coder.py as background (background_rows; counts.py: no code without rules).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.coding.background import is_background
from pipeline.coding.framing_sections import in_framing_sections
from pipeline.coding.paragraph_shape import is_title

# a section's marker ("E.", "V.", "BAB V.", "4)", "#") and a budget title, alone or opening the
# paragraph before a stop or a colon ("V. Anggaran. Kegiatan ...", "Anggaran: Rp ...")
_NUMBER = r"(?:bab\s+)?(?:[a-z]|[ivxl]+|\d{1,2})\s*[.)]\s*|bab\s+(?:[ivxl]+|\d{1,2})\s+"
_MARKER = r"[#\s]*(?P<number>" + _NUMBER + r")?"
_TITLE = (r"(?:rencana\s+|rincian\s+|kebutuhan\s+|sumber\s+)?(?:anggaran|pembiayaan|dana|biaya)"
          r"(?:\s+(?:dan\s+sumber\s+(?:dana|pembiayaan)|kegiatan|biaya))?")
# (a title opening a paragraph of its own words needs its marker: "Biaya: pasien membayar ..." is a finding)
BUDGET_HEADING = re.compile(_MARKER + _TITLE + r"\s*[.:]?\s*$", re.IGNORECASE)
_INLINE_HEADING = re.compile(r"[#\s]*(?:" + _NUMBER + r")" + _TITLE + r"\s*[.:]\s*\S", re.IGNORECASE)
# a sum of money or where funds come from: what every paragraph of the section names
_MONEY = re.compile(r"\bRp\.?\s?\d|\brupiah\b|\b\d[\d.,]*\s*(?:juta|miliar|ribu)\b|\bdibiayai\b|\bbersumber\s+dari\b"
                    r"|\bsumber\s+dana\b", re.IGNORECASE)


# what a report's budget section tells and a plan's does not: money spent, work done ("Realisasi: perbaikan
# jalan ... telah selesai, Rp 210.000.000", "BLT ... sudah disalurkan"), which is read as any finding
_DONE = re.compile(r"\b(?:telah|sudah|realisasi|terealisasi|direalisasikan)\b", re.IGNORECASE)


def names_money(text: str) -> bool:
    """Does a paragraph name a sum of money or the source of funds?"""
    return _MONEY.search(text) is not None


def in_budget_sections(texts: Sequence[str], documents: Sequence[object]) -> list[bool]:
    """For each document paragraph (in reading order, `documents` naming each one's file): is it
    the heading of a plan's budget section (numbered as a plan's outline is, "E. Anggaran", or in a
    document whose title names it: a news page's crosshead "Anggaran" opens no section, its money
    lines report what was allocated), or a paragraph after it naming money and not telling
    it spent (`_DONE`), the section unbroken? Interview turns and other files' paragraphs break a section."""
    flags: list[bool] = []
    open_in: object = None   # the document whose budget section is still running
    titled: dict[object, bool] = {}   # does each document open with a title naming what it is (a plan's)?
    for text, document in zip(texts, documents):
        titled.setdefault(document, is_title(text))
        alone = BUDGET_HEADING.fullmatch(text)
        heading = _INLINE_HEADING.match(text) is not None or (
            alone is not None and (alone.group("number") is not None or titled[document]))
        if heading:
            open_in = document
            flags.append(True)
            continue
        inside = open_in is not None and document == open_in and names_money(text) and not _DONE.search(text)
        if not inside:
            open_in = None
        flags.append(inside)
    return flags


def background_rows(in_document: Sequence[bool], texts: Sequence[str], documents: Sequence[object]) -> list[bool]:
    """For each segment: is it a document paragraph that frames the document (background.py, or a
    framing section: framing_sections.py) or lies in a plan's budget section? (Interview turns never are.)"""
    budget, framing = in_budget_sections(texts, documents), in_framing_sections(texts, documents)
    return [bool(document) and (is_background(text) or in_budget or frames)
            for document, text, in_budget, frames in zip(in_document, texts, budget, framing)]
