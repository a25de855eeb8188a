"""A Google Meet transcript (a time line every few minutes, a "Name: words" paragraph for each turn
between them, "Meeting ended after ..." at the end) and a phone recorder's time over several turns:
each "Name:" line is a turn of its own, with no time it does not have (new-user trial, round 16)."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from test_ingest_support import docx_bytes, write_batch

# invented interview about the village's water tank, as Google Meet's Docs transcript lays it out
MEET = ["Wawancara tandon air (2026-08-12 09:30 GMT+08:00) - Transcript", "Attendees",
        "Sinta Kaunang, Marten Tuwo, Yosua Lengkong", "Transcript",
        "00:00:00", "",
        "Sinta Kaunang: Pagi Pak, siapa yang bersihkan tandon air di sini?",
        "Marten Tuwo: Biasanya pemuda gereja, sebulan sekali.",
        "Jadi begini: kalau hujan lama, airnya keruh.",
        "Sinta Kaunang: Airnya dimasak dulu sebelum diminum?",
        "00:04:10",
        "Marten Tuwo: Dimasak, tapi anak-anak kadang minum langsung dari keran.",
        "Sinta Kaunang: Terima kasih Pak.",
        "Meeting ended after 00:06:05 👋"]
MAPPING = 'speakers: {"Sinta Kaunang": P, "Marten Tuwo": T2}\n'


def test_each_name_line_of_a_meet_transcript_is_a_turn(tmp_path):
    segments = read_batch(write_batch(tmp_path, {"meet_T2.docx": docx_bytes(MEET),
                                                 "meet_T2.yaml": MAPPING})).segments
    turns = segments[segments["speaker_role"] != "note"]
    assert turns["speaker"].tolist() == ["P", "T2", "P", "T2", "P"]
    assert turns["text"].iloc[1] == ("Biasanya pemuda gereja, sebulan sekali. "
                                     "Jadi begini: kalau hujan lama, airnya keruh.")
    assert not turns["text"].str.contains("Marten|Sinta|Meeting ended").any()
    # only a turn under a time line has a start; a turn before an untimed one has no known end
    assert turns["time_start"].tolist() == ["00:00:00.000", "", "", "00:04:10.000", ""]
    assert turns["time_end"].tolist() == ["", "", "00:04:10.000", "", "00:06:05.000"]


def test_a_phone_recorder_time_over_two_turns_keeps_both_speakers(tmp_path):
    text = ("00:00:03\nP: Ibu cuci tangan pakai sabun sebelum masak?\nK5: Pakai, sabun batang.\n\n"
            "00:00:20\nP: Sabunnya beli di mana?\nK5: Di kios dekat sekolah.\n")
    segments = read_batch(write_batch(tmp_path, {"K5.txt": text})).segments
    assert segments["speaker"].tolist() == ["P", "K5", "P", "K5"]
    assert segments["text"].tolist()[1] == "Pakai, sabun batang."


def test_coreq_length_spans_turns_that_lack_one_of_their_times():
    from pipeline.export.coreq import coreq_markdown
    from test_coreq import codebook
    from test_coreq_recordings import answer
    import pandas as pd

    times = [("00:00:00.000", ""), ("", ""), ("", "00:04:10.000"), ("00:04:10.000", ""), ("", "00:06:05.000")]
    segments = pd.DataFrame([{"segment_id": f"m{number}", "document": "meet_T2.docx", "informant": "T2",
                              "speaker_role": "informant", "language": "ind", "time_start": start, "time_end": end}
                             for number, (start, end) in enumerate(times)])
    informants = pd.DataFrame({"informant": ["T2"], "role": ["Warga"]})
    text = coreq_markdown(segments=segments, informants=informants, codings=pd.DataFrame(
        columns=["segment_id", "informant", "code", "code_id", "source", "review"]), codebook=codebook(),
        saturation_result=None, coders=["rule-based coder (pipeline)"], software="pipeline", agreement=None, lang="en")
    assert "meet_T2.docx 6:05" in answer(text, 21)


# invented Whisper .srt of an interview about school toothbrushing, no speaker detection
UNLABELLED_SRT = """1
00:00:00,000 --> 00:00:03,500
Adik sikat gigi berapa kali sehari?

2
00:00:03,900 --> 00:00:07,000
Dua kali, pagi sama malam sebelum tidur.

3
00:00:07,400 --> 00:00:10,000
Pasta giginya siapa yang belikan?

