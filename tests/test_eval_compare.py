"""`make eval`'s side-by-side picks each batch's codebook and builds its minimal, label-words and
definitions-only versions."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.compare import (
    VARIANTS, codebook_for, compare_batch, definitions_only, label_words, main, minimal_version, side_by_side)
from pipeline.codebook.load import load_codebook

ROOT = Path(__file__).resolve().parents[1]


def test_each_batch_gets_the_codebook_its_gold_is_written_in():
    assert codebook_for(ROOT / "transcripts" / "wori").name == "wori.yaml"
    assert codebook_for(ROOT / "tests" / "data" / "imun_dev_interviews").name == "imunisasi.yaml"


def test_minimal_and_label_word_versions_have_no_rules():
    path = ROOT / "codebooks" / "wori.yaml"
    wori = load_codebook(path)
    minimal = minimal_version(path, wori)
    assert minimal.source.endswith("wori_minimal.yaml")
    labels = label_words(wori)
    for version in (minimal, labels):
        assert all(not code.rules and len(code.keywords) <= 5 for code in version.codes)
    lazy = next(code for code in labels.codes if code.id == "malas_mengurus")
    assert "malas" in lazy.keywords and "untuk" not in lazy.keywords and lazy.definition == ""


def test_a_folder_without_gold_codes_is_named_not_a_traceback(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path)])
    assert stop.value.code == 2
    assert f"no gold codes (_gold.csv) in: {tmp_path}" in capsys.readouterr().err


def test_a_batch_folder_given_as_text_is_read_like_a_path():
    folder = sorted(path for path in (ROOT / "tests" / "data" / "coding").iterdir()
                    if (path / "_gold.csv").is_file())[0]
    assert compare_batch(str(folder))[1] == compare_batch(folder)[1]


def test_the_definitions_version_keeps_labels_and_definitions_only():
    wori = load_codebook(ROOT / "codebooks" / "wori.yaml")
    defs = definitions_only(wori)
    assert [code.label for code in defs.codes] == [code.label for code in wori.codes]
    assert [code.definition for code in defs.codes] == [code.definition for code in wori.codes]
    assert all(not (code.keywords or code.rules or code.examples or code.include or code.exclude)
               for code in defs.codes)


def test_the_side_by_side_shows_definitions_beside_label_words():
    kappas = {"codebook": 0.9, "minimal": None, "label words": 0.41, "definitions": 0.63}
    table = side_by_side([("some_batch", "some_codebook", kappas)])
    assert VARIANTS.index("definitions") == VARIANTS.index("label words") + 1
    header, row = table.splitlines()[-2:]
    assert header.split()[-2:] == ["labels", "defs"]
    assert row.split()[-3:] == ["(same)", "0.410", "0.630"]
