"""Split a transcript body into speaker turns, or a document into paragraphs, with offsets.

Offsets index the decoded source text, so `source[start:end] == text` holds for every
segment; that is what lets REFI-QDA selections and evidence spans point at the original.
Between them the segments cover every non-blank character of the body except the speaker
labels themselves.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from pipeline.person_words import PERSON_NOUNS, TITLE_ABBREVIATIONS, TITLES
from pipeline.schema import INTERVIEWER_LABELS

TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"   # a turn's clock time as transcripts and exports write it
# a time between hashes: f4transkript's and f5's "#00:01:15-3#" (tenths after the hyphen; Subtitle
# Edit's F4Text format) and QualCoder's "#00:01:15.300#"
HASH_TIME = r"#(?P<clock>\d{1,2}:\d{2}:\d{2})(?:[-.,](?P<fraction>\d{1,3}))?#"
# a sentence's end: its mark, then any closing quotes or bracket ('... kata dia."'); a closing quote
# alone ends no sentence (a quoted headline: 'Bupati: "Kami Siap Bantu Warga"')
SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d)]*$")

SPACE = r"[ \t\u00a0]"
EMPHASIS = r"(?:\*\*|__|\*|_)"   # Markdown's bold or italic
# noScribe's speaker label: "S" and pyannote's number ("S00", "S01")
NOSCRIBE_LABEL = r"S\d{2}"
# "LABEL: text" where LABEL is one to three short words ("P", "A1", "Ibu Kader"), possibly in
# Markdown bold ("**P:**", "**P**:"), possibly without a space after the colon ("P:text").
LABEL_LINE = re.compile(
    rf"^{SPACE}*(?P<open>{EMPHASIS})?"
    rf"(?P<label>[^\W\d_][\w.\-']{{0,24}}(?:{SPACE}[\w.\-']{{1,24}}){{0,2}})"
    rf"(?:(?P=open))?{SPACE}*:{EMPHASIS}?(?!//){SPACE}*",
)
_LABEL_GROUP = LABEL_LINE.groupindex["label"]
# "P- words", "R1 - words", "Peneliti – words": a one-word label typed with a dash, read as a label only in
# a file where an interviewer's label is typed so (a document's "Senin - penyuluhan" stays text)
DASH_LABEL_LINE = re.compile(rf"^{SPACE}*(?P<label>[^\W\d_][\w.']{{0,24}}){SPACE}*[-\u2013]{SPACE}+(?=\S)")
# ": words": a line whose speaker label was left empty (a blank name before the colon)
EMPTY_LABEL_LINE = re.compile(rf"^{SPACE}*:(?!//){SPACE}*(?=\S)")
# Conventions of Indonesian transcripts beyond schema.INTERVIEWER_LABELS: T/J (tanya/jawab),
# Q/A, and generic informant labels that may occur only once in a short interview.
MORE_INTERVIEWER_LABELS = frozenset({"t", "tanya", "penanya", "fasilitator", "enumerator"})
GENERIC_INFORMANT_LABELS = frozenset({"j", "jawab", "a", "r", "informan", "informant", "responden", "respondent",
                                      "narasumber", "partisipan", "participant"})
INFORMANT_CODE = re.compile(r"^[A-Za-z]{1,4}[-_]?\d{1,4}$")
PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
LINE_BREAK = re.compile(r"\n")   # a Word document's paragraphs are its lines
MAX_LABEL_LENGTH = 25


# RawSegment and LabelLine are named tuples: a batch makes one of each per turn, and a tuple
# is several times cheaper to build than a frozen dataclass.
class RawSegment(NamedTuple):
    speaker: str
    start: int
    end: int
    line: int


class LabelLine(NamedTuple):
    line_start: int   # offset of the line
    text_start: int   # offset after the label, its colon and the spaces after it
    label: str
    line: int         # 1-based line number


@dataclass(frozen=True)
class LabelScan:
    labels: list[LabelLine]     # taken as speaker labels
    doubtful: list[LabelLine]   # look like labels but are read as text of the turn before
    # labels (also in `labels`) of a speaker who is neither interviewer nor a known informant: a
    # person's title and name used once ("Oma Nel:"), or an empty label (": ..."); their turns are
    # kept apart so another person's words are not quoted as the informant's
    unknown: tuple[LabelLine, ...] = ()


def names_a_person(label: str) -> bool:
    """A label used once that still names someone: a capitalised title or person noun, alone or
    before capitalised names ("Oma Nel", "Petugas", "Ibu Kader"), unlike "Jadi begini"."""
    words = label.split()
    return (words[0].casefold() in TITLES | PERSON_NOUNS
            and all(word[:1].isupper() for word in words))


def is_interviewer(label: str) -> bool:
    folded = label.strip().casefold()
    return folded in INTERVIEWER_LABELS or folded in MORE_INTERVIEWER_LABELS


INFORMANT_I = "i"
"""'I' is the Interviewer's label, but beside 'P' (Pewawancara, Peneliti) the Informan's: Indonesian
transcripts write P and I for the two."""
PARTICIPANT_P = "p"
"""English transcripts write the other way round: I the Interviewer, P the Participant."""
LETTERS_OF_INFORMANTS = frozenset({INFORMANT_I, PARTICIPANT_P})


def interviewer_labels(labels: list[str], english: bool = False) -> set[str]:
    """The labels of a file's turns that are the interviewer's: each `is_interviewer` label, but 'I'
    when every other label of the file is an interviewer's (P: ... I: ...), and in an `english`
    file 'P' beside 'I': the file would have no informant at all, the whole interview uncoded."""
    interviewing = {label for label in labels if is_interviewer(label)}
    letter = PARTICIPANT_P if english else INFORMANT_I
    others = {label for label in interviewing if label.strip().casefold() != letter}
    if others and others != interviewing and interviewing == set(labels):
        return others
    return interviewing


# honorifics typed before an informant's code, the titles of person_words and their written abbreviations
_HONORIFICS = TITLES | TITLE_ABBREVIATIONS


def titled_code(label: str) -> str:
    """The informant code after an honorific ("Ibu S07" -> "S07", "Bpk. R3" -> "R3"); "" for any other label."""
    words = label.split()
    if len(words) == 2 and words[0].rstrip(".").casefold() in _HONORIFICS and is_code_shaped(words[1]):
        return words[1]
    return ""


def is_code_shaped(label: str) -> bool:
    """A1, INF-03, R_12: how informant codes are written."""
    return INFORMANT_CODE.match(label) is not None


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] without the whitespace around it, as offsets."""
    chunk = text[start:end]
    kept = chunk.strip()
    if not kept:
        return end, end
    start += chunk.find(kept)  # str.strip and str.isspace agree on what whitespace is
    return start, start + len(kept)


