"""A printed quote of one sentence makes one statement: it keeps only the codes whose description
it shares nearly as much as the best's (quotations.ONE_SENTENCE_SHARE); a quote of several
sentences may say a second thing in a sentence of its own and keeps one it shares half as much."""

from __future__ import annotations

import pytest

from pipeline.coding.coder import code_segments
from pipeline.coding.quotations import ONE_SENTENCE_SHARE, WEAKER_SHARE, strongest_codes
from pipeline.ingest import read_batch
from pipeline.records.codebook import Codebook
from test_coding_quote_one_code_r30 import CODEBOOK, tani_codebook

# the fertiliser code's description five words (5.25), the pest code's three (3.0): 0.57 of the best's
ONE = "Pupuk subsidi habis di kios, harga naik, tikus merusak padi."
# the same words, the pests in a sentence of their own
TWO = "Pupuk subsidi habis di kios, harga naik. Tikus merusak padi."
FIRED = {"pupuk": "pupuk … kios", "hama": "tikus"}


@pytest.fixture(scope="module")
def codebook(tmp_path_factory) -> Codebook:
    return tani_codebook(tmp_path_factory, CODEBOOK)   # fertiliser and pest codes


def test_the_shares_leave_a_second_code_between_them():
    assert WEAKER_SHARE < 3.0 / 5.25 < ONE_SENTENCE_SHARE


def test_a_one_sentence_quote_keeps_the_code_it_states(codebook):
    assert strongest_codes(codebook, [FIRED, FIRED], [(ONE,), (TWO,)]) == [
        frozenset({"pupuk"}), frozenset({"pupuk", "hama"})]


def test_the_speaker_printed_after_a_quote_is_no_sentence_of_it(codebook):
    printed = f'"{ONE}" (Informan 3, petani, 52 tahun)'
    assert strongest_codes(codebook, [FIRED, FIRED], [(printed,), (f'"{TWO}" (Informan 3)',)]) == [
        frozenset({"pupuk"}), frozenset({"pupuk", "hama"})]


def test_in_a_quotation_set_and_not_in_an_interview(tmp_path, codebook):
    def coded(name: str, text: str) -> set[str]:
        folder = tmp_path / name
        folder.mkdir()
        (folder / "Q1.md").write_text("---\ninformant: Q1\nlanguage: ind\n---\n\n" + text, encoding="utf-8")
        batch = read_batch(folder)
        return set(code_segments(batch.segments, codebook, batch.informants)["code_id"])

    assert coded("quotes", f"Q1: {ONE}\n") == {"pupuk"}
    assert coded("quotes_two", f"Q1: {TWO}\n") == {"pupuk", "hama"}
    assert coded("interview", f"P: Apa kesulitan Ibu?\n\nQ1: {ONE}\n") == {"pupuk", "hama"}
