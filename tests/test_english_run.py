"""A --lang en run for an international journal (round 9): the report's title, Tabel 1's roles and
the run's messages in English, an unknown role kept as written and named once; the quotation
appendix prints the graders' English translations (translations_en.csv, typed in the review
notebook), heads the Indonesian one as such where there is none, and the summary counts those."""

from __future__ import annotations

from pathlib import Path

import docx
import pandas as pd

from pipeline.cli import main
from test_ingest_support import MINIMAL_CODEBOOK, needs_pipeline, write_batch

pytestmark = needs_pipeline

A1 = """---
informant: A1
language: xmm
---
P: Apa kendala kepemilikan BPJS?
A1: Dorang malas mo urus, so lama nda jadi-jadi.
"""
A2 = """---
informant: A2
language: xmm
---
P: Kenapa belum urus BPJS?
A2: Kita nda punya kartu keluarga, jadi nda bisa daftar.
"""
INFORMANTS = """informant,role,site,role_en
A1,Kader Posyandu,Wori,
A2,Bidan desa Wori,Wori,
A3,Ibu dengan anak yang masih stunting,Wori,
A4,Petugas seksi sosial,Wori,Village social affairs officer
"""
BATCH_YAML = "title: Pemanfaatan BPJS di Wori\ntitle_en: Use of BPJS in Wori\n"


def _run(tmp_path: Path, batch: Path, lang: str, capsys) -> tuple[Path, str, str]:
    codebook = tmp_path / "tes.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    out = tmp_path / f"out_{lang}"
    assert main(["analyze", str(batch), "--codebook", str(codebook), "--out", str(out), "--workers", "1",
                 "--lang", lang, "--no-history"]) == 0
    captured = capsys.readouterr()
    return out, captured.out, captured.err


def _report(tmp_path: Path, lang: str, capsys) -> tuple[docx.document.Document, str]:
    """The Word report and the warnings of a run of the two-informant batch with informants.csv."""
    batch = write_batch(tmp_path, {"A1.md": A1, "A2.md": A2, "informants.csv": INFORMANTS,
                                   "batch.yaml": BATCH_YAML})
    out, _, err = _run(tmp_path, batch, lang, capsys)
    return docx.Document(str(out / "batch_report.docx")), err


def test_an_english_report_names_the_study_and_the_roles_in_english(tmp_path: Path, capsys) -> None:
    report, err = _report(tmp_path, "en", capsys)
    assert report.paragraphs[0].text == "Thematic analysis results: Use of BPJS in Wori"
    roles = {row.cells[0].text: row.cells[1].text for row in report.tables[0].rows[1:]}
    assert roles == {"A1": "Posyandu cadre", "A2": "Village midwife, Wori",
                     "A3*": "Ibu dengan anak yang masih stunting", "A4*": "Village social affairs officer"}
    warnings = err.splitlines()
    [unknown] = [line for line in warnings if "role_en" in line]
    assert "1 informant role as written" in unknown and "'Ibu dengan anak yang masih stunting'" in unknown
    assert not any("Tabel" in line for line in warnings), "the run's messages name Table 1 as its report does"
    assert any("Table 1 keeps them, marked" in line for line in warnings)   # A3, A4 say nothing
    assert "title_en" not in err


def test_an_indonesian_run_of_the_same_batch_keeps_its_words(tmp_path: Path, capsys) -> None:
    report, err = _report(tmp_path, "id", capsys)
    assert report.paragraphs[0].text == "Hasil analisis tematik: Pemanfaatan BPJS di Wori"
    assert report.tables[0].rows[1].cells[1].text == "Kader Posyandu"
    assert "Tabel 1 keeps them, marked" in err and "role_en" not in err


def test_an_english_title_missing_is_said_once(tmp_path: Path, capsys) -> None:
    batch = write_batch(tmp_path, {"A1.md": A1, "batch.yaml": "title: Pemanfaatan BPJS di Wori\n"})
    out, _, err = _run(tmp_path, batch, "en", capsys)
    [said] = [line for line in err.splitlines() if "title_en" in line]
    assert "'Pemanfaatan BPJS di Wori'" in said and "batch.yaml" in said
    assert docx.Document(str(out / "batch_report.docx")).paragraphs[0].text.endswith("Pemanfaatan BPJS di Wori")


