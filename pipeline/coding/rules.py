"""Fire a compiled codebook's rules on one view of a segment (the original text, or the free
translation when there is one), over the token positions where its terms occur.

A `prefix*` term matches any word whose norm or lemma starts with the prefix; since prefixes
cannot be compiled ahead of the vocabulary, each new word type is checked once and, if it fits,
added to the NORM matcher. Compiling is compile_rules.py's; finding a rule's window, rule_windows.py's.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from spacy.attrs import NORM
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline.coding.amounts import MONEY_KEY, add_money_sums, cost_terms, money_sums
from pipeline.coding.answers import NO_QUESTION, Question, closing_yes, opening_count, opening_echo, opens_with
from pipeline.coding.attribution import drop_attributions
from pipeline.coding.clock_times import drop_clock_times
from pipeline.coding.compounds import KEY_PREFIX as COMPOUND_KEY, drop_inside_compounds
from pipeline.coding.evidence import joined, tagged
from pipeline.coding.emphatic_self import SELF, emphatic_selves
from pipeline.coding.felt_states import about_else
from pipeline.coding.keyword_rule import ANSWER, KEYWORD, LABEL, QUESTION
from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.negation import denies_first_clause
from pipeline.coding.nlp import pattern_doc
from pipeline.coding.proper_names import NAME_BLIND_KINDS, clipped_name, unattested_name, without_names
from pipeline.coding.remaining import add_remaining_counts, death_terms
from pipeline.coding.speaker import SPEAKER_TAG, as_speaker, first_person, only_the_speaker
from pipeline.coding.specificity import names_place, names_role, shares_a_role_root
from pipeline.coding.stative_subjects import drop_other_subjects, subject_lemmas
from pipeline.coding.sentence_span import LOOSE_KINDS, crosses_sentence, in_one_sentence
from pipeline.coding.longer_keywords import YIELDING_KINDS, yields
from pipeline.coding.document_topic import on_topic
from pipeline.coding.rule_windows import CompiledRule, find_window
from pipeline.coding.spans import (
    ROLE_TAG,
    Occurrence,
    drop_affirmed,
    drop_bare_roots,
    drop_negated,
    drop_one_word,
    drop_role_nouns,
    span_text,
    spans_of,
    term_text,
    with_borrowed,
)
from pipeline.coding.value_pairs import opposites
from pipeline.coding.weak_evidence import WEAK_KINDS, needed_rules, seconded, seconds
from pipeline.records.codebook import Code, Codebook

BOTH_VIEWS_BONUS = 0.1        # original and translation agree independently
MAX_CONFIDENCE = 0.99


@dataclass(frozen=True)
class Firing:
    """A code found in one view of a segment."""

    code_index: int
    confidence: float
    evidence: str
    kind: str = ""        # the rule's kind of evidence (keywords.py kinds; "" for a codebook rule)
    second: str = ""      # the kind of another, weaker piece of evidence for the code (weak_evidence.py)


Found = dict[int, tuple[Firing, str, float]]   # one segment's codes: index -> (best firing, its view, confidence)


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
    written: bool = False                     # matching document paragraphs (spoken.written): attribution.py
    longer: dict[int, tuple[tuple[frozenset[str], ...], ...]] = field(default_factory=dict)  # longer_keywords.py
    examples: dict = field(default_factory=dict)   # example_copies.example_words
    example_lookup: dict = field(default_factory=dict)   # example_copies.example_index of them
    fareless: frozenset[str] = frozenset()   # cost keys a fare does not stand for (amounts.fareless_terms)
    _checked_norms: set[int] = field(default_factory=set)
    # forms derived from this one and kept with it (spoken.py's wider windows), never copied by replace()
    derived: dict[str, CompiledCodebook] = field(default_factory=dict, init=False, repr=False, compare=False)
    # A view usually contains the terms of a handful of rules only, so rules are found through
    # the terms present, as bits of one integer per term (OR-ed over the terms of a view):
    # bit `position` when the term can trigger rule `position`, and, above the rule bits, one
    # bit per `all` list of every rule the term belongs to. Only a rule with all its list bits
    # set is given to `find_window`, which decides.
    _term_bits: dict[str, int] = field(init=False, repr=False)
    _untriggered: int = field(init=False, repr=False)        # rule bits of rules without triggers
    _rule_mask: int = field(init=False, repr=False)          # all rule bits
    _slot_bits: tuple[int, ...] = field(init=False, repr=False)     # per rule: its `all` list bits
    _not_answers: int = field(init=False, repr=False)        # rule bits but those of yes answers (answers.py)
    compounds: frozenset[str] = field(init=False, repr=False)       # the matchers' keys of compounds.py
    not_roles: frozenset[str] = field(init=False, repr=False)       # keys of verbs a role noun shares a root with
    cost_terms: frozenset[str] = field(init=False, repr=False)      # keys a sum of money stands for (amounts.py)
    death_terms: frozenset[str] = field(init=False, repr=False)     # keys a count left stands for (remaining.py)
    self_terms: frozenset[str] = field(init=False, repr=False)      # keys of *sendiri* (emphatic_self.py)
    # what a ter- form may happen to in a document (stative_subjects.py), found when first needed
    _subjects: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.compounds = frozenset(key for key in self.term_keys.values() if key.startswith(COMPOUND_KEY))
        self.not_roles = frozenset(key for key in self.term_keys.values() if shares_a_role_root(term_text(key)))
        self.cost_terms = cost_terms(self.term_keys.values())
        self.death_terms = death_terms(self.term_keys.values())
        self.self_terms = frozenset(key for key in self.term_keys.values() if term_text(key).casefold() in SELF)
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
        answers = [p for p, rule in enumerate(self.rules) if rule.kind == ANSWER]
        self._not_answers = self._rule_mask & ~sum(1 << p for p in answers)
        self._answer_bits = sum((1 << p) | slot_bits[p] for p in answers)   # an echo stands for the yes word

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
        matches = {match for match in self.norm_matcher(doc) if not clipped_name(doc, match[1], match[2])}
        matches.update(match for match in self.lemma_matcher(doc)
                       if match in matches or not unattested_name(doc, match[1], match[2]))
        term_keys = self.term_keys
        found: dict[str, list[Occurrence]] = {}
        for match_id, start, end in sorted(matches):
            found.setdefault(term_keys[match_id], []).append((start, end))
        if MONEY_KEY in found:
            add_money_sums(doc, found, self.cost_terms, self.fareless)
        if self.death_terms:
            add_remaining_counts(doc, found, self.death_terms)
        if self.compounds and not self.compounds.isdisjoint(found):
            drop_inside_compounds(doc, found)
        if found:
            drop_clock_times(doc, found)   # "pukul 22.00" tells a time
        if self.self_terms and not self.self_terms.isdisjoint(found):
            drop_one_word(found, emphatic_selves(doc))   # "dia sendiri yang bilang": she herself, not alone
        if self.written:
            drop_attributions(doc, found)
            if self._subjects is None:
                self._subjects = subject_lemmas(self.codebook)
            drop_other_subjects(doc, found, self._subjects)
        negated = None
        if self.negatable and not self.negatable.isdisjoint(found):
            negated = drop_negated(doc, found, self.negatable)
        if self.denied_only and not self.denied_only.isdisjoint(found):
            drop_affirmed(doc, found, self.denied_only, negated)
        if self.affixed_only and not self.affixed_only.isdisjoint(found):
            drop_bare_roots(doc, found, self.affixed_only)
        if self.not_roles and not self.not_roles.isdisjoint(found):
            drop_role_nouns(doc, found, self.not_roles)
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
        indices |= opposites(indices, self.codes, self.codebook)   # one side of a pair is decided with the other
        rules = needed_rules(self.rules, indices)
        deciding = {rule.code_index for rule in rules} | indices
        return dataclasses.replace(self, rules=rules,   # and the examples of those codes alone
                                   examples={i: e for i, e in self.examples.items() if i in deciding})

    def terms_in(self, doc: Doc) -> frozenset[str]:
        """The codebook terms present in a doc (used for the question a turn answers)."""
        return frozenset(self.occurrences(doc))

    def fire(self, doc: Doc, question: Question = NO_QUESTION) -> tuple[dict[int, Firing], set[int]]:
        """Codes whose rules fire in one view (keyed by code index), and the codes vetoed there.

        `question` is the interviewer's question this turn answers: its terms can satisfy the
        `any:` topic condition of a rule that also has `all:` terms here (answers.py).
        """
        return self.fire_matches(doc, doc.text, self.occurrences(doc), question)

    def fire_matches(self, doc: Doc, text: str, occ: dict[str, list[Occurrence]],
                     question: Question = NO_QUESTION,
                     borrowed: frozenset[str] | None = None) -> tuple[dict[int, Firing], set[int]]:
        """`fire` on occurrences already found (`occurrences(doc)`), so that a view answering
        several different questions is matched once. `text` is `doc.text`, which the caller
        has: evidence is cut from it by token offsets (spaCy rebuilds span texts token by token).

        `borrowed`: the terms of the turn before (`context: previous_turn`); a rule that may
        borrow then finds all but one of its `all` lists there, window-free, like a question.
        """
        fired: dict[int, Firing] = {}
        vetoed: set[int] = set()
        keyword_picks: dict[int, list[Occurrence]] = {}   # a keyword's evidence that may yield (longer_keywords.py)
        echo = (opening_echo(doc, question.echoes) or opening_count(doc) or closing_yes(doc)) if question.names else None
        if not occ and echo is None:
            return fired, vetoed
        present = set(occ)
        bits = self._untriggered
        term_bits = self._term_bits
        for term in present.union(borrowed) if borrowed else present:
            bits |= term_bits.get(term, 0)
        rules, slot_bits = self.rules, self._slot_bits
        # a yes opening a turn answers only a yes/no question (most turns answer none)
        if echo is not None:
            bits |= self._answer_bits
        speaking = first_person(doc) if question.speaker else ()   # "saya" said by a "Bidan desa"
        for term in question.speaker if speaking else ():
            bits |= term_bits.get(term, 0)
        candidates = bits & (self._rule_mask if question.names else self._not_answers)
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
            picks = [echo] if echo is not None and rule.kind == ANSWER else \
                find_window(rule, seen[0], on_topic(rule, question), seen[1], lent)
            said_as = picks is None and bool(speaking) and len(rule.slots) > 1 and rule.senses is None and bool(rule.kind)
            if said_as:
                picks = find_window(rule, as_speaker(seen[0], question.speaker, speaking), question.terms,
                                    seen[1] | question.speaker, lent)
                picks = None if picks is None or only_the_speaker(picks, speaking) else picks
            if picks is not None and self.written and rule.kind in LOOSE_KINDS and crosses_sentence(doc, picks):
                picks = in_one_sentence(doc, seen[0], lambda inside, terms: find_window(
                    rule, inside, on_topic(rule, question), terms, lent))
            if picks is None:
                continue
            if rule.about and about_else(doc, spans_of(rule.context & seen[1], seen[0]), rule.about):
                continue   # "Kita takut anjing!": a fear of something else than the code's matter
            if rule.kind == LABEL and not rule.slots and set(picks) <= set(money_sums(doc)):
                continue   # "Dorang minta lima juta.": a sum alone says no cost the label's one word names
            if rule.veto:
                vetoed.add(code_index)
                fired.pop(code_index, None)
                continue
            evidence = joined(span_text(doc, text, start, end) for start, end in picks)
            if lent:
                evidence = with_borrowed(evidence, rule.slots, present, lent)
            if rule.kind == ANSWER:
                named = question.named(code_index)
                if named is None or denies_first_clause(doc) or not opens_with(doc, picks[0][0]):
                    continue   # "Ada, cukup banyak." says yes to what a yes/no question asked, and first
                evidence = joined([evidence, tagged(named, QUESTION)])
            elif rule.kind == QUESTION:
                if not rule.context.isdisjoint(present) or denies_first_clause(doc):
                    continue   # the turn's own words decide; "Nyanda banya." denies what was asked
                asked = rule.context & question.asked
                if not asked or (rule.apart_from_roles and present.isdisjoint(rule.slots[0] - rule.apart_from_roles)
                                 and all(names_role(term_text(term)) for term in asked)):
                    continue   # "Apa saja tugas kader?" "Posyandu tiap tanggal sepuluh": which cadre, not her visit
                if question.where and all(names_place(span_text(doc, text, start, end)) for start, end in picks):
                    continue   # "Kalau ambil obat, ke mana?" "Ke Puskesmas, dekat.": where, not the code's matter
                own = asked - question.lent   # words of the question itself, else of the informant's role
                if not own and not question.quoted and present.isdisjoint(rule.for_the_role):
                    continue   # "Istri nelayan" answering "Suami terdampar": no keyword's relative (keywords._question_rules)
                evidence = joined([evidence, tagged(term_text(min(own or asked)), QUESTION if own else ROLE_TAG)])
            elif rule.kind not in ("", KEYWORD):
                evidence = tagged(evidence, rule.kind)
            if said_as:
                evidence = tagged(evidence, SPEAKER_TAG)
            fired[code_index] = (seconded(before, rule.kind, evidence) if seconding and before is not None
                                 else Firing(code_index, rule.confidence, evidence, rule.kind))
            if code_index in self.longer and rule.kind in YIELDING_KINDS and not lent:
                keyword_picks[code_index] = picks
        for code_index, picks in keyword_picks.items():
            if yields(picks, self.longer[code_index], occ, present):
                del fired[code_index]
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
