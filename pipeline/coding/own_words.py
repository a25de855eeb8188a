"""The words of a turn that a rule matched in its translation, in the turn's own spelling.

A rule that fires on a turn's Indonesian translation matched words the turn does not hold
("nenek" for "oma", "sudah besar" for "so besar"), and a reviewer looks for the evidence in the
turn. The interlinear gloss has one gloss per word of the turn, in order, so a matched phrase is
found among the glosses and named by the words they gloss. A translation word the glosses spell
otherwise (an affixed form, "mengingatkan", where the glosses hold its root with a grammatical
tag, "CAUS ingat") is found by its root, with the tags glossing the words just before it
("kase inga"). The evidence then reads "kase inga [mengingatkan]": the turn's words first, the
translation's in brackets, the kind of rule after them as before; a phrase found in no gloss
(a question's words) stays as it was.
"""

from __future__ import annotations

import re

from pipeline.coding.evidence import PHRASE_JOINS
from pipeline.gloss.tokens import words_of

_TAG = re.compile(r"^[A-Z0-9]+$")          # a grammatical gloss (CAUS, PFV, 1SG) or an acronym
# tags of words an Indonesian affix expresses: kase inga 'CAUS ingat' is mengingatkan, dapa ambe 'PASS ambil' diambil
AFFIX_TAGS = frozenset({"CAUS", "PASS"})
MIN_ROOT = 4                                 # shorter roots are found inside too many words


def with_own_words(evidence: str, text: str, gloss: str) -> str:
    """`evidence` found in the translation of `text`, each phrase preceded by the words of `text`
    it translates, when the gloss (one per word of `text`) tells which they are."""
    words = words_of(text)
    glosses = gloss.split()
    if not words or len(words) != len(glosses):
        return evidence
    keys = [_key(word) for word in glosses]
    parts = PHRASE_JOINS.split(evidence)
    for index in range(0, len(parts), 2):   # even parts are phrases, odd ones what joins them
        phrase = parts[index].strip()
        own = _own_words(phrase, words, glosses, keys)
        if own and _key(own) != _key(phrase):
            parts[index] = parts[index].replace(phrase, f"{own} [{phrase}]", 1)
    return "".join(parts)


def _key(words: str) -> str:
    return words.casefold().replace("~", "-")


def _own_words(phrase: str, words: list[str], glosses: list[str], keys: list[str]) -> str | None:
    wanted = [_key(word) for word in phrase.split()]
    if not wanted:
        return None
    width = len(wanted)
    for start in range(len(keys) - width + 1):   # the phrase glosses consecutive words
        if keys[start:start + width] == wanted:
            return " ".join(words[start:start + width])
    if width == 1:   # an affixed translation of a root the gloss holds ("mengingatkan": "ingat")
        for at, key in enumerate(keys):
            if len(key) >= MIN_ROOT and key in wanted[0] and not _TAG.match(glosses[at]):
                first = at
                while first > 0 and glosses[first - 1] in AFFIX_TAGS:
                    first -= 1
                return " ".join(words[first:at + 1])
    return None
