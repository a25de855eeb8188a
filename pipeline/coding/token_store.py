"""The coder's spaCy tokens of every text it reads, kept per document beside the document's gloss.

A text is tokenized once. The first coding of a document records the tokens of each text it
reads (turns, translations, the questions they answer: `DocumentTokens`, in the document's
gloss cache entry); a recode after a codebook edit rebuilds its Docs from them, without the
tokenizer: `Doc(vocab, words=ORTH ids, spaces)`, with NORM and LEMMA from the lemmatizer's
per-type table. Measured on the bench's batch (41k distinct texts, 1.5M tokens, one process):
tokenizing and lemmatizing 3.3 s, rebuilding 2.6 s, a spaCy DocBin 2.9 s to read and 6.1 s to
write. Rebuilding is not much cheaper than tokenizing, so a recode of some codes first screens
the stored tokens (`Screen`, numpy over all tokens at once): a text holding no first token of
the recoded codes' terms can match none of them, and gets no Doc at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import reduce
from operator import or_

import numpy as np
from spacy.attrs import LEMMA, NORM, ORTH, SPACY
from spacy.language import Language
from spacy.strings import StringStore, hash_string
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.codebook.rule_syntax import parse_term
from pipeline.coding.amounts import MONEY_PATTERNS
from pipeline.coding.headline_verbs import HEADLINE_TOKENS, active_forms
from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.nlp import COMPONENT
from pipeline.coding.remaining import REMAINING_PATTERNS
from pipeline.coding.rules import CompiledCodebook

BATCH_SIZE = 512


@dataclass
class DocumentTokens:
    """The tokens of the texts the coder read in one document, as few arrays (cheap to pickle)."""

    texts: list[str]
    strings: list[str]      # the distinct token texts
    words: np.ndarray       # per token, its index in `strings`
    spaces: np.ndarray      # per token, whether a space follows it
    lengths: np.ndarray     # per text, its number of tokens


@dataclass(frozen=True)
class Need:
    """A term list a rule needs in a text: one of its terms, which needs every token of its NORM
    pattern among the text's norms or of its LEMMA pattern among its lemmas (order aside), or,
    a `prefix*`, a norm the prefix matches. Terms are filed under their first token."""

    by_norm: dict[int, list[frozenset[int]]]
    by_lemma: dict[int, list[frozenset[int]]]
    prefix: bool

    def met(self, norms: set[int], lemmas: set[int], prefixed: bool) -> bool:
        return (self.prefix and prefixed) or _any_within(self.by_norm, norms) or _any_within(self.by_lemma, lemmas)


def _any_within(filed: dict[int, list[frozenset[int]]], present: set[int]) -> bool:
    return any(needed <= present for token in present.intersection(filed) for needed in filed[token])


@dataclass(frozen=True)
class Screen:
    """What a text must hold for some rule of a (restricted) codebook to use it: every `Need` of
    one of `rules`. First, for all texts at once, a gate: each need is a bit (past GATE_BITS needs,
    several share one, so the gate only lets more texts through), set by the rarest
    token of each of its terms (`_rarest`; `norms`/`lemmas` -> bits, sorted by id),
    and a rule passes when all its bits (`masks`) are set; then the texts passing are checked
    need by need."""

    rules: tuple[tuple[Need, ...], ...]
    masks: np.ndarray
    norms: np.ndarray
    norm_bits: np.ndarray
    lemmas: np.ndarray
    lemma_bits: np.ndarray
    prefixes: tuple[str, ...]
    prefix_bits: int


# bits of the gate's unsigned 64-bit words a term list may take
GATE_BITS = 63


def screen_of(compiled: CompiledCodebook, questions: bool = False) -> Screen:
    """The screen of the texts a turn is matched on; with `questions`, of the questions it
    answers (they lend `any` terms to rules with `all` lists, and a yes/no question is matched
    as a text: fire_matches, answers.Question). Past GATE_BITS term lists, lists share bits: the
    gate then lets more texts through to the need-by-need check, never fewer."""
    rules: list[tuple[frozenset[str], ...]] = []
    if questions:
        rules.append((frozenset(term for rule in compiled.rules if rule.slots for term in rule.context),))
    for rule in compiled.rules:
        if rule.slots and not (rule.borrows and not rule.veto):
            rules.append(rule.slots)    # every `all` list in the text itself
        else:   # one own `all` list (the others may be borrowed), or an `any` term
            rules.append((frozenset(term for terms in (*rule.slots, rule.context) for term in terms),))
    lists = list(dict.fromkeys(terms for rule in rules for terms in rule))
    bit = {terms: 1 << (number % GATE_BITS) for number, terms in enumerate(lists)}
    stop_words = compiled.nlp.Defaults.stop_words
    strings = compiled.screen_words
    norm_bits: dict[int, int] = {}
    lemma_bits: dict[int, int] = {}
    prefixes: set[str] = set()
    prefix_bits = 0
    for terms in lists:
        for term in terms:
            if term not in strings:   # a prefix (or a term of no tokens, which matches nothing)
                prefix_bits |= bit[terms]
                if compiled.prefixes.get(parse_term(term).text) == term:
                    prefixes.add(parse_term(term).text)
                continue
            for words in _patterns(compiled, term):
                norm = hash_string(_rarest(words[0], stop_words))
                norm_bits[norm] = norm_bits.get(norm, 0) | bit[terms]
                if words[1] is not None:
                    lemma = hash_string(_rarest(words[1], stop_words))
                    lemma_bits[lemma] = lemma_bits.get(lemma, 0) | bit[terms]
    needs = {terms: _need([words for term in terms if term in strings for words in _patterns(compiled, term)],
                          any(term not in strings for term in terms)) for terms in lists}
    rules = list(dict.fromkeys(rules))
    masks = np.array([reduce(or_, (bit[terms] for terms in rule)) for rule in rules], dtype=np.uint64)
    return Screen(tuple(tuple(needs[terms] for terms in rule) for rule in rules), masks,
                  *_sorted_bits(norm_bits), *_sorted_bits(lemma_bits), tuple(sorted(prefixes)), prefix_bits)


def _patterns(compiled: CompiledCodebook, term: str) -> list[tuple[tuple[str, ...], tuple[str, ...] | None]]:
    """The token patterns whose presence lets `term` occur in a text: its own, for a cost term
    a unit of money, since a sum stands for it (amounts.py), and for a death term the word a count
    left opens with (remaining.py)."""
    own = compiled.screen_words[term]
    return [own, *(MONEY_PATTERNS if term in compiled.cost_terms else ()),
            *(REMAINING_PATTERNS if term in compiled.death_terms else ())]


def _rarest(words: tuple[str, ...], stop_words: set[str]) -> str:
    """The word of a term most texts lack: not a stop word, and long (as a rule the rarer)."""
    return max(words, key=lambda word: (word not in stop_words, len(word)))


def _sorted_bits(bits: dict[int, int]) -> tuple[np.ndarray, np.ndarray]:
    ids = sorted(bits)
    return np.array(ids, dtype=np.uint64), np.array([bits[i] for i in ids], dtype=np.uint64)


def _need(patterns: list[tuple[tuple[str, ...], tuple[str, ...] | None]], prefix: bool) -> Need:
    by_norm: dict[int, list[frozenset[int]]] = {}
    by_lemma: dict[int, list[frozenset[int]]] = {}
    for norms, lemmas in patterns:
        by_norm.setdefault(hash_string(norms[0]), []).append(frozenset(map(hash_string, norms)))
        if lemmas is not None:
            by_lemma.setdefault(hash_string(lemmas[0]), []).append(frozenset(map(hash_string, lemmas)))
    return Need(by_norm, by_lemma, prefix)


def _bits_of(ids: np.ndarray, keys: np.ndarray, bits: np.ndarray) -> np.ndarray:
    """Per id, the bits filed under it (0 when none)."""
    if not len(keys):
        return np.zeros(len(ids), dtype=np.uint64)
    at = np.minimum(np.searchsorted(keys, ids), len(keys) - 1)
    return np.where(keys[at] == ids, bits[at], np.uint64(0))


class _Stored:
    """One document's stored tokens, made ready for Docs: ORTH ids and (NORM, LEMMA) ids."""

    def __init__(self, nlp: Language, tokens: DocumentTokens) -> None:
        self._strings = strings = nlp.vocab.strings
        orth_of = np.array([strings.add(text) for text in tokens.strings], dtype=np.uint64)
        self.orths = orth_of[tokens.words]
        self.pairs = nlp.get_pipe(COMPONENT).pairs(self.orths)
        self.spaces = tokens.spaces.tolist()
        self.lengths = np.asarray(tokens.lengths, dtype=np.int64)
        ends = np.cumsum(self.lengths)
        self.starts = ends - self.lengths
        self.bounds = list(zip(self.starts.tolist(), ends.tolist()))
        for start, end in self.bounds:   # a headline's bare verbs, as the lemmatizer reads them
            if end - start <= HEADLINE_TOKENS:
                words = [tokens.strings[word] for word in tokens.words[start:end].tolist()]
                for position, form in active_forms(words).items():
                    self.pairs[start + position, 0] = strings.add(form)
        self._gates: dict[int, tuple[Screen, list[list[int]], np.ndarray]] = {}

    def doc(self, vocab: Vocab, start: int, end: int) -> Doc:
        doc = Doc(vocab, words=self.orths[start:end], spaces=self.spaces[start:end])
        if end > start:
            doc.from_array([NORM, LEMMA], self.pairs[start:end])
        return doc

    def passes(self, screen: Screen, number: int) -> bool:
        """May text `number` hold what some rule of the screen needs? The gate is computed for
        all texts at once; the texts it lets through are checked need by need when asked."""
        known = self._gates.get(id(screen))
        if known is None or known[0] is not screen:
            known = self._gates[id(screen)] = screen, *self._gate(screen)
        _, gates, prefixed = known
        rules = gates[number]
        if not rules:
            return False
        start, end = self.bounds[number]
        norms, lemmas = set(self.pairs[start:end, 0].tolist()), set(self.pairs[start:end, 1].tolist())
        prefix = bool(screen.prefixes) and bool(prefixed[start:end].any())
        return any(all(need.met(norms, lemmas, prefix) for need in screen.rules[rule]) for rule in rules)

    def _gate(self, screen: Screen) -> tuple[list[list[int]], np.ndarray]:
        """Per text, the rules whose every need has its bit set by some token; per token, whether
        a prefix term matches it."""
        norms, lemmas = self.pairs[:, 0], self.pairs[:, 1]
        bits = _bits_of(norms, screen.norms, screen.norm_bits) | _bits_of(lemmas, screen.lemmas, screen.lemma_bits)
        prefixed = np.zeros(len(norms), dtype=bool)
        if screen.prefixes:
            prefixed = np.isin(norms, _prefixed(self._strings, norms, screen.prefixes))
            bits |= np.where(prefixed, np.uint64(screen.prefix_bits), np.uint64(0))
        text_bits = np.zeros(len(self.lengths), dtype=np.uint64)
        filled = self.lengths > 0
        if filled.any():
            text_bits[filled] = np.bitwise_or.reduceat(bits, self.starts[filled])
        gate = (text_bits[:, None] & screen.masks[None, :]) == screen.masks[None, :]   # text x rule
        gates: list[list[int]] = [[] for _ in range(len(self.lengths))]
        for number, rule in zip(*(axis.tolist() for axis in np.nonzero(gate))):
            gates[number].append(rule)
        return gates, prefixed


