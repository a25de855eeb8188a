"""Related words: weaker evidence that reaches what a minimal codebook's own words do not.

A researcher's definition is often in English and a few keywords name only some of the ways
people say a thing ("jauh", but not "naik angkot dua kali"). Two data files under `data/`
(README.md there) carry general vocabulary, written from knowledge of Indonesian, not from any
batch:

* `english_indonesian.tsv`: English word -> Indonesian words, so an English definition's words
  reach Indonesian text and, through the gloss, Manado Malay turns;
* `related_words.tsv`: groups of Indonesian near-synonyms and related words (with Manado Malay
  forms the gloss does not give): a word of a group stands for the others.

A related word alone is weak evidence: the coder proposes a code from them only when two words
of different *senses* (no group in common: "ongkos" and "ojek" are two, "demam" and "panas"
one) lie close together (`independent_pair`), at a confidence below a keyword's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.id.stop_words import STOP_WORDS
from spacy.lookups import load_lookups

from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.spans import Occurrence, overlaps, term_text
from pipeline.coding.specificity import AREAS, CHUNK, LIST_GAP, LIST_ITEM, TIMES_OF_DAY, affixed_only, is_light_verb
from pipeline.coding.word_tables import ENGLISH_FILE, GROUPS_FILE, listed_groups, table_rows
from pipeline.errors import ProblemCollector


@dataclass(frozen=True)
class RelatedWords:
    """The two tables, keyed for look-up by the lemma form of a word or phrase."""

    english: dict[str, tuple[str, ...]]       # English word -> Indonesian words
    groups: tuple[tuple[str, ...], ...]       # each group's words and phrases
    group_of: dict[str, frozenset[int]]       # lemma key of a member -> its groups

    def indonesian(self, english_word: str) -> tuple[str, ...]:
        """The Indonesian words for an English word (any inflected form: "reminds")."""
        word = english_word.casefold()
        return self.english.get(word) or self.english.get(english_lemma(word), ())

    def related(self, term: str) -> tuple[str, ...]:
        """The other words of every group `term` belongs to."""
        groups = self.group_of.get(lemma_key(term), frozenset())
        return tuple(dict.fromkeys(w for g in sorted(groups) for w in self.groups[g] if w != term))


@lru_cache(maxsize=1)
def english_lemmas() -> tuple[object, frozenset[str]]:
    """spaCy's English lemma table (inflected forms) and its lemmas (base forms)."""
    table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    return table, frozenset(table.values())


def english_lemma(word: str) -> str:
    table, _ = english_lemmas()
    return table.get(word, word)


def lemma_key(term: str) -> str:
    """The lemmas of a word or phrase, joined: what two spellings of one word share; a derived
    word that keeps its own sense (`keeps_sense`) is its own key."""
    analyzer = word_analyzer()
    if keeps_sense(term):
        return analyzer.analyze(term.casefold())[0]
    return " ".join(analyzer.analyze(word)[1] for word in term.casefold().split())


def affixed_terms(related: dict[str, frozenset[str]], anchors: dict[str, frozenset[str]]) -> frozenset[str]:
    """The terms of a related rule that match their affixed relatives, not their bare root: a
    derived word that keeps its own sense (`keeps_sense`), and the codebook's own ke-...-an nouns
    of a function word among the anchors (a label's "kelainan", abnormality, of "lain", other;
    "keadaan" of "ada"), whose bare root carries no code's meaning."""
    analyzer = word_analyzer()
    own = (t for t, sources in anchors.items() if t in sources and " " not in t
           and t.casefold().startswith("ke") and t.casefold().endswith("an")
           and analyzer.analyze(t.casefold())[1] in STOP_WORDS)
    return frozenset(t for t in related if keeps_sense(t)) | frozenset(own)


def derived(term: str) -> bool:
    """Is `term` one affixed word ("datangi", "penghasilan")? It then finds its affixed relatives
    ("mendatangi"), not its bare root; a root word ("mampir", "habis") finds itself and its forms."""
    if " " in term:
        return False
    norm, lemma = word_analyzer().analyze(term.casefold())
    return norm != lemma


@lru_cache(maxsize=16384)
def keeps_sense(term: str) -> bool:
    """Is `term` a derived word whose root the groups list apart from it, and either its affix
    changes its sense (specificity.affixed_only: menyusui "breastfeed" of susu "milk") or the
    groups list it too? Then it is a sense of its own and matches its affixed relatives, not its
    bare root."""
    word = term.casefold()
    if " " in word:
        return False
    norm, lemma = word_analyzer().analyze(word)
    groups = listed_groups()
    if lemma not in groups or not groups[lemma].isdisjoint(groups.get(word, ())):
        return False
    if affixed_only(word, norm, lemma):
        return True
    # another derived word the groups list apart from its root is a sense of its own too
    # (menyusu "suckle" of susu "milk"), unless a third form of the root is listed with both
    # (ditunda with tunda and with tertunda: one sense)
    if norm == lemma or word not in groups:
        return False
    return not any(groups[word] & groups[form] and groups[lemma] & groups[form]
                   for form in _listed_forms().get(lemma, ()) if form not in (word, lemma))


@lru_cache(maxsize=1)
def _listed_forms() -> dict[str, tuple[str, ...]]:
    """Lemma -> the one-word members of the related-word groups with that lemma."""
    analyzer = word_analyzer()
    forms: dict[str, list[str]] = {}
    for word in listed_groups():
        forms.setdefault(analyzer.analyze(word)[1], []).append(word)
    return {lemma: tuple(words) for lemma, words in forms.items()}


@lru_cache(maxsize=1)
def related_words() -> RelatedWords:
    """The package's tables, read and checked once per process."""
    return load_related_words(ENGLISH_FILE, GROUPS_FILE)


