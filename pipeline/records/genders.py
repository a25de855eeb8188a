"""An informant's gender as informants.csv types it ("P", "L", "Pr", "laki-laki", "wanita"), in the
words of the report's language. Indonesian forms write L/P (laki-laki / perempuan); a column that
also writes W (wanita) uses P for pria instead, so P is read by the column it stands in."""

from __future__ import annotations

import pandas as pd

FEMALE, MALE = "female", "male"
# the spellings of either gender, besides the lone letter P (decided by its column)
_GENDERS = {**dict.fromkeys(("perempuan", "pr", "prp", "wanita", "w", "cewek", "ibu", "f", "female", "woman"), FEMALE),
            **dict.fromkeys(("laki-laki", "laki laki", "lakilaki", "laki", "lk", "l", "pria", "cowok", "m", "male",
                             "man"), MALE)}
_WORDS = {"id": {FEMALE: "perempuan", MALE: "laki-laki"}, "en": {FEMALE: "female", MALE: "male"}}


def shown_genders(values: pd.Series, lang: str) -> pd.Series:
    """Each value in words of `lang`; one the table does not know stays as typed."""
    folded = values.fillna("").astype(str).str.strip().str.rstrip(".").str.casefold()
    lone_p = MALE if (folded == "w").any() else FEMALE   # P beside W is pria; beside L, or alone, perempuan
    words = _WORDS[lang]
    genders = {**_GENDERS, "p": lone_p}
    return pd.Series([words[genders[value]] if value in genders else typed
                      for value, typed in zip(folded, values.fillna("").astype(str))], index=values.index)
