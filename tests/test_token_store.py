"""Text is tokenized once: the coder's tokens are stored per document, a recode rebuilds its Docs
from them (or, screened out, needs none) and finds exactly what a cold run finds."""

from __future__ import annotations

import pandas as pd
import pytest
import yaml
from spacy.attrs import LEMMA, NORM, ORTH, SPACY

from pipeline.codebook.load import load_codebook, parse_codebook
from pipeline.coding import code_segments
from pipeline.coding.nlp import coding_nlp
from pipeline.coding.token_store import TokenStore
from pipeline.ingest import read_batch
from pipeline.runtime.annotate import annotate_batch
from tests.conftest import REPO


def _variant(path) -> str:
    """The codebook with what no shipped codebook has together: a code reading the previous
    turn, and prefix terms (which the screen matches by norm) in a rule of another code."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    codes = [code for theme in data["themes"] for category in theme["categories"] for code in category["codes"]]
    codes[0]["context"] = "previous_turn"
    codes[1].setdefault("rules", []).append({"all": [["daftar*", "urus*"], ["rujuk*", "sakit"]], "within": 15})
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


CASES = {
    "wori interviews": ("dev_interviews", lambda: load_codebook(REPO / "codebooks" / "wori.yaml")),
    "wori documents (list items)": ("dev_documents", lambda: load_codebook(REPO / "codebooks" / "wori.yaml")),
    "immunisation": ("imun_dev_interviews", lambda: load_codebook(REPO / "codebooks" / "imunisasi.yaml")),
    "previous turn and prefixes": ("dev_interviews", lambda: parse_codebook(_variant(REPO / "codebooks" / "wori.yaml"))),
}


@pytest.fixture(scope="module", params=sorted(CASES))
def coded(request):
    folder, codebook = CASES[request.param]
    batch = read_batch(REPO / "tests" / "data" / folder)
    codebook = codebook()
    glossed = annotate_batch(batch.segments, codebook, workers=1, progress=False).segments
    cold = code_segments(glossed, codebook, batch.informants)
    store = TokenStore(coding_nlp(), record=True)
    recorded = code_segments(glossed, codebook, batch.informants, tokens=store)
    stored = [store.of(name) for name in glossed["document"].unique()]
    return glossed, codebook, batch.informants, cold, recorded, stored


def test_recording_the_tokens_changes_no_coding(coded):
    _, _, _, cold, recorded, _ = coded
    pd.testing.assert_frame_equal(recorded, cold)


def test_each_code_recoded_from_stored_tokens_is_what_a_cold_run_finds(coded):
    glossed, codebook, informants, cold, _, stored = coded
    assert not cold.empty
    for code in codebook.codes:
        store = TokenStore(coding_nlp(), stored)
        got = code_segments(glossed, codebook, informants, codes=(code.id,), tokens=store)
        expected = cold[cold["code_id"] == code.id].reset_index(drop=True)
        pd.testing.assert_frame_equal(got.reset_index(drop=True), expected, obj=code.id)
        assert store.tokenized == 0, "a recode reads the stored tokens, it never tokenizes a text"


def test_a_recode_of_one_code_builds_docs_for_some_texts_only(coded):
    glossed, codebook, informants, _, _, stored = coded
    code = next(code for code in codebook.codes if code.context != "previous_turn")
    store = TokenStore(coding_nlp(), stored)
    code_segments(glossed, codebook, informants, codes=(code.id,), tokens=store)
    assert 0 < store.rebuilt < store.stored_texts


@pytest.mark.parametrize("text", ["", "  ", "Iya.", "Kita  pe anak\n\nso dirujuk ke RSUD,  kong?",
                                  " spasi di depan dan belakang ", "tab\tdan-tanda (kurung) 1.500/bulan…"])
def test_a_rebuilt_doc_is_the_tokenized_one(text):
    nlp = coding_nlp()
    recording = TokenStore(nlp, record=True)
    [tokenized] = recording.docs([text], ["d"])
    [rebuilt] = TokenStore(nlp, [recording.of("d")]).docs([text])
    assert rebuilt.text == text == tokenized.text
    attrs = [ORTH, SPACY, NORM, LEMMA]
    assert rebuilt.to_array(attrs).tolist() == tokenized.to_array(attrs).tolist()
    assert [t.idx for t in rebuilt] == [t.idx for t in tokenized]
