"""Which words of a code's example quotations can tell its code: not who, where, when or how many.

A researcher's example is one informant's sentence. Beside the words of its matter it names
people and places ("Ibu kader", "Tante Lin", "ke Puskesmas"), days and hours ("Hari Kamis",
"jam sepuluh"), amounts ("tiga biji"), and speaks through pronouns and light verbs ("dorang",
"kase"). Such words recur in any turn of the study, whatever its code, so two of them close
together are no evidence of the example's code (label_rules.py's EXAMPLES rule).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.coding.codebook_words import PEOPLE, word_lemma
from pipeline.coding.function_words import CONTENT_POS, example_content_words
from pipeline.coding.pronouns import PRONOUNS
from pipeline.coding.related import WHEN_OR_WHERE
from pipeline.coding.specificity import is_light_verb, names_setting, says_who
from pipeline.gloss.lexicon import DEFAULT_LEXICON, load_lexicon
from spacy.lang.id.stop_words import STOP_WORDS

# a word capitalised after another word of its sentence names someone, somewhere or some day
# ("Tante Lin", "Hari Kamis", "dari Dinas"); the first word of a sentence or a quotation is capitalised anyway
_NAMED = re.compile(r"(?:(?<=\w\s)|(?<=\w,\s))([A-Z][\w\-]*)")


def telling_words(examples: tuple[str, ...] | list[str]) -> list[str]:
    """The lower-case content words of `examples` that may say what they are about (see the module)."""
    named = {word.casefold() for example in examples for word in _NAMED.findall(example)}
    return [word for word in example_content_words(" ".join(examples))
            if word not in named and not _says_circumstance(word)]


def _says_circumstance(word: str) -> bool:
    """Is `word` a pronoun or a spoken function word, a numeral, a word of time or place, a person
    or a light verb?"""
    lemma = word_lemma(word)
    small = _small_words()
    return (word in PRONOUNS | PEOPLE or word in small or lemma in small or word in WHEN_OR_WHERE or lemma in WHEN_OR_WHERE
            or names_setting(word) or says_who(word) or is_light_verb(word))


@lru_cache(maxsize=1)
def _small_words() -> frozenset[str]:
    """The glosser's numerals and quantifiers (Manado "tuju", "sapulu") with their Indonesian words,
    and its function words that are Indonesian stop words or possessives ("mar" 'tapi', "depe"):
    in a quotation written as speech they are those, even where Indonesian has a root so spelt."""
    found = set()
    for word, entry in load_lexicon(DEFAULT_LEXICON).words.items():
        translation = entry.translation.casefold().split()
        if entry.pos == "num":
            found.add(word)
            found.update(translation)
        elif entry.pos not in CONTENT_POS and translation and (
                entry.pos == "poss" or all(part in STOP_WORDS for part in translation)):
            found.add(word)
    return frozenset(found)
