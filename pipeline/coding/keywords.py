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

from dataclasses import dataclass, replace

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.codebook.rule_syntax import expand_terms
from pipeline.coding.answers import YES_WORDS
from pipeline.coding.antonyms import NEGATED_ANTONYMS, negated_antonyms, stopped_forms
from pipeline.coding.codebook_words import (
    WORD,
    affirmed_label,
    affirmed_text,
    code_lemmas,
    content_words,
    is_english,
    is_negatable,
    is_plain_keyword,
    keyword_topic,
    related_terms,
    topic_lemmas,
    translated_definitions,
    word_lemma,
)
from pipeline.coding.compounds import fixed_compounds
from pipeline.coding.keyword_forms import indonesian_forms, restrictive_forms
from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.negation import NEGATORS
from pipeline.coding.nlp import analyze_phrase
from pipeline.coding.related import keeps_sense
from pipeline.coding.specificity import (
    KIN, ROLE, SETTING, act_places, affixed_only, is_light_verb, label_chunks, qualifies, names_place, names_role,
    names_setting, says_missing, states_negative, weak_keywords, written_names)
from pipeline.records.codebook import Code, Codebook

KEYWORD_CONFIDENCE = 0.6        # a keyword as written (or its lemmas)
ANY_ORDER_CONFIDENCE = 0.55     # a keyword's words in another order, close together
LABEL_CONFIDENCE = 0.45         # two of the label's content words close together
DEFINITION_CONFIDENCE = 0.4     # label and definition words close together
ANTONYM_CONFIDENCE = 0.5       # a keyword's negated opposite ("tidak berani" for takut)
EXAMPLE_CONFIDENCE = 0.35       # two words of the code's examples close together
RELATED_CONFIDENCE = 0.3        # two related words of different senses close together
QUESTION_CONFIDENCE = 0.4       # the question's keyword or label word, a word of the code in the answer
ANSWER_CONFIDENCE = 0.4         # a yes/no question naming the code, a yes opening the answer (answers.py)
KEYWORD_WINDOW = 5              # tokens spanned by a keyword's words in any order
WEAK_WINDOW = 8                 # tokens spanned by two weak evidence words

KEYWORD = "keyword"
KEYWORD_WORDS = "keyword words"
LABEL = "label"
DEFINITION = "definition"
EXAMPLES = "examples"
RELATED = "related"
QUESTION = "question"
ANSWER = "yes to the question"
ONLY_WHEN, UNHEEDED = "only when", "request unheeded"   # kinds of only_when.py, unheeded.py
WRITTEN = "written"   # a rule's register (KeywordRule.register): documents only
SPOKEN = "spoken"     # interview turns and quotations only


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
    register: str = ""                   # read only in documents (WRITTEN) or only in speech (SPOKEN)
    apart_from_roles: frozenset[str] = frozenset()   # answer terms no support for a role asked (QUESTION)
    unless_beside: tuple[str, ...] = ()  # terms that silence the rule next to its first slot's word ("tidak hanya")


