"""A turn's place as the user finds it in her own file: a CSV turn by the spreadsheet's row (the header
being row 1), a Word turn by its paragraph, in segments.csv's `place` and on the review cards, not by
the line of the text the reader built."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.ingest import read_batch
from pipeline.review.render import card_html, location
from pipeline.review.run_outputs import read_output
from pipeline.wording import shown_place
from test_ingest_support import docx_bytes
from test_notebooks import REPO, execute, outputs

CSV_ROWS = ("pembicara,teks\n"
            "P,Ibu so ada kartu BPJS?\n"
            "K1,\"Belum, torang malas mo urus pendaftaran BPJS, jauh skali kantor.\"\n")
WORD_PARAGRAPHS = ["Wawancara dengan K3 di Wori.\nDesa Wori, Mei 2026.", "", "P: Ibu so ada kartu BPJS?",
                   "K3: Kita cuma mo urus BPJS kalau ada rujukan ke rumah sakit."]


def _batch(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "K1.csv").write_text(CSV_ROWS, encoding="utf-8")
    (folder / "K3.docx").write_bytes(docx_bytes(WORD_PARAGRAPHS))
    return folder


def test_segments_name_a_csv_row_and_a_word_paragraph(tmp_path):
    segments = read_batch(_batch(tmp_path / "b")).segments.set_index("text")
    informant_row = segments.loc[segments.index.str.startswith("Belum")].iloc[0]
    assert (informant_row["line"], informant_row["place"]) == (2, "row 3"), "row 3: the header is row 1"
    word_turn = segments.loc[segments.index.str.startswith("Kita cuma")].iloc[0]
    assert word_turn["place"] == "paragraph 4", "a line break (Shift+Enter) starts no paragraph"


def test_a_text_file_names_its_line():
    assert shown_place("line 12", "en") == "line 12" and shown_place("line 12", "id") == "baris 12"
    assert shown_place("table 1, row 4 (Tanggal)", "id") == "tabel 1, baris 4 (Tanggal)"
    assert shown_place("paragraph 14, line 2", "id") == "paragraf 14, baris 2"


def test_a_card_names_the_place_and_an_older_segments_csv_still_shows_its_line():
    row = pd.Series({"document": "K1.csv", "line": 2, "place": "row 3"})
    assert location(row, "en") == "K1.csv, row 3" and location(row, "id") == "K1.csv, baris 3"
    older = pd.Series({"document": "K1.md", "line": "12", "place": ""})   # segments.csv of a run before `place`
    assert location(older) == "K1.md:12"


def test_an_older_segments_csv_without_place_is_read(tmp_path):
    path = tmp_path / "segments.csv"
    path.write_text("segment_id,informant,speaker_role,text,document,line\nK1-abc,K1,informant,Ya.,K1.md,7\n")
    frame = read_output(path)
    assert frame.loc[0, "place"] == "" and location(frame.loc[0]) == "K1.md:7"


@pytest.fixture(scope="module")
def analyzed(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("places")
    batch, out = _batch(root / "transcripts" / "tempat"), root / "outputs" / "tempat"
    done = subprocess.run([sys.executable, "-m", "pipeline", "analyze", str(batch), "--out", str(out),
                           "--codebook", str(REPO / "codebooks" / "wori.yaml"), "--workers", "1"],
                          capture_output=True, text=True, cwd=REPO, timeout=600)
    assert done.returncode == 0, done.stderr
    return batch, out


def test_analyze_writes_the_place_and_the_review_notebook_shows_it(analyzed):
    batch, out = analyzed
    segments = pd.read_csv(out / "segments.csv", dtype=str, keep_default_na=False)
    places = dict(zip(segments["text"].str[:9], segments["place"]))
    assert places["Belum, to"] == "row 3" and places["Kita cuma"] == "paragraph 4"
    notebook = execute("review", REPO / "notebooks", BATCH_DIR=str(batch), OUTPUT_DIR=str(out), REVIEWER="TEST")
    page = outputs(notebook, "text/html")
    assert "K1.csv, baris 3" in page and "K3.docx, paragraf 4" in page
    assert "K1.csv:2" not in page and "K3.docx:" not in page


def test_a_card_in_english(analyzed):
    _, out = analyzed
    segments = read_output(out / "segments.csv")
    row = segments[segments["document"] == "K1.csv"].iloc[-1]
    card = card_html(pd.Series({**row.to_dict(), "theme": "T", "category": "C", "code": "c", "source": "rule",
                                "confidence": "0.9"}), "en")
    assert "K1.csv, row 3" in card


def test_quotations_csv_names_each_quotes_place(analyzed):
    _, out = analyzed
    quotations = pd.read_csv(out / "quotations.csv", dtype=str, keep_default_na=False)
    assert not quotations.empty
    places = set(zip(quotations["document"], quotations["place"]))
    assert places <= {("K1.csv", "row 3"), ("K3.docx", "paragraph 4")} and places


def test_a_review_file_written_the_old_way_still_applies(analyzed, tmp_path):
    """No stored record keeps a turn's line (reviews are keyed on segment ids, anchored by turn and text
    hash): a reviews.csv of the six columns of old, without anchors, applies to the CSV turn as before."""
    import shutil

    from pipeline.review.session import ReviewSession

    batch, out = analyzed
    copy = tmp_path / batch.name
    shutil.copytree(batch, copy)
    codings = pd.read_csv(out / "codings.csv", dtype=str, keep_default_na=False)
    segments = pd.read_csv(out / "segments.csv", dtype=str, keep_default_na=False)
    row = codings[codings["segment_id"].isin(segments.loc[segments["document"] == "K1.csv", "segment_id"])].iloc[0]
    (copy / "reviews.csv").write_text("segment_id,code,decision,reviewer,timestamp,note\n"
                                      f"{row['segment_id']},{row['code']},reject,AB,2026-01-05T10:00:00,lama\n",
                                      encoding="utf-8")
    session = ReviewSession(copy, out, reviewer="T")
    [card] = [card for _, card in session._view.iterrows()
              if card["segment_id"] == row["segment_id"] and card["code_id"] == row["code_id"]]
    assert card["review"] == "rejected" and "K1.csv, baris 3" in card_html(card)
