"""Round 27's new-user trial (a school-girls' menstrual-health study, two graders, transcripts straight
from transcription tools): what the team tripped over, each fixed with its test."""

from __future__ import annotations

from test_ingest_support import write_batch

from pipeline.ingest import read_batch

TWO_VOICES_VTT = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v Speaker 1>Adik, so pernah haid?</v>

2
00:00:04.500 --> 00:00:09.000
<v Speaker 1>Siapa yang kase tau?</v>
<v Speaker 2>Kakak parampuan, mama malu mo bicara.</v>

3
00:00:09.500 --> 00:00:12.000
<v Speaker 2>Kita pake kain dulu.
"""

TWO_LABELS_SRT = """1
00:00:00,500 --> 00:00:03,000
SPEAKER_00: Di sekolah ada tampa sampah?
SPEAKER_01: Nda ada, kita bawa pulang.

2
00:00:03,500 --> 00:00:06,000
SPEAKER_01: Dibungkus deng plastik.
"""


def _turns(tmp_path, name: str, text: str, mapping: str) -> list[tuple[str, str, str, str]]:
    batch = write_batch(tmp_path, {name: text, "batch.yaml": f"speakers:\n  {name}: {mapping}\n"})
    segments = read_batch(batch).segments
    return [(row.speaker, row.text, row.time_start, row.time_end) for row in segments.itertuples()]


def test_a_webvtt_cue_with_two_voice_spans_is_two_turns(tmp_path) -> None:
    """A cue showing a question and its answer together: the girl's answer was read as the
    interviewer's words, never coded. The answer has no start of its own (it joins the next cue's)."""
    assert _turns(tmp_path, "siswi_S9.vtt", TWO_VOICES_VTT, '{"Speaker 1": P, "Speaker 2": S9}') == [
        ("P", "Adik, so pernah haid? Siapa yang kase tau?", "00:00:01.000", ""),
        ("S9", "Kakak parampuan, mama malu mo bicara. Kita pake kain dulu.", "00:00:09.500", "00:00:12.000")]


def test_a_subrip_cue_with_two_diarized_labels_is_two_turns(tmp_path) -> None:
    """A diarized .srt cue holding two speakers' lines: "SPEAKER_01: ..." was glued into the
    interviewer's turn, label and all."""
    turns = _turns(tmp_path, "siswi_S9.srt", TWO_LABELS_SRT, "{SPEAKER_00: P, SPEAKER_01: S9}")
    assert [(speaker, text) for speaker, text, _, _ in turns] == [
        ("P", "Di sekolah ada tampa sampah?"),
        ("S9", "Nda ada, kita bawa pulang. Dibungkus deng plastik.")]


def test_the_review_headers_rerun_hint_works_for_a_batch_outside_transcripts() -> None:
    """The header said "run `make analyze`", which analyses transcripts/wori: the team's batch in
    /data/haid would have stayed as it was. The refresh button repeats the batch's own last run."""
    from pipeline import wording
    from pipeline.review.render import summary_html
    from pipeline.review.sections import section_text

    for lang in ("id", "en"):
        header = summary_html("haid", "AL", "/data/haid/reviews.csv", 0, 3, lang)
        assert "make analyze" not in header
        assert wording.words(wording.REVIEW, lang)["refresh"] in header
        assert "make analyze" not in wording.words(wording.REVIEW, lang)["controls"]
        assert all("make analyze" not in section_text(name, lang) for name in ("intro", "refresh", "queue"))

