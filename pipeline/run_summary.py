"""What a finished `analyze` run tells the terminal, and what to open next.

The CLI prints these lines after a run; they are worded here so that cli.py stays a thin layer
over the stage functions: the counts and the codebook used, what changed since the outputs the run
replaced (transcripts, the graders' decisions, turns whose ids moved), the codings awaiting review
and the notebook to open, the learning model's reach, and an English run's missing translations.
"""

from __future__ import annotations

import math
from pathlib import Path

from pipeline.ingest.segment_key import KEY_FILE
from pipeline.wording import plural_form, quantity


def shell_folder() -> Path | None:
    """The folder the command runs in, or None when it no longer exists (a run replaced the outputs
    folder a shell was in)."""
    try:
        return Path.cwd().resolve()
    except FileNotFoundError:
        return None


def run_summary(result) -> list[str]:
    """What a run did and what to open next: the codebook it used, the codings still awaiting a
    grader, the report and the review notebook."""
    from pipeline.coding.learned_codings import all_documents
    from pipeline.records.codings import removed_by_carry
    from pipeline.run_inputs import REPO_ROOT

    counts, analysis = result.record.counts, result.analysis
    codebook = analysis.codebook
    shown = analysis.codings[~removed_by_carry(analysis.codings)]    # as the review notebook shows them
    pending = int((shown["review"].astype(str) == "").sum())
    batch_dir = analysis.batch.directory.resolve()
    if batch_dir.parent == (REPO_ROOT / "transcripts").resolve():
        where = f'BATCH = "{batch_dir.name}"'
    else:
        where = f'BATCH_DIR = "{batch_dir}", OUTPUT_DIR = "{Path(result.out_dir).resolve()}"'
    lines = [f"{quantity(counts['informant_segments'], 'informant segment')} in "
             f"{quantity(counts['documents'], 'document')}, {quantity(counts['codings_counted'], 'coding')} counted; "
             f"saturation {analysis.aggregates.saturation_result.explained()}.",
             f"codebook: {codebook.name} version {codebook.version} ({codebook.source})"
             + (" -- the DEFAULT: no --codebook given, none named in batch.yaml" if result.codebook_defaulted else "")]
    lines += _since_last_run(result)
    if pending:
        lines.append(f"{pending} of {quantity(len(shown), 'coding')} {plural_form(pending, 'awaits', 'await')} "
                     f"review: open {_review_notebook(REPO_ROOT)} "
                     f"with {where}")
    lines += grader_lines(analysis)
    waiting = (shown["source"].astype(str) == "model") & (shown["review"].astype(str) == "")
    lines += learning_lines(result.record.reliability, codebook, documents=all_documents(analysis.segments),
                            uncounted=None if analysis.options.model_threshold is not None else int(waiting.sum()))
    lines += english_lines(analysis.aggregates.quotations) if analysis.options.lang == "en" else []
    lines += [f"report: {Path(result.out_dir) / (analysis.batch.name + '_report.docx')}",
              f"outputs in {result.out_dir}/"]
    return lines


def grader_lines(analysis) -> list[str]:
    """Two graders' agreement, pooled, and where the per-code figures and the disagreements are."""
    table = analysis.grader_agreement
    if table is None:
        return []
    pooled = table.iloc[-1]
    kappa = "undefined" if math.isnan(float(pooled["cohen_kappa"])) else f"{float(pooled['cohen_kappa']):.2f}"
    return [f"graders {' and '.join(analysis.graders)}: Cohen's kappa {kappa}, {pooled['percent_agreement']:.0f}% "
            f"agreement on the {quantity(int(pooled['n_units']), 'coding')} both decided; per code in "
            f"grader_agreement.csv, the {len(analysis.grader_disagreements)} they decided differently in "
            "grader_disagreements.csv"]


