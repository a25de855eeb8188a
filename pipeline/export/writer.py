"""Export stage: write every output file of a run into one (staging) folder."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.aggregate.labels import labels
from pipeline.aggregate.quotations import quotations_markdown
from pipeline.export import figures as plots
from pipeline.export.coreq import coreq_markdown
from pipeline.export.docx_report import write_report
from pipeline.export.refiqda import write_qdc, write_qdpx
from pipeline.export.reuse import export_key, file_hashes, has_record, reuse_previous
from pipeline.executors import map_alongside
from pipeline.gc_tuning import collector_paused
from pipeline.outputs import RUN_RECORD, write_csv
from pipeline.schema import CODING_COLUMNS, SEGMENT_COLUMNS

if TYPE_CHECKING:
    from pipeline.run import Analysis, StageTimer

# Outputs are written by this process and forked children on the free cores, sharing one list of
# jobs; below this many segments starting the children costs more than it saves.
PARALLEL_FROM_SEGMENTS = 5000
FIGURE_FOLDER = "figures"


def write_outputs(directory: Path, analysis: "Analysis", record: dict[str, Any], timer: "StageTimer",
                  previous: Path | None = None) -> None:
    """Write every output into `directory`; `previous` (the last run's folder) may be reused."""
    started = time.perf_counter()
    key = export_key(analysis, record["versions"]) if has_record(previous) else None
    reused = reuse_previous(previous, directory, key) if key is not None else None
    if reused is None:
        # files are handed out one at a time to whichever process is free, so all finish together
        # whatever share figures (a small batch) or the project and tables (a large one) take
        parallel = len(analysis.segments) >= PARALLEL_FROM_SEGMENTS
        with map_alongside(_write_file, _output_jobs(directory, analysis, record), parallel=parallel) as write_files:
            key = key or export_key(analysis, record["versions"])   # computed while the children write
            write_files()
        _write_report(directory, analysis, record)   # embeds the figures, whichever process drew them
    record["export_key"], record["export_reused"] = key, reused is not None
    record["outputs"] = reused if reused is not None else file_hashes(directory)
    timer.seconds["export"] = round(time.perf_counter() - started, 4)
    record["timings_seconds"] = dict(timer.seconds)
    (directory / RUN_RECORD).write_text(json.dumps(record, indent=2, ensure_ascii=False, default=str), encoding="utf-8")


def _write_file(job: Callable[[], object]) -> None:
    """One output file, with the collector paused (see `collector_paused`)."""
    with collector_paused():
        job()


def _output_jobs(directory: Path, analysis: "Analysis", record: dict[str, Any]) -> list[Callable[[], object]]:
    """Every output but the Word report, each an independent job, the longest ones first."""
    aggregates, batch, name, lang = analysis.aggregates, analysis.batch, analysis.batch.name, analysis.options.lang
    figures = directory / FIGURE_FOLDER
    figures.mkdir()

    def project() -> None:
        write_qdpx(directory / f"{name}.qdpx", project_name=name, codebook=analysis.codebook,
                   documents={doc_name: doc.text for doc_name, doc in batch.documents.items()},
                   segments=analysis.segments, codings=analysis.counted, informants=batch.informants)

    def coreq() -> None:
        coders = ["rule-based coder (pipeline)"] + [f"reviewer {name}" for name in analysis.reviewers]
        (directory / "coreq.md").write_text(
            coreq_markdown(segments=analysis.segments, informants=aggregates.informants, codings=analysis.counted,
                           codebook=analysis.codebook, saturation_result=aggregates.saturation_result, coders=coders,
                           software=f"pipeline {record['versions']['pipeline']}", agreement=analysis.agreement,
                           lang="en"),
            encoding="utf-8")

    def quotation_appendix() -> None:
        (directory / "quotations.md").write_text(quotations_markdown(aggregates.all_quotations, labels(lang)),
                                                 encoding="utf-8")

    tables = [(analysis.segments[SEGMENT_COLUMNS], "segments.csv"), (aggregates.all_quotations, "quotations.csv"),
              (analysis.codings[CODING_COLUMNS], "codings.csv"), (aggregates.theme_table, "theme_table.csv"),
              (aggregates.informants, "informants.csv"), (aggregates.code_matrix.reset_index(), "code_matrix.csv"),
              (aggregates.cooccurrence.reset_index(), "cooccurrence.csv"), (aggregates.saturation, "saturation.csv"),
              (analysis.unknown_words, "unknown_words.csv")]
    if analysis.reliability is not None:
        tables.append((analysis.reliability, "code_reliability.csv"))
    if analysis.agreement is not None:
        tables.append((analysis.agreement, "agreement.csv"))
    return [
        project,
        partial(plots.plot_code_matrix, aggregates.code_matrix, figures / "code_matrix.png", lang=lang),
        partial(plots.plot_saturation, aggregates.saturation, aggregates.saturation_result,
                figures / "saturation.png", lang=lang),
        *(partial(write_csv, frame, directory / file_name) for frame, file_name in tables[:2]),
        partial(plots.plot_cooccurrence, aggregates.cooccurrence, figures / "cooccurrence.png", lang=lang),
        quotation_appendix,
        *(partial(write_csv, frame, directory / file_name) for frame, file_name in tables[2:]),
        coreq,
        partial(write_qdc, directory / f"{name}.qdc", analysis.codebook),
    ]


def _write_report(directory: Path, analysis: "Analysis", record: dict[str, Any]) -> None:
    """The Word report, which embeds the figures."""
    options, aggregates, name = analysis.options, analysis.aggregates, analysis.batch.name
    words = labels(options.lang)
    figures = directory / FIGURE_FOLDER
    write_report(
        directory / f"{name}_report.docx", title=f"{words['report_title']}: {name}", labels=words,
        informants=aggregates.informants, theme_table=aggregates.theme_table, quotations=aggregates.quotations,
        figures=[(words["matrix"], figures / "code_matrix.png"), (words["cooccurrence"], figures / "cooccurrence.png"),
                 (words["saturation"], figures / "saturation.png")],
        agreement=analysis.agreement,
        notes=[words["summary"].format(segments=record["counts"]["informant_segments"],
                                       documents=record["counts"]["documents"], codebook=analysis.codebook.name,
                                       version=analysis.codebook.version, saturation=record["saturation"])],
    )
