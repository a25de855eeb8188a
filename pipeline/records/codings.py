"""Which codings count, and which codebook code a coding names: one rule for every stage.

Tables, the agreement statistics, saturation, COREQ and the REFI-QDA project all count the
same codings; a coding names its code by id when it has a known one, else by label.
"""

from __future__ import annotations

import pandas as pd

from pipeline.records.codebook import Codebook
from pipeline.schema import CARRIED_EVIDENCE

ALL_MODEL_SUGGESTIONS = 0.0   # a threshold every model suggestion meets


def normalise_label(label: str) -> str:
    """Codes are matched by label across coders: case-insensitive, whitespace-normalised."""
    return " ".join(str(label).split()).casefold()


def counted(codings: pd.DataFrame, model_threshold: float | None = None) -> pd.DataFrame:
    """The codings that count.

    A human's accept or add always counts and a reject never does. Otherwise rule (and other
    coders') codings count, and a statistical model's only at or above `model_threshold` (none
    without one). Values are compared case- and space-insensitively, and a file without a
    review or source column (another tool's codings) has no rejects or model rows.

    A model row on a pair the rules (or a review) also have is the learning model's doubt of
    it: with a threshold, the other row counts only if the doubt's probability reaches it; the
    doubt itself never counts, so no pair counts twice. A doubt that carries a grader's reject
    of the code on a near-identical turn (`evidence_in` CARRIED_EVIDENCE:
    `pipeline.coding.carry_over`) removes the other row at any threshold, as the reject would.
    """
    review = _normalised(codings, "review")
    source = _normalised(codings, "source")
    confirmed = review.isin(["accepted", "added"])
    is_model = source == "model"
    keys = _pair_keys(codings)
    doubts = is_model & keys.isin(set(keys[~is_model]))
    if model_threshold is None:
        model_ok = pd.Series(False, index=codings.index)
        doubted: set[object] = set()
    else:
        confidence = codings["confidence"] if "confidence" in codings.columns else pd.Series(0.0, index=codings.index)
        model_ok = pd.to_numeric(confidence, errors="coerce").fillna(0.0) >= model_threshold
        doubted = set(keys[doubts & ~model_ok])
    doubted |= set(keys[doubts & (_normalised(codings, "evidence_in") == CARRIED_EVIDENCE)])
    unreviewed_ok = (~is_model | model_ok) & ~doubts & ~keys.isin(doubted)
    return codings[(review != "rejected") & ((confirmed & ~doubts) | unreviewed_ok)]


def removed_by_carry(codings: pd.DataFrame) -> pd.Series:
    """The rule (or review) rows a carried reject removes: their pair has a doubt that carries a
    grader's reject from a near-identical turn. The doubt stands for the pair, so a grader sees
    and decides it once, as the decision it carries."""
    keys = _pair_keys(codings)
    carried = (_normalised(codings, "source") == "model") & (_normalised(codings, "evidence_in") == CARRIED_EVIDENCE)
    confidence = pd.to_numeric(codings.get("confidence", pd.Series(1.0, index=codings.index)), errors="coerce")
    removing = set(keys[carried & (confidence.fillna(1.0) < 0.5)])
    return ~(_normalised(codings, "source") == "model") & keys.isin(removing)


def _pair_keys(codings: pd.DataFrame) -> pd.Series:
    """Each row's (segment, code) pair; the row's index for a table without segment ids."""
    if "segment_id" not in codings.columns:
        return pd.Series(list(codings.index), index=codings.index)
    code = codings["code_id"] if "code_id" in codings.columns else codings.get("code", pd.Series(codings.index, index=codings.index))
    return pd.Series(list(zip(codings["segment_id"].astype(str).tolist(), code.astype(str).tolist())),
                     index=codings.index)


def countable_codings(codings: pd.DataFrame, include_model: bool = False) -> pd.DataFrame:
    """`counted`, with every model suggestion (`include_model`) or none unless a reviewer accepted it."""
    return counted(codings, ALL_MODEL_SUGGESTIONS if include_model else None)


def codebook_code_ids(codings: pd.DataFrame, codebook: Codebook) -> pd.Series:
    """The codebook id of each coding's code: by id when it has one, else by label; "" when unknown.

    Matching by id first keeps a relabelled code on its row.
    """
    known = {code.id for code in codebook.codes}
    by_label = {normalise_label(code.label): code.id for code in codebook.codes}
    labels = text_column(codings, "code").tolist()
    id_of_label = {label: by_label.get(normalise_label(label), "") for label in set(labels)}
    return pd.Series([code_id if code_id in known else id_of_label[label]
                      for code_id, label in zip(text_column(codings, "code_id").tolist(), labels)],
                     index=codings.index, dtype=object)


def text_column(frame: pd.DataFrame, name: str) -> pd.Series:
    """A column as text ("" for missing values), or all "" when the frame lacks it."""
    if name in frame.columns:
        return frame[name].fillna("").astype(str)
    return pd.Series("", index=frame.index)


def _normalised(codings: pd.DataFrame, name: str) -> pd.Series:
    return text_column(codings, name).str.strip().str.casefold()
