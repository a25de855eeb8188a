"""A mnemonic code name ("TRANS_KAPAL", "INS-TELAT") read as the words it abbreviates.

NVivo and MAXQDA users often name codes to sort them: an UPPERCASE label of parts joined by
hyphens or underscores, the first a short form of its category ("TRANS" of "TRANSPORTASI"). The
rules read a label's words, and "trans_kapal" is no word of any text. The coder reads such a label
as its parts in plain case, a part expanded only where the category's label or the code's own
definition says what it stands for: a prefix of one of their words ("INS": insentif) or the initials
of consecutive words ("SDM": sumber daya manusia). A part with no vowel that nothing expands is an
acronym and keeps its capitals ("PPPK"); the others are ordinary words, matched in any case ("KAPAL":
kapal). What the coder writes out keeps the label as written (numbered_labels.py does the same for
a label's place number; `as_read` applies both, and code_descriptions.py's reading of a
description's sentences about other codes).
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.coding.code_descriptions import as_described
from pipeline.coding.numbered_labels import unnumbered
from pipeline.records.codebook import Codebook

# parts of letters and digits joined by underscores (any case), or by hyphens in capitals:
# "Gotong-royong" and "anak-anak" are words of their own
_JOINED = re.compile(r"^[^\W_]+(?:[-_][^\W_]+)+$")
_TEXT_WORD = re.compile(r"[^\W\d_]+")
_VOWEL = re.compile(r"[aeiouAEIOU]")
_SHORTEST_PREFIX = 2
# a longer part is a word of its own unless its category's label spells it out: "SENDIRI" is not
# short for the definition's "sendirian"
_LONGEST_DEFINED = 4


def is_mnemonic(label: str, category: str, sort_prefix: bool = False) -> bool:
    """Whether `label` is a mnemonic code name: joined parts, not a reduplication, by underscores
    (no text writes a word so), or by hyphens in capitals after a first part that is its category,
    short for it, or (`sort_prefix`) the part every code of its category opens with ("BBM-LANGKA",
    "BBM-MAHAL" under "Bahan bakar"); "COVID-19", "TB-HIV" under "Pencegahan" are terms of their own."""
    label = label.strip()
    if not _JOINED.match(label):
        return False
    parts = re.split(r"[-_]", label)
    if len({part.casefold() for part in parts}) < len(parts):
        return False   # "ANAK-ANAK": a reduplicated word
    if "_" in label:
        return True
    grouping = [word.casefold() for word in _TEXT_WORD.findall(category)]
    return label == label.upper() and (sort_prefix or parts[0].casefold() in grouping
                                       or _expansion(parts[0], grouping) is not None)


def sorted_by_prefix(labels: list[str]) -> bool:
    """Do two or more code labels all open with one capital part before a hyphen (a sort prefix)?"""
    firsts = {label.strip().split("-", 1)[0] if "-" in label else None for label in labels}
    return len(labels) > 1 and len(firsts) == 1 and None not in firsts


def _expansion(part: str, words: list[str]) -> str | None:
    """The word or words of `words` that `part` abbreviates: a prefix of a word or the initials of
    consecutive words; None when none does."""
    short = part.casefold()
    lowered = [w.casefold() for w in words]
    if len(short) >= _SHORTEST_PREFIX:
        for word in lowered:
            if word.startswith(short) and len(word) > len(short):
                return word
    if len(short) >= 2:
        for start in range(len(lowered) - len(short) + 1):
            run = lowered[start:start + len(short)]
            if "".join(w[0] for w in run) == short:
                return " ".join(run)
    return None


def spelled_out(label: str, category: str = "", definition: str = "", sort_prefix: bool = False) -> str:
    """`label` as its words when it is a mnemonic code name ("INS-TELAT" under "INSENTIF" ->
    "Insentif telat"); otherwise `label` unchanged."""
    if not is_mnemonic(label, category, sort_prefix):
        return label
    grouping, defining = _TEXT_WORD.findall(category), _TEXT_WORD.findall(definition)
    read = []
    for part in re.split(r"[-_]", label.strip()):
        expanded = _expansion(part, grouping) or (
            _expansion(part, defining) if len(part) <= _LONGEST_DEFINED or not _VOWEL.search(part) else None)
        if expanded:
            read.append(expanded)
        elif _VOWEL.search(part) or part.isdigit():
            read.append(part.casefold())
        else:
            read.append(part.upper())   # an acronym the codebook does not spell out
    text = " ".join(read)
    return text[:1].upper() + text[1:]


def as_read(codebook: Codebook) -> Codebook:
    """`codebook` as the coder reads its labels: without place numbers, mnemonic names spelled out,
    no sentence about another code in a definition (code_descriptions.py); the same object when
    none of these applies."""
    codebook = as_described(unnumbered(codebook))
    prefixed = {(theme.id, category.id): sorted_by_prefix([code.label for code in category.codes])
                for theme in codebook.themes for category in theme.categories}
    if not any(is_mnemonic(code.label, category.label, prefixed[theme.id, category.id]) for theme in codebook.themes
               for category in theme.categories for code in category.codes):
        return codebook
    themes = tuple(dataclasses.replace(theme, categories=tuple(
        dataclasses.replace(category, label=spelled_out(category.label, theme.label), codes=tuple(
            dataclasses.replace(code, label=spelled_out(code.label, category.label, code.definition,
                                                        prefixed[theme.id, category.id]))
            for code in category.codes))
        for category in theme.categories)) for theme in codebook.themes)
    return dataclasses.replace(codebook, themes=themes)
