"""The root of an affixed word written on a non-standard spelling of its root.

Plans, reports and news write many roots in a common non-standard spelling: *himbau* for
*imbau*, *resiko* for *risiko*, *ijin* for *izin*, *nasehat* for *nasihat*. spaCy's Indonesian
`lexeme_norm` table maps the bare root to the standard one, but a word carrying affixes
("dihimbau", "menghimbau", "himbauan", "beresiko", "perijinan", "menasehati") is in no table, and
the stemmer's dictionary of standard roots does not know the variant, so the word stayed its own
lemma and matched no keyword written in either spelling. Here a few prefixes and suffixes are
taken off (with the nasal of meN-/peN- put back for the roots it replaces: "menyekat" -> *sekat*)
until a root the norm table maps is reached.

The glosser's `indonesian.affix_stripped` asks another question, whether a word is some known root
with affixes: every candidate at once, roots of three letters, and no bare -i (Manado words end in
one). This one wants the first root of four letters or more that the norm table maps, bare -i
included ("menasehati"), so each strips affixes its own way; they share the nasal prefixes' table
(taking the glosser's candidates here would change the root found for 28,697 of 95,730 words: the
development texts' and affixed forms of the norm table's roots).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from pipeline.gloss.indonesian import NASAL_ROOT_STARTS

PREFIXES = ("memper", "meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pe",
            "ber", "be", "ter", "di", "ke", "se", "")
SUFFIXES = ("kan", "an", "i", "nya", "")
# the first letter a nasal prefix replaces ("menyalahkan" is meN- + salah), from the glosser's table
NASAL_ROOTS = {prefix: letter for prefix, letters in NASAL_ROOT_STARTS.items() for letter in letters if letter}
MIN_ROOT = 4   # shorter remainders are too often another word


def variant_root(word: str, norms: Mapping[str, str], known: Callable[[str], bool]) -> str | None:
    """The standard root `word` is an affixed form of, reached through a non-standard root that
    the `norms` table maps to a `known` word; None when no such root is found."""
    for prefix in PREFIXES:
        if not word.startswith(prefix):
            continue
        for suffix in SUFFIXES:
            if suffix and not word.endswith(suffix):
                continue
            rest = word[len(prefix):len(word) - len(suffix)]
            if (prefix or suffix) and len(rest) >= MIN_ROOT:
                for root in (rest, NASAL_ROOTS.get(prefix, "") + rest if prefix in NASAL_ROOTS else None):
                    if root and standard(root, norms, known) != root:
                        return standard(root, norms, known)
    return None


def standard(root: str, norms: Mapping[str, str], known: Callable[[str], bool]) -> str:
    """A stemmed root in its standard spelling where the `norms` table maps it to a `known` word
    ("resiko" -> *risiko*), else the root as it is."""
    mapped = norms.get(root)
    return mapped if mapped is not None and mapped != root and known(mapped) else root
