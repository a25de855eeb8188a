"""The rule a codebook's own words become, and the names of the evidence kinds.

The record every rule builder (`keywords.py`, `label_rules.py`, `only_when.py`, `unheeded.py`)
returns and `compile_rules.py` compiles; the kind names are what the evidence column shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.coding.codebook_words import is_plain_keyword
from pipeline.coding.compounds import fixed_compounds
from pipeline.coding.negation import NEGATORS, UNCOUNTED

KEYWORD_CONFIDENCE = 0.6        # a keyword as written (or its lemmas)
ANY_ORDER_CONFIDENCE = 0.55     # a keyword's words in another order, close together
LABEL_CONFIDENCE = 0.45         # two of the label's content words close together
DEFINITION_CONFIDENCE = 0.4     # label and definition words close together
ANTONYM_CONFIDENCE = 0.5       # a keyword's negated opposite ("tidak berani" for takut)
EXAMPLE_CONFIDENCE = 0.35       # two words of the code's examples close together
RELATED_CONFIDENCE = 0.3        # two related words of different senses close together
QUESTION_CONFIDENCE = 0.4       # the question's keyword or label word, a word of the code in the answer
ANSWER_CONFIDENCE = 0.4         # a yes/no question naming the code, a yes opening the answer (answers.py)
KEYWORD_WINDOW = 5              # tokens spanned by a keyword's words in any order
WEAK_WINDOW = 8                 # tokens spanned by two weak evidence words

KEYWORD = "keyword"
KEYWORD_WORDS = "keyword words"
LABEL = "label"
# a word an absence code's label denies, denied in the text: the label's own phrase ("nyanda bisa tidor")
LABEL_PHRASE = "label phrase"
DEFINITION = "definition"
EXAMPLES = "examples"
RELATED = "related"
QUESTION = "question"
ANSWER = "yes to the question"
ONLY_WHEN, UNHEEDED = "only when", "request unheeded"   # kinds of only_when.py, unheeded.py
OTHERS_KNOWING = "others knowing feared"   # others_knowing.py: "takut tetangga tahu"
TOLD_TRIP = "a trip told"   # told_trips.py: "naik pamboat satu jam", "harus naik ojek"
VISIT_TOLD = "a visit told"   # visits_told.py: "turun ke rumah-rumah", "datangi rumahnya"
FELT = "a feeling the label names"   # felt_states.py: "hati so ciut" for "Takut atau malu diperiksa"
VALUE = "value of a pair"   # value_pairs.py: a paired code's value word beside the pair's matter
SPARED_TRIP = "a trip spared"   # spared_trips.py: "sehingga ... tidak perlu menyeberang"
STOCK_OUT = "a stock run out"   # stock_outs.py: "persediaan RDT habis"
KEYWORD_WORD_ALONE = "keyword's word alone"   # topic_keywords.py: a keyword's own word without the study's subject
CONSTRUCT = "construct table"   # constructs.py: a theory construct's everyday words (data/constructs.tsv)
RULE_STATED = "a rule stated"   # rule_codes.py: "dilarang", "wajib", "tidak boleh" for a code about rules
WRITTEN = "written"   # a rule's register (KeywordRule.register): documents only
SPOKEN = "spoken"     # interview turns and quotations only
# What each kind of evidence is, in one table: a new kind is written here once, not into each set below.
OWN_KEYWORD = "the keyword's own words"   # yields to a longer keyword; names a content question's topic
STRONG = "strong"         # a code's own words as written (weak_evidence.py)
WEAK = "weak"             # counts only seconded or in a turn's weighing (weak_evidence.py)
PAIR = "weak pair"        # two weak words close together (label_rules.py, related words)
NAMES = "names the code"  # a yes/no question in these words names the code (question_reading.py)
LOOSE = "loose"           # its words may be far apart within a sentence (sentence_span.py)
KIND_TRAITS: dict[str, frozenset[str]] = {
    "": frozenset({STRONG}),   # a rule the codebook wrote
    KEYWORD: frozenset({STRONG, OWN_KEYWORD, NAMES}),
    KEYWORD_WORDS: frozenset({STRONG, OWN_KEYWORD, NAMES, LOOSE}),
    LABEL_PHRASE: frozenset({STRONG, NAMES, LOOSE}),
    LABEL: frozenset({WEAK, PAIR, NAMES, LOOSE}),
    DEFINITION: frozenset({WEAK, PAIR, NAMES, LOOSE}),
    EXAMPLES: frozenset({WEAK, PAIR, NAMES, LOOSE}),
    RELATED: frozenset({PAIR, NAMES, LOOSE}),
    KEYWORD_WORD_ALONE: frozenset({WEAK, NAMES}),
    CONSTRUCT: frozenset({NAMES, LOOSE}),
    QUESTION: frozenset({WEAK}),
    ANSWER: frozenset({WEAK}),
    ONLY_WHEN: frozenset({LOOSE}),
    UNHEEDED: frozenset({LOOSE}),
    OTHERS_KNOWING: frozenset({LOOSE}),
    TOLD_TRIP: frozenset({LOOSE}),
    VISIT_TOLD: frozenset({LOOSE}),
    FELT: frozenset({NAMES}),
    SPARED_TRIP: frozenset({LOOSE}),
    STOCK_OUT: frozenset({LOOSE}),
    RULE_STATED: frozenset({LOOSE}),
    VALUE: frozenset({LOOSE}),
}


def kinds_that(trait: str) -> frozenset[str]:
    """The evidence kinds of KIND_TRAITS that have `trait`."""
    return frozenset(kind for kind, traits in KIND_TRAITS.items() if trait in traits)


WEAK_PAIR_KINDS = kinds_that(PAIR)


@dataclass(frozen=True)
class KeywordRule:
    """One matching rule derived from a code's own words; terms are words or phrases."""

    slots: tuple[tuple[str, ...], ...]   # each must occur (all within `within`)
    context: tuple[str, ...]             # one must occur (a rule without slots)
    within: int | None
    confidence: float
    kind: str
    negatable: bool                      # not evidence inside a negation scope
    by_lemma: bool = True                # a word also matches its affixed forms
    denied_only: bool = False            # evidence only where the thing is said to be missing
    distinct: bool = False               # two terms of different senses (related.py)
    senses: tuple[tuple[str, frozenset[str]], ...] = ()   # term -> the codebook words it comes from
    affixed: frozenset[str] = frozenset()   # terms matching their affixed relatives, not their bare root
    register: str = ""                   # read only in documents (WRITTEN) or only in speech (SPOKEN)
    apart_from_roles: frozenset[str] = frozenset()   # answer terms no support for a role asked (QUESTION)
    for_the_role: frozenset[str] = frozenset()   # answer terms that alone take a topic only the informant's role lends
    unless_beside: tuple[str, ...] = ()  # terms that silence the rule next to its first slot's word ("tidak hanya")
    unless_reach: int = 0                # ... or within this many tokens of it (rule_codes.py: who made the rule)
    ordered: bool = False                # slots found apart only in their order (a causative before what it causes)
    negated: frozenset[str] = frozenset()   # terms evidence only where denied: what a keyword's own negator denies
    about: frozenset[str] = frozenset()     # a feeling's rule (felt_states.py): the lemmas its matter may be


