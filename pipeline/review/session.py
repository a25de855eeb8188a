"""The review API the notebook drives: browse a batch's codings, decide, see progress.

Everything a grader does goes through `ReviewSession`, so it is tested as plain Python and
the notebook only wires controls to it. Each decision is appended to the batch's reviews.csv at
once (atomically) and re-applied in memory, so what the session shows is what the next run's
tables will count.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.records.codebook import Code, Codebook
from pipeline.records.codings import removed_by_carry
from pipeline.records.run_record import RunRecord
from pipeline.records.shown_labels import shown_codebook, shown_codings
from pipeline.privacy import Redactor
from pipeline.ordering import natural_key
from pipeline.review.apply import ReviewOutcome, apply_reviews
from pipeline.review.orphan_rows import as_review, reattach_candidates, stored_review
from pipeline.review.progress import changed_reviews, progress_by_code, review_progress
from pipeline.records.retired_labels import shown_retired
from pipeline.review.recorded_run import load_recorded_codebook, recorded_lang, recorded_redactor, recorded_retired_english
from pipeline.review.queue import TurnIndex, read_reliability, uncertain_first
from pipeline.review.render import carried_from, quote_html, reliability_html, summary_html
from pipeline.review.run_outputs import batch_outputs, read_output
from pipeline.review.store import (
    append_review,
    move_to_dropped,
    read_dropped,
    read_reviews,
    reviews_path,
)
from pipeline.review.translations import TRANSLATIONS_FILE, add_correction, apply_translations, read_translations
from pipeline.review.turn_anchors import anchor_of
from pipeline.schema import CARRIED_EVIDENCE, NOTHING_TO_CODE

# "again": the codings of turns whose decision names a code the codebook no longer has (split, removed), to decide anew
STATUSES = ("pending", "reviewed", "accepted", "rejected", "added", "again")
_STATE_OF_STATUS = {"pending": "", "accepted": "accepted", "rejected": "rejected", "added": "added"}
_SEGMENT_VIEW_COLUMNS = ["document", "line", "place", "speaker", "language", "text", "gloss", "translation"]


def _carried_texts(view: pd.DataFrame, texts: pd.Series) -> list[str]:
    """Per coding, the text of the reviewed turn of this batch its decision was carried from
    (`render.carried_from`), "" for other codings and for a turn of an earlier batch."""
    out = [""] * len(view)
    carried = np.flatnonzero((view["evidence_in"].astype(str) == CARRIED_EVIDENCE).to_numpy())
    for i in carried:
        found = carried_from(view.iloc[i])
        out[i] = str(texts.get(found[0], "")) if found is not None else ""
    return out


def with_words(rows: pd.DataFrame, words: str | None) -> pd.DataFrame:
    """The rows whose quote or translation holds every word typed (any case, as a word's start: "gerobak"
    finds "gerobaknya"): how a grader finds the turn she remembers among a study's thousands."""
    wanted = (words or "").casefold().split()
    if not wanted or rows.empty:
        return rows
    said = rows["text"].fillna("").astype(str)
    if "translation" in rows.columns:
        said = said + " \n " + rows["translation"].fillna("").astype(str)
    said = said.str.casefold()
    keep = pd.Series(True, index=rows.index)
    for word in wanted:
        keep &= said.str.contains(rf"(?<!\w){re.escape(word)}", regex=True)
    return rows[keep]


