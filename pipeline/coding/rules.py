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

import dataclasses
from dataclasses import dataclass, field

from spacy.attrs import LEMMA, NORM
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline.codebook.rule_syntax import VETO, expand_terms, parse_term
from pipeline.coding.keywords import KEYWORD, QUESTION, KeywordRule, is_plain_keyword, keyword_rules
from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.spans import (
    Occurrence,
    any_overlap,
    drop_affirmed,
    drop_bare_roots,
    drop_negated,
    earliest_ending,
    end_then_start,
    gap,
    inside_any,
    keyword_term_key,
    span_text,
    spans_of,
    term_text,
    with_borrowed,
    with_context,
)
from pipeline.coding.negation import denies_first_clause
from pipeline.coding.nlp import coding_nlp, pattern_doc
from pipeline.coding.proper_names import NAME_BLIND_KINDS, without_names
from pipeline.coding.related import related_window
from pipeline.coding.specificity import denied_only_term
from pipeline.coding.weak_evidence import WEAK_KINDS, needed_rules, seconded, seconds
from pipeline.records.codebook import PREVIOUS_TURN, Code, Codebook

SINGLE_CONFIDENCE = 0.75      # a rule with one term list (specific phrases)
MULTI_CONFIDENCE = 0.85       # a rule combining several term lists
BOTH_VIEWS_BONUS = 0.1        # original and translation agree independently
MAX_CONFIDENCE = 0.99


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
    kind: str = ""                            # evidence other than a rule (keywords.py kinds)
    borrows: bool = False                     # `context: previous_turn`: `all` lists may be met there
    senses: dict[str, frozenset[str]] | None = field(default=None, compare=False)  # related.py: pair rule


@dataclass(frozen=True)
class Firing:
    """A code found in one view of a segment."""

    code_index: int
    confidence: float
    evidence: str
    kind: str = ""        # the rule's kind of evidence (keywords.py kinds; "" for a codebook rule)
    second: str = ""      # the kind of another, weaker piece of evidence for the code (weak_evidence.py)


