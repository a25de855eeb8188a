"""Weaker evidence from a code's label, definition and examples, for a codebook without rules.

Two such words of different senses close together propose the code; when every label word is
another label's too, two of its least-shared label words that no other label holds together.
A keyword that is weak alone is supported by the code's other words (`support_words`). A label
word in Manado Malay is also found as its Indonesian word (`_indonesian_forms`). A label's one own
word, in a document, with the word the label writes after it, also as its near synonym, read as the
related pair reads one (`codebook_words.near_synonyms`): "Sosialisasi keselamatan berkendara" for
"Penyuluhan keselamatan berkendara" (laka documents 0.545 -> 0.569).
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.codebook.rule_syntax import expand_terms
from pipeline.coding.codebook_words import (
    WORD, affirmed_label, affirmed_text, content_words, is_plain_keyword, near_synonyms, own_definition_words,
    related_terms, topic_lemmas, translated_definitions, word_lemma)
from pipeline.coding.related import in_indonesian, is_english
from pipeline.coding.keyword_rule import (
    DEFINITION, DEFINITION_CONFIDENCE, EXAMPLE_CONFIDENCE, EXAMPLES, KEYWORD_WINDOW, LABEL, LABEL_CONFIDENCE,
    LABEL_PHRASE, SPOKEN, WEAK_WINDOW, WRITTEN, KeywordRule, compound_words)
from pipeline.coding.definition_senses import title_senses, written_senses
from pipeline.coding.example_vocabulary import telling_words
from pipeline.coding.function_words import example_content_words
from pipeline.coding.keyword_forms import added_words
from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.negation import NEGATORS
from pipeline.coding.nlp import analyze_phrase
from pipeline.coding.specificity import (
    KIN, SETTING, affixed_only, is_light_verb, label_chunks, names_setting, opens_with_time, qualifies)
from pipeline.records.codebook import Code, Codebook


def label_rules(code: Code, codebook: Codebook, keywords: list[str], negatable: bool) -> list[KeywordRule]:
    topic = topic_lemmas(codebook)
    taken = {lemma for keyword in keywords for lemma in analyze_phrase(keyword)[1]} | topic
    label = [w for w in content_words(affirmed_label(code)) if word_lemma(w) not in taken]
    taken |= {word_lemma(w) for w in label}
    definition_only = [w for w in label if opens_with_time(w, code.label)]   # when, not what: with another word only
    label = [w for w in label if w not in definition_only] or label
    definition = [w for w in own_definition_words(code, codebook) if word_lemma(w) not in taken]
    translated = [w for w in translated_definitions(codebook).get(code.id, ()) if word_lemma(w.casefold()) not in taken]
    taken |= {word_lemma(w) for w in definition}
    others = {word_lemma(w) for other in codebook.codes if other.id != code.id
              for w in example_content_words(" ".join(other.examples))}
    examples = [w for w in telling_words(code.examples) if word_lemma(w) not in taken | others]
    rules = []
    chunks = label_chunks(code.label, label)   # "pemerintah kabupaten": one piece of evidence
    forms, chunks = _indonesian_forms(label, chunks, taken)
    # a derived label word keeps its sense as a keyword does: "tanggungan" is not "tanggung jawab"
    derived = frozenset(w for w in label + definition if affixed_only(w, *word_analyzer().analyze(w.casefold())))
    if len(label) > 1:
        rules.append(KeywordRule((tuple(label + forms), tuple(label + forms)), (), WEAK_WINDOW, LABEL_CONFIDENCE, LABEL,
                                 negatable, denied_only=not negatable, distinct=True, senses=chunks, affixed=derived))
    elif label and not qualifies(label[0], code.label) and not _names_theme(label[0], code, codebook):
        partner = _next_label_word(label[0], code.label)
        if partner:   # in a document, with the word the label writes after it ("penolakan suami"), the word
            # or its near synonym ("sosialisasi keselamatan" of "Penyuluhan keselamatan berkendara")
            heads = (label[0], *near_synonyms(codebook, code, label[0]))
            rules.append(KeywordRule((heads, (partner,)), (), KEYWORD_WINDOW, LABEL_CONFIDENCE, LABEL, negatable,
                                     denied_only=not negatable, register=WRITTEN, affixed=derived))
        spoken = SPOKEN if partner else ""
        # a light verb ("pakai", "ikut") says what only with its object, a word naming the setting
        # ("keluarga" of "Beban keluarga yang merawat") who or where: alone it needs another word;
        # denied where the label names an absence it is the label's phrase ("tidak memakai KB")
        says_who = names_setting(label[0])   # a relative, a place, a worker
        # a keyword's object or modifier needs another word of its code (the keyword's own
        # one-word completion, "Dispensasi kawin", is ruled by register below)
        dependent = _follows_keyword_word(label[0], code.label, keywords, topic) \
            and not _completes_keyword(label[0], code.label, keywords)
        if not (negatable and (is_light_verb(label[0]) or says_who)) and not dependent:
            # a word completing a keyword before it ("Dispensasi kawin") names the keyword's
            # matter: in a document it is no evidence alone
            alone = SPOKEN if _completes_keyword(label[0], code.label, keywords) else spoken
            # a label naming an absence whose one word the text denies is said in the label's own
            # phrase ("Malam nyanda bisa tidor": "nda bisa tidor"): no weak piece
            rules.append(KeywordRule((), tuple(label + forms), None, LABEL_CONFIDENCE,
                                     LABEL if negatable else LABEL_PHRASE, negatable, denied_only=not negatable,
                                     register=alone, affixed=derived))
        elif support := support_words(code, codebook, label):
            rules.append(KeywordRule(((label[0],), support), (), None, LABEL_CONFIDENCE, LABEL, negatable,
                                     register=spoken, affixed=derived))
    elif topic.issuperset(word_lemma(w) for w in content_words(code.label)):
        rules.extend(KeywordRule(pair, (), KEYWORD_WINDOW, LABEL_CONFIDENCE, LABEL, negatable, denied_only=not negatable)
                     for pair in _specific_pairs(code, codebook))
    # what the code's own words name (not who, where or a circumstance) beside what its English
    # definition says in Indonesian
    own = tuple(w for w in dict.fromkeys(label + [w for k in keywords if is_plain_keyword(k) for w in compound_words(k)])
                if not names_setting(w) and not qualifies(w, code.label) and w.casefold() not in STOP_WORDS | NEGATORS)
    translated = [w for w in translated if not names_setting(w) and not is_light_verb(w)
                  and not set(w.casefold().split()) <= NEGATORS]
    # no keywords: the label's and definition's words are the code's vocabulary, in speech too
    pool = () if keywords else _vocabulary(code, own, translated, topic)
    both = tuple(dict.fromkeys(label + definition_only + forms + definition))
    # one piece as the label and definition write it; a keywordless code's label compound said
    # whole ("hamil tua") is its label's phrase, two pieces of its vocabulary
    for terms, affixed, compounds in ((both, derived, dict(chunks)), (pool, frozenset(), {})):
        if len(terms) > 1:
            # the study's subject as its title writes it ("tenaga kesehatan") is one piece, not two
            compounds = {term: compounds.get(term, frozenset()) | sense
                         for term, sense in (compounds | title_senses(codebook.title, terms)).items()}
            senses = _definition_senses(code, terms, compounds, definition, pool)
            rules.extend(KeywordRule((terms, terms), (), within, DEFINITION_CONFIDENCE, DEFINITION, negatable,
                                     denied_only=not negatable, distinct=True, affixed=affixed, senses=senses,
                                     register=register) for register, within in _definition_windows(keywords))
    if translated and own and keywords:
        rules.append(KeywordRule((own, tuple(translated)), (), WEAK_WINDOW, DEFINITION_CONFIDENCE, DEFINITION,
                                 negatable, denied_only=not negatable, register=WRITTEN))
    if len(examples) > 1:
        rules.append(KeywordRule((tuple(examples), tuple(examples)), (), WEAK_WINDOW, EXAMPLE_CONFIDENCE,
                                 EXAMPLES, negatable, denied_only=not negatable, distinct=True))
    return rules


def _definition_windows(keywords: list[str]) -> tuple[tuple[str, int], ...]:
    """How close a code's definition words must stand, by register: WEAK_WINDOW for a code with
    keywords; for a code written with `keywords: []`, whose label and definition are all the words
    it has (as NVivo and MAXQDA codebooks are written: a name and a description), a written
    sentence's span in a document (twice WEAK_WINDOW) and a spoken one's in speech (three times:
    a turn says its point over a run of clauses, "kita pe anak ... kong dorang ...")."""
    if keywords:
        return (("", WEAK_WINDOW),)
    return ((WRITTEN, 2 * WEAK_WINDOW), (SPOKEN, 3 * WEAK_WINDOW))


def _vocabulary(code: Code, own: tuple[str, ...], translated: list[str], topic: frozenset[str]) -> tuple[str, ...]:
    """A keywordless code's words: its label's (an English label word through its Indonesian
    words, "Hope for a transplant" -> harapan, transplantasi), not the study's topic nor a word
    naming only who or where, and the Indonesian words of what its English definition affirms."""
    label = [i for w in own for i in (in_indonesian(w) if is_english(w) else (w,))]
    label = [w for w in label if w.casefold() not in STOP_WORDS and not names_setting(w)
             and word_lemma(w.casefold()) not in topic]
    return tuple(dict.fromkeys(label + translated))


def _definition_senses(code: Code, terms: tuple[str, ...], chunks: dict[str, frozenset[str]],
                       definition: list[str], pool: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The senses of a code's label and definition words, one rule's: a label compound's words
    (`chunks`) one piece where written together ("balap liar"), a definition word naming only who or where
    one sense with every other such word (`setting_sense`), and a keywordless code's vocabulary
    word its English sources (`_english_sources`): a word is one piece however it came in. A
    name or title the definition writes with a capital ("Bupati") says who, as a setting word does,
    and the items of one of its lists ("pil, suntik dan implan") are one piece (definition_senses.py)."""
    sources = _english_sources(code, pool) if pool else {}
    written = written_senses(code)
    # a person or place the label names is two pieces with another it names ("suami … mertua" of
    # "Penolakan suami atau mertua"), but one with a person or place only the definition names
    label_settings = {term: frozenset({f"setting {term}"}) for term in terms if names_setting(term)
                      and word_lemma(term.casefold()) in {word_lemma(w) for w in content_words(code.label)}}
    who = SETTING | frozenset().union(*label_settings.values())
    senses = {term: chunks.get(term, frozenset()) | label_settings.get(term, frozenset())
              | (who if SETTING <= written.get(term, frozenset())
                 or (term in definition + list(pool) and setting_sense(term, code.label)) else frozenset())
              | written.get(term, frozenset()) | sources.get(term, frozenset()) for term in terms}
    return tuple((term, found) for term, found in senses.items() if found)


