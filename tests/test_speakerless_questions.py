"""A subtitle file without speaker labels (plain Whisper, Subtitle Edit) is one informant's words,
cut into paragraphs at pauses of two seconds. An interview recorded so has short pauses between the
interviewer's questions and the answers, so it stayed one long segment, questions and answers
together (round 19 and 20 new-user trials). When several of its cues end with a question, each
question cue is a paragraph of its own: the answers are coded apart from the questions, and the
warning that names the question cues still says how to label them."""

from __future__ import annotations

from pipeline.ingest import read_batch
from test_ingest_support import write_batch

# invented: a short recording about a village water tank, no speaker detection
SRT = ("1\n00:00:01,000 --> 00:00:03,500\nTandon air di dusun ini dibangun kapan?\n\n"
       "2\n00:00:04,000 --> 00:00:08,000\nTahun lalu, dari dana desa.\n\n"
       "3\n00:00:08,300 --> 00:00:11,000\nAirnya cukup untuk semua rumah?\n\n"
       "4\n00:00:11,400 --> 00:00:15,000\nBelum, yang di atas bukit masih angkat air dari mata air.\n\n"
       "5\n00:00:15,200 --> 00:00:18,000\nJadi kami minta pipa tambahan.\n")


def test_question_cues_of_a_speakerless_file_are_paragraphs_of_their_own(tmp_path):
    batch = write_batch(tmp_path, {"tandon_W5.srt": SRT, "tandon_W5.yaml": "informant: W5\n"})
    result = read_batch(batch)
    assert result.segments["text"].tolist() == [
        "Tandon air di dusun ini dibangun kapan?", "Tahun lalu, dari dana desa.", "Airnya cukup untuk semua rumah?",
        "Belum, yang di atas bukit masih angkat air dari mata air. Jadi kami minta pipa tambahan."]
    assert result.segments["time_start"].tolist()[3] == "00:00:11.400"
    assert any("tandon_W5.srt: has no speaker labels" in warning for warning in result.warnings)


def test_one_question_in_a_monologue_stays_in_its_paragraph(tmp_path):
    monologue = ("1\n00:00:01,000 --> 00:00:04,000\nTandon air dibangun tahun lalu dari dana desa.\n\n"
                 "2\n00:00:04,300 --> 00:00:07,000\nTapi siapa yang merawatnya?\n\n"
                 "3\n00:00:07,200 --> 00:00:10,000\nBelum ada petugas yang ditunjuk.\n")
    batch = write_batch(tmp_path, {"tandon_W5.srt": monologue, "tandon_W5.yaml": "informant: W5\n"})
    assert len(read_batch(batch).segments) == 1
