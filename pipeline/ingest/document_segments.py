"""One transcript as read, and its segments: speaker turns of an interview or of quotations,
or the paragraphs (and table rows) of a document without speaker labels."""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.ingest.documents import (
    QUOTATIONS,
    declared_kind,
    lone_label_document,
    quotation_shaped,
    read_as_document_warning,
    without_datelines,
    without_non_speakers,
)
from pipeline.ingest.line_layout import layout_warning, text_layout
from pipeline.ingest.line_shapes import without_notes
from pipeline.ingest.metadata_table import fact_key
from pipeline.ingest.places import Places, at_place
from pipeline.ingest.tables import marked_table_rows
from pipeline.ingest.timed_text import LONE_TIME, lone_times_warning
from pipeline.ingest.sessions import line_starts, split_at_headings
from pipeline.ingest.speaker_labels import code_in_name
from pipeline.ingest.speakers import SIDECAR_ONLY_SUFFIXES, sidecar_of
from pipeline.ingest.turns import (
    GENERIC_INFORMANT_LABELS,
    LETTERS_OF_INFORMANTS,
    LINE_BREAK,
    PARAGRAPH_BREAK,
    LabelLine,
    LabelScan,
    RawSegment,
    find_labels,
    interviewer_labels,
    interviewer_like_lines,
    is_code_shaped,
    split_paragraphs,
    split_turns,
    titled_code,
)
from pipeline.records.languages import ENG
from pipeline.schema import NOTE, UNKNOWN_SPEAKER
from pipeline.wording import plural_form, quantity

DOUBTFUL_LABELS_SHOWN = 5


@dataclass(frozen=True)
class SourceDocument:
    """One transcript as read: `text` is what segment offsets index into."""

    name: str
    path: Path
    text: str
    metadata: dict[str, Any]
    encoding: str
    sha256: str
    kind: str  # "interview" (speaker turns), "document" (paragraphs) or "quotations" (informants' quotes)
    places: Places = Places()   # the Word table and row of lines made from table rows

    def where(self, line: int) -> str:
        """"K3.docx:12", or "K3.docx, table 2, row 5" for a line a Word table row made."""
        return self.places.where(self.path, line)

    def front_matter_place(self, key: str) -> str:
        """Where front matter `key` is written ("K3.md:3", "K3.docx, table 1, row 2 (Jabatan)", its
        sidecar "K3.yaml:2", whose keys win), or where it would go: the front matter's first line,
        or a Word file's table of facts."""
        sidecar = sidecar_of(self.path)
        if sidecar is not None and (number := _key_line(sidecar.read_text(errors="replace").split("\n"), key)):
            return f"{sidecar}:{number}"
        if self.path.suffix.lower() in SIDECAR_ONLY_SUFFIXES:   # a subtitle file's first cue is no place for facts
            return f"{sidecar or self.path.with_suffix('.yaml')} (its sidecar, beside it)"
        lines = self.text.split("\n")
        opening = next((number for number, line in enumerate(lines) if line.strip()), len(lines))
        if opening < len(lines) and lines[opening].strip() == "---":
            if (number := _key_line(lines[opening + 1:], key, stop=("---", "..."))) is not None:
                return self.where(opening + 1 + number)
        return f"{self.path}, {self.places.facts}" if self.places.facts else self.where(opening + 1)


def _key_line(lines: list[str], key: str, stop: tuple[str, ...] = ()) -> int | None:
    """The 1-based line of `lines` that writes `key` (its own spelling or a fact word: Lokasi ->
    site), up to a line in `stop`."""
    for number, line in enumerate(lines, start=1):
        if line.strip() in stop:
            return None
        written = line.partition(":")[0].strip().strip('"')
        if (fact_key(written) or written.casefold()) in (key, key.casefold()):
            return number
    return None


@dataclass
class DocumentSegments:
    """The segments of one file as columns (a file has thousands of turns and a few speakers)."""

    kind: str                 # "interview", "document" or "quotations" (SourceDocument.kind)
    raws: list[RawSegment]
    informants: list[str]
    speakers: list[str]
    roles: list[str]          # "interviewer", "informant", "unknown" or "note" (schema.py)
    table_rows: list[bool] | None = None   # a document's table rows (coded like list items)
    table_headers: list[str] | None = None   # a markdown table row's header line ("" for other segments)
    own_translations: list[str] | None = None   # the transcriber's translation of each turn (ELAN's tier)


