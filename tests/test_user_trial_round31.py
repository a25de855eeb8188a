"""Round 31's new-user trial (child stunting and the posyandu in Manado: mothers, cadres, a nutrition
officer and a midwife, recorded and sent to AssemblyAI's API, typed in InqScribe, or typed in Word): what
the lecturer tripped over, each fixed with its test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest.batch import read_batch
from pipeline.ingest.speaker_labels import DIARIZATION_LABEL
from tests.test_ingest_support import write_batch


def _assemblyai(turns: list[tuple[str | None, str]], utterances: bool = True) -> str:
    """AssemblyAI's transcript as GET /v2/transcript/ID answers it: times in milliseconds, speakers as
    capital letters (None: no speaker_labels, so no utterances and words without a speaker)."""
    time, listed, words = 400, [], []
    for speaker, text in turns:
        said = []
        for word in text.split():
            said.append({"text": word, "start": time, "end": time + 300, "confidence": 0.9, "speaker": speaker})
            time += 400
        listed.append({"speaker": speaker, "text": text, "start": said[0]["start"], "end": said[-1]["end"],
                       "confidence": 0.9, "words": said})
        words += said
        time += 1000
    return json.dumps({"id": "trial", "status": "completed", "language_code": "id", "text": " ".join(t for _, t in turns),
                       "words": words, "utterances": listed if utterances else None, "audio_duration": time // 1000,
                       "speaker_labels": utterances})


TALK = [("A", "Anak ditimbang tiap bulan?"), ("B", "Iyo, tiap bulan. Kader catat di buku.")]


def test_an_assemblyai_transcript_is_read_as_its_utterances_with_speakers_and_times(tmp_path: Path) -> None:
    """AssemblyAI's JSON was passed over as 'ignored, not a transcript', its interview missing from every
    table; its mapping in batch.yaml then stopped the run saying the .json 'is not a .json file of this batch'."""
    batch = write_batch(tmp_path, {"ibu_T1.json": _assemblyai(TALK),
                                   "batch.yaml": "speakers:\n  ibu_T1.json: {Speaker A: P, Speaker B: T1}\n"})
    read = read_batch(batch, id_key=None)
    assert read.segments["speaker"].tolist() == ["P", "T1"]
    assert read.segments["text"].iloc[1] == "Iyo, tiap bulan. Kader catat di buku."
    assert (read.segments["time_start"].iloc[1], read.segments["place"].iloc[1]) == ("00:00:03.000", "utterance 2 at 00:00:03.000")


def test_an_unmapped_assemblyai_speaker_stops_the_run_with_its_label(tmp_path: Path) -> None:
    with pytest.raises(InputError) as error:
        read_batch(write_batch(tmp_path, {"ibu_T1.json": _assemblyai(TALK)}), id_key=None)
    assert "Speaker A: P" in str(error.value) and "Speaker B:" in str(error.value)


def test_assemblyai_words_without_speaker_labels_are_one_informants(tmp_path: Path) -> None:
    """Without `speaker_labels` AssemblyAI writes no utterances and its words name no speaker."""
    batch = write_batch(tmp_path, {"T2.json": _assemblyai([(None, "Torang bawa anak ka posyandu.")], utterances=False),
                                   "batch.yaml": "speakers:\n  T2.json: T2\n"})
    read = read_batch(batch, id_key=None)
    assert read.segments["text"].tolist() == ["Torang bawa anak ka posyandu."]
    assert read.segments["speaker"].tolist() == ["T2"]


def test_a_json_of_another_shape_is_still_passed_over(tmp_path: Path) -> None:
    """Only a transcript's shape is read: a tool's settings with a `words` list is no transcript."""
    batch = write_batch(tmp_path, {"K1.md": "P: Ada?\nK1: Ada.\n", "settings.json": json.dumps({"words": ["x"], "theme": "dark"})})
    read = read_batch(batch, id_key=None)
    assert set(read.segments["document"]) == {"K1.md"}
    assert any("settings.json: ignored" in warning and "AssemblyAI" in warning for warning in read.warnings)


def test_a_lettered_speaker_is_a_tools_numbering_not_a_name() -> None:
    """'Speaker A' was taken for a person's name: a warning said 'Speaker' was masked only within the label."""
    assert DIARIZATION_LABEL.match("Speaker A") and DIARIZATION_LABEL.match("pembicara_b")
    assert not DIARIZATION_LABEL.match("Speaker Ana") and not DIARIZATION_LABEL.match("Sari A")


