"""`make eval`'s side-by-side picks each batch's codebook and builds its minimal and label-words versions."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.compare import codebook_for, compare_batch, label_words, main, minimal_version
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
