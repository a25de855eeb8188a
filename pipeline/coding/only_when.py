"""A code whose definition says its act is done only when something happens.

A definition such as "Families register ... only when the child falls ill or is referred" or
"Informants check their blood pressure only when symptoms appear" describes a reaction, and
Indonesian writes it with a restricting word and a conjunction of time or condition around the
two: "baru mendaftar ketika anaknya dirujuk", "setelah dirawat, baru mengurus kartu",
"periksa hanya kalau pusing". The definition's words before "only when" name the act, those
after it the occasion; a label of the form "Mengurus jika ada rujukan" (a conditional
conjunction inside the label) adds its two sides. The four together (restricting word, an act
word, a conjunction, an occasion word), close together, are evidence of the code; a keyword
rarely covers them, because the occasion is told in many words.
"""

from __future__ import annotations

import re

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.coding.codebook_words import PEOPLE, content_words
from pipeline.coding.related import in_indonesian, is_english
from pipeline.coding.keyword_forms import ONLY_BEFORE
from pipeline.coding.keyword_rule import ONLY_WHEN, KeywordRule
from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.negation import NEGATORS
from pipeline.coding.specificity import KIN, names_setting
from pipeline.records.codebook import Code, Codebook

ONLY_WHEN_CONFIDENCE = 0.55        # as a keyword's words in another order
ONLY_WHEN_WINDOW = 15              # tokens spanned by the four words
RESTRICTING = ("baru", *ONLY_BEFORE)
# beside the restricting word: "bukan hanya ketika sakit" is no reaction, "bayi baru lahir" a newborn,
# "baru saja" just now, "hanya saja" however
NOT_ONLY = tuple(sorted(NEGATORS)) + ("lahir", "dilahirkan", "saja")
WHEN = ("ketika", "saat", "setelah", "sesudah", "kalau", "jika", "bila", "apabila", "sewaktu", "begitu")
# "only when/after/if/once" in an English definition, "hanya/baru ketika ..." in an Indonesian one
_MARKER = re.compile(r"\bonly\s+(?:when|after|if|once)\b|\b(?:%s)\s+(?:%s)\b"
                     % ("|".join(RESTRICTING), "|".join(WHEN)), re.I)
_CLAUSE_END = re.compile(r"[.;:]|,\s+(?:or|and|atau|dan)\s")
# a label's own conditional conjunction: "Mengurus jika ada rujukan ke rumah sakit"
_LABEL_CONDITION = re.compile(r"\s(?:jika|kalau|bila|apabila)\s", re.I)


def only_when_rules(code: Code, codebook: Codebook) -> list[KeywordRule]:
    """The rule of a code without rules whose definition names its act's occasion with "only
    when" (or whose label joins act and occasion with a conditional conjunction and whose
    definition does): none for any other code."""
    if code.rules:
        return []
    text = " ".join(f"{code.definition} {code.include}".split())
    marker = _MARKER.search(text)
    if marker is None:
        return []
    clause_start = max((m.end() for m in re.finditer(r"[.;:]", text[:marker.start()])), default=0)
    occasion_end = _CLAUSE_END.search(text, marker.end())
    act_text = text[clause_start:marker.start()]
    occasion_text = text[marker.end():occasion_end.start() if occasion_end else len(text)]
    label = _LABEL_CONDITION.split(f" {code.label} ", maxsplit=1)
    if len(label) == 2:
        act_text, occasion_text = f"{act_text} {label[0]}", f"{occasion_text} {label[1]}"
    act, occasion = _indonesian(act_text), _indonesian(occasion_text)
    if not act or not occasion:
        return []
    return [KeywordRule((RESTRICTING, act, WHEN, occasion), (), ONLY_WHEN_WINDOW, ONLY_WHEN_CONFIDENCE,
                        ONLY_WHEN, negatable=True, unless_beside=NOT_ONLY)]


def _indonesian(text: str) -> tuple[str, ...]:
    """The Indonesian content words of `text` (an English word through its correspondences, an
    unknown one left out): not who or where (people, relatives, workers, places), stop words, nor
    the restricting words and conjunctions the rule reads apart. The study's words and those
    several codes share stay: the four together are specific."""
    analyzer = word_analyzer()
    words = (word for w in content_words(text) for word in in_indonesian(w) if is_english(w) or analyzer.is_known(w))
    return tuple(dict.fromkeys(
        word for word in words if (folded := word.casefold()) not in STOP_WORDS
        and folded not in RESTRICTING + WHEN and not names_setting(folded) and PEOPLE.isdisjoint(folded.split())
        and KIN.isdisjoint(folded.split())))
