"""NIK and phone numbers read out digit by digit and typed as words ("kosong delapan satu dua ...").

A transcriber types what was said, so a number an informant reads out reaches the transcript as
number words, which the digit patterns (patterns.py) never see. A run of nine or more single-digit
words, Indonesian or Manado Malay, separated only by spaces, commas or hyphens, is turned into its
digits, which patterns.py classifies by the same rules as a written number: no sentence of speech holds so many digit
words in a row unless it reads out a number.
"""

from __future__ import annotations

import re

# One spoken digit each; Manado Malay says ampa, anam, dalapan, sambilan for 4, 6, 8, 9.
DIGIT_WORDS = {
    "nol": "0", "kosong": "0", "satu": "1", "dua": "2", "tiga": "3", "empat": "4", "ampa": "4",
    "lima": "5", "enam": "6", "anam": "6", "tujuh": "7", "delapan": "8", "dalapan": "8",
    "sembilan": "9", "sambilan": "9", "sambilang": "9",
}


def _word_pattern(words: list[str]) -> str:
    """The digit words as one pattern that opens with a single character class ("[kKsSdD...]"), a
    word's start checked behind it and its rest chosen by the letter read: the regex engine then
    skips, at C speed, every position whose letter starts no digit word, where a flat alternation
    tries each word at every position of every text of a batch. A capital only at a word's start
    ("Kosong delapan ..." opening a sentence): a case-blind pattern would take three times as long."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    firsts = "".join(sorted(by_first)) + "".join(sorted(by_first)).upper()
    rests = "|".join(f"(?<=[{first}{first.upper()}])(?:{'|'.join(tails)})"
                     for first, tails in sorted(by_first.items()))
    return rf"[{firsts}](?<!\w.)(?:{rests})"


_WORD = _word_pattern(list(DIGIT_WORDS))
SHORTEST_RUN = 9   # the digits of the shortest number patterns.py masks, a landline
SPOKEN_RUN = re.compile(rf"{_WORD}(?:[ \t,\-]+{_WORD}){{{SHORTEST_RUN - 1},}}\b")
_WORDS = re.compile(_WORD)


def spoken_digit_runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Each run of nine or more digit words as its words' (start, end, digit); patterns.py says which
    stretch of a run is a number (a run may go on into the next figure: "..., dua anak saya")."""
    return [[(run.start() + word.start(), run.start() + word.end(), DIGIT_WORDS[word.group().casefold()])
             for word in _WORDS.finditer(run.group())] for run in SPOKEN_RUN.finditer(text)]
