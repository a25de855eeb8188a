"""Codes that can never be coded: no keywords, no rules, and a label and definition with no word of evidence.

A researcher may write `keywords: []` for a code found from its label, definition and examples. A
catch-all label ("Lainnya", "Other") and a definition of function words ("Hal lain di luar kode di
atas") give such a code no rule with a word of its own (keywords.keyword_rules leaves it only the
yes to a question naming it, which no question can): it is never proposed. The run says so once,
naming each such code, instead of leaving the researcher to find it missing from every table.
"""

from __future__ import annotations

from pipeline.coding.keyword_rule import ANSWER
from pipeline.coding.keywords import keyword_rules
from pipeline.records.codebook import Code, Codebook
from pipeline.wording import plural_form, quantity


def evidenceless_codes(codebook: Codebook) -> list[Code]:
    """The codes without keywords, rules or examples whose label and definition give no evidence."""
    return [code for code in codebook.codes
            if not code.keywords and not code.rules and not any(example.strip() for example in code.examples)
            and all(rule.kind == ANSWER for rule in keyword_rules(code, codebook))]


def evidenceless_codes_warning(codebook: Codebook) -> list[str]:
    """One warning naming every code that can never be coded; none when there is none."""
    codes = evidenceless_codes(codebook)
    if not codes:
        return []
    listed = "; ".join(f"{code.id} ('{code.label}')" for code in codes)
    return [f"{quantity(len(codes), 'code')} of the codebook {plural_form(len(codes), 'has', 'have')} no keywords "
            f"and no word of evidence in {plural_form(len(codes), 'its', 'their')} label and definition, so "
            f"{plural_form(len(codes), 'it is', 'they are')} never coded: {listed}. Give each keywords (the words "
            "the transcripts use for it), or a label or definition that names what it is about "
            "(codebooks/README.md, 'A minimal codebook')"]
