"""*sendiri* right after a person (a pronoun, a title) and before what she does stresses who ("dia sendiri yang bilang",
"kita sendiri nyanda minta untung": she herself, we ourselves), the reflexive intensifier of
Indonesian and Manado Malay; it says no one is alone. A code about working or living alone takes
*sendiri* after a verb ("jaga sendiri", "tinggal sendiri") or closing what is said of a person
("Malam-malam kita sendiri, ...", "kita sendiri di Pustu"), never the emphatic one, nor *sendiri*
closing the object of a preposition, which says whose ("untuk anak kampung sendiri": their own;
"baku bilang deng torang sendiri": among ourselves) (read by rules.py).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.coding.pronouns import PRONOUNS
from pipeline.person_words import TITLES

SELF = frozenset({"sendiri", "sandiri"})
# who *sendiri* may stress: a pronoun, or a title standing for one ("Pak sendiri berasal dari mana?")
PERSONS = PRONOUNS | frozenset(title for title in TITLES if " " not in title)
# after a predicative sendiri: where the person is alone, or only ("kita sendiri di Pustu", "dia sendiri saja")
ALONE_AFTER = frozenset({"di", "ka", "ke", "dalam", "saja", "jo", "aja", "sa", "terus", "tanpa", "tiap", "setiap", "sampai",
                         "sampe", "dari", "sejak"})

# prepositions whose object *sendiri* closes as its owner's own ("dari kantong sendiri") or as a reflexive
OBJECT_OF = frozenset({"untuk", "for", "buat", "bagi", "deng", "dengan", "sama", "pa", "kepada", "dari"})
OBJECT_WORDS = 3    # the words of such an object before *sendiri*, at most


def emphatic_selves(doc: Doc) -> set[int]:
    """The positions of the emphatic *sendiri* (after a pronoun, before the rest of its clause) and of
    the one closing a preposition's object."""
    return {i for i in range(1, len(doc)) if doc[i].lower_ in SELF and (_stressing(doc, i) or _closing_object(doc, i))}


def _stressing(doc: Doc, i: int) -> bool:
    return doc[i - 1].lower_ in PERSONS and i + 1 < len(doc) and not doc[i + 1].is_punct \
        and doc[i + 1].lower_ not in ALONE_AFTER


def _closing_object(doc: Doc, i: int) -> bool:
    for j in range(i - 1, max(i - 1 - OBJECT_WORDS, -1), -1):
        if doc[j].is_punct:
            return False
        if doc[j].lower_ in OBJECT_OF:
            return j < i - 1
    return False
