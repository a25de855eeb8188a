"""The batch lemmatizer and the bit-indexed rule evaluation give exactly what the plain code gives.

`CodingLemmatizer.pipe` looks a whole batch of tokens up in sorted arrays; the oracle is the
word analyzer applied token by token. `CompiledCodebook.fire_matches` finds candidate rules
through integer bit masks and `find_window` takes shortcuts (one occurrence per list); the
oracle is every rule, in order, tested on the terms present and the window search written plainly,
on random rules and random occurrences, so that shapes the Wori codebook lacks (rules without
any trigger, overlapping phrases, several occurrences per list) are covered too.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.coding.answers import Question
from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.nlp import coding_nlp
from pipeline.coding.rule_windows import CompiledRule, find_window
from pipeline.coding.rules import CompiledCodebook
from pipeline.coding.spans import Occurrence
from tests.coding_oracle import plain_fire, plain_find_window

PROPERTY_SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TERMS = ["a", "b", "c", "d", "e", "f"]
DOC_LENGTH = 8  # short: occurrences often overlap or lie close


def test_batch_lemmatizer_sets_what_the_word_analyzer_gives() -> None:
    nlp = coding_nlp()
    texts = ["Dorang malas mo urus KK di kantor capil.", "", "   ", "Sudah didaftarkan, baurus-urus!",
             "Anaknya ndak mau pigi ke puskesmas.", "zzqx-kata123 yang belum pernah terlihat Zzqx"]
    analyzer = word_analyzer()
    for size in (1, 2, 100):  # batches smaller and larger than the input: new types mid-stream
        for doc in nlp.pipe(texts, batch_size=size):
            for token in doc:
                assert (token.norm_, token.lemma_) == analyzer.analyze(token.text), token.text
    single = nlp("Baurus surat-surat diurus.")
    assert [t.lemma_ for t in single] == [analyzer.analyze(t.text)[1] for t in single]
    assert [t.norm_ for t in single][:2] == ["urus", "surat"]  # prefix ba- and reduplication


# --- random rules and occurrences -------------------------------------------------------------

term_sets = st.frozensets(st.sampled_from(TERMS), max_size=3)


@st.composite
def rules(draw) -> CompiledRule:
    slots = tuple(draw(st.lists(st.frozensets(st.sampled_from(TERMS), min_size=1, max_size=3), max_size=3)))
    return CompiledRule(code_index=draw(st.integers(0, 3)), slots=slots, context=draw(term_sets),
                        none=draw(term_sets), none_within=draw(st.none() | st.integers(0, 3)),
                        within=draw(st.none() | st.integers(0, 8)),
                        confidence=draw(st.sampled_from([0.6, 0.75, 0.85])), veto=draw(st.booleans()))


@st.composite
def occurrences(draw) -> dict[str, list[Occurrence]]:
    """Term -> its spans, sorted and unique, as `CompiledCodebook.occurrences` gives them."""
    occ: dict[str, list[Occurrence]] = {}
    for term in draw(st.lists(st.sampled_from(TERMS), unique=True)):
        starts = draw(st.lists(st.integers(0, DOC_LENGTH - 1), min_size=1, max_size=4))
        spans = {(start, min(DOC_LENGTH, start + draw(st.integers(1, 3)))) for start in starts}
        occ[term] = sorted(spans)
    return occ


def codebook_of(rule_list: list[CompiledRule]) -> CompiledCodebook:
    """Only what `fire_matches` uses: the rules (sorted as `compile_codebook` sorts them)."""
    ordered = sorted(rule_list, key=lambda r: (not r.veto, -r.confidence))
    return CompiledCodebook(None, coding_nlp(), ordered, None, None, {})  # type: ignore[arg-type]


DOC = coding_nlp()(" ".join(f"w{i}" for i in range(DOC_LENGTH)))


@PROPERTY_SETTINGS
@given(st.lists(rules(), min_size=1, max_size=8), occurrences(), term_sets)
def test_fire_matches_equals_every_rule_in_order(rule_list: list[CompiledRule],
                                                 occ: dict[str, list[Occurrence]],
                                                 question: frozenset[str]) -> None:
    compiled = codebook_of(rule_list)
    assert compiled.fire_matches(DOC, DOC.text, occ, Question(question)) == plain_fire(compiled.rules, DOC, occ, question)


@PROPERTY_SETTINGS
@given(st.lists(rules(), min_size=1, max_size=8), occurrences(), term_sets)
def test_find_window_equals_the_plain_search(rule_list: list[CompiledRule], occ: dict[str, list[Occurrence]],
                                             question: frozenset[str]) -> None:
    for rule in rule_list:
        assert find_window(rule, occ, question) == plain_find_window(rule, occ, question), rule


def test_find_window_single_occurrences_take_the_earliest_window() -> None:
    rule = CompiledRule(0, (frozenset({"a"}), frozenset({"b"})), within=3)
    assert find_window(rule, {"a": [(2, 3)], "b": [(4, 5)]}) == [(2, 3), (4, 5)]
    assert find_window(rule, {"a": [(2, 3)], "b": [(7, 8)]}) is None           # too far apart
    assert find_window(rule, {"a": [(2, 4)], "b": [(3, 5)]}) is None           # overlapping
    assert find_window(rule, {"a": [(2, 3), (9, 10)], "b": [(7, 8)]}) == [(7, 8), (9, 10)]
