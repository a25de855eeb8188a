"""An honorific typed before an informant's code ("Ibu S07 :", "Pak K2:", "Bpk. R3:") is that informant
(round 19 trial: "Ibu S07" became an informant of its own in every table, beside informants.csv's S07
"without a transcript", and the file's interviewer turns were filed under "Ibu S07")."""

from __future__ import annotations

from pipeline.ingest import read_batch
from test_ingest_support import write_batch

# invented interview about a village boat ambulance
TYPED = ("Catatan wawancara, rumah informan\n\n"
         "P : Ibu pernah pakai ambulans laut?\n"
         "{label} : Pernah, waktu anak saya demam tinggi malam hari.\n"
         "P : Bayar?\n"
         "{label} : Tidak bayar, cuma ganti bensin.\n")


def test_an_honorific_before_a_code_is_that_informant(tmp_path):
    batch = write_batch(tmp_path, {"K2_ketik.txt": TYPED.format(label="Ibu K2"),
                                   "R3.txt": TYPED.format(label="Bpk. R3").replace("Ibu pernah", "Bapak pernah"),
                                   "informants.csv": "informant,role\nK2,Ibu nelayan\nR3,Nelayan\n"})
    result = read_batch(batch)
    segments = result.segments
    assert set(segments["informant"]) == {"K2", "R3"}
    spoken = segments[segments["speaker_role"] == "informant"]
    assert spoken["informant"].tolist() == ["K2", "K2", "R3", "R3"]
    assert not any("is not an informant code" in warning for warning in result.warnings)


def test_a_titled_label_used_once_is_still_the_informant(tmp_path):
    text = "P: Sudah berapa lama Bapak melaut?\nPak N4: Dua puluh tahun lebih.\n"
    segments = read_batch(write_batch(tmp_path, {"N4.txt": text})).segments
    assert segments["speaker_role"].tolist() == ["interviewer", "informant"]
    assert segments["informant"].tolist() == ["N4", "N4"]