def _prefixed(strings: StringStore, norms: np.ndarray, prefixes: tuple[str, ...]) -> np.ndarray:
    """The norm ids among `norms` that a prefix term matches (as CompiledCodebook learns them)."""
    analyzer = word_analyzer()
    found = [norm for norm in np.unique(norms).tolist()
             if strings[norm].startswith(prefixes) or analyzer.lemma(strings[norm]).startswith(prefixes)]
    return np.array(found, dtype=np.uint64)


class TokenStore:
    """Docs for the texts the coder reads: rebuilt from stored tokens, else tokenized (and,
    with `record`, remembered under the documents that read them, for their cache entries)."""

    def __init__(self, nlp: Language, stored: Iterable[DocumentTokens | None] = (), record: bool = False) -> None:
        self._nlp = nlp
        self._record = record
        self._where: dict[str, tuple[DocumentTokens, int]] = {}
        self._ready: dict[int, _Stored] = {}
        for tokens in stored:
            if tokens is not None:
                for number, text in enumerate(tokens.texts):
                    self._where.setdefault(text, (tokens, number))
        self._docs: dict[str, Doc] = {}
        self._owners: dict[str, dict[str, None]] = {}
        self.tokenized = 0   # texts tokenized, and rebuilt from stored tokens (what tests count)
        self.rebuilt = 0

    @property
    def stored_texts(self) -> int:
        return len(self._where)

    def docs(self, texts: list[str], owners: list[str] | None = None,
             screen: Screen | None = None) -> list[Doc | None]:
        """A Doc per text (distinct texts), or None where `screen` says no rule can fire."""
        if self._record and owners is not None:
            for text, owner in zip(texts, owners):
                self._owners.setdefault(owner, {})[text] = None
        found: dict[str, Doc | None] = {}
        missing = []
        for text in dict.fromkeys(texts):
            if text in self._docs:
                found[text] = self._docs[text]
            elif text in self._where:
                found[text] = self._rebuilt(text, screen)
            else:
                missing.append(text)
        self.tokenized += len(missing)
        for text, doc in zip(missing, self._nlp.pipe(missing, batch_size=BATCH_SIZE)):
            found[text] = doc
            if self._record:
                self._docs[text] = doc
        return [found[text] for text in texts]

    def _rebuilt(self, text: str, screen: Screen | None) -> Doc | None:
        tokens, number = self._where[text]
        ready = self._ready.get(id(tokens))
        if ready is None:
            ready = self._ready[id(tokens)] = _Stored(self._nlp, tokens)
        if screen is not None and not ready.passes(screen, number):
            return None
        start, end = ready.bounds[number]
        self.rebuilt += 1
        doc = ready.doc(self._nlp.vocab, start, end)
        if self._record:
            self._docs[text] = doc
        return doc

    def of(self, document: str) -> DocumentTokens | None:
        """The tokens of the texts `document` read, as its cache entry keeps them."""
        texts = [text for text in self._owners.get(document, {}) if text in self._docs]
        if not texts:
            return None
        docs = [self._docs[text] for text in texts]
        arrays = [doc.to_array([ORTH, SPACY]) for doc in docs if len(doc)]
        table = np.concatenate(arrays) if arrays else np.zeros((0, 2), dtype=np.uint64)
        orths, words = np.unique(table[:, 0], return_inverse=True)
        strings = self._nlp.vocab.strings
        return DocumentTokens(texts, [strings[orth] for orth in orths.tolist()], words.astype(np.uint32),
                              table[:, 1].astype(bool), np.array([len(doc) for doc in docs], dtype=np.int32))
