"""A keyword yields to another code's longer keyword that holds its words where both match.

Codebooks nest keywords: "berhenti merokok" (quitting and relapsing) and "layanan berhenti
merokok" (the Puskesmas's quit-smoking service). Where the longer keyword's words stand
together ("ada layanan berhenti merokok di Puskesmas", "layanan konseling berhenti merokok"),
the text names the longer keyword's matter, and the shorter one's code is no evidence there.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.coding.codebook_words import word_lemma
from pipeline.coding.keyword_rule import KEYWORD, KEYWORD_WINDOW, KEYWORD_WORDS, OWN_KEYWORD, kinds_that
from pipeline.coding.rule_windows import CompiledRule, find_window
from pipeline.coding.spans import Occurrence, term_text

Slots = tuple[frozenset[str], ...]
YIELDING_KINDS = kinds_that(OWN_KEYWORD)


def longer_keywords(rules: Iterable[CompiledRule], labels: Iterable[tuple[int, Slots]] = ()) -> dict[int, tuple[Slots, ...]]:
    """Code index -> the word lists (`all` slots of a keyword-words rule) of other codes' longer
    keywords, or labels (`labels`: code index, one slot per label word), that hold all the words
    of one of its own keywords (by lemma)."""
    rules = list(rules)
    own: dict[int, list[frozenset[str]]] = {}   # code -> its keywords' lemma sets
    longer: list[tuple[int, Slots, frozenset[str]]] = [
        (code, slots, frozenset(_lemma(term) for slot in slots for term in slot)) for code, slots in labels]
    for rule in rules:
        if rule.kind == KEYWORD_WORDS and not rule.veto:
            lemmas = frozenset(_lemma(term) for slot in rule.slots for term in slot)
            own.setdefault(rule.code_index, []).append(lemmas)
            longer.append((rule.code_index, rule.slots, lemmas))
        elif rule.kind == KEYWORD and not rule.slots:
            own.setdefault(rule.code_index, []).extend(
                frozenset({_lemma(term)}) for term in rule.context if " " not in term_text(term))
    found: dict[int, tuple[Slots, ...]] = {}
    for code, keywords in own.items():
        holding = tuple(dict.fromkeys(slots for other, slots, lemmas in longer if other != code
                                      and any(keyword < lemmas for keyword in keywords)))
        if holding:
            found[code] = holding
    return found


def yields(picks: list[Occurrence], holding: tuple[Slots, ...], occ: dict[str, list[Occurrence]],
           present: set[str]) -> bool:
    """Whether a code's keyword evidence `picks` lies inside a window where one of the longer
    keywords `holding` (`longer_keywords`) has all its words."""
    start, end = min(s for s, _ in picks), max(e for _, e in picks)
    for slots in holding:
        window = find_window(CompiledRule(-1, slots, within=KEYWORD_WINDOW), occ, present=present)
        if window is not None and min(s for s, _ in window) <= start and end <= max(e for _, e in window):
            return True
    return False


def _lemma(term: str) -> str:
    return word_lemma(term_text(term).casefold())
