"""Turn input files into text: detect encodings instead of refusing them, extract Word text.

Every decoded text is put in one canonical form before anything indexes into it: line ends
are "\n" (CRLF from Windows, lone CR from old Macs, and the vertical tab / line and paragraph
separators that copying out of Word leaves), and invisible format characters (zero-width
spaces and joiners, word joiners, stray byte-order marks, soft hyphens) are removed, because
they split words without being seen and carry nothing a reader could quote. The run record
keeps the hash of the original bytes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from pipeline.errors import InputError, file_bytes
from pipeline.ingest.csv_text import CSV_SUFFIX, csv_table
from pipeline.ingest.html_text import MARKUP_SUFFIXES, OTR_SUFFIX, html_text, otr_markup
from pipeline.ingest.places import Places, markup_places
from pipeline.ingest.turns import RawSegment

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16 = (b"\xff\xfe", b"\xfe\xff")
# what to do with a file of a batch that holds nothing: said alike for every kind of transcript
UNREAD_HINT = "add its text, or move it out of the batch folder (or start its name with '_' to keep it unread)"
EXPORT_EMPTY = ("is empty; export it again from the tool (an interrupted download leaves an empty file), or move it "
                "out of the batch folder (or start its name with '_' to keep it unread)")
LINE_BREAK_CHARACTERS = "\r\x0b\x0c\x85\u2028\u2029"
INVISIBLE_CHARACTERS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
INVISIBLE = re.compile(f"[{INVISIBLE_CHARACTERS}]")
LATIN_ALPHABETS = frozenset({
    "Basic Latin", "Latin-1 Supplement", "Latin Extended-A", "Latin Extended-B", "Latin Extended Additional",
    "General Punctuation", "Currency Symbols", "Letterlike Symbols", "Spacing Modifier Letters",
    "Control character",
})

# What a file that is not text usually is, from its first bytes, and what to do about it.
KNOWN_BINARIES = (
    (b"PK\x03\x04", "is a Word (.docx) or other zip file; give it the .docx extension if it is a Word file"),
    (b"\xd0\xcf\x11\xe0", "is an old Word .doc (or a password-protected) file; save it as .docx or .txt"),
    (b"%PDF", "is a PDF; export the transcript as .docx or .txt"),
    (b"{\\rtf", "is an RTF file; save it as .docx or .txt"),
)


def canonical_text(text: str) -> str:
    """"\n" line ends and no invisible format characters (see the module docstring)."""
    if any(character in text for character in LINE_BREAK_CHARACTERS):  # `in` is a fast scan; most texts skip
        text = LINE_BREAKS.sub("\n", text)
    if any(character in text for character in INVISIBLE_CHARACTERS):
        text = INVISIBLE.sub("", text)
    return text


def _binary_problem(data: bytes) -> str | None:
    for magic, message in KNOWN_BINARIES:
        if data.startswith(magic):
            return message
    if b"\x00" in data[:4096]:
        if utf16_without_mark(data[:4096]):
            return UTF16_WITHOUT_MARK
        return "looks like a binary file, not text; save it as .txt (UTF-8) or .docx"
    return None


UTF16_WITHOUT_MARK = ("is UTF-16 text without its byte-order mark, which cannot be read for certain: open it in a "
                      "text editor and save it again with the encoding UTF-8")


def utf16_without_mark(head: bytes) -> bool:
    """Latin-script text saved as UTF-16 without its mark: every other byte zero (the high byte of each
    character), the bytes between never zero; a binary file's zeros fall anywhere."""
    head = head[:len(head) // 2 * 2]
    pairs = len(head) // 2
    return pairs >= 4 and any(head[zero::2].count(0) >= 0.9 * pairs and not head[1 - zero::2].count(0)
                              for zero in (0, 1))


def read_text_with_bom(data: bytes, file: str | Path) -> str:
    """The text of bytes that start with a UTF-16 byte-order mark."""
    try:
        return canonical_text(data.decode("utf-16"))
    except UnicodeDecodeError:
        raise InputError.at(file, "starts like UTF-16 text but does not decode as UTF-16; save it as UTF-8") from None


def decode_bytes(data: bytes, file: str | Path) -> tuple[str, str]:
    """Return (canonical text, encoding). UTF-8 (with or without BOM) first, else detected.

    Latin-1 / cp1252 transcripts from older laptops are common; refusing them would push
    researchers into lossy manual conversions. Word's "Unicode text" is UTF-16 with a BOM.
    """
    if data.startswith(BOM_UTF16):
        return read_text_with_bom(data, file), "utf-16"
    problem = _binary_problem(data)
    if problem:
        raise InputError.at(file, problem)
    if data.startswith(BOM_UTF8):
        try:
            return canonical_text(data[len(BOM_UTF8):].decode("utf-8")), "utf-8-sig"
        except UnicodeDecodeError as error:
            line = data[:error.start].count(b"\n") + 1
            raise InputError.at(file, "starts with a UTF-8 mark but is not UTF-8 text; save it again as UTF-8",
                                line=line) from None
    try:
        return canonical_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    text, encoding = _detected(data, file)
    return canonical_text(text), encoding


def _detected(data: bytes, file: str | Path) -> tuple[str, str]:
    """The detector tells the script; among Latin code pages the users' locale decides.

    On a few hundred bytes no detector can tell cp1252 from cp1250 or latin-1 (it reports
    cp1250 for "à la carte" and turns it into "ŕ la carte"). Windows in an Indonesian locale
    saves cp1252, so a Latin-script file is read as cp1252 (latin-1 where cp1252 leaves a byte
    undefined); a file in another script keeps the detected encoding.
    """
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError.at(file, "cannot tell the text encoding; save the file as UTF-8")
    implausible = best.encoding.startswith(("utf_16", "utf_32")) and b"\x00" not in data
    if implausible or all(alphabet in LATIN_ALPHABETS for alphabet in best.alphabets):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1"
    text = str(best)
    if "\x00" in text:
        raise InputError.at(file, "looks like a binary file, not text; save it as .txt (UTF-8) or .docx")
    return text, best.encoding


@dataclass(frozen=True)
class SourceText:
    """One transcript file as text: `table_lines` are the lines a Word file's table rows made
    (a markdown table is found in its text), `row_tables` those tables' numbers,
    `places` the Word table and row of each line a table of facts or of turns made (an HTML
    file's paragraph of each line: places.markup_places), `times` the
    (start, end) in the recording of each line a timed table of turns made (NVivo's Timespan),
    `headings` the lines of paragraphs styled as headings, which split an interview as Markdown
    headings do (sessions.py)."""

    text: str
    encoding: str
    data: bytes
    table_lines: frozenset[str] = frozenset()
    row_tables: tuple[int, ...] = ()
    places: Places = Places()
    times: Mapping[int, tuple[str, str]] = field(default_factory=dict)
    headings: frozenset[int] = frozenset()   # lines (from 1) of a Word file's heading paragraphs

    def segment_times(self, raws: list[RawSegment]) -> list[tuple[str, str]] | None:
        """Each segment's (start, end) as its rows write them ("0:00:01.0"): the start of its first
        line's row, the end of its last timed row (a turn may run over rows whose speaker cell is
        merged); None without times."""
        if not self.times:
            return None
        spans = []
        for raw in raws:
            last = raw.line + self.text.count("\n", raw.start, raw.end)
            start = self.times.get(raw.line, ("", ""))[0]
            end = next((self.times[line][1] for line in range(last, raw.line - 1, -1) if line in self.times), "")
            spans.append((start, end if start else ""))
        return spans


def read_text(path: Path) -> tuple[str, str]:
    """(canonical text, encoding) of a text file the user keeps beside the transcripts (batch.yaml,
    redact.txt); an InputError naming it when it cannot be read."""
    return decode_bytes(file_bytes(path), path)


def read_source(path: Path) -> SourceText:
    """The canonical text of one transcript file, with what it was read from."""
    data = file_bytes(path)
    if path.suffix.lower() == ".docx":
        from pipeline.ingest.word import docx_text

        word = docx_text(path, data)
        rows = frozenset(canonical_text(line).strip() for line in word.table_rows)
        return SourceText(canonical_text(word.text), "docx", data, rows, word.row_tables, word.places, word.times,
                          word.headings)
    text, encoding = decode_bytes(data, path)
    if path.suffix.lower() == CSV_SUFFIX:   # a spreadsheet of [speaker | words] rows
        table = csv_table(text)
        if table is None:
            raise InputError.at(path, "has no [speaker | words] rows (a column of speakers, then one of their words)")
        return SourceText(table[0], encoding, data, places=table[1], times=table[2])
    if path.suffix.lower() == OTR_SUFFIX:   # oTranscribe's JSON: its transcript is HTML
        text = otr_markup(text, path)
    if path.suffix.lower() in MARKUP_SUFFIXES:   # noScribe's default transcript, oTranscribe's: their paragraphs
        text = canonical_text(html_text(text))
        return SourceText(text, encoding, data, places=markup_places(text))
    return SourceText(text, encoding, data)
