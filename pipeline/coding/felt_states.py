"""A feeling a code's label names, said in an interview turn in its everyday words.

A researcher's label names the feeling ("Takut atau malu diperiksa", "Stigma dan rasa malu");
informants say it in words the codebook never writes: "kita pe hati so ciut", "nyanda brani",
"sungkan", "khawatir" (Manado "tako" through its gloss too). Where the label's other words are the
study's subject or absent from the turn, its pair rules need two of its words and the feeling alone
went uncoded. A word of the feeling's group (data/related_words.tsv: takut, malu) or one of its
everyday phrases is evidence of the one code whose label names that feeling. Not where two codes'
labels name it (which fear is it?), nor a feeling a label gives as the reason of its act, nor the
feeling denied ("nyanda takut"), nor in a document, where a feeling is a report's reading of others,
nor a feeling whose matter follows it and is none of the code's ("takut anjing", "takut mati" for a
code about fearing the injection): the feeling alone, before a clause of its own or before what the
one feeling it would do ("malu membawa dia", "takut tetangga tahu") stays evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.coding.codebook_words import PEOPLE, WORD, affirmed_text, content_words, word_lemma
from pipeline.coding.keyword_rule import FELT, SPOKEN, KeywordRule
from pipeline.coding.lemmas import prefixed_verb
from pipeline.coding.pronouns import PRONOUNS
from pipeline.coding.related import in_indonesian
from pipeline.coding.specificity import is_light_verb, says_who
from pipeline.coding.word_tables import GROUPS_FILE, table_rows
from pipeline.errors import ProblemCollector
from pipeline.records.codebook import Code, Codebook

FELT_CONFIDENCE = 0.4   # a label word's weight (LABEL_CONFIDENCE 0.45) less: the feeling, not its matter
# the feelings, by their related-word group, with everyday phrases the groups do not list
FEELINGS = {"takut": ("ciut", "gentar", "takut-takut", "tidak berani", "nda brani", "nyanda brani"),
            "malu": ("malu-malu", "malo")}

_REASON = re.compile(r"\b(?:karena|karna|akibat|sebab|because|due)\b", re.I)
# words between a feeling and its matter: a preposition introducing it, a degree ("takut sekali sama anjing")
_TO_MATTER = frozenset({"akan", "sama", "dengan", "deng", "pada", "pa", "terhadap", "dari", "sekali", "skali", "sangat",
                        "banget", "paling", "juga", "le", "lagi", "betul", "sungguh"})
# what opens a clause of its own or a wish after the feeling: the matter is a whole event, read as unnamed
_CLAUSE_OR_ACT = PRONOUNS | PEOPLE | {"kalau", "kalo", "kalu", "jika", "bila", "jangan", "jang", "nanti", "kalau-kalau", "bahwa", "mau", "mo",
                             "untuk", "for", "karena", "karna", "tapi", "mar", "yang"}
MATTER_WORDS = 2   # the words after the feeling that may name its matter ("takut salah angka")


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
    about = _matter(code)
    return [KeywordRule((), tuple(sorted(_groups()[feeling])), None, FELT_CONFIDENCE, FELT, negatable=True,
                        register=SPOKEN, about=about) for feeling in sorted(mine - shared)]


def _matter(code: Code) -> frozenset[str]:
    """The lemmas of every word of `code`'s label, what its definition affirms (English through its
    Indonesian words) and its keywords: stop words too, as "takut keluar malam" names *keluar*."""
    words = WORD.findall(f"{code.label} {affirmed_text(code)}".casefold())
    found = {word_lemma(i) for w in words for i in in_indonesian(w)} | set(words)
    return frozenset(found | {word_lemma(w) for k in code.keywords for w in k.casefold().split()})


def about_else(doc: Doc, spans: list[tuple[int, int]], about: frozenset[str]) -> bool:
    """Whether every feeling at `spans` names right after it a matter none of whose words are `about`
    (the code's lemmas): "takut anjing" is no fear of the injection; "takut." and "takut kalau dia
    marah" name none, "takut akan hasilnya" the code's own."""
    return all(_named_matter(doc, end, about) is False for _, end in spans)


def _acts_or_who(word: str) -> bool:
    """A verb or a person after the feeling opens what the one feeling does or fears others do
    ("malu membawa dia ke ibadah", "nyanda brani bawa", "takut tetangga bisik-bisik"): no matter named."""
    return is_light_verb(word) or prefixed_verb(word) or says_who(word)


def _named_matter(doc: Doc, end: int, about: frozenset[str]) -> bool | None:
    """Whether the matter named after a feeling ending at token `end` is the code's (None: none named)."""
    i = end
    while i < len(doc) and (doc[i].norm_ in _TO_MATTER or doc[i].is_space):
        i += 1
    words = []
    for token in [token for token in doc[i:i + MATTER_WORDS + 1] if not token.is_space][:MATTER_WORDS]:
        if token.is_punct or token.norm_ in _CLAUSE_OR_ACT:
            break
        words.append(token)
    if not words or _acts_or_who(words[0].norm_):
        return None
    return any({token.norm_, token.lemma_.casefold(), word_lemma(token.norm_)} & about for token in words)
