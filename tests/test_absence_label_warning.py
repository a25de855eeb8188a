"""A label that names an absence makes its keywords count only where the thing is missing; a
researcher whose label also meant something present ("Jarak jauh dan tidak ada transportasi")
saw the code found nowhere and was told to check the codebook's batch (new-user trial, round 9)."""

from __future__ import annotations

from pathlib import Path

from pipeline.cli import main
from helpers import minimal_codebook_yaml
from test_ingest_support import write_batch

CODEBOOK = minimal_codebook_yaml([
    ("jarak_transportasi", "Jarak jauh dan tidak ada transportasi",
     "Distance and lack of transport keep mothers from the clinic.", ["jauh", "ojek", "transportasi", "ongkos"]),
    ("takut", "Takut efek samping KB", "Fear of contraceptive side effects.", ["takut", "efek samping"]),
], name="Nifas (test)")
TURNS = "---\ninformant: N1\nlanguage: ind\n---\nP: Bagaimana ke puskesmas?\nN1: {answer}\nP: KB?\nN1: Saya takut efek sampingnya.\n"


def _warnings(tmp_path: Path, answer: str, capsys) -> str:
    batch = write_batch(tmp_path, {"N1.md": TURNS.format(answer=answer)})
    codebook = tmp_path / "cb.yaml"
    codebook.write_text(CODEBOOK, encoding="utf-8")
    assert main(["analyze", str(batch), "--codebook", str(codebook), "--out", str(tmp_path / "out"),
                 "--workers", "1", "--no-history"]) == 0
    return capsys.readouterr().err


def test_an_absence_code_found_nowhere_says_why(tmp_path: Path, capsys) -> None:
    err = _warnings(tmp_path, "Ongkos ojek lima puluh ribu sekali jalan.", capsys)
    [said] = [line for line in err.splitlines() if "names an absence" in line]
    assert "'jarak_transportasi' (Jarak jauh dan tidak ada transportasi)" in said
    assert "reword the label without the negation or split the code" in said
    assert "is it this batch's codebook" not in err, "the fear code was found: the codebook is right"


def test_an_absence_code_that_was_found_is_not_warned_about(tmp_path: Path, capsys) -> None:
    err = _warnings(tmp_path, "Tidak ada ojek ke sana, jadi saya jalan kaki.", capsys)
    assert "names an absence" not in err
