"""The code an interview answer no rule codes most likely takes: the one whose description both the
question and the answer speak of.

An interviewer asks about one of the study's topics ("Apakah stok cukup?") and the informant answers
in words of her own ("Bulan April kami kosong tiga minggu"): a researcher codes the answer, read with
its question, under that topic, though neither turn holds a keyword. Neither turn alone is enough:
a question's topic word lends nothing to a reply about something else, and a word of a code's
description in an answer is weak evidence (quotation_guess.py). So a turn no rule codes gets the
code whose description (`quotation_guess.description_lemmas`, each word weighted 1 / the number of
codes holding it, a word the answer echoes from the question once) the question *and* the answer
both hold, when together they hold at least MIN_SCORE of it and no other code as much. Left out:

* in the answer, words naming who or where (`specificity.SETTING_WORDS`: "kader", "desa", "suami"):
  an answer saying who does something ("Kader di sini ada empat") is no answer about what they do;
  nor a position after a locative ("di samping", quotation_guess.positions_said) a code's label
  and keywords do not say so: "Obat saya taruh di samping tempat tidur" is no side effect;
* an answer denying one of the best code's description words (negation.negated_tokens: "Nyanda
  malu", "Takut nyanda, dia brani", "Tidak ada yang tolak karena agama"; or a bare "Tidak pernah."
  after the words it denies): the topic is not the case, and the next code is no better guess;
* a best code whose label names an absence ("Tidak memiliki kartu keluarga",
  codebook_words.names_absence) when the answer opens by affirming the thing ("Ada, ...", "Punya
  dua, ...") or says nothing is missing: no "habis", and no denied word but the consequences its
  description names ("tidak digigit nyamuk" is no net missing; "tidak pernah beli" is);
* an answer to a yes/no question opening with a clause that only says "no" to it ("Nyanda.",
  "Tidak, kami tidak menganjurkan."; `denies_the_question`): the question's topic is not the case,
  and what the answer goes on to say is another matter ("Kalau pasien mau minum jus mentimun,
  ..."). Not a "no" to a question asking why or what (it answers nothing yes or no), nor one whose
  rest restates the question's topic and adds a word of the code ("Tidak, saya daftar sendiri di
  kantor" to "Ada yang bantu mendaftar?"; `_goes_on_with_the_topic`), nor "belum" or
  "so nyanda" (a thing not yet or no longer done is still the topic), nor a clause saying what is
  not there in words of its own ("Nyanda ada tagihan apa-apa": the answer to "ada bayar?"), nor
  for a code naming an absence, which a "no" to "Ada jamban?" states;
* an answer to a question whose last sentence asks for a number, a duration or a frequency
  ("Berapa bidan di puskesmas ini?", "Seberapa sering ...?", "Sejak kapan ...?"): it reports a
  figure, not an experience. When the question asks something besides ("Apakah obat pernah
  kosong? Berapa lama?"), only an answer holding nothing but figures (each sentence a number);
  one holding more ("Pernah, waktu April ...") answers the other part, a statement about the topic.

Only for a codebook without rules: a codebook whose author wrote rules says when a code applies,
and an answer none of them codes is meant to stay uncoded. On the development interviews of the
minimal codebooks (16 studies) this placed 28 answers rightly, 5 under the wrong code of a coded
answer and 7 that take no code (round 24, 19 studies: 25 / 2 / 5); with MIN_SCORE 1.5, 31 right and 21 wrong; without the question's
words required, 43 right and 58 wrong.
"""

from __future__ import annotations

import re

from pipeline.coding.amounts import is_number_word
from pipeline.coding.answers import CLAUSE, NO_WORDS, QUESTION_WORDS, WORD, YES_WORDS, is_yes_no_question
from pipeline.coding.codebook_words import content_words, holders, names_absence, word_lemma
from pipeline.coding.evidence import asked_and_answered
from pipeline.coding.negation import ABSENCE, NEGATORS, NOT_YET, POSSESS, negated_tokens
from pipeline.coding.nlp import coding_nlp
from pipeline.coding.pronouns import PRONOUNS
from pipeline.coding.quotation_guess import description_held, description_lemmas, positions_said, said_lemmas
from pipeline.coding.specificity import SETTING_WORDS
from pipeline.records.codebook import Code, Codebook

