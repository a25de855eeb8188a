"""An Indonesian verb the lexicon leaves untagged, after a person as its subject: the subject's act.

The lexicon tags the Manado verbs; a root shared with Indonesian (tabrak, pasang, suap, kuras) comes in
untagged, and the active-voice rule (predicates.py) reads it only after da or a fronted thing. After a
pronoun, a person or a name opening the clause, past aspect words, modals, negation and adverbs, it is
what that person does to the object that follows, and takes meN- as a tagged verb does (kita tabrak
pagar -> saya menabrak pagar; torang so pasang tenda -> kami sudah memasang tenda). The object and the
request readings stay predicates._active_voice's; here only who does it is decided.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import BETWEEN_SUBJECT_AND_VERB, asks_who, subject_person
from pipeline.gloss.objectless_acts import BARE_WITHOUT_OBJECT

# Verbs Indonesian keeps bare after a subject: before another verb (sempat, turut), of thinking (kira,
# sangka) or hoping (harap, before the clause hoped), states known or noticed (hafal, sadar), titip, the
# colloquial 'leave with someone' the references keep (mau titip apa), tunduk, whose meN- form takes no
# object (tunduk kapala), and the perceiving and knowing verbs objectless_acts.py keeps bare with no object (kenal).
BARE_AFTER_SUBJECT = BARE_WITHOUT_OBJECT | frozenset({"sempat", "turut", "kira", "sangka", "harap", "hafal", "sadar",
                                                     "titip", "tunduk"})
# A negation may stand between subject and verb alone or with a modal (nimau 'tidak mau'); a word
# of its own after it is the verb (nintau 'tidak tahu' soal ...: soal is no act).
_NEGATED_MODALS = frozenset({"tidak", "belum", "mau", "bisa", "boleh", "pernah"})
_BETWEEN_POS = frozenset({"aux", "adv"})


def done_by_subject(units: list, k: int) -> bool:
    """The untagged verb root at units[k] follows a person opening its clause, with only aspect
    words, modals, negations or adverbs between them (kita ampir tabrak, dorang so pasang), or the
    sapa yang opening it that asks who did it."""
    if units[k].root in BARE_AFTER_SUBJECT or not units[k].joined:
        return False
    at = k - 1
    while at >= 0 and units[at].joined and _between(units[at]):
        at -= 1
    if at > 0 and units[at].key == "yang" and units[at - 1].joined:
        return asks_who(units, at - 1)  # Sapa yang cabu tu patok? -> Siapa yang mencabut patok itu?
    if at < 0 or not units[at].joined or not subject_person(units[at]) or units[at].key in ("itu", "ini"):
        return False
    return at == 0 or not units[at - 1].joined or units[at - 1].pos == "conj"


def _between(unit) -> bool:
    """A word that may stand between a subject and its verb: aspect, modal, negation, adverb."""
    if unit.pos == "neg":
        return unit.ind.rpartition(" ")[2] in _NEGATED_MODALS
    return unit.key in BETWEEN_SUBJECT_AND_VERB or unit.pos in _BETWEEN_POS