def _english_sources(code: Code, terms: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each term -> the words of the code it stands for: an Indonesian word the English label or
    definition gives -> the English words it translates ("leave" -> cuti, izin: one piece of
    evidence), any other word -> itself, so a word said twice is not two pieces."""
    sources = {term: {word_lemma(term.casefold())} for term in terms}
    for word in content_words(f"{code.label} {affirmed_text(code)}"):
        for indonesian in in_indonesian(word) if is_english(word) else ():
            if indonesian in sources:
                sources[indonesian].add(word)
    return {term: frozenset(found) for term, found in sources.items()}


def _indonesian_forms(label: list[str], chunks: tuple, taken: set[str]) -> tuple[list[str], tuple]:
    """The Indonesian forms of the label's Manado Malay words ("tidor": *tidur*,
    `keyword_forms.added_words`) its other words do not already give, and the label's senses
    with each form one sense with its word: an Indonesian text says the label's point so."""
    senses = dict(chunks)
    for word in label:
        for form in added_words(word):
            if word_lemma(form) not in taken and form not in label and form not in senses:
                sense = senses.get(word, frozenset()) | {f"form of {word}"}
                senses[word] = senses[form] = sense
    return [form for form in senses if form not in label], tuple(senses.items())


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


def setting_sense(term: str, label: str) -> frozenset[str]:
    """The sense every word naming only the setting shares (specificity.names_setting: a place,
    a person), unless the code's label names it: two of them ("posyandu … balita") are one piece
    of evidence, where and who, not what; "suami … mertua" of "Penolakan suami atau mertua" two."""
    if not names_setting(term) or word_lemma(term.casefold()) in {word_lemma(w) for w in content_words(label)}:
        return frozenset()
    return SETTING


