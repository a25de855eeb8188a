"""A label written as a whole claim about its subject: what it affirms and what it denies.

Assertion codebooks (a thesis's first cycle: "1.3 Obat dibawa pulang dan tidak diminum") write each
label as a sentence. Two shapes of such a claim hold a negator without naming a missing thing:

* an act told, then what it leaves undone ("Obat dibawa pulang dan tidak diminum", "Kader datang
  tetapi tidak menimbang"): the act decides, as the first alternative of "Menunda atau tidak
  memakai KB" does (negation.is_negative_label), so the code's words count where affirmed;
* a subject named before the negator ("Warga tidak ada di rumah saat kader datang", "Kelompok
  tertentu tidak diberi obat"): the claim is about its subject, and the researcher's keywords that
  repeat no word of the label say who or where ("kebun", "melaut"; "hamil", "bawah dua tahun"), told
  affirmed, as a hardship's signs are (negation.names_inability; keywords._names_signs).
"""

from __future__ import annotations

from pipeline.coding.lemmas import prefixed_verb
from pipeline.coding.negation import NEGATORS, WITHOUT

_STATE = "ter"   # a ter- word in a subject is a state of it ("Kelompok tertentu", "Desa terpencil")
# conjunctions joining a label's act to what it leaves undone ("dan tidak", "tetapi belum")
_THEN = frozenset({"dan", "tapi", "tetapi", "namun", "lalu", "kemudian"})


def acts_then_leaves_undone(label_norms: list[str]) -> bool:
    """Does the label tell an act, with no negator, then a conjunction and a negator ("... dibawa
    pulang dan tidak diminum")? Its act holds a verb: "Kader dan bidan tidak datang" names no act first."""
    for i, (norm, after) in enumerate(zip(label_norms, label_norms[1:])):
        if norm in NEGATORS:
            return False
        if norm in _THEN and after in NEGATORS:
            return any(prefixed_verb(word) for word in label_norms[:i])
    return False


def denied_of_its_subject(label_norms: list[str]) -> bool:
    """Does the label name its subject, no verb, before a negator that denies its predicate
    ("Warga tidak ada di rumah ...", "Kelompok tertentu tidak diberi obat")? Not "tanpa" (what a thing is done without is what is missing),
    nor a negator after a conjunction: "Jarak jauh dan tidak ada transportasi" joins two hardships, the second a
    missing thing."""
    for i, norm in enumerate(label_norms):
        if norm in NEGATORS:
            return i > 0 and norm != WITHOUT
        if norm in _THEN:
            return False
        if prefixed_verb(norm) and not norm.startswith(_STATE) or not norm.isalpha():
            return False
    return False
