"""Words that carry no code's meaning, in Manado Malay as in Indonesian.

spaCy's Indonesian stop words are the standard forms ("dengan", "sampai", "mereka"); speech and
a researcher's example quotations write the Manado ones ("deng", "sampe", "dorang"). A word the
glosser's lexicon gives a function class (not a noun, verb or adjective: "bekeng" is "membuat",
which spaCy lists, yet a verb) and translates into stop words only, and that is no Indonesian
root itself ("sapa" greets, "pas" fits), is one too.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.lexicon import DEFAULT_LEXICON, NOUN_POS, PREDICATE_POS, load_lexicon

CONTENT_POS = NOUN_POS | PREDICATE_POS | {"acr", "prefix"}   # the lexicon's word classes that can name a code
# the numerals one to ten as written out, which a count or a length opens ("tiga kasus", "dua jam")
NUMERALS = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh")


def is_function_word(word: str) -> bool:
    """Is the lower-case `word` a stop word or its Manado form?"""
    if word in STOP_WORDS:
        return True
    return word in _manado_function_words()


@lru_cache(maxsize=1)
def _manado_function_words() -> frozenset[str]:
    from pipeline.coding.lemmas import word_analyzer   # its roots: "sapa" (greet) and "pas" (fit) stay
    analyzer = word_analyzer()
    found = set()
    for word, entry in load_lexicon(DEFAULT_LEXICON).words.items():
        translation = entry.translation.casefold().split()
        if entry.pos not in CONTENT_POS and translation and all(part in STOP_WORDS for part in translation) \
                and not analyzer.is_known(word):
            found.add(word)
    return frozenset(found)


def example_content_words(text: str) -> list[str]:
    """`content_words` of a code's example quotation, written as people speak: its Manado
    function words ("deng", "sampe", "torang") are no word of the code."""
    from pipeline.coding.codebook_words import content_words
    return [word for word in content_words(text) if not is_function_word(word)]
