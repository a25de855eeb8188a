"""The `analyze` job: ingest -> gloss -> code -> review -> aggregate -> export, with a run record."""

from __future__ import annotations

import dataclasses
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from threadpoolctl import threadpool_limits

from pipeline.aggregate.build import aggregate
from pipeline.aggregate.saturation import undated_warning
from pipeline.runtime.annotate import AnnotationStats, annotate_batch
from pipeline.errors import InputError
from pipeline.digests import digest
from pipeline.export.writer import write_outputs
from pipeline.records.english_roles import with_english_roles
from pipeline.records.shown_labels import shown_codebook, shown_codings
from pipeline.runtime.gc_tuning import bulk_thresholds
from pipeline.ingest import Batch, read_batch
from pipeline.ingest.batch import FROM_FOLDER
from pipeline.ingest.segment_key import RunKey, key_for_run, read_segment_key
from pipeline.outputs import RUN_RECORD, ensure_writable, staged_directory
from pipeline.records.analysis import Analysis, RunOptions, SaturationOptions
from pipeline.records.codebook import Codebook
from pipeline.records.codings import counted
from pipeline.records.run_record import STARTED_FORMAT, RunRecord
from pipeline.runtime.progress import StageProgress
from pipeline.coding.codebook_words import names_absence, study_keywords
from pipeline.coding.evidenceless import evidenceless_codes_warning
from pipeline.coding.off_subject import off_subject_warnings
from pipeline.coding.model_notes import TOO_FEW_CODINGS, ModelNote
from pipeline.coding.reliability import reliability_summary
from pipeline.records.retired_labels import LABELS, kept_labels, retired_english
from pipeline.review.grader_agreement import run_grader_agreement
from pipeline.review.apply import apply_reviews, decisions_in_force
from pipeline.review.id_moves import IdMoves, KnownTurns, id_moves, renamed_stems
from pipeline.review.turn_anchors import earlier_segments, turn_anchors
from pipeline.coding.carry_over import carried_changes
from pipeline.review.history import (WITHOUT_CONTEXT, batch_key, history_path, legacy_history_path, other_batches,
                                     read_history, record_decisions)
from pipeline.runtime.timing import StageTimer
from pipeline.review.corrections import corrected_translations, transcribed_translations
from pipeline.review.translation_history import (carry_translations, earlier_translations, record_translations,
                                                 translation_history_path)
from pipeline.review.translations import ENGLISH_TRANSLATIONS_FILE
from pipeline.schema import ENGLISH_TRANSLATION
from pipeline.run_inputs import read_inputs
from pipeline.runtime.stage_calls import cached_call
from pipeline.run_messages import (default_codebook_warning, earlier_decisions_note, english_warnings,
                                   history_without_context_warning,
                                   moved_history_warning, no_codes_warning, study_keywords_warning,
                                   unfound_absence_codes_warning)
from pipeline.wording import table_names

STAGES = {"ingest": "reading the batch", "gloss_and_code": "glossing and coding", "suggest": "model suggestions",
          "review": "applying the reviews", "aggregate": "tables and saturation", "export": "writing the outputs"}
"""The run's stages, as its progress bar names them."""


@dataclass
class RunResult:
    out_dir: Path
    record: RunRecord
    warnings: list[str]
    analysis: Analysis
    previous: RunRecord | None = None   # the record of the run whose outputs this one replaced
    codebook_defaulted: bool = False    # neither --codebook nor batch.yaml named the codebook



def default_out_dir(batch_dir: Path) -> Path:
    return Path("outputs") / Path(batch_dir).resolve().name


def cache_directory(out_dir: Path) -> Path:
    """Beside outputs/<batch>, never inside it: the outputs folder is replaced by every run."""
    return out_dir.parent / ".cache" / out_dir.name


