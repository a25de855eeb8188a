"""Word correspondences mined from a parallel corpus, for a person to check before the lexicon.

    python -m evaluation.mine [--corpus FILE] [--min-count 2] [--min-dice 0.5] [--residual]

Reads only the corpus's mining part (mangarti.py: the dev and blind parts stay out). For every
Manado Malay word the glosser leaves unknown or copies unchanged, the Indonesian word that
co-occurs with it most (Dice coefficient over sentence pairs) is printed with its counts and
the glosser's present reading. With --residual, every word whose present reading is missing
from most of its pairs' references is paired with the reference word the glosser's translation
of the sentence leaves unexplained most often (the residue of an IBM-1 style alignment): this
finds wrong readings of known words (kuli 'kulit', not 'kuli'), not only unknown ones. Nothing
is written: each candidate is checked by hand and, when right, added to data/lexicon.tsv with
source `MangARTI`.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass

from evaluation import mangarti as corpus
from pipeline.errors import InputError

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class Candidate:
    xmm: str
    ind: str
    dice: float
    together: int
    xmm_count: int
    current: str  # what the glosser makes of the word now


def words(sentence: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(sentence)}


def mine(pairs: list[corpus.Pair], reading, min_count: int = 2, min_dice: float = 0.5) -> list[Candidate]:
    """Dice-scored candidates for the words `reading(word)` does not already translate.

    `reading` returns the glosser's translation of a word, or None when it already finds the
    word's counterpart in the reference (those words need no entry).
    """
    source_counts: Counter[str] = Counter()
    target_counts: Counter[str] = Counter()
    together: Counter[tuple[str, str]] = Counter()
    for pair in pairs:
        xs, ys = words(pair.xmm), words(pair.ind)
        source_counts.update(xs)
        target_counts.update(ys)
        together.update((x, y) for x in xs for y in ys)
    best: dict[str, Candidate] = {}
    for (x, y), both in together.items():
        if both < min_count or x == y:
            continue
        dice = 2 * both / (source_counts[x] + target_counts[y])
        if dice < min_dice or (x in best and best[x].dice >= dice):
            continue
        current = reading(x)
        if current is None or current == y:
            continue
        best[x] = Candidate(x, y, round(dice, 2), both, source_counts[x], current)
    return sorted(best.values(), key=lambda c: (-c.together, -c.dice, c.xmm))


def residual(pairs: list[corpus.Pair], reading, translate, min_count: int = 3,
             min_miss: float = 0.6) -> list[tuple[str, str, str, int, int, float]]:
    """(xmm, present reading, candidate, together, xmm_count, miss rate) for words whose reading
    is absent from at least `min_miss` of their pairs' references; the candidate is the reference
    word most often left unexplained by the sentence's translation (Dice over those pairs)."""
    seen: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    unexplained: Counter[str] = Counter()
    together: Counter[tuple[str, str]] = Counter()
    readings: dict[str, str] = {}
    for pair in pairs:
        reference = words(pair.ind)
        left = reference - words(translate(pair.xmm))
        unexplained.update(left)
        for x in words(pair.xmm):
            current = readings.setdefault(x, reading(x))
            seen[x] += 1
            if current and not set(current.split()) & reference:
                missed[x] += 1
                together.update((x, y) for y in left)
    best: dict[str, tuple[float, str, int]] = {}
    for (x, y), both in together.items():
        if both >= min_count:
            dice = 2 * both / (missed[x] + unexplained[y])
            if x not in best or dice > best[x][0]:
                best[x] = (dice, y, both)
    rows = [(x, readings[x], y, both, seen[x], round(missed[x] / seen[x], 2))
            for x, (dice, y, both) in best.items() if missed[x] / seen[x] >= min_miss]
    return sorted(rows, key=lambda row: (-row[3], row[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.mine", description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=None, help=f"corpus file (default: ${corpus.ENV_VARIABLE})")
    parser.add_argument("--min-count", type=int, default=2, help="pairs the two words share (default 2)")
    parser.add_argument("--min-dice", type=float, default=0.5, help="lowest Dice coefficient (default 0.5)")
    parser.add_argument("--residual", action="store_true",
                        help="also words the glosser knows whose reading the references do not use")
    args = parser.parse_args(argv)
    path = corpus.corpus_path(args.corpus)
    if path is None:
        print(f"error: {corpus.HOW_TO_GET}", file=sys.stderr)
        return 2
    from pipeline.gloss.glosser import Glosser

    glosser = Glosser()
    try:
        mining = corpus.split_pairs(path)[corpus.MINING]
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2

    def reading(word: str) -> str | None:
        result = glosser.gloss(word, "xmm")
        return result.translation.lower() if result.unknown or result.translation.lower() == word else None

    if args.residual:
        print("xmm\tnow\tcandidate\ttogether\txmm_count\tmiss_rate")
        for row in residual(mining, lambda w: glosser.gloss(w, "xmm").translation.lower(),
                            lambda s: glosser.gloss(s, "xmm").translation, max(args.min_count, 3)):
            print("\t".join(str(cell) for cell in row))
        return 0
    print("xmm\tind\tdice\ttogether\txmm_count\tnow")
    for c in mine(mining, reading, args.min_count, args.min_dice):
        print(f"{c.xmm}\t{c.ind}\t{c.dice}\t{c.together}\t{c.xmm_count}\t{c.current}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