4
00:00:10,300 --> 00:00:13,800
Mama yang beli di warung.
"""


def test_an_unlabelled_subtitle_file_with_questions_is_warned_about_and_labels_typed_in_it_work(tmp_path):
    batch = read_batch(write_batch(tmp_path, {"gigi_G3.srt": UNLABELLED_SRT, "gigi_G3.yaml": "informant: G3\n"}))
    assert set(batch.segments["speaker_role"]) == {"informant"}
    said = [warning for warning in batch.warnings if "gigi_G3.srt: has no speaker labels" in warning]
    assert len(said) == 1 and "2 of its 4 cues end with a question (lines 2, 10)" in said[0]
    assert "type 'P: ' before each of their cues and 'G3: '" in said[0]
    # following the advice: the questions become the interviewer's turns
    labelled = UNLABELLED_SRT.replace("Adik", "P: Adik").replace("Pasta", "P: Pasta").replace(
        "Dua", "G3: Dua").replace("Mama", "G3: Mama")
    again = read_batch(write_batch(tmp_path, {"gigi_G3.srt": labelled, "gigi_G3.yaml": "informant: G3\n"},
                                   name="labelled"))
    assert again.segments["speaker"].tolist() == ["P", "G3", "P", "G3"]
    assert not [warning for warning in again.warnings if "question" in warning]


def test_a_sonix_export_with_the_time_after_the_label_is_read_as_timed_turns(tmp_path):
    text = ("Pewawancara: [00:00:04] Bapak pernah ikut penyuluhan rabies?\n"
            "Pak Lodi: [00:00:09] Pernah, di balai desa, tentang vaksin anjing.\n"
            "Pewawancara: [00:01:15] Anjing Bapak sudah divaksin?\n"
            "Pak Lodi: [00:01:19] Sudah, tahun lalu petugas datang ke rumah.\n")
    segments = read_batch(write_batch(tmp_path, {"sonix_R2.txt": text,
                                                 "sonix_R2.yaml": 'speakers: {"Pak Lodi": R2}\n'})).segments
    assert segments["speaker_role"].tolist() == ["interviewer", "informant"] * 2
    assert segments["informant"].tolist() == ["R2"] * 4
    assert segments["time_start"].tolist() == ["00:00:04.000", "00:00:09.000", "00:01:15.000", "00:01:19.000"]
    assert segments["text"].iloc[1] == "Pernah, di balai desa, tentang vaksin anjing."


# invented Zoom clip: the informant's label is a title and a given name that is also a common word
ZOOM = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
Dina Lasut: Selamat siang Pak, boleh saya panggil Pak Budi saja?

2
00:00:04.500 --> 00:00:09.000
Pak Budi: Boleh. Budi saja juga boleh, semua orang di kampung panggil begitu.
"""


def test_a_common_word_in_a_mapped_label_is_named_and_masked_once_listed(tmp_path):
    from pipeline.privacy.batch import redact_batch

    files = {"zoom_B4.vtt": ZOOM, "zoom_B4.yaml": 'speakers: {"Dina Lasut": P, "Pak Budi": B4}\n'}
    batch = read_batch(write_batch(tmp_path, files))
    [said] = [warning for warning in batch.warnings if "speaker labels mapped to codes" in warning]
    assert "'Budi'" in said and "'Pak'" not in said and "redact.txt" in said
    listed = read_batch(write_batch(tmp_path, {**files, "redact.txt": "Budi\n"}, name="listed"))
    assert not [warning for warning in listed.warnings if "speaker labels mapped to codes" in warning]
    assert not redact_batch(listed).segments["text"].str.contains("Budi").any()


def test_nvivo_transcription_text_export_is_read_as_timed_turns(tmp_path):
    text = ("Timespan\tSpeaker\tContent\n"
            "0:00:00.0 - 0:00:04.1\tSpeaker 1\tIbu simpan air minum di mana?\n"
            "0:00:04.5 - 0:00:09.8\tSpeaker 2\tDi jerigen biru, ditutup supaya tidak ada jentik.\n"
            "0:00:10.2 - 0:00:12.0\tSpeaker 1\tSeminggu dikuras berapa kali?\n"
            "0:00:12.4 - 0:00:15.3\tSpeaker 2\tSekali, hari Sabtu.\n")
    batch = read_batch(write_batch(tmp_path, {"nvivo_W6.txt": text,
                                              "nvivo_W6.yaml": 'speakers: {"Speaker 1": P, "Speaker 2": W6}\n'}))
    segments = batch.segments
    assert segments["speaker"].tolist() == ["P", "W6", "P", "W6"]
    assert segments["time_start"].tolist()[1] == "00:00:04.500"
    assert segments["time_end"].tolist()[-1] == "00:00:15.300"   # the last row's own end
    assert segments["text"].iloc[1] == "Di jerigen biru, ditutup supaya tidak ada jentik."
    assert not segments["text"].str.contains("Timespan").any()


