"""What a definition's own writing says of its words: a name, or one item of a list.

A definition names who and where with capitals ("jam malam dari Kepala Desa atau edaran
Gubernur"): a word written with a capital inside a sentence is a proper name or a title, a
person, an office or an institution, not the code's act. And a definition lists the kinds of
one thing ("Termasuk kopi, teh dan susu"): two items of one list recited as a list in a text
("kopi, teh") are the list again (a price list, a table of kinds), one piece of evidence, not
two; apart, each is said of its own (related._one_piece). And the study's title names its
subject ("Mempertahankan tenaga kesehatan di pulau-pulau kecil"): its phrase in a definition
("... tenaga kesehatan di pulau") is the study's subject, not the code's, so its words are one piece.
"""

from __future__ import annotations

import re

from pipeline.coding.codebook_words import WORD, affirmed_text, content_words, word_lemma
from pipeline.coding.sentences import sentences
from pipeline.coding.specificity import LIST_ITEM, SETTING, label_chunks
from pipeline.records.codebook import Code

# words that open a list of examples in a definition
LIST_OPENERS = ("termasuk", "seperti", "misalnya", "antara lain", "yaitu", "yakni", "berupa", "contohnya")
# items a list of kinds has at least: two single words joined ("ojek dan ongkosnya") may be a
# phrase of two things, not kinds of one
LIST_LENGTH = 3
_SEPARATORS = re.compile(r"\s*(?:[,;:]|\bdan\b|\batau\b|\bserta\b)\s*", re.I)
_OPENER = re.compile(r"^(?:%s)\s+" % "|".join(LIST_OPENERS), re.I)


def written_senses(code: Code) -> dict[str, frozenset[str]]:
    """Each word of what `code`'s definition affirms that it names (not one its label names:
    "Penjaminan Jasa Raharja" is about the insurer) -> the setting's sense, who or where; each
    item of one of its lists -> that list's sense."""
    text = affirmed_text(code)
    label = {word_lemma(w) for w in content_words(code.label)}
    senses = {word: SETTING for word in named_words(text) if word_lemma(word) not in label}
    for word, sense in list_items(text).items():
        senses[word] = senses.get(word, frozenset()) | sense
    return senses


def named_words(text: str) -> frozenset[str]:
    """The words (lower case) `text` writes with a capital inside a sentence and never without:
    the names and titles it gives ("Kepala Desa", "Gubernur")."""
    capital, plain = set(), set()
    for sentence in sentences(text):
        for i, word in enumerate(WORD.findall(sentence)):
            if i and word[0].isupper() and not word.isupper():
                capital.add(word.casefold())
            elif not word[0].isupper():
                plain.add(word.casefold())
    return frozenset(capital - plain)


def list_items(text: str) -> dict[str, frozenset[str]]:
    """Each word that is a whole item of an enumeration of three or more single words in `text`
    ("kopi, teh dan susu") -> the sense the items of that enumeration share. An item of several words ("anak
    yang diapit di tengah") describes a case of its own and is no such item."""
    items: dict[str, frozenset[str]] = {}
    number = 0
    for sentence in sentences(text):
        run: list[str] = []
        for part in [*_SEPARATORS.split(sentence.rstrip(".!?")), ""]:
            words = WORD.findall(_OPENER.sub("", part.strip()).casefold())
            if len(words) == 1:
                run.append(words[0])
                continue
            if len(run) >= LIST_LENGTH:
                number += 1
                items.update((word, frozenset({f"{LIST_ITEM}{number}"})) for word in run)
            run = []
    return items


def title_senses(title: str, terms: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each of `terms` the study's `title` writes beside another of them -> that phrase's sense
    ("tenaga kesehatan", "kesehatan jiwa"): a definition pair from the title's phrase named the
    study in every paragraph about it (pulau and jiwa documents: 9 pairs, none a gold coding)."""
    by_form = {term.casefold(): term for term in terms}
    chunks = label_chunks(title, by_form)
    together = {sense for _, found in chunks for sense in found
                if sum(sense in other for _, other in chunks) > 1}
    return {by_form[word]: frozenset(f"title {sense}" for sense in found & together)
            for word, found in chunks if found & together}