def document_segments(doc: SourceDocument, body_start: int, known: set[str], warnings: list[str],
                      table_lines: frozenset[str] = frozenset(), batch_kind: str | None = None,
                      masked: Callable[[str], bool] = lambda label: False,
                      headings: frozenset[int] = frozenset()) -> DocumentSegments:
    """Speaker turns of an interview or of quotations, or the paragraphs of a file without speaker
    labels (`table_lines`: the lines a Word file's table rows made; `batch_kind`: the kind
    `batch.yaml` declares for files that declare none; `masked`: whether redaction masks a label,
    which a warning then names by its place, not its words; `headings`: the lines of a Word file's
    heading paragraphs, which split turns as a Markdown heading line does)."""
    declared = declared_kind(doc.metadata) or batch_kind
    segments = _segments_of_kind(doc, body_start, known, warnings, table_lines, declared, masked, headings)
    # a declared interview without one interviewer turn is quotations too: lines with no question
    # to read them by, as papers print them under their authors' themes (batch.py warns)
    if declared == QUOTATIONS or declared != "document" and segments.kind == "interview" and quotation_shaped(segments.roles):
        segments = dataclasses.replace(segments, kind=QUOTATIONS)
    return segments


def _segments_of_kind(doc: SourceDocument, body_start: int, known: set[str], warnings: list[str],
                      table_lines: frozenset[str], declared: str | None,
                      masked: Callable[[str], bool], headings: frozenset[int]) -> DocumentSegments:
    informant = str(doc.metadata.get("informant") or "").strip()
    speakers = known | ({informant} if informant else set())
    scan = LabelScan([], []) if declared == "document" else without_non_speakers(
        find_labels(doc.text, body_start, speakers))
    if declared is None and scan.labels:
        lone = lone_label_document(scan.labels, {speaker.casefold() for speaker in speakers})
        if lone is not None:
            warnings.append(read_as_document_warning(doc.where(lone.line), lone))
            scan = LabelScan([], [])
    if not scan.labels:
        # a document is the informant it is named after (D1_berita.txt is D1's), as an interview is
        informant = informant or code_in_name(Path(doc.name).stem) or Path(doc.name).stem
        marked = marked_table_rows(doc.text, _paragraphs(doc, body_start, warnings))
        rows = [header is not None or doc.text[raw.start:raw.end] in table_lines for raw, header in marked]
        headers = [header or "" for _, header in marked]
        paragraphs = without_datelines(doc.text, [raw for raw, _ in marked])
        count = len(paragraphs)
        return DocumentSegments("document", paragraphs, [informant] * count, [informant] * count, ["informant"] * count,
                                rows if any(rows) else None, headers if any(headers) else None)

    if scan.doubtful:
        warnings.append(_doubtful_labels_warning(doc, scan.doubtful))
    warnings.extend(_unknown_speaker_warning(doc, label, masked(label.label)) for label in scan.unknown)
    turns, preamble = split_turns(doc.text, body_start, scan.labels)
    canonical = {code.casefold(): code for code in known}
    labels = [turn.speaker for turn in turns]
    distinct_labels = list(dict.fromkeys(labels))
    titled = _titled_codes(distinct_labels, canonical)
    # P and I: I is the Informan, or in English P the Participant
    interviewing = interviewer_labels(distinct_labels, english=doc.metadata.get("language") == ENG)
    if not informant:
        informant = _file_informant(doc, list(dict.fromkeys(
            titled.get(label, label) for label in distinct_labels if label not in interviewing)))
    speaker_of: dict[str, tuple[str, str]] = {}  # label -> (informant, role)
    unknown = {label.label for label in scan.unknown}
    for label in distinct_labels:
        if label in unknown:
            speaker_of[label] = (informant, UNKNOWN_SPEAKER)
        elif label in interviewing:
            speaker_of[label] = (informant, "interviewer")
        else:
            code = canonical.get(label.casefold()) or titled.get(label)
            if code is None:
                code = label if is_code_shaped(label) else informant
                if code == label and not is_code_shaped(label):
                    warnings.append(_label_as_informant_warning(doc, label, turns[labels.index(label)].line, masked(label)))
            speaker_of[label] = (code, "informant")
    segments = DocumentSegments("interview", turns, [speaker_of[label][0] for label in labels], labels,
                                [speaker_of[label][1] for label in labels])
    if len(distinct_labels) > 1 and set(distinct_labels) <= interviewing:
        warnings.append(_interviewers_only_warning(doc, distinct_labels, turns[0].line))
    unlabelled = [found for turn in turns if speaker_of[turn.speaker][1] == "informant"
                  for found in interviewer_like_lines(doc.text, turn)]
    if unlabelled:
        warnings.append(_unlabelled_lines_warning(doc, unlabelled))
    lone_times = _lone_time_lines(doc.text, body_start, turns)
    if lone_times:
        warnings.append(lone_times_warning(str(doc.path), lone_times, doc.places.name))
    if preamble is not None or "#" in doc.text[body_start:] or headings:
        segments = _with_notes(doc, segments, preamble, informant, warnings, line_starts(doc.text, headings))
    return segments


