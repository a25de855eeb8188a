"""A YAML file named like a transcript (K1.yaml beside K1.md) that is something else, a codebook or
a copy of batch.yaml, is not read as the transcript's sidecar: the run says what it is, and none of
its keys become the informant's facts."""

from __future__ import annotations

from pathlib import Path

from pipeline.ingest import read_batch
from test_ingest_support import write_batch

REPO = Path(__file__).resolve().parents[1]
TURNS = "P: Sudah lama jadi kader?\nK1: So lima tahun.\n"


def test_a_codebook_named_like_a_transcript_is_said_to_be_one_and_not_read(tmp_path):
    codebook = (REPO / "codebooks" / "wori.yaml").read_text(encoding="utf-8")
    batch = read_batch(write_batch(tmp_path, {"K1.md": TURNS, "K1.yaml": codebook}))
    assert batch.documents["K1.md"].metadata == {}
    [said] = [warning for warning in batch.warnings if "K1.yaml" in warning]
    assert said.startswith(f"{tmp_path / 'batch' / 'K1.yaml'}: named like the sidecar of K1.md, but it is a "
                           "codebook (it has 'themes:'), so it was not read as one")


def test_a_copy_of_batch_yaml_named_like_a_transcript_is_not_read(tmp_path):
    copies = {"K1.yaml": "codebook: ../../codebooks/wori.yaml\ntitle: Studi kader\n",
              "K2.yml": "speakers:\n  K2.vtt: {S00: P, S01: K2}\n"}
    vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v P>Sudah lama?\n\n00:00:03.000 --> 00:00:05.000\n<v K2>Lima tahun.\n"
    batch = read_batch(write_batch(tmp_path, {"K1.md": TURNS, "K2.vtt": vtt, **copies}))
    assert batch.documents["K1.md"].metadata == {} and "title" not in batch.documents["K2.vtt"].metadata
    k1, k2 = [warning for warning in batch.warnings if "named like the sidecar" in warning]
    assert "K1.yaml: named like the sidecar of K1.md, but it is a copy of batch.yaml (it has 'codebook:')" in k1
    assert "K2.yml: named like the sidecar of K2.vtt, but it is a copy of batch.yaml (its 'speakers:' maps files)" in k2


def test_a_real_sidecar_is_still_read(tmp_path):
    batch = read_batch(write_batch(tmp_path, {"K1.md": TURNS, "K1.yaml": "informant: K1\nrole: Kader\n"}))
    assert batch.documents["K1.md"].metadata["role"] == "Kader"
    assert not any("named like the sidecar" in warning for warning in batch.warnings)
