"""Plain-text exports of transcription tools (a speaker and time line before each turn) are read
as timed speaker turns, mapped like .vtt/.srt speakers; typed transcripts are not affected."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from test_ingest_support import docx_bytes, write_batch

# invented interview about a village clinic's evening hours, in three export shapes
HEADER_BELOW = """Pembicara A  0:02
Selamat sore Bapak. Bagaimana jam buka Pustu di sini?

Pembicara B  0:09
Pustu cuma buka pagi, jadi yang kerja di kebun susah datang.
Kalau sore sudah tutup.

Pembicara A  1:04
Ada usul dari warga?

Pembicara B  1:10
Dorang minta buka sore dua kali seminggu.
"""

BRACKETED = """[00:00:02] Pembicara A: Selamat sore Bapak. Bagaimana jam buka Pustu di sini?
[00:00:09] Pembicara B:
Pustu cuma buka pagi, jadi yang kerja di kebun susah datang.
[00:01:04] Pembicara A: Ada usul dari warga?
"""

PARENTHESISED = """Pembicara A (00:02): Selamat sore Bapak.
Pembicara B (00:09): Pustu cuma buka pagi.
"""

MAPPING = "speakers:\n  pustu_R4.txt: {Pembicara A: P, Pembicara B: R4}\n"


def test_a_header_line_export_is_read_as_mapped_timed_turns(tmp_path):
    batch = read_batch(write_batch(tmp_path, {"pustu_R4.txt": HEADER_BELOW, "batch.yaml": MAPPING}))
    segments = batch.segments
    assert segments["speaker"].tolist() == ["P", "R4", "P", "R4"]
    assert segments["speaker_role"].tolist() == ["interviewer", "informant", "interviewer", "informant"]
    assert set(segments["informant"]) == {"R4"}
    assert segments["time_start"].tolist() == ["00:00:02.000", "00:00:09.000", "00:01:04.000", "00:01:10.000"]
    assert segments["time_end"].tolist()[:3] == ["00:00:09.000", "00:01:04.000", "00:01:10.000"]
    assert segments["line"].tolist() == [1, 4, 8, 11]
    assert segments["text"].iloc[1] == ("Pustu cuma buka pagi, jadi yang kerja di kebun susah datang. "
                                        "Kalau sore sudah tutup.")
    assert not segments["text"].str.contains("Pembicara").any()
    assert list(batch.informants["informant"]) == ["R4"]


@pytest.mark.parametrize("text", [BRACKETED, PARENTHESISED])
def test_other_export_shapes_give_the_same_speakers_and_times(tmp_path, text):
    segments = read_batch(write_batch(tmp_path, {"pustu_R4.txt": text, "batch.yaml": MAPPING})).segments
    assert segments["speaker"].tolist()[:2] == ["P", "R4"]
    assert segments["time_start"].tolist()[:2] == ["00:00:02.000", "00:00:09.000"]
    assert segments["text"].iloc[0].startswith("Selamat sore Bapak.")
    assert segments["text"].iloc[1].startswith("Pustu cuma buka pagi")


def test_unmapped_export_speakers_stop_the_run_with_the_lines_to_add(tmp_path):
    with pytest.raises(InputError) as raised:
        read_batch(write_batch(tmp_path, {"pustu_R4.txt": HEADER_BELOW}))
    message = str(raised.value)
    assert "pustu_R4.txt" in message and "Pembicara B (2 turns, first on line 4" in message
    assert "Pembicara A: P" in message and "Pembicara B: R4" in message


def test_a_sidecar_beside_an_export_maps_it_and_gives_its_facts(tmp_path):
    sidecar = "date: 2026-03-02\nrole: Petani\nspeakers: {Pembicara A: P, Pembicara B: R4}\n"
    batch = read_batch(write_batch(tmp_path, {"pustu_R4.txt": HEADER_BELOW, "pustu_R4.yaml": sidecar}))
    assert not any("pustu_R4.yaml" in warning for warning in batch.warnings)
    assert str(batch.documents["pustu_R4.txt"].metadata["date"]) == "2026-03-02"
    assert batch.segments["speaker"].tolist()[:2] == ["P", "R4"]


def test_backward_times_name_the_line(tmp_path):
    backwards = HEADER_BELOW.replace("Pembicara A  1:04", "Pembicara A  0:05")
    with pytest.raises(InputError) as raised:
        read_batch(write_batch(tmp_path, {"pustu_R4.txt": backwards, "batch.yaml": MAPPING}))
    assert raised.value.problems[0].line == 8


def test_mapping_a_typed_transcript_says_how_to_label_it(tmp_path):
    typed = "P: Bagaimana jam buka Pustu?\nR4: Cuma pagi.\n"
    with pytest.raises(InputError) as raised:
        read_batch(write_batch(tmp_path, {"pustu_R4.txt": typed, "batch.yaml": MAPPING}))
    message = str(raised.value)
    assert "speakers.pustu_R4.txt" in message and "'P:'" in message


def test_a_typed_transcript_with_a_time_in_its_text_stays_typed(tmp_path):
    typed = "P: Jam berapa Pustu buka?\nR4: Buka jam\n08:00 sampai 12:00\nP: Sore?\nR4: Tutup.\n"
    segments = read_batch(write_batch(tmp_path, {"pustu_R4.txt": typed})).segments
    assert segments["speaker"].tolist() == ["P", "R4", "P", "R4"]
    assert segments["time_start"].fillna("").eq("").all()


def test_the_tools_closing_note_is_not_the_last_speakers_words(tmp_path):
    text = HEADER_BELOW + "\n\nTranscribed by https://otter.ai\n"
    batch = read_batch(write_batch(tmp_path, {"pustu_R4.txt": text, "batch.yaml": MAPPING}))
    assert batch.segments["text"].iloc[-1] == "Dorang minta buka sore dua kali seminggu."
    [said] = [warning for warning in batch.warnings if "transcription tool" in warning]
    assert said.startswith(f"{tmp_path / 'batch' / 'pustu_R4.txt'}:15:")


# invented interview about a ferry crossing to a health post, as a tool saves it to Word: front
# matter paragraphs, then one "[hh:mm:ss] LABEL: words" paragraph per turn
WORD_TIMED = ["---", "informant: L8", "role: Nelayan", "---",
              "[00:00:03] P: Bapak pigi Pustu pake apa?",
              "[00:00:08] L8: Pake perahu, kalau ombak tinggi nda bisa menyebrang.",
              "[00:00:40] P: Berapa ongkosnya?",
              "[00:00:44] L8: Dua puluh ribu pulang pergi."]


def test_a_word_export_with_times_before_the_labels_is_split_into_timed_turns(tmp_path):
    batch = read_batch(write_batch(tmp_path, {"perahu_L8.docx": docx_bytes(WORD_TIMED)}))
    segments = batch.segments
    assert segments["speaker"].tolist() == ["P", "L8", "P", "L8"]
    assert segments["speaker_role"].tolist() == ["interviewer", "informant", "interviewer", "informant"]
    assert segments["time_start"].tolist() == ["00:00:03.000", "00:00:08.000", "00:00:40.000", "00:00:44.000"]
    assert segments["text"].iloc[2] == "Berapa ongkosnya?"
    assert batch.documents["perahu_L8.docx"].metadata["role"] == "Nelayan"


def test_a_word_and_a_text_export_of_the_same_lines_read_alike(tmp_path):
    body = "\n".join(WORD_TIMED[4:]) + "\n"
    from_text = read_batch(write_batch(tmp_path, {"perahu_L8.txt": body, "perahu_L8.yaml": "informant: L8\n"},
                                       name="text")).segments
    from_word = read_batch(write_batch(tmp_path, {"perahu_L8.docx": docx_bytes(WORD_TIMED[4:]),
                                                  "batch.yaml": "speakers:\n  perahu_L8.docx: {L8: L8}\n"},
                                       name="word")).segments
    columns = ["speaker", "speaker_role", "informant", "time_start", "time_end", "text"]
    assert from_word[columns].equals(from_text[columns])


# invented interview about a water tank at a school, as a phone recorder app saves it: each turn's
# start time alone on its line, the labelled words on the line after it
RECORDER = """00:00:03
P: Tangki air di sekolah masih dipakai?

