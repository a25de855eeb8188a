"""Code saturation (Guest, Namey & Chen 2020) on constructed batches with known answers."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.aggregate.saturation import NOT_REACHED, saturation_point, saturation_table, undated_warning

# The first four interviews hold 20 distinct codes (K01..K20), so each later new code is 5% of the base.
BASE = [[f"K{n:02d}" for n in range(1, 8)], [f"K{n:02d}" for n in range(5, 13)],
        [f"K{n:02d}" for n in range(10, 17)], [f"K{n:02d}" for n in (1, 2, 17, 18, 19, 20)]]


def batch(interviews: list[list[str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One document per interview (informant A<n>), an interviewer question and one answer per code."""
    segments, codings = [], []
    for number, codes in enumerate(interviews, start=1):
        document = f"wawancara_{number:02d}.txt"
        segments.append({"segment_id": f"w{number}-q", "document": document, "informant": f"A{number}",
                         "speaker_role": "interviewer", "start": 0})
        for position, code in enumerate(codes, start=1):
            segment_id = f"w{number}-{position}"
            segments.append({"segment_id": segment_id, "document": document, "informant": f"A{number}",
                             "speaker_role": "informant", "start": position * 10})
            codings.append({"segment_id": segment_id, "informant": f"A{number}", "code": f"label {code}",
                            "code_id": code, "review": ""})
    return pd.DataFrame(segments), pd.DataFrame(codings)


def test_table_lists_new_codes_per_interview_in_file_order():
    segments, codings = batch([*BASE, ["K01", "K21"], ["K21", "K22"]])
    table = saturation_table(segments, codings)
    assert list(table["n_new"]) == [7, 5, 4, 4, 1, 1]
    assert list(table["cumulative"]) == [7, 12, 16, 20, 21, 22]
    assert table.iloc[4]["new_codes"] == "label K21"
    assert list(table["informant"]) == [f"A{n}" for n in range(1, 7)]
    assert table.attrs["ordered_by"] == "file order"


def test_saturation_at_first_run_exactly_at_threshold_is_4_plus_2():
    # Interviews 5 and 6 add one code (1/20 = 5%, at the threshold): saturation at 4+2.
    segments, codings = batch([*BASE, ["K03", "K21"], ["K04"], ["K21"], ["K05"]])
    result = saturation_point(saturation_table(segments, codings))
    assert result.reached and result.label == "4+2" and result.point == 6
    assert result.base_count == 20
    assert result.runs.iloc[0]["ratio"] == pytest.approx(0.05)


def test_saturation_slides_one_interview_at_a_time():
    # Run 5-6 adds 2 codes (10%); run 6-7 adds 1 (5%): saturation at 5+2, after 7 interviews.
    segments, codings = batch([*BASE, ["K21", "K22"], ["K01"], ["K23"], ["K02"]])
    result = saturation_point(saturation_table(segments, codings))
    assert result.label == "5+2" and result.point == 7
    assert list(result.runs["new_codes"]) == [2, 1, 1]
    assert list(result.runs["saturated"]) == [False, True, True]
    # A strict (0%) threshold and a run of 3 move the point.
    strict = saturation_point(saturation_table(segments, codings), threshold=0.0)
    assert strict.label == NOT_REACHED
    assert saturation_point(saturation_table(segments, codings), run=3).label == "5+3"


def test_never_saturating_batch_is_not_reached():
    segments, codings = batch([*BASE, *[[f"K{n}a", f"K{n}b"] for n in range(21, 26)]])
    result = saturation_point(saturation_table(segments, codings))
    assert not result.reached and result.label == NOT_REACHED and result.point is None
    assert list(result.runs["ratio"]) == pytest.approx([0.2] * 4)   # 2 interviews x 2 new codes / 20
    assert "not reached" in result.describe("en") and "code saturation" in result.describe("en").lower()
    assert "belum tercapai" in result.describe("id")


def test_too_few_interviews_is_not_reached_with_reason():
    segments, codings = batch(BASE[:3] + [["K01"]])
    result = saturation_point(saturation_table(segments, codings))
    assert result.label == NOT_REACHED and "at least 6 interviews" in result.reason_said("en")