# stop words that say which one of a series a keyword means: "cek gula pertama" is the first
# check, not any check, so its words without "pertama" are not the keyword's
WHICH_ONE = frozenset({"pertama", "kedua", "terakhir", "awal", "semula"})
# stop words that say where, against their opposite: "merokok di dalam rumah" is not "merokok di luar
# rumah", nor "merokok dekat bayi" "merokok jauh dari bayi", so its words without "dalam" or "dekat"
# are not the keyword's (round 30: rokok documents 0.620 -> 0.671, quotations 0.557 -> 0.592)
WHERE = frozenset({"dalam", "luar", "dekat"})


def compound_words(keyword: str) -> list[str]:
    """`keyword_words`, but a keyword that is a fixed compound ("kartu keluarga", compounds.py)
    is one word: its "kartu" alone is any card."""
    return [keyword] if keyword.casefold() in fixed_compounds() else keyword_words(keyword)


def keyword_words(keyword: str) -> list[str]:
    """The words of a multi-word keyword that carry meaning; all of them when one alone does,
    as a stop word beside it is then the keyword's own ("perawat datang", "cuma ditimbang":
    spaCy lists *datang*, *ikut*, *jauh* as stop words); none when only stop words ("nanti saja")."""
    if not is_plain_keyword(keyword):
        return []
    words = keyword.split()
    content = [word for word in words if word not in STOP_WORDS or word in NEGATORS or word in WHICH_ONE | WHERE]
    return words if len(content) == 1 else content


def negated_words(keyword: str) -> tuple[list[str], str | None]:
    """`keyword_words` with the keyword's own negator bound to what it denies, and the word that must
    be found denied. A negator before a stop word that is a verb of its own (not an auxiliary, a
    pronoun or a preposition: negation.UNCOUNTED) is kept with it ("tidak tahu tes apa": "tidak tahu"
    and "tes"; no word need be denied): the keyword denies knowing, so a "tidak" denying the test ("58 ibu tidak dites") is not its word. Past an auxiliary or a pronoun,
    the first counted word is the one denied ("nyanda mau cuci darah": *cuci*; "tidak mau operasi":
    *operasi*): "Operasi tidak bayar" holds *tidak* and *operasi* but is no "tidak mau operasi"."""
    words = keyword_words(keyword)
    written = keyword.split()
    for negator, denied in zip(written, written[1:]):
        if negator.casefold() in NEGATORS and negator in words and denied not in words \
                and denied.casefold() in STOP_WORDS and denied.casefold() not in UNCOUNTED:
            words[words.index(negator)] = f"{negator} {denied}"
    if any(" " in word for word in words):
        return words, None
    lowered = keyword.casefold().split()
    negator = next((i for i, word in enumerate(lowered[:-1]) if word in NEGATORS), None)
    if negator is None:
        return words, None
    return words, next((w for w in lowered[negator + 1:] if w not in UNCOUNTED), None)
