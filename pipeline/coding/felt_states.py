"""A feeling a code's label names, said in an interview turn in its everyday words.

A researcher's label names the feeling ("Takut atau malu diperiksa", "Stigma dan rasa malu");
informants say it in words the codebook never writes: "kita pe hati so ciut", "nyanda brani",
"sungkan", "khawatir" (Manado "tako" through its gloss too). Where the label's other words are the
study's subject or absent from the turn, its pair rules need two of its words and the feeling alone
went uncoded. A word of the feeling's group (data/related_words.tsv: takut, malu) or one of its
everyday phrases is evidence of the one code whose label names that feeling. Not where two codes'
labels name it (which fear is it?), nor a feeling a label gives as the reason of its act, nor the
feeling denied ("nyanda takut"), nor in a document, where a feeling is a report's reading of others.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.coding.codebook_words import content_words, word_lemma
from pipeline.coding.keyword_rule import FELT, SPOKEN, KeywordRule
from pipeline.coding.word_tables import GROUPS_FILE, table_rows
from pipeline.errors import ProblemCollector
from pipeline.records.codebook import Code, Codebook

FELT_CONFIDENCE = 0.4   # a label word's weight (LABEL_CONFIDENCE 0.45) less: the feeling, not its matter
# the feelings, by their related-word group, with everyday phrases the groups do not list
FEELINGS = {"takut": ("ciut", "gentar", "takut-takut", "tidak berani", "nda brani", "nyanda brani"),
            "malu": ("malu-malu", "malo")}

_REASON = re.compile(r"\b(?:karena|karna|akibat|sebab|because|due)\b", re.I)


@lru_cache(maxsize=1)
def _groups() -> dict[str, frozenset[str]]:
    """Each feeling -> the words of its related-word group and its everyday phrases."""
    problems = ProblemCollector()
    listed = {key: words for _, key, words in table_rows(GROUPS_FILE, ("group", "words"), problems)}
    problems.raise_if_any()
    return {feeling: frozenset(listed.get(feeling, ())) | frozenset(extra) for feeling, extra in FEELINGS.items()}


def _felt(code: Code) -> set[str]:
    """The feelings `code`'s label names as its matter: not as the reason of another act
    ("Dinikahkan karena hamil atau malu" codes the marriage, which the feeling alone does not tell)."""
    matter = _REASON.split(code.label, 1)[0]
    lemmas = {word_lemma(word) for word in content_words(matter)}
    return {feeling for feeling, words in _groups().items() if not lemmas.isdisjoint(words)}


def felt_rules(code: Code, codebook: Codebook) -> list[KeywordRule]:
    """The rule of a code without rules whose label alone in its codebook names a feeling."""
    if code.rules:
        return []
    mine = _felt(code)
    shared = set().union(*(_felt(other) for other in codebook.codes if other.id != code.id))
    return [KeywordRule((), tuple(sorted(_groups()[feeling])), None, FELT_CONFIDENCE, FELT, negatable=True,
                        register=SPOKEN) for feeling in sorted(mine - shared)]
