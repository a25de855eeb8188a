"""The cells of a plan table's row that say what is done, and those that only say for whom,
when, by whom, where, or how it is monitored.

An action plan heads its columns (No | Masalah | Strategi / Kegiatan | Sasaran | Waktu |
Penanggung jawab | Indikator). The problem and the activity carry the codes; the target group
("Ibu dan nenek balita"), the schedule, the people in charge, the place and the indicator or
target ("Cakupan JKN balita 100%") are the measure's circumstances and its monitoring, which
the documents convention does not count. Their cells are blanked (spaces of the same length,
so the evidence stays the row's own words) before the row is matched.

A markdown row is split by its pipes under its header line (segments column
`schema.TABLE_HEADER`); a Word row reads "Masalah: ...; Sasaran: ..." (ingest/tables.py).
"""

from __future__ import annotations

import re

import pandas as pd

from pipeline.schema import TABLE_HEADER, TABLE_ROW

# the first word of a column label that names a circumstance of the measure, not the measure
CIRCUMSTANCE_LABELS = frozenset({
    "no", "nomor", "sasaran", "target", "waktu", "jadwal", "tanggal", "periode", "penanggung", "pj",
    "pelaksana", "lokasi", "tempat", "indikator", "capaian",
})
_PIPE = re.compile(r"(?<!\\)\|")
_WORD_CELL = re.compile(r"(?:^|(?<=; ))([^:;|\n]{1,40}?): ")   # "Sasaran: " opening a Word row's cell
_FIRST = re.compile(r"[^\W\d_]+")


def names_circumstance(label: str) -> bool:
    """Is `label` ("Sasaran", "Waktu pelaksanaan", "Penanggung Jawab") a column of who, when or
    where, or of monitoring?"""
    first = _FIRST.search(label.casefold())
    return first is not None and first.group() in CIRCUMSTANCE_LABELS


def readable_row(text: str, header: str) -> str:
    """`text` (a table row) with the cells under circumstance columns blanked. `header`: the
    markdown table's header line, "" for a Word row (its labels are in the text)."""
    spans = _markdown_cells(text, header) if header.strip() else _word_cells(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _markdown_cells(text: str, header: str) -> list[tuple[int, int]]:
    inner = header.strip().strip("|")
    labels = [label.strip() for label in _PIPE.split(inner)]
    pipes = list(_PIPE.finditer(text))
    if pipes and not text[:pipes[0].start()].strip():   # "| 1 | ... |": the row kept its outer pipes
        pipes = pipes[1:]
    bounds = [0] + [m.end() for m in pipes]
    ends = [m.start() for m in pipes] + [len(text)]
    return [(start, end) for label, start, end in zip(labels, bounds, ends) if names_circumstance(label)]


def _word_cells(text: str) -> list[tuple[int, int]]:
    opened = list(_WORD_CELL.finditer(text))
    spans = []
    for k, match in enumerate(opened):
        if names_circumstance(match.group(1)):
            end = opened[k + 1].start() - 2 if k + 1 < len(opened) else len(text)
            spans.append((match.end(), max(match.end(), end)))
    return spans


def readable_rows(segments: pd.DataFrame, texts: list[str]) -> list[str]:
    """`texts` (one per row of `segments`: their text or translation) with each table row's
    circumstance cells blanked; other segments' texts as they are."""
    if TABLE_ROW not in segments:
        return texts
    rows = segments[TABLE_ROW].astype(str).str.casefold().isin(["true", "1"]).tolist()   # read back from a csv too
    headers = (segments[TABLE_HEADER].fillna("").astype(str).tolist() if TABLE_HEADER in segments
               else [""] * len(texts))
    return [readable_row(text, header) if row and text else text for text, header, row in zip(texts, headers, rows)]