def test_a_name_redact_txt_lists_asks_for_no_listing_when_she_says_it(tmp_path: Path) -> None:
    """An informant saying her own name, already listed in redact.txt, drew a warning telling the team to
    list it in redact.txt; a name not listed still draws it."""
    from pipeline.privacy import redact_batch

    turns = "P: Boleh kenalkan diri?\nT3: Nama saya Yohana Sumampouw, kader di sini.\n"
    batch = write_batch(tmp_path, {"T3.md": turns, "redact.txt": "Yohana Sumampouw\n"})
    read = redact_batch(read_batch(batch))
    assert "Sumampouw" not in " ".join(read.segments["text"])
    assert not any("own name" in warning for warning in read.warnings)
    (batch / "redact.txt").write_text("Meiske Kalalo\n", encoding="utf-8")
    read = redact_batch(read_batch(batch))
    assert "Sumampouw" not in " ".join(read.segments["text"])
    assert any("own name" in warning for warning in read.warnings)


def test_a_role_label_is_no_name_to_mask_in_the_words(tmp_path: Path) -> None:
    """An InqScribe transcript typed with 'Kader Posyandu:' and 'Bidan Desa:' as speakers: the labels were
    taken for names and masked wherever the words said them ("jadi kader posyandu?" -> "jadi [NAMA]?", "Bidan
    desa melakukan ..." -> "[NAMA] melakukan ..." in another informant's file). A name after a title is masked."""
    from pipeline.privacy import redact_batch

    timed = ("[00:00:02.00] Pewawancara: Sudah lama jadi kader posyandu?\n\n"
             "[00:00:06.10] Kader Posyandu: So lama. Bidan desa ja bantu torang.\n\n"
             "[00:00:11.20] Bidan Lince: Iyo, kita datang tiap bulan. Lince dari puskesmas.\n\n"
             "[00:00:15.00] Oma: Kita pe cucu le ja timbang, oma yang antar.\n")
    speakers = "speakers:\n  T4.txt: {Pewawancara: P, Kader Posyandu: T4, Bidan Lince: T5, Oma: T6}\n"
    read = redact_batch(read_batch(write_batch(tmp_path, {"T4.txt": timed, "batch.yaml": speakers})))
    texts = read.segments["text"].tolist()
    assert texts[0] == "Sudah lama jadi kader posyandu?"
    assert texts[1] == "So lama. Bidan desa ja bantu torang."
    assert "Lince" not in texts[2]
    assert texts[3] == "Kita pe cucu le ja timbang, oma yang antar."   # a kin term alone names no one either


def test_an_english_reports_translation_names_the_quotes_notes_in_english() -> None:
    """The English appendix printed '(laughs)' in the quote and '(tertawa)' in its Indonesian translation
    under it; the Indonesian report keeps both as typed."""
    import pandas as pd

    from pipeline.aggregate.quote_notes import shown_notes

    quotes = pd.DataFrame({"text": ["Kita so lupa (tertawa) tanggal."], "translation": ["Saya sudah lupa (tertawa) tanggalnya."]})
    assert shown_notes(quotes, "en")["translation"].iloc[0] == "Saya sudah lupa (laughs) tanggalnya."
    assert shown_notes(quotes, "id")["translation"].iloc[0] == "Saya sudah lupa (tertawa) tanggalnya."


def test_the_english_overview_names_the_transcribers_notes_in_english() -> None:
    """overview.ipynb with LANG = "en" printed "(tertawa)" where the English report prints "(laughs)"."""
    import pandas as pd

    from pipeline.review.overview import quotations_html

    quotes = pd.DataFrame({"code": ["Malu"], "informant": ["T6"], "text": ["Kita malu (tertawa) skali."],
                           "translation": ["Saya malu (tertawa) sekali."], "language": ["xmm"]})
    english, indonesian = quotations_html(quotes, lang="en"), quotations_html(quotes, lang="id")
    assert "Kita malu (laughs) skali." in english and "(tertawa)" not in english
    assert "Kita malu (tertawa) skali." in indonesian


def test_saturation_reached_says_which_later_interviews_still_added_codes() -> None:
    """The second batch reached saturation at 4+2, yet its eighth interview added a code no one had said:
    the report, the COREQ and the run summary said only "reached at 4+2"."""
    import pandas as pd

    from pipeline.aggregate.saturation import saturation_point

    table = pd.DataFrame({"document": [f"T{i}.md" for i in range(1, 9)], "informant": [f"T{i}" for i in range(1, 9)],
                          "date": [f"2026-11-0{i}" for i in range(1, 9)], "n_new": [5, 2, 1, 0, 0, 0, 0, 1]})
    result = saturation_point(table)
    assert result.label == "4+2" and result.later_new == (("T8", 1),)
    assert result.explained("en").endswith("; new codes after it: T8 (1))")
    assert result.explained("id").endswith("; kode baru sesudahnya: T8 (1))")
    table["n_new"] = [5, 2, 1, 0, 0, 0, 0, 0]
    assert "after it" not in saturation_point(table).explained("en")


