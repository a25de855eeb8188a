"""Inter-coder agreement: per-code and pooled Cohen's kappa, percent agreement, Krippendorff's alpha.

Coding is multi-label (a segment may carry several codes), so each (unit, code) pair is one
present/absent decision per coder. Per code, the decisions over all units give a 2 x n table;
the pooled row "(all)" concatenates the decisions of every code. Units are the informant
segments when they are known, else every segment either coder coded.

Undefined statistics are reported, not raised: when both coders make the same decision on every
unit (typically: neither used the code), chance agreement is 1 and kappa is 0/0, and alpha has a
single value in its domain. Both are then NaN, percent agreement is 100, and `note` says why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import krippendorff
import numpy as np
import pandas as pd
from sklearn.metrics import cohen_kappa_score

from pipeline.errors import InputError, Problem
from pipeline.records.codebook import Codebook
from pipeline.records.codings import countable_codings, normalise_label
from pipeline.wording import quantity

ALL_CODES = "(all)"
AGREEMENT_COLUMNS = ["code", "cohen_kappa", "percent_agreement", "krippendorff_alpha",
                     "n_units", "a_count", "b_count", "note"]

NOTE_CONSTANT_ABSENT = "neither coder applied this code to any unit: kappa and alpha are undefined"
NOTE_CONSTANT_PRESENT = "both coders applied this code to every unit: kappa and alpha are undefined"
NOTE_NO_UNITS = "no units to compare"
NOTE_ONE_CODER = ("only coder {coder} applied this code ({count} of {n} units): kappa is 0 whatever the count; "
                  "compare the coders' definitions of it, or code more units")


@dataclass(frozen=True)
class AgreementResult:
    table: pd.DataFrame           # AGREEMENT_COLUMNS, one row per code, "(all)" last
    units: list[str]              # the segment ids compared
    outside_units: pd.DataFrame   # countable codings on segments that are not units (not compared)
    not_in_codebook: tuple[tuple[str, tuple[str, ...]], ...] = ()   # (coder, codes the codebook does not know)

    def messages(self) -> list[str]:
        """Warnings for the run log: codings left out of the comparison, and codes compared only by
        their spelling, never silently."""
        return [f"coder {coder}: {quantity(len(group), 'coding')} not compared: {reason}"
                + (f" (e.g. segment {group['segment_id'].iloc[0]})" if group["segment_id"].iloc[0] else "")
                for (coder, reason), group in self.outside_units.groupby(["coder", "reason"], sort=True)] + [
            f"coder {coder}: {quantity(len(codes), 'code')} not in the codebook, compared only with the same "
            f"spelling: {', '.join(repr(code) for code in codes)} (a typo, or a code of another codebook?)"
            for coder, codes in self.not_in_codebook]


def agreement_result(
    codings_a: pd.DataFrame,
    codings_b: pd.DataFrame,
    units: Sequence[str] | None = None,
    *,
    codes: Sequence[str] | None = None,
    codebook: Codebook | None = None,
    files: tuple[str, str] = ("coder A's codings", "coder B's codings"),
) -> AgreementResult:
    """Compare two coders' codings (CODING_COLUMNS or at least segment_id and code).

    Every row given is a decision except rejected ones; which machine suggestions count is
    decided when reading a coder's file (`read_codings`) or by the caller.
    `codes` lists labels to report in that order (e.g. the codebook's), so codes neither coder
    used still get a row; labels either coder used that are not in it are appended.
    With `codebook`, a code written by its id, its label or its English label is one code, so
    a coder who worked in English agrees with one who worked in Indonesian. InputError when
    both coders coded but share no code at all: their kappa would compare different codes.
    """
    key_of = _code_keys(codebook)
    a = _decisions(countable_codings(codings_a, include_model=True), key_of)
    b = _decisions(countable_codings(codings_b, include_model=True), key_of)
    if len(a) and len(b) and not set(a["key"]) & set(b["key"]):
        raise InputError(Problem(files[1], _nothing_shared(a, b, codebook, files[0])))
    if units is None:
        unit_list = list(dict.fromkeys(unit for unit in [*a["segment_id"], *b["segment_id"]] if unit))
    else:
        unit_list = list(dict.fromkeys(str(unit) for unit in units))
    unit_set = set(unit_list)
    outside = pd.concat([_outside(a, unit_set, "A"), _outside(b, unit_set, "B")], ignore_index=True)
    a = a[a["segment_id"].isin(unit_set)]
    b = b[b["segment_id"].isin(unit_set)]

    display = _code_labels(codes, a, b, key_of)
    unit_index = {unit: position for position, unit in enumerate(unit_list)}
    rows = []
    pooled_a: list[np.ndarray] = []
    pooled_b: list[np.ndarray] = []
    for key, label in display.items():
        vector_a = _presence(a[a["key"] == key]["segment_id"], unit_index)
        vector_b = _presence(b[b["key"] == key]["segment_id"], unit_index)
        pooled_a.append(vector_a)
        pooled_b.append(vector_b)
        rows.append({"code": label, **decision_statistics(vector_a, vector_b)})
    all_a = np.concatenate(pooled_a) if pooled_a else np.zeros(0, dtype=int)
    all_b = np.concatenate(pooled_b) if pooled_b else np.zeros(0, dtype=int)
    rows.append({"code": ALL_CODES, **decision_statistics(all_a, all_b)})
    table = pd.DataFrame(rows, columns=AGREEMENT_COLUMNS)
    unknown = tuple((coder, tuple(dict.fromkeys(frame.loc[~frame["key"].str.startswith("\0"), "code"])))
                    for coder, frame in (("A", a), ("B", b))) if codebook is not None else ()
    return AgreementResult(table=table, units=unit_list, outside_units=outside,
                           not_in_codebook=tuple((coder, codes) for coder, codes in unknown if codes))


def agreement_table(
    codings_a: pd.DataFrame,
    codings_b: pd.DataFrame,
    units: Sequence[str] | None = None,
    *,
    codes: Sequence[str] | None = None,
    codebook: Codebook | None = None,
    files: tuple[str, str] = ("coder A's codings", "coder B's codings"),
) -> pd.DataFrame:
    """The agreement.csv table; see `agreement_result` for the codings left out."""
    return agreement_result(codings_a, codings_b, units, codes=codes, codebook=codebook, files=files).table


def decision_statistics(a: np.ndarray, b: np.ndarray) -> dict[str, object]:
    """Kappa, percent agreement and nominal alpha for two aligned 0/1 decision vectors."""
    n = len(a)
    stats: dict[str, object] = {"n_units": n, "a_count": int(a.sum()), "b_count": int(b.sum()), "note": ""}
    if n == 0:
        return {**stats, "cohen_kappa": np.nan, "percent_agreement": np.nan, "krippendorff_alpha": np.nan,
                "note": NOTE_NO_UNITS}
    percent = 100.0 * float(np.mean(a == b))
    values = np.union1d(a, b)
    if len(values) == 1:
        note = NOTE_CONSTANT_PRESENT if values[0] == 1 else NOTE_CONSTANT_ABSENT
        return {**stats, "cohen_kappa": np.nan, "percent_agreement": percent, "krippendorff_alpha": np.nan,
                "note": note}
    kappa = float(cohen_kappa_score(a, b, labels=[0, 1]))
    alpha = float(krippendorff.alpha(reliability_data=np.vstack([a, b]).astype(float),
                                     level_of_measurement="nominal"))
    if not a.any() or not b.any():     # a kappa of 0 here says who used the code, not how well they agree
        stats["note"] = NOTE_ONE_CODER.format(coder="A" if a.any() else "B", count=int(max(a.sum(), b.sum())), n=n)
    return {**stats, "cohen_kappa": kappa, "percent_agreement": percent, "krippendorff_alpha": alpha}


def units_from_segments(segments: pd.DataFrame) -> list[str]:
    """The informant segments: interviewer questions are not coded, so they are not units."""
    if "speaker_role" in segments.columns:
        segments = segments[segments["speaker_role"].astype(str) == "informant"]
    return [str(segment_id) for segment_id in segments["segment_id"]]


def _code_keys(codebook: Codebook | None) -> Callable[[str], str]:
    """A code as written -> the key it is compared by: the codebook's code id for its id, label
    or English label (any case and spacing), else the label normalised."""
    spellings: dict[str, str] = {}
    for code in codebook.codes if codebook is not None else ():
        for written in (code.label_en, code.label, code.id):   # an id wins over another code's label
            if written:
                spellings[normalise_label(written)] = f"\0{code.id}"
    return lambda label: spellings.get(normalise_label(label), normalise_label(label))


def _nothing_shared(a: pd.DataFrame, b: pd.DataFrame, codebook: Codebook | None, file_a: str) -> str:
    """Why two coders' files cannot be compared, with the codes each used."""
    def some(frame: pd.DataFrame) -> str:
        used = list(dict.fromkeys(frame["code"]))
        return ", ".join(f"'{label}'" for label in used[:3]) + (f" and {len(used) - 3} more" if len(used) > 3 else "")
    known = (f"not even as codes of the codebook {codebook.name!r} (by id, label or English label)"
             if codebook is not None else
             "and no codebook was known to tell labels of one code in two languages apart: give --segments "
             "of the run both coded (its run.json names the codebook) or --codebook")
    return (f"shares no code with {file_a}: this file uses {some(b)}, that one {some(a)}, {known}; kappa over "
            "them would compare different codes. Code both files with the same codebook's codes")


def _decisions(codings: pd.DataFrame, key_of: Callable[[str], str] = normalise_label) -> pd.DataFrame:
    """One row per (segment, code key): duplicates are one decision."""
    frame = pd.DataFrame({
        "segment_id": codings["segment_id"].astype(str).to_numpy(),
        "code": codings["code"].astype(str).to_numpy(),
    })
    frame["segment_id"] = frame["segment_id"].str.strip()
    frame["key"] = frame["code"].map(key_of)
    return frame.drop_duplicates(["segment_id", "key"]).reset_index(drop=True)


def _outside(decisions: pd.DataFrame, units: set[str], coder: str) -> pd.DataFrame:
    """The coder's decisions that are not compared, each with the reason."""
    left_out = decisions[~decisions["segment_id"].isin(units)]
    reason = np.where(left_out["segment_id"] == "", "the coded text lies on no segment",
                      "the segment is not a unit (not an informant segment)")
    return left_out.drop(columns="key").assign(coder=coder, reason=reason)


def _code_labels(codes: Sequence[str] | None, a: pd.DataFrame, b: pd.DataFrame,
                 key_of: Callable[[str], str] = normalise_label) -> dict[str, str]:
    """Key -> label shown, in the order given, then first use by A, then by B."""
    display: dict[str, str] = {}
    for label in [*(codes or []), *a["code"], *b["code"]]:
        display.setdefault(key_of(label), " ".join(str(label).split()))
    return display


def _presence(segment_ids: pd.Series, unit_index: dict[str, int]) -> np.ndarray:
    vector = np.zeros(len(unit_index), dtype=int)
    vector[[unit_index[segment_id] for segment_id in segment_ids]] = 1
    return vector
