"""Cutting a chunk's frames back into its documents, and putting codings in the coder's order.

A chunk of consecutive documents is glossed and coded in one call each; these helpers undo
the concatenation so that each document's results can be cached under its own key.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipeline.coding.coder import PASS


def coder_order(codings: pd.DataFrame, segment_ids: pd.Series, code_ids: list[str], ends: np.ndarray) -> pd.DataFrame:
    """Codings of consecutive documents (theirs the segments up to each of `ends`) in the order
    the coder gives each document's: by its pass, then segment, then code."""
    segment = pd.Index(segment_ids).get_indexer(codings["segment_id"])
    code = pd.Index(code_ids).get_indexer(codings["code_id"])
    order = np.lexsort((code, segment, codings[PASS].to_numpy(), np.searchsorted(ends, segment, side="right")))
    return codings.iloc[order].reset_index(drop=True)


def split_rows(frame: pd.DataFrame, lengths: list[int]) -> list[pd.DataFrame]:
    """The frame cut back into consecutive pieces of `lengths` rows (stages keep row order)."""
    if len(frame) != sum(lengths):
        raise RuntimeError(f"glossing returned {len(frame)} rows for {sum(lengths)} segments")
    bounds = [0]
    for length in lengths:
        bounds.append(bounds[-1] + length)
    return [frame.iloc[start:end] for start, end in zip(bounds, bounds[1:])]


def split_codings(codings: pd.DataFrame, glossed: list[pd.DataFrame]) -> list[pd.DataFrame]:
    """Each document's codings (in their order), by the document their segment belongs to."""
    owner = {segment_id: i for i, frame in enumerate(glossed) for segment_id in frame["segment_id"].tolist()}
    which = codings["segment_id"].map(owner)
    if which.isna().any():
        raise RuntimeError("coding returned rows for segments it was not given")
    parts = {int(i): part.reset_index(drop=True) for i, part in codings.groupby(which, sort=False)}
    empty = codings.iloc[0:0]
    return [parts.get(i, empty) for i in range(len(glossed))]
