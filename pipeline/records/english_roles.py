"""Tabel 1's roles in English, for a --lang en run: an English paper cannot print "Kader Posyandu".

An informant's own `role_en` (a column of informants.csv or a front matter key) wins; else a
common role is named from `data/roles_en.tsv`; else the role is printed as written, and the run
says so once, with the roles, so the author can give them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

from pipeline.records.shown_labels import ENGLISH, english_table
from pipeline.schema import ROLE_EN
ROLES_FILE = Path(__file__).with_name("data") / "roles_en.tsv"


@cache
def common_roles() -> dict[str, str]:
    """Indonesian role (normalised) -> English, from roles_en.tsv."""
    return english_table(ROLES_FILE, "role", _normalised)


def _normalised(role: str) -> str:
    return " ".join(str(role).replace(",", " ").split()).casefold()


def english_role(role: str, own_words: list[str] = ()) -> str | None:
    """`role` in English, or None when it is no common role. `own_words`: the informant's other
    attributes (site, institution); a role that ends with one of them ("Kepala Puskesmas Wori")
    is named without it and keeps it after a comma ("Head of the Puskesmas, Wori")."""
    known = common_roles()
    wanted = _normalised(role)
    if wanted in known:
        return known[wanted]
    words = str(role).split()
    for attribute in own_words:
        ending = str(attribute).split()
        if ending and len(words) > len(ending) and [w.casefold() for w in words[-len(ending):]] == \
                [w.casefold() for w in ending]:
            head = _normalised(" ".join(words[:-len(ending)]))
            if head in known:
                return f"{known[head]}, {' '.join(words[-len(ending):])}"
    return None


def with_english_roles(informants: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Tabel 1 with a `role_en` column for every informant, and the roles left as written (no
    English given or known), in table order."""
    if informants.empty or "role" not in informants.columns:
        return informants, []
    attributes = [column for column in informants.select_dtypes(exclude="number").columns
                  if column not in ("informant", "role", ROLE_EN)]   # site, institution; not the turn counts
    given = informants[ROLE_EN].fillna("").astype(str).str.strip() if ROLE_EN in informants.columns else None
    english, unknown = [], []
    for position, (_, row) in enumerate(informants.iterrows()):
        role = str(row["role"] or "").strip()
        own = given.iloc[position] if given is not None else ""
        named = own or (english_role(role, [row[column] for column in attributes if str(row[column]).strip()])
                        if role else "")
        if named is None:
            named = role
            unknown.append(role)
        english.append(named)
    return informants.assign(**{ROLE_EN: english}), list(dict.fromkeys(unknown))


def shown_informants(informants: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Tabel 1 as an English run writes it (informants.csv): with the English role beside the role."""
    return with_english_roles(informants)[0] if lang == ENGLISH else informants


def shown_roles(informants: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Tabel 1 as the report prints it: in an English run, each role in English."""
    if lang != ENGLISH or "role" not in informants.columns:
        return informants
    english = shown_informants(informants, lang)
    return english.assign(role=english[ROLE_EN])
