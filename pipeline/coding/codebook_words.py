"""The words a minimal codebook (labels, definitions, keywords, examples) gives each code.

Words that name the study's topic (in the codebook's name, in theme and category labels, or in
several codes' labels) are not evidence of any one code; neither are stop words, nor English
words of an English definition, nor what a definition excludes or denies. keywords.py and label_rules.py turn
these words into matching rules; quotations.py and the evaluation read them directly.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.codebook.rule_syntax import expand_terms, parse_term
from pipeline.coding.claim_labels import acts_then_leaves_undone
from pipeline.coding.counting import counts_times
from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.negation import NEGATORS, is_negative_label
from pipeline.coding.nlp import analyze_phrase
from pipeline.coding.related import in_indonesian, is_english, related_words
from pipeline.coding.sentences import sentences
from pipeline.coding.specificity import ROLE
from pipeline.records.codebook import Code, Codebook

WORD = re.compile(r"[^\W\d_][\w\-]*")


def is_plain_keyword(term: str) -> bool:
    """A keyword matched through its lemmas (not a `prefix*` or `@concept`)."""
    parsed = parse_term(term)
    return not (parsed.prefix or parsed.concept)


def code_lemmas(codebook: Codebook) -> dict[str, frozenset[str]]:
    """Code id -> the lemmas of its label, of what its definition affirms (an English word
    through its Indonesian correspondences) and of its keywords: what another code shares.
    Codes with rules are left out, as in `related_terms`: their words are matched as written."""
    return _per_codebook(_CODE_LEMMAS, codebook, _code_lemmas)


def _code_lemmas(codebook: Codebook) -> dict[str, frozenset[str]]:
    lemmas = {}
    for code in (code for code in codebook.codes if not code.rules):
        words = content_words(code.label) + content_words(affirmed_text(code))
        found = {word_lemma(i) for w in words for i in in_indonesian(w)}
        found |= {word_lemma(w) for k in code.keywords for w in k.casefold().split()}
        lemmas[code.id] = frozenset(found)
    return lemmas


_CODE_LEMMAS: dict[str, dict[str, frozenset[str]]] = {}
_TOPIC: dict[str, frozenset[str]] = {}
SHARED_BY = 2     # a related word of this many codes' words tells them apart from none


def _per_codebook(cache: dict, codebook: Codebook, build):
    """`build(codebook)`, made once per codebook content (its repr) and kept in `cache`."""
    key = repr(codebook)
    if key not in cache:
        cache[key] = build(codebook)
    return cache[key]


def holders(words_by_code) -> Counter:
    """Each word -> how many codes give it (each code's words without repeats)."""
    return Counter(word for words in words_by_code for word in words)


def _given_by_several(words_by_code) -> frozenset[str]:
    """The words SHARED_BY or more codes give (each code's words without repeats), which tell
    the codes apart from none."""
    return frozenset(word for word, count in holders(words_by_code).items() if count >= SHARED_BY)


def related_terms(codebook: Codebook) -> dict[str, tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]]:
    """Code id -> (anchors, all), each term -> the codebook words it comes from: the words
    related to the code's keywords and label (anchors; and to what its definition affirms for a
    code without keywords), and those plus the words related to
    what its definition affirms (`related.py`): English words through their Indonesian
    correspondences, every word with its group's other words; not the study's topic words, nor
    words related to several codes."""
    return _per_codebook(_RELATED, codebook, _related_terms)


def _related_terms(codebook: Codebook) -> dict[str, tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]]:
    topic = topic_lemmas(codebook)
    by_code = {}
    for code in codebook.codes:
        if code.rules:
            continue
        anchors = [k for k in expand_terms(code.keywords, codebook.concepts) if is_plain_keyword(k)]
        anchors += content_words(affirmed_label(code))
        if not code.keywords:   # `keywords: []`: what the definition affirms is the code's own word too
            anchors += content_words(affirmed_text(code))
        by_code[code.id] = (_expanded(anchors, topic),
                            _expanded(anchors + content_words(affirmed_text(code)), topic))
    shared = _given_by_several(terms for _, terms in by_code.values())
    return {code: tuple({t: s for t, s in terms.items() if t not in shared} for terms in both)
            for code, both in by_code.items()}


def near_synonyms(codebook: Codebook, code: Code, word: str) -> tuple[str, ...]:
    """The related words `word` of `code`'s own words reaches (`related_terms`: not the study's
    topic, nor words related to several codes): the one reading of a code word's near synonyms,
    for the related pair and for a label word written otherwise ("sosialisasi" of "Penyuluhan")."""
    anchors = related_terms(codebook).get(code.id, ({}, {}))[0]
    return tuple(term for term, sources in anchors.items() if word in sources and term != word)