def analyze(batch_dir: str | Path, codebook_path: str | Path | None = None, out_dir: str | Path | None = None,
            options: RunOptions | None = None, **overrides: Any) -> RunResult:
    """Run the whole job; the previous outputs are replaced only when everything succeeded.

    All parallel work runs in processes (forked workers), never in BLAS threads: with one BLAS
    thread, set before any fork, no child restarts and spins a thread pool it cannot use.
    """
    options = options or RunOptions(**overrides)
    with bulk_thresholds(), threadpool_limits(limits=1, user_api="blas"), \
            StageProgress(STAGES, options.progress) as progress, key_for_run(batch_dir) as run_key:
        return _analyze(batch_dir, codebook_path, out_dir, options, progress, run_key)


def analyze_again(batch_dir: str | Path, out_dir: str | Path) -> RunResult:
    """Repeat the run that wrote `out_dir`, with the codebook and options its run.json records.

    The review notebook's refresh button: a grader brings the tables up to date with the latest
    decisions without a terminal, and without having to know how the batch was first analysed.
    """
    try:
        record = RunRecord.read(Path(out_dir))
        codebook, recorded = record.codebook_file, dict(record.options)
        recorded["saturation"] = SaturationOptions(**recorded["saturation"])
    except (OSError, ValueError, KeyError, TypeError) as problem:
        raise InputError.at(Path(out_dir) / RUN_RECORD, f"cannot repeat the last run without its record "
                                                        f"({problem}); run `make analyze` once") from None
    if recorded.get("second_coder"):
        recorded["second_coder"] = Path(recorded["second_coder"])
    known = {option.name for option in dataclasses.fields(RunOptions)}
    options = RunOptions(**{name: value for name, value in recorded.items() if name in known})
    return analyze(batch_dir, codebook, out_dir, dataclasses.replace(options, progress=False))


