"""A speech-to-text service's JSON transcript (Deepgram, Speechmatics, AssemblyAI, ElevenLabs) as the cues of a transcript.

A lab that sends its recordings to one of these services' APIs keeps the JSON it answers with; it is
the only file the service writes. Deepgram's response holds `results.utterances` (with
`utterances=true`: each a speaker's stretch of words with its times) or, without them, the words of
`results.channels[..].alternatives[0].words` (each with its time and, with `diarize=true`, its
`speaker` number); Speechmatics' (`json-v2`) holds `results`, a list of words and punctuation marks,
each with its times and its alternatives' `content` and `speaker` ("S1"; "UU" for one it could not tell);
AssemblyAI's transcript (GET /v2/transcript/ID) holds `utterances` at its top level (with `speaker_labels`:
each a speaker's stretch, `speaker` a capital letter, "A", times in milliseconds) and `words` (each with its
times and, diarized, its `speaker`); ElevenLabs' (POST /v1/speech-to-text, Scribe) holds `words` at its top level,
each `text` with `start` and `end` in seconds, a `type` (`word`, `spacing`: the space between two words,
`audio_event`: "(laughter)" when events are tagged) and, diarized, a `speaker_id` ("speaker_0"); a multichannel
answer holds one such transcript per channel in `transcripts`, each with its `channel_index`. None
has a published reader on PyPI that validates a saved file, so the shape is checked here, at the
boundary: a field missing or of the wrong type stops the run naming the file and the field
(`results.utterances[3].start`). Words are joined into one cue per sentence of one speaker; the
subtitle machinery (subtitle_turns.cues_as_transcript) makes turns of them, its numbered speakers
("Speaker 0", "S1") mapped by batch.yaml or a sidecar as a diarizing tool's are.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import InputError, ProblemCollector
from pipeline.ingest.clocks import clock
from pipeline.ingest.places import Places
from pipeline.ingest.subtitle_turns import TimedTranscript, read_cue_file
from pipeline.ingest.subtitles import Cue

ASR_JSON_SUFFIX = ".json"
SENTENCE_ENDS = (".", "?", "!")


@dataclass(frozen=True)
class Word:
    """One recognised word or punctuation mark; `attached` joins it to the word before without a space."""

    speaker: str
    text: str
    start_ms: int
    end_ms: int
    where: str        # where the file has it, for messages: "utterance 4", "word 17"
    attached: bool = False


def asr_service(data: object) -> str | None:
    """"Deepgram", "Speechmatics", "AssemblyAI" or "ElevenLabs" when parsed JSON has that service's shape, else None."""
    if not isinstance(data, dict):
        return None
    if "results" not in data and _elevenlabs_shape(data):
        return "ElevenLabs"
    if "results" not in data and isinstance(data.get("words"), list) and ("utterances" in data or "audio_duration" in data):
        return "AssemblyAI"
    results = data.get("results")
    if isinstance(results, dict) and ("channels" in results or "utterances" in results):
        return "Deepgram"
    if (isinstance(results, list) and results and all(isinstance(item, dict) and "type" in item for item in results[:5])
            and any("alternatives" in item for item in results[:5])):
        return "Speechmatics"
    return None