def _paragraphs(doc: SourceDocument, body_start: int, warnings: list[str]) -> list[RawSegment]:
    """A document's paragraphs: a Word file's lines, a plain-text file's as its line breaks read
    (line_layout.py), a Markdown file's blank-line-separated blocks."""
    if doc.encoding == "docx":
        return split_paragraphs(doc.text, body_start, LINE_BREAK)
    if doc.path.suffix.lower() != ".txt":
        return split_paragraphs(doc.text, body_start, PARAGRAPH_BREAK)
    layout = text_layout(doc.text, body_start)
    if (warning := layout_warning(doc.path, layout)) is not None:
        warnings.append(warning)
    return layout.paragraphs


PREAMBLE_KEPT = "text before the first speaker label is kept as an uncoded note segment"


def preambles_told_once(warnings: list[str]) -> list[str]:
    """The warnings with every file's PREAMBLE_KEPT warning as one line naming the files, in the first
    one's place: a batch of files typed with a title line each said it once per file."""
    ending = f": {PREAMBLE_KEPT}"
    places = [warning[:-len(ending)] for warning in warnings if warning.endswith(ending)]
    if len(places) < 2:
        return warnings
    first = next(i for i, warning in enumerate(warnings) if warning.endswith(ending))
    rest = [warning for warning in warnings if not warning.endswith(ending)]
    folder = os.path.dirname(os.path.commonprefix(places))     # the batch folder, said once
    named = "; ".join(place[len(folder) + 1:] if folder else place for place in places)
    where = f"{folder}{os.sep}: {named}" if folder else named
    return [*rest[:first], f"{where}{ending} (in each of these {len(places)} files)", *rest[first:]]


def _with_notes(doc: SourceDocument, segments: DocumentSegments, preamble: RawSegment | None, informant: str,
                warnings: list[str], heading_starts: tuple[int, ...] = ()) -> DocumentSegments:
    """The turns after the text before the first speaker label, each a note segment (uncoded), with
    every heading line (Markdown, or at `heading_starts`: a Word file's heading paragraphs) cut out of
    the turn it ended into a note of its own (sessions.py)."""
    raws: list[RawSegment] = []
    informants: list[str] = []
    speakers: list[str] = []
    roles: list[str] = []

    def add_notes(notes: list[RawSegment]) -> None:
        for note in notes:
            raws.append(note)
            informants.append(informant)
            speakers.append("")
            roles.append(NOTE)
            text = doc.text[note.start:note.end]
            if "\n" in text and without_notes(text.partition("\n")[2]).strip():   # "(lanjutan ...)": a note
                warnings.append(f"{doc.where(note.line + 1)}: text after the heading {at_place(doc.places.name(note.line))} and before "
                                "the next speaker label is kept with the heading as an uncoded note segment: if "
                                "someone said it, start its line with their label (P: ..., or the informant's code)")

    if preamble is not None:
        before, notes = split_at_headings(doc.text, preamble, heading_starts)
        if before is not None:
            warnings.append(f"{doc.where(before.line)}: {PREAMBLE_KEPT}")
            add_notes([before])
        add_notes(notes)
    for raw, who, speaker, role in zip(segments.raws, segments.informants, segments.speakers, segments.roles):
        turn, notes = split_at_headings(doc.text, raw, heading_starts)
        if turn is not None:
            raws.append(turn)
            informants.append(who)
            speakers.append(speaker)
            roles.append(role)
        add_notes(notes)
    return DocumentSegments(segments.kind, raws, informants, speakers, roles)


