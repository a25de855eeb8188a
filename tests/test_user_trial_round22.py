"""Round 22's new-user trial (a TB contact-screening study of fishermen's families): what the
researcher tripped over in the outputs, each fixed with its test."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.aggregate.saturation import saturation_point, saturation_table
from pipeline.errors import InputError
from pipeline.ingest.batch import read_batch
from tests.test_ingest_support import write_batch
from tests.test_saturation import BASE, batch


def test_coreq_saturation_sentence_says_why_not_reached_in_the_reports_language() -> None:
    """COREQ item 22 of an Indonesian run read "belum tercapai (7 wawancara; every run of 2 added
    more than 5% new codes)": the reason was English in every language."""
    segments, codings = batch(BASE + [["K21", "K22"], ["K23"]])
    result = saturation_point(saturation_table(segments, codings))
    assert not result.reached
    said = result.describe("id")
    assert "setiap rangkaian 2 wawancara menambah lebih dari 5% kode baru" in said
    assert "every run" not in said
    assert "every run of 2 added more than 5% new codes" in result.describe("en")


def test_too_few_interviews_reason_in_indonesian() -> None:
    segments, codings = batch(BASE[:3] + [["K01"]])
    said = saturation_point(saturation_table(segments, codings)).describe("id")
    assert "basis 4 dan rangkaian 2 wawancara memerlukan sedikitnya 6 wawancara" in said


# the interview's date as Indonesian researchers write it
SBV = "0:00:01.000,0:00:05.000\nP: Sekolah di mana?\n\n0:00:05.000,0:00:09.000\nN05: Di SMA, kelas dua.\n"


def test_a_day_first_date_in_a_sidecar_stops_the_run_with_the_date_to_write(tmp_path: Path) -> None:
    """`tanggal: 12-11-2026` was kept as text: no date, so saturation put the interview last and
    said its file gave none."""
    batch = write_batch(tmp_path, {"N05.sbv": SBV, "N05.yaml": "informant: N05\ntanggal: 12-11-2026\n"})
    with pytest.raises(InputError) as error:
        read_batch(batch, id_key=None)
    assert ("N05.yaml:2 [date]: '12-11-2026' is not written as YYYY-MM-DD: write 2026-11-12 if 12 is the day "
            "and 11 the month (else 2026-12-11)") in str(error.value)


def test_a_day_first_date_that_can_be_read_one_way_only_names_that_day(tmp_path: Path) -> None:
    batch = write_batch(tmp_path, {"N05.sbv": SBV, "N05.yaml": "informant: N05\ndate: 28/11/2026\n"})
    with pytest.raises(InputError) as error:
        read_batch(batch, id_key=None)
    assert "'28/11/2026' is not written as YYYY-MM-DD: write 2026-11-28" in str(error.value)


def test_a_date_with_its_month_named_is_read_as_that_day(tmp_path: Path) -> None:
    transcript = "---\ninformant: N01\ntanggal: Kamis, 12 November 2026\n---\nP: Sudah periksa?\nN01: Blum.\n"
    batch = write_batch(tmp_path, {"N01.md": transcript})
    assert str(read_batch(batch, id_key=None).documents["N01.md"].metadata["date"]) == "2026-11-12"


def test_a_day_first_date_in_a_word_table_of_facts_names_its_table_and_row(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    rows = [["Informan", "N04"], ["Jabatan", "Nelayan muda"], ["Tanggal", "13.11.2026"]]
    grid = document.add_table(rows=len(rows), cols=2)
    for row, values in zip(grid.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    for turn in ("P: Om so pernah diperiksa?", "N04: Blum, kita masih kuat."):
        document.add_paragraph(turn)
    batch = write_batch(tmp_path, {})
    document.save(batch / "N04.docx")
    with pytest.raises(InputError) as error:
        read_batch(batch, id_key=None)
    assert "N04.docx, table 1, row 3 (Tanggal): '13.11.2026' is not written as YYYY-MM-DD: write 2026-11-13" \
        in str(error.value)


@pytest.mark.parametrize(("written", "said"), [
    ("12/11/26", "N05.yaml:2 [date]: '12/11/26' is not written as YYYY-MM-DD: write 2026-11-12 if 12 is the day "
                 "and 11 the month (else 2026-12-11)"),
    ("belum dicatat", "N05.yaml:2 [date]: 'belum dicatat' is not a date the run can read, so it would order no "
                      "interview: write it as YYYY-MM-DD"),
    ("31-02-2026", "N05.yaml:2 [date]: '31-02-2026' is no day of the calendar"),
])
def test_a_date_the_run_cannot_read_stops_it_with_file_line_and_the_form_to_write(
        tmp_path: Path, written: str, said: str) -> None:
    batch = write_batch(tmp_path, {"N05.sbv": SBV, "N05.yaml": f"informant: N05\ndate: {written}\n"})
    with pytest.raises(InputError) as error:
        read_batch(batch, id_key=None)
    assert said in str(error.value)
    if written == "31-02-2026":
        assert "2026-11-12" not in str(error.value), "no unrelated example date"


@pytest.mark.parametrize(("written", "day"), [
    ("2026/11/12", "2026-11-12"), ("2026.11.12", "2026-11-12"), ("12 Oktober 2026 jam 10", "2026-10-12"),
    ("Senin, 12 Oktober 2026, pukul 10.00 WITA", "2026-10-12")])
def test_a_year_first_date_or_a_named_month_with_its_time_is_read_as_that_day(
        tmp_path: Path, written: str, day: str) -> None:
    transcript = f"---\ninformant: N01\ntanggal: {written}\n---\nP: Sudah periksa?\nN01: Blum.\n"
    batch = write_batch(tmp_path, {"N01.md": transcript})
    assert str(read_batch(batch, id_key=None).documents["N01.md"].metadata["date"]) == day
