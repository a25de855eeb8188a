"""Tabel 1 and Tabel 2: informant characteristics and the theme > category > code table."""

from __future__ import annotations

import pandas as pd

from pipeline.records.codebook import Codebook
from pipeline.ordering import natural_key
from pipeline.schema import INFORMANT_DOCUMENTS
from pipeline.wording import theme_table_headers

# Tabel 2's columns as the paper names them; the export relabels them in the run's language.
THEME_TABLE_COLUMNS = theme_table_headers("id")


def theme_table(counted: pd.DataFrame, codebook: Codebook, include_empty: bool = True) -> pd.DataFrame:
    """One row per code in codebook order, with its quotation and informant counts.

    `counted` holds only the codings that count (not rejected; model rows above threshold).
    Codes without quotations stay in the table (the coding tree is part of the method)
    unless `include_empty` is False.
    """
    rows = []
    by_code = counted.groupby("code_id") if len(counted) else None
    for code in codebook.codes:
        subset = by_code.get_group(code.id) if by_code is not None and code.id in by_code.groups else counted.iloc[0:0]
        quotes = subset["segment_id"].nunique()
        informants = sorted(subset["informant"].unique(), key=natural_key)
        if quotes == 0 and not include_empty:
            continue
        rows.append([code.theme, code.category, code.label, quotes, len(informants), ", ".join(informants)])
    return pd.DataFrame(rows, columns=THEME_TABLE_COLUMNS)


def informant_table(informants: pd.DataFrame, segments: pd.DataFrame) -> pd.DataFrame:
    """Tabel 1 plus how much each informant said (turns, words) and in how many of the batch's files
    (`documents`: 0 marks a row of informants.csv with no transcript), for the sample description."""
    spoken = segments[segments["speaker_role"] == "informant"]
    turns = spoken.groupby("informant").size()
    words = spoken["text"].str.split().str.len().groupby(spoken["informant"]).sum()
    documents = spoken.groupby("informant")["document"].nunique()
    table = informants.copy()
    table["turns"] = table["informant"].map(turns).fillna(0).astype(int)
    table["words"] = table["informant"].map(words).fillna(0).astype(int)
    table[INFORMANT_DOCUMENTS] = table["informant"].map(documents).fillna(0).astype(int)
    return table


def with_transcripts(informants: pd.DataFrame, segments: pd.DataFrame) -> pd.DataFrame:
    """The informants who speak in the batch: the matrices' columns leave out a listed one without a
    transcript (Tabel 1 keeps it, marked by its 0 documents; the run warns about it)."""
    return informants[informants["informant"].isin(set(segments.loc[segments["speaker_role"] == "informant",
                                                                     "informant"]))]


NO_TRANSCRIPT_MARK = "*"
"""Tabel 1's mark on the code of an informant listed in informants.csv who has no transcript in the
batch, explained under the table (wording `no_transcript`)."""


def without_transcript(informants: pd.DataFrame) -> pd.Series:
    """Whether each row of Tabel 1 (`informant_table`, or the output informants.csv read back) is an
    informant of informants.csv with no transcript in the batch (0 documents): the report and the
    overview keep the row, as the CSV does, and mark it."""
    if INFORMANT_DOCUMENTS not in informants.columns:
        return pd.Series(False, index=informants.index)
    return pd.to_numeric(informants[INFORMANT_DOCUMENTS], errors="coerce").eq(0)


def marked_codes(informants: pd.DataFrame) -> list[str]:
    """Tabel 1's informant codes, each without a transcript marked (NO_TRANSCRIPT_MARK)."""
    return [f"{code}{NO_TRANSCRIPT_MARK}" if missing else str(code)
            for code, missing in zip(informants["informant"], without_transcript(informants))]
