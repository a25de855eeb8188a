"""A Word transcript's table of facts about the interview, read as its front matter.

Interview templates often open with a two-column table (Informan | K3, Jabatan | Bidan,
Tanggal | 2026-10-16) instead of `---` lines. Read as text its rows would become turns of a
speaker called "Informan"; read as front matter they fill Tabel 1 and date the interview. The
table's rows are written out as `key: value` lines between `---` lines, so the front matter's
checks and messages apply to them unchanged.
"""

from __future__ import annotations

import json
import re
from typing import NamedTuple

import yaml

from pipeline.ingest.identity_facts import identity_key
from pipeline.schema import INFORMANT_ALIASES, ROLE_ALIASES

# Words a key cell uses for a front matter key, Indonesian and English (casefolded).
# The informant and role words are those informants.csv's header may use, and more.
KEY_WORDS = {
    "informant": INFORMANT_ALIASES + ("partisipan", "participant", "respondent", "id informan"),
    "role": ROLE_ALIASES + ("posisi", "occupation", "position"),
    "date": ("tanggal", "tanggal wawancara", "date", "interview date", "tgl", "hari/tanggal"),
    "site": ("lokasi", "site", "tempat", "location", "desa", "kelurahan", "wilayah", "place"),
    "language": ("bahasa", "language"),
    "type": ("jenis", "jenis dokumen", "type"),
}
# Other facts such a table holds; they become attributes (Tabel 1 columns) as other front matter keys do.
ATTRIBUTE_WORDS = ("institusi", "instansi", "institution", "umur", "usia", "age", "jenis kelamin", "sex",
                   "gender", "pendidikan", "education", "pewawancara", "interviewer", "durasi", "duration",
                   "waktu", "time", "puskesmas", "kecamatan", "kabupaten", "district", "unit", "organisasi",
                   "organization", "status", "agama", "suku")
KEY_OF = {word: key for key, words in KEY_WORDS.items() for word in words}
_TRAILING = re.compile(r"[\s:]+$")
_PLAIN_KEY = re.compile(r"^[^\W\d][\w ]*$")


def _key_word(cell: str) -> str:
    return " ".join(_TRAILING.sub("", cell).split()).casefold()


class Fact(NamedTuple):
    """One row of a table of facts: its 1-based row number in the table, its key and value cells."""

    row: int
    key: str
    value: str


def metadata_rows(rows: list[list[str]]) -> list[Fact] | None:
    """The facts of a table of interview facts, else None: two columns, distinct short keys, at
    least two rows, nearly all keys metadata words and one of them a front matter key."""
    filled = [(number, [cell for cell in row if cell]) for number, row in enumerate(rows, start=1)]
    filled = [(number, row) for number, row in filled if row]
    if len(filled) < 2 or any(len(row) > 2 for _, row in filled):
        return None
    keys = [_key_word(row[0]) for _, row in filled]
    if len(set(keys)) < len(keys) or any(not key or len(key.split()) > 4 for key in keys):
        return None
    known = [key for key in keys if key in KEY_OF]
    others = [key for key in keys if key not in KEY_OF and key not in ATTRIBUTE_WORDS and not identity_key(key)]
    if not known or len(others) > len(keys) // 3:
        return None   # one key in three may be a fact of the study's own ("Nama samaran")
    return [Fact(number, _TRAILING.sub("", row[0]).strip(), row[1] if len(row) > 1 else "") for number, row in filled]


def front_matter_lines(facts: list[Fact]) -> list[str]:
    """The facts as front matter lines, one per fact after the opening `---`: a key word becomes
    its key (Jabatan -> role); a value YAML would misread is quoted. The front matter reads a
    language's name (Indonesia) as its code."""
    lines = ["---"]
    for fact in facts:
        key = KEY_OF.get(_key_word(fact.key), fact.key)
        lines.append(f"{key if _PLAIN_KEY.match(key) else json.dumps(key)}: {_yaml_value(fact.value)}")
    lines.append("---")
    return lines


def _yaml_value(value: str) -> str:
    """`value` as written when YAML reads it back as that text (or as the date it spells), else
    quoted; an impossible date (2026-13-40) is left as written, for the front matter to report."""
    if not value:
        return ""
    try:
        read = yaml.safe_load(f"v: {value}")
    except yaml.YAMLError:
        return json.dumps(value, ensure_ascii=False)
    except ValueError:   # YAML's date reading refused it: a date that is no day of the calendar
        return value
    kept = isinstance(read, dict) and str(read.get("v")) == value
    return value if kept else json.dumps(value, ensure_ascii=False)


def fact_key(written: str) -> str | None:
    """The front matter key a key word names (Jabatan -> role, Tanggal -> date), else None."""
    return KEY_OF.get(_key_word(written))