def test_the_english_appendix_prints_the_graders_english_and_heads_the_indonesian(tmp_path: Path, capsys) -> None:
    from pipeline.review.session import ReviewSession
    from pipeline.review.translations import ENGLISH_TRANSLATIONS_FILE

    batch = write_batch(tmp_path, {"A1.md": A1, "A2.md": A2})
    out, summary, _ = _run(tmp_path, batch, "en", capsys)
    quotes = pd.read_csv(out / "quotations.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert set(quotes["informant"]) == {"A1", "A2"}
    assert "2 of 2 quoted turns in the Word appendix lack one" in summary
    appendix = (out / "quotations.md").read_text(encoding="utf-8")
    assert appendix.count("> (Indonesian translation: ") == len(quotes)

    a2 = quotes.loc[quotes["informant"] == "A2", "segment_id"].iloc[0]
    session = ReviewSession(batch, out, reviewer="GR")
    session.correct_translation(a2, "I have no family card, so I cannot register.", file_name=ENGLISH_TRANSLATIONS_FILE)
    assert (batch / ENGLISH_TRANSLATIONS_FILE).exists() and not (batch / "translations.csv").exists()

    out, summary, _ = _run(tmp_path, batch, "en", capsys)
    appendix = (out / "quotations.md").read_text(encoding="utf-8")
    assert "> (I have no family card, so I cannot register.)" in appendix
    assert appendix.count("> (Indonesian translation: ") == 1 and "1 of 2 quoted turns in the Word appendix lacks one" in summary
    paragraphs = [p.text for p in docx.Document(str(out / "batch_report.docx")).paragraphs]
    assert "(I have no family card, so I cannot register.)" in paragraphs
    assert sum(text.startswith("(Indonesian translation: ") for text in paragraphs) == 1
    quotes = pd.read_csv(out / "quotations.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert quotes.set_index("segment_id").loc[a2, "translation_en"] == "I have no family card, so I cannot register."

    out, summary, _ = _run(tmp_path, batch, "id", capsys)   # Indonesian: as before, the English kept aside
    appendix = (out / "quotations.md").read_text(encoding="utf-8")
    assert "Indonesian translation" not in appendix and "family card" not in appendix
    assert "translation_en" not in pd.read_csv(out / "quotations.csv", encoding="utf-8-sig").columns
    assert "English translations" not in summary


def test_the_english_panel_offers_the_quoted_turns_and_keeps_what_was_typed(tmp_path: Path, capsys) -> None:
    from pipeline.review.translation_panel import saved_translations, translation_panel

    batch = write_batch(tmp_path, {"A1.md": A1, "A2.md": A2})
    out, _, _ = _run(tmp_path, batch, "en", capsys)
    from pipeline.review.session import ReviewSession

    session = ReviewSession(batch, out, reviewer="GR")
    empty = saved_translations(session, "en", english=True)
    assert "No English translations yet" in empty.data and "translations_en.csv" in empty.data
    panel = translation_panel(session, lang="en", english=True)
    quoted = set(pd.read_csv(out / "quotations.csv", encoding="utf-8-sig")["segment_id"])
    assert {value for _, value in panel.segment.options} == quoted
    assert panel.translation.value == "", "an English box starts empty, not with the Indonesian"
    panel.translation.value = "They are too lazy to register."
    panel.save.click()
    panel.show()
    assert panel.translation.value == "They are too lazy to register."
    assert len(saved_translations(session, "en", english=True)) == 1


def test_the_overview_notebook_shows_an_english_runs_roles_and_translations() -> None:
    from pipeline.review.overview import quotations_html, table1_html

    informants = pd.DataFrame({"informant": ["A1"], "role": ["Kader Posyandu"], "role_en": ["Posyandu cadre"],
                               "turns": ["2"]})
    english = table1_html(informants, "en")
    assert "Posyandu cadre" in english and "Kader Posyandu" not in english and "Role en" not in english
    assert "Kader Posyandu" in table1_html(informants, "id")
    quotes = pd.DataFrame({"code": ["Lazy"] * 2, "informant": ["A1", "A2"], "language": ["xmm"] * 2,
                           "text": ["Dorang malas mo urus.", "Kita nda punya KK."],
                           "translation": ["Mereka malas mengurus.", "Saya tidak punya KK."],
                           "translation_en": ["They are too lazy to register.", ""]})
    page = quotations_html(quotes, lang="en")
    assert "(They are too lazy to register.)" in page and "(Indonesian translation: Saya tidak punya KK.)" in page
    assert "(Saya tidak punya KK.)" in quotations_html(quotes.drop(columns="translation_en"), lang="id")


def test_an_indonesian_quote_in_an_english_appendix_is_marked_as_the_original(tmp_path: Path, capsys) -> None:
    indonesian = A2.replace("language: xmm", "language: ind").replace(
        "Kita nda punya kartu keluarga, jadi nda bisa daftar.", "Saya tidak punya kartu keluarga, jadi tidak bisa daftar.")
    batch = write_batch(tmp_path, {"A2.md": indonesian})
    out, _, _ = _run(tmp_path, batch, "en", capsys)
    appendix = (out / "quotations.md").read_text(encoding="utf-8")
    assert "Saya tidak punya kartu keluarga" in appendix
    assert "> (original in Indonesian)" in appendix and "Indonesian translation" not in appendix
    assert "no English translation" not in appendix
    out, _, _ = _run(tmp_path, batch, "id", capsys)
    assert "English" not in (out / "quotations.md").read_text(encoding="utf-8")
