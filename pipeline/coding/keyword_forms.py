"""A keyword written in Manado Malay also matches its Indonesian form.

A researcher writes some keywords as their informants say them ("nanti jo", "nda jadi-jadi",
"maso rumah sakit"); Indonesian text, and the Indonesian translation the coder reads beside a
Manado Malay turn, say "nanti saja", "tidak jadi-jadi", "masuk rumah sakit". The glosser that
translates the turns translates the keyword the same way.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.gloss.glosser import shared_glosser


@lru_cache(maxsize=4096)
def indonesian_form(keyword: str) -> str | None:
    """The keyword's Indonesian translation where it differs from the keyword, else None."""
    translated = shared_glosser().gloss(keyword).translation.strip()
    return translated if translated and translated.casefold() != keyword.casefold() else None


def indonesian_forms(keywords: list[str], exclude: list[str]) -> list[str]:
    """The Indonesian forms of `keywords` that have one and are not in `exclude`, once each."""
    written = {k.casefold() for k in exclude}
    forms = [form for form in (indonesian_form(k) for k in keywords) if form is not None]
    return [form for form in dict.fromkeys(forms) if form.casefold() not in written]
