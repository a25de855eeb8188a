"""A printed quote neither a rule nor its code's own words place goes under the code whose
whole description it shares most with (coding/quotation_guess.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.codebook.load import load_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.evidence import GUESS_EVIDENCE
from pipeline.coding.quotation_guess import guessed_codes, is_reply, study_words
from pipeline.coding.quotations import FILL_CONFIDENCE, GUESS_CONFIDENCE, placed_codes
from pipeline.ingest import read_batch
from pipeline.records.codebook import Codebook

CODEBOOK = """\
name: kelambu_test
version: "1.0"
language: ind
themes:
  - id: pencegahan
    label: Pencegahan malaria
    categories:
      - id: keluarga
        label: Upaya keluarga
        codes:
          - id: tidur_kelambu
            label: Tidur memakai kelambu
            definition: >-
              Keluarga tidur di bawah kelambu setiap malam, termasuk anak kecil, lalu ibu bilang
              kelambu dicuci sebulan sekali. Not coded when the net is only kept in a cupboard.
            keywords: ["kelambu", "tidur berkelambu"]
      - id: petugas
        label: Upaya petugas
        codes:
          - id: semprot_rumah
            label: Penyemprotan rumah oleh petugas
            definition: >-
              Petugas menyemprot dinding dengan insektisida supaya nyamuk mati.
            keywords: ["semprot", "penyemprotan"]
"""
PARAPHRASE = "Dinding kami sudah basah semua, baunya tajam sekali."   # "dinding": one code's description only


@pytest.fixture(scope="module")
def codebook(tmp_path_factory) -> Codebook:
    path = tmp_path_factory.mktemp("cb") / "kelambu_test.yaml"
    path.write_text(CODEBOOK, encoding="utf-8")
    return load_codebook(path)


def test_a_paraphrase_goes_under_the_code_whose_description_holds_its_word(codebook):
    assert guessed_codes(codebook, [(PARAPHRASE,)]) == [("semprot_rumah", ["dinding"], 0)]
    assert placed_codes(codebook, [(PARAPHRASE,)]) == [("semprot_rumah", GUESS_EVIDENCE + "dinding", 0)]


def test_a_word_found_in_the_translation_only_says_so(codebook):
    assert guessed_codes(codebook, [("Tembok so basah samua.", PARAPHRASE)]) == [("semprot_rumah", ["dinding"], 1)]


def test_a_light_verb_of_a_definition_places_nothing(codebook):
    assert guessed_codes(codebook, [("Dia bilang begitu saja waktu itu.",)]) == [None]


def test_one_word_of_each_of_two_codes_is_a_tie_and_places_nothing(codebook):
    assert guessed_codes(codebook, [("Dinding basah, malam panas sekali.",)]) == [None]


def test_a_quote_opening_with_a_bare_reply_is_not_guessed(codebook):
    assert guessed_codes(codebook, [(f"Iyo, {PARAPHRASE.lower()}",)]) == [None]
    assert is_reply("Belum pernah. Kepala dusun datang sendiri.")
    assert is_reply("So nyanda, dorang pindah.")
    assert not is_reply("Ada yang datang, ada yang tidak.")
    assert not is_reply("Iya")   # a reply and nothing after it: no quote to judge


def test_a_word_many_of_the_sets_quotes_hold_names_the_study_and_places_nothing(codebook):
    texts = ["Dinding rumah kami dari papan."] * 4 + [f"Kalimat lain nomor {i}." for i in range(16)]
    assert "dinding" in study_words(texts)
    assert "dinding" not in study_words(texts[:2] + texts[4:])   # in too few quotes
    assert "dinding" not in study_words(["Dinding basah.", "Dinding kering."])   # a set of two quotes
    assert guessed_codes(codebook, [(PARAPHRASE,)], study_words(texts)) == [None]


def test_the_guess_reaches_the_coding_table_with_its_own_lower_confidence(tmp_path, codebook):
    batch_dir = tmp_path / "b"
    batch_dir.mkdir()
    (batch_dir / "Q1.md").write_text(f"---\ninformant: Q1\nlanguage: ind\ntype: quotations\n---\n\nQ1: {PARAPHRASE}\n",
                                     encoding="utf-8")
    batch = read_batch(Path(batch_dir))
    codings = code_segments(batch.segments, codebook, batch.informants)
    assert codings["code_id"].tolist() == ["semprot_rumah"]
    assert codings["confidence"].tolist() == [GUESS_CONFIDENCE] and GUESS_CONFIDENCE < FILL_CONFIDENCE
    assert codings["evidence"].tolist() == [GUESS_EVIDENCE + "dinding"]
