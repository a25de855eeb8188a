"""Inter-coder agreement against values computed by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest
import yaml
from helpers import minimal_codebook_yaml

from pipeline.aggregate.agreement import (
    ALL_CODES, NOTE_CONSTANT_ABSENT, agreement_result, agreement_table, units_from_segments,
)
from pipeline.codebook.load import parse_codebook
from pipeline.coder_files import read_codings
from pipeline.errors import InputError

UNITS = [f"s{number:02d}" for number in range(1, 11)]
# Decisions per unit s01..s10 (1 = code applied).
X_A = [1, 1, 1, 0, 0, 0, 0, 0, 1, 0]
X_B = [1, 1, 0, 0, 0, 0, 0, 1, 1, 0]
Y_A = [0] * 10
Y_B = [0, 0, 0, 0, 1, 0, 0, 0, 0, 0]

# Code X. Agreement on 8 of 10 units: po = 0.8. Both coders say "present" on 4 units, so
# pe = 0.4 * 0.4 + 0.6 * 0.6 = 0.52 and kappa = (0.8 - 0.52) / (1 - 0.52) = 0.28 / 0.48 = 7/12.
# Alpha (nominal): the coincidence matrix of the 20 pairable values is
#   o00 = 10 (5 units both absent, counted both ways), o11 = 6, o01 = o10 = 2; n0 = 12, n1 = 8, n = 20.
#   Do = (o01 + o10) / n = 4/20; De = 2 * n0 * n1 / (n (n - 1)) = 192/380; alpha = 1 - Do/De = 1 - 76/192 = 29/48.
KAPPA_X, ALPHA_X = 7 / 12, 29 / 48
# Code Y: A never uses it, B once. po = 0.9; pe = 1.0 * 0.9 + 0 * 0.1 = 0.9; kappa = 0 / 0.1 = 0.
#   o00 = 18, o01 = o10 = 1, n0 = 19, n1 = 1: Do = 2/20, De = 2 * 19 / 380 = 0.1, alpha = 0.
KAPPA_Y, ALPHA_Y = 0.0, 0.0
# Pooled over X, Y and Z (Z used by nobody): 30 decisions, 3 disagreements: po = 27/30.
#   A says present 4 times, B 5 times: pe = (4 * 5 + 26 * 25) / 900 = 670/900; kappa = 140/230 = 14/23.
#   Alpha: n = 60, n1 = 9, n0 = 51, o01 + o10 = 6: Do = 6/60, De = 2 * 51 * 9 / (60 * 59) = 918/3540,
#   alpha = 1 - 354/918 = 94/153.
KAPPA_ALL, ALPHA_ALL = 14 / 23, 94 / 153


def codings(decisions: dict[str, list[int]], **extra: str) -> pd.DataFrame:
    rows = [{"segment_id": unit, "code": label, **extra}
            for label, vector in decisions.items() for unit, present in zip(UNITS, vector) if present]
    return pd.DataFrame(rows, columns=["segment_id", "code", *extra])


def test_per_code_and_pooled_statistics_match_hand_computation():
    coder_a = codings({"Malas mengurus": X_A, "Rujukan": Y_A})
    # B writes the labels with other case and spacing: codes are matched by normalised label.
    coder_b = codings({"malas  Mengurus ": X_B, "RUJUKAN": Y_B})
    table = agreement_table(coder_a, coder_b, units=UNITS, codes=["Malas mengurus", "Rujukan", "Tidak punya KK"])

    assert list(table["code"]) == ["Malas mengurus", "Rujukan", "Tidak punya KK", ALL_CODES]
    x, y, z, pooled = (table.iloc[index] for index in range(4))
    assert x["cohen_kappa"] == pytest.approx(KAPPA_X, abs=1e-9)
    assert x["krippendorff_alpha"] == pytest.approx(ALPHA_X, abs=1e-9)
    assert x["percent_agreement"] == pytest.approx(80.0, abs=1e-9)
    assert (x["n_units"], x["a_count"], x["b_count"]) == (10, 4, 4)
    assert y["cohen_kappa"] == pytest.approx(KAPPA_Y, abs=1e-9)
    assert y["krippendorff_alpha"] == pytest.approx(ALPHA_Y, abs=1e-9)
    assert y["percent_agreement"] == pytest.approx(90.0, abs=1e-9)
    assert pooled["cohen_kappa"] == pytest.approx(KAPPA_ALL, abs=1e-9)
    assert pooled["krippendorff_alpha"] == pytest.approx(ALPHA_ALL, abs=1e-9)
    assert pooled["percent_agreement"] == pytest.approx(90.0, abs=1e-9)
    assert pooled["n_units"] == 30


def test_code_neither_coder_used_is_nan_with_full_agreement_and_a_reason():
    table = agreement_table(codings({"X": X_A}), codings({"X": X_B}), units=UNITS, codes=["X", "Unused"])
    unused = table[table["code"] == "Unused"].iloc[0]
    assert math.isnan(unused["cohen_kappa"]) and math.isnan(unused["krippendorff_alpha"])
    assert unused["percent_agreement"] == 100.0
    assert unused["note"] == NOTE_CONSTANT_ABSENT


def test_rejected_rows_do_not_count():
    coder_a = pd.concat([codings({"X": X_A}, review=""),
                         pd.DataFrame([{"segment_id": "s08", "code": "X", "review": "rejected"}])], ignore_index=True)
    table = agreement_table(coder_a, codings({"X": X_B}), units=UNITS)
    assert table.iloc[0]["cohen_kappa"] == pytest.approx(KAPPA_X, abs=1e-9)


def test_units_default_to_segments_either_coder_coded():
    result = agreement_result(codings({"X": X_A}), codings({"X": X_B}))
    coded = sorted({unit for unit, a, b in zip(UNITS, X_A, X_B) if a or b})
    assert sorted(result.units) == coded
    # Units both left uncoded are no longer decisions: every remaining unit has a "present".
    assert result.table.iloc[0]["n_units"] == len(coded)


def test_codings_outside_the_units_are_reported_not_silently_dropped():
    coder_b = pd.concat([codings({"X": X_B}), pd.DataFrame([{"segment_id": "q01", "code": "X"}])], ignore_index=True)
    result = agreement_result(codings({"X": X_A}), coder_b, units=UNITS)
    assert list(result.outside_units["segment_id"]) == ["q01"]
    assert result.table.iloc[0]["cohen_kappa"] == pytest.approx(KAPPA_X, abs=1e-9)
    assert any("coder B" in message and "q01" in message for message in result.messages())


def test_units_are_the_informant_segments():
    segments = pd.DataFrame({"segment_id": ["q1", "a1", "q2", "a2"],
                             "speaker_role": ["interviewer", "informant", "interviewer", "informant"]})
    assert units_from_segments(segments) == ["a1", "a2"]


def test_read_codings_leaves_out_rejected_and_unreviewed_model_rows(tmp_path):
    path = tmp_path / "codings.csv"
    pd.DataFrame([
        {"segment_id": "s01", "code": "X", "source": "rule", "review": ""},
        {"segment_id": "s02", "code": "X", "source": "model", "review": ""},
        {"segment_id": "s03", "code": "X", "source": "model", "review": "accepted"},
        {"segment_id": "s04", "code": "X", "source": "rule", "review": "rejected"},
    ]).to_csv(path, index=False)
    assert list(read_codings(path)["segment_id"]) == ["s01", "s03"]
    assert list(read_codings(path, include_model=True)["segment_id"]) == ["s01", "s02", "s03"]


def test_read_codings_names_file_and_line_for_bad_input(tmp_path):
    missing = tmp_path / "coder_b.csv"
    missing.write_text("segment,kode\ns01,X\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_codings(missing)
    assert f"{missing}:1" in str(error.value) and "segment_id" in str(error.value)

    blank = tmp_path / "blank.csv"
    blank.write_text("segment_id,code\ns01,X\ns02,\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_codings(blank)
    assert f"{blank}:3 [code]" in str(error.value)

    with pytest.raises(InputError, match="not found"):
        read_codings(tmp_path / "absent.csv")
    with pytest.raises(InputError, match="segments"):
        (tmp_path / "other.qdpx").write_bytes(b"PK")
        read_codings(tmp_path / "other.qdpx")


def _bilingual_codebook():
    """Two codes, each with an Indonesian and an English label."""
    tree = yaml.safe_load(minimal_codebook_yaml([("jarak", "Jarak ke Pustu", "Informan menyebut jarak.", ["jauh"]),
                                                 ("biaya", "Biaya berobat", "Informan menyebut biaya.", ["biaya"])]))
    for code, english in zip(tree["themes"][0]["categories"][0]["codes"],
                             ("Distance to the health post", "Cost of treatment")):
        code["label_en"] = english
    return parse_codebook(yaml.safe_dump(tree, allow_unicode=True))


def test_labels_of_one_code_in_two_languages_and_its_id_are_one_code_with_the_codebook():
    in_indonesian = codings({"Jarak ke Pustu": X_A, "Biaya berobat": Y_A})
    in_english = codings({"distance to the health post": X_B, "biaya": Y_B})   # a label and an id
    table = agreement_table(in_indonesian, in_english, UNITS, codebook=_bilingual_codebook()).set_index("code")
    assert list(table.index) == ["Jarak ke Pustu", "biaya", ALL_CODES]
    assert table.loc["Jarak ke Pustu", "cohen_kappa"] == pytest.approx(KAPPA_X)
    assert table.loc["biaya", "b_count"] == 1


def test_two_files_sharing_no_code_stop_with_what_each_used():
    in_indonesian = codings({"Jarak ke Pustu": X_A})
    in_english = codings({"Distance to the health post": X_B})
    with pytest.raises(InputError) as raised:
        agreement_table(in_indonesian, in_english, UNITS, files=("a.csv", "b.csv"))
    message = str(raised.value)
    assert message.startswith("b.csv: shares no code with a.csv")
    assert "'Distance to the health post'" in message and "--codebook" in message


def test_a_code_the_codebook_does_not_know_is_said_not_dropped():
    result = agreement_result(codings({"Jarak ke Pustu": X_A}), codings({"Jarak ke Pustu": X_B, "Jarak ke pustu2": Y_B}),
                              UNITS, codebook=_bilingual_codebook())
    assert "Jarak ke pustu2" in list(result.table["code"])
    [said] = result.messages()
    assert said.startswith("coder B: 1 code not in the codebook") and "'Jarak ke pustu2'" in said


def test_a_code_only_one_coder_used_says_so_beside_its_zero_kappa():
    """A new user's trial: a code one coder used once and the other never had kappa 0.000 and an
    empty note."""
    import numpy as np

    from pipeline.aggregate.agreement import decision_statistics
    stats = decision_statistics(np.array([0, 0, 1, 0]), np.array([0, 0, 0, 0]))
    assert stats["cohen_kappa"] == 0.0
    assert stats["note"].startswith("only coder A applied this code (1 of 4 units): kappa is 0")
    assert decision_statistics(np.array([0, 0, 0]), np.array([1, 1, 0]))["note"].startswith("only coder B")
    assert decision_statistics(np.array([0, 1, 1]), np.array([1, 1, 0]))["note"] == ""
