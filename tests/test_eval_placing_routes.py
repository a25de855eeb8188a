"""evaluation.placing_routes: each quote's codings counted by the route that placed them."""

from __future__ import annotations

import pandas as pd

from evaluation.placing_routes import route_counts, route_of
from pipeline.coding.evidence import filled, guessed


def _frame(rows, columns):
    return pd.DataFrame(rows, columns=columns)


def test_the_evidence_names_the_route():
    assert route_of(guessed(["perahu"])) == "guess"
    assert route_of(filled(["jaring", "perahu"])) == "fill"
    assert route_of("jaring (keyword words)") == "rule"


def test_each_route_counts_its_right_and_wrong_placings_and_the_misses():
    gold = _frame([("q1", "ombak"), ("q2", "harga_ikan"), ("q3", "ombak"), ("q4", "perahu_rusak"),
                   ("q4", "ombak")], ["segment_id", "code_id"])
    predicted = _frame([
        ("q1", "ombak", "ombak besar"),                        # a rule, right
        ("q2", "ombak", guessed(["laut"])),                    # the fallback, wrong
        ("q3", "ombak", guessed(["angin"])),                   # the fallback, right
        ("q4", "perahu_rusak", filled(["mesin", "perahu"])),   # a fill, right; its second code missed
        ("q9", "ombak", "ombak"),                              # no gold quote: not counted
    ], ["segment_id", "code_id", "evidence"])
    counts, placings = route_counts(predicted, gold)
    assert (counts["rule_right"], counts["rule_wrong"]) == (1, 0)
    assert (counts["guess_right"], counts["guess_wrong"]) == (1, 1)
    assert (counts["fill_right"], counts["fill_wrong"]) == (1, 0)
    assert counts["missed"] == 2          # q2's harga_ikan, q4's ombak
    assert counts["uncoded"] == 0
    assert ("q2", "ombak", "guess", False) in placings


def test_a_quote_no_route_places_is_uncoded():
    gold = _frame([("q1", "ombak"), ("q2", "harga_ikan")], ["segment_id", "code_id"])
    predicted = _frame([("q1", "ombak", "ombak")], ["segment_id", "code_id", "evidence"])
    counts, _ = route_counts(predicted, gold)
    assert counts["uncoded"] == 1 and counts["missed"] == 1
    assert counts["guess_right"] == counts["guess_wrong"] == 0
