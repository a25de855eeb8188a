"""A kin term written with a capital inside a sentence names one person, as a name does: Indonesian keeps it.

Indonesian spelling capitalises a kin term used to address or refer to a particular person (PUEBI:
"Kapan Bapak berangkat?"), and Manado writers do the same (Jang kase tau Papa e; Sapa yang jaga Oma?).
Mama, papa, oma and opa are Indonesian words too (KBBI), and a family speaking of its own Mama or Opa
keeps the word it calls them by: own references keep it 23 of 25 times where the source capitalises
it inside a sentence, against ibu, ayah, nenek, kakek for the lower-case kin noun (kita pe mama ->
ibu saya). A capital opening a sentence says nothing (every first word has one), so those stay the
lexicon's noun, and so does a term alone between commas or a comma and the sentence's end, the one
spoken to (Slamat ulang taong, Oma!: references split Nenek and Oma), which address.py may shorten (Ma),
and one paired by deng with such an opening term (Mama deng Papa: Ibu dan Ayah, one pair read alike), and
one after a possessive (kita pe Opa -> kakek saya): a name takes no owner, the kin noun does.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import SENTENCE_END

# Kin terms whose Manado word is itself Indonesian, as KBBI lists them, though the lexicon gives the
# plain kin noun (tanta/om are always the loans tante/om: senses.py).
NAMING_KIN = frozenset({"mama", "papa", "oma", "opa"})


def keep_named_kin(units: list) -> None:
    """In place, on units in source order: a capitalised kin term inside its sentence keeps its word."""
    for k, u in enumerate(units):
        if u.key not in NAMING_KIN or not u.upper:
            continue
        if k == 0 or SENTENCE_END & set(units[k - 1].glue):
            continue
        if units[k - 1].pos == "poss":
            continue  # kita pe Opa -> kakek saya: owned, a kin noun, as no name is
        if _paired_with_opening(units, k):
            continue  # Mama deng Papa so pulang -> Ibu dan Ayah: one pair, read as the first of it
        if units[k - 1].joined or u.joined:
            u.ind = u.key


# Words that join two kin terms into one pair (Opa deng Oma).
_AND = frozenset({"deng", "dan", "dengan", "sama"})


def _paired_with_opening(units: list, k: int) -> bool:
    """units[k] is joined by 'and' to a kin term opening its sentence, which keeps the lexicon's noun."""
    if k < 2 or units[k - 1].key not in _AND or units[k - 2].key not in NAMING_KIN:
        return False
    return k == 2 or SENTENCE_END & set(units[k - 3].glue)


# A kin term opening its sentence before a comma, the one addressed (Ma is address.py's short mama), and
# the word Indonesian calls a mother or father by when it names them to their face.
_ADDRESS = {"ma": "mama", "mama": "mama", "papa": "papa", "oma": "oma", "opa": "opa"}
_CALLED = {"mama": "Mama", "papa": "Papa"}


def name_the_addressed(units: list) -> None:
    """In place, after address.py: the kin term a sentence opens by addressing, said again later in it
    with no owner, is the one addressed in the second person, which Indonesian capitalises (PUEBI: Kapan
    Bapak berangkat?), a mother or father by the family's word: Ma, kita mo pi pasar, mama mo titip apa?
    -> ..., Mama mau titip apa?; Oma, dulu oma tinggal di mana? -> ..., dulu Nenek ... (own references 4 of
    4). An owned one is someone else's (Mama, ngana pe mama so pulang? -> ibumu)."""
    addressed = None
    for k, u in enumerate(units):
        if k == 0 or SENTENCE_END & set(units[k - 1].glue):
            addressed = _ADDRESS.get(u.key) if "," in u.glue else None
        elif addressed == u.key and not u.upper and units[k - 1].pos != "poss" and u.ind:
            u.ind = _CALLED.get(u.key, u.ind[:1].upper() + u.ind[1:])
