"""A kin term written with a capital inside a sentence names one person, as a name does: Indonesian keeps it.

Indonesian spelling capitalises a kin term used to address or refer to a particular person (PUEBI:
"Kapan Bapak berangkat?"), and Manado writers do the same (Jang kase tau Papa e; Sapa yang jaga Oma?).
Mama, papa, oma and opa are Indonesian words too (KBBI), and a family speaking of its own Mama or Opa
keeps the word it calls them by: own references keep it 23 of 25 times where the source capitalises
it inside a sentence, against ibu, ayah, nenek, kakek for the lower-case kin noun (kita pe mama ->
ibu saya). A capital opening a sentence says nothing (every first word has one), so those stay the
lexicon's noun, and so does a term alone between commas or a comma and the sentence's end, the one
spoken to (Slamat ulang taong, Oma!: references split Nenek and Oma), which address.py may shorten (Ma).
"""

from __future__ import annotations

from pipeline.gloss.clause_words import SENTENCE_END

# Kin terms whose Manado word is itself Indonesian, as KBBI lists them, though the lexicon gives the
# plain kin noun (tanta/om stay: own references split between tante/om and bibi/paman by speaker).
NAMING_KIN = frozenset({"mama", "papa", "oma", "opa"})


def keep_named_kin(units: list, leading: str = "") -> None:
    """In place, on units in source order: a capitalised kin term inside its sentence keeps its word."""
    for k, u in enumerate(units):
        if u.key not in NAMING_KIN or not u.upper:
            continue
        if k == 0 or SENTENCE_END & set(units[k - 1].glue):
            continue
        if units[k - 1].joined or u.joined:
            u.ind = u.key
