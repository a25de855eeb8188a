"""Readings of a modal of ability or leave that the words around it decide (asked by verbforms.py).

A dapa phrase (dapa ambe, dapa cari, dapa lia) after a modal of ability, with a person as subject, is
the person's act, not a passive. dapa + a verb is the passive (tu buku so dapa ambe -> buku itu sudah
diambil) or the ability to do it (nyanda dapa tidor -> tidak bisa tidur). After bisa, bole or sempat
the modal says the ability already, and a person before it is the doer (Mama bisa dapa ambe -> Ibu
bisa mengambil; kita nyanda sempat dapa cari -> saya tidak sempat mencari); a thing before it undergoes
the act (tu buku nyanda bisa dapa ambe -> buku itu tidak bisa diambil).

bole after baru opening its clause is the leave a condition met gives: 'boleh' (cuci tangan dulu, baru
bole makang -> baru boleh makan); a subject before baru makes it what one has only just become able
to do (dia baru bole bajalang -> baru bisa berjalan).
"""

from __future__ import annotations

from pipeline.gloss.clause_words import BEFORE_VERB_POS, PERSON_NOUNS

_ABILITY = frozenset({"bisa", "bole", "boleh", "sempat", "sampat"})
# words between a subject and its modal: aspect, negation, adverbs (so nyanda, le, masih)
_BETWEEN = frozenset({"so", "sudah", "le", "ley", "juga", "masih", "blum", "belum", "ja", "memang"})


def done_by_able_person(units: list, k: int) -> bool:
    """The dapa phrase at units[k] follows a modal of ability whose subject, past aspect words and
    negations, is a person (a pronoun or a person noun)."""
    at = k - 1
    if at < 1 or units[at].key not in _ABILITY or not units[at].joined:
        return False
    at -= 1
    while at > 0 and units[at].joined and (units[at].pos in BEFORE_VERB_POS or units[at].key in _BETWEEN) and (
            units[at - 1].joined):
        at -= 1
    subject = units[at]
    return subject.joined and (subject.pos == "pron" or subject.key in PERSON_NOUNS)


_THEN = frozenset({"baru"})


def then_allowed(units: list, k: int) -> bool:
    """bole at units[k] right after baru, which opens its clause (after a comma or the sentence start)."""
    prev = units[k - 1] if k > 0 else None
    return prev is not None and prev.key in _THEN and prev.joined and (k == 1 or not units[k - 2].joined)