MIN_SCORE = 2.0       # two words only one code holds, or more of words codes share
_SENTENCE = re.compile(r"[.!?]+")
# the words a sentence that only denies holds ("Tidak pernah.", "Nyanda ada sama sekali.")
_BARE_DENIAL = frozenset({"pernah", "ada", "sama", "sekali", "juga", "lah", "kok", "itu", "no"})
# ... and what a "no" to a question may say besides ("Nyanda apa-apa": it does no harm)
_NO_MATTER = frozenset({"apa-apa"})
_AFFIRMING = frozenset(YES_WORDS) | POSSESS
# the particle opening a yes/no question, and what after "apa" makes it ask for content ("Apa yang ...")
_PARTICLE = frozenset({"apa", "apakah"})
_CONTENT_APA = frozenset({"yang", "saja", "aja", "itu", "sih"})
_ASKS_A_NUMBER = re.compile(r"\b(?:se)?(?:berapa|brapa|barapa)\b|\bsejak\s+kapan\b", re.IGNORECASE)
_QUESTION_END = re.compile(r"(?<=[?.!])\s+")
# a question asking something besides the number ("Apakah obat pernah kosong? Berapa lama?",
# "Berapa ..., dan apa kendalanya?")
_ASKS_MORE = re.compile(r"\b(?:apakah|apa|bagaimana|gimana|mengapa|kenapa|knapa|kiapa|siapa|di\s?mana)\b",
                        re.IGNORECASE)


def asks_a_number(question: str) -> bool:
    """Does a question's last sentence ask how many, how long or how often ("Ibu pe anak brapa?",
    "Sudah berapa lama ...?", "Seberapa sering ...?", "Sejak kapan ...?")? An earlier sentence was
    answered before it ("Apakah obat pernah kosong? Berapa lama?")."""
    sentences = [sentence for sentence in _QUESTION_END.split(question.strip()) if sentence]
    return bool(sentences) and bool(_ASKS_A_NUMBER.search(sentences[-1]))


def reports_a_figure(answer: str) -> bool:
    """Does an answer hold no more than the figure a number question asks for: every sentence of it
    holds a number ("Tiga minggu.", "Dua kali sebulan, kadang tiga")? One with a sentence of
    another matter ("Pernah, waktu April ...", "... 15 yang punya BPJS. Sisanya belum mengurus
    karena ...") answers the question's other part and is a statement about the topic."""
    return all(any(is_number_word(word) for word in re.findall(r"\w+", sentence.casefold()))
               for sentence in _SENTENCE.split(answer) if sentence.strip())


def asks_yes_or_no(question: str) -> bool:
    """Does a question ask yes or no (answers.is_yes_no_question), or does its last sentence open
    with the particle "apakah" / "apa" and ask nothing why, how, who or when besides ("Apa cuaca
    panas mengganggu jualan?", "Apakah petugas menjelaskan untuk periksa apa?"; not "Apa yang
    ...", "Apa saja ...")?"""
    if is_yes_no_question(question):
        return True
    sentences = [sentence for sentence in _QUESTION_END.split(question.strip()) if sentence]
    words = WORD.findall(sentences[-1].casefold()) if sentences and question.rstrip().endswith("?") else []
    return len(words) > 1 and words[0] in _PARTICLE and words[1] not in _CONTENT_APA \
        and (QUESTION_WORDS - {"apa"}).isdisjoint(words[1:])


def denies_the_question(answer: str, question: str) -> bool:
    """Does `question` ask yes or no (`asks_yes_or_no`) and does `answer` open with a
    clause of a "no" (not "belum", not "so nyanda": no longer) and nothing besides pronouns and the
    question's own words ("Nyanda.", "Tidak, kami tidak menganjurkan.", "Panas nyanda apa-apa." to
    "Apa panas mengganggu?")?"""
    if not asks_yes_or_no(question):
        return False
    words = WORD.findall(CLAUSE.split(answer.strip().casefold(), maxsplit=1)[0])
    denying = [word for word in words if word in NO_WORDS]
    asked = set(WORD.findall(question.casefold()))
    return bool(denying) and NOT_YET.isdisjoint(denying) \
        and all(word in NO_WORDS | _BARE_DENIAL | _NO_MATTER | PRONOUNS | asked for word in words)