def translated_definitions(codebook: Codebook) -> dict[str, tuple[str, ...]]:
    """Code id -> the Indonesian words of what its English definition affirms ("cooking
    demonstrations" -> masak, demo), as an Indonesian definition gives its own words: not the
    study's topic words, stop words, people at large, nor a word the definitions of several codes give."""
    return _per_codebook(_TRANSLATED, codebook, _translated_definitions)


_TRANSLATED: dict[str, dict[str, tuple[str, ...]]] = {}


def _translated_definitions(codebook: Codebook) -> dict[str, tuple[str, ...]]:
    topic = topic_lemmas(codebook)
    by_code = {code.id: tuple(dict.fromkeys(
        word for w in content_words(affirmed_text(code)) if is_english(w) for word in in_indonesian(w)
        if word.casefold() not in STOP_WORDS | PEOPLE and word_lemma(word.casefold()) not in topic))
        for code in codebook.codes if not code.rules}
    shared = _given_by_several(by_code.values())
    return {code: tuple(w for w in words if w not in shared) for code, words in by_code.items()}


def shared_definition_lemmas(codebook: Codebook) -> frozenset[str]:
    """The lemmas of the words that what SHARED_BY or more codes' definitions affirm gives, an
    English word through its Indonesian correspondences ("HIV, sifilis dan hepatitis B" written
    in several codes' definitions, "rumah sakit", "gula darah"): the study's matter or its
    setting, which tells the codes apart from none. An Indonesian definition's words are left out
    of the code's own as an English definition's translated words are (`translated_definitions`)."""
    return _per_codebook(_SHARED_DEFINITION, codebook, _shared_definition_lemmas)


_SHARED_DEFINITION: dict[str, frozenset[str]] = {}


def _shared_definition_lemmas(codebook: Codebook) -> frozenset[str]:
    return _given_by_several({word_lemma(word.casefold()) for w in content_words(affirmed_text(code))
                              for word in in_indonesian(w)} for code in codebook.codes if not code.rules)


def own_definition_words(code: Code, codebook: Codebook) -> list[str]:
    """The words of what `code`'s definition affirms written in Indonesian (not English prose),
    without those several codes' definitions give (`shared_definition_lemmas`)."""
    shared = shared_definition_lemmas(codebook)
    return [w for w in content_words(affirmed_text(code)) if not is_english(w) and word_lemma(w) not in shared]


