"""How each quote of a quotation set was placed, and how often each way was the author's code.

A quotation set's quote gets its codes by one of three routes (pipeline/coding/quotations.py): a
rule fires (a keyword, a label's words, a definition's ...); no rule fires and the code's own
words place it (a fill: `evidence.FILL_EVIDENCE`); or nothing places it and the code whose whole
description it shares most words with takes it (the fallback guess: `evidence.GUESS_EVIDENCE`).
Pooled kappa mixes the three; a change to one route shows here as that route's right and wrong
placements, the gold codes still missed and the quotes left without any code.

    python -m evaluation.placing_routes tests/data/*_dev_quotes [-v]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import pandas as pd

from evaluation.coding import evaluate_batch
from evaluation.compare import codebook_for
from pipeline.codebook.load import load_codebook
from pipeline.coding.evidence import FILL_EVIDENCE, GUESS_EVIDENCE

ROUTES = ("rule", "fill", "guess")


def route_of(evidence: str) -> str:
    """The route a coding's evidence names: a guess, a fill, else a rule."""
    if evidence.startswith(GUESS_EVIDENCE):
        return "guess"
    return "fill" if evidence.startswith(FILL_EVIDENCE) else "rule"


def route_counts(predicted: pd.DataFrame, gold: pd.DataFrame) -> tuple[Counter, list[tuple[str, str, str, bool]]]:
    """Per route, the codings of gold quotes that are the author's ("<route>_right") and those
    that are not ("<route>_wrong"); "missed": gold codes no route gave; "uncoded": gold quotes
    without any code. Also each placing as (segment id, code id, route, right)."""
    wanted = {(str(segment), code) for segment, code in zip(gold["segment_id"], gold["code_id"])}
    quotes = {segment for segment, _ in wanted}
    counts: Counter = Counter({f"{route}_{verdict}": 0 for route in ROUTES for verdict in ("right", "wrong")})
    placings, given = [], set()
    for segment, code, evidence in zip(predicted["segment_id"].astype(str), predicted["code_id"],
                                       predicted["evidence"].astype(str)):
        if segment not in quotes:
            continue
        route, right = route_of(evidence), (segment, code) in wanted
        counts[f"{route}_{'right' if right else 'wrong'}"] += 1
        placings.append((segment, code, route, right))
        given.add((segment, code))
    counts["missed"] = len(wanted - given)
    counts["uncoded"] = len(quotes - {segment for segment, _ in given})
    return counts, placings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.placing_routes", description=__doc__.split("\n")[0])
    parser.add_argument("batches", nargs="+", type=Path, help="quotation sets with a _gold.csv")
    parser.add_argument("-v", "--verbose", action="store_true", help="also list each fill and guess")
    args = parser.parse_args(argv)
    total: Counter = Counter()
    for batch in args.batches:
        result = evaluate_batch(batch, load_codebook(codebook_for(batch)))
        counts, placings = route_counts(result["predicted"], result["gold"])
        total.update(counts)
        print(f"{batch.name:30s} kappa {result['pooled']['kappa']:.3f}  " + _line(counts))
        if args.verbose:
            texts = dict(zip(result["segments"]["segment_id"].astype(str), result["segments"]["text"]))
            for segment, code, route, right in placings:
                if route != "rule":
                    print(f"    {route:5s} {'right' if right else 'WRONG'} {code}: {texts[segment][:100]!r}")
    print(f"{'total':30s} {'':11s}  " + _line(total))
    return 0


def _line(counts: Counter) -> str:
    shown = [f"{route} {counts[route + '_right']}/{counts[route + '_wrong']}" for route in ROUTES]
    return ", ".join(shown) + f" (right/wrong); missed {counts['missed']}, uncoded {counts['uncoded']}"


if __name__ == "__main__":
    raise SystemExit(main())
