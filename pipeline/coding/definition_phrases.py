"""Two English words a definition writes side by side, in Indonesian, side by side in a turn.

An English definition names a code's acts as short phrases: a verb and its object ("opens the
windows", "checks the feet"), a noun and its modifier ("white rice", "foot checks"). Each word
alone is too common to be evidence in speech (`codebook_words.translated_definitions` counts it only
beside a keyword or label word), and a definition's words anywhere in a turn are too loose; but
the two words of one phrase said together ("buka jendela", "nasi putih") name the act the
definition names. They propose the code in speech, weakly, when they lie within PHRASE_WINDOW
tokens in either order (Indonesian puts the modifier after its noun). Only words the definition
affirms (not its exclusions), of two English sources, neither naming who or where nor a light verb.

A sign a definition's brackets write as lacking ("(not sitting, not turning to sounds)") is the
code's matter said lacking: its word beside a negator ("tidak menoleh", "nyanda babalik") is the
same weak evidence. (`codebook_words.affirmed_text` drops such words with the definition's
exclusions.)
"""

from __future__ import annotations

import re

from pipeline.coding.codebook_words import affirmed_text, translated_definitions
from pipeline.coding.related import in_indonesian, is_english
from pipeline.coding.definition_pairs import BRACKETED, PAIR_CONFIDENCE
from pipeline.coding.keyword_rule import DEFINITION, SPOKEN, KeywordRule
from pipeline.coding.negation import NEGATORS, WHOLE_CLAUSE_NEGATORS
from pipeline.coding.specificity import is_light_verb, names_setting
from pipeline.records.codebook import Code, Codebook

PHRASE_CONFIDENCE = PAIR_CONFIDENCE   # as two words of a definition's brackets
# the negators that say a sign is not there: not a prohibition, a refusal, "without" or a whole clause's
LACKING = NEGATORS - WHOLE_CLAUSE_NEGATORS - {"jangan", "jang", "jangang", "nimbole", "nimau", "tanpa"}
PHRASE_WINDOW = 3          # tokens spanned by the two words
_LACKING = re.compile(r"\b(?:not|never|no)\s+([a-z]+)", re.I)
_WORD = re.compile(r"[A-Za-z]+|[^\sA-Za-z]")   # words, and each punctuation mark (a phrase ends there)
_SKIPPED = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"})
_BETWEEN = frozenset({"against", "for", "with", "about", "from", "to", "of", "in", "on", "at", "by", "into", "than"})


def definition_phrase_rules(code: Code, codebook: Codebook, negatable: bool) -> list[KeywordRule]:
    """The spoken rules of the definition's phrases of two translated words."""
    allowed = {w for w in translated_definitions(codebook).get(code.id, ())
               if not names_setting(w) and not is_light_verb(w)}
    rules: list[KeywordRule] = []
    seen: set[tuple[frozenset[str], frozenset[str]]] = set()
    for first, second in _adjacent(affirmed_text(code)):
        if any(names_setting(w) for w in in_indonesian(first) + in_indonesian(second)):
            continue   # a person or a place in any of its words ("the mother opens": not "mamak buka")
        one = tuple(w for w in in_indonesian(first) if w in allowed)
        two = tuple(w for w in in_indonesian(second) if w in allowed and w not in one)
        key = (frozenset(one), frozenset(two))
        if not one or not two or key in seen:
            continue
        seen.add(key)
        rules.append(KeywordRule((one, two), (), PHRASE_WINDOW, PHRASE_CONFIDENCE, DEFINITION, negatable,
                                 denied_only=not negatable, register=SPOKEN))
    return rules + _lacking_rules(code)


def _lacking_rules(code: Code) -> list[KeywordRule]:
    """The rule of the signs a definition's brackets write as lacking, each beside a negator."""
    signs = tuple(dict.fromkeys(w for inside in BRACKETED.findall(code.definition)
                                for english in _LACKING.findall(inside) if is_english(english.casefold())
                                for w in in_indonesian(english.casefold())
                                if not names_setting(w) and not is_light_verb(w)))
    if not signs:
        return []
    return [KeywordRule((tuple(sorted(LACKING)), signs), (), PHRASE_WINDOW, PAIR_CONFIDENCE, DEFINITION,
                        False, register=SPOKEN)]


def _adjacent(text: str) -> list[tuple[str, str]]:
    """Pairs of English words next to each other (an article or possessive between them skipped)."""
    words = [w.casefold() for w in _WORD.findall(text) if w.casefold() not in _SKIPPED]
    return [(a, b) for a, b in zip(words, words[1:])
            if a.isalpha() and b.isalpha() and a != b and not {a, b} & _BETWEEN and is_english(a) and is_english(b)]