def _expanded(sources: list[str], topic: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each Indonesian term the `sources` reach -> the sources reaching it."""
    table = related_words()
    terms: dict[str, set[str]] = {}
    for source in sources:
        for word in in_indonesian(source):
            for term in (word, *table.related(word)):
                if word_lemma(term.casefold()) not in topic and term.casefold() not in STOP_WORDS:
                    terms.setdefault(term, set()).add(source)
    return {term: frozenset(found) for term, found in terms.items()}


# a negator and the one or two words after it, within its clause: a colon or sentence end closes
# its scope, and in Indonesian a comma ("tidak dihabiskan, disimpan, dibagi": the later items are
# affirmed, each a verb of its own); an English list shares its "not" ("do not take, store or share")
_NEGATED = re.compile(r"\b(?:not|no|never|nor|without)\b(?:[^\w;:.!?()]+\w+){1,2}|"
                      r"\b(?:tidak|bukan|tanpa|belum|jangan)\b(?:[^\w,;:.!?()]+\w+){1,2}", re.I)


def is_negatable(code: Code) -> bool:
    """Whether negation silences the code's evidence: not for a code that names an absence."""
    norms = analyze_phrase(code.label)[0]
    return not is_negative_label(norms) or acts_then_leaves_undone(norms)   # "dibawa pulang dan tidak diminum"


def names_absence(code: Code) -> bool:
    """A code without rules whose label names an absence ("Tidak memiliki kartu keluarga"): its
    keywords count only where the text says the thing is missing (keywords.py), a document's
    addressees are no evidence of it (counts.names_addressees), a run that finds it nowhere says why."""
    return not code.rules and not is_negatable(code)


# a definition's exclusions, in English or Indonesian: a sentence that says the code is not given
# ("Not coded when ...", "This code does not ...", "Tidak diberi kode jika ...", "Kode ini tidak
# dipakai bila ...", "Dikecualikan: ..."), and a clause from "not when", "kecuali", "bukan bila", or
# from a heading with a colon anywhere in a sentence ("... di rumah Tidak termasuk: obat dari bidan",
# a definition whose "Termasuk: ... Tidak termasuk: ..." parts lack a full stop between them).
# Only words about the coding itself: "tidak dipakai" alone is what a code about unused nets affirms.
# "Tidak mencakup" and "dikecualikan" exclude only where the code is their subject (opening or,
# "dikecualikan", closing the sentence, or after "kode ini"): "BPJS tidak mencakup biaya transport" states what a code about
# uncovered costs is; "This code is not limited to ..." widens a code; so does "exclud-" only
# opening the sentence or after "code" / "it": "avoided, excluded or treated differently" is the matter
# of a code about rejection. A when-not-to-use sentence ("Jangan gunakan bila ...", "Tidak digunakan
# jika ...", "Do not use when ...") opening without a subject and followed by its occasion: the code
# is what is not to be used ("Kelambu tidak dipakai bila panas" has its subject, and stays)
_EXCLUDING = re.compile(r"\b(?:not|never)\s+(?:be\s+)?(?:coded|applied)\b|\bdo\s+not\s+(?:code|apply)\b|"
                        r"^\W*(?:(?:jangan|jgn)\s+(?:di)?(?:gunakan|pakai)|(?:tidak|bukan)\s+(?:di)?gunakan|"
                        r"(?:do\s+not|don't|never)\s+use)(?:\s+(?:kode|label|this\s+code))?(?:\s+ini)?\s+"
                        r"(?:bila|jika|apabila|kalau|ketika|saat|untuk|pada|when|if|for)\b|"
                        r"\bthis\s+code\s+(?:does\s+not|is\s+not\s+(?:coded|used|applied|given|assigned))\b|^\W*exclud|\b(?:code|it)\s+exclud|"
                        r"\b(?:tidak|bukan|jangan)\s+(?:(?:di)?beri\s+)?(?:di)?kode|^\W*(?:tidak|tak)\s+(?:termasuk|mencakup|meliputi)\b|"
                        r"\b(?:kode|label)\s+ini\s+(?:tidak|bukan|jangan)\b|^\W*dikecualikan\b|\bdikecualikan\W*$", re.I)
_EXCEPTING = re.compile(r",?\s*\b(?:not\s+when|not\s+if|except|unless|kecuali|"
                        r"(?:tidak|bukan)\s+(?:jika|bila|apabila|kalau|ketika|saat))\b|"
                        r"[,;]?\s*\b(?:(?:tidak|bukan)\s+termasuk|not\s+included|(?P<bare>excluded|excludes?))\s*:", re.I)
# the part a bare "Excluded:" heading may follow: "Includes: ... Excluded: ..."
_INCLUDING_HEAD = re.compile(r"\b(?:termasuk|includes?|included)\s*:", re.I)


def _without_exceptions(sentence: str) -> str:
    """`sentence` without what its exception clause or exclusion heading excludes: to the sentence
    end, or, opened inside brackets, to the closing bracket ("Biaya ke puskesmas (tidak termasuk:
    obat) dan makan keluarga" keeps the meals). A bare "excluded:" is a heading only at the
    sentence's start or after an "Includes:" part: "felt excluded: left out of decisions" is the
    code's matter."""
    for match in _EXCEPTING.finditer(sentence):
        before = sentence[:match.start()]
        if match.group("bare") and before.strip(" ,;") and not _INCLUDING_HEAD.search(before):
            continue
        close = sentence.find(")", match.end()) if before.count("(") > before.count(")") else -1
        if close < 0:
            return before
        if before.rstrip().endswith("("):
            return before.rstrip()[:-1] + " " + _without_exceptions(sentence[close + 1:])
        return before + _without_exceptions(sentence[close:])
    return sentence

# a cross-reference to another code ("(lihat stigma)", "(see the next code)") names that code's matter
_SEE = re.compile(r"\(\s*(?:lihat|see|cf\.?)\b[^()]*\)", re.I)


def affirmed_text(code: Code) -> str:
    """A code's definition and inclusions without what they exclude (a sentence saying what is
    "not coded", a clause from "not when" or "except", a cross-reference to another code) and
    without the words they deny ("do not permit": not evidence of permitting); all but the exclusions for a code that names an
    absence ("Tidak datang": "tidak membawa anak" is what it is about)."""
    written = _SEE.sub("", f"{code.definition} {code.include}")
    text = " ".join(_without_exceptions(sentence) for sentence in sentences(written) if not _EXCLUDING.search(sentence))
    return _NEGATED.sub(" ", text) if is_negatable(code) else text


def own_description(code: Code) -> str:
    """A code's own words in both languages (label, definition, English label) without what its
    definition excludes: what says whether the code is itself about the frame a reading of its
    evidence looks for (teaching, a supply). "Tidak termasuk: alat tes yang tidak tersedia" makes a
    blood-test code no supply code."""
    return " ".join((code.label, affirmed_text(code), code.label_en))


def affirmed_label(code: Code) -> str:
    """A code's label without the words it denies, for a code found where its words are affirmed
    ("Menunda atau tidak memakai KB": "memakai" is not evidence of it)."""
    return _NEGATED.sub(" ", code.label) if is_negatable(code) else code.label


_RELATED: dict[str, dict] = {}


# "orang" names anyone: in "orang pande", "orang tua" the other word says who, so alone (or
# paired with another word of the code: "Seorang ibu yang merawat ...") it carries no code's meaning
ANYONE = frozenset({"orang", "seorang"})
# people at large ("people", "residents", "the community"): who, never what a code is about
PEOPLE = ANYONE | {"warga", "masyarakat", "penduduk", "manusia", "rakyat", "khalayak"}


def content_words(text: str) -> list[str]:
    """Distinct lower-case words of `text` that can carry a code's meaning."""
    words = []
    found = WORD.findall(text.casefold())
    for previous, word in zip(["", *found], found):
        if len(word) < 3 or word in STOP_WORDS or word in NEGATORS or word in ANYONE or counts_times(previous, word):
            continue
        words.append(word)
    return list(dict.fromkeys(words))


@lru_cache(maxsize=1 << 16)   # a batch's vocabulary (example_copies reads every turn's words)
def word_lemma(word: str) -> str:
    return word_analyzer().analyze(word)[1]


def topic_lemmas(codebook: Codebook) -> frozenset[str]:
    """Lemmas that name the study rather than one code: in the codebook's name, in the labels
    of themes and categories holding more than one code (but not the words of a label composed
    of its codes' labels: "Garam dan ramuan" over "Sulit mengurangi garam" and "Penggunaan
    ramuan" names those two codes), or in the labels of two or more codes; not the words of a
    category named after one of its codes (`_named_code_lemmas`)."""
    return _per_codebook(_TOPIC, codebook, _topic_lemmas)


def _topic_lemmas(codebook: Codebook) -> frozenset[str]:
    return (_study_lemmas(codebook) | group_lemmas(codebook)) - _named_code_lemmas(codebook)


def name_lemmas(codebook: Codebook) -> frozenset[str]:
    """The lemmas of the codebook's name."""
    return frozenset(word_lemma(w) for w in content_words(codebook.name))


def _study_lemmas(codebook: Codebook) -> frozenset[str]:
    """The lemmas of the codebook's name and those of two or more codes' labels."""
    return name_lemmas(codebook) | {lemma for lemma, count in _label_counts(codebook).items() if count > 1}


def _label_counts(codebook: Codebook) -> Counter:
    """How many codes' labels hold each lemma."""
    return holders(_label_lemmas(code.label) for code in codebook.codes)


def _named_code_lemmas(codebook: Codebook) -> frozenset[str]:
    """The lemmas of a category label of several codes whose words are all in one of its codes'
    labels and in no other code's label. A researcher often names a category after its main code
    and puts a neighbouring code under it ("Berhenti minum kopi" over "Upaya berhenti minum kopi"
    and "Sakit kepala karena kafein"): those words name that code, not the study, even where a
    theme's label repeats them (else the code's own verb, "berhenti", was no evidence alone)."""
    held = _label_counts(codebook)
    found: set[str] = set()
    for category in (category for theme in codebook.themes for category in theme.categories):
        words = _label_lemmas(category.label)
        named = [code for code in category.codes if words and words <= _label_lemmas(code.label)]
        if len(category.codes) > 1 and len(named) == 1:
            found |= {lemma for lemma in words if held.get(lemma) == 1}
    return frozenset(found)


def group_lemmas(codebook: Codebook, themes: bool = True, categories: bool = True) -> frozenset[str]:
    """The lemmas of theme and category labels that name their several codes together (part of
    `topic_lemmas`). A theme or category of one code names that code ("Biaya dan jarak" over
    "Biaya dan jarak ke fasilitas"), not the study."""
    of_code = {code.id: _label_lemmas(code.label) for code in codebook.codes}
    groups = [(theme.label, [code.id for category in theme.categories for code in category.codes])
              for theme in codebook.themes if themes]
    groups += [(category.label, [code.id for code in category.codes])
               for theme in codebook.themes for category in theme.categories if categories]
    found: set[str] = set()
    for label, codes in groups:
        if len(codes) > 1:
            found |= _naming_the_group(_label_lemmas(label), [of_code[code] for code in codes])
    return frozenset(found)


def keyword_topic(codebook: Codebook, code: Code) -> frozenset[str]:
    """The topic lemmas that make one of `code`'s single-word keywords weak alone: `topic_lemmas`
    but those only a category label shares with the code's own keywords, and no other code's
    keywords or label ("pasung" of a code under the category "Pemasungan"): the researcher named
    the category after the practice the code is about, and its keyword still names that code. A
    theme's label names a broader area, whose words stay weak ("Keluarga dan pekerjaan" over
    "Ibu kembali bekerja": "bekerja" names an occupation in most turns). The words of a category
    named after another code (`_named_code_lemmas`) name that code: weak for this one."""
    own = single_keyword_lemmas(code)
    others = {word_lemma(w) for other in codebook.codes if other.id != code.id
              for text in (other.label, *other.keywords) for w in content_words(text)}
    only_by_category = (group_lemmas(codebook, themes=False) - group_lemmas(codebook, categories=False)
                        - _study_lemmas(codebook))
    elsewhere = _named_code_lemmas(codebook) - _label_lemmas(code.label)
    return (topic_lemmas(codebook) | elsewhere) - ((only_by_category & own) - others)


def single_keyword_lemmas(code: Code) -> set[str]:
    """The lemmas of `code`'s one-word keywords."""
    return {word_lemma(k.casefold()) for k in code.keywords if " " not in k.strip()}


def study_keywords(codebook: Codebook) -> list[tuple[str, Code]]:
    """(keyword, code) for each single-word keyword of a code without rules that names the study
    (`keyword_topic`): the coder takes it as evidence only with another word of its code
    (specificity.weak_keywords), which the run says, since nothing else shows a researcher why it
    codes nothing alone."""
    found = []
    for code in codebook.codes:
        if code.rules:
            continue
        topic = keyword_topic(codebook, code)
        found += [(keyword, code) for keyword in dict.fromkeys(expand_terms(code.keywords, codebook.concepts))
                  if is_plain_keyword(keyword) and " " not in keyword.strip() and word_lemma(keyword.casefold()) in topic]
    return found


def _naming_the_group(words: set[str], codes: list[set[str]]) -> set[str]:
    """The words of a group's label that name the group: all of them, unless the label is
    composed of two or more of its codes' labels, whose own words then name those codes."""
    owners = {word: [i for i, lemmas in enumerate(codes) if word in lemmas] for word in words}
    own = {word for word, found in owners.items() if len(found) == 1}
    composed = len({owners[word][0] for word in own}) > 1
    return words - own if composed else words


def _label_lemmas(label: str) -> set[str]:
    """The lemmas of a label's content words; a worker's noun is itself: "perawat" of "Kunjungan
    rumah oleh perawat" does not make "Perawatan sehari-hari oleh keluarga" (*rawat*) a topic
    two labels share."""
    return {w.casefold() if w.casefold() in ROLE else word_lemma(w) for w in content_words(label)}


def code_words(codebook: Codebook, topic: frozenset[str] | None = None) -> dict[str, dict[str, str]]:
    """Code id -> its single words as lemma -> word: its label's, what its definition affirms (not
    English prose), its keywords' and its related words (`related_terms`), without the study's
    topic words (`topic`: those to leave out instead). What tells one code from the others in a
    text that names none of its keywords."""
    topic = topic_lemmas(codebook) if topic is None else topic
    related = related_terms(codebook)
    words: dict[str, dict[str, str]] = {}
    for code in codebook.codes:
        found = content_words(code.label) + [w for w in content_words(affirmed_text(code)) if not is_english(w)]
        found += [k.casefold() for k in code.keywords if " " not in k.strip()]
        found += [t.casefold() for t in related.get(code.id, ({}, {}))[1] if " " not in t]
        own: dict[str, str] = {}
        for word in found:
            lemma = word_lemma(word)
            if lemma not in topic:
                own.setdefault(lemma, word)
        words[code.id] = own
    return words
