"""Export stage: write every output file of a run into one (staging) folder."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.aggregate.labels import labels
from pipeline.aggregate.quotations import quotations_markdown
from pipeline.export import figures as plots
from pipeline.export.coreq import coreq_markdown
from pipeline.export.docx_report import write_report
from pipeline.export.refiqda import write_qdc, write_qdpx
from pipeline.cache import digest
from pipeline.export.reuse import export_key, file_hashes, has_record, reuse_previous
from pipeline.executors import alongside
from pipeline.outputs import write_csv
from pipeline.schema import CODING_COLUMNS, SEGMENT_COLUMNS

if TYPE_CHECKING:
    from pipeline.run import Analysis, StageTimer

# The report (figures, Word, quotation appendix) is written by a second process while this one
# writes the data files; below this many segments the second process costs more than it saves.
PARALLEL_FROM_SEGMENTS = 5000


def write_outputs(directory: Path, analysis: "Analysis", record: dict[str, Any], timer: "StageTimer",
                  previous: Path | None = None) -> None:
    """Write every output into `directory`; `previous` (the last run's folder) may be reused."""
    started = time.perf_counter()
    key = _export_key(analysis, record) if has_record(previous) else None
    reused = key is not None and reuse_previous(previous, directory, key)
    if not reused:
        parallel = len(analysis.segments) >= PARALLEL_FROM_SEGMENTS
        with alongside(lambda: _write_report_files(directory, analysis, record), parallel=parallel):
            _write_data_files(directory, analysis, record)
            key = key or _export_key(analysis, record)   # nothing to reuse: computed while the report is drawn
    record["export_key"], record["export_reused"] = key, reused
    record["outputs"] = file_hashes(directory)
    timer.seconds["export"] = round(time.perf_counter() - started, 4)
    record["timings_seconds"] = dict(timer.seconds)
    (directory / "run.json").write_text(json.dumps(record, indent=2, ensure_ascii=False, default=str), encoding="utf-8")


def _export_key(analysis: "Analysis", record: dict[str, Any]) -> str:
    return digest(export_key(analysis), json.dumps(record["versions"], sort_keys=True))


def _write_data_files(directory: Path, analysis: "Analysis", record: dict[str, Any]) -> None:
    aggregates, batch, name = analysis.aggregates, analysis.batch, analysis.batch.name

    write_csv(analysis.segments[SEGMENT_COLUMNS], directory / "segments.csv")
    write_csv(analysis.codings[CODING_COLUMNS], directory / "codings.csv")
    write_csv(aggregates.theme_table, directory / "theme_table.csv")
    write_csv(aggregates.informants, directory / "informants.csv")
    write_csv(aggregates.code_matrix.reset_index(), directory / "code_matrix.csv")
    write_csv(aggregates.cooccurrence.reset_index(), directory / "cooccurrence.csv")
    write_csv(aggregates.saturation, directory / "saturation.csv")
    write_csv(analysis.unknown_words, directory / "unknown_words.csv")
    if analysis.agreement is not None:
        write_csv(analysis.agreement, directory / "agreement.csv")
    write_qdpx(directory / f"{name}.qdpx", project_name=name, codebook=analysis.codebook,
               documents={doc_name: doc.text for doc_name, doc in batch.documents.items()},
               segments=analysis.segments, codings=analysis.counted, informants=batch.informants)
    write_qdc(directory / f"{name}.qdc", analysis.codebook)
    coders = ["rule-based coder (pipeline)"] + [f"reviewer {name}" for name in analysis.reviewers]
    (directory / "coreq.md").write_text(
        coreq_markdown(segments=analysis.segments, informants=aggregates.informants, codings=analysis.counted,
                       codebook=analysis.codebook, saturation_result=aggregates.saturation_result, coders=coders,
                       software=f"pipeline {record['versions']['pipeline']}", agreement=analysis.agreement,
                       lang="en"),
        encoding="utf-8")


def _write_report_files(directory: Path, analysis: "Analysis", record: dict[str, Any]) -> None:
    """The quotation appendix, figures/*.png and the Word report, which embeds them."""
    options, aggregates, name = analysis.options, analysis.aggregates, analysis.batch.name
    words = labels(options.lang)
    write_csv(aggregates.all_quotations, directory / "quotations.csv")
    (directory / "quotations.md").write_text(quotations_markdown(aggregates.all_quotations, words), encoding="utf-8")
    figure_dir = directory / "figures"
    figure_dir.mkdir()
    figures = [
        (words["matrix"], plots.plot_code_matrix(aggregates.code_matrix, figure_dir / "code_matrix.png", lang=options.lang)),
        (words["cooccurrence"], plots.plot_cooccurrence(aggregates.cooccurrence, figure_dir / "cooccurrence.png", lang=options.lang)),
        (words["saturation"], plots.plot_saturation(aggregates.saturation, aggregates.saturation_result,
                                                    figure_dir / "saturation.png", lang=options.lang)),
    ]
    write_report(
        directory / f"{name}_report.docx", title=f"{words['report_title']}: {name}", labels=words,
        informants=aggregates.informants, theme_table=aggregates.theme_table, quotations=aggregates.quotations,
        figures=figures, agreement=analysis.agreement,
        notes=[words["summary"].format(segments=record["counts"]["informant_segments"],
                                       documents=record["counts"]["documents"], codebook=analysis.codebook.name,
                                       version=analysis.codebook.version, saturation=record["saturation"])],
    )
