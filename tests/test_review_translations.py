"""Issue 16: a grader's translation made through the review API changes the next run's
segments.csv and quotation appendix, survives an edit elsewhere in the transcript, is kept as an
orphan when its text is gone, and is offered as a lexicon candidate."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.review.session import ReviewSession
from pipeline.review.translations import apply_translations, read_translations, text_hash
from test_review_support import analyze_unavailable

if analyze_unavailable():
    pytest.skip(analyze_unavailable(), allow_module_level=True)

import pipeline.run as run  # noqa: E402
from pipeline.review.lexicon_candidates import candidates  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CODEBOOK = REPO / "codebooks" / "wori.yaml"
CORRECTED = "Kami sudah merujuk mereka ke puskesmas, tetapi mereka tidak pergi."


def analyze(batch: Path, out: Path) -> Path:
    return run.analyze(batch, codebook_path=CODEBOOK, out_dir=out, workers=1, progress=False).out_dir


def read(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")


@pytest.fixture
def wori(tmp_path: Path) -> Path:
    batch = tmp_path / "wori"
    shutil.copytree(REPO / "transcripts" / "wori", batch, ignore=shutil.ignore_patterns("reviews*.csv*"))
    return batch


def quoted_xmm_segment(out: Path) -> pd.Series:
    quotes = read(out, "quotations")
    segments = read(out, "segments").set_index("segment_id")
    for segment_id in quotes["segment_id"]:
        row = segments.loc[segment_id]
        if row["language"] in ("xmm", "mixed") and row["translation"].strip() != row["text"].strip():
            return row.rename(segment_id)
    raise AssertionError("the Wori appendix quotes a Manado Malay turn with a translation")


def test_a_correction_changes_the_next_runs_appendix_and_survives_edits(wori: Path, tmp_path: Path) -> None:
    first = analyze(wori, tmp_path / "run1")
    target = quoted_xmm_segment(first)
    assert CORRECTED not in (first / "quotations.md").read_text(encoding="utf-8")

    session = ReviewSession(wori, first, reviewer="GR")
    session.correct_translation(target.name, CORRECTED, note="merujuk, not rujuk")
    stored = read_translations(wori)
    assert list(stored["segment_id"]) == [target.name] and stored.loc[0, "text_hash"] == text_hash(target["text"])

    second = analyze(wori, tmp_path / "run2")
    assert CORRECTED in (second / "quotations.md").read_text(encoding="utf-8")
    assert read(second, "segments").set_index("segment_id").loc[target.name, "translation"] == CORRECTED

    # an edit to another line keeps the correction; removing its text makes it an orphan, kept
    document = next(path for path in wori.iterdir() if path.name == target["document"])
    source = document.read_text(encoding="utf-8")
    document.write_text(source.replace(target["text"], target["text"] + " Bagitu jo."), encoding="utf-8")
    third = run.analyze(wori, codebook_path=CODEBOOK, out_dir=tmp_path / "run3", workers=1, progress=False)
    assert CORRECTED not in (third.out_dir / "quotations.md").read_text(encoding="utf-8")
    assert any("translations.csv" in warning and target.name in warning for warning in third.warnings)
    assert len(read_translations(wori)) == 1  # never deleted


def test_corrections_follow_their_text_to_a_new_segment_id() -> None:
    segments = pd.DataFrame({"segment_id": ["a-2", "a-3"], "text": ["Kita so pulang.", "Dorang so datang."],
                             "translation": ["Saya sudah pulang.", "Mereka sudah datang."]})
    corrections = pd.DataFrame([{"segment_id": "a-1", "text_hash": text_hash("Dorang  so datang."),
                                 "text": "Dorang so datang.", "translation": "Mereka telah tiba.",
                                 "reviewer": "GR", "timestamp": "2026-12-01T10:00:00+00:00", "note": ""}])
    corrected, outcome = apply_translations(segments, corrections)
    assert list(corrected["translation"]) == ["Saya sudah pulang.", "Mereka telah tiba."]
    assert outcome.applied == 1 and outcome.orphans.empty


def test_suggest_lexicon_offers_the_words_a_grader_changed(wori: Path, tmp_path: Path) -> None:
    batch = tmp_path / "tiny"
    batch.mkdir()
    (batch / "a.txt").write_text("---\ninformant: A1\nlanguage: xmm\n---\nA1: Kita pe kokoleh so ilang.\n",
                                 encoding="utf-8")
    out = analyze(batch, tmp_path / "tiny_out")
    segment = read(out, "segments").iloc[0]
    ReviewSession(batch, out, reviewer="GR").correct_translation(segment["segment_id"], "Kucing saya sudah hilang.")
    found = candidates(batch)
    assert ("kokoleh", "kucing") in {(c.xmm, c.ind) for c in found}


def test_suggest_lexicon_diffs_the_runs_translation_and_proposes_only_what_changed(tmp_path: Path) -> None:
    """An Indonesian turn is glossed as Indonesian by the run ('tiap' kept): only the grader's one
    change ('mengantar' -> 'antar', an affixed reading of 'antar') is proposed."""
    batch = tmp_path / "ind"
    batch.mkdir()
    (batch / "a.txt").write_text("---\ninformant: A1\nlanguage: ind\n---\nA1: Saya antar mama tiap bulan. Saya kerja "
                                 "di Airmadidi jadi harus minta izin.\n", encoding="utf-8")
    out = analyze(batch, tmp_path / "ind_out")
    segment = read(out, "segments").iloc[0]
    assert " mengantar " in segment["translation"], "the glosser's reading this test corrects"
    ReviewSession(batch, out, reviewer="GR").correct_translation(
        segment["segment_id"], segment["translation"].replace(" mengantar ", " antar "))
    assert [(c.xmm, c.ind, c.machine) for c in candidates(batch)] == [("antar", "antar", "mengantar")]


def test_a_correction_made_on_an_unredacted_run_applies_to_a_redacted_one(tmp_path: Path) -> None:
    batch = tmp_path / "named"
    batch.mkdir()
    (batch / "redact.txt").write_text("Yance Mamesah\n", encoding="utf-8")
    (batch / "a.txt").write_text("---\ninformant: A1\nlanguage: xmm\n---\n"
                                 "A1: Yance Mamesah so bawa kita pe anak ka puskesmas.\n", encoding="utf-8")
    plain = run.analyze(batch, codebook_path=CODEBOOK, out_dir=tmp_path / "plain", workers=1, progress=False,
                        redact=False).out_dir
    segment = read(plain, "segments").iloc[0]
    assert "Yance" in segment["text"]
    ReviewSession(batch, plain, reviewer="GR").correct_translation(
        segment["segment_id"], "Yance Mamesah sudah membawa anak saya ke puskesmas.")
    stored = read_translations(batch)
    assert "Yance" not in stored.loc[0, "text"]  # the key text is the masked one, whatever the run

    masked = analyze(batch, tmp_path / "masked")
    row = read(masked, "segments").iloc[0]
    assert "Yance" not in row["text"] and row["translation"].endswith("sudah membawa anak saya ke puskesmas.")
    again = run.analyze(batch, codebook_path=CODEBOOK, out_dir=tmp_path / "plain2", workers=1, progress=False,
                        redact=False).out_dir
    assert read(again, "segments").iloc[0]["translation"] == "Yance Mamesah sudah membawa anak saya ke puskesmas."


def test_the_translation_panel_is_rebuilt_by_the_notebooks_refresh(tmp_path: Path) -> None:
    from pipeline.review.translation_panel import translation_panel
    from pipeline.review.panels import refresh_panel
    from pipeline.review.widgets import review_app

    batch = tmp_path / "small"
    batch.mkdir()
    transcript = batch / "a.txt"
    transcript.write_text("---\ninformant: A1\nlanguage: xmm\n---\nA1: Torang so pigi ka puskesmas.\n", encoding="utf-8")
    out = analyze(batch, tmp_path / "out")
    session = ReviewSession(batch, out, reviewer="GR")
    app = review_app(session)
    panel = translation_panel(session, app, lang="en")
    assert len(panel.segment.options) == 1

    transcript.write_text(transcript.read_text(encoding="utf-8")
                          + "P: Ngana so bawa depe kartu?\nA1: Dorang nyanda mo bantu.\n", encoding="utf-8")
    refresh_panel(session, lambda: analyze(batch, out), app).button.click()
    labels = [label for label, _ in panel.segment.options]
    assert len(labels) == 2 and any("Dorang nyanda mo bantu" in label for label in labels)
    assert not any("Ngana so bawa" in label for label in labels)  # the interviewer's turn is never quoted
    panel.segment.value = panel.segment.options[-1][1]
    assert "Mereka tidak" in panel.machine.value
