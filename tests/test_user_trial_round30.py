"""Round 30's new-user trial (carers of family members on six months of tuberculosis treatment in
Manado: one student's Descript .docx exports, the other's Word files typed by hand, one interview in
two files, the codebook kept in the batch folder): what the lecturer tripped over, each fixed with its
test."""

from __future__ import annotations

from pathlib import Path

from test_ingest_support import write_batch

from pipeline.ingest import read_batch

INTERVIEW = "P: Siapa yang kase inga minum obat?\nK2: Kita pasang alarm tiap pagi.\n"


def test_the_codebooks_kept_translations_beside_it_are_no_transcript(tmp_path: Path) -> None:
    """A codebook kept in the batch folder gets `<codebook>.translations.csv` beside its decisions after
    the first corrected translation: every later run warned it was 'ignored, not a transcript'."""
    kept = "batch,words,text,translation,reviewer,timestamp\nb,ab12,Kita pe mama,Ibu saya,DL,2026-11-20\n"
    batch = read_batch(write_batch(tmp_path, {"K2.md": INTERVIEW, "tb.translations.csv": kept,
                                              "tb.translations.csv.bak": kept, "tb.decisions.csv": "x\n"}))
    assert not any("translations.csv" in warning for warning in batch.warnings)
    assert set(batch.segments["document"]) == {"K2.md"}


def test_a_spreadsheet_named_like_translations_is_still_read(tmp_path: Path) -> None:
    """Only the `.translations.csv` suffix is passed over: a transcript saved as `translations_K3.csv`
    (no dot before the word) is still a spreadsheet of turns."""
    rows = "pembicara,teks\nP,Ada yang bantu?\nK3,Kolom ja bantu.\n"
    batch = read_batch(write_batch(tmp_path, {"translations_K3.csv": rows}))
    assert batch.segments["speaker"].tolist() == ["P", "K3"]
