"""Two things an English definition lists in brackets, in Indonesian, close together in a turn.

A codebook whose definitions are in Indonesian gets evidence from two of its definition's words
close together (`label_rules.py`, DEFINITION); one whose definitions are in English got none in
speech: its definition's words count only through their Indonesian correspondences
(`codebook_words.translated_definitions`), and in speech only beside a keyword or label word
(RELATED). A fresh codebook whose keywords and labels mostly name the study's topic then found
no code in a turn naming two of the signs its definition spells out ("Withdrawal (restlessness,
irritability, sleeplessness) when the phone is taken away": "gelisah, susah tidur").
A bracketed list glosses the term before it, so its items are the code's matter itself; the
items of a list in the running prose are often only the objects of the code's act (pills and
injections that "run out"), and paired they coded turns that merely named them. Two words
coming from different English words of a bracketed list (so "gelisah ... resah", both
*restlessness*, are one) propose the code in speech, weakly. The two words of one item of several
words count as two ("mulut ... asam" of "a sour mouth"): a sign named whole; reading them as one
item lowered the fifteenth study's interviews 0.282 -> 0.255.
"""

from __future__ import annotations

import re

from pipeline.coding.codebook_words import affirmed_text, content_words, translated_definitions
from pipeline.coding.related import in_indonesian, is_english
from pipeline.coding.keyword_rule import DEFINITION, SPOKEN, WEAK_WINDOW, KeywordRule
from pipeline.coding.specificity import is_light_verb, names_setting
from pipeline.records.codebook import Code, Codebook

PAIR_CONFIDENCE = 0.35   # weaker than a label and a definition word (0.4)
PAIR_WINDOW = WEAK_WINDOW   # tokens, as two weak words of a code (a window of 3 gained half as much)
BRACKETED = re.compile(r"\(([^()]*)\)")   # what a definition's brackets hold


def definition_pair_rules(code: Code, codebook: Codebook, negatable: bool) -> list[KeywordRule]:
    """The spoken rule of two translated words of a definition's brackets, of different English sources."""
    allowed = {w for w in translated_definitions(codebook).get(code.id, ())
               if not names_setting(w) and not is_light_verb(w)}
    sources: dict[str, set[str]] = {}
    for word in content_words(" ".join(BRACKETED.findall(affirmed_text(code)))):
        if is_english(word):
            for indonesian in in_indonesian(word):
                if indonesian in allowed:
                    sources.setdefault(indonesian, set()).add(word)
    if len({frozenset(s) for s in sources.values()}) < 2:
        return []
    terms = tuple(sources)
    return [KeywordRule((terms, terms), (), PAIR_WINDOW, PAIR_CONFIDENCE, DEFINITION, negatable,
                        denied_only=not negatable, distinct=True,
                        senses=tuple((t, frozenset(f"en:{s}" for s in found)) for t, found in sources.items()),
                        register=SPOKEN)]
