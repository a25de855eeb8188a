"""Counts in what the user reads agree with their nouns (round 9): "1 informant segment in 1
document", never "1 informant segments in 1 documents" or "1 cue(s)"; one helper, `quantity`."""

from __future__ import annotations

from pathlib import Path

import docx

from pipeline.cli import main
from pipeline.export.coreq import _coders
from pipeline.wording import counted_noun, plural_form, quantity, table_names
from test_ingest_support import MINIMAL_CODEBOOK, needs_pipeline, write_batch


def test_quantity_agrees_with_its_count() -> None:
    assert quantity(1, "document") == "1 document"
    assert [quantity(n, "document") for n in (0, 2)] == ["0 documents", "2 documents"]
    assert quantity(3, "earlier batch", "earlier batches") == "3 earlier batches"
    assert plural_form(1, "awaits", "await") == "awaits" and plural_form(4, "awaits", "await") == "await"
    assert counted_noun(1, "segment", "en") == "1 informant segment"
    assert counted_noun(5, "segment", "id") == "5 segmen informan"


def test_table_names_follow_the_runs_language() -> None:
    message = "informants.csv: A5 (line 6) has no transcript in the batch: add its file. Tabel 1 keeps it with 0 turns"
    assert table_names(message, "en").endswith("Table 1 keeps it with 0 turns")
    assert table_names(message, "id") == message


@needs_pipeline
def test_a_one_turn_batch_is_summarised_in_the_singular(tmp_path: Path, capsys) -> None:
    batch = write_batch(tmp_path, {"A1.md": "---\ninformant: A1\nlanguage: xmm\n---\n"
                                            "P: Kenapa?\nA1: Dorang malas mo urus KK.\n"})
    codebook = tmp_path / "tes.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(batch), "--codebook", str(codebook), "--out", str(out), "--workers", "1",
                 "--lang", "en", "--no-history"]) == 0
    summary = capsys.readouterr().out
    assert summary.startswith("1 informant segment in 1 document, 1 coding counted;")
    note = docx.Document(str(out / "batch_report.docx")).paragraphs[1].text
    assert note.startswith("1 informant segment from 1 document;")


def test_an_input_problem_is_counted_in_the_singular(tmp_path: Path, capsys) -> None:
    assert main(["analyze", str(tmp_path / "missing")]) == 2
    assert "1 problem in the input; nothing was written." in capsys.readouterr().err


def test_the_coreq_checklist_counts_one_coder_in_the_singular() -> None:
    assert _coders(["RA"], None, "en") == "1 coder: RA."
    assert _coders(["RA", "SB"], None, "en") == "2 coders: RA; SB."
