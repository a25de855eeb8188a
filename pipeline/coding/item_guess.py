"""A plan's list item that no rule codes, read with its heading as an answer with its question.

A plan names a strategy in a short heading and lists its activities under it ("Strategi 2.
Angkutan bagi ibu bersalin" then "a. Mendata mobil warga yang siap dipakai malam hari"): the item
says the measure in its own words, the heading what it is for, as an interview answer says in its
own words what the question named. So with a codebook without rules an item no rule codes goes
under the code whose description both it and its heading hold (`answer_guess.guessed_answers`,
the same bar and exclusions). The heading is the short paragraph before the item's list, in its
document, or, in a list within a list, the item it stands under ("1. ..." over "a. ..."), which
names a strategy and is not guessed itself; an item that records, reports, trains or monitors
(`counts.is_administrative`) is not a measure of any code and is not guessed.
"""

from __future__ import annotations

from pipeline.coding.answer_guess import guessed_answers
from pipeline.coding.counts import is_administrative
from pipeline.ingest.line_shapes import list_marker
from pipeline.records.codebook import Codebook

HEADING_WORDS = 15   # a heading is short; a longer paragraph before a list is text of its own


def _level(text: str) -> tuple[str, int]:
    """A list item's level: its marker's kind and its indent."""
    return list_marker(text) or "", len(text) - len(text.lstrip())


def list_headings(texts: list[str], owners: list[str], in_document: list[bool]) -> list[str]:
    """Each document list item's heading ("" for other rows): see the module docstring.

    A list may hold lists ("1. Angkutan bagi ibu bersalin" then "a. Mendata mobil ..."): a lettered
    item's heading is the nearest earlier item of another marker kind or a shallower indent still
    open (the next "2." closes "1." and its letters), a top item's the short paragraph before the
    list. An item heading items of its own names a strategy, not a measure, and gets none."""
    heads = [""] * len(texts)
    title = ""
    open_items: list[int] = []   # the items whose lists the next item may belong to, outermost first
    for i, text in enumerate(texts):
        item = in_document[i] and list_marker(text) is not None
        if not item or (i and owners[i - 1] != owners[i]):
            open_items = []
            title = text if not item and len(text.split()) <= HEADING_WORDS else ""
            if not item:
                continue
        kind, indent = _level(text)
        sibling = next((k for k, j in enumerate(open_items) if _level(texts[j]) == (kind, indent)), None)
        if sibling is not None:
            del open_items[sibling:]
        else:
            # a shallower item than an open one closes it ("2." after "a." under "1.")
            while open_items and _level(texts[open_items[-1]])[1] > indent:
                open_items.pop()
        if open_items:
            parent = open_items[-1]
            heads[parent] = ""
            if len(texts[parent].split()) <= HEADING_WORDS:
                heads[i] = texts[parent]
        else:
            heads[i] = title
        open_items.append(i)
    return heads


def guessed_items(codebook: Codebook, rows: list[int], texts: list[str], translations: list[str],
                  owners: list[str], in_document: list[bool], study: frozenset[str]) -> dict[int, tuple[str, str, str]]:
    """Row -> (code id, evidence, view) for the list items among `rows` (uncoded document
    paragraphs) that their heading and they both describe."""
    heads = list_headings(texts, owners, in_document)
    items = [i for i in rows if heads[i] and not is_administrative(texts[i])]
    return guessed_answers(codebook, items, texts, translations, heads, study)
