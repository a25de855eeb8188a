"""A code about rules ("Aturan desa ...", "Larangan ...", "Regulasi ..."), found where a rule is stated.

A codebook without keywords names such a code by its rule noun and who makes the rule; the
turns and paragraphs that state one rarely repeat the noun: they state the rule itself, in the
deontic words of Indonesian ("dilarang", "wajib", "tidak boleh", "tidak diizinkan"), Manado Malay
read through its gloss ("nyanda boleh" -> "tidak boleh"). Such a statement is evidence of the
code whose label opens with a rule noun (kind RULE_STATED), whatever the act the rule names; the
act itself is another code's only where the segment says it was done (urged_against.py keeps a
prohibition's act from its code in documents).

Not a permission ("boleh", "tidak dilarang": the rule words are negatable) and not a code whose
label merely holds a rule noun later ("Penegakan aturan ...", "Pengaturan makan": its head is
another act).
"""

from __future__ import annotations

import re

from pipeline.coding.keyword_rule import RULE_STATED, KeywordRule
from pipeline.records.codebook import Code

# the nouns that head a label naming rules as a code's matter
RULE_NOUNS = frozenset({"aturan", "peraturan", "larangan", "regulasi", "ketentuan", "batasan", "perda", "perdes"})
# deontic words stating a rule, matched through their lemmas (dilarang, melarang, larangan; diwajibkan, kewajiban)
RULE_WORDS = ("larang", "wajib")
# a prohibition that carries its own negator, matched as written
PROHIBITIONS = ("tidak boleh", "tidak diperbolehkan", "tidak diizinkan", "tidak dibolehkan")
RULE_CONFIDENCE = 0.35   # as a construct's everyday words (constructs.py): weaker than the label's own
_WORD = re.compile(r"[^\W\d_]+")


def is_rule_code(code: Code) -> bool:
    """Does the code's label open with a rule noun ("Aturan keluarga, desa dan sekolah")?"""
    words = _WORD.findall(code.label.casefold())
    return bool(words) and words[0] in RULE_NOUNS


def rule_code_rules(code: Code) -> list[KeywordRule]:
    """A rule code's rules: a deontic word (not negated), or a prohibition with its own negator."""
    if not is_rule_code(code):
        return []
    return [KeywordRule((), RULE_WORDS, None, RULE_CONFIDENCE, RULE_STATED, negatable=True),
            KeywordRule((), PROHIBITIONS, None, RULE_CONFIDENCE, RULE_STATED, negatable=False, by_lemma=False)]
