"""The unit the sentence rules work on: one word or multiword expression on its way into the
free translation, with the glue (spaces, punctuation) after it, which tells where a clause ends."""

from __future__ import annotations


class Unit:
    """One word or multiword expression on its way into the free translation."""

    __slots__ = ("key", "ind", "gloss", "pos", "root", "glue", "joined", "cap", "first", "source", "upper")

    def __init__(self, key: str, ind: str, gloss: tuple[str, ...], pos: str, root: str, glue: str,
                 cap: bool, first: int, source: str, upper: bool = False):
        self.key = key        # lower-cased source (space-joined for MWEs)
        self.ind = ind        # translation text ("" = dropped)
        self.gloss = gloss    # one gloss per source word
        self.pos = pos
        self.root = root
        self.glue = glue      # text after the unit's last word
        # only spaces follow (tokens.is_clause_internal): the next unit is in the same clause. Derived
        # from glue, and kept beside it because the rules read it about 35 times per segment: a
        # property cost 7% of the gloss stage (measured, issue 16 round 4); swap_glue and hold_brackets,
        # the places that change glue after construction, keep the two in step
        self.joined = not glue.strip()
        self.cap = cap        # the unit's first word is capitalised in the source
        self.first = first    # index of the unit's first source word
        self.source = source
        self.upper = upper    # the source word starts with a capital

    def swap_glue(self, other: Unit) -> None:
        """Exchange what follows two units (a word-order rule moved one past the other)."""
        self.glue, other.glue = other.glue, self.glue
        self.joined, other.joined = other.joined, self.joined


def neighbours(units: list[Unit], k: int) -> tuple[Unit | None, Unit | None]:
    """The units before and after units[k] within its clause (None across punctuation or an edge)."""
    prev = units[k - 1] if k > 0 and units[k - 1].joined else None
    nxt = units[k + 1] if k + 1 < len(units) and units[k].joined else None
    return prev, nxt


def hold_brackets(before: Unit, mark: Unit) -> None:
    """A redaction mark ([NAMA]) carries its brackets itself, not in the glue around it: the words
    either side stay in one clause with it, so the rules read it as the name it stands for."""
    before.glue = before.glue[:-1]
    before.joined = not before.glue.strip()
    mark.ind, mark.glue = f"[{mark.ind}]", mark.glue[1:]
    mark.joined = not mark.glue.strip()


_ENDS = frozenset(".!?…")


def merge_glue(before: str, dropped: str) -> str:
    """Keep the punctuation that followed a dropped word (ibu dang, kan -> ibu, kan); a comma before
    it gives way to a sentence's end (Jang tunggu parah, dang! -> Jangan tunggu parah!)."""
    if not dropped.strip():
        return before
    if not before.strip():
        return dropped
    kept = before.rstrip()
    if kept.endswith(",") and dropped.lstrip()[:1] in _ENDS:
        kept = kept[:-1]
    return kept + dropped.lstrip()