def keyword_rules(code: Code, codebook: Codebook) -> list[KeywordRule]:
    """The rules a code's keywords, label, definition and examples give it.

    Terms written with the rule language's syntax (`prefix*`) are kept as written; `@concept`
    references are expanded. A code that names an absence ("Tidak memiliki ...") is found
    through negation, so negation does not silence it.
    """
    negatable = is_negatable(code)
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
    for stated in (False, True):   # "belum punya KK" as written; "suami larang" unless negated
        terms = [k for k in denying if states_negative(k) == stated]
        if terms:
            rules.append(KeywordRule((), tuple(terms), None, KEYWORD_CONFIDENCE, KEYWORD, stated, affixed=affixed))
    plain = [k for k in keywords if k not in denying]
    weak = _weak(code, codebook, plain)
    rules.extend(_plain_rules(code, codebook, plain, weak, negatable, affixed))
    plain = [k for k in plain if k not in weak]
    # a name the label or definition spells in capitals ("the KUA's part") has no Manado Malay
    # form to translate ("kua" is not *kuat*)
    names = written_names(plain, f"{code.label} {code.definition}")
    standard = indonesian_forms([k for k in plain if k not in names], exclude=keywords)
    if standard:   # documents are in Indonesian; speech is read through its translation already
        rules.append(KeywordRule((), tuple(standard), None, KEYWORD_CONFIDENCE, KEYWORD, negatable,
                                 denied_only=not negatable, register=WRITTEN))
    for keyword in keywords:
        words = _keyword_words(keyword)
        if len(words) > 1:
            own_negation = any(word in NEGATORS for word in words)
            rules.append(KeywordRule(tuple((word,) for word in words), (), KEYWORD_WINDOW,
                                     ANY_ORDER_CONFIDENCE, KEYWORD_WORDS,
                                     (negatable or states_negative(keyword)) and not own_negation,
                                     denied_only=not negatable and not says_missing(keyword)))
    rules.extend(_weak_rules(code, codebook, keywords, negatable))
    rules.extend(_question_rules(code, codebook, plain, weak, affixed) if negatable else [])
    rules.append(_answer_rule())
    anchors, related = related_terms(codebook).get(code.id, ({}, {}))
    if anchors and len(related) > 1:
        # a term's senses: the codebook words it comes from, and the label compound it is a word of
        chunks = {word_lemma(w): chunk for w, chunk in label_chunks(code.label, content_words(code.label))}
        rules.append(KeywordRule((tuple(anchors), tuple(related)), (), WEAK_WINDOW, RELATED_CONFIDENCE, RELATED,
                                 negatable, denied_only=not negatable, distinct=True,
                                 senses=tuple((t, frozenset(f"from {s}" for s in sources)
                                               | chunks.get(word_lemma(t.casefold()), frozenset())
                                               | _setting_sense(t, code.label) | _institution_sense(t))
                                              for t, sources in related.items()),
                                 affixed=affixed | {t for t in related if keeps_sense(t)}))
    if negatable:
        rules.extend(_antonym_rules(keywords, rules))
        if stopped := [phrase for keyword in keywords if is_plain_keyword(keyword) for phrase in stopped_forms(keyword)]:
            rules.append(KeywordRule((), tuple(stopped), None, ANTONYM_CONFIDENCE, KEYWORD, negatable=False))
        if only := restrictive_forms([keyword for keyword in keywords if is_plain_keyword(keyword)]):   # "hanya ASI"
            rules.append(KeywordRule((), only, None, ANY_ORDER_CONFIDENCE, KEYWORD_WORDS, negatable=True))
    if names_both_sides(code.label):   # "tidak setuju" is as much its evidence as "setuju"
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
        support = _support(code, codebook, weak + names if register else weak) if paired else ()
        written_support = _support(code, codebook, weak, in_documents=True) if paired and not register else support
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


def _antonym_rules(keywords: list[str], rules: list[KeywordRule]) -> list[KeywordRule]:
    """A single-word keyword (or a label word standing alone) also found through its negated
    antonym ("tidak berani" for `takut`), a little less confidently than the word itself."""
    single_label = [term for rule in rules if rule.kind == LABEL and not rule.slots for term in rule.context]
    found = []
    for words, confidence in ((keywords, ANTONYM_CONFIDENCE), (single_label, LABEL_CONFIDENCE)):
        phrases = [phrase for word in words if is_plain_keyword(word) and " " not in word
                   for phrase in negated_antonyms(word_lemma(word.casefold()))]
        if phrases:
            found.append(KeywordRule((), tuple(phrases), None, confidence, KEYWORD if words is keywords else LABEL,
                                     negatable=False))
    return found


def _compound_words(keyword: str) -> list[str]:
    """`_keyword_words`, but a keyword that is a fixed compound ("kartu keluarga", compounds.py)
    is one word: its "kartu" alone is any card."""
    return [keyword] if keyword.casefold() in fixed_compounds() else _keyword_words(keyword)


def _keyword_words(keyword: str) -> list[str]:
    """The words of a multi-word keyword that carry meaning; all of them when one alone does,
    as a stop word beside it is then the keyword's own ("perawat datang", "cuma ditimbang":
    spaCy lists *datang*, *ikut*, *jauh* as stop words); none when only stop words ("nanti saja")."""
    if not is_plain_keyword(keyword):
        return []
    words = keyword.split()
    content = [word for word in words if word not in STOP_WORDS or word in NEGATORS]
    return words if len(content) == 1 else content


