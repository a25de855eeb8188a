"""What a minimal codebook (labels, definitions, a few keywords) says, as matching rules.

A researcher's own codebook names each code, defines it and lists a handful of keywords; it
has no rule language. This module makes those few words work harder, generically:

* a keyword matches its lemmas and affixed forms ("ingatkan" -> diingatkan, mengingatkan) on
  the text and on its Indonesian translation (so Manado Malay turns are read through the
  gloss), and not inside a negation scope ("tidak takut"; see `negation.py`);
* a keyword of several words also matches them in any order within a short window
  ("suami larang" -> "dilarang oleh suami"), with a little less confidence;
* a keyword's negated opposite says it too ("tidak berani" for takut), and a keyword naming a
  stop the act no longer done ("dia nyanda minum obat" for berhenti minum obat: `antonyms.py`);
* a keyword that is weak alone (it names the study, or another code shares it; a derived word
  keeps its sense: `specificity.py`) needs another word of its code in the segment;
* a code without rules also takes weaker evidence from its label's and definition's content
  words and from its examples: two such words of different senses close together propose
  the code; when every label word is another label's too, two of its least-shared label words
  that no other label holds together, close together ("membantu ... pendaftaran");
* and, weakest, from related words (`related.py`): the near synonyms of its keywords, label
  and definition words, an English definition's words through their Indonesian
  correspondences;
* a short answer also takes evidence from the interviewer's question it answers: a keyword or
  label word there, another word of the code in the answer, an answer that does not deny;
  or a yes opening the answer to a yes/no question that names the code itself (`answers.py`);
  or, weakest, a keyword in a question asking for content, whose topic the answer takes up
  (`question_reading.take_up_topics`).

Each kind of evidence has its own confidence, and the evidence column names the kind, so a
reviewer sees why a code was proposed. Which of the codebook's words count (not the study's
topic words, stop words, nor English prose) is `codebook_words.py`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.codebook.rule_syntax import expand_terms
from pipeline.coding.answers import YES_WORDS
from pipeline.coding.antonyms import NEGATED_ANTONYMS, antonym_blockers, negated_antonyms, stopped_forms
from pipeline.coding.claim_labels import denied_of_its_subject
from pipeline.coding.codebook_words import (
    WORD,
    affirmed_text,
    code_lemmas,
    content_words,
    is_negatable,
    is_plain_keyword,
    keyword_topic,
    related_terms,
    topic_lemmas,
    word_lemma,
)
from pipeline.coding.constructs import construct_rules
from pipeline.coding.rule_codes import rule_code_rules
from pipeline.coding.definition_pairs import definition_pair_rules
from pipeline.coding.definition_senses import written_senses
from pipeline.coding.definition_phrases import definition_phrase_rules
from pipeline.coding.value_pairs import pair_rules, unmoored_values
from pipeline.coding.topic_keywords import topic_keyword_rules
from pipeline.coding.synonym_keywords import synonym_keyword_rules
from pipeline.coding.keyword_forms import indonesian_forms, restrictive_forms
from pipeline.coding.keyword_rule import (
    ANSWER, ANSWER_CONFIDENCE, ANTONYM_CONFIDENCE, ANY_ORDER_CONFIDENCE, KEYWORD, KEYWORD_CONFIDENCE,
    KEYWORD_WINDOW, KEYWORD_WORDS, LABEL, LABEL_CONFIDENCE, LABEL_PHRASE, QUESTION, QUESTION_CONFIDENCE, RELATED,
    RELATED_CONFIDENCE, SPOKEN, WEAK_WINDOW, WRITTEN, KeywordRule, negated_words)
from pipeline.coding.label_rules import label_rules, setting_sense, support_words
from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.negation import NEGATORS, names_inability
from pipeline.coding.nlp import analyze_phrase
from pipeline.coding.related import affixed_terms, circumstance_sense, is_english
from pipeline.coding.specificity import (
    CAUSATIVES, ROLE, SETTING, act_places, affixed_only, label_chunks, names_place, names_role, names_the_object, says_missing,
    states_negative, weak_keywords, written_names)
from pipeline.records.codebook import Code, Codebook

# adverbs of manner that go before the act they qualify: a keyword opening with one keeps its order, since
# after an act the adverb qualifies the next ("abis minum langsung rebah" is no "langsung minum")
BEFORE_ITS_ACT = frozenset({"langsung", "segera", "lekas", "cepat-cepat", "buru-buru"})


def keyword_rules(code: Code, codebook: Codebook) -> list[KeywordRule]:
    """The rules a code's keywords, label, definition and examples give it.

    Terms written with the rule language's syntax (`prefix*`) are kept as written; `@concept`
    references are expanded. A code that names an absence ("Tidak memiliki ...") is found
    through negation, so negation does not silence it.
    """
    negatable = is_negatable(code)
    keywords = expand_terms(code.keywords, codebook.concepts)
    signs = negatable or _names_signs(code, keywords)
    if code.rules:
        # a code with rules was written with the rule language's exact matching in mind
        return [KeywordRule((), tuple(keywords), None, KEYWORD_CONFIDENCE, KEYWORD, negatable,
                            by_lemma=False)] if keywords else []
    # a code that names an absence: a keyword that does not say "missing" itself ("KK", not
    # "belum menikah") is evidence only where the text says the thing is missing
    denying = [k for k in keywords if not signs and says_missing(k)]
    affixed = frozenset(k for k in keywords if is_plain_keyword(k)
                        and affixed_only(k, *word_analyzer().analyze(k.casefold())))
    rules: list[KeywordRule] = []
    for stated in (False, True):   # "belum punya KK" as written; "suami larang" unless negated
        terms = [k for k in denying if states_negative(k) == stated]
        if terms:
            rules.append(KeywordRule((), tuple(terms), None, KEYWORD_CONFIDENCE, KEYWORD, stated, affixed=affixed))
    unmoored = unmoored_values(code, codebook)   # "dekat" of a pair: only beside its matter (value_pairs.py)
    plain = [k for k in keywords if k not in denying and k not in unmoored]
    weak = _weak(code, codebook, plain)
    rules.extend(_plain_rules(code, codebook, plain, weak, signs, affixed))
    plain = [k for k in plain if k not in weak]
    # a name the label or definition spells in capitals ("the KUA's part") has no Manado Malay
    # form to translate ("kua" is not *kuat*)
    names = written_names(plain, f"{code.label} {code.definition}")
    standard = indonesian_forms([k for k in plain if k not in names], exclude=keywords)
    if standard:   # documents are in Indonesian; speech is read through its translation already
        rules.append(KeywordRule((), tuple(standard), None, KEYWORD_CONFIDENCE, KEYWORD, signs,
                                 denied_only=not signs, register=WRITTEN))
    for keyword in keywords:
        words, denied = negated_words(keyword)
        if len(words) > 1 and keyword not in weak:   # a weak one's words need support as it does
            own_negation = any(word.split()[0] in NEGATORS for word in words)
            rules.append(KeywordRule(tuple((word,) for word in words), (), KEYWORD_WINDOW,
                                     ANY_ORDER_CONFIDENCE, KEYWORD_WORDS,
                                     (signs or states_negative(keyword)) and not own_negation,
                                     denied_only=not signs and not says_missing(keyword),
                                     negated=frozenset(w for w in words if own_negation and w.casefold() == denied),
                                     ordered=words[0].split()[0].casefold() in CAUSATIVES | BEFORE_ITS_ACT))
    rules.extend(label_rules(code, codebook, keywords, negatable))
    rules.extend(definition_pair_rules(code, codebook, negatable))
    rules.extend(definition_phrase_rules(code, codebook, negatable))
    rules.extend(construct_rules(code, negatable))
    rules.extend(rule_code_rules(code))
    rules.extend(topic_keyword_rules(code, codebook, keywords, negatable))
    rules.extend(synonym_keyword_rules(keywords, signs))
    rules.extend(pair_rules(code, codebook))   # "tidak terlambat" of prompt care (value_pairs.py)
    rules.extend(_question_rules(code, codebook, plain, weak, affixed) if negatable else [])
    rules.append(_answer_rule())
    anchors, related = related_terms(codebook).get(code.id, ({}, {}))
    if anchors and len(related) > 1:
        # a term's senses: the codebook words it comes from, and the label compound it is a word of
        chunks = {word_lemma(w): chunk for w, chunk in label_chunks(code.label, content_words(code.label))}
        label_lemmas = frozenset(word_lemma(w) for w in content_words(code.label))
        written = written_senses(code)   # a name or title, one list's items (definition_senses.py)
        rules.append(KeywordRule((tuple(anchors), tuple(related)), (), WEAK_WINDOW, RELATED_CONFIDENCE, RELATED,
                                 negatable, denied_only=not negatable, distinct=True,
                                 senses=tuple((t, frozenset(f"from {s}" for s in sources)
                                               | chunks.get(word_lemma(t.casefold()), frozenset())
                                               | setting_sense(t, code.label) | _institution_sense(t)
                                               | written.get(t.casefold(), frozenset())
                                               | circumstance_sense(t, label_lemmas))
                                              for t, sources in related.items()),
                                 affixed=affixed | affixed_terms(related, anchors)))
    if negatable:
        rules.extend(_antonym_rules(keywords, rules))
        if stopped := [phrase for keyword in keywords if is_plain_keyword(keyword) for phrase in stopped_forms(keyword)]:
            rules.append(KeywordRule((), tuple(stopped), None, ANTONYM_CONFIDENCE, KEYWORD, negatable=False))
        if only := restrictive_forms([keyword for keyword in keywords if is_plain_keyword(keyword)]):   # "hanya ASI"
            rules.append(KeywordRule((), only, None, ANY_ORDER_CONFIDENCE, KEYWORD_WORDS, negatable=True))
    if names_both_sides(code.label) or covers_both_sides(code.definition):   # "tidak setuju" is as much its evidence as "setuju"
        rules = [replace(rule, negatable=False) if rule.negatable and not rule.denied_only else rule
                 for rule in rules]
    return rules


def names_both_sides(label: str) -> bool:
    """Does a label name a word and the opposite that its negation means ("Persetujuan atau
    penolakan suami": *tidak setuju* is *tolak*, antonyms.py)? Then a negated keyword is still
    the code's matter ("belum mendapat izin dari suami", "suami tidak keberatan")."""
    lemmas = {word_lemma(w) for w in content_words(label)}
    return any(lemma in NEGATED_ANTONYMS and lemmas & {word_lemma(a) for a in NEGATED_ANTONYMS[lemma]}
               for lemma in lemmas)


# a definition covering a thing's presence and its absence ("ada tidaknya pelampung di perahu", "whether
# the mother follows it or not"); "atau tidak" before a word of its own is a second negated alternative
# ("dibagi tidak merata atau tidak sampai"), as "or not" inside a clause is; so is a bare "ada tidak" before
# a word of its own: "yang ada tidak cukup" (what there is is not enough) denies, it covers no absence
_BOTH_SIDES = re.compile(r"\bada\s+(?:atau\s+tidak(?:nya)?|tidaknya)\b|\bada\s+tidak\b(?!\s+[a-z])|\batau\s+tidak(?:nya)?\b(?!\s+[a-z])|\bor\s+not\b(?!\s+\w)|\bwhether\b(?!\s+\w+(?:ed|ne|ght)\s*,)"
                         r"|\bpresence\s+or\s+absence\b", re.IGNORECASE)


def covers_both_sides(definition: str) -> bool:
    """Does a code's definition cover a thing's presence and its absence? Then a negated keyword
    ("perahu belum dilengkapi pelampung") is still the code's matter."""
    return _BOTH_SIDES.search(definition or "") is not None


def _plain_rules(code: Code, codebook: Codebook, plain: list[str], weak: list[str], negatable: bool,
                 affixed: frozenset[str]) -> list[KeywordRule]:
    """The rules of a code's keywords as written: each alone, but a weak one (`_weak`) only with
    another word of its code, and a name (`specificity.written_names`) so only in documents."""
    def rule(slots: tuple[tuple[str, ...], ...], context: list[str], register: str = "") -> KeywordRule:
        return KeywordRule(slots, tuple(context), None, KEYWORD_CONFIDENCE, KEYWORD, negatable,
                           denied_only=not negatable, affixed=affixed, register=register)

    strong = [k for k in plain if k not in weak]
    # a code naming an absence reads its names only where the text says they are missing
    names = written_names(strong, f"{code.label} {code.definition}") if negatable else []
    rules = []
    # a role is supported by what the worker does, and by a place only where the code's act is
    roles = [k for k in weak if word_lemma(k.casefold()) in ROLE]
    for paired, register in (([k for k in weak if k not in roles], ""), (roles, ""), (names, WRITTEN)):
        support = support_words(code, codebook, weak + names if register else weak) if paired else ()
        written_support = support_words(code, codebook, weak, in_documents=True) if paired and not register else support
        if paired is roles:
            support, written_support = _at_act_places(code, support), _at_act_places(code, written_support)
        if support and written_support != support:   # a document's support differs from speech's
            rules.append(rule((tuple(paired), support), [], SPOKEN))
            support, register = written_support, WRITTEN
        if support:
            rules.append(rule((tuple(paired), support), [], register))
    if names:   # in speech a name is evidence alone
        rules.append(rule((), strong, SPOKEN))
        strong = [k for k in strong if k not in names]
    if strong:
        rules.append(rule((), strong, WRITTEN if names else ""))
    return rules


def _at_act_places(code: Code, support: tuple[str, ...]) -> tuple[str, ...]:
    """A role's support without the places where the code's act does not happen: a place next to a
    role says which worker ("kader posyandu"), not what she does."""
    where = act_places(affirmed_text(code))
    return tuple(w for w in support if not names_place(w) or " ".join(w.casefold().split()) in where)


def _names_signs(code: Code, keywords: list[str]) -> bool:
    """A label saying "cannot" ("Malam nyanda bisa tidor") whose keywords are the hardship's signs
    (trauma, takut), told affirmed. A keyword repeating the label's own act or thing ("Tidak bisa
    bayar iuran": iuran) without saying it is missing names what is missing, as any absence's does:
    "rutin bayar iuran" is no evidence."""
    norms = analyze_phrase(code.label)[0]
    if not (names_inability(norms) or denied_of_its_subject(norms)):   # claim_labels.py: "Warga tidak ada di rumah"
        return False
    label = {word_lemma(word) for word in content_words(code.label)}
    return not any(label & {word_lemma(word) for word in content_words(keyword)} and not says_missing(keyword)
                   for keyword in keywords)


def _antonym_rules(keywords: list[str], rules: list[KeywordRule]) -> list[KeywordRule]:
    """A single-word keyword (or a label word standing alone) also found through its negated
    antonym ("tidak berani" for `takut`), a little less confidently than the word itself."""
    single_label = [term for rule in rules if rule.kind in (LABEL, LABEL_PHRASE) and not rule.slots for term in rule.context]
    found = []
    for words, confidence in ((keywords, ANTONYM_CONFIDENCE), (single_label, LABEL_CONFIDENCE)):
        # phrases grouped by the words that silence them beside ("nyanda bayar iuran": antonyms.py)
        by_blockers: dict[tuple[str, ...], list[str]] = {}
        for word in words:
            if is_plain_keyword(word) and " " not in word:
                lemma = word_lemma(word.casefold())
                by_blockers.setdefault(antonym_blockers(lemma), []).extend(negated_antonyms(lemma))
        for blockers, phrases in by_blockers.items():
            if phrases:
                found.append(KeywordRule((), tuple(phrases), None, confidence,
                                         KEYWORD if words is keywords else LABEL, negatable=False,
                                         unless_beside=blockers))
    return found


def _institution_sense(term: str) -> frozenset[str]:
    """A place or a worker (specificity.names_place, names_role) shares the setting's sense in a
    related pair even where the label names it: "Puskesmas … bidan" says where and who, not that
    the label's act happened there ("NIK so daftar di Puskesmas, mar bidan bilang ...")."""
    return SETTING if names_place(term) or names_role(term) else frozenset()


def _question_rules(code: Code, codebook: Codebook, plain: list[str], weak: list[str],
                    affixed: frozenset[str]) -> list[KeywordRule]:
    """A short answer coded through the interviewer's question: "Pernah ada kader datang ke
    rumah?" "Iyo, so dua kali, dorang bawa undangan." The question holds one of the code's
    keywords (not a weak one) or a label word not naming the study; the answer holds another
    word of the code (a keyword, a label or definition word, a word related to a keyword or the
    label) and does not deny in its first clause
    (`rules.CompiledCodebook.fire_matches`); a role asked ("Apa saja tugas kader di sini?") is
    supported as in a turn, not by a place where the code's act is not ("Posyandu tiap tanggal
    sepuluh ..."). A keyword in the answer itself is evidence anyway."""
    topic = topic_lemmas(codebook)
    asked = [k for k in plain if is_plain_keyword(k) and k not in weak]
    asked += [w for w in content_words(code.label) if word_lemma(w) not in topic]
    # the code's own words and the words related to its keywords and label; words related only
    # to the definition are too loose to be an answer's one word
    anchors = related_terms(codebook).get(code.id, ({}, {}))[0]
    own = [k for k in plain if is_plain_keyword(k) and k not in weak] + content_words(code.label)
    own += [w for w in content_words(affirmed_text(code)) if not is_english(w)]
    answer = [w for w in dict.fromkeys(own + list(anchors))
              if w.casefold() not in STOP_WORDS and topic.isdisjoint(word_lemma(p) for p in w.casefold().split())]
    if not asked or not answer:
        return []
    # a role asked is supported as in a turn: a place says which worker, not what she does (_at_act_places)
    places = frozenset(answer) - frozenset(_at_act_places(code, tuple(answer)))
    # the informant's role is the topic of none of her interview answers in particular (a printed
    # quote's author chose it for who speaks too: answers.Question.quoted): a topic only it lends
    # ("Istri nelayan": istri) takes a word related to the code's keywords ("restu" of "izin suami"),
    # not a word of its definition ("Suami terdampar di pulau") nor, for a code the researcher gave
    # no keywords, a word related to its label (round 34: 19 of 22 such codings wrong on dev interviews)
    role_answers = frozenset(anchors) & frozenset(answer) if plain else frozenset()
    return [KeywordRule((tuple(answer),), tuple(dict.fromkeys(asked)), None, QUESTION_CONFIDENCE, QUESTION,
                        True, affixed=affixed, apart_from_roles=places,
                        for_the_role=role_answers)]


def _answer_rule() -> KeywordRule:
    """A yes opening the answer to a yes/no question that names the code itself, by any of its
    rules: "Ada juga yang takut efek obatnya?" "Ada, cukup banyak." (answers.py); the question
    is read in `question_reading.read_question`, the yes checked in `rules.CompiledCodebook.fire_matches`."""
    return KeywordRule((YES_WORDS,), (), None, ANSWER_CONFIDENCE, ANSWER, True)


def _weak(code: Code, codebook: Codebook, plain: list[str]) -> list[str]:
    """The code's plain single-word keywords that are weak evidence alone (specificity.py)."""
    candidates = [k for k in plain if is_plain_keyword(k)]
    if not candidates:
        return []
    objects = [k for k in candidates if names_the_object(k, code.label)]
    words = code_lemmas(codebook)
    others = frozenset().union(*(lemmas for other, lemmas in words.items() if other != code.id))
    own_label = frozenset(word_lemma(w) for w in WORD.findall(code.label.casefold()))
    weak = weak_keywords(candidates, {k: word_lemma(k.casefold()) for k in candidates}, keyword_topic(codebook, code),
                         own_label, others)
    return weak + [k for k in objects if k not in weak]

