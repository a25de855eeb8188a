"""What an interviewer turn is for, beyond its words: which of them lend the answer context.

An interviewer addresses the informant, greets and thanks, and asks background facts before
the study's matter: "Selamat siang, Bu Bidan. Sudah berapa lama bertugas di kelurahan ini?".
Such words name no topic of the answer after them:

* a greeting or thanks sentence ("Selamat pagi, Pak Hukum Tua.") and an address opening or
  closing a question ("Bu Bidan, ...", "..., Pak Kepala lingkungan?") name the person asked;
  their words are not the question's terms (`addressed_spans`);
* a question asking for a number ("Sudah berapa lama ...?", "Berapa persalinan per bulan ...?",
  "umur berapa?") asks a fact: the informant's role ("Bidan", "Kader posyandu") does not make
  it a question about the role's work (`asks_number`). Its own words still name its topic
  ("Waktu bayi ASI sampai umur berapa?").
"""

from __future__ import annotations

import re

from pipeline.coding.answers import ADDRESS_TERMS
from pipeline.coding.courtesies import is_courtesy_sentence
from pipeline.coding.sentences import SENTENCE_BREAK

NUMBER_WORDS = frozenset({"berapa", "brapa", "berapakah"})
ADDRESS_WORDS = 3   # an address is a title and at most this many words of name or role ("Pak Hukum Tua")
_WORD = re.compile(r"[^\W\d_][\w\-]*")
_ADDRESS = "|".join(sorted(ADDRESS_TERMS, key=len, reverse=True))
_OPENING = re.compile(rf"^\s*(?:{_ADDRESS})(?:\s+[^\W\d_][\w\-]*){{0,{ADDRESS_WORDS}}}\s*,", re.IGNORECASE)
_CLOSING = re.compile(rf",\s*(?:{_ADDRESS})(?:\s+[^\W\d_][\w\-]*){{0,{ADDRESS_WORDS}}}\s*\?\s*$", re.IGNORECASE)


def addressed_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of `text` that greet, thank or address the informant: its courtesy
    sentences and the address opening or closing a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [match.end() for match in SENTENCE_BREAK.finditer(text)] + [len(text)]:
        sentence = text[start:end]
        if is_courtesy_sentence(sentence):
            spans.append((start, end))
        else:
            for pattern in (_OPENING, _CLOSING):
                match = pattern.search(sentence)
                if match:
                    spans.append((start + match.start(), start + match.end()))
        start = end
    return spans


def asks_number(text: str) -> bool:
    """Does the turn's last question ask for a number ("Sudah berapa lama ...?")?"""
    last = [part for part in SENTENCE_BREAK.split(text.rstrip()) if part.strip()]
    return bool(last) and not NUMBER_WORDS.isdisjoint(word.casefold() for word in _WORD.findall(last[-1]))
