"""A code's description as a team writes it in NVivo: a sentence sending a matter to another code
describes that code, not this one.

An NVivo or MAXQDA codebook exported for a paper gives each code one Description paragraph: what
the code is, when a passage belongs to it, a few utterances in quotation marks, and often a
sentence about a neighbouring code: "Urusan izin ke pengadilan dikode pada Dispensasi kawin",
"Bandingkan dengan Rasa malu keluarga", "Compare with Stigma for ...". Its words (pengadilan,
izin) are the other code's matter; read as this code's definition, any two of them close together
proposed this code ("... ke pengadilan agama untuk minta izin" under the wedding's code).

A sentence, or a clause between semicolons, that names another code's label (or "kode itu") with
a word of sending or comparing ("dikode pada", "bandingkan", "lihat", "compare", "coded under"),
or speaks of "kode lain" ("sering datang bersama kode lain, seperti KB yang ditunda"), is left out of the definition the coder reads, as "(lihat ...)"
is (codebook_words.affirmed_text). A clause saying the matter is coded here too ("juga dikode di
sini", "kode ini") stays. The quoted utterances stay in the definition: their words, Manado Malay
pronouns and people included, are the evidence the dev halves show they give (taking them out as
`examples:` lowered nikah's interviews 0.681 -> 0.630; their words are the definition's already,
so as examples they add nothing). What the coder writes out keeps the codebook as written
(mnemonic_labels.as_read applies this).
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.coding.codebook_words import WORD
from pipeline.records.codebook import Code, Codebook

# a word sending a matter to another code, or comparing with it
_REFERRING = re.compile(r"\b(?:bandingkan|lihat|dikode\s+(?:pada|di|dalam|ke|sebagai)|masuk\s+(?:ke\s+)?kode|"
                        r"compare|see|cf\.?|coded\s+(?:under|as|in|to))\b", re.I)
_OTHER_CODE = re.compile(r"\bkode\s+lain\b|\b(?:another|other)\s+codes?\b", re.I)   # needs no referring word
_THAT_CODE = re.compile(r"\bkode\s+(?:itu|tersebut)\b|\bthat\s+code\b", re.I)
_HERE = re.compile(r"\b(?:di\s+sini|kode\s+ini|this\s+code|here)\b", re.I)
_CLAUSE_END = re.compile(r"(?<=[.!?;])\s+(?=\S)")


def refers_elsewhere(clause: str, others: tuple[str, ...]) -> bool:
    """Does `clause` speak of another code ("kode lain"), or send its matter to one or compare with
    one: a word of referring and one of `others` (the other codes' labels) or "kode itu" named? Not
    a clause saying the matter is coded here too ("juga dikode di sini")."""
    if _HERE.search(clause):
        return False
    if _OTHER_CODE.search(clause):
        return True
    if not _REFERRING.search(clause):
        return False
    folded = f" {' '.join(WORD.findall(clause.casefold()))} "
    return bool(_THAT_CODE.search(clause)) or any(
        f" {' '.join(WORD.findall(label.casefold()))} " in folded for label in others if WORD.search(label))


def own_matter(definition: str, others: tuple[str, ...]) -> str:
    """`definition` without its clauses about other codes (`refers_elsewhere`), as written when
    it has none."""
    clauses = _CLAUSE_END.split(definition)
    kept = [clause for clause in clauses if not refers_elsewhere(clause, others)]
    return definition if len(kept) == len(clauses) else " ".join(kept)


def as_described(codebook: Codebook) -> Codebook:
    """`codebook` with each definition's clauses about other codes left out; the same object when
    no definition has one."""
    labels = {code.id: code.label for code in codebook.codes}

    def code_of(code: Code) -> Code:
        definition = own_matter(code.definition, tuple(label for key, label in labels.items() if key != code.id))
        return code if definition == code.definition else dataclasses.replace(code, definition=definition)

    themes = tuple(dataclasses.replace(theme, categories=tuple(
        dataclasses.replace(category, codes=tuple(code_of(code) for code in category.codes))
        for category in theme.categories)) for theme in codebook.themes)
    if all(new is old for new, old in zip((c for t in themes for k in t.categories for c in k.codes), codebook.codes)):
        return codebook   # one codebook object, its compiled rules cached once
    return dataclasses.replace(codebook, themes=themes)
