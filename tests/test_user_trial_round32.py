"""Round 32's new-user trial (cataract and eye care in old age, Tomohon: older people, their children, a
Posyandu Lansia cadre and Puskesmas nurses; recordings sent to ElevenLabs' speech-to-text, filmed interviews
transcribed in DaVinci Resolve, one typed in Word; two graders, a revised codebook, a second batch): what the
lecturer tripped over, each fixed with its test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_ingest_support import write_batch

from pipeline.errors import InputError
from pipeline.ingest.batch import read_batch


def _elevenlabs(turns: list[tuple[str | None, str]], channels: bool = False) -> str:
    """ElevenLabs' speech-to-text answer: each word and the space after it an item with its type, times in
    seconds, `speaker_id` when diarized; "(batuk)" an audio event."""
    time, words = 0.3, []
    for speaker, text in turns:
        for index, word in enumerate(text.split()):
            if index:
                words.append({"text": " ", "start": time, "end": time + 0.1, "type": "spacing", "speaker_id": speaker})
                time += 0.1
            kind = "audio_event" if word.startswith("(") else "word"
            words.append({"text": word, "start": time, "end": time + 0.4, "type": kind, "speaker_id": speaker,
                          "logprob": -0.1})
            time += 0.4
        time += 1.0
    answer = {"language_code": "ind", "language_probability": 0.9, "text": " ".join(t for _, t in turns), "words": words}
    if channels:   # a multichannel answer: one voice per channel, no diarization
        split = [[w | {"speaker_id": None} for w in words if w["speaker_id"] == s] for s in ("a", "b")]
        return json.dumps({"transcripts": [{"channel_index": n, "language_code": "ind", "words": part}
                                           for n, part in enumerate(split)]})
    return json.dumps(answer)


EYES = [("speaker_0", "Mata Oma kabur sejak kapan?"), ("speaker_1", "(batuk) So dua taong. Kalo malam lebe parah.")]


def test_an_elevenlabs_transcript_is_read_as_its_speakers_sentences_with_times(tmp_path: Path) -> None:
    """ElevenLabs' JSON was passed over as no transcript, and its mapping in batch.yaml stopped the run
    saying the file 'is not read as a transcript of a kind whose speakers a batch maps'."""
    batch = write_batch(tmp_path, {"oma_L1.json": _elevenlabs(EYES),
                                   "batch.yaml": "speakers:\n  oma_L1.json: {speaker_0: P, speaker_1: L1}\n"})
    read = read_batch(batch, id_key=None)
    assert read.segments["speaker"].tolist() == ["P", "L1"]
    # the spacing items are no words; the audio event stays as the bracketed note it is
    assert read.segments["text"].iloc[1] == "(batuk) So dua taong. Kalo malam lebe parah."
    assert read.segments["time_start"].iloc[1] == "00:00:03.700"


def test_an_elevenlabs_multichannel_answer_names_each_channel(tmp_path: Path) -> None:
    talk = [("a", "Sudah periksa mata?"), ("b", "Balum, kita takut.")]
    batch = write_batch(tmp_path, {"L3.json": _elevenlabs(talk, channels=True),
                                   "batch.yaml": "speakers:\n  L3.json: {Channel 0: P, Channel 1: L3}\n"})
    read = read_batch(batch, id_key=None)
    assert list(zip(read.segments["speaker"], read.segments["text"])) == [("P", "Sudah periksa mata?"),
                                                                         ("L3", "Balum, kita takut.")]


def test_assemblyai_words_without_types_are_not_taken_for_elevenlabs() -> None:
    from pipeline.ingest.asr_json import asr_service

    assert asr_service({"words": [{"text": "Iyo", "start": 1, "end": 2}], "audio_duration": 3}) == "AssemblyAI"
    assert asr_service({"words": [{"text": "Iyo", "start": 1, "end": 2}]}) is None   # a tool's own list of words
    assert asr_service(json.loads(_elevenlabs(EYES))) == "ElevenLabs"


def test_a_mapped_json_of_no_services_shape_says_what_it_holds(tmp_path: Path) -> None:
    """The stop named no reason a .json in the folder was not read; it now says which services' answers are
    read and what the file's top level holds."""
    batch = write_batch(tmp_path, {"L4.json": json.dumps({"segments": [], "model": "x"}),
                                   "L4b.txt": "P: Mata kabur?\nL4: Iyo.\n",
                                   "batch.yaml": "speakers:\n  L4.json: {speaker_0: P}\n"})
    with pytest.raises(InputError, match=r"ElevenLabs'.*top level holds 'segments', 'model'"):
        read_batch(batch, id_key=None)


