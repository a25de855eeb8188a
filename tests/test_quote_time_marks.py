"""Recording times a transcriber typed into a turn's words are not quoted (new-user trial, round 16:
"Pakai tiap malam, [00:01:15] anak-anak ..." reached the appendix and the Word report)."""

from __future__ import annotations

import math

from test_quotation_excerpts import _quotes

from pipeline.aggregate.quotations import without_time_marks

# invented: an answer about a family's water filter, with the transcriber's time marks
TEXT = "Filternya dari gereja, [00:03:41] dipakai tiap hari. [00:03:50] Tapi lilinnya sudah retak [00:04:02]."
TRANSLATION = "Filternya dari gereja, [00:03:41] dipakai setiap hari. [00:03:50] Tetapi lilinnya sudah retak [00:04:02]."


def test_time_marks_leave_the_quote_and_its_translation():
    quote = _quotes(TEXT, TRANSLATION, "Filternya", "xmm").iloc[0]
    assert quote["text"] == "Filternya dari gereja, dipakai tiap hari. Tapi lilinnya sudah retak."
    assert quote["translation"] == "Filternya dari gereja, dipakai setiap hari. Tetapi lilinnya sudah retak."


def test_other_brackets_and_clock_times_in_speech_stay():
    said = "Jam 10:30 dia datang [tertawa], bawa [NAMA] ke [00:00] pustu."
    assert without_time_marks(said) == "Jam 10:30 dia datang [tertawa], bawa [NAMA] ke pustu."
    assert math.isnan(without_time_marks(float("nan")))   # a missing text passes as it is


def test_f4_and_qualcoder_time_marks_leave_the_quote():
    # invented answers as f4transkript ("#hh:mm:ss-d#" at each paragraph's end) and QualCoder write them
    assert without_time_marks("Kami rebus airnya dulu. #00:12:07-4#") == "Kami rebus airnya dulu."
    assert without_time_marks("Ke posyandu #01:02:03.250# tiap bulan {00:41:09}.") == "Ke posyandu tiap bulan."
    # a hashtag, a numbered item and a brace in speech are not times
    assert without_time_marks("Tulis #sehat di grup {kader} no. #3.") == "Tulis #sehat di grup {kader} no. #3."


def test_f4_end_marks_give_the_turns_times(tmp_path):
    # f4transkript writes the time where each paragraph ends: a turn ends at its mark and starts at the one before
    from pipeline.ingest import read_batch
    from test_ingest_support import write_batch

    text = ("I: Bu, air minum di rumah dari mana? #00:00:05-2#\n\n"
            "W3: Dari mata air di kebun, dialirkan pakai selang. #00:00:16-9#\n\n"
            "I: Dimasak dulu? #00:00:19-0#\n\nW3: Kadang-kadang saja.\n")
    segments = read_batch(write_batch(tmp_path, {"air_W3.txt": text})).segments
    assert segments["time_start"].tolist() == ["", "00:00:05.200", "00:00:16.900", "00:00:19.000"]
    assert segments["time_end"].tolist() == ["00:00:05.200", "00:00:16.900", "00:00:19.000", ""]


def test_qualcoder_marks_at_paragraph_ends_give_the_turns_times_too(tmp_path):
    # QualCoder writes the fraction after a point, "#00:00:07.250#": the same mark as f4's, read the same way
    from pipeline.ingest import read_batch
    from test_ingest_support import write_batch

    text = ("I: Anak-anak sudah diimunisasi semua? #00:00:07.250#\n\n"
            "K2: Yang bungsu belum, posyandu tutup bulan lalu. #00:00:14.600#\n\nI: Kenapa tutup?\n")
    segments = read_batch(write_batch(tmp_path, {"imunisasi_K2.txt": text})).segments
    assert segments["time_start"].tolist() == ["", "00:00:07.250", "00:00:14.600"]


def test_noscribe_pause_notes_leave_the_quote():
    # round 18's trial: noScribe's pause notes (its main.py: a dot per second under ten seconds, then
    # "(N seconds pause)", "(N minute[s] pause)"; other UI languages word them alike) were quoted
    said = "Kami turun ke sekolah. (..) Lalu periksa mata (12 seconds pause) semua murid (2 minute[s] pause)."
    assert without_time_marks(said) == "Kami turun ke sekolah. Lalu periksa mata semua murid."
    assert without_time_marks("Sudah (.) selesai (15 Sekunden Pause) dan (11 segundos de pausa) pulang.") == \
        "Sudah selesai dan pulang."
    # brackets of speech stay: an aside, a number, an ellipsis inside words
    kept = "Anak (yang kecil) umur (5) tahun ... sudah (3 kali) datang."
    assert without_time_marks(kept) == kept
    # "(...)" is also a transcriber's mark for words left out: it stays, as dropping it would join
    # what was not said together (round 18's review)
    omitted = "Kami sudah lapor (...) tapi belum dibalas."
    assert without_time_marks(omitted) == omitted
