"""A new user's typed transcripts label the informant "Informan:" or "Responden:" and carry no
front matter (round 9 trial): each file's turns belong to the informant the file is named after,
not to one informant called "Informan" shared by every such file."""

from __future__ import annotations

from pathlib import Path

from pipeline.ingest import read_batch
from test_ingest_support import write_batch

INFORMANTS = "informant,role\nB3,Pasien TB\nB4,Pasien TB\n"


def _interview(label: str) -> str:
    return (f"Pewawancara: Bapak pernah lupa minum obat?\n{label}: Iyo, kadang kita lupa.\n"
            f"Pewawancara: Kenapa?\n{label}: Puskesmas jauh.\n")


def test_a_files_generic_informant_label_names_the_code_the_file_is_named_after(tmp_path: Path) -> None:
    batch = read_batch(write_batch(tmp_path, {"B3.txt": _interview("Informan"),
                                              "wawancara_B4.txt": _interview("Responden"),
                                              "informants.csv": INFORMANTS}))
    spoken = batch.segments[batch.segments["speaker_role"] == "informant"]
    assert dict(zip(spoken["document"], spoken["informant"])) == {"B3.txt": "B3", "wawancara_B4.txt": "B4"}
    assert spoken["speaker"].tolist() == ["Informan", "Informan", "Responden", "Responden"]   # verbatim
    assert batch.informants["informant"].tolist() == ["B3", "B4"]
    assert not any("Informan" in warning or "Responden" in warning for warning in batch.warnings)
    assert not any("0 turns" in warning for warning in batch.warnings)


def test_a_generic_label_in_a_file_that_names_no_code_says_what_to_do(tmp_path: Path) -> None:
    batch = read_batch(write_batch(tmp_path, {"catatan_ibu.txt": _interview("Informan")}))
    assert set(batch.segments.loc[batch.segments["speaker_role"] == "informant", "informant"]) == {"Informan"}
    [said] = [warning for warning in batch.warnings if "'Informan'" in warning]
    assert "catatan_ibu.txt:2" in said and "informant: CODE" in said and "CODE.txt" in said


def test_front_matter_still_names_the_informant(tmp_path: Path) -> None:
    batch = read_batch(write_batch(tmp_path, {"B3.txt": "---\ninformant: B9\n---\n" + _interview("Informan")}))
    assert set(batch.segments.loc[batch.segments["speaker_role"] == "informant", "informant"]) == {"B9"}
