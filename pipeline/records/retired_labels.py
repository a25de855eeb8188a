"""The labels of codes a codebook no longer has (split, removed, renamed with a new id), kept from run to run.

Graders' decisions on such a code stay in reviews.csv under its label as they saw it, and the run's warnings,
grader_agreement.csv and the notebook name it. An English run (--lang en) names it by its `label_en`, which
only an earlier codebook gave: each run.json keeps, under `codebook.labels`, the labels of its codebook's codes
and of every code an earlier run's record kept, so the English label outlives the code.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pipeline.records.codebook import Codebook
from pipeline.records.run_record import RunRecord

LABELS = "labels"   # run.json's codebook.labels: code id -> {"label": ..., "label_en": ...}


def kept_labels(previous: RunRecord | None, codebook: Codebook) -> dict[str, dict[str, str]]:
    """The labels this run's record keeps: the earlier record's, then this codebook's own (which win)."""
    earlier = previous.codebook.get(LABELS) if previous is not None else None
    labels = {str(key): {"label": str(value.get("label", "")), "label_en": str(value.get("label_en", ""))}
              for key, value in (earlier.items() if isinstance(earlier, Mapping) else ())
              if isinstance(value, Mapping)}
    labels.update({code.id: {"label": code.label, "label_en": code.label_en} for code in codebook.codes})
    return labels


def retired_english(labels: Mapping[str, Mapping[str, Any]], codebook: Codebook) -> dict[str, str]:
    """A code no longer in `codebook`, as reviews.csv may name it (its id or label, case folded) -> its English
    label, for the codes an earlier codebook gave one."""
    current = {code.id for code in codebook.codes}
    names: dict[str, str] = {}
    for code_id, said in labels.items():
        english = str(said.get("label_en") or "")
        if code_id not in current and english:
            names[code_id.casefold()] = english
            names[str(said.get("label") or code_id).casefold()] = english
    return names


def shown_retired(code: str, names: Mapping[str, str]) -> str:
    """A retired code as an English run prints it: its English label, else as written."""
    return names.get(code.strip().casefold(), code)
