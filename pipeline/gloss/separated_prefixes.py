"""ba and ta written apart from the word they prefix (ba urus -> mengurus, ta tipu -> tertipu).

Manado writers often write the verbal prefixes ba- (ber-/meN-) and ta- (ter-) as words of their own;
the word-pair rule that joins them to the next word, kept apart from translate.py's dispatcher:
  ba + V/N   the lexicon's word written together (ba jual -> bajual 'berjualan'), else the active
             form (ba urus -> mengurus), ber- only for a noun (ba asap -> berasap)
  ta + V/A   the lexicon's word written together (ta kupas -> terkelupas), else ter- (ta tipu ->
             tertipu) or the state itself (ta robe -> robek)
  ta         the short kita 'saya' before a clause of its own (ta so musti pulang)
"""

from __future__ import annotations

from pipeline.gloss.causatives import given_thing
from pipeline.gloss.clause_words import CHANGES_OF_STATE, short_kita
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.possessives import NOT_POSSESSED
from pipeline.gloss.units import Unit


def join_prefix(units: list[Unit], k: int, u: Unit, nxt: Unit | None, vocabulary: IndonesianVocabulary,
                written_together: dict[tuple[str, str], str]) -> None:
    """Join the ba or ta at units[k] (`u`) to `nxt`, in place: u says nothing of its own after it."""
    key = u.key
    base = nxt.root or (nxt.ind if key == "ba" and " " not in nxt.ind else "") if nxt is not None else ""
    u.ind = ""  # never a bare ber/ter (ba lewat)
    if key == "ta" and short_kita(units, k, lambda unit: given_thing(unit, vocabulary)):
        u.ind, u.gloss = "saya", ("1SG",)  # ta so musti pulang, waktu ta cuci piring: short kita
    elif base and nxt.pos not in NOT_POSSESSED:  # ba + noun: ba asap -> berasap, ba rapat -> rapat
        if (key, nxt.key) in written_together:
            nxt.ind = written_together[key, nxt.key]
            u.gloss = ("ter",) if key == "ta" else ("ber" if nxt.ind.startswith("be") else "meN",)
        elif key == "ba":
            form = nxt.pos == "adj" and vocabulary.moving(base) or vocabulary.active(base)
            if form and not nxt.root and not form.startswith("be"):
                form = None  # a noun takes ber- only (ba asap -> berasap; ba ribut -> ribut)
            u.gloss = ("ber" if form and form.startswith("be") else "meN",)
            nxt.ind = form or base
        else:
            u.gloss = ("ter",)
            state = nxt.pos == "adj" or nxt.root in CHANGES_OF_STATE
            nxt.ind = vocabulary.ter_form(nxt.root, nxt.ind, state)  # ta tipu -> tertipu, ta robe -> robek
