"""A keyword that is also a word naming the study (the codebook's name, a theme's or category's label
over several codes, several codes' labels) codes a turn only with another word of its code
(coding/specificity.py). A new user's trial named its codebook after the act one code is about, and
that code's keyword coded nothing alone with no word why: the run now says so, and how to change it."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import load_codebook
from pipeline.coding.codebook_words import study_keywords
from pipeline.run_messages import study_keywords_warning
from test_ingest_support import write_batch
from test_review_support import analyze_unavailable

CODEBOOK = """name: {name}
version: "1"
themes:
  - id: T1
    label: Kebiasaan jajan
    categories:
      - id: K1
        label: Pilihan jajanan
        codes:
          - id: C1
            label: Minuman manis
            definition: Anak membeli minuman kemasan yang manis.
            keywords: [teh kemasan, sirup]
          - id: C2
            label: Mengganti dengan buah
            definition: Orang tua memberi buah sebagai ganti jajanan.
            keywords: [pisang, pepaya, ganti]
"""
# invented answer: "ganti" alone, no other word of its code
ANSWER = "P: Apa yang Ibu lakukan?\nB1: Sekarang saya ganti, anak bawa bekal dari rumah.\n"


def _codebook(tmp_path, name: str):
    path = tmp_path / "codebook.yaml"
    path.write_text(CODEBOOK.format(name=name), encoding="utf-8")
    return path


def test_a_keyword_in_the_codebooks_name_is_listed_and_the_warning_says_how_to_change_it(tmp_path):
    codebook = load_codebook(_codebook(tmp_path, "Studi ganti jajanan anak"))
    found = study_keywords(codebook)
    assert [(keyword, code.id) for keyword, code in found] == [("ganti", "C2")]
    said = study_keywords_warning(found)
    assert "'ganti' (C2: Mengganti dengan buah)" in said and "only together with another word" in said
    assert "take the word out of the name" in said


def test_a_codebook_whose_name_names_no_keyword_lists_none(tmp_path):
    assert study_keywords(load_codebook(_codebook(tmp_path, "Studi jajanan anak sekolah"))) == []


def test_the_run_warns_about_such_a_keyword(tmp_path):
    if analyze_unavailable():
        pytest.skip(analyze_unavailable())
    from pipeline.run import analyze

    batch = write_batch(tmp_path, {"B1.md": "---\ninformant: B1\nlanguage: ind\n---\n" + ANSWER})
    result = analyze(batch, codebook_path=_codebook(tmp_path, "Studi ganti jajanan anak"), out_dir=tmp_path / "out",
                     workers=1, progress=False)
    assert any("'ganti' (C2: Mengganti dengan buah)" in warning for warning in result.warnings)
    assert result.analysis.codings.empty   # why: the keyword names the study, and no other word of C2 is there