LONE_TIME_LINE = re.compile(rf"^[ \t]*{LONE_TIME.pattern.strip('^$')}[ \t]*$", re.MULTILINE)


def _lone_time_lines(text: str, body_start: int, turns: list[RawSegment]) -> list[int]:
    """Line numbers of the times alone on their lines inside turns ("00:00:41" after a recorder's turn
    whose label line did not follow it): they would be quoted as the speaker's last words."""
    found = []
    ends = iter(turns)
    turn = next(ends, None)
    for match in LONE_TIME_LINE.finditer(text, body_start):
        while turn is not None and turn.end <= match.start():
            turn = next(ends, None)
        if turn is not None and turn.start <= match.start():
            found.append(text.count("\n", 0, match.start()) + 1)
    return found


def _titled_codes(labels: list[str], canonical: dict[str, str]) -> dict[str, str]:
    """The informant code of each label typed as an honorific and a code ("Ibu S07" -> "S07", written as
    the batch knows it), unless the file also has the code alone as a label: "A1:" and "Ibu A1:" there
    may be a child and the child's mother, still warned about as a label that is no code."""
    bare = {label.casefold() for label in labels}
    titled = {}
    for label in labels:
        code = titled_code(label)
        if code and code.casefold() not in bare:
            titled[label] = canonical.get(code.casefold(), code)
    return titled


def _file_informant(doc: SourceDocument, labels: list[str]) -> str:
    """Whose turns a file without `informant:` holds: its one speaker's label; but when its speakers
    are only called "Informan", "Responden", "J" ..., the code the file is named after (B3.txt,
    wawancara_B3.docx), else every such file's informant would be one person called "Informan"."""
    stem = Path(doc.name).stem
    if labels and all(label.casefold() in GENERIC_INFORMANT_LABELS | LETTERS_OF_INFORMANTS for label in labels) and code_in_name(stem):
        return code_in_name(stem)
    return labels[0] if len(labels) == 1 else stem


def _interviewers_only_warning(doc: SourceDocument, labels: list[str], line: int) -> str:
    """A file whose every label is an interviewer's ('P:' and 'T:') has no informant turn: nothing in
    it is coded or quoted, which no table shows."""
    named = code_in_name(Path(doc.name).stem) or "CODE"
    return (f"{doc.where(line)}: every speaker label of this file is an interviewer's ({', '.join(labels)}), so none "
            f"of its turns is coded or quoted; write the informant's code ('{named}:') in place of the informant's label")


def _label_as_informant_warning(doc: SourceDocument, label: str, line: int, masked: bool) -> str:
    """A label that is no informant code ('Ibu Sari') becomes the informant's name in every table and
    quotation: a person's name would reach the paper, and redacting it makes all such informants one.
    A label redaction masks is named by its place only, as an unknown speaker's is. A file named after
    a code (G5_ayah.txt) is told that code to write."""
    named = code_in_name(Path(doc.name).stem)
    code = f"the informant's code ('{named}:', the code the file is named after)" if named else "the informant's code"
    if masked:
        return (f"{doc.where(line)}: {_label_at(doc, label, line)} is not an informant code (like A1) and would "
                "name the informant in every table and quotation (masked as [NAMA] while redaction is on): write "
                f"{code} in its place, or give the file 'informant: CODE' in front matter")
    if label.casefold() in GENERIC_INFORMANT_LABELS | LETTERS_OF_INFORMANTS:
        return (f"{doc.where(line)}: speaker label '{label}' names no informant, and neither does the file: give it "
                f"front matter 'informant: CODE' (or name the file after the code, as CODE{doc.path.suffix}); until "
                f"then every table calls its informant '{label}', as it does every other such file's")
    return (f"{doc.where(line)}: speaker label '{label}' is not an informant code (like A1) and names the informant "
            f"in every table and quotation; if it is a person's name, write {code} in its place "
            "(or give the file 'informant: CODE' in front matter) and list the name in redact.txt")


