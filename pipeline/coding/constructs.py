"""A code named after a construct of health-behaviour theory, read through the words people use for it.

A thesis's deductive codebook labels its codes with the constructs of a theory ("Persepsi
kerentanan", "Efikasi diri", "Isyarat untuk bertindak") and defines them abstractly; informants
never say those words, they say "bisa kena", "susah berhenti", "yakin bisa", "didenda". The table
`data/constructs.tsv` (README.md there) gives each common construct its names, Indonesian and
English, and its everyday words. A code whose label or English label names a construct (the whole
label, or a name of two or more words written in it: "Beban keluarga yang merawat") takes them as
weak evidence (kind CONSTRUCT, named in the evidence column "(construct table)"):

* a phrase of the row alone ("takut kena"; a one-word phrase written affixed, "dijauhi", as
  written when the row does not write its root: `_affixed_word`); one that holds its own negator
  ("tidak mungkin kena") even inside a negation, since it says the construct's low end, and with the subject said
  inside it, its words within KEYWORD_WINDOW ("tidak mungkin saya kena");
* a word of the row beside one of its context words, who or where it is said of ("jaga ... istri"
  for family support, "tangkap ... polisi" for enforcement), or, in a row without context, beside
  another word of the row of another root ("susah ... ketagihan"), within the weak window (wider in
  speech, as the other weak pairs: `spoken.py`).

Unlike a label's or definition's words, it does not yield to another code's keyword in the turn
(CONSTRUCT is not among `weak_evidence.WEAK_KINDS`): a turn often says two constructs, and
yielding took miras_dev interviews 0.622 -> 0.489, documents 0.535 -> 0.496.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.coding.codebook_words import word_lemma
from pipeline.coding.keyword_rule import CONSTRUCT, KEYWORD_WINDOW, WEAK_WINDOW, KeywordRule
from pipeline.coding.negation import NEGATORS
from pipeline.coding.word_tables import DATA, listed_rows
from pipeline.errors import ProblemCollector
from pipeline.records.codebook import Code

CONSTRUCT_FILE = DATA / "constructs.tsv"
COLUMNS = ("construct", "names", "phrases", "words", "context", "source")
CONSTRUCT_CONFIDENCE = 0.35   # as an example's words; above related words (0.3), below a label's (0.45)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Construct:
    """One row of the table."""

    construct: str
    names: tuple[str, ...]
    phrases: tuple[str, ...]
    words: tuple[str, ...]
    context: tuple[str, ...]


def construct_rules(code: Code, negatable: bool) -> list[KeywordRule]:
    """The weak rules of every construct `code`'s label names (`named_constructs`)."""
    rules = []
    for construct in named_constructs(code):
        negated = tuple(p for p in construct.phrases if NEGATORS & set(p.casefold().split()))
        plain = tuple(p for p in construct.phrases if p not in negated)
        as_written = tuple(p for p in plain if _affixed_word(p, construct.words))
        by_root = tuple(p for p in plain if p not in as_written)
        for phrases, by_lemma in ((by_root, True), (as_written, False)):
            if phrases:
                rules.append(KeywordRule((), phrases, None, CONSTRUCT_CONFIDENCE, CONSTRUCT, negatable,
                                         by_lemma=by_lemma, denied_only=not negatable))
        if negated and negatable:   # "tidak mungkin kena": the construct's low end, said so
            rules.append(KeywordRule((), negated, None, CONSTRUCT_CONFIDENCE, CONSTRUCT, False))
        for phrase in negated if negatable else ():   # the subject said inside it: "tidak mungkin saya sakit"
            rules.append(KeywordRule(tuple((word,) for word in phrase.split()), (), KEYWORD_WINDOW,
                                     CONSTRUCT_CONFIDENCE, CONSTRUCT, False))
        # a word written affixed ("jauhi", "ingatkan"): its forms, not its bare root ("jauh", "ingat")
        affixed = frozenset(word for word in construct.words if " " not in word and word_lemma(word) != word)
        if construct.words and construct.context:
            rules.append(KeywordRule((construct.words, construct.context), (), WEAK_WINDOW, CONSTRUCT_CONFIDENCE,
                                     CONSTRUCT, negatable, denied_only=not negatable, affixed=affixed))
        elif len(construct.words) > 1:
            rules.append(KeywordRule((construct.words, construct.words), (), WEAK_WINDOW, CONSTRUCT_CONFIDENCE,
                                     CONSTRUCT, negatable, denied_only=not negatable, distinct=True, affixed=affixed))
    return rules


def _affixed_word(phrase: str, words: tuple[str, ...]) -> bool:
    """A one-word phrase written affixed, its root not written among its row's words ("ditemani",
    "dijauhi", "dicap", "berobat"), says the construct only in that form: its root is another
    word ("petani", "jauh", "cap tikus", "obat"), so it matches as written. One whose root the row
    writes ("ditangkap": tangkap) matches the root's forms, as that word does."""
    return " " not in phrase and (lemma := word_lemma(phrase)) != phrase.casefold() and lemma not in words


def named_constructs(code: Code) -> list[Construct]:
    """The constructs whose name is `code`'s label or English label, or, for a name of two or
    more words, stands in it as a phrase ("Beban keluarga yang merawat"); a one-word name
    ("stigma", "akses") only as the whole label, since "Stigma dan rasa malu" may be about
    shame alone."""
    labels = [_words(label) for label in (code.label, code.label_en) if label]
    return [construct for construct in constructs()
            if any(_names(_words(name), label) for name in construct.names for label in labels)]


def _names(name: str, label: str) -> bool:
    return name == label or (" " in name and f" {name} " in f" {label} ")


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


@lru_cache(maxsize=1)
def constructs() -> tuple[Construct, ...]:
    """The package's table, read and checked once per process."""
    return load_constructs(CONSTRUCT_FILE)


def load_constructs(path: Path) -> tuple[Construct, ...]:
    """Read and check the table; every problem is reported with its file and line."""
    problems = ProblemCollector()
    rows = []
    for number, key, (names, phrases, words, context) in listed_rows(path, COLUMNS[:-1], problems):
        if not names or not (phrases or words):
            problems.add(path, "a construct needs a name, and phrases or words", line=number, key=key)
        else:
            rows.append(Construct(key, names, phrases, words, context))
    problems.raise_if_any()
    return tuple(rows)
