"""A grader's translation correction in one batch reaches a later batch coded with the same codebook:
a turn of the same words (redacted, spacing and case ignored) is translated as corrected, the
correction is kept in a file beside the codebook's decisions, and the run summary counts the turns."""

from __future__ import annotations

import pytest

from pipeline.review.translations import add_correction
from test_review_support import analyze_unavailable

if analyze_unavailable():
    pytest.skip(analyze_unavailable(), allow_module_level=True)

from pipeline.cli import run_summary  # noqa: E402
from pipeline.review.translation_history import read_translation_history, translation_history_path  # noqa: E402
from pipeline.run import analyze  # noqa: E402
from test_segment_ids import CODEBOOK  # noqa: E402

SAID = "Puskesmas dekat, mar dokter jarang ada."
CORRECTED = "Puskesmas dekat, tetapi dokter jarang ada di sana."


def _batch(tmp_path, name, said):
    batch = tmp_path / name
    batch.mkdir()
    (batch / f"{name}.md").write_text(f"---\ninformant: A1\nlanguage: xmm\n---\nP: Kalau ke puskesmas?\n"
                                      f"A1: {said}\nP: Terima kasih.\nA1: Sama-sama.\n", encoding="utf-8")
    return batch


def _run(batch, codebook, tmp_path, **options):
    return analyze(batch, codebook_path=codebook, out_dir=tmp_path / "out" / batch.name, workers=1,
                   progress=False, **options)


def _translation(result, said):
    segments = result.analysis.segments
    return segments[segments["text"] == said]["translation"].tolist()


def _corrected_first_batch(tmp_path):
    """A codebook and a first batch whose turn SAID a grader corrected, run again since."""
    codebook = tmp_path / "studi.yaml"
    codebook.write_text(CODEBOOK, encoding="utf-8")
    first = _batch(tmp_path, "gelombang1", SAID)
    turn = _run(first, codebook, tmp_path).analysis.segments.query("text == @SAID")["segment_id"].iloc[0]
    add_correction(first, turn, SAID, CORRECTED, "rk")
    _run(first, codebook, tmp_path)
    return codebook, first


def test_a_correction_reaches_the_same_words_in_a_later_batch(tmp_path):
    codebook, first = _corrected_first_batch(tmp_path)
    kept = read_translation_history(translation_history_path(codebook, first))
    assert kept["translation"].tolist() == [CORRECTED] and kept["text"].tolist() == [SAID]

    said_again = "PUSKESMAS dekat,  mar dokter jarang ada."
    second = _batch(tmp_path, "gelombang2", said_again)
    result = _run(second, codebook, tmp_path)
    assert _translation(result, said_again) == [CORRECTED]
    summary = " ".join(run_summary(result))
    assert "1 turn whose words a grader corrected there is translated as corrected" in summary
    assert str(translation_history_path(codebook, second)) in summary
    assert _translation(_run(second, codebook, tmp_path, learn=False), said_again) != [CORRECTED]


def test_a_batchs_own_correction_wins_and_other_words_keep_the_glossers(tmp_path):
    codebook, _ = _corrected_first_batch(tmp_path)

    second = _batch(tmp_path, "gelombang2", SAID)
    own = _run(second, codebook, tmp_path).analysis.segments.query("text == @SAID")["segment_id"].iloc[0]
    add_correction(second, own, SAID, "Puskesmasnya dekat, tetapi dokternya jarang ada.", "sb")
    assert _translation(_run(second, codebook, tmp_path), SAID) == ["Puskesmasnya dekat, tetapi dokternya jarang ada."]

    longer = SAID + " Torang pulang jo."
    third = _batch(tmp_path, "gelombang3", longer)
    assert _translation(_run(third, codebook, tmp_path), longer) != [CORRECTED]
