"""A subject pronoun that closes its sentence after a fronted predicate of several words comes first.

Manado Malay puts the predicate first to focus it and the subject pronoun last (Stoel 2005 ch. 4;
the language-learning pages' own translations put it first: "Dia kuat banget" for Pe kuat dia eh,
"aku tidak mau pergi" for nimau pigi kita). Indonesian keeps subject-predicate:
  nimau pigi kita      -> saya tidak mau pergi
  So pulang dia e.     -> Dia sudah pulang ya.
  da bamakang ley dia  -> dia makan juga
pronouns.py moves a pronoun right after a one-word state (Nintau kita); this module moves one after
a longer predicate made only of aspect, modal and negation words, also-words, adverbs, adjectives
and verbs that take no object. After a verb that takes one the pronoun is its object (Dapa lia
ngana, tanya dia), and a predicate with a noun or a preposition in it is left as it stands.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import ALSO, CLOSING_SUBJECTS, CONDITION, INTRANSITIVE_AFTER_DAPA, SENTENCE_END, WHEN
from pipeline.gloss.particles import TAGS  # a closing tag may follow the pronoun
from pipeline.gloss.graded_pe import degree_follows

_PREDICATE_POS = frozenset({"aux", "neg", "adj", "adv"})
# Indonesian modal and aspect words the lexicon leaves untagged (nyanda mau pigi kita)
_MODALS = frozenset({"mau", "bisa", "harus", "boleh", "ingin", "pernah", "masih", "sudah", "belum", "baru", "juga",
                     "lagi", "tidak"})
# Words opening a clause that may precede the main clause (kalu ujang, waktu pulang, biar capek)
_FRONTED = CONDITION | WHEN | {"biar", "biarpun", "walaupun", "meskipun"}
# Verbs that take no object; not those a pronoun after may still complement: iko dia 'follow him',
# tinggal dia 'only he is left', sampe dia 'until he', lewat dia 'through him'
_NO_OBJECT = INTRANSITIVE_AFTER_DAPA - {"iko", "ikut", "tinggal", "sampe", "lewat"}


def front_subjects(units: list) -> bool:
    """Move each subject pronoun that closes its sentence after a fronted predicate to the
    sentence's start; True when one moved."""
    moved = False
    for k in range(2, len(units)):
        if units[k].key in CLOSING_SUBJECTS and units[k].pos == "pron" and _closes_sentence(units, k):
            start = _predicate_start(units, k)
            if start >= 0:
                if units[start].key == "pe":
                    _grade(units, start)  # Pe kuat dia e. -> Dia kuat sekali ya.
                move_first(units, k, start)
                moved = True
    return moved


def _closes_sentence(units: list, k: int) -> bool:
    at = k
    while at + 1 < len(units) and units[at].joined and units[at + 1].key in TAGS:
        at += 1
    return at == len(units) - 1 or bool(SENTENCE_END & set(units[at].glue))


def _predicate_start(units: list, k: int) -> int:
    """Where the sentence opens, when all of units[start:k] is a predicate of two or more words
    with an adjective, a verb that takes no object or a negated state in it; else -1."""
    start = k
    while start > 0 and units[start - 1].joined:
        start -= 1
    if k - start < 2 or not _opens_sentence(units, start):
        return -1
    words = units[start:k]
    if words[0].key == "pe" and words[1].pos == "adj":
        words = words[1:]  # pe with no owner grades the adjective after it
    if not all(_in_predicate(unit) for unit in words):
        return -1
    head = any(unit.pos == "adj" or unit.pos == "v" or unit.pos == "neg" and " " in unit.ind for unit in words)
    return start if head else -1


def _grade(units: list, start: int) -> None:
    """The opening pe with no owner as the degree it says, so the pronoun moved before it owns nothing."""
    pe, adjective = units[start], units[start + 1]
    pe.ind, pe.pos = "", "ptc"
    if not degree_follows(units, start + 2):
        adjective.ind += " sekali"


def _opens_sentence(units: list, start: int) -> bool:
    """units[start] opens a sentence, follows a one-word interjection (oda, nimau pigi kita) or opens the
    main clause after a fronted clause of condition or time (Kalu ujang, mo basah dorang)."""
    if start == 0 or SENTENCE_END & set(units[start - 1].glue):
        return True
    before = start - 1
    if "," in units[before].glue and _fronted_clause(units, before):
        return True
    return units[before].pos == "interj" and (before == 0 or bool(SENTENCE_END & set(units[before - 1].glue)))


def _fronted_clause(units: list, end: int) -> bool:
    """units[..end] is a clause of condition or time that opens its sentence (Kalu nga seciri, ...)."""
    at = end
    while at > 0 and not SENTENCE_END & set(units[at - 1].glue):
        if "," in units[at - 1].glue:
            return False
        at -= 1
    return units[at].key in _FRONTED


def _in_predicate(unit) -> bool:
    if unit.pos in _PREDICATE_POS or unit.key in ALSO or unit.pos == "" and unit.key in _MODALS:
        return bool(unit.ind) or unit.key == "da"  # da before a past act is dropped
    if unit.pos != "v" or " " in unit.key:
        return False
    return unit.key in _NO_OBJECT or unit.key.startswith("ba") and not unit.ind.startswith("me")


def move_first(units: list, k: int, start: int) -> None:
    """Move the subject pronoun at units[k] to `start`, where its sentence opens; the opening capital goes
    with it (also pronouns.decide_we's move past a one-word state)."""
    pronoun, first = units[k], units[start]
    pronoun.swap_glue(units[k - 1])  # the predicate's last word now closes the sentence
    del units[k]
    units.insert(start, pronoun)
    pronoun.cap, first.cap = first.cap or first.ind[:1].isupper(), False
    for unit in units[start + 1:k + 1]:
        if unit.ind[:1].isupper() and not unit.ind.isupper():
            unit.ind = unit.ind[0].lower() + unit.ind[1:]  # a predicate word never names: its capital opened the sentence
            break
