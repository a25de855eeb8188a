"""Round 25's new-user trial: transcription tools not tried before. The text exports of Fireflies,
tl;dv, Riverside, Google Recorder and Microsoft Stream's captions were read as earlier tools' are; a
speech-to-text service's JSON (Deepgram, Speechmatics), the one file a lab that uses their APIs keeps,
was passed over with "ignored, not a transcript" and its interview left out of every table."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest.batch import read_batch
from tests.test_ingest_support import DATA, write_batch

TOOLS = DATA / "ingest" / "round25_tools"


def _stopped(tmp_path: Path, files: dict[str, str | bytes]) -> str:
    with pytest.raises(InputError) as error:
        read_batch(write_batch(tmp_path, files), id_key=None)
    return str(error.value)


def _deepgram_words(words: list[tuple[int | None, str, float, float]], channels: int = 1) -> str:
    """Deepgram's response without utterances: words of each channel, (channel, word, start, end)."""
    return json.dumps({"results": {"channels": [
        {"alternatives": [{"transcript": "", "words": [
            {"word": word.strip(".?").lower(), "punctuated_word": word, "start": start, "end": end}
            for channel, word, start, end in words if channel == number]}]}
        for number in range(channels)]}})


def test_a_deepgram_json_is_read_as_its_utterances_with_speakers_and_times() -> None:
    read = read_batch(TOOLS, id_key=None)
    turns = read.segments[read.segments["document"] == "N01_deepgram.json"]
    assert list(turns["speaker"]) == ["P", "N01", "P", "N01"]
    # two utterances of one speaker in a row are one turn
    assert turns["text"].iloc[1] == "Iyo, mar ombak tinggi, torang tunggu sampe angin turun. Baru perahu jalan."
    assert (turns["time_start"].iloc[1], turns["time_end"].iloc[1]) == ("00:00:04.800", "00:00:15.000")
    assert turns["place"].iloc[3] == "utterance 5 at 00:00:17.600"


def test_a_deepgram_jsons_sidecar_gives_its_facts() -> None:
    read = read_batch(TOOLS, id_key=None)
    assert read.documents["N01_deepgram.json"].metadata["date"] .isoformat() == "2026-11-20"


def test_speechmatics_words_become_sentences_their_marks_attached_and_an_unknown_speaker_kept_apart() -> None:
    read = read_batch(TOOLS, id_key=None)
    turns = read.segments[read.segments["document"] == "N02_speechmatics.json"]
    assert list(turns["speaker"])[:2] == ["P", "N02"]
    assert turns["text"].iloc[0] == "Motoris selalu ada?"
    assert turns["text"].iloc[1] == "Kadang dia ke laut. Torang musti tunggu, baru jalan."
    assert turns["time_start"].iloc[1] == "00:00:02.650"
    assert list(turns["speaker"])[2] == "P"   # "UU", a voice Speechmatics could not tell, mapped by batch.yaml
    assert list(turns["text"])[2] == "Iyo."   # its own turn, not glued to the informant's before it


def test_an_unmapped_unknown_speechmatics_voice_stops_the_run_counted_in_sentences(tmp_path: Path) -> None:
    message = _stopped(tmp_path, {"N02.json": (TOOLS / "N02_speechmatics.json").read_text(encoding="utf-8"),
                                  "batch.yaml": "speakers:\n  N02.json: {S1: P, S2: N02}\n"})
    assert "UU (1 sentence, first in word 17 at 00:00:07.500, not mapped): “Iyo.”" in message
    assert "S2 (2 sentences, first in word 5" in message


def test_deepgram_words_without_speakers_on_two_channels_are_two_speakers(tmp_path: Path) -> None:
    words = [(0, "Ibu", 0.1, 0.4), (0, "bayar?", 0.5, 0.9), (1, "Iyo,", 1.2, 1.5), (1, "sandiri.", 1.6, 2.0)]
    batch = write_batch(tmp_path, {"N03.json": _deepgram_words(words, channels=2),
                                   "batch.yaml": 'speakers:\n  N03.json: {"Channel 0": P, "Channel 1": N03}\n'})
    turns = read_batch(batch, id_key=None).segments
    assert list(turns["speaker"]) == ["P", "N03"]
    assert list(turns["text"]) == ["Ibu bayar?", "Iyo, sandiri."]


def test_an_unmapped_service_speaker_stops_the_run_with_the_lines_to_add(tmp_path: Path) -> None:
    message = _stopped(tmp_path, {"N01.json": (TOOLS / "N01_deepgram.json").read_text(encoding="utf-8")})
    assert "N01.json" in message and "Speaker 0" in message and "Speaker 1" in message


