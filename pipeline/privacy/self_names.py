"""An informant's own name, said as she introduces herself, masked like a name redact.txt lists.

A mother who says "nama saya Maria Lontoh", "kita pe nama Yance" or "saya ibu Deisy Rumengan"
kept her name in every export unless the user had listed it. The run finds such an introduction
(Indonesian and Manado Malay: nama saya / sa pe nama / kita pe nama / nama kita / saya ibu or
bapak, then capitalised words) in informant turns and masks the name and its uncommon parts; a
title, a person noun or an institution's or office's word (Kepala, Puskesmas, Rumah Tangga) is no
name and ends one. One word after "saya ibu/pak" with no "nama" may be an office too, so it is masked only
in that phrase. The run warns once per file, by its initials only, since the warning itself is
masked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pandas as pd

from pipeline.ingest.places import places_named
from pipeline.person_words import PERSON_NOUNS, TITLE_ABBREVIATIONS, TITLES
from pipeline.privacy.name_parts import is_common_word, name_parts
from pipeline.schema import INFORMANT

if TYPE_CHECKING:
    from pipeline.ingest.document_segments import SourceDocument

_INTRODUCTION = re.compile(
    r"\b(?:nama\s+(?:lengkap\s+)?(?:saya|sa|aku|kita)|(?:saya|sa|aku|kita)\s+pe\s+nama(?:\s+lengkap)?)"
    r"(?:\s+(?:adalah|yaitu|itu|tu|ini))?[ \t,:]+"
    r"|\b(?:saya|sa|aku|kita)\s+(?:ibu|bu|bapak|bapa|pak|om|tanta|tante|oma|opa|nona|nyong)[ \t]+",
    re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")
# a title said or written between the introduction and the name ("nama saya Ibu Maria", "Ny. Maria")
_TITLE = re.compile(r"([^\W\d_]+)(?:(\.)[ \t]*|[ \t]+)")
# words of an office, an institution or a place kind, capitalised in "saya Ibu Kepala Desa"
_NOT_NAMES = frozenset({
    "kepala", "ketua", "sekretaris", "bendahara", "anggota", "staf", "hukum", "tua", "jaga", "desa", "kelurahan",
    "kecamatan", "kabupaten", "kota", "provinsi", "dinas", "kesehatan", "puskesmas", "pustu", "posyandu",
    "polindes", "poskesdes", "rumah", "sakit", "tangga", "sekolah", "gereja", "jemaat", "kampung", "lingkungan",
    "kantor", "klinik", "rsud", "bpjs", "pkk", "rt", "rw", "pns", "honorer", "yayasan", "tidak", "bukan", "dari",
    "di", "yang", "dan", "so", "mo", "ada", "sudah", "su", "juga", "nakes", "lansia", "hamil", "menyusui",
    "pengurus", "tenaga", "relawan", "pembina", "koordinator", "penanggung", "jawab", "pemegang", "program", "gizi",
    "imunisasi", "kia", "kb", "promkes", "sanitarian", "apoteker", "pelaksana", "direktur", "wakil", "kasi", "plt",
    # North Sulawesi and Indonesian offices and honorifics said as one capitalised word ("saya pak Sangadi")
    "sangadi", "kapitalaung", "kumtua", "kaling", "kapus", "sekcam", "sekdes", "kades", "lurah", "camat", "babinsa",
    "bhabinkamtibmas", "kapolsek", "danramil", "kadus", "pala", "ners", "hajah", "haji", "hj", "ustadz", "ustadzah",
    "kapala", "pendeta", "penatua", "syamas", "guru", "bidan", "kader", "mantri", "suster", "dokter", "perawat"})


@dataclass
class SelfNames:
    """What a batch's informants said their own names were, and what masks them."""

    masked: list[str] = field(default_factory=list)   # names for the redactor: full names and their uncommon parts,
    # and for a one-word name that is a common word ("Bunga") the introduction saying it ("nama saya Bunga")
    warnings: list[str] = field(default_factory=list)  # one per file


def self_named(segments: pd.DataFrame, documents: Mapping[str, "SourceDocument"],
               kept: frozenset[str] = frozenset(), listed: Callable[[str], str] = str) -> SelfNames:
    """The names informants introduce themselves by in a batch's turns as read (before redaction),
    except those redact.txt keeps visible (`kept`, casefolded: the name or one of its words) and those it
    lists already (`listed`: the batch's redaction, which leaves no word of such a name): no warning asks
    to list a name that is listed."""
    found: dict[str, dict[str, list[int]]] = {}   # document -> name -> lines
    masked: dict[str, str] = {}   # casefolded -> what the redactor masks
    full: list[str] = []          # names of more than one word, whose uncommon parts are masked alone too
    informant = segments["speaker_role"] == INFORMANT
    for document, line, text in zip(segments.loc[informant, "document"], segments.loc[informant, "line"],
                                    segments.loc[informant, "text"]):
        for offset, name, phrase in introduced_names(str(text)):
            for name, phrase in _unkept(name, phrase, kept):
                if not any(word in listed(name) for word in name.split()):
                    continue
                lines = found.setdefault(document, {}).setdefault(name, [])
                lines.append(int(line) + str(text).count("\n", 0, offset))
                if len(name.split()) > 1:
                    full.append(name)
                mask = _mask_of(name, phrase)
                masked.setdefault(mask.casefold(), mask)
    result = SelfNames([*masked.values(), *name_parts(full).masked])
    for document, named in found.items():
        doc = documents[document]
        lines = sorted({line for spoken in named.values() for line in spoken})
        result.warnings.append(self_names_warning(doc.where(lines[0]), list(named), places_named(lines, doc.places.name)))
    return result


