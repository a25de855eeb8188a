"""A run with --no-redact between two redacted runs (round 30's trial): a file named after its
informant shows her name in the ids of the unredacted run only (redaction is off), and the second
redacted run gives the first one's ids, so that decisions made in any of the three runs attach."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.review import ReviewSession
from pipeline.run import analyze

REPO = Path(__file__).resolve().parents[1]


def test_redaction_off_then_on_again_gives_the_first_ids_and_keeps_every_decision(tmp_path: Path) -> None:
    batch = tmp_path / "perawat"
    batch.mkdir()
    # invented: a carer who names herself, in a file named after her
    (batch / "R2_Meiske.md").write_text("P: Ibu siapa?\nR2: Nama saya Meiske Rondonuwu. Kita jaga mama.\n"
                                        "P: Sudah ke puskesmas?\nR2: Belum, nanti minggu depan.\n", encoding="utf-8")
    (batch / "R5.md").write_text("P: Siapa yang sakit?\nR5: Kita pe kakak, so satu bulan.\n", encoding="utf-8")
    out = tmp_path / "out"

    def run(redact: bool) -> tuple[list[str], pd.DataFrame]:
        analyze(batch, codebook_path=REPO / "codebooks" / "wori.yaml", out_dir=out, workers=1, progress=False,
                redact=redact)
        return (pd.read_csv(out / "segments.csv", dtype=str)["segment_id"].tolist(),
                pd.read_csv(out / "codings.csv", dtype=str))

    first, _ = run(True)
    assert not any("Meiske" in value for value in first)
    ReviewSession(batch, out, reviewer="T").add(first[1], "urus_saat_rujukan")
    plain, codings = run(False)
    assert [value.rpartition("-")[2] for value in plain] == [value.rpartition("-")[2] for value in first]
    assert any(value.startswith("R2_Meiske-") for value in plain)      # redaction off: the name is kept
    assert (codings["review"] == "added").sum() == 1
    ReviewSession(batch, out, reviewer="T").add(plain[3], "malas_mengurus")
    again, codings = run(True)
    assert again == first
    added = codings[codings["review"] == "added"]
    assert sorted(added["segment_id"]) == sorted([first[1], first[3]])
