"""A subtitle file as a transcript: its cues made into speaker turns, and the text they index into.

Consecutive cues of one speaker make one turn; cues are joined with a space, so a cue boundary is
always a word boundary. The "source text" of a subtitle file is the transcript these turns make,
one line per turn, as a researcher would type it, each line led by the turn's start time in the
form QualCoder links to the recording ("[00:12:31] A7: ..."):

    [00:00:01] P: Ibu so pernah urus BPJS for anak?
    [00:00:05] A7: Kita so pernah urus mar belum jadi-jadi.

Segment offsets index this text (source[start:end] == text) and the REFI-QDA project embeds it.
Speaker codes replace the tool's labels there, so a participant's name in a Zoom label never
reaches an export.

A file without any speaker label (plain Whisper output) is one person's words: the informant the
batch names for it (sidecar `informant: A7`, or `speakers: {file.vtt: A7}` in batch.yaml). It is
cut into paragraphs, like a typed document, at pauses of two seconds or more, and after a sentence
once a paragraph has 120 words; when several of its cues are questions (the interviewer's voice), each
question cue is a paragraph of its own.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import InputError, ProblemCollector
from pipeline.ingest.decode import EXPORT_EMPTY
from pipeline.ingest.documents import declared_kind
from pipeline.ingest.places import Places, at_place, line_place, places_named
from pipeline.ingest.speaker_labels import DIARIZATION_LABEL, LabelUse, close_label, code_in_name, personal_labels
from pipeline.ingest.speakers import (SpeakerSettings, resolve_speakers, sidecar_of, speaker_settings,
                                      unused_labels_warning, use_unit)
from pipeline.ingest.subtitles import (
    Cue,
    clamped_overlaps_warning,
    loose_text_warnings,
    clock,
    parse_cues,
    prefixed_label,
    read_subtitle_text,
)
from pipeline.ingest.turns import SENTENCE_END, RawSegment, speaker_spellings
from pipeline.schema import INFORMANT, NOTE
from pipeline.wording import plural_form, quantity

PARAGRAPH_PAUSE_MS = 2000
PARAGRAPH_WORDS = 120
QUESTION_END = re.compile(r"\?[\"'\u201d)]*$")
MIN_QUESTIONS = 2   # questions in an unlabelled file that suggest an interviewer speaks in it
MISSPELT_LENGTH = 4   # a label as short as a code ("N07", "P") is no name to misspell: "No:" is no "N07:"


@dataclass
class TimedTranscript:
    """A subtitle file read as a transcript: what batch reading needs to make its segments."""

    text: str
    metadata: dict[str, Any]
    sha256: str
    kind: str                                   # "interview", or "document" where its sidecar says so
    raws: list[RawSegment] = field(default_factory=list)
    informants: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    times: list[tuple[str, str]] = field(default_factory=list)   # (start, end) of each segment, HH:MM:SS.mmm
    named_labels: tuple[str, ...] = ()          # labels that are people's names ("Sari Wuisan"): masked in the text too
    translations: list[str] = field(default_factory=list)   # each segment's own translation (ELAN), "" without


@dataclass
class _Turn:
    label: str
    texts: list[str]
    start_ms: int
    end_ms: int
    line: int
    open_end: bool = False   # the end is unknown (a timed export's last turn)
    open_start: bool = False   # the start is unknown (a timed export's turn with no time line of its own)
    translations: list[str] = field(default_factory=list)   # its cues' own translations (ELAN)
    alone: bool = False   # an overlapping annotation's turn (Cue.alone): nothing joins it


def read_subtitle_transcript(path: Path, batch_settings: dict[str, Any], known: set[str],
                             problems: ProblemCollector, warnings: list[str]) -> TimedTranscript | None:
    """The file as turns (or paragraphs); None, with its problems collected, when it cannot be read."""
    data = problems.reading(path, path.read_bytes)
    cues = problems.reading(path, lambda: parse_cues(read_subtitle_text(data, path), path)) if data is not None else None
    if data is None or cues is None:
        return None
    return cues_as_transcript(path, data, cues, batch_settings, known, problems, warnings)


def read_cue_file(path: Path, parse: Callable[[bytes, list[str]], tuple[list[Cue], Places]],
                  batch_settings: dict[str, Any], known: set[str], problems: ProblemCollector,
                  warnings: list[str]) -> tuple[TimedTranscript | None, Places]:
    """A file whose `parse` gives its cues and where each is (ELAN, Praat, a speech service's JSON) as
    turns; None, with its problems collected, when it is empty or cannot be read. `parse` adds its
    warnings to the list it is given; they count only when it succeeds."""
    data = problems.reading(path, path.read_bytes)
    if data is None:
        return None, Places()
    if not data.strip():
        problems.add(path, EXPORT_EMPTY)
        return None, Places()
    told: list[str] = []
    found = problems.reading(path, lambda: parse(data, told))
    if found is None:
        return None, Places()
    warnings.extend(told)
    cues, places = found
    return cues_as_transcript(path, data, cues, batch_settings, known, problems, warnings, place=places.name), places


def cues_as_transcript(path: Path, data: bytes, cues: list[Cue], batch_settings: dict[str, Any], known: set[str],
                       problems: ProblemCollector, warnings: list[str],
                       front_matter: dict[str, Any] | None = None,
                       place: Callable[[int], str] = line_place) -> TimedTranscript | None:
    """Timed cues (of a subtitle file, or a timed .txt or Word export) as turns, their speakers
    mapped by the batch; None, with its problems collected, when a label is not mapped (each named
    where the file first uses it: `place`, a Word file's paragraph). The file's own front matter
    (a Word export's) counts as a sidecar does, the sidecar winning."""
    found = speaker_settings(path, batch_settings, problems, front_matter)
    clamped = clamped_overlaps_warning(cues, path)
    if clamped:
        warnings.append(clamped)
    warnings.extend(loose_text_warnings(cues, path))
    empty = [cue.line for cue in cues if not cue.text]
    if empty:
        warnings.append(f"{path}: {quantity(len(empty), 'cue')} without words (first {at_place(place(empty[0]))}) left out")
    cues = [cue for cue in cues if cue.text]
    if not cues:
        problems.add(path, "has no cue with words in it")
        return None
    # a label the batch maps is a speaker however often it is used ("Sari Wuisan:" once in a short clip)
    labels, texts = _speaker_labels(cues, known | set(found.mapping) | ({found.informant} if found.informant else set()))
    if not any(labels):
        if not found.informant:
            code = code_in_name(path.stem) or "A7"
            asked = _asked(cues)
            typed = (f"; but {len(asked)} of its {_spoken(cues)} cues end with a question ({places_named(asked, place)}), "
                     f"usually the interviewer's: if the interviewer speaks in it, type 'P: ' before each of their cues "
                     f"and '{code}: ' before the informant's instead" if len(asked) >= MIN_QUESTIONS else "")
            problems.add(path, "has no speaker labels, so its words must be one informant's: name the informant "
                               f"in batch.yaml ('speakers: {{{path.name}: {code}}}') or as 'informant: {code}' in "
                               f"{path.with_suffix('.yaml').name} beside it{typed}")
            return None
        if (asked := _questions_warning(path, cues, found.informant, place)) is not None:
            warnings.append(asked)
        if (unused := unused_labels_warning(path, [], found, {})) is not None:
            warnings.append(unused)
        # one informant's recording, cut at pauses: an interview (saturation counts it), unless its sidecar or batch.yaml says otherwise
        kind = declared_kind(found.metadata) or declared_kind(batch_settings) or "interview"
        return _transcript(path, data, found, kind, _paragraphs(cues), {"": (found.informant, INFORMANT)}, labelled=False)
    if (unlabelled := _unlabelled_warning(path, cues, labels, place)) is not None:
        warnings.append(unlabelled)
    turns = _turns(cues, labels, texts)
    if not turns[0].label and not cues[0].title:
        warnings.append(f"{path}:{turns[0].line}: cues before the first speaker label are kept as an uncoded note segment")
    uses = _label_uses(turns, use_unit(path))
    try:
        resolved = resolve_speakers(path, uses, found, known, place)
    except InputError as error:
        problems.extend(error)
        return None
    if (unused := unused_labels_warning(path, uses, found, resolved, place)) is not None:
        warnings.append(unused)
    informant = found.informant or _only_informant(resolved) or path.stem
    named = (*personal_labels(resolved), *(cues[0].names if cues[0].title else ()))
    resolved[""] = (informant, NOTE)
    merged = _merged(turns, resolved)
    if (partial := _partial_translations_warning(path, merged, place)) is not None:
        warnings.append(partial)
    transcript = _transcript(path, data, found, "interview", merged, resolved)
    transcript.named_labels = named
    return transcript


def _unlabelled_warning(path: Path, cues: list[Cue], labels: list[str],
                        place: Callable[[int], str] = line_place) -> str | None:
    """A tool's segments (`Cue.segment`: subtitle cues, WhisperX's .txt lines) without a speaker label
    after its first labelled one: WhisperX leaves out "[SPEAKER_00]:" where diarization found no speaker, and such a cue is kept in the turn before
    it, so its words are quoted as that speaker's (a timed export's unlabelled paragraph continues its
    speaker by the tool's own layout, and is not named)."""
    if not any(labels):
        return None
    first = labels.index(next(label for label in labels if label))
    lines = [cue.line for cue, label in zip(cues[first:], labels[first:]) if not label and cue.segment]
    if not lines:
        return None
    return (f"{path}: {quantity(len(lines), 'cue')} without a speaker label ({places_named(lines, place)}) "
            f"{plural_form(len(lines), 'is', 'are')} kept in the turn before, "
            "as that speaker's words: "
            "check who speaks there and put the label before the words ('[SPEAKER_01]: ...') if it is another")


def _partial_translations_warning(path: Path, turns: list[_Turn], place: Callable[[int], str] = line_place) -> str | None:
    """Turns whose transcriber translated some of their annotations but not all: half a translation
    would stand for the whole turn, so the machine translation is kept and the run says where."""
    lines = [turn.line for turn in turns if any(turn.translations) and not all(turn.translations)]
    if not lines:
        return None
    return (f"{path}: {quantity(len(lines), 'turn')} ({places_named(lines, place)}) {plural_form(len(lines), 'has', 'have')} "
            "the transcriber's translation of only some of the annotations in it: the machine translation is shown "
            "for the whole turn; translate the rest in the translation tier to have yours shown")


def _asked(cues: list[Cue]) -> list[int]:
    """The lines of the cues that end with a question."""
    return [cue.line for cue in cues if QUESTION_END.search(cue.text) and not cue.title]


def _spoken(cues: list[Cue]) -> int:
    """How many cues are someone's words: an export's title above them is a note, not a cue of the recording."""
    return sum(not cue.title for cue in cues)


def _questions_warning(path: Path, cues: list[Cue], informant: str,
                       place: Callable[[int], str] = line_place) -> str | None:
    """A file without speaker labels is one informant's words: said when some of its cues are
    questions (plain Whisper or Buzz output of an interview holds the interviewer's voice too, and
    the questions would be coded and quoted as the informant's)."""
    asked = _asked(cues)
    if len(asked) < MIN_QUESTIONS:
        return None
    return (f"{path}: has no speaker labels, so all its words are read as {informant}'s, coded and quoted as theirs, "
            f"but {len(asked)} of its {_spoken(cues)} cues end with a question ({places_named(asked, place)}), usually the "
            f"interviewer's: if the interviewer speaks in it, type 'P: ' before each of their cues and "
            f"'{informant}: ' before the informant's, or transcribe it again with speaker detection (WhisperX "
            "--diarize, noScribe) and map its labels (README, 'From recording to tables')")


def _speaker_labels(cues: list[Cue], known: set[str]) -> tuple[list[str], list[str]]:
    """Each cue's speaker label ("" if none) and its words without the label.

    A voice span names the speaker. Otherwise a "Name:" prefix does, if it counts as a label by
    the rule for typed transcripts: used at least twice, an interviewer label, a known or
    code-shaped informant code ("Jadi begini: ..." once is text), or a label a tool numbers
    ("SPEAKER_00", "P1"), which is left to the batch's mapping even when used once, or a misspelling
    of a known or mapped label ("Kader Lnce:" once beside "Kader Lince:"), which the mapping then
    stops at, naming the label it is close to, instead of gluing the words to the turn before."""
    prefixed = [("", cue.text) if cue.voice else prefixed_label(cue.text) for cue in cues]
    is_speaker = speaker_spellings([label for label, _ in prefixed if label], known)
    named = [label for label in known if len(label) >= MISSPELT_LENGTH]
    is_speaker.update({label: True for label in is_speaker
                       if DIARIZATION_LABEL.match(label) or close_label(label, named) is not None})
    labels, texts = [], []
    for cue, (label, rest) in zip(cues, prefixed):
        if cue.title:
            labels.append("")
            texts.append(cue.text)
        elif cue.voice:
            labels.append(cue.voice)
            texts.append(cue.text)
        elif label and is_speaker[label]:
            labels.append(label)
            texts.append(rest)
        else:
            labels.append("")
            texts.append(cue.text)
    return labels, texts


def _joins(turn: _Turn, open_start: bool, alone: bool = False) -> bool:
    """Whether a piece of the turn's speaker continues `turn`. Not when the piece starts at its own
    time and the turn's start and end are both unknown (a Google Meet line between two time lines):
    the piece keeps its time. A turn with an unknown start but a known end (noScribe's closing
    interjection "//S00: Iya.//", which ends where S00's next turn begins) is one turn with that next
    turn, from its time: not two turns of one speaker, an answer counted and quoted twice. Nor when
    either is said during another speaker's words (`alone`: an "iya" during a long answer is not the
    start of the next question)."""
    if alone or turn.alone:
        return False
    return open_start or not turn.open_start or not turn.open_end


def _join(turn: _Turn, texts: list[str], start_ms: int, open_start: bool, end_ms: int, open_end: bool,
          translations: list[str] = ()) -> None:
    turn.texts += texts
    turn.translations += translations
    if turn.open_start and not open_start:
        turn.start_ms, turn.open_start = start_ms, False
    turn.end_ms, turn.open_end = end_ms, open_end


def _turns(cues: list[Cue], labels: list[str], texts: list[str]) -> list[_Turn]:
    """Consecutive cues of one speaker as one turn; a cue without a label continues the turn before."""
    turns: list[_Turn] = []
    for cue, label, text in zip(cues, labels, texts):
        if turns and not label and not cue.title:   # a note after a table of turns (table_cues) is its own
            turns[-1].texts.append(text)
            turns[-1].translations.append(cue.translation)
            turns[-1].end_ms, turns[-1].open_end = cue.end_ms, cue.open_end
        elif turns and label == turns[-1].label and _joins(turns[-1], cue.open_start, cue.alone):
            _join(turns[-1], [text], cue.start_ms, cue.open_start, cue.end_ms, cue.open_end, [cue.translation])
        else:
            turns.append(_Turn(label, [text], cue.start_ms, cue.end_ms, cue.line, cue.open_end, cue.open_start,
                               [cue.translation], cue.alone))
    return turns


def _merged(turns: list[_Turn], resolved: dict[str, tuple[str, str]]) -> list[_Turn]:
    """Consecutive turns of labels mapped to one speaker (diarization split a voice in two) as one."""
    merged: list[_Turn] = []
    for turn in turns:
        if (merged and merged[-1].label and turn.label and resolved[merged[-1].label] == resolved[turn.label]
                and _joins(merged[-1], turn.open_start, turn.alone)):
            _join(merged[-1], turn.texts, turn.start_ms, turn.open_start, turn.end_ms, turn.open_end, turn.translations)
        else:
            merged.append(turn)
    return merged


def _paragraphs(cues: list[Cue]) -> list[_Turn]:
    """One speaker's cues as paragraphs: a new one after a pause, or after a sentence once long; in a
    file of MIN_QUESTIONS question cues or more (an interview recorded without speaker detection),
    each question cue alone, so the answers around it are coded apart from it. A piece of a cue that
    another speaker opens (`Cue.open_start`: a dialogue cue's dashed line) is a paragraph of its own."""
    paragraphs: list[_Turn] = []
    words = 0
    asking = len(_asked(cues)) >= MIN_QUESTIONS
    for cue in cues:
        last = paragraphs[-1] if paragraphs else None
        long_enough = last is not None and words >= PARAGRAPH_WORDS and SENTENCE_END.search(last.texts[-1])
        asked = asking and last is not None and (QUESTION_END.search(cue.text) or QUESTION_END.search(last.texts[-1]))
        if (last is None or cue.start_ms - last.end_ms >= PARAGRAPH_PAUSE_MS or long_enough or asked
                or cue.open_start):
            paragraphs.append(_Turn("", [cue.text], cue.start_ms, cue.end_ms, cue.line, cue.open_end, cue.open_start))
            words = 0
        else:
            last.texts.append(cue.text)
            last.end_ms, last.open_end = cue.end_ms, cue.open_end
        words += len(cue.text.split())
    return paragraphs


def _label_uses(turns: list[_Turn], unit: str) -> list[LabelUse]:
    """Every label of the file in order of first use, with its number of uses in `unit` (cues, or
    turns: a turn of several paragraphs counts once) and its first words."""
    uses: dict[str, LabelUse] = {}
    for turn in turns:
        if not turn.label:
            continue
        use = uses.get(turn.label)
        count = (use.cues if use else 0) + (1 if unit == "turn" else len(turn.texts))
        uses[turn.label] = LabelUse(turn.label, count, use.line if use else turn.line,
                                    use.sample if use else " ".join(" ".join(turn.texts).split()))
    return list(uses.values())


def _only_informant(resolved: dict[str, tuple[str, str]]) -> str:
    codes = {code for code, role in resolved.values() if role == INFORMANT}
    return codes.pop() if len(codes) == 1 else ""


def _transcript(path: Path, data: bytes, found: SpeakerSettings, kind: str, turns: list[_Turn],
                resolved: dict[str, tuple[str, str]], labelled: bool = True) -> TimedTranscript:
    """The plain transcript of the turns ("[hh:mm:ss] CODE: words" lines) and its segments; `labelled`:
    the cues name their speakers (else every paragraph is the file's informant's)."""
    metadata = dict(found.metadata)
    # a sidecar's facts (`role:`, `site:`) without `informant:` are those of the one informant its
    # speakers map to: left without an owner, Tabel 1 said the file gave no role
    if informant := found.informant or (_only_informant(resolved) if metadata else ""):
        metadata.setdefault("informant", informant)
    file_informant = resolved[""][0]
    result = TimedTranscript("", metadata, hashlib.sha256(data).hexdigest(), kind)
    parts: list[str] = []
    position = 0
    for turn in turns:
        code, role = resolved[turn.label]
        speaker = code if turn.label else ""
        prefix = ("" if turn.open_start else f"[{clock(turn.start_ms)[:8]}] ") + (f"{speaker}: " if speaker else "")
        words = " ".join(" ".join(text.split()) for text in turn.texts)
        start = position + len(prefix)
        result.raws.append(RawSegment(speaker, start, start + len(words), turn.line))
        result.informants.append(code if role == INFORMANT and turn.label else file_informant)
        result.speakers.append(speaker if labelled else file_informant)
        result.roles.append(role)
        result.translations.append(" ".join(turn.translations) if all(turn.translations) else "")
        result.times.append(("" if turn.open_start else clock(turn.start_ms), "" if turn.open_end else clock(turn.end_ms)))
        parts.append(f"{prefix}{words}\n")
        position = start + len(words) + 1
    result.text = "".join(parts)
    return result


def sidecar_files(transcripts: list[Path]) -> set[Path]:
    """The sidecars of a batch's transcripts: read with them, so not reported as stray files."""
    return {sidecar for sidecar in map(sidecar_of, transcripts) if sidecar is not None}