def english_lines(quotations) -> list[str]:
    """An English run's word on its appendix: the quoted turns that still lack an English translation
    (the glosser translates into Indonesian only; graders type the English in the notebook)."""
    from pipeline.aggregate.quotations import lacks_english

    missing = lacks_english(quotations)
    if not missing:
        return []
    total = quotations["segment_id"].nunique()
    return [f"English translations: {missing} of {quantity(total, 'quoted turn')} in the Word appendix "
            f"{plural_form(missing, 'lacks', 'lack')} one (the appendix prints a Manado Malay quote's Indonesian "
            "translation, headed \"Indonesian translation\", and marks an Indonesian quote \"original in Indonesian\"): "
            "type them in the review notebook's English translations panel "
            "(kept with the batch in translations_en.csv)."]


def learning_lines(reliability: dict[str, dict] | None, codebook, documents: bool = False,
                   uncounted: int | None = None) -> list[str]:
    """The summary's word on the learning model: which codes it may be left with and which it may
    change, named by the labels the run prints (`reliability` is keyed by code id, as in run.json).
    `uncounted`: its suggestions and doubts awaiting review in a run without --model-threshold, which
    the tables do not count: a researcher told "may change 5 of 5 codes" took the tables to have changed."""
    if not reliability:
        return []
    labels = {code.id: code.label for code in codebook.codes}

    def named(code_ids: list[str]) -> str:
        return ", ".join(labels.get(code_id, code_id) for code_id in code_ids)

    machine = [code for code, row in reliability.items() if row["verdict"] == "machine"]
    allowed = [code for code, row in reliability.items() if row.get("decided_by") == "model"]
    return [f"learning model: {len(machine)} of {quantity(len(reliability), 'code')} reliable enough to leave to it "
            f"(code_reliability.csv){': ' + named(machine) if machine else ''}.",
            f"learning model: may change {len(allowed)} of {quantity(len(reliability), 'code')}"
            + (f" ({named(allowed)})" + ("; the others stay with the rules" if len(allowed) < len(reliability) else "")
               if allowed else ", it has not shown that it helps on the reviewed turns")
            + " (why: code_reliability.csv)."] + (_uncounted_line(uncounted) if allowed else
                                                  _what_it_needs(reliability, documents))


def _uncounted_line(uncounted: int | None) -> list[str]:
    """Where the changes of a model that may change codes are, when the tables do not count them."""
    if not uncounted:
        return []
    return [f"learning model: its {quantity(uncounted, 'suggestion or doubt', 'suggestions and doubts')} "
            f"{plural_form(uncounted, 'awaits', 'await')} review and the tables count none of them: accept them in the "
            "notebook, or run again with --model-threshold 0.5 to count those it is at least that sure of."]


def _what_it_needs(reliability: dict[str, dict], documents: bool) -> list[str]:
    """Why a model that may change no code makes no suggestion yet, in the gate's own terms, and how far it
    is from passing: a researcher who imported a few hand-coded interviews otherwise sees nothing learned.
    A batch of documents has the stricter gate (`code_reliability(documents=True)`)."""
    from pipeline.coding.reliability import MARGIN, MIN_FIXES, MIN_FIXES_DOCUMENTS

    need = MIN_FIXES_DOCUMENTS if documents else MIN_FIXES

    rows = list(reliability.values())
    if not all("model_fixed" in row and "model_broke" in row for row in rows):
        return []   # a run.json of an older version
    fixed, broke = sum(row["model_fixed"] for row in rows), sum(row["model_broke"] for row in rows)
    units = max((int(row.get("reviewed_units") or 0) for row in rows), default=0)
    short = max(need - fixed, broke + 1 - fixed, 0)
    gap = (f"it needs {short:g} more fix{'es' * (short != 1)} than it has" if short else
           f"its fixes do not yet raise the rules' kappa by more than {MARGIN}")
    return [f"learning model: tried out of fold on {quantity(units, 'reviewed turn')} (with the codebook's "
            f"examples, if it gives any); its changes fixed {fixed:g} of the rules' codings and broke {broke:g}; it changes a code once "
            f"they fix at least {need} and more than they break, and beat the rules' kappa by more than {MARGIN}: "
            f"{gap}. Decide more turns (the notebook's queue, or import another hand-coded interview with "
            "import-codings) and run again."]