class ReviewSession:
    """One grader's view of one analysed batch.

    `outputs_dir` is the batch's output folder (outputs/<batch>); the repository's outputs/ folder
    works too. The codebook defaults to the one the last run recorded in run.json.

    Labels follow the run's language (`--lang`, recorded in run.json): an English run's codings.csv
    prints `label_en`, so every label the session shows (cards, filters, progress, add-code
    choices) comes from `shown`; filters match by id, and decisions are still written with the
    codebook's own label and the code's id, as older reviews.csv rows were.
    """

    def __init__(self, batch_dir: str | Path, outputs_dir: str | Path, reviewer: str = "",
                 codebook: Codebook | None = None, blind: bool = False) -> None:
        self.batch_dir = Path(batch_dir)
        self.outputs_dir = batch_outputs(Path(outputs_dir), self.batch_dir.name)
        self.reviewer = (reviewer or "").strip()  # empty: read-only (the overview notebook)
        # blind: a second grader judging independently sees the machine's codings and only their own
        # decisions; every grader's rows stay in reviews.csv and count in the tables
        self.blind = blind
        if blind and not self.reviewer:
            raise ValueError("a blind review shows only your own decisions: give your initials as REVIEWER")
        self._given_codebook = codebook
        self.reload()

    # ----------------------------------------------------------------- state
    def reload(self) -> None:
        """Read the outputs again (after a new run) and re-apply reviews.csv."""
        codebook = self._given_codebook
        self.segments = read_output(self.outputs_dir / "segments.csv")
        self.segments["line"] = pd.to_numeric(self.segments["line"], errors="coerce")
        codings = read_output(self.outputs_dir / "codings.csv")
        codings["confidence"] = pd.to_numeric(codings["confidence"], errors="coerce")
        self._last_run = codings
        self._machine = codings[codings["source"] != "review"].reset_index(drop=True)
        self.codebook = codebook or load_recorded_codebook(self.outputs_dir, self.batch_dir)
        self.redactor = recorded_redactor(self.outputs_dir, self.batch_dir)
        self.lang = recorded_lang(self.outputs_dir)   # the notebook's words follow it unless LANG is set
        self.shown = shown_codebook(self.codebook, self.lang)
        self._retired = recorded_retired_english(self.outputs_dir, self.codebook)   # gone codes, in English
        self._code_rank = {code.id: rank for rank, code in enumerate(self.codebook.codes)}
        self._turn_index: TurnIndex | None = None     # the queue's turn features, fitted on first use
        self.refresh()

    def refresh(self) -> None:
        """Re-read reviews.csv (another grader may have written) and re-apply it."""
        self._everyone = read_reviews(self.batch_dir)
        self.reviews = (self._everyone[self._everyone["reviewer"] == self.reviewer] if self.blind
                        else self._everyone)
        self.hidden = len(self._everyone) - len(self.reviews)   # other graders' rows a blind review leaves out
        self.outcome: ReviewOutcome = apply_reviews(self._machine, self.reviews, self.segments, self.codebook)
        self.codings = shown_codings(self.outcome.codings, self.shown)
        # what a grader sees: a carried reject's pair is one card, the carried decision's
        self.cards = self.codings[~removed_by_carry(self.codings)]
        self._view = self._build_view()

    def _build_view(self) -> pd.DataFrame:
        segments = self.segments.drop_duplicates("segment_id").set_index("segment_id")
        view = self.cards.join(segments[_SEGMENT_VIEW_COLUMNS], on="segment_id")
        view["carried_text"] = _carried_texts(view, segments["text"])
        decided = self._decisions_in_force()
        if not decided.empty:
            view = view.merge(decided, on=["segment_id", "code_id"], how="left")
        else:
            view = view.assign(decision="", reviewer="", timestamp="", note="")
        view[["decision", "reviewer", "timestamp", "note"]] = view[["decision", "reviewer", "timestamp", "note"]].fillna("")
        view["note"] = self.redactor.redact_series(view["note"])
        documents = sorted(set(self.segments["document"]), key=natural_key)
        view["_document"] = view["document"].map({name: rank for rank, name in enumerate(documents)})
        view["_code"] = view["code_id"].map(self._code_rank)
        view = view.sort_values(["_document", "line", "_code"], kind="stable")
        return view.drop(columns=["_document", "_code"]).reset_index(drop=True)

    def _decisions_in_force(self) -> pd.DataFrame:
        in_force = self.outcome.in_force
        if in_force.empty:
            return pd.DataFrame()
        return in_force.dropna(subset=["code_id"])[["segment_id", "code_id", "decision", "reviewer", "timestamp", "note"]]

    # ----------------------------------------------------------------- browse
    def filter(self, theme: str | None = None, category: str | None = None, code: str | None = None,
               informant: str | None = None, status: str | None = None, words: str | None = None) -> pd.DataFrame:
        """Codings with their quote and the decision in force, in transcript order; `words`: only turns
        holding each of them (see `with_words`)."""
        view = with_words(self._view, words)
        if theme:
            view = view[view["code_id"].isin(self._codes_under("theme", theme))]
        if category:
            view = view[view["code_id"].isin(self._codes_under("category", category))]
        if code:
            view = view[view["code_id"] == self.code(code).id]
        if informant:
            view = view[view["informant"] == informant]
        if status:
            if status not in STATUSES:
                raise ValueError(f"status {status!r} is not one of {', '.join(STATUSES)}")
            view = (view[view["review"] != ""] if status == "reviewed" else self._to_decide_again(view)
                    if status == "again" else view[view["review"] == _STATE_OF_STATUS[status]])
        return view.reset_index(drop=True)

    def _to_decide_again(self, view: pd.DataFrame) -> pd.DataFrame:
        """The codings of the turns decided under a code the codebook has no more, each with every grader's
        decision there (`decided_before`: "Cost and escort: accept by EM, reject by RT"), not the latest alone."""
        waiting = self.outcome.unknown_to_decide()
        said: dict[str, list[str]] = {}
        for row in waiting.itertuples():
            said.setdefault(row.segment_id, []).append(
                f"{shown_retired(row.code, self._retired)}: {self.outcome.graders_said(row.segment_id, row.code, f'{row.decision} by {row.reviewer}')}")
        view = view[view["segment_id"].isin(said)]
        return view.assign(decided_before=["; ".join(said[turn]) for turn in view["segment_id"]])

    def options(self) -> dict[str, list[str]]:
        """Values for the filter controls, labelled in the run's language: codebook order for the
        tree, natural order for informants."""
        codes = self.shown.codes
        informants = set(self.segments.loc[self.segments["speaker_role"] == "informant", "informant"])
        return {
            "theme": list(dict.fromkeys(code.theme for code in codes)),
            "category": list(dict.fromkeys(code.category for code in codes)),
            "code": [code.label for code in codes],
            "informant": sorted(informants | set(self.codings["informant"]), key=natural_key),
            "status": list(STATUSES),
        }

    def uncoded(self, informant: str | None = None) -> pd.DataFrame:
        """Informant turns no coding counts for and no grader marked "nothing to code": where a
        grader looks for missing codes."""
        coded = set(self.codings.loc[self.codings["review"] != "rejected", "segment_id"]) | self.marked_turns()
        turns = self.segments[(self.segments["speaker_role"] == "informant") & ~self.segments["segment_id"].isin(coded)]
        if informant:
            turns = turns[turns["informant"] == informant]
        return turns.reset_index(drop=True)

    def code(self, key: str) -> Code:
        found = self._code_or_none(key)
        if found is None:
            raise ValueError(f"code {key!r} is not in codebook {self.codebook.name!r} (give its label or id)")
        return found

    def _code_or_none(self, key: str) -> Code | None:
        return self.codebook.code_by_label_or_id(str(key))

    def _codes_under(self, level: str, key: str) -> set[str]:
        """The ids of the codes under a theme or category named by id, its own label or its
        English one."""
        wanted = key.casefold()
        found = {own.id for own, shown in zip(self.codebook.codes, self.shown.codes)
                 if wanted in (getattr(own, f"{level}_id").casefold(), getattr(own, level).casefold(),
                               getattr(shown, level).casefold())}
        if not found:
            raise ValueError(f"{level} {key!r} is not in the codebook")
        return found

    def label(self, key: str) -> str:
        """A code's label as this run prints it (its English one in an English run)."""
        code = self._code_or_none(key)
        if code is None:
            return str(key)
        return next(shown.label for shown in self.shown.codes if shown.id == code.id)

    # ----------------------------------------------------------------- decide
    def accept(self, segment_id: str, code: str, note: str = "") -> dict[str, str]:
        return self._decide(segment_id, code, "accept", note)

    def reject(self, segment_id: str, code: str, note: str = "") -> dict[str, str]:
        return self._decide(segment_id, code, "reject", note)

    def add(self, segment_id: str, code: str, note: str = "") -> dict[str, str]:
        return self._decide(segment_id, code, "add", note)

    def nothing_to_code(self, segment_id: str, note: str = "") -> dict[str, str]:
        """Mark the turn reviewed with no code missing: the learning model takes every code the
        rules left out of it as a negative (a turn left without codes teaches what is not a code)."""
        return self._decide(segment_id, "", NOTHING_TO_CODE, note)

    def marked_turns(self) -> set[str]:
        """The turns a grader marked "nothing to code" (the mark in force)."""
        in_force = self.outcome.in_force
        return set() if in_force.empty else set(in_force.loc[in_force["decision"] == NOTHING_TO_CODE, "segment_id"])

    def _decide(self, segment_id: str, code: str, decision: str, note: str) -> dict[str, str]:
        self._require_reviewer()
        if segment_id not in set(self.segments["segment_id"]):
            raise ValueError(f"segment {segment_id!r} is not in {self.outputs_dir / 'segments.csv'}")
        named = None if decision == NOTHING_TO_CODE else self.code(code)
        written = append_review(self.batch_dir, segment_id, named.label if named else "", decision, self.reviewer,
                                note, code_id=named.id if named else "",
                                coding_source=self._coding_source(segment_id, named.id) if named else "",
                                anchor=anchor_of(self.segments, segment_id, Redactor.for_batch(self.batch_dir)))
        self.refresh()
        return written

    def _coding_source(self, segment_id: str, code_id: str) -> str:
        """Whose coding a decision answers: the rules' or the model's ("" when there is none)."""
        machine = self._machine[(self._machine["segment_id"] == segment_id) & (self._machine["code_id"] == code_id)]
        return "" if machine.empty else str(machine.iloc[0]["source"])

    def correct_translation(self, segment_id: str, translation: str, note: str = "",
                            file_name: str = TRANSLATIONS_FILE) -> dict[str, str]:
        """Replace the glosser's free translation of a segment, or with ENGLISH_TRANSLATIONS_FILE give
        its English translation; the next run and its appendix use it."""
        self._require_reviewer()
        rows = self.segments[self.segments["segment_id"] == segment_id]
        if rows.empty:
            raise ValueError(f"segment {segment_id!r} is not in {self.outputs_dir / 'segments.csv'}")
        return add_correction(self.batch_dir, segment_id, str(rows.iloc[0]["text"]), translation, self.reviewer, note,
                              file_name=file_name)

    def translation_corrections(self, file_name: str = TRANSLATIONS_FILE) -> pd.DataFrame:
        """The corrections in translations.csv (or `file_name`), and whether each still finds its text
        in the last run; a name a grader typed into one is shown masked when the run's outputs were."""
        corrections = self.redactor.redact_frame(read_translations(self.batch_dir, file_name),
                                                 columns=["translation", "note"])
        _, outcome = apply_translations(self.segments, corrections, Redactor.for_batch(self.batch_dir))
        orphaned = set(zip(outcome.orphans["segment_id"], outcome.orphans["text_hash"]))
        return corrections.assign(orphan=[pair in orphaned for pair in zip(corrections["segment_id"],
                                                                               corrections["text_hash"])])

    def _require_reviewer(self) -> None:
        if not self.reviewer:
            raise ValueError("set a reviewer (initials or a name) before deciding: every decision is signed")

    # ----------------------------------------------------------------- orphans
    def orphans(self) -> pd.DataFrame:
        """Decisions in force whose segment is gone (its transcript was edited): kept until a grader acts."""
        return self.redactor.redact_frame(self.outcome.orphans, columns=["note"])

    def unknown_codes(self) -> pd.DataFrame:
        return self.outcome.unknown_codes.copy()

    def reattach_candidates(self, orphan_row: pd.Series | dict, limit: int = 20) -> pd.DataFrame:
        """Informant turns of the orphan's document: one whose words are nearly the orphan's quote (a
        typo corrected) first, then those the machine coded with its code."""
        code = self._code_or_none(str(orphan_row["code"]))
        return reattach_candidates(self.segments, self._machine, str(orphan_row["segment_id"]),
                                   None if code is None else code.id, limit, self._orphan_quote(orphan_row))

    def _orphan_quote(self, orphan_row: pd.Series | dict) -> str:
        """The turn's words as the notebook stored them with the decision ("" for older rows)."""
        if "text" not in self.reviews:
            return ""
        same = self.reviews[(self.reviews["segment_id"] == str(orphan_row["segment_id"]))
                            & (self.reviews["timestamp"] == str(orphan_row["timestamp"]))]
        return "" if same.empty else str(same["text"].iloc[-1])

    def reattach(self, orphan_row: pd.Series | dict, new_segment_id: str, note: str = "") -> dict[str, str]:
        """Carry an orphaned decision over to the segment it was meant for, signed by this reviewer.

        The new decision names its origin in the note; the orphan moves to reviews_dropped.csv
        with the reason, so the trail from old segment to new stays readable.
        """
        self._require_reviewer()
        old = stored_review(self.outcome.orphans, as_review(orphan_row))
        origin = f"re-attached from {old['segment_id']} ({old['decision']} by {old['reviewer']}, {old['timestamp']})"
        carried = "; ".join(part for part in (origin, old["note"], note) if part)
        written = self._decide(new_segment_id, old["code"], old["decision"], carried)
        move_to_dropped(self.batch_dir, pd.DataFrame([old]), self.reviewer, f"re-attached to {new_segment_id}")
        self.refresh()
        return written

    def drop_orphan(self, orphan_row: pd.Series | dict, reason: str = "") -> None:
        """Retire an orphaned decision deliberately: it moves to reviews_dropped.csv, never vanishes."""
        self._require_reviewer()
        old = as_review(orphan_row)
        if old["segment_id"] in set(self.segments["segment_id"]):
            raise ValueError(f"segment {old['segment_id']} exists: decide on it with accept/reject instead")
        move_to_dropped(self.batch_dir, pd.DataFrame([old]), self.reviewer, reason or "dropped in review")
        self.refresh()

    def dropped(self) -> pd.DataFrame:
        return read_dropped(self.batch_dir)

    # ----------------------------------------------------------------- report
    def progress(self) -> dict[str, int]:
        return review_progress(self.cards)

    def progress_by_code(self) -> pd.DataFrame:
        """Per code (codebook order): codings and how many are accepted, rejected, added, pending."""
        return progress_by_code(self.cards, self.shown.codes)

    def queue(self, limit: int | None = 20) -> pd.DataFrame:
        """The model's pending suggestions and doubts, least certain first: the decisions that
        teach the learning model most (pipeline.review.queue)."""
        return uncertain_first(self.codings, self.segments, limit, self._turns())

    def queue_view(self, limit: int | None = None, theme: str | None = None, category: str | None = None,
                   code: str | None = None, informant: str | None = None) -> pd.DataFrame:
        """The queue as the app's cards: the pending model rows of `filter`'s view (narrowed by the
        same filters, before `limit` is taken), least certain first, each with its `kind`
        (suggestion or doubt) and `nearest_example`."""
        narrowed = any((theme, category, code, informant))
        queue = uncertain_first(self.codings, self.segments, None if narrowed else limit, self._turns())
        view = self.filter(theme=theme, category=category, code=code, informant=informant)
        model = view[view["source"] == "model"].drop_duplicates(["segment_id", "code_id"])
        cards = queue[["segment_id", "code_id", "kind", "nearest_example"]].merge(
            model, on=["segment_id", "code_id"], how="inner")
        return (cards.head(limit) if limit else cards).reset_index(drop=True)

    def _turns(self) -> TurnIndex:
        """The queue's turn features, fitted on first use (again after `reload`)."""
        if self._turn_index is None:
            self._turn_index = TurnIndex(self.segments)
        return self._turn_index

    def reliability(self) -> pd.DataFrame:
        """Per code: the learning model's cross-validated kappa, what it rests on, machine or person
        (codes labelled as the run printed them)."""
        return shown_codings(read_reliability(self.outputs_dir), self.shown)

    def reliability_html(self, lang: str = "id") -> str:
        """The reliability table for the notebook, or why there is none yet and what to do."""
        record = RunRecord.read_if_any(self.outputs_dir)
        in_run = int((record.reviews or {}).get("decisions") or 0) if record is not None else 0
        return reliability_html(self.reliability(), self.outcome.decisions, in_run, lang)

    def changes_since_run(self) -> int:
        """Codings whose review state differs from the last run's codings.csv: the tables lag by this many
        (the tables count every grader's decisions, also in a blind review)."""
        if not self.hidden:
            return changed_reviews(self._last_run, self.codings)
        everyone = apply_reviews(self._machine, self._everyone, self.segments, self.codebook)
        return changed_reviews(self._last_run, shown_codings(everyone.codings, self.shown))

    def highlight_html(self, segment_id: str, code: str | None = None) -> str:
        """The turn with the code's evidence in <mark>, its gloss and translation; escaped HTML."""
        rows = self.segments[self.segments["segment_id"] == segment_id]
        if rows.empty:
            raise ValueError(f"segment {segment_id!r} is not in {self.outputs_dir / 'segments.csv'}")
        segment = rows.iloc[0]
        evidence, evidence_in = "", "text"
        if code is not None:
            match = self.codings[(self.codings["segment_id"] == segment_id) & (self.codings["code_id"] == self.code(code).id)]
            if not match.empty:
                evidence = str(match.iloc[0]["evidence"] or "")
                evidence_in = str(match.iloc[0]["evidence_in"] or "text")
        return quote_html(segment["text"], segment["gloss"], segment["translation"], evidence, evidence_in,
                          str(segment["language"]))

    @property
    def reviews_file(self) -> Path:
        return reviews_path(self.batch_dir)

    def summary_html(self, lang: str = "id") -> str:
        """Header for the notebooks: batch, reviewer, where decisions go, progress, what needs attention."""
        shown = Path(os.path.relpath(self.reviews_file.resolve()))
        if shown.parts[:3] == ("..",) * 3:
            shown = self.reviews_file.resolve()
        unknown = self.outcome.unknown_to_decide()
        return summary_html(self.batch_dir.name, self.reviewer, str(shown), len(self.orphans()),
                            self.changes_since_run(), lang,
                            unknown["code"].map(lambda code: shown_retired(code, self._retired)).value_counts(sort=False).to_dict(),
                            self.hidden if self.blind else None)
