"""Tabel 1 without informants.csv: rows in code order, and an informant whose file gives no role
(a subtitle file without a sidecar) is warned about instead of printing an empty description."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from test_ingest_support import write_batch

SRT = """1
00:00:01,000 --> 00:00:03,000
[SPEAKER_00]: Ibu minum obat tiap hari?

2
00:00:04,000 --> 00:00:08,000
[SPEAKER_01]: Iyo, tiap pagi kita minum obat.

3
00:00:09,000 --> 00:00:11,000
[SPEAKER_00]: Sapa yang ingatkan?

4
00:00:12,000 --> 00:00:15,000
[SPEAKER_01]: Kita pe anak parampuang.
"""


def typed(code: str, role: str) -> str:
    return f"---\ninformant: {code}\nrole: {role}\nlanguage: xmm\n---\nP: Sapa yang ingatkan?\n{code}: Kita pe anak.\n"


def test_a_subtitle_file_without_a_role_is_warned_about_and_rows_come_in_code_order(tmp_path: Path) -> None:
    (tmp_path / "B10.txt").write_text(typed("B10", "Kader TB"), encoding="utf-8")
    (tmp_path / "B9.txt").write_text(typed("B9", "Pasien TB"), encoding="utf-8")
    (tmp_path / "B02.srt").write_text(SRT, encoding="utf-8")
    (tmp_path / "batch.yaml").write_text("speakers:\n  B02.srt: {SPEAKER_00: P, SPEAKER_01: B02}\n", encoding="utf-8")
    batch = read_batch(tmp_path)
    assert batch.informants["informant"].tolist() == ["B02", "B9", "B10"]
    [warning] = [text for text in batch.warnings if "no role" in text]
    assert "B02 (B02.srt" in warning and "sidecar" in warning
    assert not any("B9" in text or "B10" in text for text in batch.warnings)


def test_a_label_the_batch_maps_is_a_speaker_even_when_used_once(tmp_path: Path) -> None:
    short = "\n".join(SRT.split("\n")[:7]) + "\n"   # one question, one answer
    (tmp_path / "B02.srt").write_text(short, encoding="utf-8")
    (tmp_path / "B02.yaml").write_text("informant: B02\nrole: Pasien TB\nspeakers: {SPEAKER_00: P, SPEAKER_01: B02}\n",
                                       encoding="utf-8")
    batch = read_batch(tmp_path)
    assert batch.segments["speaker"].tolist() == ["P", "B02"]
    assert batch.segments["text"].tolist() == ["Ibu minum obat tiap hari?", "Iyo, tiap pagi kita minum obat."]


def test_a_misspelled_informants_column_is_refused_with_did_you_mean(tmp_path):
    batch = write_batch(tmp_path, {
        "R1.md": "P: Bagaimana?\n\nR1: Baik.\n",
        "informants.csv": "informant,role,rol_en,lokasii,usia\nR1,Bidan,Midwife,Desa Sea,41\n",
    })
    with pytest.raises(InputError) as raised:
        read_batch(batch)
    found = {(problem.line, problem.key): problem.message for problem in raised.value.problems}
    assert set(found) == {(1, "rol_en"), (1, "lokasii")}   # usia is an attribute of its own
    assert "did you mean 'role_en'?" in found[(1, "rol_en")]
    assert "did you mean 'lokasi'?" in found[(1, "lokasii")]
    assert str(raised.value).count("informants.csv:1") == 2


def test_a_misspelled_informant_column_gets_did_you_mean(tmp_path):
    batch = write_batch(tmp_path, {"R1.md": "P: Bagaimana?\n\nR1: Baik.\n",
                                   "informants.csv": "infromant,role\nR1,Bidan\n"})
    with pytest.raises(InputError, match="did you mean 'informant'"):
        read_batch(batch)


def test_a_label_read_as_an_informant_in_a_file_naming_another_says_whom_the_file_names(tmp_path):
    from pipeline.ingest import read_batch
    from test_ingest_support import write_batch

    text = "---\ninformant: A1\nrole: Petani\n---\nP: Sudah periksa dahak?\nB2: Sudah, di Puskesmas.\n"
    warnings = read_batch(write_batch(tmp_path, {"dahak.md": text})).warnings
    [said] = [warning for warning in warnings if "has no role for B2" in warning]
    assert "names A1 as its informant" in said and "says nothing about its informant" not in said


def test_a_code_spelt_in_another_case_in_informants_csv_is_one_informant(tmp_path):
    files = {"kebun_T4.srt": SRT, "kebun_T4.yaml": "speakers: {SPEAKER_00: P, SPEAKER_01: T4}\n",
             "informants.csv": "informant,role\nt4,Petani cengkeh\nT5,Tukang ojek\n",
             "ojek_T5.md": typed("T5", "Tukang ojek")}
    batch = read_batch(write_batch(tmp_path, files))
    assert batch.informants["informant"].tolist() == ["T4", "T5"]
    assert batch.informants["role"].tolist() == ["Petani cengkeh", "Tukang ojek"]
    [said] = [warning for warning in batch.warnings if "different capitals" in warning]
    assert "'t4' (informants.csv line 2) and T4 (kebun_T4.srt line 6)" in said
    assert not any("no transcript" in warning or "does not list" in warning for warning in batch.warnings)
