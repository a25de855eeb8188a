"""Gold loading, agreement figures, and the coder's agreement with the development batches."""

from __future__ import annotations

import math

from pathlib import Path

import pandas as pd
import pytest
from sklearn.metrics import cohen_kappa_score

from pipeline.codebook import load_codebook
from evaluation.coding import evaluate_batch, format_result, load_gold, main
from evaluation.scoring import score_codings
from pipeline.errors import InputError
from pipeline.schema import SEGMENT_COLUMNS

REPO = Path(__file__).resolve().parents[1]
CODEBOOK = load_codebook(REPO / "codebooks" / "wori.yaml")
LAZY = "Malas untuk mengurus pendaftaran"


def _segments() -> pd.DataFrame:
    texts = [("interviewer", "Kenapa belum urus?"), ("informant", "Dorang malas urus kartu."),
             ("informant", "Torang so rujuk pa dorang."), ("informant", "Hujan terus."),
             ("informant", "Torang so rujuk pa dorang.")]
    rows = [{"segment_id": f"s{i}", "document": "a.md" if i < 4 else "b.md", "informant": "X", "speaker": "X",
             "speaker_role": role, "start": i * 50, "end": i * 50 + len(text), "line": i + 1, "language": "xmm",
             "text": text, "gloss": "", "translation": ""} for i, (role, text) in enumerate(texts)]
    return pd.DataFrame(rows, columns=SEGMENT_COLUMNS)


def _gold(tmp_path: Path, rows: str) -> Path:
    (tmp_path / "_gold.csv").write_text("document,quote,code\n" + rows, encoding="utf-8")
    return tmp_path


def test_gold_quotes_map_to_segments(tmp_path):
    gold = load_gold(_gold(tmp_path, f"a.md,malas  urus,{LAZY}\nb.md,so rujuk,bantuan_rujukan\na.md,Hujan terus,\n"),
                     _segments(), CODEBOOK)
    assert sorted(zip(gold["segment_id"], gold["code_id"])) == [("s1", "malas_mengurus"), ("s4", "bantuan_rujukan")]


def test_gold_problems_name_file_and_line(tmp_path):
    folder = _gold(tmp_path, f"a.md,tidak ada,{LAZY}\na.md,orang,{LAZY}\na.md,Hujan,Malas sekali\n"
                             f"c.md,Hujan,{LAZY}\na.md,Kenapa belum,{LAZY}\n")
    with pytest.raises(InputError) as caught:
        load_gold(folder, _segments(), CODEBOOK)
    problems = {(p.line, p.key): p.message for p in caught.value.problems}
    assert all(p.file == str(folder / "_gold.csv") for p in caught.value.problems)
    assert "matches no informant turn" in problems[(2, "quote")]
    assert "matches 2 informant turns" in problems[(3, "quote")]
    assert "not in codebook" in problems[(4, "code")]
    assert "no informant turns" in problems[(5, "document")]
    assert "matches no informant turn" in problems[(6, "quote")]   # interviewer turns are not units


def test_gold_file_without_its_columns(tmp_path):
    (tmp_path / "_gold.csv").write_text("file,text\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing column"):
        load_gold(tmp_path, _segments(), CODEBOOK)


def test_scores_count_every_segment_and_code_decision():
    segments = _segments()
    gold = pd.DataFrame({"segment_id": ["s1", "s2", "s4"], "code_id": ["malas_mengurus", "bantuan_rujukan", "bantuan_rujukan"]})
    predicted = pd.DataFrame({"segment_id": ["s1", "s2", "s3"], "code_id": ["malas_mengurus", "bantuan_rujukan", "tidak_ada_kk"],
                              "review": ["", "", ""]})
    pooled, per_code = score_codings(predicted, gold, segments, CODEBOOK)
    assert pooled["n_units"] == 4 * 6 and pooled["n_segments"] == 4
    truth = [0] * 24
    guess = [0] * 24
    for s, c in [(0, 1), (1, 5), (3, 5)]:
        truth[s * 6 + c] = 1
    for s, c in [(0, 1), (1, 5), (2, 2)]:
        guess[s * 6 + c] = 1
    assert pooled["kappa"] == pytest.approx(cohen_kappa_score(truth, guess))
    referral = per_code.set_index("code_id").loc["bantuan_rujukan"]
    assert (referral["precision"], referral["recall"], referral["support"]) == (1.0, 0.5, 2)
    assert per_code.set_index("code_id").loc["tidak_ada_kk", "precision"] == 0.0


def test_the_table_names_codes_by_their_english_labels_when_asked():
    predicted = pd.DataFrame({"segment_id": ["s1"], "code_id": ["malas_mengurus"], "review": [""]})
    pooled, per_code = score_codings(predicted, predicted[["segment_id", "code_id"]], _segments(), CODEBOOK)
    result = {"batch": "b", "pooled": pooled, "per_code": per_code}
    english = CODEBOOK.code_by_label_or_id("malas_mengurus").label_en
    assert english and english in format_result(result, "en") and LAZY not in format_result(result, "en")
    assert LAZY in format_result(result)


def test_rejected_codings_do_not_count():
    predicted = pd.DataFrame({"segment_id": ["s1"], "code_id": ["malas_mengurus"], "review": ["rejected"]})
    pooled, per_code = score_codings(predicted, pd.DataFrame(columns=["segment_id", "code_id"]), _segments(), CODEBOOK)
    assert per_code["predicted"].sum() == 0 and pooled["percent_agreement"] == 1.0
    assert math.isnan(pooled["kappa"])  # no code on either side: undefined, as `agreement` reports it


BATCHES = [REPO / "tests" / "data" / "dev_interviews", REPO / "tests" / "data" / "dev_documents",
           REPO / "tests" / "data" / "coding" / "own_batch", REPO / "tests" / "data" / "coding" / "holdout_batch",
           REPO / "tests" / "data" / "coding" / "fresh_batch"]


@pytest.mark.parametrize("batch", BATCHES, ids=[b.name for b in BATCHES])
def test_agreement_with_development_gold(batch):
    if not (batch / "_gold.csv").exists():
        pytest.skip(f"{batch} is not in this checkout")
    result = evaluate_batch(batch, CODEBOOK)
    assert result["pooled"]["kappa"] >= 0.80, format_result(result)
    assert (result["per_code"]["f1"] >= 0.6).all(), format_result(result)


def test_command_prints_a_table_per_batch(capsys):
    batch = REPO / "tests" / "data" / "coding" / "own_batch"
    assert main([str(batch)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"== {batch}: pooled kappa ") and "Tidak memiliki kartu keluarga" in out


def test_command_reports_bad_gold_without_traceback(tmp_path, capsys):
    (tmp_path / "A1.md").write_text("---\ninformant: A1\n---\nP: Halo?\n\nA1: Iyo.\n", encoding="utf-8")
    (tmp_path / "_gold.csv").write_text("document,quote,code\nA1.md,tidak ada,Malas\n", encoding="utf-8")
    assert main([str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "_gold.csv:2 [quote]" in err and "Traceback" not in err


def test_eval_codes_each_batch_with_the_codebook_its_batch_yaml_names(capsys):
    """`make eval` stopped at the immunization batches: their gold codes are not in the Wori codebook."""
    batch = Path(__file__).resolve().parent / "data" / "imun_dev_interviews"
    assert main([str(batch)]) == 0, capsys.readouterr().err
    assert "kappa" in capsys.readouterr().out
