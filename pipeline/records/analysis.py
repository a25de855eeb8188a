"""What a run computed, handed from the stages to the export: the run's options, the tables
of the aggregate stage and the analysis as a whole."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.ingest.batch import Batch
from pipeline.records.codebook import Codebook
from pipeline.records.saturation import SaturationResult


@dataclass(frozen=True)
class SaturationOptions:
    base: int = 4
    run: int = 2
    threshold: float = 0.05


@dataclass
class RunOptions:
    """Everything a user can set for one run; recorded verbatim in run.json."""

    second_coder: Path | None = None        # another coder's codings.csv or .qdpx, for agreement
    model_threshold: float | None = None    # model suggestions count in tables at or above this
    redact: bool = True
    lang: str = "id"                        # table labels: "id" (Indonesian) or "en"
    quotes_per_code: int | None = 10        # Word appendix bound; quotations.md keeps every quote
    timestamps: bool = False                # quotes from recordings' transcripts show their start time
    paper: str = "a4"                       # the Word report's page size: "a4" or "letter"
    saturation: SaturationOptions = field(default_factory=SaturationOptions)
    workers: int | None = None              # gloss/code processes (None: the cores available)
    executor: str = "local"                 # "local" or "dask"
    scheduler: str | None = None            # Dask scheduler address; none = a local cluster
    cache: bool = True                      # reuse per-document results of earlier runs
    progress: bool | None = None            # None: only on a terminal
    learn: bool = True                      # learn from, and keep, decisions in <codebook>.decisions.csv


@dataclass
class Aggregates:
    theme_table: pd.DataFrame
    informants: pd.DataFrame
    code_matrix: pd.DataFrame
    cooccurrence: pd.DataFrame
    saturation: pd.DataFrame
    saturation_result: SaturationResult
    quotations: pd.DataFrame          # bounded set for the Word appendix
    all_quotations: pd.DataFrame      # every counted quote, for quotations.md


@dataclass
class Analysis:
    """What the run computed; the export stage writes it out."""

    batch: Batch
    codebook: Codebook
    segments: pd.DataFrame
    codings: pd.DataFrame
    counted: pd.DataFrame
    aggregates: Aggregates
    unknown_words: pd.DataFrame
    agreement: pd.DataFrame | None
    review_report: dict[str, Any]
    reviewers: list[str]
    annotate_stats: dict[str, Any]
    options: RunOptions
    reused_stages: list[str] = field(default_factory=list)   # whole-batch stages read from the cache
    reliability: pd.DataFrame | None = None   # per-code reliability of the learning model (code_reliability.csv)
    # two graders' agreement (grader_agreement.csv) and the codings they decided differently (grader_disagreements.csv)
    grader_agreement: pd.DataFrame | None = None
    grader_disagreements: pd.DataFrame | None = None
    graders: tuple[str, ...] = ()   # the two graders compared, as they signed

    @property
    def codebook_structure(self) -> Codebook:
        """The codebook without what only the rule coder reads (`Codebook.structure`): an export
        format that declares this need is reused after an edit of rules that changes no coding."""
        return self.codebook.structure()
