"""A list's heading takes the codes most of its items take.

A plan names a strategy in a short heading and lists its activities under it ("Strategi 3.
Mendekatkan terapi kepada keluarga:" then "- Membuka pojok fisioterapi di Puskesmas ...", "-
Bantuan transport ..."): the heading says in its own general words what its items do, so a
coder who gives most items a code gives it to the heading too. A heading that only announces a
list ("Keputusan rapat:", "Peserta rapat menyepakati hal-hal berikut:") names no strategy.
"""

from __future__ import annotations

import re

from pipeline.coding.codebook_words import content_words, word_lemma
from pipeline.coding.paragraph_shape import introduces

HEADING_WORDS = 15   # a strategy's heading is short; a longer paragraph before a list is text
MIN_WORDS = 3        # "Keputusan rapat:", "Kegiatan:" announce a list, they name nothing
MIN_ITEMS = 2
FROM_ITEMS_CONFIDENCE = 0.5
FROM_ITEMS_EVIDENCE = "(most of its list's items)"
# a heading that announces what follows ("... sebagai berikut:", "hal-hal berikut:", "antara lain:")
_ANNOUNCES = re.compile(r"\b(?:berikut|antara lain|yaitu|yakni|meliputi|sebagai berikut)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def names_a_strategy(heading: str) -> bool:
    """Is a paragraph introducing a list a short heading naming what its items do?"""
    words = _WORD.findall(heading)
    return (introduces(heading) and MIN_WORDS <= len(words) <= HEADING_WORDS
            and _ANNOUNCES.search(heading) is None)


def codes_from_items(headings: list[str], texts: list[str], owners: list[str], ids: list[str],
                     codings: list[tuple[str, str]], labels: dict[str, str], name: str = "") -> dict[int, list[str]]:
    """Row of a heading -> the codes more than half of its items have and it has not, and whose
    label shares a word with it, not one of the codebook's `name` (the heading names the code in
    general words: "Pendampingan keluarga di rumah:" over home visits, not over counselling), for
    the rows in reading order:
    `headings[i]` is the heading of row i ("" when none), `texts` the rows' own texts, `owners`
    their documents, `ids` their segment ids; `codings` the (segment id, code id) pairs found,
    `labels` code id -> label."""
    ignored = _lemmas(name)   # the study's own name is in every heading, it names no one code
    row_of = {segment_id: i for i, segment_id in enumerate(ids)}
    coded: list[set[str]] = [set() for _ in ids]
    for segment_id, code_id in codings:
        coded[row_of[segment_id]].add(code_id)
    items: dict[tuple[str, str], list[int]] = {}
    for i, heading in enumerate(headings):
        if heading and names_a_strategy(heading):
            items.setdefault((owners[i], heading), []).append(i)
    found: dict[int, list[str]] = {}
    for (owner, heading), rows in items.items():
        at = [i for i in range(rows[0] - 1, -1, -1) if owners[i] == owner and texts[i] == heading][:1]
        if not at or len(rows) < MIN_ITEMS:
            continue
        counted: dict[str, int] = {}
        for i in rows:
            for code_id in coded[i]:
                counted[code_id] = counted.get(code_id, 0) + 1
        said = _lemmas(heading) - ignored
        most = [code_id for code_id, n in counted.items() if 2 * n > len(rows) and code_id not in coded[at[0]]
                and not said.isdisjoint(_lemmas(labels[code_id]))]
        if most:
            found[at[0]] = sorted(most)
    return found


def _lemmas(text: str) -> frozenset[str]:
    return frozenset(word_lemma(word) for word in content_words(text))
