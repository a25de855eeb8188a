"""A model that learns from the researcher: codebook examples and graders' decisions.

Rules say what a codebook's words say; a grader then accepts, rejects or adds codes. This
model learns from every such decision, from the first one on: per code, a logistic regression
over the TF-IDF of word 1-2-grams and character 3-4-grams of a turn's original and its
Indonesian translation, read after the question it answers (or a list item's heading:
`answer_texts`), plus whether the code's rule fired on it. Its training units are

* the turns a grader reviewed (in this batch, or in earlier batches coded with the same
  codebook: `pipeline.review.history`): an accept or add is a positive, a reject a negative,
  and a code the grader left alone on a reviewed turn counts as the rules had it, with less
  weight (IMPLICIT_WEIGHT): the grader saw the turn and did not object. A turn marked
  "nothing to code" (`pipeline.schema.NOTHING_TO_CODE`) is reviewed, and each code the rules
  left out of it is a negative decision: without the mark, a turn a grader read and left
  without codes looks like a turn nobody read;
* the codebook's `examples` (positives for their code, weak negatives for the others);
* the turns nobody reviewed, labelled by the rules with a small weight (WEAK_WEIGHT), so the
  model starts where the rules are and moves as far as the decisions push it.

A code with no human decision and no example gets no model: there is nothing to learn beyond
the rules. The model's probability of a pair nobody decided becomes a suggestion (above
SUGGESTION_FLOOR, on a turn the rules left without the code) or a doubt (below it, on a turn
the rules coded), each only for a code the graders have corrected that way (a reject before
a doubt, an add before a suggestion: `pipeline.coding.pair_model.gated`):
`pipeline.records.codings.counted` lets it decide either only with a `--model-threshold`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from pipeline import wording
from pipeline.records.codebook import Codebook
from pipeline.coding.coder import code_segments, informant_segments
from pipeline.coding.context import read_after
from pipeline.coding.cuts import best_cut, binary_kappa
from pipeline.coding.features import FEATURE_BLOCKS, SegmentVectorizer
from pipeline.coding.pair_model import PairModel, corrections, fit_pairs, gated
from pipeline.coding.suggest import fitted, segment_texts
from pipeline.ingest.line_shapes import list_marker
from pipeline.schema import NOTHING_TO_CODE, TABLE_HEADER, TABLE_ROW

IMPLICIT_WEIGHT = 1.0      # a code left alone on a reviewed turn: the rules' label, believed as a decision
WEAK_WEIGHT = 0.03         # an unreviewed turn: the rules' label, barely believed
EXAMPLE_WEIGHT = 1.0
RULE_SCALE = 3.0           # the rule column's value when the code's rule fired (features are L2-normalised)
REGULARISATION_C = 4.0
WEAK_SAMPLE = 1_500        # unreviewed turns the models learn from, at most (seeded draw)
SAMPLE_SEED = 0
FEW_DECISIONS = 3                 # fewer human positives (or negatives) than this: "too little to learn from"
CUT_FOLDS = 3
POSITIVE = {"accept": 1, "add": 1, "reject": 0}
MARKED = -2                # decision_table: a code nobody decided on a turn a grader marked NOTHING_TO_CODE


@dataclass
class Units:
    """Texts the model learns from or scores, with per-code labels, weights and rule flags.

    Rows are units (turns, history entries, examples); columns are the codebook's codes.
    `weights` is 0 where a unit says nothing about a code; `human` marks explicit decisions.
    """

    texts: list[str]
    labels: np.ndarray      # units x codes, 0/1
    weights: np.ndarray     # units x codes, >= 0
    rules: np.ndarray       # units x codes, 0/1: the code's rule fired on the unit
    human: np.ndarray       # units x codes, bool: an explicit decision or an example
    keys: list[str]         # segment id (batch and history units) or "example:<code>"
    kinds: list[str]        # "batch", "history" or "example"
    words: np.ndarray | None = None   # units x codes: code_word_scores of the texts (None: not scored)

    @staticmethod
    def concat(parts: list[Units]) -> Units:
        parts = [p for p in parts if p.texts]
        if not parts:
            raise ValueError("no units")
        return Units([t for p in parts for t in p.texts], np.vstack([p.labels for p in parts]),
                     np.vstack([p.weights for p in parts]), np.vstack([p.rules for p in parts]),
                     np.vstack([p.human for p in parts]), [k for p in parts for k in p.keys],
                     [k for p in parts for k in p.kinds],
                     np.vstack([p.words for p in parts]) if all(p.words is not None for p in parts) else None)

    def subset(self, rows: np.ndarray) -> Units:
        return Units([self.texts[i] for i in rows], self.labels[rows], self.weights[rows], self.rules[rows],
                     self.human[rows], [self.keys[i] for i in rows], [self.kinds[i] for i in rows],
                     self.words[rows] if self.words is not None else None)


class UnitFeatures(NamedTuple):
    """A fitted vectorizer and the features of every unit, computed once for a run: the
    reliability folds and the batch's probabilities read their rows instead of tokenizing the
    same texts again (the vectorizer learns no label, so a fold may share it)."""

    vectorizer: SegmentVectorizer
    matrix: sp.csr_matrix


@dataclass
class LearnedModel:
    """The fitted vectorizer and one logistic regression per learnable code."""

    vectorizer: SegmentVectorizer
    models: dict[str, CodeModel]
    code_ids: list[str]
    too_little: dict[str, str] = field(default_factory=dict)   # code id -> why it has too little to learn from
    human_counts: dict[str, tuple[int, int]] = field(default_factory=dict)   # code id -> (positives, negatives)
    text_cut: float | None = None    # the text models' cut (chosen by cross-validation), when they decide
    pairs: PairModel | None = None   # the pooled second stage (pipeline.coding.pair_model), when it could learn
    corrected: np.ndarray | None = None   # 2 x codes: a grader rejected / added the code (pair_model.corrections)
    modelled: np.ndarray | None = None    # codes: enough labels to learn from (the pair model decides these)

    @property
    def cuts(self) -> tuple[float | None, float | None]:
        """(text cut, pair cut) as chosen here, for refits that should not choose their own
        (the reliability folds): each stage keeps its own, None where it did not decide."""
        return self.text_cut, self.pairs.cut if self.pairs is not None else None

    def probabilities(self, texts: list[str], rules: np.ndarray, features: sp.csr_matrix | None = None,
                      words: np.ndarray | None = None) -> np.ndarray:
        """P(code | text, rule) for texts (rows) and the codebook's codes (columns); NaN for a
        code without a model, and for the pairs the graders' corrections leave to the rules
        (`pipeline.coding.pair_model.gated`: no doubt of a rule nobody rejected, no suggestion of
        a code nobody added). `features`: the texts' features from this model's vectorizer,
        when the caller has them; `words`: their code-word scores (`Units.words`), None for none."""
        out = np.full((len(texts), len(self.code_ids)), np.nan)
        if not texts or self.modelled is None or not self.modelled.any():
            return out
        features = self.vectorizer.transform(texts) if features is None else features
        if self.pairs is not None:      # it decides the codes that have enough labels to learn from
            out[:, self.modelled] = self.pairs.probabilities(features, rules, words)[:, self.modelled]
        else:
            for j, code_id in enumerate(self.code_ids):
                model = self.models.get(code_id)
                if model is not None:
                    out[:, j] = model.predict_proba(_with_rule(features, rules[:, j]))[:, 1]
        if self.corrected is not None:
            out[gated(self.corrected, rules)] = np.nan
        return out

    def word_weights(self, code_id: str) -> pd.Series:
        """The code's model weight of each word feature, for naming the evidence."""
        names = self.vectorizer.word_names_
        return pd.Series(self.models[code_id].coef_[0][:len(names)], index=names)


