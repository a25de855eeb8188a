"""Paired evaluative codes: two codes of one category that judge one matter in opposite ways.

Programme evaluations code by value (Saldaña's evaluation coding): a category holds a code for
the matter going well and one for it going badly ("Patuh minum obat" / "Berhenti minum obat"),
and the researcher writes one side's keyword as the other's negated ("rutin minum obat" /
"tidak rutin", "mampu" / "tidak mampu"). Such a pair is recognised by that negation: a keyword
of one code is a negator and words whose lemmas another code's keyword of the same category
opens with ("tidak ada yang bantu" / "dibantu": a negated existence before the act counts as
the act negated), or by labels that share a word and hold words of one dimension's opposite values
("Minum obat teratur" / "Putus atau lupa minum obat": DIMENSIONS). "Not yet" ("belum periksa") is
a time, not an opposite value: it makes no pair.

What a pair gives the coder (`pair_rules`, read by keywords.py; `one_side`, by coder.py):

* a keyword of one side said negated is evidence of the other side ("tidak terlambat" is prompt
  care, "nyanda jauh" is within reach);
* the phrase the two sides share ("bisa sendiri" / "tidak bisa sendiri") also with words between
  ("so bisa pegang sendok sendiri"), affirmed for one side, denied for the other;
* the value said without a keyword: a word of the side's value (its label's own words, its
  one-word keywords, the language's value words of the dimension its words name: DIMENSIONS)
  close to the pair's matter (the words both labels share: "minum obat"), or the matter asked by
  the interviewer and the value word in the answer; the matter itself denied is the bad side;
* a turn speaks of one side, not both: where both fire in an interview turn, the side whose
  value its words say more often keeps it ("obat tensi ... dia buang": the keyword names the
  medicine, the throwing away says it stopped).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol, TypeVar

from pipeline.coding.antonyms import NO_LONGER
from pipeline.coding.codebook_words import content_words, is_plain_keyword, word_lemma
from pipeline.coding.keyword_rule import (
    ANTONYM_CONFIDENCE, ANY_ORDER_CONFIDENCE, KEYWORD, KEYWORD_WINDOW, KEYWORD_WORDS, QUESTION, QUESTION_CONFIDENCE,
    VALUE, WEAK_WINDOW, KeywordRule)
from pipeline.coding.negation import NEGATORS, NOT_YET
from pipeline.records.codebook import Code, Codebook

# the words between a negator and the act in a negated existence ("tidak ada yang bantu")
_EXISTENTIAL = frozenset({"ada", "yang", "orang"})
Found = TypeVar("Found", bound=dict)
_WORD = re.compile(r"\w+")
VALUE_CONFIDENCE = 0.45
DENIED_MATTER_CONFIDENCE = 0.4
# the language's words of value on one dimension each, (going well, going badly): a pair judges on the
# dimensions its own words name ("rutin minum obat" / "putus obat": regularity), so "dekat" says nothing
# of taking medicine regularly; "bisa" is left out ("tidak bisa" is said of anything)
DIMENSIONS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"cepat", "segera", "langsung", "sigap", "tepat"}),                        # timing
     frozenset({"terlambat", "lambat", "telat", "tertunda", "ditunda"})),
    (frozenset({"rutin", "teratur", "tiap", "setiap", "selalu", "rajin", "patuh", "disiplin"}),   # regularity
     frozenset({"berhenti", "menghentikan", "stop", "putus", "lupa", "jarang", "buang", "bolos", "malas"})),
    (frozenset({"mudah", "gampang", "dekat", "terjangkau", "murah", "gratis", "ditanggung", "lancar"}),   # access
     frozenset({"susah", "sulit", "jauh", "mahal", "ongkos", "dibatasi", "terbatas", "antre"})),
    (frozenset({"mampu", "sanggup", "mandiri", "membaik", "pulih", "sembuh", "terbiasa"}),     # ability
     frozenset({"lumpuh", "bergantung", "terbaring", "lemah", "kewalahan", "capek", "cape", "lelah", "payah"})),
)
# the dimensions whose words are said of anything (timing, access), not of one matter
SAID_OF_ANYTHING = frozenset(w for positive, negative in DIMENSIONS[:1] + DIMENSIONS[2:3] for w in positive | negative)


def _negated(keyword: str) -> tuple[str, ...] | None:
    """The lemmas a keyword denies ("tidak ada yang bantu" -> bantu), None for one that denies nothing."""
    words = keyword.casefold().split()
    if len(words) < 2 or words[0] not in NEGATORS or words[0] in NOT_YET:
        return None
    rest = [w for w in words[1:] if w not in _EXISTENTIAL]
    return tuple(word_lemma(w) for w in rest) or None


def _opens(denied: tuple[str, ...], keyword: str) -> bool:
    """Does `keyword` (not negated) open with the denied lemmas ("rutin minum obat" for "tidak rutin")?"""
    lemmas = tuple(word_lemma(w) for w in keyword.casefold().split())
    return _negated(keyword) is None and lemmas[:len(denied)] == denied


def value_pairs(codebook: Codebook) -> tuple[tuple[str, str], ...]:
    """(affirmed code id, negated code id) of each pair of opposite value (module docstring);
    codes written with rules are matched as written and make none."""
    key = repr(codebook)
    if key not in _PAIRS:
        _PAIRS[key] = _pairs(codebook)
    return _PAIRS[key]


_PAIRS: dict[str, tuple[tuple[str, str], ...]] = {}   # per codebook content (its repr)


def _pairs(codebook: Codebook) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    by_category: dict[str, list[Code]] = {}
    for code in codebook.codes:
        if not code.rules:
            by_category.setdefault(code.category, []).append(code)
    for codes in by_category.values():
        for negative in codes:
            denied = [d for d in map(_negated, negative.keywords) if d]
            for positive in codes:
                if positive is negative or (positive.id, negative.id) in found:
                    continue
                if any(_opens(d, k) for d in denied for k in positive.keywords if is_plain_keyword(k)) \
                        or _labels_oppose(positive.label, negative.label):
                    found.append((positive.id, negative.id))
    return tuple((a, b) for a, b in found if (b, a) not in found)


def _labels_oppose(positive: str, negative: str) -> bool:
    """Do two labels share a word of their matter and hold words of one dimension's opposite
    values ("Fisioterapi mudah dijangkau" / "Fisioterapi sulit dijangkau")?"""
    ones, others = ({word_lemma(w) for w in content_words(label)} for label in (positive, negative))
    return bool(ones & others) and any(ones & good and others & bad for good, bad in _dimension_lemmas())


@lru_cache(maxsize=1)
def _dimension_lemmas() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    return tuple((frozenset(map(word_lemma, good)), frozenset(map(word_lemma, bad))) for good, bad in DIMENSIONS)


def opposite(code: Code, codebook: Codebook) -> Code | None:
    """The code of opposite value paired with `code`, if any."""
    for a, b in value_pairs(codebook):
        other = b if code.id == a else a if code.id == b else None
        if other is not None:
            return next(c for c in codebook.codes if c.id == other)
    return None


def opposites(indices: frozenset[int], codes: list[Code], codebook: Codebook) -> frozenset[int]:
    """The code indices of the codes paired with those at `indices`: a pair's side is decided with
    its opposite (`one_side`), so a recode of one side fires both (rules.CompiledCodebook.restricted)."""
    index_of = {code.id: index for index, code in enumerate(codes)}
    return frozenset(index_of[other] for a, b in value_pairs(codebook) for one, other in ((a, b), (b, a))
                     if index_of.get(one) in indices and other in index_of)


def denied_opposites(code: Code, codebook: Codebook) -> list[str]:
    """The phrases that say `code` by denying a keyword of its opposite ("tidak terlambat",
    "nyanda pernah terlambat" for prompt care whose opposite's keyword is `terlambat`); none for a
    code in no pair. A keyword negated already ("tidak mampu") is left out: its positive form is
    `code`'s own keyword. Written out, not read through the negation scope, whose absence words
    ("hilang sendiri") deny no value."""
    other = opposite(code, codebook)
    if other is None:
        return []
    return [f"{negator}{ever} {keyword.casefold()}" for keyword in other.keywords
            if is_plain_keyword(keyword) and _negated(keyword) is None and keyword.casefold().split()[0] not in NEGATORS
            for negator in NO_LONGER for ever in ("", " pernah")]


def pair_rules(code: Code, codebook: Codebook) -> list[KeywordRule]:
    """The rules a pair gives `code`: its opposite's keywords denied (`denied_opposites`), and
    its value said of the pair's matter without a keyword: a word of `code`'s value (its own
    label and one-word keywords, or the language's words of that value, DIMENSIONS) close to a word
    of the matter (`matter`) and not denied ("obat ... berhenti", "fisioterapi ... jauh"), or a
    word of the opposite value denied there ("obat ... nyanda rutin")."""
    other = opposite(code, codebook)
    if other is None:
        return []
    rules = [KeywordRule((), tuple(denied_opposites(code, codebook)), None, ANTONYM_CONFIDENCE, KEYWORD,
                         negatable=False)]
    rules.extend(_shared_phrase_rules(code, other, codebook))
    about = matter(code, other, codebook)
    if not about:
        return rules
    own, opposed = value_words(code, other, codebook), value_words(other, code, codebook)
    # a derived word of the matter finds its relatives, not its root, which says other things
    # ("penanganan" finds *ditangani*, not *tangan*, a hand)
    derived = frozenset(w for w in about if word_lemma(w) != w)
    rules.append(KeywordRule((about, own), (), WEAK_WINDOW, VALUE_CONFIDENCE, VALUE, negatable=True, affixed=derived))
    # the matter asked ("Dan fisioterapi?"), the value in the answer ("... jadi berhenti")
    rules.append(KeywordRule((own,), about, None, QUESTION_CONFIDENCE, QUESTION, negatable=True, affixed=derived))
    rules.append(KeywordRule((about, opposed), (), WEAK_WINDOW, VALUE_CONFIDENCE, VALUE, negatable=False,
                             negated=frozenset(opposed), affixed=derived))
    if _side(code, codebook) < 0:   # the matter itself denied: "obatnya sudah tidak diminum"
        rules.append(KeywordRule((), about, None, DENIED_MATTER_CONFIDENCE, VALUE, negatable=False,
                                 negated=frozenset(about), affixed=derived))
    return rules


def unmoored_values(code: Code, codebook: Codebook) -> frozenset[str]:
    """A paired code's one-word keywords that say a value of anything (a distance, a cost, a time:
    SAID_OF_ANYTHING): "dekat jendela", "jadwal terdekat" say nothing of physiotherapy. Where the
    pair has a matter, they are its evidence only beside it or after it is asked (`pair_rules`)."""
    other = opposite(code, codebook)
    if other is None or not matter(code, other, codebook):
        return frozenset()
    anything = {word_lemma(w) for w in SAID_OF_ANYTHING}
    return frozenset(k for k in code.keywords if " " not in k.strip() and word_lemma(k.casefold()) in anything)


def _shared_phrase_rules(code: Code, other: Code, codebook: Codebook) -> list[KeywordRule]:
    """The phrase a pair shares, affirmed on one side and denied on the other ("bisa sendiri" /
    "tidak bisa sendiri"), also found with words between ("so bisa pegang sendok sendiri", "nyanda
    bisa makan sendiri"), though its words are all stop words (keyword_rule.keyword_words)."""
    negative = _side(code, codebook) < 0
    positive_code, negative_code = (other, code) if negative else (code, other)
    denied = [d for d in map(_negated, negative_code.keywords) if d and len(d) > 1]
    phrases = {k.casefold() for d in denied for k in positive_code.keywords if is_plain_keyword(k) and _opens(d, k)}
    return [KeywordRule(tuple((w,) for w in phrase.split()), (), KEYWORD_WINDOW, ANY_ORDER_CONFIDENCE, KEYWORD_WORDS,
                        negatable=not negative, negated=frozenset(phrase.split()[:1]) if negative else frozenset())
            for phrase in sorted(phrases) if len(phrase.split()) > 1]


def _dimensions(code: Code, other: Code) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The DIMENSIONS whose words a pair's labels or keywords hold."""
    said = {word_lemma(w) for c in (code, other) for w in content_words(" ".join((c.label, *c.keywords)))}
    return [d for d in DIMENSIONS if said & {word_lemma(w) for w in d[0] | d[1]}]


def _side(code: Code, codebook: Codebook) -> int:
    """1 for a pair's affirmed side, -1 for its negated side."""
    return 1 if any(code.id == a for a, _ in value_pairs(codebook)) else -1


def matter(code: Code, other: Code, codebook: Codebook) -> tuple[str, ...]:
    """What a pair judges: the content words its two labels share, and its category's label's,
    without the study's words (the title's, and those of labels outside the category)."""
    category = next(c for theme in codebook.themes for c in theme.categories if code in c.codes)
    outside = {word_lemma(w) for c in codebook.codes if c.category != code.category for w in content_words(c.label)}
    study = {word_lemma(w) for w in content_words(f"{codebook.name} {codebook.title}")}
    shared = [w for w in content_words(code.label) if word_lemma(w) in {word_lemma(o) for o in content_words(other.label)}]
    words = dict.fromkeys(shared + content_words(category.label))
    return tuple(w for w in words if word_lemma(w) not in outside | study)


def value_words(code: Code, other: Code, codebook: Codebook) -> tuple[str, ...]:
    """The words of `code`'s value: its label's words that the opposite's label lacks, its one-word
    keywords, and the language's words of its side on the pair's dimensions, less the opposite's own words."""
    theirs = {word_lemma(w) for w in content_words(other.label) + list(matter(code, other, codebook))}
    theirs |= {word_lemma(w) for w in content_words(f"{codebook.name} {codebook.title}")}
    theirs |= {word_lemma(w) for k in other.keywords if _negated(k) is None for w in k.casefold().split()}
    own = [w for w in content_words(code.label) if word_lemma(w) not in theirs]
    own += [k.casefold() for k in code.keywords if is_plain_keyword(k) and " " not in k.strip()]
    side = 0 if _side(code, codebook) > 0 else 1
    own += [w for dimension in _dimensions(code, other) for w in sorted(dimension[side])]
    return tuple(w for w in dict.fromkeys(own) if word_lemma(w) not in theirs)


class _Compiled(Protocol):
    """What is read of a compiled codebook (`rules.CompiledCodebook`)."""

    codebook: Codebook
    codes: list[Code]
    written: bool


def one_side(found: Found, compiled: _Compiled, said: str) -> Found:
    """A turn's codes (code index -> (firing, view, confidence)) with one side of each pair where
    both fire: the side whose value the turn's words (`said`: its text and translation) say more
    often (`value_count`: "obat tensi ... dia buang": the throwing away says it stopped, the
    medicine's name nothing), else the stronger evidence's. A document paragraph keeps both: a
    rule or a report states both sides of its matter ("paid up to eight sessions; not beyond")."""
    if compiled.written or len(found) < 2:
        return found
    sides = _sides(compiled)
    if not sides:
        return found
    words = [w.casefold() for w in _WORD.findall(said)]
    dropped = set()
    for first, second in sides:
        if first not in found or second not in found:
            continue
        counts = [value_count(words, *sides[first, second][k]) for k in (0, 1)]
        if counts[0] != counts[1]:
            dropped.add(second if counts[0] > counts[1] else first)
        elif found[first][2] != found[second][2]:
            dropped.add(second if found[first][2] > found[second][2] else first)
    return {index: value for index, value in found.items() if index not in dropped} if dropped else found


def value_count(words: list[str], own: frozenset[str], opposed: frozenset[str]) -> int:
    """How many of `words` say a side's value: its own value words (lemmas `own`) not denied, its
    opposite's (`opposed`) denied (a negator among the two words before)."""
    count = 0
    for i, word in enumerate(words):
        lemma = word_lemma(word)
        if lemma in own or lemma in opposed:
            denied = not NEGATORS.isdisjoint(words[max(0, i - 2):i])
            count += (lemma in own) != denied
    return count


_SIDES: dict[int, tuple[object, dict]] = {}   # per compiled codebook (kept to guard its id)
_KEPT = 16


def _sides(compiled: _Compiled) -> dict[tuple[int, int], tuple[tuple[frozenset[str], frozenset[str]], ...]]:
    """(affirmed, negated) code indices of each pair -> each side's (own, opposed) value lemmas."""
    kept = _SIDES.get(id(compiled))
    if kept is not None and kept[0] is compiled:
        return kept[1]
    codes = {code.id: (index, code) for index, code in enumerate(compiled.codes)}
    sides = {}
    for a, b in value_pairs(compiled.codebook):
        if a in codes and b in codes:
            (first, one), (second, two) = codes[a], codes[b]
            own, opposed = (frozenset(word_lemma(w) for w in value_words(x, y, compiled.codebook))
                            for x, y in ((one, two), (two, one)))
            sides[first, second] = ((own, opposed), (opposed, own))
    if len(_SIDES) >= _KEPT:   # a session that edits its codebook compiles it again and again
        _SIDES.clear()
    _SIDES[id(compiled)] = (compiled, sides)
    return sides
