"""What a ter- form happened to: in a document, a code's word is its evidence only for its matter.

A ter- form ("tertunda", "tertutup", "tercatat") says what happened to its subject, which is
written before it in its clause. Found through another form of its root (the keyword
"menunda", a person's act), it is the code's evidence only when that subject is a person, a
place or service, or something the codebook speaks of: "pengiriman vaksin ... tertunda" for a
vaccine stock-out code, "semua drum harus tertutup" for covering water containers; not "kiriman
alat kontrasepsi belum tiba karena kapal logistik tertunda cuaca buruk" for a couple delaying
contraception, nor "bulan Februari kemarin tercatat 47 balita" (a statistic's date is no
subject). A ter- form with nothing before it in its clause keeps its evidence.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipeline.coding.attribution import SUBORDINATORS
from pipeline.coding.codebook_words import code_lemmas, topic_lemmas, word_lemma
from pipeline.coding.negation import CLAUSE_ENDS
from pipeline.coding.spans import KEYWORD_TERM, Occurrence, keep_where, term_text
from pipeline.coding.specificity import KIN, PLACE, ROLE, YOUNG
from pipeline.records.codebook import Codebook

STATIVE_PREFIX = "ter"
# where the clause holding the subject begins; "dan" and "atau" join the subject's own nouns
# ("vaksin campak-rubela dan polio suntik"), "jadi" and "terus" are adverbs before the verb
CLAUSE_OPENERS = (SUBORDINATORS | CLAUSE_ENDS | {"bahwa"}) - {"dan", "atau", "jadi", "terus"}
CLAUSE_MARKS = frozenset(",.;:()|!?\"“”")
# people as a text names them besides their kin, role or age
PEOPLE = frozenset({"orang", "warga", "masyarakat", "penduduk", "pasien", "peserta", "pasangan"})


def subject_lemmas(codebook: Codebook) -> frozenset[str]:
    """The lemmas a ter- form's subject may hold: people, places, and the codebook's matter
    (its study's words, every code's label, definition and keyword words)."""
    matter = set(topic_lemmas(codebook)).union(*code_lemmas(codebook).values())
    people = {word_lemma(word) for word in KIN | ROLE | YOUNG | PEOPLE}
    places = {word_lemma(word) for place in PLACE for word in place.split()}
    return frozenset(matter | people | places)


def drop_other_subjects(doc: Doc, found: dict[str, list[Occurrence]], wanted: frozenset[str]) -> None:
    """Remove from `found` the one-word ter- forms of a codebook's words written otherwise
    whose clause names, before them, none of the `wanted` lemmas (`subject_lemmas`)."""
    written_otherwise = frozenset(key for key in found if key.startswith(KEYWORD_TERM)
                                  and not term_text(key).casefold().startswith(STATIVE_PREFIX))
    keep_where(found, written_otherwise, lambda span: span[1] - span[0] > 1 or not _is_stative(doc, span[0])
               or _names_wanted(_subject_words(doc, span[0]), wanted))


def _is_stative(doc: Doc, index: int) -> bool:
    token = doc[index]
    return token.norm_.startswith(STATIVE_PREFIX) and token.lemma_ != token.norm_


def _subject_words(doc: Doc, index: int) -> list[str]:
    """The content words written before token `index` in its clause, nearest first."""
    words = []
    for i in range(index - 1, -1, -1):
        token = doc[i]
        if token.text in CLAUSE_MARKS or token.lower_ in CLAUSE_OPENERS or token.is_space:
            break
        words.extend(part for part in token.lower_.split("-") if part.isalpha() and part not in STOP_WORDS)
    return words


def _names_wanted(words: Iterable[str], wanted: frozenset[str]) -> bool:
    words = list(words)
    return not words or any(word in wanted or word_lemma(word) in wanted for word in words)
