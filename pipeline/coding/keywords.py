"""What a minimal codebook (labels, definitions, a few keywords) says, as matching rules.

A researcher's own codebook names each code, defines it and lists a handful of keywords; it
has no rule language. This module makes those few words work harder, generically:

* a keyword matches its lemmas and affixed forms ("ingatkan" -> diingatkan, mengingatkan) on
  the text and on its Indonesian translation (so Manado Malay turns are read through the
  gloss), and not inside a negation scope ("tidak takut"; see `negation.py`);
* a keyword of several words also matches them in any order within a short window
  ("suami larang" -> "dilarang oleh suami"), with a little less confidence;
* a keyword that is weak alone (it names the study, or another code shares it; a derived word
  keeps its sense: `specificity.py`) needs another word of its code in the segment;
* a code without rules also takes weaker evidence from its label's and definition's content
  words and from its examples: two such words of different senses close together propose
  the code;
* and, weakest, from related words (`related.py`): the near synonyms of its keywords, label
  and definition words, an English definition's words through their Indonesian
  correspondences;
* a short answer also takes evidence from the interviewer's question it answers: a keyword or
  label word there, another word of the code in the answer, an answer that does not deny.

Each kind of evidence has its own confidence, and the evidence column names the kind, so a
reviewer sees why a code was proposed. Words that name the study's topic (in the codebook's
name, in theme and category labels, or in several codes' labels) are not evidence of
any one code; neither are stop words, nor English words of an English definition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.records.codebook import Code, Codebook
from pipeline.codebook.rule_syntax import expand_terms, parse_term
from pipeline.coding.antonyms import negated_antonyms
from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.negation import NEGATORS, is_negative_label
from pipeline.coding.nlp import analyze_phrase
from pipeline.coding.related import english_lemmas, keeps_sense, related_words
from pipeline.coding.sentences import sentences
from pipeline.coding.specificity import affixed_only, label_chunks, says_missing, weak_keywords

KEYWORD_CONFIDENCE = 0.6        # a keyword as written (or its lemmas)
ANY_ORDER_CONFIDENCE = 0.55     # a keyword's words in another order, close together
LABEL_CONFIDENCE = 0.45         # two of the label's content words close together
DEFINITION_CONFIDENCE = 0.4     # label and definition words close together
ANTONYM_CONFIDENCE = 0.5       # a keyword's negated opposite ("tidak berani" for takut)
EXAMPLE_CONFIDENCE = 0.35       # two words of the code's examples close together
RELATED_CONFIDENCE = 0.3        # two related words of different senses close together
QUESTION_CONFIDENCE = 0.4       # the question's keyword or label word, a word of the code in the answer
KEYWORD_WINDOW = 5              # tokens spanned by a keyword's words in any order
WEAK_WINDOW = 8                 # tokens spanned by two weak evidence words

KEYWORD = "keyword"
KEYWORD_WORDS = "keyword words"
LABEL = "label"
DEFINITION = "definition"
EXAMPLES = "examples"
RELATED = "related"
QUESTION = "question"

_WORD = re.compile(r"[^\W\d_][\w\-]*")


@dataclass(frozen=True)
class KeywordRule:
    """One matching rule derived from a code's own words; terms are words or phrases."""

    slots: tuple[tuple[str, ...], ...]   # each must occur (all within `within`)
    context: tuple[str, ...]             # one must occur (a rule without slots)
    within: int | None
    confidence: float
    kind: str
    negatable: bool                      # not evidence inside a negation scope
    by_lemma: bool = True                # a word also matches its affixed forms
    denied_only: bool = False            # evidence only where the thing is said to be missing
    distinct: bool = False               # two terms of different senses (related.py)
    senses: tuple[tuple[str, frozenset[str]], ...] = ()   # term -> the codebook words it comes from
    affixed: frozenset[str] = frozenset()   # terms matching their affixed relatives, not their bare root


