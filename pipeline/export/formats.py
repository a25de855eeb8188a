"""The export formats: each a name, the parts of the analysis it reads, and its write jobs.

A new format is one module with its write function and one `OutputFormat` entry in FORMATS.
`needs` names the `Analysis` fields the format reads (or `codebook_structure`, when it quotes
the codebook's names but no rule; and "record" when it quotes run.json):
the export key, which decides whether the previous run's files can be copied instead of
rebuilt, hashes exactly the union of what the formats declare, so no list is kept by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pandas as pd

from pipeline.aggregate.quote_notes import shown_notes
from pipeline.aggregate.quotations import quotations_markdown
from pipeline.export import figures as plots
from pipeline.export.coreq import coder_names, coreq_markdown
from pipeline.export.docx_report import write_report
from pipeline.export.refiqda import write_qdc, write_qdpx
from pipeline.export.refiqda.sources import PartStore
from pipeline.outputs import write_csv
from pipeline.records.analysis import Analysis
from pipeline.records.english_roles import shown_informants, shown_roles
from pipeline.records.run_record import RunRecord, run_started
from pipeline.records.shown_labels import study_title
from pipeline.schema import CODING_COLUMNS, QUOTATION, SEGMENT_COLUMNS, TABLE_HEADER, TABLE_ROW
from pipeline.wording import counted_noun, labels, theme_table_headers

FIGURE_FOLDER = "figures"
Job = Callable[[], object]


@dataclass(frozen=True)
class OutputFormat:
    name: str
    needs: tuple[str, ...]                                   # Analysis fields read ("record": run.json)
    jobs: Callable[..., list[Job]]   # (folder, analysis, record[, parts=]) -> independent jobs writing its files
    last: bool = False               # runs after every other job (reads their files)
    keeps_parts: bool = False        # its jobs are given parts=: a store of its own kept between runs, or None


def _project(directory: Path, analysis: Analysis, record: RunRecord, parts: PartStore | None = None) -> list[Job]:
    batch, name = analysis.batch, analysis.batch.name
    return [partial(write_qdpx, directory / f"{name}.qdpx", project_name=name, codebook=analysis.codebook,
                    documents={doc_name: doc.text for doc_name, doc in batch.documents.items()},
                    segments=analysis.segments, codings=analysis.counted, informants=batch.informants, parts=parts)]


def _figures(directory: Path, analysis: Analysis, record: RunRecord) -> list[Job]:
    aggregates, lang, folder = analysis.aggregates, analysis.options.lang, directory / FIGURE_FOLDER
    folder.mkdir(exist_ok=True)
    return [partial(plots.plot_code_matrix, aggregates.code_matrix, folder / "code_matrix.png", lang=lang),
            partial(plots.plot_saturation, aggregates.saturation, aggregates.saturation_result,
                    folder / "saturation.png", lang=lang),
            partial(plots.plot_cooccurrence, aggregates.cooccurrence, folder / "cooccurrence.png", lang=lang)]


def _tables(directory: Path, analysis: Analysis, record: RunRecord) -> list[Job]:
    aggregates = analysis.aggregates
    theme_table = aggregates.theme_table.set_axis(theme_table_headers(analysis.options.lang), axis=1)
    table_row = [column for column in (TABLE_ROW, TABLE_HEADER, QUOTATION) if column in analysis.segments]   # a batch with tables
    tables: list[tuple[pd.DataFrame, str]] = [
        (analysis.segments[SEGMENT_COLUMNS + table_row], "segments.csv"), (aggregates.all_quotations, "quotations.csv"),
        (analysis.codings[CODING_COLUMNS], "codings.csv"), (theme_table, "theme_table.csv"),
        (shown_informants(aggregates.informants, analysis.options.lang), "informants.csv"), (aggregates.code_matrix.reset_index(), "code_matrix.csv"),
        (aggregates.cooccurrence.reset_index(), "cooccurrence.csv"), (aggregates.saturation, "saturation.csv"),
        (analysis.unknown_words, "unknown_words.csv")]
    if analysis.agreement is not None:
        tables.append((analysis.agreement, "agreement.csv"))
    if analysis.grader_agreement is not None:   # two graders: written by every run, never left behind
        tables += [(analysis.grader_agreement, "grader_agreement.csv"),
                   (analysis.grader_disagreements, "grader_disagreements.csv")]
    if analysis.reliability is not None:
        from pipeline.coding.reliability import reasons_in   # (the learning model's module: scikit-learn)

        tables.append((reasons_in(analysis.reliability, analysis.options.lang), "code_reliability.csv"))
    return [partial(write_csv, frame, directory / file_name) for frame, file_name in tables]


def _quotations(directory: Path, analysis: Analysis, record: RunRecord) -> list[Job]:
    def write() -> None:
        text = quotations_markdown(shown_notes(analysis.aggregates.all_quotations, analysis.options.lang),
                                   labels(analysis.options.lang),
                                   analysis.options.timestamps)
        (directory / "quotations.md").write_text(text, encoding="utf-8")
    return [write]


def _coreq(directory: Path, analysis: Analysis, record: RunRecord) -> list[Job]:
    def write() -> None:
        coders = coder_names(analysis.reviewers, analysis.options.lang)
        aggregates = analysis.aggregates
        (directory / "coreq.md").write_text(
            coreq_markdown(segments=analysis.segments, informants=aggregates.informants, codings=analysis.counted,
                           codebook=analysis.codebook_structure, saturation_result=aggregates.saturation_result,
                           coders=coders,
                           software=f"pipeline {record.versions['pipeline']}", agreement=analysis.agreement,
                           lang=analysis.options.lang, graders=analysis.grader_agreement,
                           grader_names=analysis.graders),
            encoding="utf-8")
    return [write]


def _codebook(directory: Path, analysis: Analysis, record: RunRecord) -> list[Job]:
    return [partial(write_qdc, directory / f"{analysis.batch.name}.qdc", analysis.codebook)]


def _report(directory: Path, analysis: Analysis, record: RunRecord) -> list[Job]:
    """The Word report, which embeds the figures."""
    options, aggregates, name, codebook = analysis.options, analysis.aggregates, analysis.batch.name, \
        analysis.codebook_structure
    lang = options.lang
    words = labels(lang)
    figures = directory / FIGURE_FOLDER
    study = study_title(analysis.batch.settings, codebook, lang)
    reviewed = int((analysis.codings["review"].astype(str) != "").sum())
    return [partial(
        write_report,
        directory / f"{name}_report.docx", title=f"{words['report_title']}: {study}", labels=words,
        informants=shown_roles(aggregates.informants, lang), theme_table=aggregates.theme_table,
        quotations=shown_notes(aggregates.quotations, lang),
        figures=[(words["matrix"], figures / "code_matrix.png"), (words["cooccurrence"], figures / "cooccurrence.png"),
                 (words["saturation"] + aggregates.saturation_result.order_note(lang), figures / "saturation.png")],
        agreement=analysis.agreement, timestamps=options.timestamps,
        notes=[words["summary"].format(segments=counted_noun(record.counts["informant_segments"], "segment", lang),
                                       documents=counted_noun(record.counts["documents"], "document", lang),
                                       codebook=codebook.name,
                                       version=codebook.version,
                                       saturation=aggregates.saturation_result.explained(lang)
                                       if aggregates.saturation_result.reached else words["not_reached"]),
               words["review_status"].format(reviewed=reviewed, total=len(analysis.codings))],
        paper=options.paper, author=str(analysis.batch.settings.get("author") or "").strip(),
        created=run_started(record),
    )]


# The order is the order jobs are handed out in: the longest first, so all processes finish together.
FORMATS = (
    OutputFormat("REFI-QDA project (.qdpx)", ("batch", "codebook", "segments", "counted"), _project, keeps_parts=True),
    OutputFormat("figures", ("aggregates", "options"), _figures),
    OutputFormat("CSV tables", ("segments", "codings", "aggregates", "unknown_words", "agreement", "options",
                                "reliability", "grader_agreement", "grader_disagreements"), _tables),
    OutputFormat("quotation appendix (quotations.md)", ("aggregates", "options"), _quotations),
    OutputFormat("COREQ checklist (coreq.md)", ("segments", "aggregates", "counted", "codebook_structure",
                                                "reviewers", "agreement", "grader_agreement", "graders", "options",
                                                "record"), _coreq),
    OutputFormat("REFI-QDA codebook (.qdc)", ("batch", "codebook"), _codebook),
    OutputFormat("Word report (.docx)", ("batch", "codebook_structure", "codings", "aggregates", "agreement",
                                         "options", "record"),
                 _report, last=True),
)
