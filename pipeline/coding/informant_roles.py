"""What the informant's role (informants.csv) lends the questions she answers: the codebook terms
the role holds ("Kader posyandu" -> kader), which a rule's `any:` condition may find as it finds a
question's ("kita antar" is the clinic's help when a midwife says it), and those its first word
begins (speaker.py: who "saya" is)."""

from __future__ import annotations

import re

import pandas as pd

from pipeline.coding.answers import Question
from pipeline.coding.attribution import AFTER_QUOTE
from pipeline.coding.codebook_words import content_words, word_lemma
from pipeline.coding.rules import CompiledCodebook
from pipeline.coding.speaker import head_terms

_FIRST_PERSON = frozenset({"kami", "saya", "aku", "torang", "kitorang"})   # the author's own staff acting
_WORD = re.compile(r"\w+")
_QUOTED = re.compile(r"[\"“”][^\"“”]*[\"“”]")
# a paragraph reporting what someone said: its first person is the speaker's ("..., kata seorang ibu",
# "Menurut Yuliana, kami ...")
# (not a verb of saying alone: "Kami menyampaikan ..." is the author's own letter)
_REPORTED_SPEECH = AFTER_QUOTE | {"menurut", "ujarnya", "katanya", "tuturnya", "imbuhnya"}


def _authors_first_person(text: str) -> bool:
    """Does `text` speak in its author's first person, not a quoted or reported speaker's?"""
    words = set(_WORD.findall(_QUOTED.sub(" ", text.casefold())))
    return bool(_FIRST_PERSON & words) and not _REPORTED_SPEECH & words


def lending(speakers: list[str], in_document: list[bool], texts: list[str]) -> list[str]:
    """Each row's informant whose role it reads (`role_terms`), "" for none.

    Not a document's source (`in_document` of its rows): a plan or a news page answers no
    question, and the office that wrote it ("Puskesmas") is who writes, not what a paragraph is
    about ("Rencana kegiatan tahun 2026:" is no blood test at the Puskesmas; round 30: malaria
    documents 0.626 -> 0.658), unless the paragraph speaks in the first person: "Kami mengantar anak
    itu ke RSUD" in a clinic's report is the clinic's staff acting, as "kami" is in an interview; not a
    "kami" quoted or reported ("'Kami antar sendiri,' kata seorang ibu"), a speaker's own."""
    return [speaker if not (in_document and in_document[i]) or _authors_first_person(text)
            else "" for i, (speaker, text) in enumerate(zip(speakers, texts))]


def role_terms(compiled: CompiledCodebook, informants: pd.DataFrame | None,
               speakers: list[str]) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Informant code -> codebook terms in the informant's role ("Kader posyandu" -> kader), and
    those it begins with (speaker.py), for the informants whose roles are read here (`speakers`,
    one per row: `lending`)."""
    if informants is None or informants.empty or "role" not in informants or "informant" not in informants:
        return {}
    speaking = set(speakers) - {""}
    here = informants[informants["informant"].astype(str).isin(speaking)]
    codes = here["informant"].astype(str).tolist()
    roles = here["role"].fillna("").astype(str).tolist()
    found = {code: compiled.occurrences(doc) for code, doc in zip(codes, compiled.nlp.pipe(roles))}
    labels = frozenset(word_lemma(word) for code in compiled.codes for word in content_words(code.label))
    return {code: (frozenset(occ), head_terms(occ, labels)) for code, occ in found.items()}


def with_roles(questions: list[Question], who: list[str],
              roles: dict[str, tuple[frozenset[str], frozenset[str]]], quoted: list[bool]) -> list[Question]:
    """Each row's question with its informant's role terms, and whether the row is a printed
    quote (`quotations.quotation_flags`); equal pairs share one record."""
    joined: dict[tuple[Question, str, bool], Question] = {}
    result = []
    for question, informant, printed in zip(questions, who, quoted):
        read = joined.get((question, informant, printed))
        if read is None:
            read = joined[question, informant, printed] = question.with_role(
                *roles.get(informant, (frozenset(), frozenset())), quoted=printed)
        result.append(read)
    return result
