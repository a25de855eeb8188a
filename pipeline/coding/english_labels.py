"""A label's words as the coder reads them, in a codebook whose labels are written in English.

A researcher writing for an international journal names the codes in English ("Hope for a
transplant") while the informants speak Indonesian or Manado Malay. An English label word is
read through its Indonesian correspondences, as an English definition's words are
(`related.in_indonesian`); an English function word ("for", "the") is no word of the
label (Manado "for" is *untuk*: an English label's "for" placed quotes that say "for"); a word
the table does not know (an acronym: "VAR", a loanword) stays as written.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.id.stop_words import STOP_WORDS as INDONESIAN_STOP_WORDS

from pipeline.coding.codebook_words import content_words
from pipeline.coding.related import in_indonesian


def label_words(label: str) -> list[str]:
    """The content words of `label`, an English word as its Indonesian words (see the module)."""
    words: list[str] = []
    for word in content_words(label):
        words += in_indonesian(word) or ([] if word in ENGLISH_STOP_WORDS else [word])
    return list(dict.fromkeys(words))


def _function_words(text: str) -> tuple[int, int]:
    """How many of a text's words are English function words ("the", "for", "without") and how many Indonesian
    ones ("di", "dan", "yang"), a word of both lists counted in neither."""
    words = [word.casefold() for word in re.findall(r"[^\W\d_]+", text)]
    english = sum(word in ENGLISH_STOP_WORDS and word not in INDONESIAN_STOP_WORDS for word in words)
    return english, sum(word in INDONESIAN_STOP_WORDS and word not in ENGLISH_STOP_WORDS for word in words)


def reads_english(text: str) -> bool:
    """Whether a label or title is written in English: more English function words than Indonesian ones, and at
    least one (a bare "Kader Posyandu", "Advice heard" says nothing either way: no)."""
    english, indonesian = _function_words(text)
    return english > indonesian


def written_in_english(labels: list[str]) -> bool:
    """Whether a codebook's labels (themes, categories, codes) are written in English, so an English run prints
    them as they are: at least three read English, three times as many as read Indonesian (a codebook that
    says `language: en` needs no guess)."""
    counts = [_function_words(label) for label in labels]
    english = sum(ours > theirs for ours, theirs in counts)
    indonesian = sum(theirs > ours for ours, theirs in counts)
    return english >= 3 and english >= 3 * indonesian