def rule_matrix(codings: pd.DataFrame, segment_ids: list[str], code_ids: list[str]) -> np.ndarray:
    """segments x codes 0/1: the rules coded the segment with the code."""
    out = np.zeros((len(segment_ids), len(code_ids)), dtype=np.int8)
    rules = codings[codings["source"].astype(str) == "rule"] if not codings.empty else codings
    row = {sid: i for i, sid in enumerate(segment_ids)}
    col = {cid: j for j, cid in enumerate(code_ids)}
    for sid, cid in zip(rules.get("segment_id", []), rules.get("code_id", [])):
        if str(sid) in row and str(cid) in col:
            out[row[str(sid)], col[str(cid)]] = 1
    return out


def decision_table(decisions: pd.DataFrame, segment_ids: list[str], code_ids: list[str]) -> np.ndarray:
    """segments x codes: 1 (accept/add), 0 (reject), MARKED (no decision, on a turn marked
    "nothing to code") or -1 (no decision), from decisions in force (`segment_id`, `code_id`,
    `decision`)."""
    out = np.full((len(segment_ids), len(code_ids)), -1, dtype=np.int8)
    if decisions is None or decisions.empty:
        return out
    row = {sid: i for i, sid in enumerate(segment_ids)}
    col = {cid: j for j, cid in enumerate(code_ids)}
    for sid, cid, decision in zip(decisions["segment_id"].astype(str), decisions["code_id"].astype(str),
                                  decisions["decision"].astype(str)):
        if sid in row and cid in col and decision in POSITIVE:
            out[row[sid], col[cid]] = POSITIVE[decision]
    marked = [row[sid] for sid, decision in zip(decisions["segment_id"].astype(str), decisions["decision"].astype(str))
              if decision == NOTHING_TO_CODE and sid in row]
    out[marked] = np.where(out[marked] == -1, MARKED, out[marked])
    return out


