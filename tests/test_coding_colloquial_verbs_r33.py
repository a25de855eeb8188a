"""Colloquial (Jakarta) Indonesian verbs, as informants from Java and Sumatra speak and their
quotations are printed, read as the standard words they stand for (lemmas.WordAnalyzer,
_colloquial_standard): the bare nasal of meN- without me- and -in for -kan or -i."""

from __future__ import annotations

import pytest

from pipeline.coding.coder import code_segments
from pipeline.coding.lemmas import word_analyzer
from pipeline.ingest import read_batch
from tests.helpers import one_code_codebook


@pytest.mark.parametrize(("word", "root"), [
    ("nyuruh", "suruh"),        # menyuruh
    ("nampung", "tampung"),     # menampung
    ("nunda", "tunda"),         # menunda
    ("mikirin", "pikir"),       # memikirkan
    ("ngawasin", "awas"),       # mengawasi
    ("nyuruhnya", "suruh"),     # an enclitic after the colloquial verb
    ("bayarin", "bayar"),       # -in on a bare root
    ("dibayarin", "bayar"),     # the passive di- ... -in
])
def test_a_colloquial_verb_reads_as_its_root(word, root):
    assert word_analyzer().analyze(word)[1] == root


@pytest.mark.parametrize("word", [
    "miskin", "ingin", "kemarin",   # roots ending in -in
    "makan", "minta",               # words that only begin with a nasal
    "nyanda", "ngana",              # Manado Malay words ('not', 'you'): no Indonesian meN- word
    "dijamin",                      # a standard di- form the stemmer reads (jamin), no -in on "dijam"
])
def test_a_word_of_its_own_keeps_its_reading(word):
    analyzer = word_analyzer()
    before = analyzer.lemma(word)
    assert analyzer.analyze(word)[1] == before
    assert analyzer.analyze(word)[1] not in {word[:-2], "dijam"}


@pytest.mark.parametrize(("word", "wrong"), [
    ("ngasi", "asi"),       # 'give' (kasi), not ASI 'breast milk': ng- before a vowel may drop a k
    ("nyuciin", "suci"),    # 'wash for' (cuci), not 'purify': ny- drops an s or a c
])
def test_a_nasal_with_two_roots_is_left_as_written(word, wrong):
    assert word_analyzer().analyze(word)[1] != wrong


def test_a_printed_quote_in_colloquial_indonesian_finds_its_code(tmp_path):
    codebook = one_code_codebook(
        "tunda", "Menunda berobat", "Penderita menunda atau menangguhkan pengobatan sampai sakitnya berat.",
        ["menunda"])
    (tmp_path / "Q1.md").write_text(
        "---\ntype: quotations\ninformant: Q1\nlanguage: ind\n---\n\n"
        "Q1: \u201cSaya sering nunda, soalnya anak di rumah gak ada yang jaga.\u201d (Informan 1)\n\n"
        "Q1: \u201cKalau hujan deras jalannya licin, motor gak bisa lewat.\u201d (Informan 1)\n",
        encoding="utf-8")
    batch = read_batch(tmp_path)
    coded = code_segments(batch.segments, codebook, batch.informants)
    texts = batch.segments.set_index("segment_id")["text"]
    found = {texts[segment] for segment in coded["segment_id"]}
    assert len(found) == 1 and "nunda" in next(iter(found))