def _weak_rules(code: Code, codebook: Codebook, keywords: list[str], negatable: bool) -> list[KeywordRule]:
    topic = topic_lemmas(codebook)
    taken = {lemma for keyword in keywords for lemma in analyze_phrase(keyword)[1]} | topic
    label = [w for w in content_words(affirmed_label(code)) if word_lemma(w) not in taken]
    taken |= {word_lemma(w) for w in label}
    definition = [w for w in content_words(affirmed_text(code))
                  if word_lemma(w) not in taken and not is_english(w)]
    translated = [w for w in translated_definitions(codebook).get(code.id, ()) if word_lemma(w.casefold()) not in taken]
    taken |= {word_lemma(w) for w in definition}
    others = {word_lemma(w) for other in codebook.codes if other.id != code.id
              for w in content_words(" ".join(other.examples))}
    examples = [w for w in content_words(" ".join(code.examples)) if word_lemma(w) not in taken | others]
    rules = []
    chunks = label_chunks(code.label, label)   # "pemerintah kabupaten": one piece of evidence
    # a derived label word keeps its sense as a keyword does: "tanggungan" is not "tanggung jawab"
    derived = frozenset(w for w in label + definition if affixed_only(w, *word_analyzer().analyze(w.casefold())))
    if len(label) > 1:
        rules.append(KeywordRule((tuple(label), tuple(label)), (), WEAK_WINDOW, LABEL_CONFIDENCE, LABEL, negatable,
                                 denied_only=not negatable, distinct=True, senses=chunks, affixed=derived))
    elif label and not qualifies(label[0], code.label) and not _names_theme(label[0], code, codebook):
        partner = _next_label_word(label[0], code.label)
        if partner:   # in a document, with the word the label writes after it ("penolakan suami")
            rules.append(KeywordRule(((label[0],), (partner,)), (), KEYWORD_WINDOW, LABEL_CONFIDENCE, LABEL, negatable,
                                     denied_only=not negatable, register=WRITTEN, affixed=derived))
        spoken = SPOKEN if partner else ""
        # a light verb ("pakai", "ikut") says what only with its object, a word naming the setting
        # ("keluarga" of "Beban keluarga yang merawat") who or where: alone it needs another word;
        # denied where the label names an absence it is the label's phrase ("tidak memakai KB")
        says_who = names_setting(label[0]) and not names_role(label[0])   # a relative, a place
        if not (negatable and (is_light_verb(label[0]) or says_who)):
            # a word completing a keyword before it ("Dispensasi kawin") names the keyword's
            # matter: in a document it is no evidence alone
            alone = SPOKEN if _completes_keyword(label[0], code.label, keywords) else spoken
            rules.append(KeywordRule((), tuple(label), None, LABEL_CONFIDENCE, LABEL, negatable,
                                     denied_only=not negatable, register=alone, affixed=derived))
        elif support := _support(code, codebook, label):
            rules.append(KeywordRule(((label[0],), support), (), None, LABEL_CONFIDENCE, LABEL, negatable,
                                     register=spoken, affixed=derived))
    elif topic.issuperset(word_lemma(w) for w in content_words(code.label)):
        rules.extend(KeywordRule(pair, (), KEYWORD_WINDOW, LABEL_CONFIDENCE, LABEL, negatable, denied_only=not negatable)
                     for pair in _specific_pairs(code, codebook))
    if label or definition:
        both = tuple(dict.fromkeys(label + definition))
        if len(both) > 1:
            settings = tuple((w, _setting_sense(w, code.label)) for w in definition if _setting_sense(w, code.label))
            rules.append(KeywordRule((both, both), (), WEAK_WINDOW, DEFINITION_CONFIDENCE, DEFINITION, negatable,
                                     denied_only=not negatable, distinct=True, senses=chunks + settings,
                                     affixed=derived))
    # what the code's own words name (not who, where or a circumstance) beside what its English
    # definition says in Indonesian
    own = tuple(w for w in dict.fromkeys(label + [w for k in keywords if is_plain_keyword(k) for w in _compound_words(k)])
                if not names_setting(w) and not qualifies(w, code.label) and w.casefold() not in STOP_WORDS | NEGATORS)
    translated = [w for w in translated if not names_setting(w) and not is_light_verb(w)
                  and not set(w.casefold().split()) <= NEGATORS]
    if translated and own:
        rules.append(KeywordRule((own, tuple(translated)), (), WEAK_WINDOW, DEFINITION_CONFIDENCE, DEFINITION,
                                 negatable, denied_only=not negatable, register=WRITTEN))
    if len(examples) > 1:
        rules.append(KeywordRule((tuple(examples), tuple(examples)), (), WEAK_WINDOW, EXAMPLE_CONFIDENCE,
                                 EXAMPLES, negatable, denied_only=not negatable))
    return rules


def _specific_pairs(code: Code, codebook: Codebook) -> list[tuple[tuple[str], tuple[str]]]:
    """The pairs of a code's least-shared label words that no other code's label holds both of:
    when every label word is shared ("Puskesmas dan desa membantu untuk pendaftaran" beside
    "... membantu dalam rujukan" and "Malas untuk mengurus pendaftaran"), two of them together
    may still name this code alone ("membantu ... pendaftaran"); a word of more labels than
    these ("puskesmas", "desa") names the study's setting."""
    others = [{word_lemma(w) for w in content_words(other.label)} for other in codebook.codes if other.id != code.id]
    shared = {word: sum(word_lemma(word) in lemmas for lemmas in others) for word in content_words(code.label)}
    if len(shared) < 2:
        return []
    rarest_two = sorted(shared.values())[1]
    words = [word for word, count in shared.items() if count <= rarest_two]
    return [((first,), (second,)) for i, first in enumerate(words) for second in words[i + 1:]
            if word_lemma(first) != word_lemma(second)
            and not any(word_lemma(first) in lemmas and word_lemma(second) in lemmas for lemmas in others)]


