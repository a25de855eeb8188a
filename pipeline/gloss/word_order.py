"""Manado Malay evidence from word order, for segments whose words all look Indonesian.

Some Manado sentences use only words Indonesian shares ("Ini hari hari Sabtu.", "Kirim kita pulsa
dulu."), so word evidence calls them Indonesian. Two orders say Manado Malay where Indonesian
grammar does not allow them:
- the demonstrative before its time noun closing a clause or before a second 'hari' (ini hari =
  'hari ini'): Indonesian puts ini after the noun, and 'ini hari' opens a predicate there (Ini hari
  pertama saya) that neither a clause end nor another 'hari' can be;
- a bare verb, then kita/torang, then a thing (kirim kita pulsa): Indonesian marks the one a thing
  is given or sent to on the verb (kirimi, belikan); only the verbs of giving take two objects bare
  (kasih kami waktu, beri kami kekuatan), so they say nothing;
- ada before a bare -kan/-i verb (pendeta ada umumkan): Manado ada marks the act's aspect, while
  Indonesian puts no ada before a verb of that form (ada yang mengumumkan);
- gigi after an animal that bites or a word that opens a predicate (anjing suka gigi orang):
  Indonesian bites with gigit, and gigi there can only be the Manado verb.
"""

from __future__ import annotations

from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.senses import BEFORE_BITING, BITERS
from pipeline.gloss.tokens import is_clause_internal

_DEMONSTRATIVES = frozenset({"ini", "ni"})
_DAY = "hari"
_RECIPIENTS = frozenset({"kita", "torang"})
_BARE_GIVING = frozenset({"kasih", "kase", "beri", "bagi", "kaseh"})  # two bare objects in Indonesian too
_THING_POS = frozenset({"n", "acr"})
_ADA = "ada"
_BITE = "gigi"
_NOUN_OPENER = "yang"  # yang gigi susunya tanggal: a tooth


def order_evidence(types: list, glues: list[str], vocabulary: IndonesianVocabulary) -> float:
    """Manado evidence (one per order found) in a segment's word types; `glues` follow each word."""
    found = 0.0
    last = len(types) - 1
    for k, word_type in enumerate(types[:-1]):
        if not is_clause_internal(glues[k]):
            continue
        lower = word_type.lower
        if lower == _ADA:
            found += 1.0 if vocabulary.is_suffixed_verb(types[k + 1].lower) else 0.0
        elif types[k + 1].lower == _BITE and (lower in BITERS or lower in BEFORE_BITING and lower != _NOUN_OPENER):
            found += 1.0
        elif lower in _DEMONSTRATIVES:
            if types[k + 1].lower == _DAY and (k + 1 == last or not is_clause_internal(glues[k + 1]) or (
                    types[k + 2].lower == _DAY)):
                found += 1.0
        elif types[k + 1].lower in _RECIPIENTS and k + 1 < last and is_clause_internal(glues[k + 1]) and (
                word_type.pos == "v" and word_type.root in ("", lower) and lower not in _BARE_GIVING
                and types[k + 2].pos in _THING_POS):
            found += 1.0
    return found

