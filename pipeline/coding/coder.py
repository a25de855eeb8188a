"""The CODE stage: rule codings for every informant segment of a batch."""

from __future__ import annotations

import pandas as pd

from pipeline.records.codebook import Codebook
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
    speakers = _column(informant, "informant")
    questions = _question_terms(compiled, segments, informant.index)
    roles = _role_terms(compiled, informants)
    if roles:
        questions = _with_roles(questions, speakers, roles)
    separate = [i for i, (t, tr) in enumerate(zip(texts, translations)) if tr.strip() and _differs(t, tr)]
    views = _fire_views(compiled, texts + [translations[i] for i in separate],
                        questions + [questions[i] for i in separate])
    translated = dict(zip(separate, views[len(texts):]))
    codes = compiled.codes
    ids = informant["segment_id"].astype(str).tolist()
    rows: list[dict[str, object]] = []
    for i, (fired, vetoed) in enumerate(views[:len(texts)]):
        fired_tr, vetoed_tr = translated.get(i, ({}, set()))
        for index in sorted((fired.keys() | fired_tr.keys()) - vetoed - vetoed_tr):
            firing, view = _best(fired.get(index), fired_tr.get(index))
            confidence = firing.confidence
            if index in fired and index in fired_tr:
                confidence = min(MAX_CONFIDENCE, confidence + BOTH_VIEWS_BONUS)
            code = codes[index]
            rows.append({"segment_id": ids[i], "informant": speakers[i], "theme": code.theme,
                         "category": code.category, "code": code.label, "code_id": code.id,
                         "source": "rule", "confidence": round(confidence, 3),
                         "evidence": firing.evidence, "evidence_in": view, "review": ""})
    return pd.DataFrame(rows, columns=CODING_COLUMNS)


def _question_terms(compiled: CompiledCodebook, segments: pd.DataFrame, rows: pd.Index) -> list[frozenset[str]]:
    """For each informant row, the codebook terms of the interviewer turn just before it."""
    previous = _previous_interviewer_turn(segments)
    wanted = {previous[r] for r in rows if previous.get(r) is not None}
    question_text: dict[object, str] = {}
    for row, text, translation in zip(segments.index, _column(segments, "text"), _column(segments, "translation")):
        if row in wanted:
            question_text[row] = " \n ".join(filter(None, (text, translation)))
    distinct = list(dict.fromkeys(question_text.values()))  # interviewers repeat their questions
    terms = dict(zip(distinct, (compiled.terms_in(doc) for doc in compiled.nlp.pipe(distinct, batch_size=BATCH_SIZE))))
    return [terms[question_text[previous[r]]] if previous.get(r) is not None else frozenset() for r in rows]


def _role_terms(compiled: CompiledCodebook, informants: pd.DataFrame | None) -> dict[str, frozenset[str]]:
    """Informant code -> codebook terms in the informant's role ("Kader posyandu" -> kader)."""
    if informants is None or informants.empty or "role" not in informants or "informant" not in informants:
        return {}
    codes = informants["informant"].astype(str).tolist()
    roles = informants["role"].fillna("").astype(str).tolist()
    return {code: compiled.terms_in(doc) for code, doc in zip(codes, compiled.nlp.pipe(roles))}


def _with_roles(questions: list[frozenset[str]], who: list[str],
                roles: dict[str, frozenset[str]]) -> list[frozenset[str]]:
    """Each row's question terms plus its informant's role terms; equal pairs share one set."""
    joined: dict[tuple[frozenset[str], str], frozenset[str]] = {}
    result = []
    for question, informant in zip(questions, who):
        terms = joined.get((question, informant))
        if terms is None:
            terms = joined[question, informant] = question | roles.get(informant, frozenset())
        result.append(terms)
    return result


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


def _fire_views(compiled: CompiledCodebook, texts: list[str],
                questions: list[frozenset[str]]) -> list[tuple[dict[int, Firing], set[int]]]:
    """`compiled.fire` for each (view text, question terms) pair, in order.

    Turns repeat ("Iya.", "Betul.", a stock answer), so each distinct text is tokenized and
    matched once, and its rules evaluated once per distinct question it answers. The results
    are shared between equal pairs and must not be modified.
    """
    questions_of: dict[str, dict[frozenset[str], None]] = {}
    for text, question in zip(texts, questions):
        questions_of.setdefault(text, {})[question] = None
    fired: dict[tuple[str, frozenset[str]], tuple[dict[int, Firing], set[int]]] = {}
    for text, doc in zip(questions_of, compiled.nlp.pipe(questions_of, batch_size=BATCH_SIZE)):
        occ = compiled.occurrences(doc)
        for question in questions_of[text]:
            fired[text, question] = compiled.fire_matches(doc, text, occ, question)
    return [fired[text, question] for text, question in zip(texts, questions)]


def _best(text: Firing | None, translation: Firing | None) -> tuple[Firing, str]:
    """The original's evidence unless only the translation, or it more strongly, supports the code."""
    if text is not None and (translation is None or text.confidence >= translation.confidence):
        return text, "text"
    assert translation is not None
    return translation, "translation"


def _column(frame: pd.DataFrame, name: str) -> list[str]:
    if name not in frame:
        return [""] * len(frame)
    return frame[name].fillna("").astype(str).tolist()


def _differs(text: str, translation: str) -> bool:
    if text == translation:  # Indonesian turns: the translation is the text
        return False
    return " ".join(text.split()).casefold() != " ".join(translation.split()).casefold()