def test_a_mapped_file_not_yet_in_the_batch_says_so(tmp_path: Path) -> None:
    """batch.yaml written for the whole study mapped the second batch's file too: the stop said it was 'not a
    ... .json file of this batch', as it said of a .json in the folder the batch could not read."""
    speakers = ("speakers:\n  ibu_T1.json: {Speaker A: P, Speaker B: T1}\n  hukumtua_T9.json: {Speaker A: P, Speaker B: T9}\n"
                "  ibu_T22.json: {Speaker A: P}\n  notes.json: {Speaker A: P}\n")
    with pytest.raises(InputError) as error:
        read_batch(write_batch(tmp_path, {"ibu_T1.json": _assemblyai(TALK), "ibu_T2.json": _assemblyai(TALK),
                                          "notes.json": json.dumps({"x": 1}), "batch.yaml": speakers}), id_key=None)
    said = str(error.value)
    assert "'hukumtua_T9.json' is not a" in said and "no file of this name is in the folder: not added yet?" in said
    assert "did you mean 'ibu_T2.json'?" in said   # a misspelling, of a file no line maps
    assert "'notes.json' is not a" in said and "the file is in the folder, but it is not read as a transcript" in said


def test_an_inqscribe_turn_typed_without_its_timecode_is_a_turn_of_its_own(tmp_path: Path) -> None:
    """InqScribe inserts a timecode only where the transcriber presses the key: a question typed
    'Pewawancara: ...' without one was glued into the cadre's answer above it, and coded as hers."""
    typed = ("[00:00:03.00] Pewawancara: Posyandu buka jam berapa?\n\n"
             "[00:00:06.15] Ibu Kader: Jam delapan. Torang siapkan timbangan dulu.\n"
             "Catatan: timbangan baru dari dinas.\n\n"
             "Pewawancara: Siapa yang masak PMT?\n\n"
             "[00:00:19.10] Ibu Kader: Torang kader yang masak. [00:00:24.00]\n")
    batch = write_batch(tmp_path, {"T7.txt": typed, "batch.yaml": "speakers:\n  T7.txt: {Pewawancara: P, Ibu Kader: T7}\n"})
    turns = read_batch(batch, id_key=None).segments
    assert turns["speaker"].tolist() == ["P", "T7", "P", "T7"]
    assert turns["text"].tolist()[1:3] == ["Jam delapan. Torang siapkan timbangan dulu. Catatan: timbangan baru dari dinas.",
                                           "Siapa yang masak PMT?"]
    assert turns["time_start"].tolist()[2] == ""   # the question has no time of its own
    # a timecode closing a turn, nothing after it, is its end (InqScribe's user guide), not words
    assert (turns["text"].iloc[3], turns["time_end"].iloc[3]) == ("Torang kader yang masak.", "00:00:24.000")


def test_inqscribes_timecodes_in_parentheses_read_alike_but_not_an_hour_said(tmp_path: Path) -> None:
    typed = ("(00:00:03.00) Pewawancara: Posyandu buka jam berapa?\n\n"
             "(00:00:06.15) Ibu Kader: Jam delapan, torang tulis di papan (08:00)\n\n"
             "(00:00:12.00) Pewawancara: Lalu?\n\n"
             "(00:00:19.10) Ibu Kader: Torang tunggu mama-mama. (00:00:24.10)\n")
    batch = write_batch(tmp_path, {"T8.txt": typed, "batch.yaml": "speakers:\n  T8.txt: {Pewawancara: P, Ibu Kader: T8}\n"})
    turns = read_batch(batch, id_key=None).segments
    assert turns["text"].iloc[1] == "Jam delapan, torang tulis di papan (08:00)"
    assert (turns["text"].iloc[3], turns["time_end"].iloc[3]) == ("Torang tunggu mama-mama.", "00:00:24.100")


def test_a_transcript_saved_again_without_an_edit_is_not_told_as_changed(tmp_path: Path, capsys) -> None:
    """The team copied the first batch's Word files again with the second: 'changed (Wawancara S3.docx)',
    though no word of it had changed (its bytes had: Word writes the time of saving into the file)."""
    from pipeline.cli import main
    from tests.test_ingest_support import GOOD_TRANSCRIPT, MINIMAL_CODEBOOK

    codebook = tmp_path / "tes.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT, "A2.md": GOOD_TRANSCRIPT.replace("A1", "A2")})
    run = ["analyze", str(batch), "--codebook", str(codebook), "--out", str(tmp_path / "out"), "--no-history"]
    assert main(run) == 0
    capsys.readouterr()
    (batch / "A1.md").write_bytes(GOOD_TRANSCRIPT.replace("\n", "\r\n").encode("utf-8"))   # saved on Windows
    (batch / "A2.md").write_text(GOOD_TRANSCRIPT.replace("A1", "A2") + "\nP: Lalu?\n\nA2: Itu saja.\n", encoding="utf-8")
    assert main(run) == 0
    said = capsys.readouterr().out
    assert "since the last run: 1 changed (A2.md); 1 saved again, words unchanged (A1.md)." in said


