"""One interview kept in several files, as its file names say: "K7_bagian1.docx" and "K7_bagian2.docx",
"B3 part 2.txt", "wawancara_B3_lanjutan.docx" beside "wawancara_B3.docx".

A recording stopped and was restarted, or a transcriber saved the rest of a long interview apart:
the files are the parts of one conversation, not a repeat interview (COREQ item 18) nor two
interviews of code saturation, and the part typed without its facts takes the date its other part
gives. Parts are files whose names are the same once a part word and its number are taken out
(`bagian`/`bag`/`part`/`pt` with a number, `lanjutan`/`sambungan` with or without one), at least one
of them so marked, spoken by the same informant. A session heading in one file ("Sesi 2") is another
matter (`sessions.py`): sessions are dated apart and counted as interviews.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePath

_NUMBERED = r"bagian|bag|part|pt"
_CONTINUED = r"lanjutan|sambungan"
_PART = re.compile(rf"(?:^|(?<=[\s_.\-(]))(?:(?:{_NUMBERED})[\s_.\-]*(?P<number>\d{{1,2}}|[ivx]{{1,4}})"
                   rf"|(?P<continued>{_CONTINUED})(?:[\s_.\-]*(?P<later>\d{{1,2}}))?)(?=$|[\s_.\-)])",
                   re.IGNORECASE)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_SEPARATORS = re.compile(r"[\s_.\-()]+")


def part_of(file_name: str) -> tuple[str, int, bool]:
    """The interview a file's name names (its stem without the part word, case and separators
    ignored), the part's number (1 for a file without one, 2 for a bare `lanjutan`), and whether
    the name marks a part at all."""
    stem = PurePath(file_name).stem
    found = None
    for found in _PART.finditer(stem):
        pass
    if found is None:
        return _SEPARATORS.sub(" ", stem).strip().casefold(), 1, False
    if found.group("continued"):
        number = int(found.group("later")) if found.group("later") else 2
    else:
        written = found.group("number").lower()
        number = int(written) if written.isdigit() else _ROMAN.get(written, 0)
    rest = stem[:found.start()] + " " + stem[found.end():]
    return _SEPARATORS.sub(" ", rest).strip().casefold(), number, True


def interview_parts(informant_of: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Each file that is one part of an interview kept in several files -> all its parts, in part
    order (files in no such group are left out). `informant_of`: file -> who speaks in it."""
    groups: dict[tuple[str, str], list[tuple[int, bool, str]]] = {}
    for document, informant in informant_of.items():
        key, number, marked = part_of(document)
        groups.setdefault((key, str(informant)), []).append((number, marked, document))
    parts: dict[str, tuple[str, ...]] = {}
    for members in groups.values():
        numbers = [number for number, _, _ in members]
        if len(members) > 1 and any(marked for _, marked, _ in members) and len(set(numbers)) == len(numbers):
            ordered = tuple(document for _, _, document in sorted(members))
            parts.update({document: ordered for document in ordered})
    return parts


def interview_names(informant_of: Mapping[str, str]) -> dict[str, str]:
    """Each file -> the interview it belongs to as outputs name it: its own name, or its parts'
    names joined ("K7_bagian1.docx + K7_bagian2.docx")."""
    parts = interview_parts(informant_of)
    return {document: " + ".join(parts[document]) if document in parts else document for document in informant_of}