def keyword_rules(code: Code, codebook: Codebook) -> list[KeywordRule]:
    """The rules a code's keywords, label, definition and examples give it.

    Terms written with the rule language's syntax (`prefix*`) are kept as written; `@concept`
    references are expanded. A code that names an absence ("Tidak memiliki ...") is found
    through negation, so negation does not silence it.
    """
    negatable = _negatable(code)
    keywords = expand_terms(code.keywords, codebook.concepts)
    if code.rules:
        # a code with rules was written with the rule language's exact matching in mind
        return [KeywordRule((), tuple(keywords), None, KEYWORD_CONFIDENCE, KEYWORD, negatable,
                            by_lemma=False)] if keywords else []
    # a code that names an absence: a keyword that does not say "missing" itself ("KK", not
    # "belum menikah") is evidence only where the text says the thing is missing
    denying = [k for k in keywords if not negatable and says_missing(k)]
    affixed = frozenset(k for k in keywords if is_plain_keyword(k)
                        and affixed_only(k, *word_analyzer().analyze(k.casefold())))
    rules: list[KeywordRule] = []
    if denying:
        rules.append(KeywordRule((), tuple(denying), None, KEYWORD_CONFIDENCE, KEYWORD, False, affixed=affixed))
    plain = [k for k in keywords if k not in denying]
    weak = _weak(code, codebook, plain)
    if weak:  # weak alone: with another word of the code anywhere in the segment
        support = _support(code, codebook, weak)
        if support:
            rules.append(KeywordRule((tuple(weak), support), (), None, KEYWORD_CONFIDENCE, KEYWORD, negatable,
                                     denied_only=not negatable, affixed=affixed))
    plain = [k for k in plain if k not in weak]
    if plain:
        rules.append(KeywordRule((), tuple(plain), None, KEYWORD_CONFIDENCE, KEYWORD, negatable,
                                 denied_only=not negatable, affixed=affixed))
    for keyword in keywords:
        words = _keyword_words(keyword)
        if len(words) > 1:
            own_negation = any(word in NEGATORS for word in words)
            rules.append(KeywordRule(tuple((word,) for word in words), (), KEYWORD_WINDOW,
                                     ANY_ORDER_CONFIDENCE, KEYWORD_WORDS, negatable and not own_negation,
                                     denied_only=not negatable and not own_negation))
    rules.extend(_weak_rules(code, codebook, keywords, negatable))
    if negatable:
        rules.extend(_question_rules(code, codebook, plain, weak, affixed))
    anchors, related = related_terms(codebook).get(code.id, ({}, {}))
    if anchors and len(related) > 1:
        # a term's senses: the codebook words it comes from, and the label compound it is a word of
        chunks = {_lemma(w): chunk for w, chunk in label_chunks(code.label, content_words(code.label))}
        rules.append(KeywordRule((tuple(anchors), tuple(related)), (), WEAK_WINDOW, RELATED_CONFIDENCE, RELATED,
                                 negatable, denied_only=not negatable, distinct=True,
                                 senses=tuple((t, frozenset(f"from {s}" for s in sources)
                                               | chunks.get(_lemma(t.casefold()), frozenset()))
                                              for t, sources in related.items()),
                                 affixed=affixed | {t for t in related if keeps_sense(t)}))
    if negatable:
        rules.extend(_antonym_rules(keywords, rules))
    return rules


def _antonym_rules(keywords: list[str], rules: list[KeywordRule]) -> list[KeywordRule]:
    """A single-word keyword (or a label word standing alone) also found through its negated
    antonym ("tidak berani" for `takut`), a little less confidently than the word itself."""
    single_label = [term for rule in rules if rule.kind == LABEL and not rule.slots for term in rule.context]
    found = []
    for words, confidence in ((keywords, ANTONYM_CONFIDENCE), (single_label, LABEL_CONFIDENCE)):
        phrases = [phrase for word in words if is_plain_keyword(word) and " " not in word
                   for phrase in negated_antonyms(_lemma(word.casefold()))]
        if phrases:
            found.append(KeywordRule((), tuple(phrases), None, confidence, KEYWORD if words is keywords else LABEL,
                                     negatable=False))
    return found


def is_plain_keyword(term: str) -> bool:
    """A keyword matched through its lemmas (not a `prefix*` or `@concept`)."""
    parsed = parse_term(term)
    return not (parsed.prefix or parsed.concept)


def _keyword_words(keyword: str) -> list[str]:
    """The words of a multi-word keyword that carry meaning (all of them if none does)."""
    if not is_plain_keyword(keyword):
        return []
    words = keyword.split()
    content = [word for word in words if word not in STOP_WORDS or word in NEGATORS]
    return content if len(content) > 1 else (words if len(content) == len(words) else content)


