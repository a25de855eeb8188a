"""A turn that says nearly what one of a code's examples says is that code's evidence.

A researcher's `examples:` are turns they would code so. Two of an example's words close
together are weak evidence (keywords.EXAMPLES); a turn holding most of an example's words within
a stretch about its length ("Iyo, kita so marah-marah. Kita bilang berhenti jo itu rokok" beside
the example "Kita pe bini so marah-marah, dia bilang berhenti jo itu rokok") is a near copy, as
good as a keyword: the researcher wrote it for this code.
"""

from __future__ import annotations

from collections import Counter

from pipeline.coding.codebook_words import WORD, content_words, topic_lemmas, word_lemma
from pipeline.coding.evidence import joined, tagged
from pipeline.coding.rules import Firing
from pipeline.records.codebook import Codebook

COPY_CONFIDENCE = 0.6   # as a keyword
COPY_SHARE = 0.7        # of an example's words, in a stretch of the turn (two of them not the study's)
COPY_WORDS = 3          # an example needs this many words of its own to be copied
STRETCH = 2             # the stretch: this many times the example's length in words
EXAMPLE_COPY = "example"

# code index -> per example (its lemmas, those not naming the study, its length in words)
Examples = dict[int, tuple[tuple[frozenset[str], frozenset[str], int], ...]]


def example_words(codebook: Codebook) -> Examples:
    """Code index -> per example, its content words' lemmas, those of them not naming the study
    (`topic_lemmas`: "rokok" in a study of smoking) and its length in words; only examples with
    `COPY_WORDS` words of their own."""
    topic = topic_lemmas(codebook)
    found: Examples = {}
    for index, code in enumerate(codebook.codes):
        examples = []
        for example in code.examples:
            lemmas = frozenset(word_lemma(w) for w in content_words(example))
            if len(lemmas - topic) >= COPY_WORDS:
                examples.append((lemmas, lemmas - topic, len(WORD.findall(example))))
        if examples:
            found[index] = tuple(examples)
    return found


def example_index(examples: Examples) -> dict[str, frozenset[int]]:
    """Lemma -> the codes one of whose examples holds it: a turn sharing fewer than `COPY_WORDS`
    of a code's example words copies none of its examples (most turns share none at all)."""
    index: dict[str, set[int]] = {}
    for code, found in examples.items():
        for lemmas, _, _ in found:
            for lemma in lemmas:
                index.setdefault(lemma, set()).add(code)
    return {lemma: frozenset(codes) for lemma, codes in index.items()}


def copied_examples(text: str, examples: Examples, lookup: dict[str, frozenset[int]] | None = None) -> dict[int, str]:
    """Code index -> the words of `text` that copy one of the code's `examples` (`example_words`;
    `lookup`, their `example_index`, saves looking at the codes the text cannot copy)."""
    if not examples:
        return {}
    lookup = example_index(examples) if lookup is None else lookup
    words = WORD.findall(text)
    held = frozenset(map(word_lemma, {w.casefold() for w in words}))
    shared = Counter(code for lemma in held & lookup.keys() for code in lookup[lemma])
    found: dict[int, str] = {}
    lemmas: list[str] = []
    for index, count in shared.items():
        if count < COPY_WORDS or index not in examples:
            continue
        wanted = tuple(example for example in examples[index] if _may_copy(held, example))
        lemmas = lemmas or [word_lemma(w.casefold()) for w in words]
        shown = _copy(words, lemmas, wanted) if wanted else None
        if shown is not None:
            found[index] = shown
    return dict(sorted(found.items()))


def _may_copy(held: frozenset[str], example: tuple[frozenset[str], frozenset[str], int]) -> bool:
    """Does the whole text hold enough of the example's words for some stretch of it to? (Most
    turns share none: the stretches need not be looked at.)"""
    wanted, own, _ = example
    shared = wanted & held
    return len(shared) >= _needed(wanted) and len(own & shared) >= 2


def _needed(wanted: frozenset[str]) -> int:
    return max(COPY_WORDS, int(COPY_SHARE * len(wanted) + 0.999))


def _copy(words: list[str], lemmas: list[str], examples: tuple[tuple[frozenset[str], frozenset[str], int], ...]
          ) -> str | None:
    """The words of the first stretch holding `COPY_SHARE` of an example's words, `COPY_WORDS`
    and two of them its own (not the study's)."""
    for wanted, own, length in examples:
        needed = _needed(wanted)
        span = STRETCH * length
        for start in range(max(1, len(words) - span + 1)):
            stretch = lemmas[start:start + span]
            shared = wanted.intersection(stretch)
            if len(shared) >= needed and len(own.intersection(shared)) >= 2:
                shown = [w for w, lemma in zip(words[start:start + span], stretch) if lemma in shared]
                return joined(dict.fromkeys(shown))
    return None


def with_copies(row: dict, examples: Examples, text: str, translation: str, vetoed: set[int],
                lookup: dict[str, frozenset[int]] | None = None) -> None:
    """Add to a segment's codes (code index -> (firing, view, confidence)) those whose example
    its text, else its translation, copies, where nothing surer found them or vetoed them."""
    for view, words in (("text", text), ("translation", translation)):
        if not words.strip() or view == "translation" and words == text:
            continue
        for index, shown in copied_examples(words, examples, lookup).items():
            if index not in vetoed and (index not in row or row[index][2] < COPY_CONFIDENCE):
                row[index] = (Firing(index, COPY_CONFIDENCE, tagged(shown, EXAMPLE_COPY), EXAMPLE_COPY),
                              view, COPY_CONFIDENCE)
