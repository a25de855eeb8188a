"""A first session of one turn: a grader's single decision is something to learn from, never a
traceback (one text shares no character n-gram with another, so that block of features is empty)."""

from __future__ import annotations

from pipeline.cli import main
from pipeline.coding.features import SegmentVectorizer
from test_ingest_support import MINIMAL_CODEBOOK, needs_pipeline, write_batch

ONE_TURN = """\
---
informant: A1
role: Ibu rumah tangga
---

P: Kenapa belum daftar?

A1: Torang malas mengurus.
"""


def test_one_text_gives_word_features_and_no_character_block():
    vectorizer = SegmentVectorizer()
    features = vectorizer.fit_transform(vectorizer.tokenize(["torang malas mengurus"]))
    assert features.words.shape == (1, 5) and features.chars.shape == (1, 0)
    assert vectorizer.transform(["malas sekali"]).shape == (1, 5)


@needs_pipeline
def test_a_one_turn_batch_with_one_reject_runs(tmp_path, capsys):
    codebook = tmp_path / "tes.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    batch = write_batch(tmp_path, {"A1.md": ONE_TURN})
    out = tmp_path / "out"
    arguments = ["analyze", str(batch), "--codebook", str(codebook), "--out", str(out), "--no-history"]
    assert main(arguments) == 0
    segment = next(line.split(",")[0] for line in (out / "codings.csv").read_text(encoding="utf-8-sig").splitlines()[1:])
    (batch / "reviews.csv").write_text("segment_id,code,decision,reviewer,timestamp,note\n"
                                       f"{segment},Malas untuk mengurus pendaftaran,reject,RA,2026-12-05T09:00:00,\n",
                                       encoding="utf-8")
    assert main(arguments) == 0
    assert "1 rejected" in capsys.readouterr().out
