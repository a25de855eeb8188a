"""Which single word of a code places a quote alone (quotations.py), and what it needs beside it.

A quote no rule codes goes under the one code whose word it holds when no other code's word is
there. The word must name what the code is about, not who speaks or to whom:

* not a pronoun ("torang", "kami", "dorang": a keyword written as its speaker says it, "torang
  kirim", lends its pronoun to every quote in which that speaker talks of anything);
* a word of the study's subject (`topic_lemmas`: its theme's or the codebook's name) counts alone
  only with the word its label puts after it, itself too common to place a quote: "minum" of
  "Berhenti minum obat ..." under the theme "Kepatuhan minum obat" places "kita minum itu obat"
  but not "kalu nyanda minum, kita nyanda mo masak" (a threat to a husband, about support).
"""

from __future__ import annotations

from pipeline.coding.codebook_words import content_words, single_keyword_lemmas, word_lemma
from pipeline.coding.pronouns import PRONOUNS
from pipeline.coding.specificity import is_light_verb, qualifies
from pipeline.records.codebook import Code


def lone_words(code: Code, topic: frozenset[str]) -> dict[str, str]:
    """Lemma -> the lemma it needs beside it ("" for none) of each word that places a quote for `code`
    alone: its one-word keywords, the words of its longer keywords and of its label that are no light
    verb and no pronoun, not the label's words of circumstance (`specificity.qualifies`). A topic word
    of the label that is no one-word keyword needs the label's next word."""
    longer = [word for k in code.keywords if " " in k.strip() for word in content_words(k)]
    label = [word for word in content_words(code.label) if not qualifies(word.casefold(), code.label)]
    after = _next_words(code.label)
    words = {word_lemma(word) for word in longer + label if not is_light_verb(word)}
    own = single_keyword_lemmas(code)
    return {lemma: after.get(lemma, "") if lemma in topic and lemma not in own else ""
            for lemma in own | words if lemma not in PRONOUNS}


def _next_words(label: str) -> dict[str, str]:
    """Each content word's lemma of `label` -> the lemma of the content word after it."""
    lemmas = [word_lemma(word) for word in content_words(label)]
    return {lemma: following for lemma, following in zip(lemmas, lemmas[1:])}
