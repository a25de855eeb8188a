"""Regex tokenisation: words (letters and digits, with inner hyphens/apostrophes) and the glue between.

The glue (spaces and punctuation) is kept so a free translation can be rebuilt around the
translated words, and so multiword expressions and word-order rules never reach across
punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Callable

WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_SPLIT_RE = re.compile(f"({WORD_RE.pattern})")   # the same words, kept by split
_APOSTROPHES = ("'", "’")
_QUOTE_OPENERS = ("'", "‘", "’")  # 'pigi' quoted: the closing apostrophe stays
NAME_MARKS = _APOSTROPHES  # a word ending in one is a name the tokenizer kept its glottal stop for
_VOWELS = frozenset("aiueo")  # the glottal stop follows a vowel (ana', masa'); mothers' is English
_SENTENCE_BREAK = re.compile(r"[.!?…:;\n\"“”(]")
# Words the glottal stop tells apart from a homograph: nya' is short nyanda 'not' (Mama nya' kase
# 'Ibu tidak memberi'), where nya without it is Indonesian -nya written apart. They keep the mark
# (as ') in the word the lexicon looks up.
_GLOTTAL_WORDS = frozenset({"nya"})


def tokenize(text: str, known: Callable[[str], bool] | None = None) -> tuple[str, list[str], list[str]]:
    """(leading glue, words, glue after each word).

    An apostrophe closing a word after its vowel (masa', ana', pigi') is the glottal stop chat writers mark for a
    dropped -k or -t: part of the word's spelling, not punctuation, so it neither stays in the
    translation nor splits the clause (ana' saki is one clause). One closing a quote that an
    apostrophe opened right before the word stays. A capitalised word with the mark that `known`
    (lower case, without the mark) does not know keeps it: a name spelled with its glottal stop
    (Alo' pe anjing), which wordtypes passes unchanged.
    """
    parts = _SPLIT_RE.split(text)  # glue, word, glue, word, ..., glue
    glues = parts[2::2]
    if "'" in text or "’" in text:
        for at, glue in enumerate(glues):
            if glue[:1] in _APOSTROPHES and (len(glue) == 1 or not glue[1].isalnum()) and (
                    parts[2 * at + 1][-1:].lower() in _VOWELS and parts[2 * at][-1:] not in _QUOTE_OPENERS):
                glues[at] = glue[1:]
                word = parts[2 * at + 1]
                if word.lower() in _GLOTTAL_WORDS:
                    parts[2 * at + 1] += "'"
                elif known is not None and word[0].isupper() and not word.isupper() and not known(word.lower()):
                    parts[2 * at + 1] += glue[0]
    return parts[0], parts[1::2], glues


def words_of(text: str) -> list[str]:
    """The source words a gloss aligns with, in order."""
    return WORD_RE.findall(text)


def is_clause_internal(glue: str) -> bool:
    """True when only spaces separate two words, so a rule may combine them."""
    return not glue.strip()


def starts_sentence(previous_glue: str | None) -> bool:
    """A word starts a sentence if it is first, or the glue before it ends a sentence or opens a quote."""
    return previous_glue is None or bool(_SENTENCE_BREAK.search(previous_glue))
