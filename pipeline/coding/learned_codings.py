"""The run's use of the learning model: model codings and per-code reliability for a batch.

The model learns only when people have said something: decisions in this batch's
reviews.csv, or earlier batches' decisions kept with the codebook (`pipeline.review.history`).
The codebook's examples then join them. Without either, the run keeps the older suggester,
trained on the rule codings alone (`pipeline.coding.suggest`).

Model rows (source="model") are of two kinds, both for (turn, code) pairs nobody decided:
a suggestion (probability >= SUGGESTION_FLOOR where the rules did not code the turn) and a
doubt (probability < SUGGESTION_FLOOR where they did). With `--model-threshold`, the model's
probability decides both (`pipeline.records.codings.counted`). Where the reliability gate leaves
a code to the rules, the model still suggests it on a turn it is nearly sure of (NEAR_SURE).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from pipeline.records.codebook import Codebook
from pipeline.coding.carry_over import carry_decisions, with_carried
from pipeline.coding.code_word_scores import code_word_scores
from pipeline.coding.coder import informant_segments
from pipeline.coding.counts import document_names
from pipeline.coding.features import SegmentVectorizer
from pipeline.coding.learning import FEW_DECISIONS, LearnedModel, UnitFeatures, fit
from pipeline.coding.training_units import (
    Units,
    batch_units,
    decision_table,
    example_units,
    read_by,
    reviewed_units,
    rules_of_texts,
)
from pipeline.coding.model_notes import TOO_FEW_DECISIONS, ModelNote
from pipeline.coding.reliability import code_reliability, model_decides
from pipeline.coding.suggest import top_words
from pipeline.coding.suggest_training import segment_texts
from pipeline.schema import CODING_COLUMNS, NOTHING_TO_CODE

SUGGESTION_FLOOR = 0.5
NEAR_SURE = 0.95    # a suggestion this sure is made even where the gate leaves the code's suggestions to the rules
                    # (the model suggests only codes a grader added): on the development halves 2-5 such codings per
                    # protocol and fold seed, none wrong; at 0.9 and 0.93 one or two wrong (issue 15, round 17)


@dataclass
class Learned:
    codings: pd.DataFrame        # model rows, CODING_COLUMNS
    reliability: pd.DataFrame    # pipeline.coding.reliability.RELIABILITY_COLUMNS
    note: ModelNote | None       # which codes have too few decisions to learn from
    probabilities: np.ndarray    # informant turns x codes: P(code), NaN where the rules decide the code


def history_units(history: pd.DataFrame, codebook: Codebook) -> Units:
    """Earlier batches' reviewed turns (`batch`, `segment_id`, `code_id`, `decision`, `text`,
    `translation`, optionally `question`, `asked`, `asked_translation`, `role`, `heading`,
    `table_row`, `table_header`): one unit per turn, its decisions explicit, its other codes
    negative; read after its question, and re-coded by the rules with the question and the
    informant's role, or a list item with its heading, or a table row without its cells of who,
    when and where, as this batch's turns are."""
    return units_of_history(history_turns(history, [c.id for c in codebook.codes]), codebook)


def units_of_history(past: tuple[pd.DataFrame, list[str], np.ndarray], codebook: Codebook) -> Units:
    """`history_units` of turns `history_turns` already read (the learner also carries their decisions)."""
    k = len(codebook.codes)
    turns, keys, decided = past
    if turns.empty:
        return Units([], np.zeros((0, k)), np.zeros((0, k)), np.zeros((0, k)), np.zeros((0, k), bool), [], [])
    rules = rules_of_texts(turns["text"].astype(str).tolist(), codebook,
                           turns["translation"].fillna("").astype(str).tolist(),
                           list(zip(_column(turns, "asked"), _column(turns, "asked_translation"))),
                           _column(turns, "role"), _column(turns, "heading"),
                           list(zip(_flags(turns, "table_row"), _column(turns, "table_header"))))
    questions = turns["question"].fillna("").astype(str).tolist() if "question" in turns else [""] * len(turns)
    return reviewed_units(read_by(questions, segment_texts(turns)), keys, decided, rules, "history")


def _column(turns: pd.DataFrame, name: str) -> list[str]:
    """A history column's values ("" for each turn of a file written before the column existed)."""
    return turns[name].fillna("").astype(str).tolist() if name in turns else [""] * len(turns)


def _flags(turns: pd.DataFrame, name: str) -> list[bool]:
    """A history column of flags ("true" / "") as booleans (False throughout for an older file)."""
    return [value.casefold() in ("true", "1") for value in _column(turns, name)]


def history_turns(history: pd.DataFrame, code_ids: list[str]) -> tuple[pd.DataFrame, list[str], np.ndarray]:
    """Earlier batches' reviewed turns (one row each), their keys ("<batch>/<segment id>") and
    their decision table (`decision_table`) over `code_ids`."""
    known = (history[history["code_id"].astype(str).isin(code_ids) | (history["decision"] == NOTHING_TO_CODE)]
             if not history.empty else history)
    if known.empty:
        return known, [], np.zeros((0, len(code_ids)), dtype=np.int8)
    turns = known.drop_duplicates(["batch", "segment_id"])
    keys = (turns["batch"].astype(str) + "/" + turns["segment_id"].astype(str)).tolist()
    decided = decision_table(pd.DataFrame({"segment_id": (known["batch"].astype(str) + "/"
                                                          + known["segment_id"].astype(str)).tolist(),
                                           "code_id": known["code_id"].astype(str).tolist(),
                                           "decision": known["decision"].astype(str).tolist()}), keys, code_ids)
    return turns, keys, decided