def denied_lemmas(text: str) -> frozenset[str]:
    """The lemmas of the words of `text` a negator denies (negation.negated_tokens), and of the
    sentences before a bare denial ("Pasien beli di apotek? Tidak pernah."), which restate the
    question to deny it. Not "belum": an act not yet done is still the topic ("Blum sempat pigi
    ke kantor capil" is about the birth certificate)."""
    doc = coding_nlp()(text)
    negators = {k: token.lower_ for k, token in enumerate(doc) if token.lower_ in NEGATORS or token.norm_ in NEGATORS}
    denied = {word_lemma(doc[i].lower_) for i in negated_tokens(doc) if doc[i].is_alpha
              and negators.get(min(negators, key=lambda k: abs(k - i), default=-1)) not in NOT_YET}
    sentences = [WORD.findall(sentence) for sentence in _SENTENCE.split(text.casefold())]
    for k, words in enumerate(sentences):
        if k and words and all(word in NEGATORS | _BARE_DENIAL for word in words) and not NEGATORS.isdisjoint(words):
            denied.update(word_lemma(word) for before in sentences[:k] for word in before)
    return frozenset(denied)


def _affirms(views: tuple[str, ...], question: str, code: Code) -> bool:
    """Does the answer open by affirming ("Ada, ...", "Punya dua, ...", "Iya ada") the thing the code
    names missing: the question asks whether there is something ("Di rumah ada kelambu?") that the
    label names after its negator ("Tidak punya kelambu"), or asks of no thing? "Ada" to "Ada aturan
    soal rokok?" affirms the rule an "Aturan kawasan tanpa rokok" code is about."""
    words = WORD.findall(CLAUSE.split(views[0].strip().casefold(), maxsplit=1)[0])
    if not words or words[0] not in _AFFIRMING or not NEGATORS.isdisjoint(words):
        return False
    asked = WORD.findall(question.casefold())
    things = {word_lemma(after) for word, after in zip(asked, asked[1:]) if word in POSSESS}
    label = WORD.findall(code.label.casefold())
    negator = next((k for k, word in enumerate(label) if word in NEGATORS), len(label))
    return not things or not things.isdisjoint(word_lemma(word) for word in label[negator + 1:])


def _stated(code: Code | None, said: list[str], denied: frozenset[str], views: tuple[str, ...],
            own: dict[str, str], question: str) -> bool:
    """Does the answer state the code's topic? For a code naming an absence (`code`), an answer not
    opening by affirming it, with an absence word ("habis"), a denied existence ("belum ada",
    "tidak punya") or a denied word that is no consequence the description names ("tidak pernah
    beli"; not "tidak digigit nyamuk");
    for another code, none of its words in the answer (`said`) denied."""
    if code is None:
        return denied.isdisjoint(said)
    if _affirms(views, question, code):
        return False
    thing = {word_lemma(word) for word in content_words(" ".join((code.label, *code.keywords)))}
    words = {word_lemma(word) for view in views for word in content_words(view)}
    return not ABSENCE.isdisjoint(word for view in views for word in WORD.findall(view.casefold())) \
        or not POSSESS.isdisjoint(denied) or any(lemma in thing or lemma not in own for lemma in denied & words)


def _goes_on_with_the_topic(answer: str, in_answer: list[str], in_question: list[str],
                            study: frozenset[str]) -> bool:
    """Does the rest of an answer opening with a "no" restate the question's topic (one of the
    code's words the question holds) and add a word of the code of its own ("Tidak, saya daftar
    sendiri di kantor" to "Ada yang bantu Ibu mendaftar?": someone else did not, she did)? A rest
    doing only one turns to another matter ("Tidak, kami tidak menganjurkan. Kalau pasien mau
    minum jus mentimun, ...") or only repeats what was asked."""
    parts = CLAUSE.split(answer.strip(), maxsplit=1)
    rest = set(_lemmas(parts[1], study)) if len(parts) > 1 else set()
    return not rest.isdisjoint(in_question) and bool(rest & set(in_answer) - set(in_question))