def reviewed_units(texts: list[str], keys: list[str], decided: np.ndarray, rules: np.ndarray, kind: str) -> Units:
    """Units from turns with decisions: explicit ones fully weighted, the rest of a reviewed
    turn's codes as the rules had them (IMPLICIT_WEIGHT), unreviewed turns WEAK_WEIGHT. On a
    turn marked "nothing to code" (MARKED), a code the rules left out is an explicit negative:
    the grader looked for it and found it missing nowhere."""
    reviewed = (decided != -1).any(axis=1)
    explicit = (decided >= 0) | ((decided == MARKED) & (rules == 0))
    labels = np.where(decided >= 0, decided, rules).astype(np.int8)
    weights = np.where(explicit, 1.0, np.where(reviewed[:, None], IMPLICIT_WEIGHT, WEAK_WEIGHT))
    return Units(texts, labels, weights, rules.astype(np.int8), explicit, keys, [kind] * len(texts))


def example_units(codebook: Codebook) -> Units:
    """The codebook's examples: positives of their code, weak negatives of the others; their
    rule flags are what the rules make of them."""
    codes = codebook.codes
    pairs = [(text, j) for j, code in enumerate(codes) for text in code.examples if text.strip()]
    n, k = len(pairs), len(codes)
    if not pairs:
        return Units([], np.zeros((0, k)), np.zeros((0, k)), np.zeros((0, k)), np.zeros((0, k), bool), [], [])
    labels = np.zeros((n, k), dtype=np.int8)
    weights = np.full((n, k), IMPLICIT_WEIGHT * EXAMPLE_WEIGHT)
    human = np.zeros((n, k), dtype=bool)
    for i, (_, j) in enumerate(pairs):
        labels[i, j], weights[i, j], human[i, j] = 1, EXAMPLE_WEIGHT, True
    texts = [text for text, _ in pairs]
    keys = [f"example:{codes[j].id}:{i}" for i, (_, j) in enumerate(pairs)]
    return Units(texts, labels, weights, rules_of_texts(texts, codebook), human, keys, ["example"] * n)


