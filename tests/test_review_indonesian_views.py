"""An Indonesian run's notebook tables speak Indonesian: the reliability table (headers, values,
reasons), the saved translation corrections, Tabel 1 (no English role column)."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.coding.reliability import MARGIN, MODEL_DECIDES, decider, reason_in_indonesian
from pipeline.review.overview import table1_html
from pipeline.review.render import reliability_html

RELIABILITY = pd.DataFrame({
    "code_id": ["C1"], "code": ["Biaya transportasi"], "decisions": [9], "reviewed_units": [20], "positives": [4],
    "kappa_model": [0.41], "kappa_rules": [0.52], "model_fixed": [1], "model_broke": [2], "decided_by": ["rules"],
    "model_changes": ["suggestions; doubts"],
    "why": ["rules: neither the model's suggestions alone nor its doubts alone beat the rules out of fold"],
    "verdict": ["person"]})


def test_the_reliability_table_of_an_indonesian_run_has_indonesian_headers_values_and_reasons() -> None:
    page = reliability_html(RELIABILITY, 9, 9, "id")
    for header in ("Kappa model", "Kappa aturan", "Diputuskan oleh", "Alasan", "Penilaian"):
        assert f"<th>{header}</th>" in page
    assert "kappa_model" not in page and "<th>why</th>" not in page and "verdict" not in page
    assert "<td>aturan</td>" in page and "<td>peninjau</td>" in page and "saran; keraguan" in page
    assert "mengungguli aturan" in page and "neither the model" not in page
    english = reliability_html(RELIABILITY, 9, 9, "en")
    assert "<th>Why</th>" in english and "neither the model" in english and "<td>person</td>" in english


@pytest.mark.parametrize("arguments", [
    ((0.5, 0.5), ["suggestions"], False, True, 9),
    ((0.5, 0.5), [], True, True, 9),
    ((0.5, 0.5), ["suggestions", "doubts"], True, True, 9),
    ((0.9, 0.5), ["doubts"], True, False, 1),
    ((0.9, 0.5), ["suggestions"], True, True, 9),
])
def test_every_reason_the_decider_gives_reads_in_indonesian(arguments) -> None:
    why = decider(*arguments)
    indonesian = reason_in_indonesian(why)
    assert indonesian != why and indonesian.split(":")[0] in ("aturan", "model")
    assert all(figure in indonesian for figure in ("0.90", "0.50") if figure in why)
    assert MARGIN > 0 and (why.startswith(MODEL_DECIDES) == indonesian.startswith("model:"))


def test_tabel_1_of_an_indonesian_run_leaves_out_the_english_role() -> None:
    informants = pd.DataFrame({"informant": ["B1"], "role": ["Bidan desa"], "role_en": ["Village midwife"],
                               "usia": ["34"]})
    page = table1_html(informants, "id")
    assert "Role en" not in page and "Village midwife" not in page and "Bidan desa" in page and "Usia" in page
    assert "Village midwife" in table1_html(informants, "en")


def test_saved_corrections_are_shown_with_indonesian_headers_and_no_hash(tmp_path) -> None:
    from pipeline.review import ReviewSession
    from pipeline.review.translation_panel import saved_translations
    from test_review_support import write_full_outputs

    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'fake'\n")
    batch, out = write_full_outputs(tmp_path)
    session = ReviewSession(batch, out, "RA")
    segment = session.segments[session.segments["speaker_role"] == "informant"].iloc[0]["segment_id"]
    session.correct_translation(segment, "Mereka malas mengurus KK.")
    shown = saved_translations(session, "id")
    assert list(shown.columns) == ["Segmen", "Teks", "Terjemahan", "Peninjau", "Waktu", "Catatan",
                                   "Teksnya masih di batch"]
    assert list(shown["Teksnya masih di batch"]) == ["ya"]
    assert "Text still in the batch" in saved_translations(session, "en").columns
