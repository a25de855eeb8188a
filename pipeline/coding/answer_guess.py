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
* an answer denying one of the best code's description words (a negator up to DENIED_BEFORE words
  before it or DENIED_AFTER words after it in its clause, or a denied existence before it: "Nyanda
  malu", "Takut nyanda, dia brani", "Tidak ada yang tolak karena agama"): the topic is not the case,
  and the next code is no better guess;
* a best code whose label names an absence ("Tidak memiliki kartu keluarga",
  codebook_words.names_absence) when the answer says nothing is missing (no negator, no "habis"):
  its words count only where the thing is missing; a denied word is then no objection;
* an answer to a question asking for a number or a duration ("Berapa bidan di puskesmas ini?"):
  it reports a figure, not an experience.

Only for a codebook without rules: a codebook whose author wrote rules says when a code applies,
and an answer none of them codes is meant to stay uncoded. On the development interviews of the
minimal codebooks (16 studies) this placed 28 answers rightly, 5 under the wrong code of a coded
answer and 7 that take no code; with MIN_SCORE 1.5, 31 right and 21 wrong; without the question's
words required, 43 right and 58 wrong.
"""

from __future__ import annotations

import re

from pipeline.coding.codebook_words import content_words, holders, names_absence, word_lemma
from pipeline.coding.evidence import asked_and_answered
from pipeline.coding.lone_words import PRONOUNS
from pipeline.coding.negation import ABSENCE, EXISTENTIAL, NEGATORS
from pipeline.coding.quotation_guess import description_lemmas
from pipeline.coding.specificity import SETTING_WORDS
from pipeline.records.codebook import Codebook

MIN_SCORE = 2.0       # two words only one code holds, or more of words codes share
DENIED_BEFORE = 3     # words before a description word a negator denies it from
DENIED_AFTER = 2      # ... and after it ("Takut nyanda")
_CLAUSE = re.compile(r"[,.;:!?\"]")
_WORD = re.compile(r"[^\W\d_][\w\-]*")
_ASKS_A_NUMBER = re.compile(r"\b(?:berapa|brapa|barapa)\b", re.IGNORECASE)


def asks_a_number(question: str) -> bool:
    """Does a question ask how many or how long ("Ibu pe anak brapa?", "Sudah berapa lama ...?")?"""
    return bool(_ASKS_A_NUMBER.search(question))


def denied_lemmas(text: str) -> frozenset[str]:
    """The lemmas of the words of `text` a negator denies (see the module)."""
    denied: set[str] = set()
    for clause in _CLAUSE.split(text.casefold()):
        words = _WORD.findall(clause)
        for i, word in enumerate(words):
            if not NEGATORS.isdisjoint(words[max(0, i - DENIED_BEFORE):i] + words[i + 1:i + 1 + DENIED_AFTER]) \
                    or _denied_existence(words[:i]):
                denied.add(word_lemma(word))
    return frozenset(denied)


def _denied_existence(before: list[str]) -> bool:
    """Do the words before a word in its clause deny what follows whole: a negator, then "ada",
    "karena" ("Tidak ada yang tolak karena agama", "Bukan karena biaya")?"""
    return any(word in NEGATORS and following in EXISTENTIAL for word, following in zip(before, before[1:]))


def _stated(absence: bool, in_answer: list[str], denied: frozenset[str], views: tuple[str, ...]) -> bool:
    """Does the answer state the code's topic: for a code naming an absence, some word saying a thing
    is missing ("nyanda", "habis"); for another, none of its words denied?"""
    if absence:
        return any(not (NEGATORS | ABSENCE).isdisjoint(_WORD.findall(view.casefold())) for view in views)
    return denied.isdisjoint(in_answer)


def _lemmas(text: str, study: frozenset[str]) -> dict[str, str]:
    """Lemma -> word as written, of the content words of `text`, not pronouns nor `study` words."""
    found: dict[str, str] = {}
    for word in content_words(text):
        lemma = word_lemma(word)
        if word not in PRONOUNS and lemma not in study:
            found.setdefault(lemma, word)
    return found


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
    absences = {code.id for code in codebook.codes if names_absence(code)}
    guesses: list[tuple[str, list[str], list[str]] | None] = []
    for views, question in answers:
        if not question.strip() or asks_a_number(question):
            guesses.append(None)
            continue
        said = _lemmas(" ".join(views), study)
        denied = frozenset().union(*(denied_lemmas(view) for view in views))
        said = {lemma: word for lemma, word in said.items() if lemma not in SETTING_WORDS}
        asked = _lemmas(question, study)
        scores: dict[str, tuple[float, list[str], list[str]]] = {}
        for code, own in description.items():
            in_answer = [lemma for lemma in said if lemma in own]
            in_question = [lemma for lemma in asked if lemma in own]
            if in_answer and in_question:   # a word the answer echoes counts once
                scores[code] = (round(sum(1 / weight[lemma] for lemma in sorted({*in_answer, *in_question})), 9), in_answer,
                                in_question)
        ranked = sorted(scores.items(), key=lambda item: -item[1][0])
        if not ranked or ranked[0][1][0] < MIN_SCORE or (len(ranked) > 1 and ranked[1][1][0] == ranked[0][1][0]) \
                or not _stated(ranked[0][0] in absences, ranked[0][1][1], denied, views):
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