def rules_of_texts(texts: list[str], codebook: Codebook, translations: list[str] | None = None,
                   asked: list[tuple[str, str]] | None = None, roles: list[str] | None = None,
                   headings: list[str] | None = None, tables: list[tuple[bool, str]] | None = None) -> np.ndarray:
    """What the codebook's rules make of loose texts (examples, earlier batches' turns), each
    read on its own. With `asked` (each text's interviewer question: text and translation,
    ("", "") for none), `roles` (each speaker's role) and `headings` (the paragraph a document's
    list item or table row is read after, "" for none), each text is coded as its own batch
    coded it: as the answer to its question by an informant of that role, or as an item under
    its heading, whose topic it inherits (an item without a list marker got its heading as a
    table row: `context.list_headings` gives none to other paragraphs). With `tables` (whether
    each text is a table row, and its markdown table's header line, "" for none), a row is read
    without its circumstance cells as its batch read it (`table_cells.readable_rows`), headed or not."""
    n = len(texts)
    ids = [f"u{i}" for i in range(n)]
    translations = translations if translations is not None else [""] * n
    asked = asked if asked is not None else [("", "")] * n
    headings = headings if headings is not None else [""] * n
    tables = tables if tables is not None else [(False, "")] * n
    speakers = [f"s{i}" if roles is not None and roles[i].strip() else "" for i in range(n)]
    rows = []
    for i in range(n):   # each text a file of its own, what it was read after right before it
        if any(part.strip() for part in asked[i]):
            rows.append((f"q{i}", f"d{i}", "", "interviewer", asked[i][0], asked[i][1], False, ""))
        elif headings[i].strip():
            rows.append((f"h{i}", f"d{i}", speakers[i], "informant", headings[i], "", False, ""))
        table_row = tables[i][0] or bool(headings[i].strip()) and list_marker(texts[i]) is None
        rows.append((ids[i], f"d{i}", speakers[i], "informant", texts[i], translations[i], table_row, tables[i][1]))
    frame = pd.DataFrame(rows, columns=["segment_id", "document", "informant", "speaker_role", "text", "translation",
                                        TABLE_ROW, TABLE_HEADER])
    frame = frame.assign(speaker=frame["informant"], line=range(len(frame)), language="")
    if not frame[TABLE_ROW].any():
        frame = frame.drop(columns=[TABLE_ROW, TABLE_HEADER])
    informants = (pd.DataFrame({"informant": [s for s in speakers if s],
                                "role": [r for r, s in zip(roles, speakers) if s]})
                  if roles is not None else None)
    return rule_matrix(code_segments(frame, codebook, informants), ids, [c.id for c in codebook.codes])


def batch_units(segments: pd.DataFrame, codings: pd.DataFrame, decisions: pd.DataFrame | None,
                code_ids: list[str]) -> Units:
    """Every informant turn of the batch as a unit: its rule flags and the decisions in force.
    A unit's text is the turn after the question it answers (`answer_texts`)."""
    units = informant_segments(segments)
    ids = units["segment_id"].astype(str).tolist()
    return reviewed_units(answer_texts(segments, units), ids, decision_table(decisions, ids, code_ids),
                          rule_matrix(codings, ids, code_ids), "batch")


def answer_texts(segments: pd.DataFrame, units: pd.DataFrame) -> list[str]:
    """What the model reads of each informant turn: what a reader has just read before it (the
    interviewer's question, in its Indonesian reading; a list item's heading: `read_after`),
    then the turn (`segment_texts`). A person who has coded thirty answers knows which question
    of the interview guide draws which code; so does the model once the question's words are
    among the answer's. Development halves (minimal codebooks, issue 15 round 5): mean gain
    +0.015 -> +0.021 with the questions, every interview half at least as high, the pair model's
    ranking of the turns a rule left alone AUC 0.870 -> 0.897 (average precision 0.35 -> 0.42);
    with the headings too +0.022 (imun_dev_documents' even half -0.029 -> -0.004). The question
    as a block of its own (a third cosine) gained less; the informant's previous answer with
    it lost 0.06."""
    return read_by(read_after(segments, units.index), segment_texts(units))