def read_as_asr_json(path: Path) -> bool:
    """Whether a .json file of a batch is read as a service's transcript: one of their shapes, or one
    that is empty or not JSON at all (an interrupted download), whose reading then says so; another
    JSON (a tool's settings) is not."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    try:
        return not data.strip() or asr_service(json.loads(data)) is not None
    except ValueError:
        return True


def asr_cues(data: bytes, path: Path) -> tuple[list[Cue], Places]:
    """The file's words as cues, one per sentence of one speaker, and where each is ("utterance 3 at
    00:00:05.900"); InputError naming the field when the JSON is not a transcript of the shape its service
    writes."""
    try:
        parsed = json.loads(data)
    except json.JSONDecodeError as error:
        raise InputError.at(path, f"is not valid JSON ({error.msg}, column {error.colno}): save the service's "
                                  "response again, whole", line=error.lineno) from None
    except UnicodeDecodeError as error:   # JSON is UTF-8 (or UTF-16/32, which json finds by itself)
        raise InputError.at(path, f"is not UTF-8 text (byte 0x{data[error.start]:02X}): JSON is UTF-8; save the "
                                  "service's response again unchanged, or save it in a text editor with the encoding "
                                  "UTF-8", line=data[:error.start].count(b"\n") + 1) from None
    service = asr_service(parsed)
    if service is None:
        raise InputError.at(path, "is not a Deepgram, Speechmatics, AssemblyAI or ElevenLabs transcript: its top level "
                                  "has no 'results' with utterances, channels or a list of words, nor AssemblyAI's "
                                  "'utterances' and 'words', nor ElevenLabs' typed 'words' or 'transcripts'")
    words = (_deepgram_words(parsed["results"], path) if service == "Deepgram"
             else _speechmatics_words(parsed["results"], path) if service == "Speechmatics"
             else _elevenlabs_words(parsed, path) if service == "ElevenLabs"
             else _assemblyai_words(parsed, path))
    if not words:
        raise InputError.at(path, f"this {service} transcript has no words in it (was the recording silent?)")
    cues, places = [], {}
    for key, sentence in enumerate(_sentences(words), start=1):
        first = sentence[0]
        text = "".join(("" if word.attached or index == 0 else " ") + word.text for index, word in enumerate(sentence))
        cues.append(Cue(first.speaker, text.strip(), first.start_ms, max(word.end_ms for word in sentence), key, segment=True))
        places[key] = f"{first.where} at {clock(first.start_ms)}"
    return cues, Places(places)


def read_asr_transcript(path: Path, batch_settings: dict[str, Any], known: set[str], problems: ProblemCollector,
                        warnings: list[str]) -> tuple[TimedTranscript | None, Places]:
    """The file as turns and where each is; None, with its problems collected, when it cannot be read."""
    return read_cue_file(path, lambda data, _told: asr_cues(data, path), batch_settings, known, problems, warnings)


def _deepgram_words(results: dict[str, Any], path: Path) -> list[Word]:
    """Deepgram's utterances, each one word of its speaker ("Speaker 0"), or, without them, the words
    of every channel; a channel is a speaker of its own ("Channel 1") when the words name none and the
    recording has several (a phone interview recorded one voice per channel, `multichannel=true`)."""
    utterances = results.get("utterances")
    several_channels = isinstance(results.get("channels"), list) and len(results["channels"]) > 1
    if utterances is not None and (utterances != [] or results.get("channels") is None):   # [] beside the channels' words: read those
        words = []
        for index, item in enumerate(_list(utterances, "results.utterances", path)):
            where = f"results.utterances[{index}]"
            _dict(item, where, path)
            speaker = (_speaker(item.get("speaker"), "Speaker", f"{where}.speaker", path) if "speaker" in item
                       else _speaker(item.get("channel"), "Channel", f"{where}.channel", path) if several_channels else "")
            words.append(Word(speaker, _text(item, "transcript", where, path),
                              _ms(item, "start", where, path), _ms(item, "end", where, path), f"utterance {index + 1}"))
        return words
    channels = _list(results.get("channels"), "results.channels", path)
    words = []
    for number, channel in enumerate(channels):
        where = f"results.channels[{number}].alternatives"
        alternatives = _list(_dict(channel, f"results.channels[{number}]", path).get("alternatives"), where, path)
        if not alternatives:
            continue
        listed = _list(_dict(alternatives[0], f"{where}[0]", path).get("words"), f"{where}[0].words", path)
        for index, item in enumerate(listed):
            spot = f"{where}[0].words[{index}]"
            _dict(item, spot, path)
            text = item.get("punctuated_word") or _text(item, "word", spot, path)
            speaker = (_speaker(item.get("speaker"), "Speaker", f"{spot}.speaker", path) if "speaker" in item
                       else f"Channel {number}" if len(channels) > 1 else "")
            place = f"channel {number} word {index + 1}" if len(channels) > 1 else f"word {index + 1}"
            words.append(Word(speaker, str(text), _ms(item, "start", spot, path), _ms(item, "end", spot, path), place))
    return sorted(words, key=lambda word: (word.start_ms, word.end_ms))


def _speechmatics_words(results: list[Any], path: Path) -> list[Word]:
    """Speechmatics' words and punctuation marks in order, a mark joined to the word before."""
    words = []
    for index, item in enumerate(results):
        where = f"results[{index}]"
        if _dict(item, where, path).get("type") == "speaker_change":
            continue   # a marker between two speakers' words, which name their speakers themselves
        alternatives = _list(item.get("alternatives"), f"{where}.alternatives", path)
        if not alternatives:
            continue
        best = _dict(alternatives[0], f"{where}.alternatives[0]", path)
        text = _text(best, "content", f"{where}.alternatives[0]", path)
        attached = item.get("type") == "punctuation" and item.get("attaches_to", "previous") == "previous"
        # "UU", a speaker Speechmatics could not tell, stays a label of its own for the batch to map: kept
        # in the turn before, a backchannel would be quoted as the other speaker's words
        words.append(Word(_label(best.get("speaker"), f"{where}.alternatives[0].speaker", path), text,
                          _ms(item, "start_time", where, path),
                          _ms(item, "end_time", where, path), f"word {index + 1}", attached))
    return words


def _assemblyai_words(parsed: dict[str, Any], path: Path) -> list[Word]:
    """AssemblyAI's utterances, each one word of its speaker ("Speaker A", as its own pages print the letter),
    or, without them (no `speaker_labels`), its words, whose `speaker` is then null; times in milliseconds."""
    utterances = parsed.get("utterances")
    key, listed = ("utterances", utterances) if utterances else ("words", parsed["words"])
    words = []
    for index, item in enumerate(_list(listed, key, path)):
        where = f"{key}[{index}]"
        _dict(item, where, path)
        speaker = _label(item.get("speaker"), f"{where}.speaker", path)
        words.append(Word(f"Speaker {speaker}" if speaker else "", _text(item, "text", where, path),
                          _ms(item, "start", where, path, per_second=1), _ms(item, "end", where, path, per_second=1),
                          f"utterance {index + 1}" if key == "utterances" else f"word {index + 1}"))
    return words


