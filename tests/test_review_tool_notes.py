"""A decision made when the reader kept a transcription tool's note in a turn ("NAME stopped
transcription", "Transcribed by https://otter.ai") finds its turn again after ingest leaves the note
out: the turn's text is the stored quote without the note. A quote that differs in any other word
finds no turn (review/turn_anchors.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.review.store import read_reviews
from pipeline.review.turn_anchors import quoted_turns, turn_anchors
from test_ingest_support import write_batch
from test_review_support import analyze_unavailable

# invented turns of one file, as the current reader reads them
PUMP = "Pompa rusak sejak banjir, kami angkat air dari kali."
PUMP_TOO = "Pompa rusak sejak kemarin, kami tunggu tukang dari kota."
WEEKS = "Sudah dua minggu begitu. Air dari kali keruh, anak-anak gatal."


def _found(quote: str) -> str | None:
    turns = turn_anchors(pd.DataFrame({"segment_id": ["W2-0001", "W2-0002", "W2-0003"],
                                       "text": [PUMP, PUMP_TOO, WEEKS]}), None)
    return quoted_turns({"W2-lost": quote}, turns, None).get("W2-lost")


@pytest.mark.parametrize("quote, turn", [
    (f"{PUMP} [NAMA] stopped transcription", "W2-0001"),                  # the name masked, at the end
    (f"{PUMP} Yohana Kaunang stopped transcription", "W2-0001"),          # a --no-redact run's quote
    ("Sudah dua minggu begitu. Yohana Kaunang started transcription Air dari kali keruh, anak-anak gatal.",
     "W2-0003"),                                                            # inside the turn
    (f"{PUMP_TOO} Transcribed by https://otter.ai", "W2-0002"),            # Otter's closing line
])
def test_a_quote_that_is_the_turn_plus_a_tool_note_finds_the_turn(quote, turn):
    assert _found(quote) == turn


@pytest.mark.parametrize("quote", [
    "Pompa rusak sejak banjir besar, kami angkat air dari kali. [NAMA] stopped transcription",   # a word added
    "Pompa rusak sejak banjir, kami angkat air. [NAMA] stopped transcription",                   # words gone
    f"{PUMP} Pak Kepala Desa started the repair",                             # other words, not the tool's
    f"{PUMP} stopped transcription",                                          # no name: not a Teams note
])
def test_a_quote_that_differs_in_other_words_finds_no_turn(quote):
    assert _found(quote) is None


# invented Teams export (.txt): the last line is Teams' own, which the reader before it was left
# out kept as the last turn's words
TEAMS = ("Yohana Kaunang   0:02\nBagaimana air di dusun sekarang?\n"
         f"Markus Lasut   0:09\n{PUMP}\n"
         "Yohana Kaunang   0:25\nSudah berapa lama?\n"
         f"Markus Lasut   0:29\n{WEEKS}\n"
         "Yohana Kaunang stopped transcription\n")
SIDECAR = "informant: W2\nrole: Ketua RT\nlanguage: ind\nspeakers: {Yohana Kaunang: P, Markus Lasut: W2}\n"
CODEBOOK = """name: Air (test)
version: "1"
themes:
  - id: T1
    label: Air bersih
    categories:
      - id: K1
        label: Sumber air
        codes:
          - id: C1
            label: Air kali
            definition: Warga memakai air kali.
            keywords: [kali]
"""


def test_a_decision_on_a_turn_that_kept_teams_note_moves_to_the_turn_without_it(tmp_path):
    if analyze_unavailable():
        pytest.skip(analyze_unavailable())
    from pipeline.run import analyze

    reviews = ("segment_id,code,decision,reviewer,timestamp,note,text\n"
               f"air_W2-1111111111,Air kali,accept,rk,2026-09-01T10:00:00+00:00,,\"{WEEKS} [NAMA] stopped transcription\"\n")
    batch = write_batch(tmp_path, {"air_W2.txt": TEAMS, "air_W2.yaml": SIDECAR, "reviews.csv": reviews})
    codebook = write_batch(tmp_path, {"codebook.yaml": CODEBOOK}, name="codebooks") / "codebook.yaml"
    result = analyze(batch, codebook_path=codebook, out_dir=tmp_path / "out", workers=1, progress=False)
    segments = result.analysis.segments
    [turn] = segments.loc[segments["text"] == WEEKS, "segment_id"]
    assert read_reviews(batch)["segment_id"].tolist() == [turn]
    assert not result.record.orphan_reviews
