"""A label's number is its place in the codebook, not a word of it.

Many Indonesian theses number a first-cycle codebook by place: themes "1. ...", categories
"1.A ...", codes "1.1 Warga takut efek samping obat". The rules read a label's words by their
order ("Menutup tambang tanpa izin": an act opening the label, then what it is done without),
and a leading "2.1" would be read as its first word ("2.1 Menutup tambang tanpa izin" became a
code of an absence). The coder reads every label without its number (`unnumbered`); what it
writes out keeps the label as written.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.records.codebook import Codebook

# a place number opening a label: digits or one capital letter or a roman numeral, joined by dots
# ("1.", "1.1", "2.A", "A.1", "III."), at least one dot, then a space; "2 kali ANC" keeps its count
_NUMBER = re.compile(r"^\s*(?=[0-9A-Z]*(?:\.[0-9A-Za-z]+)*\.?\s)(?:\d+|[A-Z]|[IVX]+)(?:\.(?:\d+|[A-Za-z]))*\.?\s+(?=\S)")
_DOTTED = re.compile(r"^\s*\S*\.")


def without_number(label: str) -> str:
    """`label` without the place number it opens with, if any ("2.1 Kader ..." -> "Kader ...")."""
    match = _NUMBER.match(label)
    return label[match.end():] if match and _DOTTED.match(match[0]) else label


def unnumbered(codebook: Codebook) -> Codebook:
    """`codebook` with its codes' labels (and English labels) read without their place numbers;
    the same object when none is numbered."""
    if not any(without_number(code.label) != code.label for code in codebook.codes):
        return codebook

    def code_of(code):
        return dataclasses.replace(code, label=without_number(code.label),
                                   label_en=without_number(code.label_en) if code.label_en else code.label_en)

    themes = tuple(dataclasses.replace(theme, categories=tuple(
        dataclasses.replace(category, codes=tuple(code_of(code) for code in category.codes))
        for category in theme.categories)) for theme in codebook.themes)
    return dataclasses.replace(codebook, themes=themes)
