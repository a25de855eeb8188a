"""An interviewer's question as the rules read the answer after it (coder.py asks, per answer).

A yes/no question lends the answer the codes it names by any of a minimal code's rules, which a
yes opening the answer affirms (answers.py, rules.CompiledCodebook.fire_matches); a question
asking for content lends, by a keyword, the topic the answer takes up as weak evidence; a *who*
question lends only the codes whose label names no worker: its answer names a person, perhaps
another than a worker's code's ("Siapa yang melakukan kunjungan rumah?" "Kadang saya."), while
an act the code counts whoever does it is the answer's ("Siapa yang menyuapi Opa?" "Cucu perempuan.").
A who-question about an act also lends the one code whose label names the family to an answer
whose first clause names a relative (`take_up_relative`): the family does it ("Siapa yang ambil
obat Opa?" "Depe ipar laki-laki."); 9 of 10 such answers in the development interviews were coded so,
questions about whom one lives with aside.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection

from spacy.tokens import Doc

from pipeline.coding.answers import (
    NO_QUESTION, Question, asks_existence, asks_how_many, asks_where, asks_who, denied_question, denies_at_once,
    denies_existence, echoes, evidence_words, gives_reason, thing_asked, is_yes_no_question, names_informant, opens_with_no, predicate_echoes)
from pipeline.coding.question_purpose import addressed_spans, asks_about_training, besides_spans, place_spans
from pipeline.coding.keyword_rule import NAMES, OWN_KEYWORD, QUESTION, kinds_that
from pipeline.coding.rules import CompiledCodebook, Firing, Found
from pipeline.coding.spans import Occurrence
from pipeline.coding.codebook_words import content_words, word_lemma
from pipeline.coding.related import in_indonesian
from pipeline.coding.compounds import fixed_compounds
from pipeline.coding.home_visits import add_home_visits, visit_terms
from pipeline.coding.evidence import joined, tagged
from pipeline.coding.lemmas import prefixed_verb
from pipeline.coding.negation import NEGATORS
from pipeline.coding.specificity import KIN, names_place, names_role, names_setting, qualifies
from pipeline.coding.spoken import spoken
from pipeline.person_words import PERSON_NOUNS

TOPIC_KINDS = kinds_that(OWN_KEYWORD)   # what names the topic of a question asking for content
# what a yes/no question names (a keyword's word alone too: topic_keywords.py; a construct's everyday words: constructs.py)
ALL_KINDS = kinds_that(NAMES)
DENIED = "question denied"   # the evidence of a "no" answer: the question's words read as denied
REASON_GIVEN = "question, reason for no"   # ... or the question's words, the "no" giving its reason
NONE_THERE = "question, none there"   # ... or saying the thing asked about is not there
DENIAL_CONFIDENCE = 0.4   # as a yes to a yes/no question naming the code (keywords.ANSWER_CONFIDENCE)
TOPIC_CONFIDENCE = 0.35   # the question's keyword alone: below a question seconded by the answer (0.4)
FAMILY = "keluarga"       # the label word of the family's code
# a relative who acts, opening an answer: not a title that also addresses anyone (ibu, bapak, om, tante)
RELATIVES = KIN - {"ibu", "bapak", "om", "tante", "keluarga"}
_LIVING_WITH = re.compile(r"\btinggal\b", re.IGNORECASE)   # "tinggal dengan siapa": a household, no act
_FIRST_CLAUSE = re.compile(r"^[^.,;:!?\n]*")
# people a question or a label names as doers: person nouns, and an owner ("pemilik anjing")
DOERS = PERSON_NOUNS | {"pemilik"}
PEOPLE_AT_LARGE = frozenset({"orang", "warga", "masyarakat", "keluarga", "penduduk"})
_WORD = re.compile(r"[^\W\d_]+")
_DOER = re.compile(r"\b([^\W\d_]+)(?:-\1)?\s+yang\b", re.IGNORECASE)   # "ada anak yang ...", "ibu-ibu yang"

def read_question(compiled: CompiledCodebook, text: str, doc: Doc | None) -> Question:
    """An interviewer turn as the rules read the answer after it: its codebook terms and, for a
    yes/no question, the codes it names itself ("Ada juga yang takut efek obatnya?": the fear of
    the medicine, by its keyword's words), read as speech; not through a word addressing the
    informant ("Nenek yang kasih makan?"); whether it asks where (`answers.asks_where`)."""
    question = _read(compiled, text, doc)
    return dataclasses.replace(question, where=True) if asks_where(text) else question


def _read(compiled: CompiledCodebook, text: str, doc: Doc | None) -> Question:
    yes_no = is_yes_no_question(text)
    # who does an act: read from the words alone, so a recode's screened-out question lends it too
    kin = _family_code(compiled, text) if asks_who(text) and not (
        yes_no or asks_how_many(text) or asks_about_training(text)) else ()
    if doc is None:
        return Question(kin=kin) if kin else NO_QUESTION
    whole = _not_addressing(doc, compiled.occurrences(doc), addressed_spans(text) + besides_spans(text))
    occ = _not_addressing(doc, whole, place_spans(text))   # "di posyandu": where, not what was asked
    # a worker asked about as coming: a home visit (home_visits.py), which a yes affirms
    visits = add_home_visits(doc, whole, visit_terms(compiled.term_keys.values())) if yes_no else whole
    terms = frozenset(occ).union(key for key in visits if key not in whole)
    if not (whole if yes_no else occ) or asks_about_training(text):   # a course is not the measure
        return Question(terms, kin=kin)
    reader = _question_reader(compiled, ALL_KINDS if yes_no else TOPIC_KINDS)
    # a yes/no question names its codes with every word ("Pernah periksa tensi di Posbindu?")
    fired, _ = reader.fire_matches(doc, text, whole if yes_no else occ)   # the same matchers: the same occurrences
    if visits is not whole:   # what the question's own words name first, with their evidence
        fired = {**reader.fire_matches(doc, text, visits)[0], **fired}
    named = tuple((index, firing.evidence) for index, firing in sorted(fired.items())
                  if not names_informant(firing.evidence) and not _one_word_twice(firing.evidence))
    if yes_no:
        # "Sudah ada Posbindu di desa?": a yes says the place is there, not that anyone uses it
        place_there = asks_existence(text) and names_place(thing_asked(text))
        named = tuple((index, evidence) for index, evidence in named
                      if not another_doer(compiled.codes[index].label, text) and not _complement_only(text, evidence)
                      and not (place_there and names_setting(" ".join(evidence_words(evidence)))))
        return Question(terms, named, _denied(compiled, reader, text, fired.keys()),
                        echoes=frozenset().union(predicate_echoes(text), *(echoes(evidence) for _, evidence in named)),
                        existence=asks_existence(text))
    if asks_how_many(text):
        return Question(terms)
    named = tuple((index, evidence) for index, evidence in named if not _asks_setting(compiled.codes[index].label, evidence))
    if asks_who(text):   # the answer names who does the act: a worker's code may be another's act
        named = tuple((index, evidence) for index, evidence in named
                      if not names_role(compiled.codes[index].label))
        return Question(terms, topics=named, kin=kin)
    return Question(terms, topics=named)


def _one_word_twice(evidence: str) -> bool:
    """Is a question's evidence one word read twice ("desa … desa")? An Indonesian question is read
    with its translation, the same words (coder._questions): a pair of one word names nothing."""
    words = [word.casefold() for word in evidence_words(evidence)]
    return len(words) > 1 and len(set(words)) == 1


# before the predicate of a relative clause: its aspect, modal or negation ("yang pernah tidak mau ...")
_BEFORE_PREDICATE = frozenset({"pernah", "sudah", "so", "masih", "juga", "mau", "bisa", "sempat"}) | NEGATORS


def _complement_only(question: str, evidence: str) -> bool:
    """Does a yes/no question about people doing something ("Ada pasien yang menolak dirujuk?", "Ada
    yang sembuh setelah dipijat?") name a code only by a verb after the relative clause's own
    predicate? The yes says there are people who refuse, or who got well: the act refused or
    before getting well is not what it affirms (the answer tells that case). Not the predicate
    itself ("Ada yang takut disuntik?"), nor a thing named after it ("Ada yang suruh kasih susu
    formula?")."""
    words = {word.casefold() for word in evidence_words(evidence)}
    if len(words) != 1 or not prefixed_verb(named := next(iter(words))):
        return False
    sentence = [w.casefold() for w in _WORD.findall(question.split("\n")[-1].split("?")[0])]
    if "yang" not in sentence or named not in sentence[sentence.index("yang"):]:
        return False
    clause = [w for w in sentence[sentence.index("yang") + 1:] if w not in _BEFORE_PREDICATE]
    return bool(clause) and clause[0] != named


def another_doer(label: str, question: str) -> bool:
    """Does a yes/no question ask about people doing the act ("Ada anak yang menolak disuntik?",
    "Pernah ada ibu yang menolak ...?") whom the code's label does not name as its doers (*Pemilik
    menolak ...*, *Izin atau penolakan suami*)? Then a yes is about those people, not the code. Not
    when the label or the question names people at large (keluarga, warga), who may be anyone."""
    doers = {m.group(1).casefold() for m in _DOER.finditer(question)} & DOERS
    if not doers.isdisjoint(PEOPLE_AT_LARGE):   # "Ada warga yang tidak setuju?": owners among them
        return False
    people = set(_WORD.findall(label.casefold())) & DOERS
    return bool(doers and people) and people.isdisjoint(PEOPLE_AT_LARGE) and doers.isdisjoint(people)


def _asks_setting(label: str, evidence: str) -> bool:
    """Does a question name a code only by who or where ("Bagaimana dengan kader posyandu?" for
    *Konseling menyusui oleh bidan dan kader*)? It asks about those people or that place, and which
    of their codes is the answer's the answer says; not when the label's head names them
    ("Kegiatan Posbindu di sini seperti apa?" for *Pemanfaatan Posbindu*), only its phrase of who
    or where (`specificity.qualifies`)."""
    words = evidence_words(evidence)
    if not words or not names_setting(" ".join(words)):
        return False
    heads = {word_lemma(word) for word in content_words(label) if not qualifies(word, label)}
    return heads.isdisjoint(word_lemma(word) for word in words)


def _denied(compiled: CompiledCodebook, reader: CompiledCodebook, text: str,
            named: Collection[int]) -> tuple[tuple[int, str], ...]:
    """The codes a "no" to the yes/no question `text` states that the question itself does not
    name: "Apakah Bapak pernah memeriksa tekanan darah?" "Nyanda pernah." is *Tidak rutin
    memeriksa tekanan darah*, read in the question as denied ("tidak pernah memeriksa ...",
    answers.denied_question) in its Indonesian reading (the last line)."""
    denied: dict[int, str] = {}
    for denial in denied_question(text.split("\n")[-1].strip()):
        doc = compiled.nlp(denial)
        fired, _ = reader.fire_matches(doc, denial, reader.occurrences(doc))
        for index, firing in sorted(fired.items()):
            if index not in named and index not in denied and not names_informant(firing.evidence):
                denied[index] = firing.evidence
    return tuple(denied.items())


def _not_addressing(doc: Doc, occ: dict[str, list[Occurrence]], spans: list[tuple[int, int]]) -> dict[str, list[Occurrence]]:
    """The occurrences outside the spans greeting or addressing the informant, or setting aside what
    the question does not ask about."""
    if not spans:
        return occ
    kept = {term: [o for o in found if not any(start <= doc[o[0]].idx < end for start, end in spans)]
            for term, found in occ.items()}
    return {term: found for term, found in kept.items() if found}


def _question_reader(compiled: CompiledCodebook, kinds: frozenset[str]) -> CompiledCodebook:
    """`compiled` as it reads a question, kept with it: the spoken rules of `kinds` of the codes
    without codebook rules (only theirs take a yes or a topic)."""
    key = f"question {sorted(kinds)}"
    reader = compiled.derived.get(key)
    if reader is None:
        rules = [rule for rule in spoken(compiled).rules if not compiled.codes[rule.code_index].rules
                 and rule.kind in kinds]
        reader = compiled.derived[key] = dataclasses.replace(compiled, rules=rules)
    return reader


def take_up_denial(row: Found, question: Question, vetoed: set[int], text: str, translation: str) -> None:
    """Add to `row`, as weak evidence, what a "no" opening it says of its yes/no question: the
    codes the question denied states ("Dia masih sekolah?" "So nyanda, dia iko om pe kapal." is a
    girl out of school), and, when the "no" goes straight on with its reason, the codes the
    question names: why a practice is not followed is its code ("Bapak pernah datang ke
    Posbindu?" "Nyanda, karna Kamis kita kerja."); and when it says the thing a question asking
    whether it is there is not ("Di kampung ada aturan soal rokok?" "Di desa nyanda ada. ..."): the
    missing thing is still the matter the code is about."""
    absent = (denies_existence(text) or denies_existence(translation)) if question.existence else None
    no = opens_with_no(text) or opens_with_no(translation) or absent
    if no is None:
        return
    reasons = question.names if absent or gives_reason(text) or gives_reason(translation) else ()
    for pairs, tag in ((question.denied, DENIED), (reasons, NONE_THERE if absent else REASON_GIVEN)):
        for index, evidence in pairs:
            if index not in row and index not in vetoed:
                row[index] = (Firing(index, DENIAL_CONFIDENCE, joined([no, tagged(evidence, tag)]), QUESTION), "text",
                              DENIAL_CONFIDENCE)


def take_up_topics(row: Found, question: Question, vetoed: set[int], text: str, translation: str) -> None:
    """Add to `row` the codes its question asking for content names by a keyword, as weak
    evidence (QUESTION): an answer takes up what it was asked about ("Kegiatan Posbindu di sini
    seperti apa?" "Sebulan sekali di pastori."), unless it denies at once ("Nda bayar.")."""
    if denies_at_once(text) or denies_at_once(translation):
        return
    for index, evidence in question.topics:
        if index not in row and index not in vetoed:
            row[index] = (Firing(index, TOPIC_CONFIDENCE, tagged(evidence, QUESTION), QUESTION), "text",
                          TOPIC_CONFIDENCE)


def _family_code(compiled: CompiledCodebook, text: str) -> tuple[tuple[int, str], ...]:
    """The one code whose label names the family (*keluarga*), which a who-question asking who
    does an act lends an answer naming a relative ("Siapa yang antar Oma kontrol?" "Kita pe
    ipar."); none for a question about whom one lives with, or when several labels name it. An English
    label names it through its words' Indonesian correspondences ("Family member accompanying sessions")."""
    if _LIVING_WITH.search(text):
        return ()
    family = [index for index, code in enumerate(compiled.codes)
              if not code.rules and FAMILY in {word_lemma(i) for w in content_words(code.label) for i in in_indonesian(w)}
              and not any(FAMILY in lost and compound in code.label.casefold()   # "kartu keluarga": a document
                          for compound, lost in fixed_compounds().items())]
    return ((family[0], FAMILY),) if len(family) == 1 else ()


def take_up_relative(row: Found, question: Question, vetoed: set[int], text: str) -> None:
    """Add to `row` the family's code its who-question lends (`Question.kin`) when the answer's
    first clause names a relative, as weak evidence (QUESTION)."""
    words = {word.casefold() for word in re.findall(r"\w+", _FIRST_CLAUSE.match(text.strip()).group(0))}
    relative = min(words & RELATIVES, default=None)
    for index, evidence in question.kin if relative else ():
        if index not in row and index not in vetoed:
            row[index] = (Firing(index, TOPIC_CONFIDENCE, joined([relative, tagged(evidence, QUESTION)]), QUESTION), "text",
                          TOPIC_CONFIDENCE)