def candidate_labels(text: str, body_start: int) -> list[LabelLine]:
    """Every line of the body that starts like "LABEL: ...", and like "LABEL- ..." in a file where an
    interviewer's label is typed so."""
    found, dashed = [], []
    line_start = body_start
    number = text.count("\n", 0, body_start) + 1
    match_label = LABEL_LINE.match
    for line in text[body_start:].split("\n"):
        match = match_label(line) if line else None
        if match is None and line and (empty := EMPTY_LABEL_LINE.match(line)) is not None:
            found.append(LabelLine(line_start, line_start + empty.end(), "", number))
        elif match is None and line and (dash := DASH_LABEL_LINE.match(line)) is not None:
            dashed.append(LabelLine(line_start, line_start + dash.end(), dash["label"], number))
        elif match is not None:
            label = match.group(_LABEL_GROUP)
            if not label.isalnum():  # the rare label with spaces, or emphasis marks glued to it
                label = " ".join(label.split()).strip("_*")
            after = match.end()
            if len(label) <= MAX_LABEL_LENGTH and not (label[-1].isdigit() and line[after:after + 1].isdigit()):
                # (the second test drops "jam 10:30": a time, not a label)
                found.append(LabelLine(line_start, line_start + after, label, number))
        line_start += len(line) + 1
        number += 1
    if any(is_interviewer(label.label) for label in dashed):
        return sorted(found + dashed, key=lambda label: label.line_start)
    return found