def test_interviews_in_date_order_when_every_interview_is_dated():
    segments, codings = batch([*BASE, ["K21", "K22"], ["K01"], ["K02"], ["K03"]])
    assert saturation_point(saturation_table(segments, codings)).label == "5+2"     # file order
    # Interview 5 was conducted last: by date, interviews 6 and 7 follow the base and add nothing.
    dates = {f"wawancara_{n:02d}.txt": f"2022-08-{n:02d}" for n in range(1, 9)}
    dates["wawancara_05.txt"] = "2022-08-20"
    table = saturation_table(segments, codings, dates=dates)
    assert table.attrs["ordered_by"] == "date"
    assert list(table["document"])[4:] == ["wawancara_06.txt", "wawancara_07.txt", "wawancara_08.txt",
                                           "wawancara_05.txt"]
    assert list(table["date"])[-1] == "2022-08-20"
    assert saturation_point(table).label == "4+2"
    assert undated_warning(table) is None


def test_undated_interviews_come_after_the_dated_ones_and_are_named():
    segments, codings = batch([*BASE, ["K21", "K22"], ["K01"], ["K02"], ["K03"]])
    dates = {f"wawancara_{n:02d}.txt": f"2022-08-{20 - n:02d}" for n in range(1, 9)}   # conducted last to first
    dates["wawancara_03.txt"] = "Agustus 2022"
    del dates["wawancara_06.txt"]
    table = saturation_table(segments, codings, dates=dates)
    assert list(table["document"])[-2:] == ["wawancara_03.txt", "wawancara_06.txt"]
    assert list(table["document"])[:2] == ["wawancara_08.txt", "wawancara_07.txt"]
    warning = undated_warning(table)
    assert "2 of 8" in warning and "wawancara_03.txt (7.)" in warning and "wawancara_06.txt (8.)" in warning
    assert "have no date (YYYY-MM-DD) in their front matter" in warning and "were placed" in warning

    dates["wawancara_03.txt"] = "2022-08-17"
    one = undated_warning(saturation_table(segments, codings, dates=dates))
    assert "1 of 8 interviews has no date (YYYY-MM-DD) in its front matter or sidecar and was placed" in one
    assert "to order it as conducted" in one


def test_a_batch_with_no_date_is_said_to_be_ordered_by_file_name():
    segments, codings = batch([*BASE, ["K21", "K22"], ["K01"], ["K02"]])
    table = saturation_table(segments, codings, dates={"wawancara_02.txt": "Agustus 2022"})
    warning = undated_warning(table)
    assert warning.startswith("saturation: the 7 interviews are ordered by file name: no file has a date")
    assert "date: YYYY-MM-DD" in warning and "Tanggal" in warning
    result = saturation_point(table)
    assert result.by_file_name and result.order_note("en") == " (ordered by file name: no file has a date)"
    assert "Ordered by file name: no file has a date." in result.describe("en")
    assert "Diurutkan menurut nama file" in result.describe("id")
    dated = saturation_table(segments, codings, dates={"wawancara_01.txt": "2022-08-01"})
    assert not saturation_point(dated).by_file_name and "file name" not in saturation_point(dated).describe("en")
    # the undated ones are named where saturation is reported (figure caption, COREQ), not only in the run's warning
    assert saturation_point(dated).order_note("id").startswith(" (tanpa tanggal, ditempatkan terakhir: wawancara_02.txt")
    assert "Undated, placed last: wawancara_02.txt" in saturation_point(dated).describe("en")
    assert saturation_point(dated).explained("id") == "5+2 (5 wawancara dasar, lalu 2 wawancara dengan \u22645% kode baru)"


def test_rejected_codings_are_not_new_codes():
    segments, codings = batch([*BASE, ["K21"], ["K01"]])
    codings.loc[codings["code_id"] == "K21", "review"] = "rejected"
    table = saturation_table(segments, codings)
    assert table.iloc[4]["n_new"] == 0


def test_invalid_parameters_are_refused():
    segments, codings = batch(BASE)
    table = saturation_table(segments, codings)
    with pytest.raises(ValueError):
        saturation_point(table, base=0)
    with pytest.raises(ValueError):
        saturation_point(table, threshold=1.5)
