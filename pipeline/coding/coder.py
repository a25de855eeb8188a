"""The CODE stage: rule codings for every informant segment of a batch."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from pipeline.codebook.model import Codebook
from pipeline.coding.rules import (
    BOTH_VIEWS_BONUS,
    MAX_CONFIDENCE,
    CompiledCodebook,
    Firing,
    compiled_codebook,
)
from pipeline.schema import CODING_COLUMNS

BATCH_SIZE = 512


def informant_segments(segments: pd.DataFrame) -> pd.DataFrame:
    """Only informants' turns are coded; interviewer questions never are."""
    return segments[segments["speaker_role"] == "informant"]


def code_segments(segments: pd.DataFrame, codebook: Codebook,
                  informants: pd.DataFrame | None = None) -> pd.DataFrame:
    """Rule codings (schema.CODING_COLUMNS, source="rule") for the informant segments.

    Each segment is matched on its text and, when it has one that differs, on its free
    translation; a code found in both views gets a confidence bonus, a code vetoed by an
    `exclude_if` rule in either view is dropped. What a human reader knows besides the turn
    itself can supply a rule's `any:` condition: the interviewer question it answers, and
    the informant's role (from `informants`, schema.INFORMANT_COLUMNS): "kita antar" is the
    clinic's help when a midwife says it.
    """
    compiled = compiled_codebook(codebook)
    if not segments.index.is_unique:
        segments = segments.reset_index(drop=True)
    informant = informant_segments(segments)
    texts = _column(informant, "text")
    translations = _column(informant, "translation")
    questions = _question_terms(compiled, segments, informant.index)
    roles = _role_terms(compiled, informants)
    if roles:
        questions = [q | roles.get(who, frozenset()) for q, who in zip(questions, _column(informant, "informant"))]
    separate = [i for i, (t, tr) in enumerate(zip(texts, translations)) if tr.strip() and _differs(t, tr)]
    translated = dict(zip(separate, _fire_all(compiled, [translations[i] for i in separate],
                                              [questions[i] for i in separate])))
    codes = compiled.codes
    ids = informant["segment_id"].astype(str).tolist()
    informants = _column(informant, "informant")
    rows: list[dict[str, object]] = []
    for i, (fired, vetoed) in enumerate(_fire_all(compiled, texts, questions)):
        fired_tr, vetoed_tr = translated.get(i, ({}, set()))
        for index in sorted((fired.keys() | fired_tr.keys()) - vetoed - vetoed_tr):
            firing, view = _best(fired.get(index), fired_tr.get(index))
            confidence = firing.confidence
            if index in fired and index in fired_tr:
                confidence = min(MAX_CONFIDENCE, confidence + BOTH_VIEWS_BONUS)
            code = codes[index]
            rows.append({"segment_id": ids[i], "informant": informants[i], "theme": code.theme,
                         "category": code.category, "code": code.label, "code_id": code.id,
                         "source": "rule", "confidence": round(confidence, 3),
                         "evidence": firing.evidence, "evidence_in": view, "review": ""})
    return pd.DataFrame(rows, columns=CODING_COLUMNS)


def _question_terms(compiled: CompiledCodebook, segments: pd.DataFrame, rows: pd.Index) -> list[frozenset[str]]:
    """For each informant row, the codebook terms of the interviewer turn just before it."""
    previous = _previous_interviewer_turn(segments)
    wanted = sorted({previous[r] for r in rows if previous.get(r) is not None})
    texts = [" \n ".join(filter(None, (_cell(segments, q, "text"), _cell(segments, q, "translation"))))
             for q in wanted]
    terms = dict(zip(wanted, (compiled.terms_in(doc) for doc in compiled.nlp.pipe(texts, batch_size=BATCH_SIZE))))
    return [terms.get(previous.get(r), frozenset()) for r in rows]


def _role_terms(compiled: CompiledCodebook, informants: pd.DataFrame | None) -> dict[str, frozenset[str]]:
    """Informant code -> codebook terms in the informant's role ("Kader posyandu" -> kader)."""
    if informants is None or informants.empty or "role" not in informants or "informant" not in informants:
        return {}
    codes = informants["informant"].astype(str).tolist()
    roles = informants["role"].fillna("").astype(str).tolist()
    return {code: compiled.terms_in(doc) for code, doc in zip(codes, compiled.nlp.pipe(roles))}


def _previous_interviewer_turn(segments: pd.DataFrame) -> dict[object, object]:
    """Row label -> row label of the interviewer turn immediately before it in its document."""
    if "document" not in segments or segments.empty:
        return {}
    order = segments.sort_values(["document", "start"], kind="stable") if "start" in segments else segments
    previous: dict[object, object] = {}
    last_doc, last_row, last_role = None, None, None
    for row, document, role in zip(order.index, order["document"], order["speaker_role"]):
        if document == last_doc and last_role == "interviewer":
            previous[row] = last_row
        last_doc, last_row, last_role = document, row, role
    return previous


def _fire_all(compiled: CompiledCodebook, texts: list[str],
              questions: list[frozenset[str]]) -> Iterator[tuple[dict[int, Firing], set[int]]]:
    for doc, question in zip(compiled.nlp.pipe(texts, batch_size=BATCH_SIZE), questions):
        yield compiled.fire(doc, question)


def _best(text: Firing | None, translation: Firing | None) -> tuple[Firing, str]:
    """The original's evidence unless only the translation, or it more strongly, supports the code."""
    if text is not None and (translation is None or text.confidence >= translation.confidence):
        return text, "text"
    assert translation is not None
    return translation, "translation"


def _cell(frame: pd.DataFrame, row: object, name: str) -> str:
    if name not in frame:
        return ""
    value = frame.at[row, name]
    return "" if pd.isna(value) else str(value)


def _column(frame: pd.DataFrame, name: str) -> list[str]:
    if name not in frame:
        return [""] * len(frame)
    return frame[name].fillna("").astype(str).tolist()


def _differs(text: str, translation: str) -> bool:
    return " ".join(text.split()).casefold() != " ".join(translation.split()).casefold()