@dataclass
class CompiledCodebook:
    """Matchers and rules of one codebook, bound to the process-wide spaCy pipeline."""

    codebook: Codebook
    nlp: Language
    rules: list[CompiledRule]
    norm_matcher: PhraseMatcher
    lemma_matcher: PhraseMatcher
    prefixes: dict[str, str]                  # prefix text -> term key ("daftar" -> "daftar*")
    term_keys: dict[int, str] = field(default_factory=dict)  # matcher match id -> term key
    negatable: frozenset[str] = frozenset()   # term keys that are no evidence when negated
    denied_only: frozenset[str] = frozenset()  # term keys that are evidence only when denied
    affixed_only: frozenset[str] = frozenset()  # term keys whose bare root is no match (specificity.py)
    screen_words: dict[str, tuple[tuple[str, ...], tuple[str, ...] | None]] = field(default_factory=dict)
    _checked_norms: set[int] = field(default_factory=set)
    # forms derived from this one and kept with it (spoken.py's wider windows), never copied by replace()
    derived: dict[str, CompiledCodebook] = field(default_factory=dict, init=False, repr=False, compare=False)
    # A view usually contains the terms of a handful of rules only, so rules are found through
    # the terms present, as bits of one integer per term (OR-ed over the terms of a view):
    # bit `position` when the term can trigger rule `position`, and, above the rule bits, one
    # bit per `all` list of every rule the term belongs to. Only a rule with all its list bits
    # set is given to `_find_window`, which decides.
    _term_bits: dict[str, int] = field(init=False, repr=False)
    _untriggered: int = field(init=False, repr=False)        # rule bits of rules without triggers
    _rule_mask: int = field(init=False, repr=False)          # all rule bits
    _slot_bits: tuple[int, ...] = field(init=False, repr=False)     # per rule: its `all` list bits

    def __post_init__(self) -> None:
        term_bits: dict[str, int] = {}
        untriggered = 0
        slot_bits: list[int] = []
        next_bit = len(self.rules)

        def mark(terms: frozenset[str], bit: int) -> None:
            for term in terms:
                term_bits[term] = term_bits.get(term, 0) | bit

        for position, rule in enumerate(self.rules):
            trigger = _trigger_terms(rule)
            if trigger is None:
                untriggered |= 1 << position
            else:
                mark(trigger, 1 << position)
            mask = 0
            for slot in rule.slots:
                mark(slot, 1 << next_bit)
                mask |= 1 << next_bit
                next_bit += 1
            slot_bits.append(mask)
        self._term_bits = term_bits
        self._untriggered = untriggered
        self._rule_mask = (1 << len(self.rules)) - 1
        self._slot_bits = tuple(slot_bits)

    @property
    def codes(self) -> list[Code]:
        return self.codebook.codes

    def occurrences(self, doc: Doc) -> dict[str, list[Occurrence]]:
        """Where each term of the codebook occurs in `doc`, by term key (spans sorted, unique).

        A span can match one term both on its norm and on its lemma: the set removes the
        duplicate, and sorting it orders every term's spans by position.
        """
        if self.prefixes:
            self._learn_prefix_words(doc)
        matches = set(self.norm_matcher(doc))
        matches.update(self.lemma_matcher(doc))
        term_keys = self.term_keys
        found: dict[str, list[Occurrence]] = {}
        for match_id, start, end in sorted(matches):
            found.setdefault(term_keys[match_id], []).append((start, end))
        negated = None
        if self.negatable and not self.negatable.isdisjoint(found):
            negated = drop_negated(doc, found, self.negatable)
        if self.denied_only and not self.denied_only.isdisjoint(found):
            drop_affirmed(doc, found, self.denied_only, negated)
        if self.affixed_only and not self.affixed_only.isdisjoint(found):
            drop_bare_roots(doc, found, self.affixed_only)
        return found

    def _learn_prefix_words(self, doc: Doc) -> None:
        norms = set(doc.to_array(NORM).tolist())
        norms.difference_update(self._checked_norms)
        if not norms:
            return
        strings, analyzer = self.nlp.vocab.strings, word_analyzer()
        starts = tuple(self.prefixes)
        for norm_id in norms:
            norm = strings[norm_id]
            lemma = analyzer.lemma(norm)
            for prefix in starts:
                if norm.startswith(prefix) or lemma.startswith(prefix):
                    self.norm_matcher.add(self.prefixes[prefix], [pattern_doc(self.nlp, [norm], NORM)])
        self._checked_norms |= norms

    def restricted(self, indices: frozenset[int]) -> CompiledCodebook:
        """The same matchers (shared, with the prefix words learnt so far) with the rules deciding
        the codes at `indices` (`weak_evidence.needed_rules`): their firings are exactly the full
        codebook's (see code_keys.py); the caller keeps only theirs."""
        return dataclasses.replace(self, rules=needed_rules(self.rules, indices))

    def terms_in(self, doc: Doc) -> frozenset[str]:
        """The codebook terms present in a doc (used for the question a turn answers)."""
        return frozenset(self.occurrences(doc))

    def fire(self, doc: Doc, question_terms: frozenset[str] = frozenset()) -> tuple[dict[int, Firing], set[int]]:
        """Codes whose rules fire in one view (keyed by code index), and the codes vetoed there.

        `question_terms` are the terms of the interviewer's question this turn answers: they
        can satisfy the `any:` topic condition of a rule that also has `all:` terms here.
        """
        return self.fire_matches(doc, doc.text, self.occurrences(doc), question_terms)

    def fire_matches(self, doc: Doc, text: str, occ: dict[str, list[Occurrence]],
                     question_terms: frozenset[str] = frozenset(),
                     borrowed: frozenset[str] | None = None) -> tuple[dict[int, Firing], set[int]]:
        """`fire` on occurrences already found (`occurrences(doc)`), so that a view answering
        several different questions is matched once. `text` is `doc.text`, which the caller
        has: evidence is cut from it by token offsets (spaCy rebuilds span texts token by token).

        `borrowed`: the terms of the turn before (`context: previous_turn`); a rule that may
        borrow then finds all but one of its `all` lists there, window-free, like a question.
        """
        fired: dict[int, Firing] = {}
        vetoed: set[int] = set()
        if not occ:
            return fired, vetoed
        present = set(occ)
        bits = self._untriggered
        term_bits = self._term_bits
        for term in present.union(borrowed) if borrowed else present:
            bits |= term_bits.get(term, 0)
        rules, slot_bits = self.rules, self._slot_bits
        candidates = bits & self._rule_mask
        content: tuple[dict[str, list[Occurrence]], set[str]] | None = None   # outside proper names
        while candidates:  # rule positions in order: the rule order decides ties
            lowest = candidates & -candidates
            candidates ^= lowest
            position = lowest.bit_length() - 1
            rule = rules[position]
            code_index = rule.code_index
            if code_index in vetoed or bits & slot_bits[position] != slot_bits[position]:
                continue
            before = fired.get(code_index)   # a lone weak piece may take a second (weak_evidence.py)
            seconding = not rule.veto and before is not None and before.confidence >= rule.confidence
            if seconding and (before is None or before.kind not in WEAK_KINDS or not seconds(before, rule.kind)):
                continue
            lent = borrowed if borrowed and rule.borrows and not rule.veto else None
            seen = (content := content or without_names(doc, occ, present)) if rule.kind in NAME_BLIND_KINDS \
                else (occ, present)
            picks = _find_window(rule, seen[0], question_terms, seen[1], lent)
            if picks is None:
                continue
            if rule.veto:
                vetoed.add(code_index)
                fired.pop(code_index, None)
                continue
            evidence = " … ".join(span_text(doc, text, start, end) for start, end in picks)
            if lent:
                evidence = with_borrowed(evidence, rule.slots, present, lent)
            if rule.kind == QUESTION:
                if not rule.context.isdisjoint(present) or denies_first_clause(doc):
                    continue   # the turn's own words decide; "Nyanda banya." denies what was asked
                evidence = f"{evidence} … {term_text(min(rule.context & question_terms))} ({QUESTION})"
            elif rule.kind not in ("", KEYWORD):
                evidence = f"{evidence} ({rule.kind})"
            fired[code_index] = (seconded(before, rule.kind, evidence) if seconding and before is not None
                                 else Firing(code_index, rule.confidence, evidence, rule.kind))
        return fired, vetoed