def learn(segments: pd.DataFrame, codings: pd.DataFrame, decisions: pd.DataFrame, codebook: Codebook,
          history: pd.DataFrame | None = None) -> Learned | None:
    """Model codings for the batch, or None when no person has decided anything yet."""
    code_ids = [c.id for c in codebook.codes]
    batch = batch_units(segments, codings, decisions, code_ids)
    past_turns = history_turns(history if history is not None else pd.DataFrame(), code_ids)
    past = units_of_history(past_turns, codebook)
    if not batch.human.any() and not past.texts:
        return None
    units = Units.concat([batch, past, example_units(codebook)])
    tokens = SegmentVectorizer.tokenize(units.texts)      # every text tokenized once
    units.words = code_word_scores(tokens, codebook)
    model = fit(units, code_ids)
    given = UnitFeatures(model.vectorizer,
                         model.vectorizer.features(tokens.counts, model.vectorizer.projection(tokens.terms)).stacked())
    reliability = code_reliability(units, [(c.id, c.label) for c in codebook.codes], cuts=model.cuts, given=given,
                                   documents=all_documents(segments))
    deciding = model_decides(reliability)
    probabilities = model.probabilities(batch.texts, batch.rules, features=given.matrix[:len(batch.texts)],
                                        words=units.words[:len(batch.texts)])
    near_sure = np.nan_to_num(probabilities) >= NEAR_SURE
    for j, code in enumerate(codebook.codes):     # the rules keep the codes, and the kinds of change, not shown to help
        suggests, doubts = deciding.get(code.id, (False, False))
        silent = (batch.rules[:, j] == 0) & (not suggests) & ~near_sure[:, j]
        probabilities[silent | (batch.rules[:, j] == 1) & (not doubts), j] = np.nan
    rows = model_rows(model, batch, probabilities, segments, codebook)
    turns = informant_segments(segments)
    carried = carry_decisions(turns, decision_table(decisions, batch.keys, code_ids), batch.rules, past_turns)
    rows = with_carried(rows, probabilities, carried, batch.rules, turns, codebook)
    return Learned(rows, reliability, too_little_note(model), probabilities)


def all_documents(segments: pd.DataFrame) -> bool:
    """Whether every informant turn of the batch is a document's paragraph (`counts.document_names`:
    no interview, no quotation set): the reliability gate asks more of a batch of documents."""
    turns = informant_segments(segments)
    return not turns.empty and bool(turns["document"].isin(document_names(segments)).all())


def too_little_note(model: LearnedModel) -> ModelNote | None:
    """The codes with too few decisions to learn from, by id (the run names them)."""
    if not model.too_little:
        return None
    return ModelNote(TOO_FEW_DECISIONS, {cid: model.human_counts[cid] for cid in model.too_little}, FEW_DECISIONS)


def model_rows(model: LearnedModel, batch: Units, probabilities: np.ndarray, segments: pd.DataFrame,
               codebook: Codebook) -> pd.DataFrame:
    """Suggestions and doubts for the pairs nobody decided, with the words that weigh most."""
    turns = informant_segments(segments)
    informant = turns["informant"].astype(str).tolist()
    shown = []       # (turn, code index, is a suggestion)
    said = np.array([bool(text.strip()) for text in segment_texts(turns)], dtype=bool)   # not a greeting alone
    for j, code in enumerate(codebook.codes):
        p = probabilities[:, j]
        if code.id not in model.models or np.isnan(p).all():
            continue
        undecided = ~batch.human[:, j]
        suggest = undecided & (batch.rules[:, j] == 0) & (p >= SUGGESTION_FLOOR) & said
        doubt = undecided & (batch.rules[:, j] == 1) & (p < SUGGESTION_FLOOR)
        shown += [(int(i), j, bool(suggest[i])) for i in np.flatnonzero(suggest | doubt)]
    # the evidence named is the turn's own words (the model also reads the question before it),
    # read only for the turns that get a row
    needed = sorted({i for i, _, _ in shown})
    texts = segment_texts(turns.iloc[needed]) if needed else []
    presence = model.vectorizer.word_presence(texts) if texts else None
    position = {i: k for k, i in enumerate(needed)}
    names = model.vectorizer.word_names_
    weights = {j: model.word_weights(codebook.codes[j].id).to_numpy() for j in {j for _, j, _ in shown}}
    rows = []
    for i, j, suggested in shown:
        code = codebook.codes[j]
        rows.append({"segment_id": batch.keys[i], "informant": informant[i], "theme": code.theme,
                     "category": code.category, "code": code.label, "code_id": code.id, "source": "model",
                     "confidence": round(float(probabilities[i, j]), 3),
                     "evidence": top_words(presence, position[i], (1.0 if suggested else -1.0) * weights[j], names),
                     "evidence_in": "text", "review": ""})
    return pd.DataFrame(rows, columns=CODING_COLUMNS)