ELEVENLABS_TYPES = {"word", "spacing", "audio_event"}


def _elevenlabs_shape(data: dict[str, Any]) -> bool:
    """ElevenLabs' answer: top-level `words` whose first items carry its `type`s (AssemblyAI's words have
    none), or a multichannel answer's `transcripts`, each such an answer."""
    def typed(words: object) -> bool:
        return (isinstance(words, list) and bool(words) and isinstance(words[0], dict)
                and all(isinstance(item, dict) and item.get("type") in ELEVENLABS_TYPES for item in words[:5]))
    transcripts = data.get("transcripts")
    if isinstance(transcripts, list) and transcripts:
        return all(isinstance(item, dict) and typed(item.get("words")) for item in transcripts)
    return "utterances" not in data and typed(data.get("words"))


def _elevenlabs_words(parsed: dict[str, Any], path: Path) -> list[Word]:
    """ElevenLabs' words in time order, its spacing items left out (the words are joined by spaces) and an
    audio event, "(laughter)", kept as the transcriber's note in brackets it is; `speaker_id` ("speaker_0")
    the label the batch maps, or, in a multichannel answer whose words name no speaker, "Channel 1"."""
    channels = parsed.get("transcripts")
    answers = ([(f"transcripts[{n}].", item) for n, item in enumerate(channels)] if isinstance(channels, list)
               else [("", parsed)])
    words = []
    for prefix, answer in answers:
        channel = answer.get("channel_index") if len(answers) > 1 else None
        for index, item in enumerate(_list(answer.get("words"), f"{prefix}words", path)):
            where = f"{prefix}words[{index}]"
            if _dict(item, where, path).get("type") == "spacing":
                continue
            text = _text(item, "text", where, path).strip()
            if not text:
                continue
            if item.get("type") == "audio_event" and not text.startswith(("(", "[")):
                text = f"({text})"
            speaker = _label(item.get("speaker_id"), f"{where}.speaker_id", path)
            if not speaker and channel is not None:
                speaker = _speaker(channel, "Channel", f"{prefix}channel_index", path)
            words.append(Word(speaker, text, _ms(item, "start", where, path), _ms(item, "end", where, path),
                              f"{prefix}word {index + 1}"))
    return sorted(words, key=lambda word: (word.start_ms, word.end_ms)) if len(answers) > 1 else words


def _sentences(words: list[Word]) -> list[list[Word]]:
    """The words cut where the speaker changes and after each sentence's end mark."""
    sentences: list[list[Word]] = []
    for word in words:
        if sentences and (word.attached or word.speaker == sentences[-1][0].speaker
                          and not sentences[-1][-1].text.endswith(SENTENCE_ENDS)):
            sentences[-1].append(word)
        else:
            sentences.append([word])
    return sentences


def _speaker(value: object, prefix: str, where: str, path: Path) -> str:
    """Deepgram's speaker number as the label a diarizing tool writes ("Speaker 0"); "" without one. A bool
    or a fraction is no speaker's number (JSON's true is Python's 1), so it is refused as a wrong shape."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise InputError.at(path, f"{where} should be a speaker's number (e.g. 0), not {_kind(value)}")
    return f"{prefix} {value}" if isinstance(value, int) else value


def _label(value: object, where: str, path: Path) -> str:
    """Speechmatics' speaker label ("S1", "UU"); "" without one. Anything but text (a number, a list) would
    become a label no `speakers:` map could name, so it is refused with the field it is in."""
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        raise InputError.at(path, f"{where} should be a speaker's label as text (e.g. \"S1\"), not {_kind(value)}")
    return value


def _dict(value: object, where: str, path: Path) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InputError.at(path, f"{where} should be an object with the words and their times, not {_kind(value)}")
    return value


def _list(value: object, where: str, path: Path) -> list[Any]:
    if not isinstance(value, list):
        raise InputError.at(path, f"{where} should be a list, not {_kind(value)}: is the file the service's whole "
                                  "response, saved unchanged?")
    return value


def _text(item: dict[str, Any], key: str, where: str, path: Path) -> str:
    value = item.get(key)
    if not isinstance(value, str):
        raise InputError.at(path, f"{where}.{key} should be the words as text, not {_kind(value)}")
    return value


def _ms(item: dict[str, Any], key: str, where: str, path: Path, per_second: int = 1000) -> int:
    """A time in seconds as milliseconds (`per_second=1`: a time already in milliseconds)."""
    value = item.get(key)
    # json.loads takes NaN, Infinity and 1e400 (infinite) as numbers: no time, and round() fails on them
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        unit = "seconds (e.g. 12.5)" if per_second == 1000 else "milliseconds (e.g. 12500)"
        raise InputError.at(path, f"{where}.{key} should be a time in {unit}, not {_kind(value)}")
    return round(value * per_second)


def _kind(value: object) -> str:
    return "missing" if value is None else f"{type(value).__name__} {json.dumps(value)[:40]}"