def test_an_answer_giving_an_identity_number_takes_no_code_from_its_question() -> None:
    """'Untuk data KMS, NIK Ibu berapa?' - 'Ini kita pe NIK, [NIK], ada di kartu keluarga.' was quoted under
    weighing and measuring (evidence: 'KMS (question)'); a question whether the informant has a card asks
    about access, and its answer keeps its codes."""
    from pipeline.coding.question_purpose import asks_identity_number

    assert asks_identity_number("Untuk data KMS, NIK Ibu berapa?") and asks_identity_number("Berapa nomor HP Bapak?")
    assert not asks_identity_number("Ibu sudah punya nomor BPJS?")
    assert not asks_identity_number("Berapa kali Ibu bawa anak ke posyandu?")


def test_a_mapping_may_write_a_lettered_speaker_with_or_without_speaker_before_it(tmp_path: Path) -> None:
    """AssemblyAI's speaker "A" is "Speaker A" here and "A:" in other exports: a mapping {A: P} stopped
    the run although it could mean no other label."""
    batch = write_batch(tmp_path / "json", {"ibu_T1.json": _assemblyai(TALK),
                                            "batch.yaml": "speakers:\n  ibu_T1.json: {A: P, B: T1}\n"})
    assert read_batch(batch, id_key=None).segments["speaker"].tolist() == ["P", "T1"]
    vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v A>Ada timbang?\n\n00:00:04.000 --> 00:00:06.000\n<v B>Ada, tiap bulan.\n"
    batch = write_batch(tmp_path / "vtt", {"ibu_T2.vtt": vtt, "batch.yaml": "speakers:\n  ibu_T2.vtt: {Speaker A: P, Speaker B: T2}\n"})
    read = read_batch(batch, id_key=None)
    assert read.segments["speaker"].tolist() == ["P", "T2"]
    assert not [warning for warning in read.warnings if "does not have" in warning]


def test_a_label_with_and_without_speaker_in_one_file_is_not_taken_for_the_other(tmp_path: Path) -> None:
    """Where the file says both "A" and "Speaker A" the mapping's "Speaker A" is that label only: "A" stays
    unmapped and the message gives the file, the label's line and the line to add."""
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Speaker A>Ada timbang?\n\n"
           "00:00:04.000 --> 00:00:06.000\n<v A>Ada, tiap bulan.\n")
    batch = write_batch(tmp_path, {"ibu_T3.vtt": vtt, "batch.yaml": "speakers:\n  ibu_T3.vtt: {Speaker A: P}\n"})
    with pytest.raises(InputError) as error:
        read_batch(batch, id_key=None)
    message = str(error.value)
    assert "ibu_T3.vtt" in message and "A (1 cue, first on line 6, not mapped)" in message and "        A: T3" in message


def test_inqscribes_frames_are_read_as_frames_not_hundredths(tmp_path: Path) -> None:
    """InqScribe's [00:00:06.15] is 6 s and 15 frames (6.5 s at its 30 frames a second); it was read as 6.15 s."""
    typed = "".join(f"[00:00:{second:02d}.{frame:02d}] {'Pewawancara' if turn % 2 == 0 else 'Ibu Kader'}: Kalimat {turn}.\n\n"
                    for turn, (second, frame) in enumerate([(3, 0), (6, 15), (12, 27), (19, 3), (24, 12)]))
    batch = write_batch(tmp_path / "frames", {"T9.txt": typed + "[00:00:30.06] Pewawancara: Terima kasih. [00:00:31.24]\n",
                                              "batch.yaml": "speakers:\n  T9.txt: {Pewawancara: P, Ibu Kader: T9}\n"})
    turns = read_batch(batch, id_key=None).segments
    assert turns["time_start"].tolist()[1:3] == ["00:00:06.500", "00:00:12.900"]
    assert turns["time_end"].iloc[-1] == "00:00:31.800"
    # one fraction of 30 or more is a hundredth's: that file counts hundredths throughout
    batch = write_batch(tmp_path / "hundredths", {"T9.txt": typed + "[00:00:30.56] Pewawancara: Terima kasih.\n",
                                                  "batch.yaml": "speakers:\n  T9.txt: {Pewawancara: P, Ibu Kader: T9}\n"})
    assert read_batch(batch, id_key=None).segments["time_start"].tolist()[1:3] == ["00:00:06.150", "00:00:12.270"]
