"""noScribe's overlapping speech (round 17, from noScribe/main.py): with the option on, a second voice's
words are written into the turn they interrupt, " //S00: words" then "//" where the first speaker goes
on. Before, the interviewer's interjection was quoted and coded as the informant's words."""

from __future__ import annotations

from pipeline.ingest import read_batch
from test_ingest_support import write_batch

# invented: an answer about a village's mosquito fogging, interrupted twice
TEXT = ("S00: [00:00:01] Pak, kapan terakhir ada pengasapan di dusun ini?\n\n"
        "S01: [00:00:05] Bulan Maret, sesudah dua anak kena demam berdarah. //S00: Dua anak?// Iya, "
        "dua-duanya dirawat di rumah sakit. //S00: Astaga.//\n\n"
        "S00: [00:00:31] Sesudah itu ada penyuluhan?\n\n"
        "S01: [00:00:36] Ada, dari puskesmas.\n")
SIDECAR = "informant: D4\nspeakers: {S00: P, S01: D4}\n"


def test_an_overlapping_passage_is_a_turn_of_its_own_speaker(tmp_path):
    result = read_batch(write_batch(tmp_path, {"fogging_D4.txt": TEXT, "fogging_D4.yaml": SIDECAR}))
    turns = result.segments
    # the last interjection begins the interviewer's next turn (round 18: it was a second interviewer
    # turn in a row), which keeps its own time
    assert turns["speaker"].tolist() == ["P", "D4", "P", "D4", "P", "D4"]
    assert turns["text"].tolist()[1:5] == ["Bulan Maret, sesudah dua anak kena demam berdarah.", "Dua anak?",
                                           "Iya, dua-duanya dirawat di rumah sakit.",
                                           "Astaga. Sesudah itu ada penyuluhan?"]
    assert not turns["text"].str.contains("//").any()
    # the pieces keep the turn's start (first) and end (last); the others have no time of their own
    assert turns["time_start"].tolist()[1:5] == ["00:00:05.000", "", "", "00:00:31.000"]
    assert turns["time_end"].tolist()[1:4] == ["", "", ""]
    assert any("2 passages of overlapping speech" in warning for warning in result.warnings)


def test_an_informant_s_closing_interjection_and_answer_are_one_turn(tmp_path):
    # round 18's trial: "//S01: Iya.//" closing the question, then S01's answer, were two informant
    # turns, each coded: one answer counted and quoted twice (invented: a mother on a dental visit)
    text = ("S00: [00:00:01] Anak Ibu takut ke dokter gigi? //S01: Iya.//\n\n"
            "S01: [00:00:04] Dia menangis kalau lihat bor, jadi kami pulang saja.\n\n"
            "S00: [00:00:12] Sesudah itu?\n")
    result = read_batch(write_batch(tmp_path, {"gigi_K2.txt": text, "gigi_K2.yaml": "speakers: {S00: P, S01: K2}\n"}))
    turns = result.segments
    assert turns["speaker"].tolist() == ["P", "K2", "P"]
    assert turns["text"].tolist()[1] == "Iya. Dia menangis kalau lihat bor, jadi kami pulang saja."
    assert turns["time_start"].tolist() == ["00:00:01.000", "00:00:04.000", "00:00:12.000"]