def _analyze(batch_dir: str | Path, codebook_path: str | Path | None, out_dir: str | Path | None,
             options: RunOptions, progress: StageProgress, run_key: RunKey) -> RunResult:
    batch_dir = Path(batch_dir)
    out_dir = Path(out_dir) if out_dir is not None else default_out_dir(batch_dir)
    timer = StageTimer(on_start=progress.start)
    started = time.time()

    ensure_writable(out_dir)  # an unusable --out fails now, not after the whole run
    cache_dir = cache_directory(out_dir) if options.cache else None
    reused: list[str] = []
    with timer("ingest"):
        batch, codebook, reviews = read_inputs(batch_dir, codebook_path, cache_dir, reused, redact=options.redact,
                                               id_key=run_key.pending.key if run_key.pending else FROM_FOLDER)
        moves = _id_moves(batch_dir, batch, run_key, out_dir)
        reviews = moves.moved(reviews)
        if options.redact:
            reviews = batch.redactor.redact_frame(reviews, columns=["note"])
    warnings = [table_names(warning, options.lang) for warning in batch.warnings]
    if run_key.unwritable:
        warnings.append(run_key.unwritable)
    defaulted = codebook_path is None and not batch.settings.get("codebook")
    if defaulted:
        warnings.insert(0, default_codebook_warning(batch_dir, codebook))
    warnings.extend(evidenceless_codes_warning(codebook))   # a keyword-less code nothing can code

    annotate_stats = AnnotationStats()
    with timer("gloss_and_code"):
        segments, codings, unknown = annotate_batch(
            batch.segments, codebook, workers=options.workers, executor=options.executor,
            scheduler=options.scheduler, cache_dir=cache_dir and cache_dir / "annotate",
            progress=options.progress, stats=annotate_stats, informants=batch.informants)
        corrections: dict[str, dict[str, int]] = {}   # per corrections file, for the summary
        segments = transcribed_translations(segments)
        segments, own = corrected_translations(segments, batch, batch_dir, options.redact, warnings, corrections, moves)
        kept_translations = translation_history_path(codebook.source, batch_dir) if options.learn else None
        segments, carried_translations = carry_translations(
            segments, earlier_translations(kept_translations, batch_key(batch_dir)), set(own.turns), batch.redactor,
            kept_translations)
    warnings.extend(off_subject_warnings(codebook, segments))   # a page about something else: codes kept
    shown = shown_codebook(codebook, options.lang)   # the labels the outputs print
    with timer("suggest"):
        history = read_history(history_path(codebook.source, batch_dir)) if options.learn else None
        legacy = legacy_history_path(codebook.source, batch_dir) if options.learn else None
        if legacy is not None:
            warnings.append(moved_history_warning(legacy, history_path(codebook.source, batch_dir)))
        earlier = other_batches(history, batch_key(batch_dir)) if history is not None else None
        if earlier is not None and not earlier.empty and history.attrs.get(WITHOUT_CONTEXT):
            warnings.append(history_without_context_warning(history_path(codebook.source, batch_dir)))
        # without decisions the model learns from the rule codings and reads the codes' names only:
        # given the codebook's structure, an edit of rules that changes no coding reuses it
        learns = not reviews.empty or (earlier is not None and not earlier.empty)
        codings, suggest_note, reliability = cached_call(
            cache_dir, "suggest", _with_suggestions, reused, segments=segments, codings=codings,
            reviews=reviews, codebook=codebook if learns else codebook.structure(), history=earlier)
        if suggest_note is not None:   # worded with the labels the outputs print
            warnings.append(suggest_note.text(shown))
        carried = carried_changes(codings)
        if reviews.empty and earlier is not None and not earlier.empty:
            warnings.append(earlier_decisions_note(earlier, history_path(codebook.source, batch_dir), carried))
    with timer("review"):
        outcome = apply_reviews(codings, reviews, segments, codebook)
        labels = kept_labels(RunRecord.read_if_any(out_dir), codebook)   # a retired code's English label outlives it
        english = retired_english(labels, codebook) if shown is not codebook else {}
        graders = run_grader_agreement(reviews, codings, segments, shown, english)
        warnings.extend(outcome.messages(batch_dir / "reviews.csv", english))
        counted_codings = counted(outcome.codings, options.model_threshold)
        if counted_codings.empty and (segments["speaker_role"] == "informant").any():
            warnings.append(no_codes_warning(batch_dir, codebook, defaulted=defaulted))
        # what the rules found: a grader's accept or add of the code (trial: after a label renamed "tanpa resep")
        # hid that the machine now finds it nowhere
        found = set(counted_codings.loc[counted_codings["source"] != "review", "code_id"])
        unfound = [code for code in codebook.codes if names_absence(code) and code.id not in found]
        if unfound and (segments["speaker_role"] == "informant").any():
            warnings.append(unfound_absence_codes_warning(unfound))
        if named_study := study_keywords(codebook):
            warnings.append(study_keywords_warning(named_study))
    if shown is not codebook:   # English words the run cannot print: said here, printed by the export
        warnings += english_warnings(codebook, batch.settings, with_english_roles(batch.informants)[1],
                                     batch.informants)
        segments, _ = corrected_translations(segments, batch, batch_dir, options.redact, warnings, corrections, moves,
                                             ENGLISH_TRANSLATIONS_FILE, ENGLISH_TRANSLATION)
    with timer("aggregate"):
        dates = {name: str(doc.metadata.get("date") or "") for name, doc in batch.documents.items()}
        aggregates = cached_call(cache_dir, "aggregate", aggregate, reused, segments=segments,
                                  counted=shown_codings(counted_codings, shown), codebook=shown.structure(),
                                  informants=batch.informants,
                                  document_dates=dates, saturation_options=options.saturation,
                                  quotes_per_code=options.quotes_per_code,
                                  document_kinds={name: doc.kind for name, doc in batch.documents.items()})
        undated = undated_warning(aggregates.saturation)
        if undated:
            warnings.append(undated)
        agreement = None
        if options.second_coder is not None:
            from pipeline.aggregate.agreement import agreement_result, units_from_segments
            from pipeline.coder_files import read_codings

            second = read_codings(options.second_coder, segments=segments)
            result = agreement_result(counted_codings, second, units=units_from_segments(segments),
                                      codes=[code.label for code in codebook.codes], codebook=codebook,
                                      files=(str(out_dir / "codings.csv"), str(options.second_coder)))
            agreement = result.table
            warnings.extend(result.messages())

    if options.redact:  # later stages may quote input (codes, file names) in their messages
        warnings = [batch.redactor.redact(warning) for warning in warnings]
    review_report = {**outcome.report(), "translations": corrections, "carried": carried, "moved_ids": moves.report(),
                     "carried_translations": carried_translations.summary()}
    analysis = Analysis(batch, shown, segments, shown_codings(outcome.codings, shown),
                        shown_codings(counted_codings, shown), aggregates, unknown,
                        agreement, review_report, sorted(set(reviews["reviewer"]) - {""}),
                        annotate_stats.as_record(), options, reused,
                        None if reliability is None else shown_codings(reliability, shown),
                        *((graders.table, graders.disagreements, graders.graders) if graders else ()))
    record = run_record(analysis, timer, started, warnings)
    record.codebook[LABELS] = labels
    if options.redact and (key := run_key.pending.key if run_key.pending else read_segment_key(batch_dir)):
        record.masked_names = list(batch.redactor.name_hashes(key))   # the notebook masks them in notes
    previous = RunRecord.read_if_any(out_dir)   # to tell the user what is new since
    progress.start("export")
    with staged_directory(out_dir) as staging:  # the writer times the export: run.json is its last file
        write_outputs(staging, analysis, record, timer, previous=out_dir if options.cache else None,
                      kept=cache_dir and cache_dir / "export")
    moves.persist(batch_dir)   # the decisions follow their turns' new ids only once the outputs show them
    if run_key.pending:
        run_key.pending.keep()
    if options.learn and options.redact:  # turns with names or NIK numbers never leave the outputs
        history = history_path(codebook.source, batch_dir)
        try:
            record_decisions(history, batch_key(batch_dir), outcome.in_force, segments, batch.informants)
            record_translations(kept_translations, batch_key(batch_dir), own.turns, segments, batch.redactor)
        except OSError as error:  # the outputs are written; only the history for later batches is missing
            warnings.append(f"{history}: the decisions could not be kept for later batches ({error.strerror}); "
                            "set PIPELINE_DECISIONS_DIR to a writable folder")
    return RunResult(out_dir, record, warnings, analysis, previous, defaulted)