def read_by(context: list[str], texts: list[str]) -> list[str]:
    """Each text after what was read before it (a question, a heading; "" for none)."""
    return [f"{before}\n{text}" if before.strip() else text for before, text in zip(context, texts)]


def fit(units: Units, code_ids: list[str], seed: int = SAMPLE_SEED,
        cuts: tuple[float | None, float | None] = (None, None), evidence: bool = True,
        given: UnitFeatures | None = None) -> LearnedModel:
    """One weighted logistic regression per code with at least one human label (its evidence
    words; its verdict when too few decisions exist for more), then the pooled pair model over
    the reviewed units (`pipeline.coding.pair_model`), which decides the codes that have a
    text model. Each stage's probability cut is chosen on the reviewed units unless `cuts`
    (text models', pair model's) gives it. Without `evidence` (the reliability folds, which
    need verdicts, not words) the text models are fitted only when the pair model cannot be:
    they were 30 of a 5-fold run's 36 regressions and most of its time. With `given` (the
    units' features from a fitted vectorizer) the features are its rows, not computed again."""
    rows = training_rows(units, seed)
    train = units.subset(rows)
    if given is None:
        vectorizer = SegmentVectorizer()
        features = vectorizer.fit_transform(vectorizer.tokenize(train.texts)).stacked()
    else:
        vectorizer, features = given.vectorizer, given.matrix[rows]
    too_little: dict[str, str] = {}
    counts: dict[str, tuple[int, int]] = {}
    everyone = units.human.any(axis=1)
    for j, code_id in enumerate(code_ids):
        positives = int((units.labels[everyone, j] == 1).sum())
        negatives = int((units.labels[everyone, j] == 0).sum())
        counts[code_id] = (positives, negatives)
        if positives < FEW_DECISIONS or negatives < FEW_DECISIONS:
            too_little[code_id] = (f"{positives} positive and {negatives} negative "
                                   f"{wording.plural_form(positives + negatives, 'reviewed turn or example', 'reviewed turns or examples')}; "
                                   f"the model needs a few of each ({FEW_DECISIONS}+) to learn more than the rules")
    keep = train.weights > 0
    modelled = np.array([units.human[:, j].any() and len(set(train.labels[keep[:, j], j])) == 2
                         for j in range(len(code_ids))], dtype=bool)
    reviewed = np.flatnonzero(train.human.any(axis=1))    # a reviewed unit's codes are all the grader's judgement
    own = np.full(features.shape[0], -1)
    own[reviewed] = np.arange(reviewed.size)
    corrected = corrections(train.labels[reviewed], train.rules[reviewed], train.human[reviewed])
    pairs = fit_pairs(features[reviewed], train.labels[reviewed], train.rules[reviewed], modelled,
                      FEATURE_BLOCKS, features, own, cut=cuts[1], corrected=corrected,
                      words=train.words[reviewed] if train.words is not None else None) if modelled.any() else None
    models: dict[str, CodeModel] = {}
    if evidence or pairs is None:
        for j in np.flatnonzero(modelled):
            y, w = train.labels[keep[:, j], j], train.weights[keep[:, j], j]
            models[code_ids[j]] = CodeModel(_fit_one(_with_rule(features, train.rules[:, j])[keep[:, j]], y, w))
    chosen = None
    if pairs is None:     # too few decisions for the pooled stage: the text models decide, at one cut
        chosen = cuts[0] if cuts[0] is not None else _text_cut(features, train, reviewed, models, code_ids, seed)
        for model in models.values():
            model.set_cut(chosen)
    return LearnedModel(vectorizer, models, list(code_ids), too_little, counts, chosen, pairs,
                        corrected, modelled)