def _follows_keyword_word(word: str, label: str, keywords: list[str], topic: frozenset[str]) -> bool:
    """Is `word` written in `label` right after a word of one of the code's keywords (by lemma;
    not a word naming the study)? Indonesian puts the head first: the word is that keyword's
    object or modifier ("Menyembunyikan penyakit" with the keyword "sembunyi", "Ajakan langsung"
    with "diajak kader"), which alone says the object ("penyakit biasa") or the manner ("langsung
    dapat obat"), not the code: it needs another of the code's words."""
    words = WORD.findall(label.casefold())
    if word not in words or words.index(word) == 0 or _is_verb(word):
        return False   # a verb after a noun is its clause's predicate ("Keluarga memasak")
    if words[words.index(word) - 1] in STOP_WORDS | NEGATORS:
        return False
    head = word_lemma(words[words.index(word) - 1])
    held = {word_lemma(part) for keyword in keywords for part in WORD.findall(keyword.casefold())}
    return head in held and head not in topic


def _is_verb(word: str) -> bool:
    """A verb by its form: an active or passive prefix (me-, ber-, di-) or a light verb ("pakai")."""
    return word.startswith(("me", "ber", "di")) or is_light_verb(word)


def _completes_keyword(word: str, label: str, keywords: list[str]) -> bool:
    """Is `word` written in `label` right after one of the code's one-word keywords, as the
    keyword is written ("Dispensasi kawin" with the keyword "dispensasi")? Then it says what the
    keyword is about: in a document "perkawinan" alone is any marriage, the law's age limit or a
    count of weddings, not the dispensation."""
    words = WORD.findall(label.casefold())
    if word not in words or words.index(word) == 0:
        return False
    return words[words.index(word) - 1] in {k.strip().casefold() for k in keywords}


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


def support_words(code: Code, codebook: Codebook, weak: list[str], in_documents: bool = False) -> tuple[str, ...]:
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
                               and not (setting and setting_sense(w, code.label))
                               and excluded.isdisjoint(word_lemma(part) for part in w.casefold().split())))