def _moved_ids_line(file_name: str, moved: dict) -> str:
    """What the run did with a review file's rows whose turn's id changed."""
    unfound = moved.get("unfound") or []
    if moved.get("lost_key"):
        line = (f"{file_name}: the batch's {KEY_FILE} was missing (a copy of the folder without its hidden files?), "
                f"so this run made a new one and every segment id changed; {quantity(moved['rows'], 'row')} moved to "
                f"{plural_form(moved['rows'], 'its turn', 'their turns')}, found again by file, position and text")
        if moved["rows"]:
            line += f" (the file as it was is kept as {moved['backup']})"
        if unfound:
            line += f"; {_unfound_part(unfound, lost_key=True)}"
        return line + "."
    parts = []
    renamed = moved.get("renamed", {})
    by_id, by_text = moved["rows"] - moved.get("refound", 0), moved.get("refound", 0) - sum(renamed.values())
    if by_id:
        parts.append(f"{quantity(by_id, 'row')} moved to the new segment id of "
                     f"{plural_form(by_id, 'its turn', 'their turns')} (the words are the same; ids no longer "
                     "change when redact.txt does)")
    if by_text:
        parts.append(f"{quantity(by_text, 'row')} moved to the turn that holds {plural_form(by_text, 'its', 'their')} "
                     "quote now (the reader splits or reads the file differently since the decision was made)")
    if renamed:
        parts.append(f"{quantity(sum(renamed.values()), 'row')} moved with {plural_form(sum(renamed.values()), 'its', 'their')}"
                     f" turn's words to the file renamed since the last run ({', '.join(renamed)})")
    if moved["rows"]:
        parts[-1] += f"; the file as it was is kept as {moved['backup']}"
    if unfound:
        parts.append(_unfound_part(unfound, lost_key=False))
    return f"{file_name}: " + "; ".join(parts) + "."


def _unfound_part(unfound: list[str], lost_key: bool) -> str:
    """The turns whose decisions were not found again, and what to do: re-attach or drop them in the
    notebook, or, when the batch's id key was lost, first restore the original key if it still exists."""
    restore = (f"if the original {KEY_FILE} still exists, copy it over the new one and restore the file from its "
               ".bak copy, then run again; else " if lost_key else "")
    return (f"{quantity(len(unfound), 'turn')} not found again, kept in the file but not applied: "
            f"{'; '.join(unfound)}: {restore}re-attach or drop {plural_form(len(unfound), 'it', 'them')} under "
            "the orphaned decisions of notebooks/review.ipynb")


def codebook_edit_lines(previous, record, codebook) -> list[str]:
    """After an edit of the codebook (its bytes), what it did to the rules' codings, code by code (graders'
    decisions, which also move the tables, left out): among a study's thousands of codings a researcher who
    reworded a definition cannot see which codes gained or lost."""
    before = (previous.counts or {}).get("rule_codings_by_code")
    if before is None or previous.codebook.get("sha256") == record.codebook.get("sha256"):
        return []
    now = record.counts.get("rule_codings_by_code") or {}
    labels = {code.id: code.label for code in codebook.codes}
    moved = [f"{labels.get(code, code)} {before.get(code, 0)} -> {now.get(code, 0)}"
             for code in [*labels, *[code for code in before if code not in labels]]
             if before.get(code, 0) != now.get(code, 0)]
    still = len(labels) - sum(1 for code in labels if before.get(code, 0) != now.get(code, 0))
    if not moved:
        return ["codebook edited since the last run: no code's count of rule codings changed."]
    return ["codebook edited since the last run; the rules' codings, before -> now: " + "; ".join(moved)
            + (f" (the other {quantity(still, 'code')} unchanged)" if still else "") + "."]