def _trigger_terms(rule: CompiledRule) -> frozenset[str] | None:
    """Terms one of which must be in a view for `rule` to fire (None: no such terms).

    Every `all` list must occur, so any one of them will do (the shortest is the most
    selective); a rule without `all` lists needs one of its `any` terms in the view itself.
    """
    if rule.slots:
        return min(rule.slots, key=len)
    if rule.context:
        return rule.context
    return None


def _find_window(rule: CompiledRule, occ: dict[str, list[Occurrence]],
                 question_terms: frozenset[str] = frozenset(),
                 present: set[str] | None = None,
                 borrowed: frozenset[str] | None = None) -> list[Occurrence] | None:
    """The occurrences that make `rule` fire in one view, or None.

    One occurrence per `all` term list, inside `within` tokens, plus the first occurrence of an
    `any` term (anywhere in the view, or, for a rule with `all` terms, in the question the turn
    answers). A `none` term vetoes the rule anywhere in the view, or,
    with `none_within`, only when it is that close to the occurrence of the first `all` list
    (the term the exclusion is about: "tidak" before "membantu"). For each possible left edge
    each list contributes its earliest-ending occurrence at or after it; that enumerates the
    minimal windows, which is enough for `within`.
    """
    if present is None:
        present = set(occ)
    if rule.senses is not None:  # two words of different senses: no borrowing
        return None if borrowed is not None else related_window(rule.slots, rule.senses, occ, present, rule.within)
    # term lists can hold a hundred terms and a view a handful: intersect before looking up
    context_spans = spans_of(rule.context & present, occ) if rule.context else []
    if rule.context and not context_spans:
        if not rule.slots or question_terms.isdisjoint(rule.context):
            return None
    context = context_spans[:1]
    slot_occ: list[list[Occurrence]] = []
    for slot in rule.slots:
        spans = spans_of(slot & present, occ)
        if not spans:
            if borrowed is None or slot.isdisjoint(borrowed):
                return None
            continue   # met in the turn before
        slot_occ.append(spans)
    if borrowed is not None and (not slot_occ or len(slot_occ) == len(rule.slots)):
        return None    # nothing of the turn's own, or nothing borrowed: not this pass's business
    blockers: list[Occurrence] = []
    none_terms = rule.none & present if rule.none else None
    if none_terms:
        matched = [span for spans in slot_occ for span in spans] + context
        blockers = sorted(span for term in none_terms for span in occ[term] if not inside_any(span, matched))
        if blockers and rule.none_within is None:
            return None
    if not slot_occ:
        for span in context_spans:
            if not any(gap(b, span) <= rule.none_within for b in blockers):
                return [span]
        return None
    if all(len(spans) == 1 for spans in slot_occ):
        # One occurrence per list (the usual case): the only left edge that can work is the
        # earliest start, where every list's occurrence is the candidate.
        picks = [spans[0] for spans in slot_occ]
        if any_overlap(picks) or not _fits(rule, picks, blockers):
            return None
        return with_context(picks, context)
    by_end = [sorted(spans, key=end_then_start) if len(spans) > 1 else spans for spans in slot_occ]
    for left in sorted({start for spans in slot_occ for start, _ in spans}):
        picks = []
        for spans in by_end:
            pick = earliest_ending(spans, left, picks)
            if pick is None:
                break
            picks.append(pick)
        else:
            if _fits(rule, picks, blockers):
                return with_context(picks, context)
    return None


