"""A label naming a consequence with its cause ("Tidak ikut ujian karena demam") names no missing
thing: its cause is told affirmed, so its keywords count where they are said and a run that finds
it nowhere does not call it an absence (round 18)."""

from __future__ import annotations

from pathlib import Path

from pipeline.cli import main
from pipeline.coding.codebook_words import names_absence
from pipeline.codebook.load import load_codebook
from helpers import minimal_codebook_yaml
from test_ingest_support import write_batch

CODEBOOK = minimal_codebook_yaml([
    ("absen_demam", "Tidak ikut ujian karena demam",
     "A pupil misses an exam because of a fever.", ["demam", "panas tinggi"]),
    ("nilai", "Nilai rapor", "Marks on the school report.", ["nilai", "rapor"]),
    ("tanpa_kartu", "Tidak memiliki kartu pelajar", "The pupil has no student card.", ["kartu pelajar"]),
], name="Sekolah (test)")
TURNS = ("---\ninformant: G1\nlanguage: ind\n---\nP: Bagaimana minggu lalu?\n"
         "G1: Anak itu demam tinggi dua hari, jadi orang tuanya minta izin.\nP: Rapor?\nG1: Nilainya naik.\n")


def test_a_consequence_with_its_cause_names_no_absence(tmp_path: Path) -> None:
    path = tmp_path / "cb.yaml"
    path.write_text(CODEBOOK, encoding="utf-8")
    absent = {code.id for code in load_codebook(path).codes if names_absence(code)}
    assert absent == {"tanpa_kartu"}


def test_its_cause_said_affirmed_codes_it_without_an_absence_warning(tmp_path: Path, capsys) -> None:
    batch = write_batch(tmp_path, {"G1.md": TURNS})
    codebook = tmp_path / "cb.yaml"
    codebook.write_text(CODEBOOK, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(batch), "--codebook", str(codebook), "--out", str(out),
                 "--workers", "1", "--no-history"]) == 0
    said = [line for line in capsys.readouterr().err.splitlines() if "names an absence" in line]
    assert all("absen_demam" not in line for line in said)
    assert "absen_demam" in (out / "codings.csv").read_text(encoding="utf-8")