def _listed_lines(doc: SourceDocument, lines: list[tuple[int, str]]) -> str:
    """"line 7 ('Kiapa?'), table 2, row 11 ('P Kalau KB?') and 3 more": the first few a warning names."""
    shown = ", ".join(f"{doc.places.name(line)} ('{text}')" for line, text in lines[:DOUBTFUL_LABELS_SHOWN])
    more = f" and {len(lines) - DOUBTFUL_LABELS_SHOWN} more" if len(lines) > DOUBTFUL_LABELS_SHOWN else ""
    return shown + more


def _unlabelled_lines_warning(doc: SourceDocument, lines: list[tuple[int, str]]) -> str:
    count = len(lines)
    return (f"{doc.path}: {_listed_lines(doc, [(line, text[:40]) for line, text in lines])} inside informant turns {plural_form(count, 'reads', 'read')} like the "
            f"interviewer's words without a label; {plural_form(count, 'it is', 'they are')} kept as the informant's "
            "words, coded and quoted with them: if the interviewer said "
            f"{plural_form(count, 'it', 'them')}, start the line with 'P: '")


def _unknown_speaker_warning(doc: SourceDocument, label: LabelLine, masked: bool) -> str:
    """A turn kept apart as an unknown speaker's: where it is, what it is, and how to make it
    someone's. A label that is a name, which redaction masks, is named by its place only: "[NAMA]"
    cannot be searched for, and the name must not reach run.json."""
    if not label.label and doc.places.name(label.line).startswith("table "):
        return (f"{doc.where(label.line)}: a turn with an empty speaker cell is kept apart as an unknown speaker's, "
                "not coded or quoted: write who speaks in the cell (P, or the informant's code), or merge the cell "
                "with the one above it (Word: select both, Layout > Merge Cells) if the words continue that turn")
    if not label.label:
        return (f"{doc.where(label.line)}: a turn with an empty speaker label (': ...') is kept apart as an unknown "
                "speaker's, not coded or quoted: write who speaks before the colon (P, or the informant's code), "
                "or delete the colon if the words continue the turn before")
    name = len(label.label.split()) > 1
    speaker = _label_at(doc, label.label, label.line) if name or masked else f"speaker '{label.label}'"
    hint = (" The name is masked as [NAMA] in the outputs while redaction is on (not with --no-redact); list it in "
            "redact.txt to mask it everywhere" if name else "")
    return (f"{doc.where(label.line)}: {speaker} is neither the interviewer nor an informant; the turn "
            "is kept apart as an unknown speaker's, not coded or quoted (another person's words are not the "
            "informant's). To code it, list the speaker's code in informants.csv and write that code as the "
            f"label, or write the informant's code if the informant said it.{hint}")


def _label_at(doc: SourceDocument, label: str, line: int) -> str:
    """A speaker label that is a name, said by its place: the run's messages never print it."""
    return (f"the speaker label there (a name of {quantity(len(label.split()), 'word')}, which the run's messages "
            f"do not print: open {doc.path.name} at {doc.places.name(line)} to see it)")


def _doubtful_labels_warning(doc: SourceDocument, doubtful: list[LabelLine]) -> str:
    count = len(doubtful)
    return (f"{doc.path}: {_listed_lines(doc, [(label.line, label.label + ':') for label in doubtful])} {plural_form(count, 'looks', 'look')} like "
            f"{plural_form(count, 'a speaker label', 'speaker labels')} but {plural_form(count, 'is', 'are')} used once "
            f"and {plural_form(count, 'names', 'name')} no known speaker; read as text of the turn before "
            "(list a speaker in informants.csv to make its lines turns)")
