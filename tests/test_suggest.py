"""The suggestion model: training labels, shapes, calibrated confidences, and what it adds."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pandas as pd

import pytest

from pipeline.codebook import load_codebook
from pipeline.coding import code_segments
from sklearn.feature_extraction.text import CountVectorizer

from pipeline.coding.features import TOKEN_PATTERN
from pipeline.coding.suggest import (
    InsufficientTrainingData,
    suggest_codes,
    train_suggester,
)
from pipeline.coding.suggest_training import segment_texts, training_labels
from evaluation.suggester import cross_validate_suggester
from pipeline.coding.word_ngrams import count_word_ngrams
from pipeline.records.codings import counted
from pipeline.schema import CODING_COLUMNS, SEGMENT_COLUMNS

CODEBOOK = load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "wori.yaml")
LAZY, NO_KK = "malas_mengurus", "tidak_ada_kk"

LAZY_TURNS = ["Dorang malas urus kartu BPJS, bilang nanti jo.", "Mama-mama malas ba urus, so dikase formulir.",
              "Banyak yang enggan mendaftar walau sudah diberi tahu.", "Orang tua malas mengurus berkas JKN.",
              "Dorang malas tau, formulir nda dorang isi.", "Ada yang malas urus, katanya repot sekali.",
              "Ibu itu malas mendaftar, formulir ditaruh saja."]
KK_TURNS = ["Anaknya belum masuk kartu keluarga, jadi NIK belum ada.", "KK belum ada karena orang tua belum menikah.",
            "Terkendala NIK anak, kartu keluarga belum diperbarui.", "Belum punya KK sendiri, masih ikut orang tua.",
            "Akta kelahiran belum ada, KK juga belum dibuat.", "NIK anak tidak ada karena KK masih lama.",
            "Orang tuanya belum punya kartu keluarga baru."]
OTHER_TURNS = ["Anak suka makan ikan bakar.", "Hujan terus minggu ini.", "Posyandu buka tiap tanggal lima.",
               "Timbang badan anak naik sedikit.", "Kebun cengkih sedang panen.", "Jalan ke desa rusak.",
               "Bubur kacang ijo dibagi di posyandu.", "Anak sudah bisa jalan sendiri.", "Ibu kerja di kebun.",
               "Bapaknya melaut setiap malam."]


def _frame(texts: list[str], prefix: str = "s") -> pd.DataFrame:
    rows = [{"segment_id": f"{prefix}{i}", "document": f"d{i % 4}.md", "informant": f"I{i % 4}", "speaker": f"I{i % 4}",
             "speaker_role": "informant", "start": i * 100, "end": i * 100 + len(t), "line": i + 1, "language": "ind",
             "text": t, "gloss": "", "translation": ""} for i, t in enumerate(texts)]
    return pd.DataFrame(rows, columns=SEGMENT_COLUMNS)


@pytest.fixture(scope="module")
def batch():
    texts = LAZY_TURNS + KK_TURNS + OTHER_TURNS
    random.Random(0).shuffle(texts)
    segments = _frame(texts)
    return segments, code_segments(segments, CODEBOOK)


def test_training_labels_follow_rules_and_reviews(batch):
    segments, codings = batch
    target = codings[codings["code_id"] == LAZY].iloc[0]["segment_id"]
    other = segments[~segments["segment_id"].isin(codings["segment_id"])].iloc[0]["segment_id"]
    reviews = pd.DataFrame({"segment_id": [target, other], "code": [LAZY, "Tidak memiliki kartu keluarga"],
                            "decision": ["reject", "add"], "reviewer": "r", "timestamp": "", "note": ""})
    labels = training_labels(segments, codings, reviews, CODEBOOK)
    assert list(labels.columns) == [c.id for c in CODEBOOK.codes] and len(labels) == len(segments)
    assert labels.at[target, LAZY] == 0 and labels.at[other, NO_KK] == 1
    assert labels[LAZY].sum() == (codings["code_id"] == LAZY).sum() - 1


def test_suggester_shapes_skips_and_calibrated_probabilities(batch):
    segments, codings = batch
    suggester = train_suggester(segments, codings, codebook=CODEBOOK)
    assert set(suggester.models) == {LAZY, NO_KK}
    assert set(suggester.skipped) == {c.id for c in CODEBOOK.codes} - {LAZY, NO_KK}
    assert all("at least 5" in reason for reason in suggester.skipped.values())
    new = _frame(["Mereka malas sekali mengurus kartu.", "Kartu keluarga belum ada, NIK belum keluar.",
                  "Anak suka makan pisang goreng."], prefix="n")
    p = suggester.probabilities(new)
    assert p.shape == (3, 2) and ((p >= 0) & (p <= 1)).all().all()
    assert p.at["n0", LAZY] > p.at["n2", LAZY] and p.at["n1", NO_KK] > p.at["n2", NO_KK]


def test_suggestions_are_model_rows_for_pairs_not_already_coded(batch):
    segments, codings = batch
    suggester = train_suggester(segments, codings, codebook=CODEBOOK)
    suggestions = suggest_codes(suggester, segments, CODEBOOK, threshold=0.0)
    assert list(suggestions.columns) == CODING_COLUMNS
    assert (suggestions["source"] == "model").all() and suggestions["confidence"].between(0, 1).all()
    taken = set(zip(codings["segment_id"], codings["code_id"]))
    assert not taken & set(zip(suggestions["segment_id"], suggestions["code_id"]))
    strict = suggest_codes(suggester, segments, CODEBOOK, threshold=0.9)
    assert (strict["confidence"] >= 0.9).all() and len(strict) <= len(suggestions)


def test_too_little_to_learn_from_says_so():
    segments = _frame(OTHER_TURNS)
    with pytest.raises(InsufficientTrainingData, match="at least|coded"):
        train_suggester(segments, code_segments(segments, CODEBOOK), codebook=CODEBOOK)


def test_model_suggestions_count_only_above_the_users_threshold():
    codings = pd.DataFrame({"segment_id": ["a", "b", "c", "d"], "source": ["rule", "model", "model", "rule"],
                            "confidence": [0.6, 0.95, 0.55, 0.9], "review": ["", "", "", "rejected"]})
    assert counted(codings)["segment_id"].tolist() == ["a"]
    assert counted(codings, model_threshold=0.9)["segment_id"].tolist() == ["a", "b"]


def test_cross_validation_reports_rules_against_rules_plus_model(batch):
    segments, codings = batch
    lazy = set(segments.loc[segments["text"].isin(LAZY_TURNS), "segment_id"])
    no_kk = set(segments.loc[segments["text"].isin(KK_TURNS), "segment_id"])
    gold = pd.DataFrame([(s, LAZY) for s in lazy] + [(s, NO_KK) for s in no_kk], columns=["segment_id", "code_id"])
    report = cross_validate_suggester(segments, gold, CODEBOOK, folds=4, threshold=0.5)
    assert report["folds"] == 4 and set(report) >= {"rules", "rules+model", "suggested", "skipped"}
    for key in ("rules", "rules+model"):
        assert -1 <= report[key]["kappa"] <= 1 and 0 <= report[key]["macro_f1"] <= 1
    assert report["suggested_correct"] <= report["suggested"]
    if report["suggested"] == report["suggested_correct"]:
        assert report["rules+model"]["kappa"] >= report["rules"]["kappa"] - 1e-9


def test_word_ngram_counts_are_those_of_count_vectorizer():
    texts = LAZY_TURNS + KK_TURNS + ["", "!!", "Dorang   malas-urus, KK-nya\tbelum\u00a0ada. Malas-urus jo jo jo!",
                                     "x--- y--z -q- __a__ É-KTP e-ktp", "ΟΔΟΣ ΣΑΣ", "jo"] + OTHER_TURNS
    counts, terms = count_word_ngrams(texts, TOKEN_PATTERN)
    reference = CountVectorizer(ngram_range=(1, 2), token_pattern=TOKEN_PATTERN)
    expected = reference.fit_transform(texts)
    assert terms.tolist() == reference.get_feature_names_out().tolist()
    counts.sum_duplicates()
    assert counts.shape == expected.shape and (counts != expected).nnz == 0
    empty, no_terms = count_word_ngrams(["", "!"], TOKEN_PATTERN)
    assert empty.shape == (2, 0) and no_terms.size == 0


def test_probabilities_are_the_calibrated_models_and_repeated_turns_score_alike(batch):
    segments, codings = batch
    repeated = pd.concat([segments, _frame(LAZY_TURNS[:3], prefix="r")], ignore_index=True)
    suggester = train_suggester(repeated, code_segments(repeated, CODEBOOK), codebook=CODEBOOK)
    known = suggester.probabilities(repeated)
    first_of = dict(zip(segments["text"], segments["segment_id"]))
    assert np.allclose(known.loc[["r0", "r1", "r2"]].to_numpy(), known.loc[[first_of[t] for t in LAZY_TURNS[:3]]].to_numpy())
    new = _frame(["Mereka malas sekali mengurus kartu.", "Kartu keluarga belum ada, NIK belum keluar.",
                  "Anak suka makan pisang goreng.", LAZY_TURNS[0]], prefix="n")
    features = suggester.vectorizer.transform(segment_texts(new))
    expected = np.column_stack([model.predict_proba(features)[:, 1] for model in suggester.models.values()])
    assert np.allclose(suggester.probabilities(new).to_numpy(), expected)
    assert np.allclose(known.loc[first_of[LAZY_TURNS[0]]].to_numpy(), expected[3])
