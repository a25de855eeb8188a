"""A plan's list item that no rule codes, read with its heading as an answer with its question.

A plan names a strategy in a short heading and lists its activities under it ("Strategi 2.
Angkutan bagi ibu bersalin" then "a. Mendata mobil warga yang siap dipakai malam hari"): the item
says the measure in its own words, the heading what it is for, as an interview answer says in its
own words what the question named. So with a codebook without rules an item no rule codes goes
under the code whose description both it and its heading hold (`answer_guess.guessed_answers`,
the same bar and exclusions). The heading is the nearest paragraph before the item, in its
document, that is not itself a list item and is short; an item that records, reports, trains or
monitors (`counts.is_administrative`) is not a measure of any code and is not guessed.
"""

from __future__ import annotations

from pipeline.coding.answer_guess import guessed_answers
from pipeline.coding.counts import is_administrative
from pipeline.ingest.line_shapes import list_marker
from pipeline.records.codebook import Codebook

HEADING_WORDS = 15   # a heading is short; a longer paragraph before a list is text of its own


def list_headings(texts: list[str], owners: list[str], in_document: list[bool]) -> list[str]:
    """Each document list item's heading ("" for other rows): see the module docstring."""
    heads = [""] * len(texts)
    for i, text in enumerate(texts):
        if not (in_document[i] and list_marker(text)):
            continue
        before = next((j for j in range(i - 1, -1, -1) if owners[j] != owners[i] or not list_marker(texts[j])), -1)
        if before >= 0 and owners[before] == owners[i] and len(texts[before].split()) <= HEADING_WORDS:
            heads[i] = texts[before]
    return heads


def guessed_items(codebook: Codebook, rows: list[int], texts: list[str], translations: list[str],
                  owners: list[str], in_document: list[bool], study: frozenset[str]) -> dict[int, tuple[str, str, str]]:
    """Row -> (code id, evidence, view) for the list items among `rows` (uncoded document
    paragraphs) that their heading and they both describe."""
    heads = list_headings(texts, owners, in_document)
    items = [i for i in rows if heads[i] and not is_administrative(texts[i])]
    return guessed_answers(codebook, items, texts, translations, heads, study)
