"""Compile a codebook's rules into spaCy PhraseMatchers once, and apply them to segments.

A term matches a token sequence when their norms are equal (PhraseMatcher on NORM); a term
written in its root form (`daftar`, `urus`, `rumah sakit`) also matches every word with that
lemma (PhraseMatcher on LEMMA: pendaftaran, didaftarkan, mengurus). A `prefix*` term matches
any word whose norm or lemma starts with the prefix; since prefixes cannot be compiled ahead of
the vocabulary, each new word type is checked once and, if it fits, added to the NORM matcher.

Rules are then evaluated per segment view (the original text, and the free translation when
there is one) over the token positions of the matches. See codebooks/README.md.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import LEMMA, NORM
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline.codebook.dump import codebook_to_yaml
from pipeline.codebook.model import Code, Codebook
from pipeline.codebook.rule_syntax import expand_terms, parse_term
from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.nlp import coding_nlp

KEYWORD_CONFIDENCE = 0.6      # a bare keyword: evidence of the topic, not of the meaning
SINGLE_CONFIDENCE = 0.75      # a rule with one term list (specific phrases)
MULTI_CONFIDENCE = 0.85       # a rule combining several term lists
BOTH_VIEWS_BONUS = 0.1        # original and translation agree independently
MAX_CONFIDENCE = 0.99

Occurrence = tuple[int, int]  # token start, end


@dataclass(frozen=True)
class CompiledRule:
    code_index: int
    slots: tuple[frozenset[str], ...]         # `all`: term lists that must all occur (within)
    context: frozenset[str] = frozenset()     # `any`: one must occur anywhere in the view
    none: frozenset[str] = frozenset()
    none_within: int | None = None
    within: int | None = None
    confidence: float = SINGLE_CONFIDENCE
    veto: bool = False

    def may_fire(self, present: set[str] | frozenset[str], question_terms: frozenset[str]) -> bool:
        """Cheap test on the set of terms present, before any position is looked at."""
        for slot in self.slots:
            if slot.isdisjoint(present):
                return False
        if self.context and self.context.isdisjoint(present):
            return bool(self.slots) and not self.context.isdisjoint(question_terms)
        return True


@dataclass(frozen=True)
class Firing:
    """A code found in one view of a segment."""

    code_index: int
    confidence: float
    evidence: str


@dataclass
class CompiledCodebook:
    """Matchers and rules of one codebook, bound to the process-wide spaCy pipeline."""

    codebook: Codebook
    nlp: Language
    rules: list[CompiledRule]
    norm_matcher: PhraseMatcher
    lemma_matcher: PhraseMatcher
    prefixes: dict[str, str]                  # prefix text -> term key ("daftar" -> "daftar*")
    _checked_norms: set[int] = field(default_factory=set)

    @property
    def codes(self) -> list[Code]:
        return self.codebook.codes

    def occurrences(self, doc: Doc) -> dict[str, list[Occurrence]]:
        """Where each term of the codebook occurs in `doc`, by term key."""
        if self.prefixes:
            self._learn_prefix_words(doc)
        strings = self.nlp.vocab.strings
        found: dict[str, set[Occurrence]] = {}
        for matcher in (self.norm_matcher, self.lemma_matcher):
            for match_id, start, end in matcher(doc):
                found.setdefault(strings[match_id], set()).add((start, end))
        return {term: sorted(spans) for term, spans in found.items()}

    def _learn_prefix_words(self, doc: Doc) -> None:
        norms = set(doc.to_array([NORM]).tolist()) - self._checked_norms
        if not norms:
            return
        strings, analyzer = self.nlp.vocab.strings, word_analyzer()
        starts = tuple(self.prefixes)
        for norm_id in norms:
            norm = strings[norm_id]
            lemma = analyzer.lemma(norm)
            for prefix in starts:
                if norm.startswith(prefix) or lemma.startswith(prefix):
                    self.norm_matcher.add(self.prefixes[prefix], [_pattern(self.nlp, [norm], NORM)])
        self._checked_norms |= norms

    def terms_in(self, doc: Doc) -> frozenset[str]:
        """The codebook terms present in a doc (used for the question a turn answers)."""
        return frozenset(self.occurrences(doc))

    def fire(self, doc: Doc, question_terms: frozenset[str] = frozenset()) -> tuple[dict[int, Firing], set[int]]:
        """Codes whose rules fire in one view (keyed by code index), and the codes vetoed there.

        `question_terms` are the terms of the interviewer's question this turn answers: they
        can satisfy the `any:` topic condition of a rule that also has `all:` terms here.
        """
        occ = self.occurrences(doc)
        fired: dict[int, Firing] = {}
        vetoed: set[int] = set()
        if not occ:
            return fired, vetoed
        present = set(occ)
        for rule in self.rules:
            if rule.code_index in vetoed or not rule.may_fire(present, question_terms):
                continue
            if not rule.veto and rule.code_index in fired and fired[rule.code_index].confidence >= rule.confidence:
                continue
            picks = _find_window(rule, occ, question_terms)
            if picks is None:
                continue
            if rule.veto:
                vetoed.add(rule.code_index)
                fired.pop(rule.code_index, None)
                continue
            evidence = " … ".join(doc[start:end].text for start, end in picks)
            fired[rule.code_index] = Firing(rule.code_index, rule.confidence, evidence)
        return fired, vetoed


def _find_window(rule: CompiledRule, occ: dict[str, list[Occurrence]],
                 question_terms: frozenset[str] = frozenset()) -> list[Occurrence] | None:
    """The occurrences that make `rule` fire in one view, or None.

    One occurrence per `all` term list, inside `within` tokens, plus the first occurrence of an
    `any` term (anywhere in the view, or, for a rule with `all` terms, in the question the turn
    answers). A `none` term vetoes the rule anywhere in the view, or,
    with `none_within`, only when it is that close to the occurrence of the first `all` list
    (the term the exclusion is about: "tidak" before "membantu"). For each possible left edge
    each list contributes its earliest-ending occurrence at or after it; that enumerates the
    minimal windows, which is enough for `within`.
    """
    context_spans = sorted(span for term in rule.context for span in occ.get(term, ()))
    if rule.context and not context_spans:
        if not rule.slots or question_terms.isdisjoint(rule.context):
            return None
    context = context_spans[:1]
    slot_occ: list[list[Occurrence]] = []
    for slot in rule.slots:
        spans = sorted({span for term in slot for span in occ.get(term, ())})
        if not spans:
            return None
        slot_occ.append(spans)
    matched = [span for spans in slot_occ for span in spans] + context
    blockers = sorted(span for term in rule.none for span in occ.get(term, ())
                      if not any(_inside(span, m) for m in matched))
    if blockers and rule.none_within is None:
        return None
    if not slot_occ:
        for span in context_spans:
            if not any(_gap(b, span) <= rule.none_within for b in blockers):
                return [span]
        return None
    for left in sorted({start for spans in slot_occ for start, _ in spans}):
        picks: list[Occurrence] = []
        for spans in slot_occ:
            after = [span for span in spans
                     if span[0] >= left and not any(_overlaps(span, p) for p in picks)]
            if not after:
                break
            picks.append(min(after, key=lambda span: (span[1], span[0])))  # ties: the longer phrase
        else:
            start = min(s for s, _ in picks)
            end = max(e for _, e in picks)
            if rule.within is not None and end - start > rule.within:
                continue
            if blockers and any(_gap(b, picks[0]) <= rule.none_within for b in blockers):
                continue
            return sorted(set(picks) | {c for c in context if not any(_overlaps(c, p) for p in picks)})
    return None


def _inside(inner: Occurrence, outer: Occurrence) -> bool:
    """A `none` term that is part of a matched phrase ("tidak" in "tidak mau") blocks nothing."""
    return outer[0] <= inner[0] and inner[1] <= outer[1] and inner != outer


def _overlaps(a: Occurrence, b: Occurrence) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _gap(a: Occurrence, b: Occurrence) -> int:
    """Tokens strictly between two spans (0 when adjacent or overlapping)."""
    return max(0, b[0] - a[1], a[0] - b[1])


def _pattern(nlp: Language, words: list[str], attr: int) -> Doc:
    doc = Doc(nlp.vocab, words=words)
    ids = np.array([nlp.vocab.strings.add(w) for w in words], dtype=np.uint64).reshape(-1, 1)
    doc.from_array([attr], ids)
    return doc


def compile_codebook(codebook: Codebook) -> CompiledCodebook:
    """Build the matchers for a codebook; use `compiled_codebook` to reuse them."""
    nlp = coding_nlp()
    norm_matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    lemma_matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
    prefixes: dict[str, str] = {}
    registered: set[str] = set()

    def register(term_key: str) -> None:
        if term_key in registered:
            return
        registered.add(term_key)
        term = parse_term(term_key)
        if term.prefix:
            prefixes[term.text] = term_key
            return
        doc = nlp(term.text)
        norms = [t.norm_ for t in doc]
        lemmas = [t.lemma_ for t in doc]
        norm_matcher.add(term_key, [_pattern(nlp, norms, NORM)])
        if lemmas == norms:
            lemma_matcher.add(term_key, [_pattern(nlp, lemmas, LEMMA)])

    def terms(items: list[str] | tuple[str, ...]) -> frozenset[str]:
        expanded = expand_terms(items, codebook.concepts)
        for term_key in expanded:
            register(term_key)
        return frozenset(expanded)

    rules: list[CompiledRule] = []
    for index, code in enumerate(codebook.codes):
        if code.keywords:
            rules.append(CompiledRule(index, (), context=terms(code.keywords), confidence=KEYWORD_CONFIDENCE))
        for rule in code.rules:
            slots = tuple(terms(slot) for slot in rule.get("all", ()))
            context = terms(rule.get("any", ()))
            conditions = len(slots) + (1 if context else 0)
            default = MULTI_CONFIDENCE if conditions > 1 else SINGLE_CONFIDENCE
            rules.append(CompiledRule(
                code_index=index, slots=slots, context=context, none=terms(rule.get("none", ())),
                none_within=rule.get("none_within"), within=rule.get("within"),
                confidence=float(rule.get("confidence", default)), veto=bool(rule.get("exclude"))))
    # vetoes first, then the most confident rules, so a code stops at its best firing
    rules.sort(key=lambda r: (not r.veto, -r.confidence))
    return CompiledCodebook(codebook, nlp, rules, norm_matcher, lemma_matcher, prefixes)


_COMPILED: dict[str, CompiledCodebook] = {}


def compiled_codebook(codebook: Codebook) -> CompiledCodebook:
    """The compiled form of a codebook, built once per process per codebook content."""
    key = hashlib.sha256(codebook_to_yaml(codebook).encode("utf-8")).hexdigest()
    if key not in _COMPILED:
        _COMPILED[key] = compile_codebook(codebook)
    return _COMPILED[key]
