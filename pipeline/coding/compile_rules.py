"""Compile a codebook's rules into spaCy PhraseMatchers and rules, once per codebook.

A term matches a token sequence when their norms are equal (PhraseMatcher on NORM); a term
written in its root form (`daftar`, `urus`, `rumah sakit`) also matches every word with that
lemma (PhraseMatcher on LEMMA: pendaftaran, didaftarkan, mengurus). A `prefix*` term is kept
aside (`CompiledCodebook.prefixes`) and matched as words come. A minimal codebook's keywords,
labels and definitions become rules too (keywords.py). See codebooks/README.md.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, NORM
from spacy.matcher import PhraseMatcher

from pipeline.codebook.rule_syntax import VETO, expand_terms, parse_term
from pipeline.coding.amounts import MONEY_KEY, MONEY_PATTERNS, cost_terms, fareless_terms
from pipeline.coding.codebook_words import content_words, is_plain_keyword
from pipeline.coding.keyword_rule import LABEL, KeywordRule
from pipeline.coding.keywords import keyword_rules
from pipeline.coding.compounds import KEY_PREFIX as COMPOUND_KEY, fixed_compounds
from pipeline.coding.example_copies import example_index, example_words
from pipeline.coding.longer_keywords import longer_keywords
from pipeline.coding.nlp import coding_nlp, pattern_doc
from pipeline.coding.only_when import only_when_rules
from pipeline.coding.felt_states import felt_rules
from pipeline.coding.others_knowing import others_knowing_rules
from pipeline.coding.spared_trips import spared_trip_rules
from pipeline.coding.stock_outs import stock_out_rules
from pipeline.coding.told_trips import told_trip_rules
from pipeline.coding.unheeded import unheeded_rules
from pipeline.coding.visits_told import visit_told_rules
from pipeline.coding.rule_windows import SINGLE_CONFIDENCE, CompiledRule
from pipeline.coding.rules import CompiledCodebook
from pipeline.coding.spans import keyword_term_key
from pipeline.coding.specificity import denied_only_term
from pipeline.records.codebook import PREVIOUS_TURN, Codebook

MULTI_CONFIDENCE = 0.85       # a rule combining several term lists


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

    for compound in fixed_compounds():   # found beside the terms, to silence the words inside
        key = f"{COMPOUND_KEY}{compound}"
        term_keys[nlp.vocab.strings.add(key)] = key
        doc = nlp(compound)
        norm_matcher.add(key, [pattern_doc(nlp, [t.norm_ for t in doc], NORM)])
        lemma_matcher.add(key, [pattern_doc(nlp, [t.lemma_ for t in doc], LEMMA)])

    negatable, denied_only, affixed_only = set[str](), set[str](), set[str]()

    def keyword_terms(items: tuple[str, ...], rule: KeywordRule) -> frozenset[str]:
        """A keyword's terms under keys of their own: a negated keyword is no evidence (or, for
        a code naming an absence, only a denied one is, unless the term says "missing" itself),
        a keyword `by_lemma` also matches its affixed forms (mengingatkan for `ingatkan`), and
        one of `rule.affixed` not its bare root (specificity.py)."""
        if not rule.by_lemma and not rule.negatable and not rule.denied_only and not rule.negated:
            return terms(items)
        keys = []
        for item in items:
            if not is_plain_keyword(item):
                keys.extend(terms([item]))
                continue
            denied, affixed = denied_only_term(item, rule.denied_only) or item in rule.negated, item in rule.affixed
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
        reaction = only_when_rules(code, codebook)
        for derived in (*_without_lone_act(keyword_rules(code, codebook), reaction), *reaction, *unheeded_rules(code),
                        *others_knowing_rules(code), *felt_rules(code, codebook), *visit_told_rules(code), *told_trip_rules(code, codebook),
                        *spared_trip_rules(code, codebook), *stock_out_rules(code)):
            rules.append(CompiledRule(
                index, tuple(keyword_terms(slot, derived) for slot in derived.slots),
                context=keyword_terms(derived.context, derived),
                within=derived.within, ordered=derived.ordered,
                confidence=derived.confidence, kind=derived.kind, borrows=code.context == PREVIOUS_TURN,
                register=derived.register, senses=dict(derived.senses) if derived.distinct else None,
                apart_from_roles=keyword_terms(tuple(derived.apart_from_roles), derived),
                for_the_role=keyword_terms(tuple(derived.for_the_role), derived),
                none=terms(derived.unless_beside), none_within=derived.unless_reach if derived.unless_beside else None,
                about=derived.about))
        for rule in code.rules:
            slots = tuple(terms(slot) for slot in rule.get("all", ()))
            context = terms(rule.get("any", ()))
            conditions = len(slots) + (1 if context else 0)
            default = MULTI_CONFIDENCE if conditions > 1 else SINGLE_CONFIDENCE
            rules.append(CompiledRule(
                code_index=index, slots=slots, context=context, none=terms(rule.get("none", ())), topic=terms(rule.get("topic", ())),
                none_within=rule.get("none_within"), within=rule.get("within"),
                confidence=float(rule.get("confidence", default)), veto=bool(rule.get(VETO)),
                borrows=code.context == PREVIOUS_TURN))
    if cost_terms(registered):   # a sum of money stands for the word "biaya" (amounts.py)
        term_keys[nlp.vocab.strings.add(MONEY_KEY)] = MONEY_KEY
        norm_matcher.add(MONEY_KEY, [pattern_doc(nlp, list(words), NORM) for words, _ in MONEY_PATTERNS])
    # a minimal code's label, all its words together, is a longer phrase another code's keyword
    # may stand inside ("rumah tunggu kelahiran" holds *lahir di rumah*'s words: longer_keywords.py)
    phrase = KeywordRule((), (), None, 0.0, "", negatable=False)
    labels = [(index, tuple(keyword_terms((word,), phrase) for word in words))
              for index, code in enumerate(codebook.codes) if not code.rules
              and len(words := list(dict.fromkeys(content_words(code.label)))) > 1]
    examples = example_words(codebook)
    # vetoes first, then the most confident rules, so a code stops at its best firing
    rules.sort(key=lambda r: (not r.veto, -r.confidence))
    return CompiledCodebook(codebook, nlp, rules, norm_matcher, lemma_matcher, prefixes, term_keys,
                            frozenset(negatable), frozenset(denied_only), frozenset(affixed_only), screen_words,
                            longer=longer_keywords(rules, labels), examples=examples, example_lookup=example_index(examples),
                            fareless=fareless_terms(cost_terms(registered), codebook.codes, rules))


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


def _without_lone_act(derived: list[KeywordRule], reaction: list[KeywordRule]) -> list[KeywordRule]:
    """A code told as a reaction ("Berobat kalau sudah parah": done only when ...) is not said by its
    act alone: the label's lone words ("berobat") are no evidence of it; its only-when rule is."""
    if not reaction:
        return list(derived)
    return [rule for rule in derived if not (rule.kind == LABEL and not rule.slots)]