00:00:11
G5: Masih, tapi kerannya so rusak sejak bulan lalu.

00:00:27
P: Siapa yang mo perbaiki?

00:00:31
G5: Komite sekolah bilang tunggu dana desa.
"""


def test_a_recorder_export_gives_each_turn_its_time_and_no_time_to_the_turn_before(tmp_path):
    sidecar = "date: 2026-05-14\nrole: Guru\n"
    batch = read_batch(write_batch(tmp_path, {"tangki_G5.txt": RECORDER, "tangki_G5.yaml": sidecar}))
    segments = batch.segments
    assert segments["speaker"].tolist() == ["P", "G5", "P", "G5"]
    assert segments["speaker_role"].tolist() == ["interviewer", "informant", "interviewer", "informant"]
    assert segments["time_start"].tolist() == ["00:00:03.000", "00:00:11.000", "00:00:27.000", "00:00:31.000"]
    assert segments["text"].iloc[1] == "Masih, tapi kerannya so rusak sejak bulan lalu."
    assert not segments["text"].str.contains(r"\d:\d\d").any()
    assert segments["line"].tolist() == [2, 5, 8, 11]
    assert str(batch.documents["tangki_G5.txt"].metadata["date"]) == "2026-05-14"
    assert not any("before the first speaker label" in warning or "tangki_G5.yaml" in warning
                   for warning in batch.warnings)


def test_a_recorder_export_and_a_bracketed_export_of_the_same_turns_read_alike(tmp_path):
    bracketed = "".join(f"[{time}] {said}\n" for time, said in
                        zip(RECORDER.split("\n")[0::3], RECORDER.split("\n")[1::3]))
    columns = ["speaker", "speaker_role", "informant", "time_start", "time_end", "text"]
    recorder = read_batch(write_batch(tmp_path, {"tangki_G5.txt": RECORDER}, name="recorder")).segments
    descript = read_batch(write_batch(tmp_path, {"tangki_G5.txt": bracketed}, name="bracketed")).segments
    assert recorder[columns].equals(descript[columns])


def test_a_time_that_starts_no_turn_is_kept_and_named_in_a_warning(tmp_path):
    text = RECORDER.replace("P: Siapa yang mo perbaiki?", "Siapa yang mo perbaiki?")
    batch = read_batch(write_batch(tmp_path, {"tangki_G5.txt": text}))
    assert "lalu. 00:00:27 Siapa yang mo perbaiki?" in batch.segments["text"].iloc[1]
    [said] = [warning for warning in batch.warnings if "only a time" in warning]
    assert said.startswith(f"{tmp_path / 'batch' / 'tangki_G5.txt'}: line 7 is only a time")


def test_a_time_alone_inside_a_typed_turn_is_warned_about(tmp_path):
    typed = "P: Tangki air masih dipakai?\nG5: Masih dipakai.\n00:00:27\nP: Siapa yang perbaiki?\nG5: Komite.\n"
    batch = read_batch(write_batch(tmp_path, {"tangki_G5.md": typed}))
    assert batch.segments["speaker"].tolist() == ["P", "G5", "P", "G5"]
    [said] = [warning for warning in batch.warnings if "only a time" in warning]
    assert said.startswith(f"{tmp_path / 'batch' / 'tangki_G5.md'}: line 3 is only a time")


# invented Teams export to Word: each voice labelled by the account's name, a closing line by Teams
TEAMS_NAMED = ["Rina Lumempouw   0:02", "Selamat siang Pak, bagaimana air bersih di dusun?",
               "Hendrik Pontoh   0:10", "Sumur kering sejak Juli. Tanya saja Rina Lumempouw, dia tahu.",
               "Rina Lumempouw   0:31", "Berapa jauh ke mata air?",
               "Hendrik Pontoh   0:36", "Satu jam jalan kaki, Hendrik biasa pikul dua jerigen.",
               "Rina Lumempouw stopped transcription"]
TEAMS_MAPPING = "speakers: {Rina Lumempouw: P, Hendrik Pontoh: W2}\n"


def test_teams_transcription_notes_are_left_out_of_the_turns_without_naming_anyone(tmp_path):
    batch = read_batch(write_batch(tmp_path, {"air_W2.docx": docx_bytes(["Rina Lumempouw started transcription",
                                                                          *TEAMS_NAMED]),
                                              "air_W2.yaml": TEAMS_MAPPING}))
    assert batch.segments["text"].tolist()[-1] == "Satu jam jalan kaki, Hendrik biasa pikul dua jerigen."
    assert batch.segments["speaker"].tolist() == ["P", "W2", "P", "W2"]
    notes = [warning for warning in batch.warnings if "transcription tool" in warning]
    assert len(notes) == 2 and "stopped transcription" in notes[-1]
    assert not any("Lumempouw" in warning for warning in notes)


def test_a_name_used_as_a_mapped_label_is_masked_in_the_words_too(tmp_path):
    from pipeline.privacy import redact_batch

    batch = redact_batch(read_batch(write_batch(tmp_path, {"air_W2.docx": docx_bytes(TEAMS_NAMED),
                                                           "air_W2.yaml": TEAMS_MAPPING})))
    texts = " ".join(batch.segments["text"])
    assert "Lumempouw" not in texts and "Hendrik" not in texts
    assert "Tanya saja [NAMA], dia tahu." in texts
    assert "Lumempouw" not in batch.documents["air_W2.docx"].text


def test_a_teams_title_block_is_a_note_and_gives_the_date(tmp_path):
    title = ["Kunjungan air bersih-20260214_090512-Meeting Recording", "February 14, 2026, 1:05AM", "9m 12s"]
    batch = read_batch(write_batch(tmp_path, {"air_W2.docx": docx_bytes([*title, *TEAMS_NAMED]),
                                              "air_W2.yaml": TEAMS_MAPPING}))
    segments = batch.segments
    assert segments["speaker_role"].tolist() == ["note", "interviewer", "informant", "interviewer", "informant"]
    assert segments["text"].iloc[0].startswith("Kunjungan air bersih")
    assert str(batch.documents["air_W2.docx"].metadata["date"]) == "2026-02-14"
    assert any("paragraphs 1-3 before the first speaker-and-time line are the export's title" in warning
               for warning in batch.warnings)


def test_mapping_a_file_without_speaker_lines_quotes_its_first_line(tmp_path):
    typed = ["Catatan kunjungan ke dusun", "Air sumur kering sejak Juli.", "Warga pikul air dari mata air.",
             "Kepala dusun minta tangki.", "Belum ada jawaban.", "Rina Lumempouw   0:02", "Halo."]
    with pytest.raises(InputError) as raised:
        read_batch(write_batch(tmp_path, {"air_W2.docx": docx_bytes(typed), "air_W2.yaml": TEAMS_MAPPING}))
    message = str(raised.value)
    assert "its first paragraph is \u201cCatatan kunjungan ke dusun\u201d" in message   # a Word file's paragraphs
    assert "title of up to 4 paragraphs" in message


def test_a_mapped_label_the_file_lacks_is_named_with_the_closest_label(tmp_path):
    misspelt = "speakers: {Rina Lumempouw: P, Hendrik Pontoh: W2, Hendrick Pontoh: W2}\n"
    batch = read_batch(write_batch(tmp_path, {"air_W2.docx": docx_bytes(TEAMS_NAMED), "air_W2.yaml": misspelt}))
    [said] = [warning for warning in batch.warnings if "does not have" in warning]
    assert said.startswith(f"{tmp_path / 'batch' / 'air_W2.yaml'}: 'speakers:' maps 1 label that air_W2.docx")
    # a Word export's labels are named by paragraph, as a Word user finds them (round 20)
    assert "'Hendrick Pontoh': W2; did you mean 'Hendrik Pontoh' (paragraph 3)?" in said
    assert "'Rina Lumempouw' (first in paragraph 1, -> P)" in said


def test_the_last_turn_of_an_export_ends_with_the_recording_or_not_at_all(tmp_path):
    untitled = read_batch(write_batch(tmp_path, {"pustu_R4.txt": HEADER_BELOW, "batch.yaml": MAPPING}))
    assert untitled.segments["time_end"].tolist()[-2:] == ["00:01:10.000", ""]
    title = ["Kunjungan air bersih-20260214_090512-Meeting Recording", "February 14, 2026, 1:05AM", "9m 12s"]
    titled = read_batch(write_batch(tmp_path, {"air_W2.docx": docx_bytes([*title, *TEAMS_NAMED]),
                                               "air_W2.yaml": TEAMS_MAPPING}, name="teams"))
    assert titled.segments["time_end"].iloc[-1] == "00:09:12.000"