def _lemmas(text: str, study: frozenset[str]) -> dict[str, str]:
    """Lemma -> word as written, of the content words of `text` (quotation_guess.said_lemmas)."""
    return {lemma: word for lemma, (word, _) in said_lemmas((text,), study).items()}


def guessed_answer_codes(codebook: Codebook, answers: list[tuple[tuple[str, ...], str]],
                         study: frozenset[str] = frozenset()) -> list[tuple[str, list[str], list[str]] | None]:
    """Per answer (its views: text, translation; the question it answers, both its views joined),
    (code id, the answer's words of its description, the question's) of the code both speak of
    most (see the module), or None. `study`: words many of the batch's turns hold
    (`quotation_guess.study_words`), which name the study, not a topic."""
    if any(code.rules for code in codebook.codes):
        return [None] * len(answers)
    description = description_lemmas(codebook)
    weight = holders(description.values())
    absences = {code.id: code for code in codebook.codes if names_absence(code)}
    own_places = {code.id: positions_said([code.label, *code.keywords], only=False) for code in codebook.codes}
    guesses: list[tuple[str, list[str], list[str]] | None] = []
    for views, question in answers:
        if not question.strip() or (asks_a_number(question)
                                    and (not _ASKS_MORE.search(question) or reports_a_figure(views[0]))):
            guesses.append(None)
            continue
        said = _lemmas(" ".join(views), study)
        denied = frozenset().union(*(denied_lemmas(view) for view in views))
        said = {lemma: word for lemma, word in said.items() if lemma not in SETTING_WORDS}
        places = positions_said(views)
        asked = _lemmas(question, study)
        scores: dict[str, tuple[float, list[str], list[str]]] = {}
        for code, own in description.items():
            in_answer = description_held(said, own, places, own_places[code])
            in_question = [lemma for lemma in asked if lemma in own]
            if in_answer and in_question:   # a word the answer echoes counts once
                scores[code] = (round(sum(1 / weight[lemma] for lemma in sorted({*in_answer, *in_question})), 9), in_answer,
                                in_question)
        ranked = sorted(scores.items(), key=lambda item: -item[1][0])
        if not ranked or ranked[0][1][0] < MIN_SCORE or (len(ranked) > 1 and ranked[1][1][0] == ranked[0][1][0]) \
                or (ranked[0][0] not in absences and denies_the_question(views[0], question)
                    and not _goes_on_with_the_topic(views[0], *ranked[0][1][1:], study)) \
                or not _stated(absences.get(ranked[0][0]), ranked[0][1][1], denied, views, description[ranked[0][0]],
                                    question):
            guesses.append(None)
            continue
        code, (_, in_answer, in_question) = ranked[0]
        guesses.append((code, [said[lemma] for lemma in in_answer], [asked[lemma] for lemma in in_question]))
    return guesses


def guessed_answers(codebook: Codebook, rows: list[int], texts: list[str], translations: list[str],
                    questions: list[str], study: frozenset[str]) -> dict[int, tuple[str, str, str]]:
    """Row -> (code id, evidence, view) for the answers at `rows` (of `texts`, `translations`, the
    `questions` they answer) that `guessed_answer_codes` places; the view is the translation when
    none of the answer's words is in its text."""
    answers = [((texts[i], translations[i]) if translations[i].strip() else (texts[i],), questions[i]) for i in rows]
    placed: dict[int, tuple[str, str, str]] = {}
    for i, guess in zip(rows, guessed_answer_codes(codebook, answers, study)):
        if guess is not None:
            code_id, answer_words, question_words = guess
            own = {word_lemma(word) for word in content_words(texts[i])}
            view = "text" if any(word_lemma(word) in own for word in answer_words) else "translation"
            placed[i] = (code_id, asked_and_answered(answer_words, question_words), view)
    return placed