def _since_last_run(result) -> list[str]:
    """What changed since the outputs this run replaced: transcripts new, changed or removed, and
    the graders' decisions the tables now include."""
    lines = []
    if result.previous is not None:
        from pipeline.records.run_record import input_changes

        changes = input_changes(result.previous, result.record)
        parts = [f"{len(names)} {kind} ({', '.join(names)})" for kind, names in changes.items() if names]
        lines.append("since the last run: " + ("; ".join(parts) if parts else "no transcript changed") + ".")
        lines += codebook_edit_lines(result.previous, result.record, result.analysis.codebook)
    reviews = result.record.reviews or {}
    if reviews.get("decisions"):
        again = reviews.get("unknown_code_decided_again") or 0   # under a retired code, every turn decided again since
        unapplied = (len(reviews.get("unknown_code_reviews") or []) - again + len(reviews.get("moot_reject_reviews") or [])
                     + len(result.record.orphan_reviews or []))
        lines.append(f"reviews.csv: {quantity(reviews['decisions'], 'decision')} in force; in the tables: "
                     f"{quantity(reviews.get('accepted', 0), 'coding')} accepted, {reviews.get('rejected', 0)} rejected, "
                     f"{reviews.get('added', 0)} added"
                     + (f"; {quantity(reviews['rejected_uncoded'], 'reject')} of a code the turn does not have "
                        "(nothing to remove; the learning model reads it as 'not this code')"
                        if reviews.get("rejected_uncoded") else "")
                     + (f"; {quantity(reviews['nothing_to_code'], 'turn')} marked nothing to code"
                        if reviews.get("nothing_to_code") else "")
                     + (f"; {unapplied} not applied (see the warnings)" if unapplied else "")
                     + (f"; {quantity(again, 'turn')} decided under a code the codebook no longer has, decided again "
                        "since with its codes" if again else "") + ".")
    for file_name, moved in (reviews.get("moved_ids") or {}).items():
        lines.append(_moved_ids_line(file_name, moved))
    carried = reviews.get("carried") or {}
    if carried.get("removed") or carried.get("suggested"):
        lines.append("graders' decisions carried to near-identical turns: "
                     f"{quantity(carried.get('removed', 0), 'rule coding')} removed (the code was rejected on a turn "
                     f"that says the same), {quantity(carried.get('suggested', 0), 'code')} suggested (added or "
                     "accepted on a turn this one says all of; counted with --model-threshold); codings.csv names "
                     "the reviewed turn in each one's evidence.")
    kept = reviews.get("carried_translations") or {}
    if kept.get("turns"):
        lines.append(f"translation corrections of earlier batches coded with this codebook: "
                     f"{quantity(kept['turns'], 'turn')} whose words a grader corrected there "
                     f"{plural_form(kept['turns'], 'is', 'are')} translated as corrected ({kept['file']}; "
                     "delete its rows to stop it, or correct the turn here: this batch's own correction wins).")
    from pipeline.review.translations import ENGLISH_TRANSLATIONS_FILE

    for file_name, count in (reviews.get("translations") or {}).items():
        english = file_name == ENGLISH_TRANSLATIONS_FILE
        kind = "English translation" if english else "translation correction"
        lines.append(f"{file_name}: {quantity(count['in_force'], kind)} in force; in the outputs: "
                     + (f"English added to {quantity(count['turns'], 'turn')}" if english
                        else f"{quantity(count['turns'], 'turn')} translated as corrected")
                     + (f"; {count['orphans']} not applied (see the warnings)" if count.get("orphans") else "") + ".")
    return lines


def _review_notebook(repo: Path) -> str:
    """The notebook and the Jupyter to open it with, relative in the repository (as the README says
    them) and absolute from any other folder (qualpipe runs anywhere; notebooks/ is not there)."""
    root = Path() if shell_folder() == repo else repo
    return f"{root / 'notebooks' / 'review.ipynb'} ({root / '.venv' / 'bin' / 'jupyter'} lab {root / 'notebooks'}/)"