def _weak_rules(code: Code, codebook: Codebook, keywords: list[str], negatable: bool) -> list[KeywordRule]:
    topic = topic_lemmas(codebook)
    taken = {lemma for keyword in keywords for lemma in analyze_phrase(keyword)[1]} | topic
    label = [w for w in content_words(code.label) if _lemma(w) not in taken]
    taken |= {_lemma(w) for w in label}
    definition = [w for w in content_words(_affirmed(code))
                  if _lemma(w) not in taken and not _is_english(w)]
    taken |= {_lemma(w) for w in definition}
    others = {_lemma(w) for other in codebook.codes if other.id != code.id
              for w in content_words(" ".join(other.examples))}
    examples = [w for w in content_words(" ".join(code.examples)) if _lemma(w) not in taken | others]
    rules = []
    chunks = label_chunks(code.label, label)   # "pemerintah kabupaten": one piece of evidence
    if len(label) > 1:
        rules.append(KeywordRule((tuple(label), tuple(label)), (), WEAK_WINDOW, LABEL_CONFIDENCE, LABEL, negatable,
                                 denied_only=not negatable, distinct=True, senses=chunks))
    elif label and not _qualifies(label[0], code.label):
        rules.append(KeywordRule((), tuple(label), None, LABEL_CONFIDENCE, LABEL, negatable,
                                 denied_only=not negatable))
    if label or definition:
        both = tuple(dict.fromkeys(label + definition))
        if len(both) > 1:
            rules.append(KeywordRule((both, both), (), WEAK_WINDOW, DEFINITION_CONFIDENCE, DEFINITION, negatable,
                                     denied_only=not negatable, distinct=True, senses=chunks))
    if len(examples) > 1:
        rules.append(KeywordRule((tuple(examples), tuple(examples)), (), WEAK_WINDOW, EXAMPLE_CONFIDENCE,
                                 EXAMPLES, negatable, denied_only=not negatable))
    return rules


# words that open a label's prepositional phrase: what follows qualifies the label's head
LABEL_PREPOSITIONS = frozenset({"di", "ke", "dari", "untuk", "pada", "oleh", "dengan", "bagi", "kepada",
                                "terhadap", "tentang", "dalam", "antara", "sejak", "selama"})


def _qualifies(word: str, label: str) -> bool:
    """Is `word` in a prepositional phrase of `label` ("di tangan suami", "dari desa dan gereja",
    "untuk persalinan")? Such a word names a circumstance of the code, not the code: alone it
    is no evidence, though it still counts with another word of the code."""
    words = _WORD.findall(label.casefold())
    if word not in words:
        return False
    return any(w in LABEL_PREPOSITIONS for w in words[:words.index(word)])


def _question_rules(code: Code, codebook: Codebook, plain: list[str], weak: list[str],
                    affixed: frozenset[str]) -> list[KeywordRule]:
    """A short answer coded through the interviewer's question: "Pernah ada kader datang ke
    rumah?" "Iyo, so dua kali, dorang bawa undangan." The question holds one of the code's
    keywords (not a weak one) or a label word not naming the study; the answer holds another
    word of the code (a keyword, a label or definition word, a word related to a keyword or the
    label) and does not deny in its first clause
    (`rules.CompiledCodebook.fire_matches`). A keyword in the answer itself is evidence anyway."""
    topic = topic_lemmas(codebook)
    asked = [k for k in plain if is_plain_keyword(k) and k not in weak]
    asked += [w for w in content_words(code.label) if _lemma(w) not in topic]
    # the code's own words and the words related to its keywords and label; words related only
    # to the definition are too loose to be an answer's one word
    anchors = related_terms(codebook).get(code.id, ({}, {}))[0]
    own = [k for k in plain if is_plain_keyword(k) and k not in weak] + content_words(code.label)
    own += [w for w in content_words(_affirmed(code)) if not _is_english(w)]
    answer = [w for w in dict.fromkeys(own + list(anchors))
              if w.casefold() not in STOP_WORDS and topic.isdisjoint(_lemma(p) for p in w.casefold().split())]
    if not asked or not answer:
        return []
    return [KeywordRule((tuple(answer),), tuple(dict.fromkeys(asked)), None, QUESTION_CONFIDENCE, QUESTION,
                        True, affixed=affixed)]