def test_a_word_transcribe_export_time_before_speaker_is_read_and_an_agenda_is_not(tmp_path):
    text = ("00:00:00 Speaker 1\nIbu sudah dapat vaksin HPV untuk anak perempuan?\n\n"
            "00:00:07 Speaker 2\nSudah, di sekolah waktu kelas lima.\n")
    segments = read_batch(write_batch(tmp_path, {"transcribe_H7.txt": text,
                                                 "transcribe_H7.yaml": 'speakers: {"Speaker 1": P, "Speaker 2": H7}\n'})).segments
    assert segments["speaker"].tolist() == ["P", "H7"]
    assert segments["time_start"].tolist() == ["00:00:00.000", "00:00:07.000"]
    # an agenda's times have no hours: its lines stay a document's paragraphs
    agenda = "08:00 Pembukaan\nKepala desa membuka kegiatan.\n\n08:30 Penyuluhan\nBidan menjelaskan jadwal vaksin.\n"
    document = read_batch(write_batch(tmp_path, {"agenda_H8.txt": agenda}, name="agenda")).segments
    assert len(document) == 2 and document["text"].iloc[0].startswith("08:00 Pembukaan")


def test_the_attendees_a_meet_title_lists_are_masked_even_if_they_never_speak(tmp_path):
    from pipeline.privacy.batch import redact_batch

    batch = read_batch(write_batch(tmp_path, {"meet_T2.docx": docx_bytes(MEET), "meet_T2.yaml": MAPPING}))
    note = redact_batch(batch).segments["text"].iloc[0]
    assert note.startswith("Wawancara tandon air") and "Attendees [NAMA], [NAMA], [NAMA]" in note


def test_a_descript_paragraph_with_its_own_time_and_no_speaker_continues_the_turn(tmp_path):
    text = ("[00:00:03] Speaker 1: Bapak pernah ikut kerja bakti bersihkan selokan?\n"
            "[00:00:08] Speaker 2: Pernah, bulan lalu.\n"
            "[00:00:19] Waktu itu banyak sampah plastik yang tersumbat.\n"
            "[00:00:30] Speaker 1: Siapa yang atur?\n")
    segments = read_batch(write_batch(tmp_path, {"descript_Q4.txt": text, "descript_Q4.yaml":
                                                 'speakers: {"Speaker 1": P, "Speaker 2": Q4}\n'})).segments
    assert segments["speaker"].tolist() == ["P", "Q4", "P"]
    assert segments["text"].iloc[1] == "Pernah, bulan lalu. Waktu itu banyak sampah plastik yang tersumbat."
    assert segments["time_end"].iloc[1] == "00:00:30.000"


# invented Zoom clip: display names with a degree and an affiliation before each cue's words
DISPLAY_NAMES = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
Maria Wenas, S.Kep: Ibu sudah ikut kelas ibu hamil?

2
00:00:04.500 --> 00:00:08.000
Lince Tumbel (Desa Likupang): Sudah dua kali, di balai desa.

3
00:00:08.500 --> 00:00:11.000
Maria Wenas, S.Kep: Materinya apa saja?