DAVINCI = """[00:00:01:10 - 00:00:04:20]
Speaker 1
 Siapa yang antar Opa ke Manado?

[00:00:05:00 - 00:00:09:12]
Speaker 2
 Kita pe cucu, pake motor.
 Dia tunggu sampe sore.

[00:00:10:00 - 00:00:11:00]
Speaker 2
 Iyo.
"""


def test_a_davinci_resolve_transcript_is_read_as_timed_turns(tmp_path: Path) -> None:
    """DaVinci Resolve's export was read as a typed transcript: each [start - end] timecode glued into the
    words of the turn above it (and quoted so), the turns without times."""
    batch = write_batch(tmp_path, {"L2.txt": DAVINCI,
                                   "batch.yaml": "speakers:\n  L2.txt: {Speaker 1: P, Speaker 2: L2}\n"})
    read = read_batch(batch, id_key=None)
    segments = read.segments
    assert segments["speaker"].tolist()[:2] == ["P", "L2"]
    assert segments["text"].iloc[1].startswith("Kita pe cucu, pake motor. Dia tunggu sampe sore.")
    assert not segments["text"].str.contains(r"\[00:").any()
    # frames at the lowest rate above the file's highest frame (20: 24 a second)
    assert (segments["time_start"].iloc[0], segments["time_end"].iloc[0]) == ("00:00:01.417", "00:00:04.833")
    # the same speaker's next block goes on with the turn
    assert len(segments) == 2 and segments["text"].iloc[-1].endswith("sore. Iyo.")


def test_a_mistyped_timecode_stops_the_run_at_its_line(tmp_path: Path) -> None:
    """A timecode typed wrong ("00:0x:09") was read as words: its block, the informant's answer, glued
    into the interviewer's question above it. It now stops the run at its line; a bracket of words
    ("[tertawa]") is no timing line."""
    mistyped = DAVINCI.replace("[00:00:05:00 - 00:00:09:12]", "[00:00:05:00 - 00:0x:09:12]")
    batch = write_batch(tmp_path, {"L2.txt": mistyped,
                                   "batch.yaml": "speakers:\n  L2.txt: {Speaker 1: P, Speaker 2: L2}\n"})
    with pytest.raises(InputError, match=r"L2\.txt:5: '\[00:00:05:00 - 00:0x:09:12\]' looks like a timing line"):
        read_batch(batch, id_key=None)
    laughing = DAVINCI.replace(" Dia tunggu sampe sore.", " [tertawa] Dia tunggu sampe sore.")
    batch = write_batch(tmp_path / "ok", {"L2.txt": laughing,
                                          "batch.yaml": "speakers:\n  L2.txt: {Speaker 1: P, Speaker 2: L2}\n"})
    assert read_batch(batch, id_key=None).segments["speaker"].tolist()[:2] == ["P", "L2"]


def test_an_indented_first_line_is_never_a_speaker() -> None:
    from pipeline.ingest.range_lines import _speaker_line

    assert _speaker_line("Speaker 2") and _speaker_line("Ibu Kader")
    assert not _speaker_line(" Iyo betul") and not _speaker_line("Dia tunggu sampe sore.")