def _weak(code: Code, codebook: Codebook, plain: list[str]) -> list[str]:
    """The code's plain single-word keywords that are weak evidence alone (specificity.py)."""
    candidates = [k for k in plain if is_plain_keyword(k)]
    if not candidates:
        return []
    words = _code_lemmas(codebook)
    others = frozenset().union(*(lemmas for other, lemmas in words.items() if other != code.id))
    own_label = frozenset(_lemma(w) for w in _WORD.findall(code.label.casefold()))
    return weak_keywords(candidates, {k: _lemma(k.casefold()) for k in candidates}, topic_lemmas(codebook),
                         own_label, others)


def _support(code: Code, codebook: Codebook, weak: list[str]) -> tuple[str, ...]:
    """The words that make a weak keyword evidence: the code's other keywords, its label's and
    definition's content words and its related words, none naming the study or the weak keyword."""
    excluded = topic_lemmas(codebook) | {_lemma(k.casefold()) for k in weak}
    words = [k for k in expand_terms(code.keywords, codebook.concepts) if is_plain_keyword(k) and k not in weak]
    words += content_words(code.label) + [w for w in content_words(_affirmed(code)) if not _is_english(w)]
    words += list(related_terms(codebook).get(code.id, ({}, {}))[1])
    return tuple(dict.fromkeys(w for w in words if w.casefold() not in STOP_WORDS
                               and excluded.isdisjoint(_lemma(part) for part in w.casefold().split())))


def _code_lemmas(codebook: Codebook) -> dict[str, frozenset[str]]:
    """Code id -> the lemmas of its label, of what its definition affirms (an English word
    through its Indonesian correspondences) and of its keywords: what another code shares.
    Codes with rules are left out, as in `related_terms`: their words are matched as written."""
    key = repr(codebook)
    cached = _CODE_LEMMAS.get(key)
    if cached is None:
        table = related_words()
        cached = _CODE_LEMMAS[key] = {}
        for code in (code for code in codebook.codes if not code.rules):
            words = content_words(code.label) + content_words(_affirmed(code))
            lemmas = {_lemma(i) for w in words for i in (table.indonesian(w) if _is_english(w) else (w,))}
            lemmas |= {_lemma(w) for k in code.keywords for w in k.casefold().split()}
            cached[code.id] = frozenset(lemmas)
    return cached


_CODE_LEMMAS: dict[str, dict[str, frozenset[str]]] = {}
SHARED_BY = 2     # a related word of this many codes' words tells them apart from none


def related_terms(codebook: Codebook) -> dict[str, tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]]:
    """Code id -> (anchors, all), each term -> the codebook words it comes from: the words
    related to the code's keywords and label (anchors), and those plus the words related to
    what its definition affirms (`related.py`): English words through their Indonesian
    correspondences, every word with its group's other words; not the study's topic words, nor
    words related to several codes."""
    key = repr(codebook)
    cached = _RELATED.get(key)
    if cached is not None:
        return cached
    topic = topic_lemmas(codebook)
    by_code = {}
    for code in codebook.codes:
        if code.rules:
            continue
        anchors = [k for k in expand_terms(code.keywords, codebook.concepts) if is_plain_keyword(k)]
        anchors += content_words(code.label)
        by_code[code.id] = (_expanded(anchors, topic),
                            _expanded(anchors + content_words(_affirmed(code)), topic))
    counts: dict[str, int] = {}
    for _, terms in by_code.values():
        for term in terms:
            counts[term] = counts.get(term, 0) + 1
    cached = _RELATED[key] = {code: tuple({t: s for t, s in terms.items() if counts[t] < SHARED_BY} for terms in both)
                              for code, both in by_code.items()}
    return cached


