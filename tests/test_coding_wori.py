"""The coder on the replication target: the Wori paper's quotations get the paper's codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.codebook import load_codebook
from evaluation.coding import evaluate_batch
from tests.paper import PUBLISHED

REPO = Path(__file__).resolve().parents[1]
WORI = REPO / "transcripts" / "wori"
CODEBOOK = load_codebook(REPO / "codebooks" / "wori.yaml")
pytestmark = pytest.mark.skipif(not (WORI / "A1.md").exists(), reason="transcripts/wori is not in this checkout")


@pytest.fixture(scope="module")
def wori():
    return evaluate_batch(WORI, CODEBOOK)


def _codes(wori, informant, opening):
    segments = wori["segments"]
    rows = segments[(segments["informant"] == informant) & (segments["speaker_role"] == "informant")
                    & segments["text"].str.startswith(opening)]
    assert len(rows) == 1
    predicted = wori["predicted"]
    return set(predicted.loc[predicted["segment_id"] == rows.iloc[0]["segment_id"], "code"])


@pytest.mark.parametrize("informant, opening, expected", PUBLISHED, ids=[p[1] for p in PUBLISHED])
def test_published_quotation_is_coded_as_in_the_paper(wori, informant, opening, expected):
    found = _codes(wori, informant, opening)
    assert expected <= found
    if not expected:
        assert found == set(), "A9's quotation is about shortness as heredity: none of the six codes"


def test_every_code_of_tabel_2_is_supported_by_a_quotation(wori):
    assert set(wori["predicted"]["code"]) == {code.label for code in CODEBOOK.codes}


def test_evidence_points_at_the_words_in_the_turn(wori):
    predicted = wori["predicted"].merge(wori["segments"][["segment_id", "text", "translation"]], on="segment_id")
    for row in predicted.itertuples():
        source = row.text if row.evidence_in == "text" else row.translation
        for piece in row.evidence.split(" … "):
            assert piece.casefold() in source.casefold()


def test_agreement_with_the_wori_gold(wori):
    assert wori["pooled"]["kappa"] >= 0.80