def find_labels(text: str, body_start: int, known_speakers: set[str]) -> LabelScan:
    """Keep the label-like lines that really are speaker labels.

    "Jadi begini: ..." inside a turn looks like a label; a label counts only if it is an
    interviewer label, a generic informant label ("Informan", "J"), a known informant code,
    shaped like a code (A1, INF-03) or one after an honorific ("Ibu S07"), or used at least twice in the file (named speakers of a
    focus group: "Ibu Kader").

    An empty label (": ...") and a person's title and name used once ("Oma Nel:") start a turn
    of an unknown speaker (`LabelScan.unknown`) in a file that has speaker labels.
    """
    candidates = candidate_labels(text, body_start)
    is_speaker = speaker_spellings([candidate.label for candidate in candidates if candidate.label], known_speakers)
    labels, doubtful, unknown = [], [], []
    for candidate in candidates:
        if candidate.label and is_speaker[candidate.label]:
            labels.append(candidate)
        elif not candidate.label or names_a_person(candidate.label):
            unknown.append(candidate)
        else:
            doubtful.append(candidate)
    if not labels:
        return LabelScan([], [])
    ordered = sorted(labels + unknown, key=lambda label: label.line_start)
    return LabelScan(ordered, doubtful, tuple(unknown))


def speaker_spellings(labels: list[str], known_speakers: set[str]) -> dict[str, bool]:
    """Whether each spelling among `labels` (every label-like line of a file, in order) names a
    speaker, by the rule `find_labels` documents. A file repeats a few labels many times: each
    spelling is decided once."""
    uses = Counter(labels)
    known = {speaker.casefold() for speaker in known_speakers}
    folded_uses: Counter[str] = Counter()
    for label, count in uses.items():
        folded_uses[label.casefold()] += count
    is_speaker = {}
    for label in uses:
        folded = label.casefold()
        is_speaker[label] = bool(is_interviewer(folded) or folded in GENERIC_INFORMANT_LABELS or folded in known
                                 or is_code_shaped(label) or bool(titled_code(label)) or folded_uses[folded] >= 2)
    return is_speaker


def split_turns(text: str, body_start: int, labels: list[LabelLine]) -> tuple[list[RawSegment], RawSegment | None]:
    """Turns between consecutive labels; also returns any text before the first label."""
    segments = []
    preamble = None
    first_label = labels[0].line_start if labels else len(text)
    start, end = strip_span(text, body_start, first_label)
    if end > start:
        preamble = RawSegment("", start, end, text.count("\n", 0, start) + 1)
    next_starts = [label.line_start for label in labels[1:]]
    next_starts.append(len(text))
    for label, next_start in zip(labels, next_starts):
        words = text[label.text_start:next_start]  # (strip_span, inlined: this runs once per turn)
        kept = words.strip()
        if not kept:
            continue  # a label with no words after it: nothing to keep
        start = label.text_start + words.find(kept)
        segments.append(RawSegment(label.label, start, start + len(kept), label.line))
    return segments, preamble


# a line inside an informant's turn that reads as the interviewer's: a short question on a line
# of its own ("Kiapa?"), or an interviewer label that lost its colon ("P Kalau KB?")
_SHORT_QUESTION = re.compile(r"^[^\n]{1,80}\?$")
_LABEL_WITHOUT_COLON = re.compile(rf"^(?P<label>[^\W\d_]+){SPACE}+\S")
SHORT_QUESTION_WORDS = 10


def interviewer_like_lines(text: str, turn: RawSegment) -> list[tuple[int, str]]:
    """(line number, line) of the lines after an informant turn's first that read as the
    interviewer's words: nothing is moved (the user decides), but the quotation would put
    them in the informant's mouth."""
    found = []
    for offset, line in enumerate(text[turn.start:turn.end].split("\n")[1:], start=1):
        line = line.strip()
        label = _LABEL_WITHOUT_COLON.match(line)
        if (label and is_interviewer(label["label"])) or (
                _SHORT_QUESTION.match(line) and len(line.split()) <= SHORT_QUESTION_WORDS):
            found.append((turn.line + offset, line))
    return found


def split_paragraphs(text: str, body_start: int, breaks: re.Pattern[str] = PARAGRAPH_BREAK) -> list[RawSegment]:
    """A document without speaker labels: one segment per blank-line-separated paragraph
    (per line with `breaks=LINE_BREAK`)."""
    segments = []
    position = body_start
    line, counted_to = text.count("\n", 0, body_start) + 1, body_start
    for match in list(breaks.finditer(text, body_start)) + [None]:
        stop = match.start() if match else len(text)
        start, end = strip_span(text, position, stop)
        if end > start:
            line += text.count("\n", counted_to, start)
            counted_to = start
            segments.append(RawSegment("", start, end, line))
        if match:
            position = match.end()
    return segments
