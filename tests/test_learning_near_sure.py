"""A suggestion the model is nearly sure of is made even where the reliability gate leaves the
code to the rules (issue 15, round 17: `learned_codings.NEAR_SURE`)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from pipeline.coding import learned_codings
from pipeline.coding.coder import code_segments
from pipeline.coding.learned_codings import learn
from pipeline.schema import NOTHING_TO_CODE
from test_learning import codebook, decisions_of, model_codes, segments_of  # noqa: F401 (a fixture)

# everyday talk no code is about, and the fare to cross the water in words no rule, keyword or
# related-word table knows ("katinting": a motor canoe; "tangan hampa": empty-handed)
PEOPLE = ["Adik saya", "Kakak ipar", "Tetangga sebelah", "Om Yusuf", "Ibu guru", "Anak sulung"]
DOINGS = ["menyapu halaman gereja", "menanam jagung di ladang", "menjahit baju untuk pesta",
          "memancing di muara", "memasak ikan bakar", "mengecat pagar rumah"]
TALK = [f"{who} sedang {doing} kemarin sore." for who, doing in itertools.product(PEOPLE, DOINGS)]
CROSSING = ["Sewa katinting ke seberang kami tak kuasa, tangan hampa untuk katinting.",
            "Katinting ke seberang tak kuasa kami, tangan hampa sebab katinting."]
PARAPHRASE = "Sewa katinting tak kuasa, tangan hampa, jadi tak ke seberang minggu lalu."


def _batch(codebook, extra: list[str]):
    """The talk (every turn marked nothing to code), the two crossings the grader added the fare
    on, and `extra` turns nobody reviewed."""
    texts = TALK + CROSSING + extra
    segments = segments_of(texts)
    rules = code_segments(segments, codebook)
    assert rules[rules["code_id"] == "biaya"].empty
    decisions = ([(f"T-{i:03d}", "", NOTHING_TO_CODE) for i in range(len(TALK))]
                 + [(f"T-{len(TALK) + i:03d}", "biaya", "add") for i in range(len(CROSSING))])
    return segments, rules, decisions, [f"T-{len(TALK) + len(CROSSING) + i:03d}" for i in range(len(extra))]


def test_an_add_teaches_a_paraphrase_the_gate_leaves_to_the_rules_when_the_model_is_nearly_sure(codebook, monkeypatch):
    segments, rules, decisions, (paraphrase,) = _batch(codebook, [PARAPHRASE])
    learned = learn(segments, rules, decisions_of(decisions), codebook)
    fare = learned.reliability.set_index("code_id").loc["biaya"]
    assert fare["decided_by"] == "rules"                      # two adds: too few out-of-fold fixes to pass the gate
    p = learned.probabilities[-1, 0]
    assert np.isnan(p) and "biaya" not in model_codes(learned, paraphrase)   # below NEAR_SURE: the rules decide
    # a model this small is less sure than one that learnt from a real batch's hundred turns
    # (the paraphrase scores about 0.8 here); lowered below that, the cut lets the suggestion through
    monkeypatch.setattr(learned_codings, "NEAR_SURE", 0.75)
    learned = learn(segments, rules, decisions_of(decisions), codebook)
    assert learned.probabilities[-1, 0] >= 0.75
    assert "biaya" in model_codes(learned, paraphrase)
    assert not any("biaya" in model_codes(learned, f"T-{i:03d}") for i in range(len(TALK)))


def test_a_reject_stops_a_nearly_sure_suggestion_on_near_identical_text(codebook, monkeypatch):
    twin = PARAPHRASE.replace("minggu lalu.", "minggu lalu itu.")
    segments, rules, decisions, (rejected, near) = _batch(codebook, [PARAPHRASE, twin])
    monkeypatch.setattr(learned_codings, "NEAR_SURE", 0.75)
    learned = learn(segments, rules, decisions_of(decisions), codebook)
    assert "biaya" in model_codes(learned, near)
    # the grader says no on one of them: its near-identical twin is not suggested either
    learned = learn(segments, rules, decisions_of(decisions + [(rejected, "biaya", "reject")]), codebook)
    assert "biaya" not in model_codes(learned, rejected)
    assert "biaya" not in model_codes(learned, near)
