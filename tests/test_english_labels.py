"""An Indonesian codebook reported in English: `label_en` beside each label is what the tables,
appendix, report and REFI-QDA project of a --lang en run print; the coding is not changed by it,
and a codebook without English labels is warned about instead of leaving Indonesian in silence."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
import pytest

from test_ingest_support import needs_pipeline

pytestmark = needs_pipeline

CODEBOOK = """name: Kepatuhan TB
version: "1"
themes:
  - id: hambatan
    label: Hambatan pengobatan
{theme_en}    categories:
      - id: pasien
        label: Alasan dari pasien
{category_en}        codes:
          - id: efek_samping
            label: Efek samping obat
{code_en}            definition: Pasien mengeluh mual, muntah atau pusing sesudah minum obat.
            keywords: [mual, pusing]
"""
TRANSCRIPT = ("---\ninformant: B01\nrole: Pasien TB\nlanguage: xmm\n---\nP: Ada efek dari obat?\n"
              "B01: Tiap abis minum obat kita rasa mual deng pusing.\nP: Lalu?\nB01: Kita tetap minum.\n")
ENGLISH = {"theme_en": "    label_en: Barriers to treatment\n", "category_en": "        label_en: Patients' reasons\n",
           "code_en": "            label_en: Side effects of TB drugs\n"}


def run(tmp_path: Path, english: bool, lang: str):
    from pipeline.run import analyze

    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "B01.md").write_text(TRANSCRIPT, encoding="utf-8")
    codebook = tmp_path / "tb.yaml"
    codebook.write_text(CODEBOOK.format(**(ENGLISH if english else dict.fromkeys(ENGLISH, ""))), encoding="utf-8")
    out = tmp_path / "out"
    result = analyze(batch, codebook_path=codebook, out_dir=out, progress=False, lang=lang, learn=False)
    return out, result.warnings


@pytest.mark.parametrize("lang", ["en", "id"])
def test_label_en_is_what_an_english_run_prints(tmp_path: Path, lang: str) -> None:
    out, warnings = run(tmp_path, english=True, lang=lang)
    table = pd.read_csv(out / "theme_table.csv", encoding="utf-8-sig")
    appendix = (out / "quotations.md").read_text(encoding="utf-8")
    with zipfile.ZipFile(out / "batch.qdpx") as project:
        names = project.read("project.qde").decode("utf-8")
    codings = pd.read_csv(out / "codings.csv", encoding="utf-8-sig")
    assert codings["code_id"].tolist() == ["efek_samping"]   # coded on the Indonesian label's words as before
    if lang == "en":
        assert table.iloc[0, :3].tolist() == ["Barriers to treatment", "Patients' reasons", "Side effects of TB drugs"]
        assert "Code: Side effects of TB drugs" in appendix and "Efek samping obat" not in appendix
        assert 'name="Side effects of TB drugs"' in names
        assert not any("label_en" in warning for warning in warnings)
    else:
        assert table.iloc[0, :3].tolist() == ["Hambatan pengobatan", "Alasan dari pasien", "Efek samping obat"]


def test_an_english_run_of_a_codebook_without_english_labels_says_so(tmp_path: Path) -> None:
    out, warnings = run(tmp_path, english=False, lang="en")
    [warning] = [text for text in warnings if "label_en" in text]
    assert "3 of its 3" in warning and "efek_samping" in warning
    assert pd.read_csv(out / "theme_table.csv", encoding="utf-8-sig").iloc[0, 2] == "Efek samping obat"


def test_a_code_is_found_by_its_english_label_as_an_english_notebook_shows_it(tmp_path: Path) -> None:
    from pipeline.codebook.load import load_codebook

    path = tmp_path / "tb.yaml"
    path.write_text(CODEBOOK.format(**ENGLISH), encoding="utf-8")
    codebook = load_codebook(path)
    assert codebook.code_by_label_or_id("side effects of TB drugs").id == "efek_samping"
    assert codebook.code_by_label_or_id("Efek samping obat").id == "efek_samping"
