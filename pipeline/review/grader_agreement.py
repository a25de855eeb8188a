"""Agreement between two graders who reviewed the same coded turns in one batch's reviews.csv.

Both graders sign their decisions (the notebook's REVIEWER) in the one reviews.csv; the tables
count the latest decision whoever made it. For inter-rater reliability each grader is read alone:
their latest decision on each (turn, code) is present (accept, add) or absent (reject; on a turn
they marked *nothing to code*, every code the machine left off it that they did not add). A
(turn, code) pair is compared only when both graders decided it: a coding one grader never looked
at is no agreement, and counting the machine's coding for both would inflate kappa. A code the
codebook no longer has (split, removed, or renamed without its id) keeps the decisions both graders
made on it: it is compared under its label as they saw it, marked so in its note, never left out
(the pooled figure would otherwise change with no decision changed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.aggregate.agreement import AGREEMENT_COLUMNS, ALL_CODES, decision_statistics
from pipeline.errors import InputError
from pipeline.records.codebook import Codebook
from pipeline.records.retired_labels import shown_retired
from pipeline.review.apply import decisions_in_force
from pipeline.records.shown_labels import shown_codebook
from pipeline.review.recorded_run import load_recorded_codebook, recorded_lang, recorded_retired_english
from pipeline.review.run_outputs import batch_outputs, read_output
from pipeline.review.store import read_reviews, reviews_path
from pipeline.schema import NOTHING_TO_CODE

PRESENT = {"accept": 1, "add": 1, "reject": 0}
RETIRED = "\x00"   # before a code label in a pair's key: a code the codebook no longer has
RETIRED_NOTE = "not in the codebook now (split, removed or renamed): decided on an earlier version"
DISAGREEMENT_COLUMNS = ["segment_id", "informant", "code", "grader_a", "decision_a", "grader_b", "decision_b", "text"]


@dataclass(frozen=True)
class GraderAgreement:
    graders: tuple[str, str]
    table: pd.DataFrame           # AGREEMENT_COLUMNS, one row per code both decided on, "(all)" last
    disagreements: pd.DataFrame   # DISAGREEMENT_COLUMNS


def _decided(reviews: pd.DataFrame, grader: str, machine: pd.DataFrame, codebook: Codebook) -> dict[tuple[str, str], str]:
    """(segment, code id) -> this grader's latest decision on it, a *nothing to code* mark as a
    reject of every code the machine left off the turn."""
    own = decisions_in_force(reviews[reviews["reviewer"] == grader], codebook, successors=False)
    decided = {(row.segment_id, row.code_id if isinstance(row.code_id, str) else RETIRED + str(row.code)): row.decision
               for row in own.itertuples() if row.code_id != ""}
    own = own.dropna(subset=["code_id"])
    coded = set(zip(machine["segment_id"], machine["code_id"]))
    for turn in own.loc[own["decision"] == NOTHING_TO_CODE, "segment_id"]:
        for code in codebook.codes:
            if (turn, code.id) not in coded:
                decided.setdefault((turn, code.id), NOTHING_TO_CODE)
    return decided


def grader_agreement(reviews: pd.DataFrame, machine: pd.DataFrame, segments: pd.DataFrame, codebook: Codebook,
                     graders: tuple[str, str], english: Mapping[str, str] | None = None) -> GraderAgreement:
    """Per-code and pooled kappa, percent agreement and alpha of two graders on the pairs both decided; `english`
    (an English run's) names a code the codebook no longer has by its English label (records/retired_labels.py)."""
    a, b = (_decided(reviews, grader, machine, codebook) for grader in graders)
    shared = [pair for pair in a if pair in b]
    texts = segments.drop_duplicates("segment_id").set_index("segment_id")
    rows, pooled, differing = [], ([], []), []
    retired = list(dict.fromkeys(pair[1] for pair in shared if pair[1].startswith(RETIRED)))
    for key, label in [*((code.id, code.label) for code in codebook.codes), *((key, shown_retired(key[1:], english or {})) for key in retired)]:
        pairs = [pair for pair in shared if pair[1] == key]
        if not pairs:
            continue
        vector_a = np.array([PRESENT.get(a[pair], 0) for pair in pairs])
        vector_b = np.array([PRESENT.get(b[pair], 0) for pair in pairs])
        pooled[0].append(vector_a)
        pooled[1].append(vector_b)
        figures = decision_statistics(vector_a, vector_b)
        if key in retired:
            figures["note"] = "; ".join(filter(None, [RETIRED_NOTE, figures.get("note", "")]))
        rows.append({"code": label, **figures})
        for pair, left, right in zip(pairs, vector_a, vector_b):
            if left != right:
                turn = texts.loc[pair[0]] if pair[0] in texts.index else None
                differing.append({"segment_id": pair[0], "informant": "" if turn is None else turn["informant"],
                                  "code": label, "grader_a": graders[0], "decision_a": a[pair],
                                  "grader_b": graders[1], "decision_b": b[pair],
                                  "text": "" if turn is None else turn["text"]})
    if rows:
        rows.append({"code": ALL_CODES, **decision_statistics(np.concatenate(pooled[0]), np.concatenate(pooled[1]))})
    return GraderAgreement(graders, pd.DataFrame(rows, columns=AGREEMENT_COLUMNS),
                           pd.DataFrame(differing, columns=DISAGREEMENT_COLUMNS))


def run_grader_agreement(reviews: pd.DataFrame, codings: pd.DataFrame, segments: pd.DataFrame,
                         codebook: Codebook, english: Mapping[str, str] | None = None) -> GraderAgreement | None:
    """The run's own comparison when exactly two graders signed reviews.csv (more: the command names two), so the
    figures follow every run and are never left behind in an outputs folder the run replaced; None otherwise."""
    signed = list(dict.fromkeys(reviews["reviewer"].dropna().astype(str))) if not reviews.empty else []
    signed = [grader for grader in signed if grader]
    if len(signed) != 2:
        return None
    found = grader_agreement(reviews, codings[codings["source"] != "review"], segments, codebook, (signed[0], signed[1]),
                             english)
    return found if not found.table.empty else None


def batch_grader_agreement(batch_dir: Path, outputs_dir: Path, graders: tuple[str, str] | None) -> GraderAgreement:
    """The agreement of two graders of a batch (by default its only two), from its reviews.csv and last run."""
    if not batch_dir.is_dir():
        raise InputError.at(batch_dir, "is not a folder: give the batch folder that holds reviews.csv")
    reviews = read_reviews(batch_dir)
    signed = list(dict.fromkeys(reviews["reviewer"])) if not reviews.empty else []
    if not signed:
        raise InputError.at(reviews_path(batch_dir), "holds no decision yet: each grader reviews the batch in "
                            "notebooks/review.ipynb with their own REVIEWER first")
    if graders is None:
        if len(signed) != 2:
            raise InputError.at(reviews_path(batch_dir), f"holds decisions of {len(signed)} grader(s) "
                                f"({', '.join(signed) or 'none'}): name the two to compare with --graders A B")
        graders = (signed[0], signed[1])
    if graders[0] == graders[1]:   # a grader compared with themself agrees perfectly, telling nothing
        raise InputError.at(reviews_path(batch_dir), f"--graders names {graders[0]!r} twice: name two different "
                            f"graders (its graders are {', '.join(signed)})")
    missing = [grader for grader in graders if grader not in signed]
    if missing:
        raise InputError.at(reviews_path(batch_dir), f"has no decision signed {', '.join(map(repr, missing))}; "
                            f"its graders are {', '.join(signed) or 'none yet'} (the notebook's REVIEWER)")
    outputs_dir = batch_outputs(outputs_dir, batch_dir.name)
    codings = read_output(outputs_dir / "codings.csv")
    machine = codings[codings["source"] != "review"]
    codebook = load_recorded_codebook(outputs_dir, batch_dir)   # labelled as the last run printed them (--lang en)
    return grader_agreement(reviews, machine, read_output(outputs_dir / "segments.csv"),
                            shown_codebook(codebook, recorded_lang(outputs_dir)), graders,
                            recorded_retired_english(outputs_dir, codebook))