def _text_cut(features: sp.csr_matrix, train: Units, reviewed: np.ndarray, models: dict[str, CodeModel],
              code_ids: list[str], seed: int) -> float:
    """The one cut of the text models: best pooled kappa of their out-of-fold verdicts on the reviewed units."""
    out_of_fold = []
    for j, code_id in enumerate(code_ids):
        if code_id in models:
            scores = _out_of_fold(_with_rule(features, train.rules[:, j]), train.labels[:, j], train.weights[:, j],
                                  reviewed, seed)
            known = ~np.isnan(scores)
            out_of_fold.append((train.labels[reviewed, j][known], _sigmoid(scores[known])))
    return best_cut(out_of_fold)


class CodeModel:
    """A code's logistic regression with its probabilities shifted so that 0.5 is the cut that
    agreed best with the graders when chosen by cross-validation over the reviewed units.

    With a handful of positives among many weakly labelled negatives, the regression ranks
    turns well (AUC about 0.85 on the development batches) but its probabilities sit far
    below 0.5; the shift puts the user's threshold where the humans' decisions say it belongs.
    """

    def __init__(self, model: LogisticRegression, cut: float = 0.5):
        self.model = model
        self.set_cut(cut)

    def set_cut(self, cut: float) -> None:
        self.cut, self.shift = cut, float(np.log(cut / (1 - cut)))

    @property
    def coef_(self) -> np.ndarray:
        return self.model.coef_

    def predict_proba(self, features: sp.csr_matrix) -> np.ndarray:
        p = 1.0 / (1.0 + np.exp(-(self.model.decision_function(features) - self.shift)))
        return np.column_stack([1 - p, p])


def _out_of_fold(features: sp.csr_matrix, y: np.ndarray, weights: np.ndarray, reviewed: np.ndarray,
                 seed: int) -> np.ndarray:
    """The text model's score (log-odds) of each reviewed unit from a model that did not see it;
    NaN where no such model can be fitted (fewer than two reviewed units of either label, or a
    fold whose other units hold one label only): the full model saw those units, so its score
    of them would choose the cut on the training data."""
    truth = y[reviewed]
    folds = min(CUT_FOLDS, int((truth == 1).sum()), int((truth == 0).sum()))
    scores = np.full(reviewed.size, np.nan)
    if folds < 2:
        return scores
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for _, held in splitter.split(reviewed, truth):
        keep = weights > 0
        keep[reviewed[held]] = False
        if len(set(y[keep])) < 2:
            continue
        scores[held] = _fit_one(features[keep], y[keep], weights[keep]).decision_function(features[reviewed[held]])
    return scores


def _sigmoid(scores: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-scores))


def training_rows(units: Units, seed: int = SAMPLE_SEED) -> np.ndarray:
    """All units that carry a human label, plus up to WEAK_SAMPLE of the others (seeded)."""
    informed = units.human.any(axis=1) | (units.weights >= IMPLICIT_WEIGHT).any(axis=1)
    rest = np.flatnonzero(~informed)
    if rest.size > WEAK_SAMPLE:
        rest = np.sort(np.random.default_rng(seed).choice(rest, WEAK_SAMPLE, replace=False))
    return np.sort(np.concatenate([np.flatnonzero(informed), rest]))


def _with_rule(features: sp.csr_matrix, rule: np.ndarray) -> sp.csr_matrix:
    column = sp.csr_matrix(np.asarray(rule, dtype=float).reshape(-1, 1) * RULE_SCALE)
    return sp.hstack([features, column], format="csr")


def _fit_one(features: sp.csr_matrix, y: np.ndarray, weights: np.ndarray) -> LogisticRegression:
    # balanced: a code's few positives weigh as much as its many negatives, or no probability
    # of an unseen turn would ever reach 0.5 (measured on the development batches)
    return fitted(LogisticRegression(C=REGULARISATION_C, class_weight="balanced", solver="liblinear", max_iter=1000),
                  features, y, weights)
