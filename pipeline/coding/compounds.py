"""Fixed compounds whose words lose their everyday sense (`data/fixed_compounds.tsv`).

"Cakupan imunisasi di wilayah kerja Puskesmas" names a catchment area, not anyone's work;
"kerja sama lintas sektor" is cooperation; "rumah makan" a restaurant, not a home. A code's
single word (a keyword, a label or definition word, a related word) found inside such a
compound is no evidence there. The compounds are general Indonesian, the same for every
codebook; the matchers find them beside the codebook's terms (`compile_rules.py`).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from pipeline.coding.spans import Occurrence, drop_one_word
from pipeline.coding.word_tables import DATA, table_rows
from pipeline.errors import ProblemCollector

COMPOUNDS_FILE = DATA / "fixed_compounds.tsv"
KEY_PREFIX = "\x00compound "   # the matchers' key of a compound: never a codebook term


@lru_cache(maxsize=1)
def fixed_compounds() -> dict[str, frozenset[str]]:
    """Each compound (lower-cased) -> the words that lose their sense inside it."""
    problems = ProblemCollector()
    rows = table_rows(COMPOUNDS_FILE, ("compound", "words"), problems)
    problems.raise_if_any()
    return {compound: frozenset(w.casefold() for w in words) for _, compound, words in rows}


def drop_inside_compounds(doc: Doc, found: dict[str, list[Occurrence]]) -> None:
    """Remove from `found` (term key -> spans) the compounds' own keys and every one-token
    occurrence of a word that loses its sense inside a compound found."""
    compounds = fixed_compounds()
    inside: set[int] = set()
    for key in [key for key in found if key.startswith(KEY_PREFIX)]:
        lost = compounds[key[len(KEY_PREFIX):]]
        for start, end in found.pop(key):
            inside.update(i for i in range(start, end) if doc[i].norm_ in lost or doc[i].lemma_ in lost)
    if inside:
        drop_one_word(found, inside)