def _fits(rule: CompiledRule, picks: list[Occurrence], blockers: list[Occurrence]) -> bool:
    """The picked occurrences lie within `rule.within` tokens, with no blocker near the first."""
    if rule.within is not None and max(end for _, end in picks) - min(picks)[0] > rule.within:
        return False
    return not blockers or not any(gap(b, picks[0]) <= rule.none_within for b in blockers)


def compile_codebook(codebook: Codebook) -> CompiledCodebook:
    """Build the matchers for a codebook; use `compiled_codebook` to reuse them."""
    nlp = coding_nlp()
    norm_matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    lemma_matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
    prefixes: dict[str, str] = {}
    registered: set[str] = set()
    term_keys: dict[int, str] = {}
    screen_words: dict[str, tuple[tuple[str, ...], tuple[str, ...] | None]] = {}

    def register(term_key: str) -> None:
        if term_key in registered:
            return
        registered.add(term_key)
        term_keys[nlp.vocab.strings.add(term_key)] = term_key  # the matchers' match id
        term = parse_term(term_key)
        if term.prefix:
            prefixes[term.text] = term_key
        else:
            add_patterns(term_key, term.text, False)

    def add_patterns(key: str, text: str, by_lemma: bool) -> None:
        """The term's NORM pattern, and its LEMMA pattern when by lemma or written as a root."""
        doc = nlp(text)
        norms, lemmas = [t.norm_ for t in doc], [t.lemma_ for t in doc]
        norm_matcher.add(key, [pattern_doc(nlp, norms, NORM)])
        if by_lemma := by_lemma or lemmas == norms:
            lemma_matcher.add(key, [pattern_doc(nlp, lemmas, LEMMA)])
        if norms:  # the tokens a text needs for the term to occur there (token_store.Screen)
            screen_words[key] = (tuple(norms), tuple(lemmas) if by_lemma else None)

    def terms(items: list[str] | tuple[str, ...]) -> frozenset[str]:
        expanded = expand_terms(items, codebook.concepts)
        for term_key in expanded:
            register(term_key)
        return frozenset(expanded)

    negatable, denied_only, affixed_only = set[str](), set[str](), set[str]()

    def keyword_terms(items: tuple[str, ...], rule: KeywordRule) -> frozenset[str]:
        """A keyword's terms under keys of their own: a negated keyword is no evidence (or, for
        a code naming an absence, only a denied one is, unless the term says "missing" itself),
        a keyword `by_lemma` also matches its affixed forms (mengingatkan for `ingatkan`), and
        one of `rule.affixed` not its bare root (specificity.py)."""
        if not rule.by_lemma and not rule.negatable and not rule.denied_only:
            return terms(items)
        keys = []
        for item in items:
            if not is_plain_keyword(item):
                keys.extend(terms([item]))
                continue
            denied, affixed = denied_only_term(item, rule.denied_only), item in rule.affixed
            key = keyword_term_key(item, rule.by_lemma + affixed, 2 if denied else int(rule.negatable))
            keys.append(key)
            for wanted, kept in ((rule.negatable, negatable), (denied, denied_only), (affixed, affixed_only)):
                if wanted:
                    kept.add(key)
            if key in registered:
                continue
            registered.add(key)
            term_keys[nlp.vocab.strings.add(key)] = key
            add_patterns(key, item, rule.by_lemma)
        return frozenset(keys)

    rules: list[CompiledRule] = []
    for index, code in enumerate(codebook.codes):
        for derived in keyword_rules(code, codebook):
            rules.append(CompiledRule(
                index, tuple(keyword_terms(slot, derived) for slot in derived.slots),
                context=keyword_terms(derived.context, derived),
                within=derived.within,
                confidence=derived.confidence, kind=derived.kind, borrows=code.context == PREVIOUS_TURN,
                senses=dict(derived.senses) if derived.distinct else None))
        for rule in code.rules:
            slots = tuple(terms(slot) for slot in rule.get("all", ()))
            context = terms(rule.get("any", ()))
            conditions = len(slots) + (1 if context else 0)
            default = MULTI_CONFIDENCE if conditions > 1 else SINGLE_CONFIDENCE
            rules.append(CompiledRule(
                code_index=index, slots=slots, context=context, none=terms(rule.get("none", ())),
                none_within=rule.get("none_within"), within=rule.get("within"),
                confidence=float(rule.get("confidence", default)), veto=bool(rule.get(VETO)),
                borrows=code.context == PREVIOUS_TURN))
    # vetoes first, then the most confident rules, so a code stops at its best firing
    rules.sort(key=lambda r: (not r.veto, -r.confidence))
    return CompiledCodebook(codebook, nlp, rules, norm_matcher, lemma_matcher, prefixes, term_keys,
                            frozenset(negatable), frozenset(denied_only), frozenset(affixed_only), screen_words)


_COMPILED: dict[str, CompiledCodebook] = {}


def compiled_codebook(codebook: Codebook) -> CompiledCodebook:
    """The compiled form of a codebook, built once per process per codebook content.

    The key is the codebook's repr: it spells out every field (codes, their rules, the concept
    lists), so equal content shares one compiled form, and it costs well under a millisecond,
    where serializing the codebook to YAML on every call cost tens of milliseconds.
    """
    key = repr(codebook)
    compiled = _COMPILED.get(key)
    if compiled is None:
        compiled = _COMPILED[key] = compile_codebook(codebook)
    return compiled
