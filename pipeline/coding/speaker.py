"""An informant says "saya", not their role: the first person stands for the role's head word.

A midwife telling "dukun bawa ibu ke saya" names the midwife and the birth attendant together,
as "dukun bawa ibu ke bidan" would; a birth attendant saying "saya panggil bidan" does too. The
informant's role (informants.csv, "Bidan desa", "Dukun bayi (biang kampung)") names who "saya",
"aku" and "kami" are; the codebook terms its first word begins (`head_terms`) may fill one word
of a rule of several words, never all of them, so a role word that is a keyword by itself
("mertua") is not found in every sentence its holder speaks.
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipeline.coding.codebook_words import word_lemma
from pipeline.coding.spans import Occurrence, term_text
from pipeline.coding.specificity import names_role

FIRST_PERSON = frozenset({"saya", "aku", "kami"})   # Manado kita, torang: their translation says these
SPEAKER_TAG = "the informant"   # evidence where the first person stood for the informant's role


def head_terms(occ: dict[str, list[Occurrence]], label_lemmas: frozenset[str]) -> frozenset[str]:
    """The terms of a role's description that begin at its first word ("Dukun bayi": dukun) and
    name a work role or a word of a code's label (`label_lemmas`): a patient, an older person, a
    relative no label names, is no party to what a code says."""
    return frozenset(term for term, spans in occ.items() if any(start == 0 for start, _ in spans)
                     and (names_role(term) or word_lemma(term_text(term).casefold()) in label_lemmas))


def first_person(doc: Doc) -> tuple[Occurrence, ...]:
    """Where `doc` says "saya", "aku" or "kami" as a person, not as the possessor after a noun
    ("di alat kami", "catatan saya"): first in its clause or after a function word ("ke saya")."""
    return tuple((token.i, token.i + 1) for token in doc if token.lower_ in FIRST_PERSON
                 and (token.i == 0 or not doc[token.i - 1].is_alpha or doc[token.i - 1].lower_ in STOP_WORDS))


def as_speaker(occ: dict[str, list[Occurrence]], speaker: frozenset[str],
               spans: tuple[Occurrence, ...]) -> dict[str, list[Occurrence]]:
    """`occ` with the first person's `spans` as occurrences of the `speaker` terms too."""
    found = dict(occ)
    for term in speaker:
        found[term] = sorted(set(found.get(term, ())) | set(spans))
    return found


def only_the_speaker(picks: list[Occurrence], spans: tuple[Occurrence, ...]) -> bool:
    """Does a rule's evidence hold nothing but the first person?"""
    return all(pick in spans for pick in picks)