def _expanded(sources: list[str], topic: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each Indonesian term the `sources` reach -> the sources reaching it."""
    table = related_words()
    terms: dict[str, set[str]] = {}
    for source in sources:
        for word in table.indonesian(source) if _is_english(source) else (source,):
            for term in (word, *table.related(word)):
                if _lemma(term.casefold()) not in topic and term.casefold() not in STOP_WORDS:
                    terms.setdefault(term, set()).add(source)
    return {term: frozenset(found) for term, found in terms.items()}


_NEGATED = re.compile(r"\b(?:not|no|never|nor|without|tidak|bukan|tanpa|belum|jangan)\b(?:\W+\w+){1,2}", re.I)


def _negatable(code: Code) -> bool:
    """Whether negation silences the code's evidence: not for a code that names an absence."""
    return not is_negative_label(analyze_phrase(code.label)[0])


# a definition's exclusions: "Not coded when ...", "... are not coded.", ", not when ...", "kecuali ..."
_EXCLUDING = re.compile(r"\b(?:not|never)\s+(?:be\s+)?coded\b|\bdo\s+not\s+code\b|\bexclud|"
                        r"\btidak\s+(?:di)?kode|\btidak\s+termasuk\b", re.I)
_EXCEPTING = re.compile(r",?\s*\b(?:not\s+when|not\s+if|except|unless|kecuali|bukan\s+jika)\b.*$", re.I | re.S)


def _affirmed(code: Code) -> str:
    """A code's definition and inclusions without what they exclude (a sentence saying what is
    "not coded", a clause from "not when" or "except") and without the words they deny ("do
    not permit": not evidence of permitting); all but the exclusions for a code that names an
    absence ("Tidak datang": "tidak membawa anak" is what it is about)."""
    text = " ".join(_EXCEPTING.sub("", sentence) for sentence in sentences(f"{code.definition} {code.include}")
                    if not _EXCLUDING.search(sentence))
    return _NEGATED.sub(" ", text) if _negatable(code) else text


_RELATED: dict[str, dict] = {}


def content_words(text: str) -> list[str]:
    """Distinct lower-case words of `text` that can carry a code's meaning."""
    words = []
    for word in _WORD.findall(text.casefold()):
        if len(word) < 3 or word in STOP_WORDS or word in NEGATORS:
            continue
        words.append(word)
    return list(dict.fromkeys(words))


@lru_cache(maxsize=4096)
def _lemma(word: str) -> str:
    return word_analyzer().analyze(word)[1]


def topic_lemmas(codebook: Codebook) -> frozenset[str]:
    """Lemmas that name the study rather than one code: in the codebook's name, in the labels
    of themes and categories holding more than one code (but not the words of a label composed
    of its codes' labels: "Garam dan ramuan" over "Sulit mengurangi garam" and "Penggunaan
    ramuan" names those two codes), or in the labels of two or more codes."""
    topic = {_lemma(w) for w in content_words(codebook.name)}
    of_code = {code.id: _label_lemmas(code.label) for code in codebook.codes}
    seen: dict[str, int] = {}
    for lemmas in of_code.values():
        for lemma in lemmas:
            seen[lemma] = seen.get(lemma, 0) + 1
    topic |= {lemma for lemma, count in seen.items() if count > 1}
    # a theme or category of one code names that code ("Biaya dan jarak" over "Biaya dan jarak ke
    # fasilitas"), not the study
    groups = [(theme.label, [code.id for category in theme.categories for code in category.codes])
              for theme in codebook.themes]
    groups += [(category.label, [code.id for code in category.codes])
               for theme in codebook.themes for category in theme.categories]
    for label, codes in groups:
        if len(codes) > 1:
            topic |= _naming_the_group(_label_lemmas(label), [of_code[code] for code in codes])
    return frozenset(topic)


def _naming_the_group(words: set[str], codes: list[set[str]]) -> set[str]:
    """The words of a group's label that name the group: all of them, unless the label is
    composed of two or more of its codes' labels, whose own words then name those codes."""
    owners = {word: [i for i, lemmas in enumerate(codes) if word in lemmas] for word in words}
    own = {word for word, found in owners.items() if len(found) == 1}
    composed = len({owners[word][0] for word in own}) > 1
    return words - own if composed else words


def _label_lemmas(label: str) -> set[str]:
    return {_lemma(w) for w in content_words(label)}


def _is_english(word: str) -> bool:
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


def code_words(codebook: Codebook) -> dict[str, dict[str, str]]:
    """Code id -> its single words as lemma -> word: its label's, what its definition affirms (not
    English prose), its keywords' and its related words (`related_terms`), without the study's
    topic words. What tells one code from the others in a text that names none of its keywords."""
    topic = topic_lemmas(codebook)
    related = related_terms(codebook)
    words: dict[str, dict[str, str]] = {}
    for code in codebook.codes:
        found = content_words(code.label) + [w for w in content_words(_affirmed(code)) if not _is_english(w)]
        found += [k.casefold() for k in code.keywords if " " not in k.strip()]
        found += [t.casefold() for t in related.get(code.id, ({}, {}))[1] if " " not in t]
        own: dict[str, str] = {}
        for word in found:
            lemma = _lemma(word)
            if lemma not in topic:
                own.setdefault(lemma, word)
        words[code.id] = own
    return words
