"""The intimate register: Manado kita 'saya' is 'aku' where the speaker talks as a child to a parent
or tells the addressee of love.

Indonesian has two first-person registers: 'saya' to a stranger, an elder, a researcher (the default
of a gloss for interview quotations), 'aku' to those one is close to. Manado kita serves both. A
sentence opened by a child's address of a parent (Mama, kita so lapar) or one where kita loves, misses
or likes the addressee (kita sayang pa ngana) speaks in the close register, and its translation says
'aku' (own development references: aku in 5 of 5 such sentences, saya in none); a possessive kita
(kita pe rumah) is left 'saya', since the register would want the suffix -ku there.
"""

from __future__ import annotations

_PARENTS = frozenset({"mama", "papa", "mami", "papi", "mamak", "bapa"})
_AFFECTION = frozenset({"sayang", "cinta", "rindu", "kangen", "suka"})
_SECOND_PERSON = frozenset({"ngana", "nga", "ngoni", "ngana pe", "nga pe"})
_I = frozenset({"kita", "kt"})
_SENTENCE_ENDS = frozenset(".!?")


def speak_intimately(units: list) -> None:
    """Turn the speaker's 'saya' into 'aku' in each sentence of `units` spoken in the close register."""
    start = 0
    for end, unit in enumerate(units):
        if _SENTENCE_ENDS.isdisjoint(unit.glue) and end + 1 < len(units):
            continue
        sentence, start = units[start:end + 1], end + 1
        if _close(sentence):
            by_position = {u.first: u for u in sentence}
            for u in sentence:
                owner = by_position.get(u.first + 1)
                if u.key in _I and u.ind.lower() == "saya" and not (owner is not None and owner.key == "pe"):
                    u.ind = "Aku" if u.ind[0].isupper() else "aku"


def _close(sentence: list) -> bool:
    """A child's address of a parent opens it, or the speaker's affection reaches a second person."""
    ordered = sorted(sentence, key=lambda u: u.first)
    if ordered and ordered[0].key in _PARENTS and not ordered[0].joined and len(ordered) > 1:
        return True
    for i, u in enumerate(ordered):
        if u.key in _AFFECTION and any(w.key in _I for w in ordered[:i]) and any(
                w.key in _SECOND_PERSON for w in ordered[i + 1:]):
            return True
    return False
