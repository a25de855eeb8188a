"""What a reader knows besides the segment itself: the heading of a list item, the turn before.

* In a document, list items inherit the topic of the paragraph that introduces them
  ("Melakukan kampanye sosialisasi melalui berbagai media, seperti:" then "- Pamflet dan
  Brosur: ..."): an item is matched with its heading before it. A table row is such an item
  under the paragraph before its table ("Rencana Tindak Lanjut", "Strategi ...:" then a row
  naming only the action), whether or not that paragraph ends with ":", as long as it reads as
  a heading: a paragraph of more than one sentence, or a long one, is text, not a title.
* In an interview, a code whose codebook says `context: previous_turn` may take part of its
  evidence from the informant's previous turn and the interviewer's question in between ("the
  child was referred" ... "then the father went to register"), as long as some of it is in the
  turn itself: `previous_turns` gives that context, and the rules borrow its terms
  (`rules.CompiledCodebook.fire_matches`).

Either way the evidence column marks the words that came from outside the segment. What a
paragraph's shape is (a list item, a heading of a list or a table) is read in `paragraph_shape.py`.
"""

from __future__ import annotations

from typing import TypeVar

import numpy as np
import pandas as pd

from pipeline.coding.counts import document_names, is_administrative
from pipeline.coding.evidence import joined, tagged, term_words, terms
from pipeline.coding.paragraph_shape import introduces, is_heading_like
from pipeline.ingest.line_shapes import list_marker
from pipeline.schema import NOTE, TABLE_ROW

HEADING_TAG = "heading"
def list_headings(segments: pd.DataFrame, rows: pd.Index) -> list[str]:
    """For each of `rows`, the text of the paragraph introducing it when it is a list item.

    A heading is a paragraph ending with ":"; the items are the paragraphs right after it that
    start with the same kind of list marker (a numbered heading "1. ... seperti:" keeps its
    "-" items, the next "2. ..." ends them). A table row's heading is the paragraph before its
    table (segments marked in the optional `table_row` column at ingest) when it reads as a
    heading (`is_heading_like`).
    """
    heading_of: dict[object, str] = {}
    if segments.empty or "document" not in segments:
        return [""] * len(rows)
    # one pass over the documents one after another (a groupby cost more than the loop on
    # batches of hundreds of short documents)
    order = _in_order(segments).sort_values("document", kind="stable")
    in_table = (order[TABLE_ROW].astype(str).str.casefold().isin(["true", "1"]).tolist()   # read back from a csv too
                if TABLE_ROW in order else [False] * len(order))
    heading, kind, before, last_document = "", None, "", None
    for row, document, text, table_row in zip(order.index, order["document"].tolist(),
                                              order["text"].fillna("").astype(str).tolist(), in_table):
        if document != last_document:
            heading, kind, before, last_document = "", None, "", document
        if table_row:
            if before:
                heading_of[row] = before
            heading, kind = "", None
            continue
        before = text if is_heading_like(text) else ""
        marker = list_marker(text)
        if heading and marker is not None and (kind is None or marker == kind):
            kind = marker
            heading_of[row] = heading
        else:
            heading, kind = "", None
        if introduces(text):
            heading, kind = text, None
    return [heading_of.get(row, "") for row in rows]


def document_headings(segments: pd.DataFrame, rows: pd.Index) -> list[str]:
    """`list_headings` of `rows` as the coder reads them: in a document only ("" in an interview
    or a quotation set, whose turns are no list items)."""
    documents = document_names(segments)
    if not documents:
        return [""] * len(rows)
    return list_headings(segments[segments["document"].isin(documents)], rows)


def previous_turns(segments: pd.DataFrame, rows: pd.Index) -> list[str]:
    """For each of `rows` (informant turns), the informant's previous turn and the question
    after it, in the same interview ("" for the first turn)."""
    before: dict[object, str] = {}
    for _, group in _in_order(segments).groupby("document", sort=False):
        last_answer, question = "", []
        for row, role, text in zip(group.index, group["speaker_role"], group["text"].fillna("").astype(str)):
            if role == "interviewer":
                question.append(text)
                continue
            if role == NOTE:   # a session heading or a transcriber's note: nobody said it
                continue
            before[row] = "\n".join([last_answer, *question]).strip()
            last_answer, question = text, []
    return [before.get(row, "") for row in rows]


def previous_interviewer_turn(segments: pd.DataFrame) -> dict[object, object]:
    """Row label -> row label of the interviewer turn immediately before it in its document."""
    if "document" not in segments or segments.empty:
        return {}
    order = _in_order(segments)
    asked = _after_question(order)
    return dict(zip(order.index[asked], order.index[np.flatnonzero(asked) - 1]))


def questions_answered(segments: pd.DataFrame, rows: pd.Index, both_views: bool = False) -> list[str]:
    """For each of `rows`, the interviewer question just before it in its document, in its
    Indonesian reading (the translation, else the text; `both_views`: its text, then a translation
    that differs); "" where none comes right before it (documents, an answer after an answer)."""
    if "document" not in segments or segments.empty:
        return [""] * len(rows)
    order = _in_order(segments)
    text = order["text"].fillna("").astype(str)
    if "translation" in order:
        translation = order["translation"].fillna("").astype(str)
        if both_views:
            text = text.where((translation.str.strip() == "") | (translation == text), text + " \n " + translation)
        else:
            text = translation.where(translation.str.strip() != "", text)
    before = np.concatenate([[""], text.to_numpy(dtype=object)[:-1]]).astype(object)
    question = pd.Series(np.where(_after_question(order), before, ""), index=order.index)
    return question.loc[rows].tolist()


def _after_question(order: pd.DataFrame) -> np.ndarray:
    """Per row of `order` (segments in reading order): the row right before it is an
    interviewer turn of the same document."""
    document = order["document"].to_numpy(dtype=object)
    asked = np.zeros(len(order), dtype=bool)
    asked[1:] = (document[1:] == document[:-1]) & (order["speaker_role"].to_numpy(dtype=object)[:-1] == "interviewer")
    return asked


def read_after(segments: pd.DataFrame, rows: pd.Index) -> list[str]:
    """For each of `rows`, what a reader has just read before it and reads it by: the question
    an interview answer follows (`questions_answered`), else the heading of a list item or
    table row (`list_headings`); "" for other segments."""
    questions = questions_answered(segments, rows)
    return [question or heading for question, heading in zip(questions, list_headings(segments, rows))]


def with_context(context: str, text: str) -> str:
    """The view matched for a list item: its heading first, then the item."""
    return f"{context}\n{text}" if context and text else text


def tag_outside(evidence: str, own_text: str, tag: str) -> str:
    """Evidence pieces not in the segment's own text get `(tag)`."""
    return joined(piece if term_words(piece) in own_text else tagged(piece, tag) for piece in terms(evidence))


FoundCodes = TypeVar("FoundCodes", bound=dict)


def item_codes(with_heading: FoundCodes, alone: FoundCodes, own_text: str) -> FoundCodes:
    """The codes of a list item (code index -> (firing, view, confidence)), given those found
    with its heading and those found in the item alone. A heading naming two codes ("... dusun
    yang jauh dan ibu yang bekerja:") gives each item the one the item itself speaks of, and
    all of them only to an item that names none; an item that records, reports, trains or
    monitors (the documents convention: not a measure of the code) keeps only what it says."""
    if alone or is_administrative(own_text):
        return alone
    return with_heading


def _in_order(segments: pd.DataFrame) -> pd.DataFrame:
    if "start" in segments:
        return segments.sort_values(["document", "start"], kind="stable")
    return segments