def _renamed_stems(batch: Batch, out_dir: Path) -> dict[str, str]:
    """The files the last run's record and this batch show renamed byte for byte, as id stems."""
    previous = RunRecord.read_if_any(out_dir)
    return renamed_stems(previous.inputs if previous is not None else [],
                         {name: doc.sha256 for name, doc in batch.documents.items()},
                         earlier_segments(out_dir), batch.segments)


def _id_moves(batch_dir: Path, batch: Batch, run_key: RunKey, out_dir: Path) -> IdMoves:
    """The decisions and corrections whose turn's id changed (see review/id_moves.py): on the
    batch's first keyed run, by the older id each turn had, read from the batch again; else by the
    turns' anchors, the rows' own or the last run's (its segments.csv)."""
    turns = KnownTurns(anchors=lambda: turn_anchors(batch.segments, batch.redactor).assign(
                           document=batch.segments["document"].to_numpy()),
                       earlier_anchors=lambda: turn_anchors(earlier_segments(out_dir), batch.redactor),
                       redactor=batch.redactor, same_bytes=lambda: _renamed_stems(batch, out_dir))
    older_ids = (lambda: read_batch(batch_dir, id_key=None).segments["segment_id"].tolist()) if run_key.pending else None
    return id_moves(batch_dir, batch.segments["segment_id"], run_key.unwritable is None, turns, older_ids)



