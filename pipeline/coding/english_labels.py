"""A label's words as the coder reads them, in a codebook whose labels are written in English.

A researcher writing for an international journal names the codes in English ("Hope for a
transplant") while the informants speak Indonesian or Manado Malay. An English label word is
read through its Indonesian correspondences, as an English definition's words are
(`related.in_indonesian`); an English function word ("for", "the") is no word of the
label (Manado "for" is *untuk*: an English label's "for" placed quotes that say "for"); a word
the table does not know (an acronym: "VAR", a loanword) stays as written.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS

from pipeline.coding.codebook_words import content_words
from pipeline.coding.related import in_indonesian


def label_words(label: str) -> list[str]:
    """The content words of `label`, an English word as its Indonesian words (see the module)."""
    words: list[str] = []
    for word in content_words(label):
        words += in_indonesian(word) or ([] if word in ENGLISH_STOP_WORDS else [word])
    return list(dict.fromkeys(words))