def _setting_sense(term: str, label: str) -> frozenset[str]:
    """The sense every word naming only the setting shares (specificity.names_setting: a place,
    a person), unless the code's label names it: two of them ("posyandu … balita") are one piece
    of evidence, where and who, not what; "suami … mertua" of "Penolakan suami atau mertua" two."""
    if not names_setting(term) or word_lemma(term.casefold()) in {word_lemma(w) for w in content_words(label)}:
        return frozenset()
    return SETTING


def _completes_keyword(word: str, label: str, keywords: list[str]) -> bool:
    """Is `word` written in `label` right after one of the code's one-word keywords, as the
    keyword is written ("Dispensasi kawin" with the keyword "dispensasi")? Then it says what the
    keyword is about: in a document "perkawinan" alone is any marriage, the law's age limit or a
    count of weddings, not the dispensation."""
    words = WORD.findall(label.casefold())
    if word not in words or words.index(word) == 0:
        return False
    return words[words.index(word) - 1] in {k.strip().casefold() for k in keywords}


def _institution_sense(term: str) -> frozenset[str]:
    """A place or a worker (specificity.names_place, names_role) shares the setting's sense in a
    related pair even where the label names it: "Puskesmas … bidan" says where and who, not that
    the label's act happened there ("NIK so daftar di Puskesmas, mar bidan bilang ...")."""
    return SETTING if names_place(term) or names_role(term) else frozenset()


def _next_label_word(word: str, label: str) -> str | None:
    """The content word written right after `word` in `label`, if any ("penolakan suami")."""
    words = WORD.findall(label.casefold())
    if word not in words:
        return None
    following = words[words.index(word) + 1:words.index(word) + 2]
    return following[0] if following and following[0] in content_words(label) else None


def _names_theme(word: str, code: Code, codebook: Codebook) -> bool:
    """Is `word` also in the label of the code's theme, over several codes ("ODGJ" of "Pemasungan
    dan pengurungan ODGJ" under "Perawatan ODGJ di rumah")? A theme label composed of its codes'
    words leaves each word to its code (`group_lemmas`), but it still names the area the code
    shares with its neighbours: that word alone is the study's subject, named in every paragraph
    (a statistic, a register), not the code."""
    theme = next(theme for theme in codebook.themes if any(
        c.id == code.id for category in theme.categories for c in category.codes))
    if sum(len(category.codes) for category in theme.categories) < 2:
        return False
    return word_lemma(word) in {word_lemma(w) for w in content_words(theme.label)}


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
    return [KeywordRule((tuple(answer),), tuple(dict.fromkeys(asked)), None, QUESTION_CONFIDENCE, QUESTION,
                        True, affixed=affixed, apart_from_roles=places)]


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
    words = code_lemmas(codebook)
    others = frozenset().union(*(lemmas for other, lemmas in words.items() if other != code.id))
    own_label = frozenset(word_lemma(w) for w in WORD.findall(code.label.casefold()))
    return weak_keywords(candidates, {k: word_lemma(k.casefold()) for k in candidates}, keyword_topic(codebook, code),
                         own_label, others)


def _support(code: Code, codebook: Codebook, weak: list[str], in_documents: bool = False) -> tuple[str, ...]:
    """The words that make a weak keyword evidence: the code's other keywords, its label's and
    definition's content words and its related words, none naming the study or the weak keyword;
    `in_documents`, none naming only the setting either when the weak keywords do (a role, a place:
    "honor kader dan kegiatan posyandu" is a budget line, not a cadre's visit)."""
    excluded = topic_lemmas(codebook) | {word_lemma(k.casefold()) for k in weak} | KIN   # a relative: who, not what
    words = [k for k in expand_terms(code.keywords, codebook.concepts) if is_plain_keyword(k) and k not in weak]
    words += content_words(code.label) + [w for w in content_words(affirmed_text(code)) if not is_english(w)]
    words += list(related_terms(codebook).get(code.id, ({}, {}))[1])
    # in a document a role or a place is not seconded by another ("insentif kader ... posyandu")
    setting = in_documents and all(names_setting(k) for k in weak)
    return tuple(dict.fromkeys(w for w in words if w.casefold() not in STOP_WORDS
                               and not (setting and _setting_sense(w, code.label))
                               and excluded.isdisjoint(word_lemma(part) for part in w.casefold().split())))
