"""What the learning model (`learning.py`) learns from and scores: units, each a text with per-code
labels, weights and the rules' flags. Its training units are

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

Each turn is read after what a reader has just read before it (`answer_texts`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from pipeline.records.codebook import Codebook
from pipeline.coding.coder import code_segments, informant_segments
from pipeline.coding.context import read_after
from pipeline.coding.suggest_training import segment_texts
from pipeline.ingest.line_shapes import list_marker
from pipeline.schema import NOTHING_TO_CODE, TABLE_HEADER, TABLE_ROW

IMPLICIT_WEIGHT = 1.0      # a code left alone on a reviewed turn: the rules' label, believed as a decision
WEAK_WEIGHT = 0.03         # an unreviewed turn: the rules' label, barely believed
EXAMPLE_WEIGHT = 1.0
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

    def reviewed(self) -> np.ndarray:
        """Per unit: a grader's turn or an example, whose codes are believed (IMPLICIT_WEIGHT or an
        explicit decision), also a turn whose decisions name only codes the codebook no longer has."""
        return self.human.any(axis=1) | (self.weights >= IMPLICIT_WEIGHT).any(axis=1)

    def subset(self, rows: np.ndarray) -> Units:
        return Units([self.texts[i] for i in rows], self.labels[rows], self.weights[rows], self.rules[rows],
                     self.human[rows], [self.keys[i] for i in rows], [self.kinds[i] for i in rows],
                     self.words[rows] if self.words is not None else None)


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


def reviewed_units(texts: list[str], keys: list[str], decided: np.ndarray, rules: np.ndarray, kind: str,
                   seen: np.ndarray | None = None) -> Units:
    """Units from turns with decisions: explicit ones fully weighted, the rest of a reviewed
    turn's codes as the rules had them (IMPLICIT_WEIGHT), unreviewed turns WEAK_WEIGHT. On a
    turn marked "nothing to code" (MARKED), a code the rules left out is an explicit negative:
    the grader looked for it and found it missing nowhere. `seen` (per unit) marks turns reviewed
    whose decisions all name codes the codebook no longer has (`seen_turns`)."""
    reviewed = (decided != -1).any(axis=1) | (seen if seen is not None else False)
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
                          rule_matrix(codings, ids, code_ids), "batch", seen_turns(decisions, ids, code_ids))


def seen_turns(decisions: pd.DataFrame | None, segment_ids: list[str], code_ids: list[str]) -> np.ndarray:
    """Per turn: a grader decided on it with a code the codebook no longer has (split, or renamed
    with a new id). The grader read the turn, so it stays a reviewed turn, its codes as the rules
    have them, as for a code added to the codebook after the review; the decision itself says nothing
    of the new codes. Without this, splitting a code dropped its turns from the reviewed ones."""
    if decisions is None or decisions.empty:
        return np.zeros(len(segment_ids), dtype=bool)
    gone = decisions[~decisions["code_id"].astype(str).isin(code_ids)
                     & (decisions["decision"].astype(str) != NOTHING_TO_CODE)]
    return np.isin(segment_ids, gone["segment_id"].astype(str).tolist())


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