def _with_suggestions(segments: pd.DataFrame, codings: pd.DataFrame, reviews: pd.DataFrame,
                      codebook: Codebook, history: pd.DataFrame | None = None,
                      ) -> tuple[pd.DataFrame, ModelNote | None, pd.DataFrame | None]:
    """Model codings: from the learning model once people have decided something (this batch's
    reviews or the codebook's decision history), else from the suggester trained on the rules."""
    from pipeline.coding.learned_codings import learn
    from pipeline.coding.suggest import InsufficientTrainingData, suggest_codes, train_suggester

    decisions = decisions_in_force(reviews, codebook) if not reviews.empty else None
    nobody_decided = decisions is None and (history is None or history.empty)  # the large-batch path: no cost
    learned = None if nobody_decided else learn(segments, codings, decisions, codebook, history)
    if learned is not None:
        note = learned.note if learned.note is None or decisions is not None else \
            dataclasses.replace(learned.note, history_only=True)   # the counts are the earlier batches'
        return pd.concat([codings, learned.codings], ignore_index=True), note, learned.reliability
    try:
        suggester = train_suggester(segments, codings, reviews, codebook=codebook)
    except InsufficientTrainingData as reason:
        return codings, ModelNote(TOO_FEW_CODINGS, reason.counts, reason.minimum, reason.segments), None
    suggestions = suggest_codes(suggester, segments, codebook, existing=codings)
    return pd.concat([codings, suggestions], ignore_index=True), None, None


def run_record(analysis: Analysis, timer: StageTimer, started: float, warnings: list[str]) -> RunRecord:
    """Everything needed to trace results to the exact inputs, code and settings."""
    from pipeline.provenance import environment_versions

    batch, segments, codings = analysis.batch, analysis.segments, analysis.codings
    options = asdict(analysis.options)
    options = {key: (str(value) if isinstance(value, Path) else value) for key, value in options.items()}
    saturation = analysis.aggregates.saturation_result
    per_document = segments["document"].value_counts()
    return RunRecord(
        batch=str(batch.directory),
        started=time.strftime(STARTED_FORMAT, time.localtime(started)),
        inputs=[
            {"file": name, "sha256": doc.sha256, "encoding": doc.encoding, "kind": doc.kind,
             "segments": int(per_document.get(name, 0)), "text": digest(doc.text)}
            for name, doc in batch.documents.items()
        ],
        codebook={"file": str(Path(analysis.codebook.source).resolve()), "sha256": analysis.codebook.sha256,
                  "name": analysis.codebook.name, "version": analysis.codebook.version},
        versions=environment_versions(),
        options=options,
        counts={
            "documents": len(batch.documents),
            "segments": len(segments),
            "informant_segments": int((segments["speaker_role"] == "informant").sum()),
            "words": int(analysis.annotate_stats["words"]),
            "codings": len(codings),
            "codings_by_source": {str(k): int(v) for k, v in codings["source"].value_counts().items()},
            "codings_counted": len(analysis.counted),
            "rule_codings_by_code": {str(k): int(v) for k, v in
                                     codings.loc[codings["source"] == "rule", "code_id"].value_counts().sort_index().items()},
            "rejected": int((codings["review"] == "rejected").sum()),
            "informants": len(batch.informants),
            "unknown_words": len(analysis.unknown_words),
        },
        saturation=saturation.label,
        reviews={key: value for key, value in analysis.review_report.items() if key != "orphan_reviews"},
        orphan_reviews=analysis.review_report["orphan_reviews"],
        timings_seconds=timer.seconds,
        annotate=analysis.annotate_stats,
        reused_stages=analysis.reused_stages,
        reliability=reliability_summary(analysis.reliability),
        warnings=warnings,
    )