@pytest.mark.parametrize(("content", "expected"), [
    ('{"results": {"utterances": [{"start": "0:01", "end": 2.0, "transcript": "Iyo.", "speaker": 0}]}}',
     "results.utterances[0].start should be a time in seconds"),
    ('{"results": {"utterances": [{"start": 1.0, "end": 2.0, "speaker": 0}]}}',
     "results.utterances[0].transcript should be the words as text, not missing"),
    ('{"results": {"channels": {"alternatives": []}}}', "results.channels should be a list"),
    ('{"results": [{"type": "word", "start_time": 1.0, "end_time": 1.2, "alternatives": [{"speaker": "S1"}]}]}',
     "results[0].alternatives[0].content should be the words as text"),
])
def test_a_service_json_of_the_wrong_shape_stops_the_run_naming_the_field(tmp_path: Path, content: str,
                                                                          expected: str) -> None:
    message = _stopped(tmp_path, {"N04.json": content})
    assert "N04.json" in message and expected in message


def test_a_service_json_without_words_says_so(tmp_path: Path) -> None:
    message = _stopped(tmp_path, {"N05.json": '{"results": {"utterances": []}}', "batch.yaml": "speakers:\n  N05.json: N05\n"})
    assert "N05.json: this Deepgram transcript has no words in it" in message


def test_another_json_is_passed_over_saying_which_json_is_read(tmp_path: Path) -> None:
    batch = write_batch(tmp_path, {"A1.txt": "P: Ibu pake perahu?\nA1: Iyo.\n", "settings.json": '{"theme": "dark"}'})
    warnings = read_batch(batch, id_key=None).warnings
    assert any("settings.json: ignored, not a transcript: a .json file is read only as" in w and "Deepgram" in w
               for w in warnings)


def test_a_service_json_beside_its_subtitles_is_one_interview_twice(tmp_path: Path) -> None:
    batch = write_batch(tmp_path, {"N01.srt": "1\n00:00:01,000 --> 00:00:02,000\nN01: Iyo.\n"})
    shutil.copy(TOOLS / "N01_deepgram.json", batch / "N01.json")
    with pytest.raises(InputError) as error:
        read_batch(batch, id_key=None)
    assert "are one name in 2 formats" in str(error.value)


def test_speechmatics_speaker_change_markers_are_no_words(tmp_path: Path) -> None:
    items = [{"type": "word", "start_time": 0.1, "end_time": 0.5, "alternatives": [{"content": "Bayar", "speaker": "S1"}]},
             {"type": "punctuation", "start_time": 0.5, "end_time": 0.5, "attaches_to": "previous", "is_eos": True,
              "alternatives": [{"content": "?", "speaker": "S1"}]},
             {"type": "speaker_change", "start_time": 0.6, "end_time": 0.6},
             {"type": "word", "start_time": 0.8, "end_time": 1.2, "alternatives": [{"content": "Sandiri", "speaker": "S2"}]}]
    batch = write_batch(tmp_path, {"N06.json": json.dumps({"format": "2.9", "results": items}),
                                   "batch.yaml": "speakers:\n  N06.json: {S1: P, S2: N06}\n"})
    assert list(read_batch(batch, id_key=None).segments["text"]) == ["Bayar?", "Sandiri"]


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "N07.json: is empty; export it again from the tool"),
    (b'{"results": {"utterances": [{"start": 0.4, "transcript": "Ha', "N07.json:1: is not valid JSON (Unterminated string"),
    ('{"results": {"utterances": []}}'.encode("utf-16"), "has no words in it"),   # JSON may be UTF-16
])
def test_an_empty_or_cut_off_json_stops_the_run_instead_of_being_passed_over(tmp_path: Path, content: bytes,
                                                                             expected: str) -> None:
    """An interrupted download leaves an empty or cut-off file: it was passed over with a warning among
    many, its interview missing from every table."""
    assert expected in _stopped(tmp_path, {"N07.json": content, "batch.yaml": "speakers:\n  N07.json: N07\n"})


def test_a_json_saved_in_a_windows_code_page_names_the_byte_and_line(tmp_path: Path) -> None:
    content = '{"results": {"utterances": [\n{"start": 0.1, "end": 1.0, "transcript": "Iyo \u2013 sandiri.", "speaker": 1}]}}'
    message = _stopped(tmp_path, {"N08.json": content.encode("cp1252"), "batch.yaml": "speakers:\n  N08.json: N08\n"})
    assert "N08.json:2: is not UTF-8 text (byte 0x96)" in message