4
00:00:11.500 --> 00:00:15.000
Lince Tumbel (Desa Likupang): Tanda bahaya kehamilan dan gizi.
"""


def test_zoom_display_names_with_a_degree_or_an_affiliation_are_speaker_labels(tmp_path):
    from pipeline.privacy.batch import redact_batch

    unmapped = write_batch(tmp_path, {"zoom_L3.vtt": DISPLAY_NAMES, "zoom_L3.yaml": "informant: L3\n"})
    with pytest.raises(InputError) as stopped:   # the labels are found, so the run asks for their mapping
        read_batch(unmapped)
    assert "Maria Wenas, S.Kep" in str(stopped.value) and "Lince Tumbel (Desa Likupang)" in str(stopped.value)
    mapping = 'speakers: {"Maria Wenas, S.Kep": P, "Lince Tumbel (Desa Likupang)": L3}\n'
    batch = read_batch(write_batch(tmp_path, {"zoom_L3.vtt": DISPLAY_NAMES, "zoom_L3.yaml": mapping}, name="mapped"))
    segments = redact_batch(batch).segments
    assert segments["speaker"].tolist() == ["P", "L3", "P", "L3"]
    assert segments["text"].iloc[1] == "Sudah dua kali, di balai desa."
    assert not [warning for warning in batch.warnings if "speaker labels mapped" in warning]


def test_a_mapping_beside_a_file_without_labels_is_warned_about(tmp_path):
    batch = read_batch(write_batch(tmp_path, {"gigi_G3.srt": UNLABELLED_SRT,
                                              "gigi_G3.yaml": 'informant: G3\nspeakers: {"Speaker 1": P}\n'}))
    [said] = [warning for warning in batch.warnings if "'speakers:' maps" in warning]
    assert "has no speaker labels, so all its words are read as G3's" in said


def test_a_title_longer_than_an_export_has_is_named_with_what_to_delete(tmp_path):
    # without the Transcript tab's heading (which would end the notes above it) the lines above are not skipped
    long_title = MEET[:3] + ["Rekaman disimpan di Drive.", "Transkrip otomatis dapat berisi kesalahan.",
                             "Dibagikan kepada tim peneliti."] + MEET[4:]
    with pytest.raises(InputError) as stopped:
        read_batch(write_batch(tmp_path, {"meet_T2.docx": docx_bytes(long_title), "meet_T2.yaml": MAPPING}))
    said = str(stopped.value)
    assert "its first speaker-and-time paragraph, “00:00:00”, comes after 6 paragraphs of text" in said   # a Word file
    assert "keeping at most 4" in said


def test_a_labels_affiliation_is_not_masked_wherever_the_words_name_the_place(tmp_path):
    from pipeline.privacy.batch import redact_batch

    vtt = DISPLAY_NAMES.replace("Tanda bahaya kehamilan dan gizi.", "Lince pernah ke Likupang untuk pelatihan.")
    mapping = 'speakers: {"Maria Wenas, S.Kep": P, "Lince Tumbel (Desa Likupang)": L3}\n'
    batch = read_batch(write_batch(tmp_path, {"zoom_L3.vtt": vtt, "zoom_L3.yaml": mapping}))
    last = redact_batch(batch).segments["text"].iloc[3]
    assert "Likupang" in last and "Lince" not in last   # the place stays; the person's name is masked


def test_a_meet_doc_with_its_notes_tab_is_read_from_its_transcript_heading(tmp_path):
    # Meet's Doc saved as .docx flattens its two tabs (an observed export, round 17): Gemini's Notes
    # part, then the "📖 Transcript" heading and the turns; the notes are kept as an uncoded note
    notes = ["Wawancara tandon air - Transcript", "📝 Notes", "Agu 12, 2026", "Summary",
             "Catatan rapat oleh Gemini tidak diaktifkan.", "Invited Sinta Kaunang Marten Tuwo", "📖 Transcript"]
    result = read_batch(write_batch(tmp_path, {"meet_T2.docx": docx_bytes(notes + MEET[4:]), "meet_T2.yaml": MAPPING}))
    segments = result.segments
    assert segments["speaker_role"].iloc[0] == "note" and "Gemini" in segments["text"].iloc[0]
    assert segments[segments["speaker_role"] != "note"]["speaker"].tolist() == ["P", "T2", "P", "T2", "P"]


def test_a_meet_doc_closing_lines_are_the_tools_notes(tmp_path):
    # an observed Meet .docx (round 17) ends "Transcription ended after HH:MM:SS" and a disclaimer line;
    # the first was read as a speaker "Transcription ended after" whose words were the disclaimer
    closing = ["Transcription ended after 00:05:30",
               "This editable transcript was computer generated and might contain errors. People can also "
               "change the text after it was created."]
    body = ["📖 Transcript", "Agu 12, 2026", *MEET[4:-1], *closing]
    segments = read_batch(write_batch(tmp_path, {"meet_T2.docx": docx_bytes(body), "meet_T2.yaml": MAPPING})).segments
    turns = segments[segments["speaker_role"] != "note"]
    assert turns["speaker"].tolist() == ["P", "T2", "P", "T2", "P"]
    assert not segments["text"].str.contains("Transcription ended|editable transcript").any()
    assert turns["time_end"].iloc[-1] == "00:05:30.000"


def test_the_invited_a_meet_docs_notes_list_are_masked(tmp_path):
    # the Notes tab of an observed Meet .docx lists "Invited <address> <Name>"; the invitee need not speak
    from pipeline.privacy.batch import redact_batch

    notes = ["📝 Notes", "Agu 12, 2026", "Invited tim@example.org Yosua Lengkong", "📖 Transcript"]
    meet = [*MEET[4:6], "Sinta Kaunang: Pagi Pak, Pak Yosua sudah cerita soal tandon air.", *MEET[7:]]
    batch = read_batch(write_batch(tmp_path, {"meet_T2.docx": docx_bytes(notes + meet), "meet_T2.yaml": MAPPING}))
    segments = redact_batch(batch).segments
    assert not segments["text"].str.contains("Yosua|Lengkong").any()


def test_an_address_written_against_the_next_name_leaves_the_name():
    # "lina@desa.id,Rudi Pangemanan": only the address is taken out of the attendees' list
    from pipeline.ingest.export_titles import attendees

    assert attendees(["Peserta: lina@desa.id,Rudi Pangemanan, Maria Sumual"]) == ("Rudi Pangemanan", "Maria Sumual")
