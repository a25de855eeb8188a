"""What the informant's role (informants.csv) lends the questions she answers: the codebook terms
the role holds ("Kader posyandu" -> kader), which a rule's `any:` condition may find as it finds a
question's ("kita antar" is the clinic's help when a midwife says it), and those its first word
begins (speaker.py: who "saya" is).

Only speakers lend their role: a document's role says what the document is ("Rencana aksi
Puskesmas", "Surat edaran Dinas Kesehatan"), not who does each paragraph's act (round 26: in the
malaria action plan "Puskesmas" from its role paired with "Rencana", "Kunjungan", "diperiksa" for
the label's "tes darah ... oleh Puskesmas": 5 false codes, none right in 28 document sets)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

import pandas as pd

from pipeline.coding.answers import Question
from pipeline.coding.codebook_words import content_words, word_lemma
from pipeline.coding.rules import CompiledCodebook
from pipeline.coding.speaker import head_terms


def role_terms(compiled: CompiledCodebook, informants: pd.DataFrame | None,
              speaking: set[str]) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Informant code -> codebook terms in the informant's role ("Kader posyandu" -> kader), and
    those it begins with (speaker.py), for the informants `speaking` here."""
    if informants is None or informants.empty or "role" not in informants or "informant" not in informants:
        return {}
    here = informants[informants["informant"].astype(str).isin(speaking)]
    codes = here["informant"].astype(str).tolist()
    roles = here["role"].fillna("").astype(str).tolist()
    found = {code: compiled.occurrences(doc) for code, doc in zip(codes, compiled.nlp.pipe(roles))}
    labels = frozenset(word_lemma(word) for code in compiled.codes for word in content_words(code.label))
    return {code: (frozenset(occ), head_terms(occ, labels)) for code, occ in found.items()}


def lending_roles(speakers: list[str], files: list[str], documents: Collection[str]) -> set[str]:
    """The informants whose role lends its terms: all but the authors of documents of several
    paragraphs (a file of one paragraph without an interviewer may be a lone answer or a quote)."""
    paragraphs = Counter(files)
    return {who for who, name in zip(speakers, files) if name not in documents or paragraphs[name] == 1}


def with_roles(questions: list[Question], who: list[str],
              roles: dict[str, tuple[frozenset[str], frozenset[str]]]) -> list[Question]:
    """Each row's question with its informant's role terms; equal pairs share one record."""
    joined: dict[tuple[Question, str], Question] = {}
    result = []
    for question, informant in zip(questions, who):
        read = joined.get((question, informant))
        if read is None:
            read = joined[question, informant] = question.with_role(*roles.get(informant, (frozenset(), frozenset())))
        result.append(read)
    return result
