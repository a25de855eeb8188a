"""The informant turns that introduce, not answer: which of them take no code, and which are coded
after their first sentence.

An interview opens with courtesies, the informant's tenure and leave to begin, and may ask her identity
or phone number for the record; the reply to such an interviewer turn answers no question of the study (courtesies.py,
`question_purpose.asks_tenure`, `question_purpose.asks_leave_to_begin`). Tenure is asked while the interview opens:
once the interviewer has asked about anything else, "Berapa lama di rumah sakit?" asks about the matter (a
patient's stay), and its answer is coded. A question about the informant's own job or origin
(`question_purpose.asks_background`) is answered by an introduction first: what the answer goes on
to say is coded (coder.py codes it through `question_purpose.after_first_sentence`).
"""

from __future__ import annotations

import pandas as pd

from pipeline.coding.context import previous_interviewer_turn
from pipeline.coding.courtesies import is_courtesy
from pipeline.coding.question_purpose import asks_background, asks_identity_number, asks_leave_to_begin, asks_tenure


def introductions(segments: pd.DataFrame, rows: pd.Index) -> tuple[set[int], set[int]]:
    """The positions in `rows` of the informant turns that reply to an interviewer turn made only
    of courtesies, asking how long the informant has served or leave to begin (small talk); and
    of those answering what the informant works at or where they come from, coded after their
    first sentence (answers after background)."""
    previous = previous_interviewer_turn(segments)
    if not previous:
        return set(), set()
    text_of = segments["text"].fillna("").astype(str).to_dict()     # a dict: .loc per row costs more
    asked = {question for row in rows if (question := previous.get(row)) is not None}
    background = {question for question in asked if asks_background(text_of[question])}
    opening = _opening(segments, asked, lambda question: question in background or is_courtesy(text_of[question])
                       or asks_tenure(text_of[question]) or asks_leave_to_begin(text_of[question])
                       or asks_identity_number(text_of[question]))
    small_talk = {question for question in asked if is_courtesy(text_of[question]) or asks_leave_to_begin(text_of[question])
                  or asks_identity_number(text_of[question]) or question in opening and asks_tenure(text_of[question])}
    return ({i for i, row in enumerate(rows) if previous.get(row) in small_talk},
            {i for i, row in enumerate(rows) if previous.get(row) in background})


def _opening(segments: pd.DataFrame, asked: set, introduces) -> set:
    """The questions of `asked` that open their document: those before its first question that
    `introduces` does not call an introduction."""
    documents = segments["document"].to_dict() if "document" in segments.columns else {}
    begun: set = set()   # the documents whose interview proper has begun
    found = set()
    for question in sorted(asked):
        if documents.get(question) in begun:
            continue
        if introduces(question):
            found.add(question)
        else:
            begun.add(documents.get(question))
    return found
