"""Facts that a transcript and informants.csv give differently: said, never settled silently.

informants.csv wins over a transcript's own facts (front matter, a Word file's table or paragraph
of facts, a sidecar): Tabel 1, COREQ and the outputs' informants.csv print its values. A transcript
that says otherwise (a role, a site, a gender, an institution, any attribute both give) would have
its value lost unsaid, so each such informant and fact gets one warning naming both files, both
values and which one is used.
"""

from __future__ import annotations

import re

from collections.abc import Iterable

import pandas as pd

from pipeline.ingest.document_segments import SourceDocument
from pipeline.ingest.informants import LINES
from pipeline.schema import ROLE_ALIASES, SITE_ALIASES

FACT_ALIASES = {
    "role": ROLE_ALIASES,
    "site": SITE_ALIASES,
    "gender": ("gender", "sex", "jenis_kelamin", "jenis kelamin", "kelamin", "jk"),
    "institution": ("institution", "institusi", "instansi", "lembaga"),
}
"""A fact's names in informants.csv's header and in a transcript's keys (any other column is its own fact)."""
_PLURALS = {"role": "roles", "site": "sites", "gender": "genders", "institution": "institutions"}


def fact_of(column: str) -> str:
    """The fact an informants.csv column or a front matter key names."""
    folded = column.strip().casefold()
    return next((fact for fact, aliases in FACT_ALIASES.items() if folded in aliases), folded)


def _fact_keys(metadata: dict) -> dict[str, str]:
    """Fact -> the key of `metadata` that gives it: the fact's own name first (`site:` beside
    `desa:`, which is then an attribute of its own), else its first alias written."""
    keys: dict[str, str] = {}
    for key in sorted(metadata, key=lambda key: str(key).casefold() != fact_of(str(key))):
        if key != "informant":
            keys.setdefault(fact_of(str(key)), key)
    return keys


YEAR_WORDS = frozenset({"tahun", "thn", "th", "taon", "year", "years", "yrs", "y.o"})
"""A number of years written with its unit or without ('45 tahun', '45'): one age, one fact."""


def _in_years(value: str) -> str:
    words = value.split()
    if len(words) == 2 and words[0].isdigit() and words[1].rstrip(".,") in YEAR_WORDS:
        return words[0]
    return value


_ASIDE = re.compile(r"\s*\([^()]*\)$")
"""A closing aside in parentheses, a detail a transcript's header adds to a fact: 'Bidan desa (38 tahun)'."""


def _same(one: object, other: object) -> bool:
    one, other = (_in_years(" ".join(str(value).split()).casefold()) for value in (one, other))
    return one == other or _ASIDE.sub("", one) == _ASIDE.sub("", other) != ""


def fact_disagreements(from_csv: pd.DataFrame, documents: Iterable[SourceDocument]) -> list[str]:
    """One warning per informant and fact whose transcripts give a value informants.csv's row does
    not (each transcript's place named), in informants.csv's order of rows and columns."""
    given: dict[tuple[str, str], list[tuple[str, str]]] = {}   # (informant, fact) -> (value, where)
    for doc in documents:
        code = str(doc.metadata.get("informant") or "").strip()
        for fact, key in _fact_keys(doc.metadata).items():
            value = doc.metadata[key]
            if value is not None and str(value).strip():
                given.setdefault((code, fact), []).append((str(value).strip(), doc.front_matter_place(key)))
    lines = from_csv.attrs.get(LINES, {})
    warnings = []
    for row in from_csv.to_dict("records"):
        code = str(row["informant"])
        for column, listed in row.items():
            fact = fact_of(column)
            # a column only an alias of a fact the row holds under its own name (pekerjaan beside role)
            if column == "informant" or (column != fact and fact in row) or not str(listed).strip():
                continue
            differing = [(value, where) for value, where in given.get((code, fact), []) if not _same(value, listed)]
            if differing:
                line = f" (line {lines[code]})" if code in lines else ""
                elsewhere = "; ".join(f"'{value}' in {where}" for value, where in differing)
                warnings.append(f"informants.csv and {code}'s transcript give different {_PLURALS.get(fact, repr(column) + ' values')} "
                                f"for {code}: '{str(listed).strip()}' in informants.csv{line}, {elsewhere}: Tabel 1 and the "
                                "outputs use informants.csv's; correct whichever is wrong")
    return warnings