def load_related_words(english_file: Path, groups_file: Path) -> RelatedWords:
    """Read and check the two tables; every problem is reported with its file and line."""
    problems = ProblemCollector()
    english: dict[str, tuple[str, ...]] = {}
    for line, key, words in table_rows(english_file, ("english", "indonesian"), problems):
        if key in english:
            problems.add(english_file, "duplicate English word", line=line, key=key)
        english[key] = words
    groups: list[tuple[str, ...]] = []
    group_of: dict[str, set[int]] = {}
    for _, _, words in table_rows(groups_file, ("group", "words"), problems):
        for word in words:
            group_of.setdefault(lemma_key(word), set()).add(len(groups))
        groups.append(words)
    problems.raise_if_any()
    return RelatedWords(english, tuple(groups), {k: frozenset(v) for k, v in group_of.items()})


@lru_cache(maxsize=16384)
def senses(term: str) -> frozenset[str]:
    """The groups a word or phrase belongs to, or the word itself when none: two words of a
    sense are one piece of evidence ("demam panas"), of two senses two ("ongkos ojek")."""
    key = lemma_key(term)
    groups = related_words().group_of.get(key)
    return frozenset(f"group {g}" for g in groups) if groups else frozenset({key})


# words that say only when or where an act happens: a time of day, a span of time, a village or its parts
WHEN_OR_WHERE = TIMES_OF_DAY | AREAS | {"hari", "minggu", "bulan", "tahun", "taong", "taon", "jam"}
CIRCUMSTANCE = frozenset({"circumstance"})


def circumstance_sense(term: str, label_lemmas: frozenset[str]) -> frozenset[str]:
    """The sense a light verb ("datang", "bawa": what only with its object) and a word saying only
    when or where ("minggu", "kampung") share: together they are one piece, no pair of related
    words ("datang … minggu", "pagi … bawa", "desa … datang" say that someone came or carried at
    some time or place, not what). A time or a place the code's label names (`label_lemmas`) is its own."""
    folded = term.casefold().strip()
    if is_light_verb(folded) or (folded in WHEN_OR_WHERE and word_analyzer().lemma(folded) not in label_lemmas):
        return CIRCUMSTANCE
    return frozenset()


def related_window(slots: tuple[frozenset[str], ...], sources: dict[str, frozenset[str]],
                   occ: dict[str, list[Occurrence]], present: set[str], within: int | None) -> list[Occurrence] | None:
    """`independent_pair` over the terms of `slots` present (anchors first, then all terms),
    each term's senses being its groups plus the codebook words it was derived from (`sources`,
    by term text): two words from one source word are one piece of evidence."""
    hits = []
    for term in slots[-1] & present:
        text = term_text(term)
        meaning = senses(text) | sources.get(text, frozenset())
        hits += [(span, meaning, term in slots[0]) for span in occ[term]]
    return independent_pair(hits, within or 0)


def independent_pair(hits: list[tuple[Occurrence, frozenset[str], bool]], within: int) -> list[Occurrence] | None:
    """The first two occurrences, in order, of different senses within `within` tokens, at
    least one of them an anchor (a word related to a keyword or to the label).

    `hits`: (span, senses, is anchor) of the related terms present, in any order; a word
    inside a longer one found ("sakit" in "rumah sakit") is not a hit of its own.
    """
    hits = sorted(hit for hit in hits if not any(_inside(hit[0], other[0]) for other in hits))
    for i, (first, first_senses, first_anchor) in enumerate(hits):
        for second, second_senses, second_anchor in hits[i + 1:]:
            if second[1] - first[0] > within:
                break
            if (first_anchor or second_anchor) and not overlaps(first, second) \
                    and not _one_piece(first, first_senses, second, second_senses):
                return [first, second]
    return None


def _one_piece(first: Occurrence, first_senses: frozenset[str], second: Occurrence,
               second_senses: frozenset[str]) -> bool:
    """Two words of one sense, one compound of the label written as in the label
    ("pemerintah kabupaten": next to each other in the text too, specificity.label_chunks), or
    two items of one list of the definition recited as a list ("kopi, teh": definition_senses.py;
    each is evidence on its own elsewhere: "minum kopi ... teh manis")."""
    shared = first_senses & second_senses
    if not shared:
        return False
    if any(sense.startswith(LIST_ITEM) for sense in shared) and second[0] - first[1] <= LIST_GAP:
        return True
    return second[0] == first[1] or any(not sense.startswith((CHUNK, LIST_ITEM)) for sense in shared)


def _inside(span: Occurrence, other: Occurrence) -> bool:
    return span != other and other[0] <= span[0] and span[1] <= other[1]


def in_indonesian(word: str) -> tuple[str, ...]:
    """An English word's Indonesian correspondences (none for an unknown one), any other word itself."""
    return related_words().indonesian(word) if is_english(word) else (word,)


def is_english(word: str) -> bool:
    """English and not also an Indonesian word ("video" is both, "fever" only English), to
    skip the prose of a definition written in English. A word spaCy's English table lacks
    (words that are their own lemma: "afraid", "pregnant") or only Sastrawi's KBBI roots know
    ("sad", "bad", "open": rare or archaic Indonesian) is English when our English table gives
    it other Indonesian words and the gloss does not know it."""
    table, lemmas = english_lemmas()
    if word in ENGLISH_STOP_WORDS:
        return True
    analyzer = word_analyzer()
    if (word in lemmas or word in table) and not analyzer.is_known(word):
        return True
    indonesian = related_words().indonesian(word)
    return bool(indonesian) and not analyzer.is_common(word) and word not in {w.casefold() for w in indonesian}