def introduction_masks(text: str, kept: frozenset[str] = frozenset()) -> list[str]:
    """What masks the names `text` introduces its speakers by, as `self_named` masks them: for a
    message quoting a turn (an unmapped speaker's first words) before the batch is read."""
    pairs = [pair for _, name, phrase in introduced_names(text) for pair in _unkept(name, phrase, kept)]
    return [*(_mask_of(name, phrase) for name, phrase in pairs),
            *name_parts([name for name, _ in pairs if len(name.split()) > 1]).masked]


def _mask_of(name: str, phrase: str) -> str:
    """The name itself, or for one word that is common or may be an office, the introduction saying it."""
    common = is_common_word(name.casefold()) or is_title_introduction(phrase, name)
    return name if len(name.split()) > 1 or not common else phrase


def _unkept(name: str, phrase: str, kept: frozenset[str]) -> list[tuple[str, str]]:
    """(name, phrase) to mask of an introduced name once redact.txt's kept words are left visible: all of
    it, none when the name is kept, and when one of its words is ("!Lontoh" of "Maria Lontoh") each other
    word alone (a common one only as the introduction says it: "nama saya Bunga")."""
    if name.casefold() in kept:
        return []
    if not any(word.casefold() in kept for word in name.split()):
        return [(name, phrase)]
    words = name.split()
    return [(word, phrase[:phrase.index(name) + len(word)] if index == 0 else word)
            for index, word in enumerate(words) if word.casefold() not in kept
            and (index == 0 or not is_common_word(word.casefold()))]


def introduced_names(text: str) -> list[tuple[int, str, str]]:
    """(offset, name, the introduction with it) of each name `text` introduces its speaker by:
    "nama saya Maria Lontoh" -> "Maria Lontoh"; none for a title, an office or a lower-case word."""
    found = []
    for introduction in _INTRODUCTION.finditer(text):
        position = _after_titles(text, introduction.end())
        words, end = [], position
        while (word := _WORD.match(text, position)) is not None and _is_name_word(word.group()):
            words.append(word.group())
            end = word.end()
            gap = re.match(r"[ \t]+", text[word.end():]) if word.end() < len(text) else None
            if gap is None:
                break
            position = word.end() + gap.end()
        if words and not (len(words) == 1 and words[0].casefold() in TITLES | PERSON_NOUNS):
            found.append((introduction.end(), " ".join(words), " ".join(text[introduction.start():end].split())))
    return found


def _after_titles(text: str, position: int) -> int:
    """Where the name starts after the titles (Ibu, Pak, Bpk., Ny., Sdr.) said right after an introduction."""
    while (title := _TITLE.match(text, position)) is not None and (
            title.group(1).casefold() in (TITLE_ABBREVIATIONS if title.group(2) else TITLES | TITLE_ABBREVIATIONS)):
        position = title.end()   # "Ibu." ends a sentence; only an abbreviation takes a full stop
    return position


def is_title_introduction(phrase: str, name: str) -> bool:
    """Whether `phrase` gives `name` as one word after a title without saying "nama" ("saya pak Kumtua"):
    as likely an office as a name, so only the phrase is masked, not the word across the batch."""
    return len(name.split()) == 1 and "nama" not in phrase.casefold()


def _is_name_word(word: str) -> bool:
    folded = word.casefold()
    return (word[0].isupper() and not word.isupper() and len(word) > 1 and folded not in _NOT_NAMES
            and folded not in TITLES and folded not in PERSON_NOUNS)


def initials(name: str) -> str:
    """"M. L." for "Maria Lontoh": how a warning names what it masked (the warning is masked too)."""
    return " ".join(f"{word[0]}." for word in name.split())


def self_names_warning(where: str, names: list[str], places: str) -> str:
    """One file's warning: what was masked (by initials: the warning is masked too), where, and how to
    keep or extend it."""
    shown = ", ".join(initials(name) for name in names)
    return (f"{where}: an informant says her or his own name ({shown}, {places}); it is masked as [NAMA] in "
            "every export (segments.csv, the quotation appendix, the Word report, the REFI-QDA project, the "
            "review cards), as a name in redact.txt is (a one-word name that is a common word, or one word after "
            "'saya ibu' or 'saya pak' that may be an office, only where she gives it). To mask it in other batches too, or a nickname or another spelling of it, list those in "
            "redact.txt in the batch folder; if it is no name, a line '!' and the word there keeps it visible "
            "(--no-redact keeps every name)")
