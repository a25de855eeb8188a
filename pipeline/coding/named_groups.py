"""A category named after one of its codes names that code, not the study.

`codebook_words.topic_lemmas` takes the words of a theme's or category's label as the study's
topic (no code's evidence). A researcher often names a category after its main code and puts a
neighbouring code under it ("Berhenti minum kopi" over "Upaya berhenti minum kopi" and "Sakit
kepala karena kafein"): every word of the category's label is then in that one code's label,
and the words no other code's label holds name that code, even where a theme's label repeats
them. Without this, the code's own verb ("berhenti") was a topic word, no evidence alone.
"""

from __future__ import annotations

from pipeline.records.codebook import Codebook


def words_of_named_codes(codebook: Codebook, lemmas_of) -> frozenset[str]:
    """The lemmas a category label of several codes shares with the one code whose label holds all
    of its words, where no other code's label holds them (`lemmas_of`: a label's content lemmas)."""
    of_code = {code.id: lemmas_of(code.label) for code in codebook.codes}
    held: dict[str, int] = {}
    for lemmas in of_code.values():
        for lemma in lemmas:
            held[lemma] = held.get(lemma, 0) + 1
    found: set[str] = set()
    for theme in codebook.themes:
        for category in theme.categories:
            if len(category.codes) < 2:
                continue
            words = lemmas_of(category.label)
            named = [code.id for code in category.codes if words and words <= of_code[code.id]]
            if len(named) == 1:
                found |= {lemma for lemma in words if held.get(lemma) == 1}
    return frozenset(found)
