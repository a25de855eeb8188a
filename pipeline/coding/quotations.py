"""Quotations as a paper prints them: each segment a quote its author placed under a code.

A quotation set (ingest/documents.py: `type: quotations`, or speaker-labelled informant lines
with no interviewer turn) is coded as interview turns are, one quote at a time. What an
interview lacks is the author's word that every quote carries a code: a quote the rules leave
uncoded still belongs somewhere. It gets the code whose own words (label, affirmed definition,
keywords, related words: `codebook_words.code_words`, and topic words few codes share) it holds most, in its text or translation,
when it holds at least FILL_WORDS of them and no other code as many; or one word alone, when no
other code's word is there and the word names more than who or where (`specificity.names_setting`:
"kader" alone is the speaker's role) and is one of the code's own one-word keywords, or a word of a
longer keyword ("berhenti" of "berhenti minum") or of its label that is no light verb ("pakai" says
what only with its object), no pronoun, not in the label's phrase of circumstance (`specificity.qualifies`:
*malu* of "Dinikahkan karena hamil atau malu"), and, a word of the study's subject, beside the
label's next word (`lone_words`). A lone
related or definition word places no quote: "badan", "beli", "dorang" were wrong more often than
right on the development quotation sets. In an interview or a document
the same rule codes small talk and background, so it applies to quotations only. A quote these
words do not place goes under the code whose whole description it shares most with
(`quotation_guess.py`), a weaker guess for the reviewer: its own lower confidence (GUESS_CONFIDENCE)
and evidence that says how it was placed (`evidence.guessed`).

A quote several rules code keeps only those codes whose description it shares about as much
as the best's (`strongest_codes`), nearer the best's when it is one sentence: a printed quote
usually shows one code.

Which quote is uncoded, and which of its codes a quote keeps, depends on every code: a recode of
some codes decides from all of them.
"""

from __future__ import annotations

import pandas as pd

from pipeline.coding.codebook_words import (
    code_words, content_words, holders, name_lemmas, topic_lemmas, word_lemma,
)
from pipeline.coding.evidence import filled, guessed, is_guessed
from pipeline.coding.lone_words import lone_words
from pipeline.coding.quotation_guess import description_scores, guessed_codes
from pipeline.coding.quote_attributions import without_closing_bracket
from pipeline.coding.reason_answers import cause_code, opening_reason
from pipeline.coding.sentences import is_one_sentence
from pipeline.coding.spans import ROLE_TAG
from pipeline.coding.speaker import SPEAKER_TAG
from pipeline.coding.specificity import is_light_verb, names_setting
from pipeline.records.codebook import Codebook
from pipeline.schema import QUOTATION

ROLE_EVIDENCE = (f"({SPEAKER_TAG})", f"({ROLE_TAG})")   # evidence tags of a code found through who speaks
FILL_WORDS = 2           # a code's words of distinct senses a quote must hold to be filled
TOPIC_HOLDERS = 2        # a topic word held by at most this many codes still places a quote
FILL_CONFIDENCE = 0.2    # below every rule's: the author's placing, not the words, is the evidence
GUESS_CONFIDENCE = 0.1   # below a fill's: the whole description's words, a weaker guess
WEAKER_SHARE = 0.5       # a quote's code whose description it shares less than this share of the best's: dropped
ONE_SENTENCE_SHARE = 0.75   # ... of a quote of one sentence, which makes one statement


def placing_confidence(evidence: str) -> float:
    """The confidence of a quote placed by its author (`placed_codes`): a guess's, or a fill's."""
    return GUESS_CONFIDENCE if is_guessed(evidence) else FILL_CONFIDENCE


def quotation_flags(segments: pd.DataFrame) -> list[bool]:
    """Per row: is it a quote of a quotation set (the optional QUOTATION column, read back from
    a csv too)?"""
    if QUOTATION not in segments:
        return [False] * len(segments)
    return segments[QUOTATION].astype(str).str.casefold().isin(["true", "1"]).tolist()


def quotation_names(segments: pd.DataFrame) -> frozenset[str]:
    """Files read as quotation sets."""
    if segments.empty or QUOTATION not in segments or "document" not in segments:
        return frozenset()
    flags = quotation_flags(segments)
    return frozenset(name for name, flag in zip(segments["document"].tolist(), flags) if flag)


def placing_words(codebook: Codebook) -> dict[str, dict[str, str]]:
    """`code_words` with the topic words (`topic_lemmas`: of a theme's or category's label, or of two
    codes' labels) that at most TOPIC_HOLDERS codes hold: a thesis's sub-headings "Kendala dalam
    pelatihan" and "Kendala dalam pengawasan" under the category "Pengawasan" share *kendala* and
    *pengawasan*, which no rule codes alone, yet a quote holding both belongs under the second.
    Not the words of the codebook's name, nor a light verb (`specificity.is_light_verb`: "pergi",
    "bilang" say what only with their object; "tunggu ... pergi" filled a quote about a health
    talk under the code of the trip to a far clinic) unless the code's own label says it
    ("ketahuan" of "Gula darah tinggi ketahuan saat skrining")."""
    every = code_words(codebook, topic=name_lemmas(codebook))
    topic = topic_lemmas(codebook)
    held = holders(every.values())
    label = {code.id: {word_lemma(word) for word in content_words(code.label)} for code in codebook.codes}
    return {code: {lemma: word for lemma, word in own.items() if (lemma not in topic or held[lemma] <= TOPIC_HOLDERS)
                   and (lemma in label[code] or not is_light_verb(lemma))}
            for code, own in every.items()}


def placed_codes(codebook: Codebook, views: list[tuple[str, ...]],
                 study: frozenset[str] = frozenset()) -> list[tuple[str, str, int] | None]:
    """Per uncoded quote (its views: text, translation), (code id, evidence, view index) of the
    code whose words (`placing_words`) its views hold most, or None when it holds fewer than
    FILL_WORDS or another code as many. The view: 1 (the translation) when a word was found there only."""
    words = placing_words(codebook)
    topic = topic_lemmas(codebook)
    alone = {code.id: lone_words(code, topic) for code in codebook.codes}
    placed: list[tuple[str, str, int] | None] = []
    guesses = guessed_codes(codebook, views, study)
    for quote, guess in zip(views, guesses):
        written: dict[str, tuple[str, int]] = {}   # lemma -> (word as written, view)
        for view, text in enumerate(quote):
            for word in content_words(text):
                written.setdefault(word_lemma(word), (word, view))
        held = sorted((([written[lemma] for lemma in written if lemma in own], code) for code, own in words.items()),
                      key=lambda item: -len(item[0]))   # codebook order among equals
        best = held[0][0] if held else []
        runner_up = held[1][0] if len(held) > 1 else []
        lone_word = len(best) == 1 and not runner_up and not names_setting(best[0][0]) and \
            _placed_alone(word_lemma(best[0][0]), alone.get(held[0][1], {}), written)
        if (len(best) < FILL_WORDS and not lone_word) or len(runner_up) == len(best):
            placed.append((guess[0], guessed(guess[1]), guess[2]) if guess else None)
            continue
        evidence = filled(word for word, _ in best)
        placed.append((held[0][1], evidence, max(view for _, view in best)))
    return placed


def strongest_codes(codebook: Codebook, fired: list[dict[str, str]], views: list[tuple[str, ...]],
                    study: frozenset[str] = frozenset()) -> list[frozenset[str]]:
    """Per quote, of the codes its rules fired (`fired`: code id -> evidence) those it keeps: each
    whose whole description (`quotation_guess.description_scores`) it shares at least WEAKER_SHARE
    as much as the best's, one the description does not see at all (its evidence stop words or
    the study's name: "jauh", "datang"), and one found through who speaks (ROLE_EVIDENCE).

    A paper prints a quote under the code it shows; another code one passing word fires is mostly
    not the author's ("kompresor" beside the money a diver borrowed from his boss). Who speaks is
    evidence the quote's words do not hold; a codebook with rules of its own names each code
    precisely (the Wori quotation sets: most quotes two rules code were printed under both), so
    all of its codes stay. On the development quotation sets with codebooks without rules, 25
    codes dropped were not the authors' and 5 were (quotes printed under two codes).

    A quote of one sentence (`sentences.is_one_sentence`) makes one statement, and a second code
    needs ONE_SENTENCE_SHARE of the best's: "Ipar saya yang antar naik motor tengah malam, hujan
    deras" is the trip, not the in-law's say. A quote of several sentences may state a second thing in
    one of its own, as an interview turn made a quote often does. The bracket a paper prints after
    the quote, naming its speaker ('"..." (Informan 3, kader)'), is no sentence of it. On the
    development sets 5 codes more were dropped, none of them the authors' (five figures +0.012,
    dev mean 0.7262 -> 0.7268)."""
    chosen = [frozenset(codes) for codes in fired]
    if any(code.rules for code in codebook.codes):
        return chosen
    several = [at for at, codes in enumerate(fired) if len(codes) > 1]
    for at, (scores, _) in zip(several, description_scores(codebook, [views[at] for at in several], study)):
        top = max(scores[code][0] for code in fired[at])
        share = ONE_SENTENCE_SHARE if is_one_sentence(without_closing_bracket(views[at][0])) else WEAKER_SHARE
        chosen[at] = frozenset(code for code, evidence in fired[at].items() if scores[code][0] >= top * share
                               or not scores[code][0] or any(tag in evidence for tag in ROLE_EVIDENCE))
    return chosen


def author_placings(codebook: Codebook, rows: list[int], fired: list[dict[str, str]], views: list[tuple[str, ...]],
                    study: frozenset[str]) -> tuple[dict[int, frozenset[str]], dict[int, tuple[str, str, str]]]:
    """For the quotes at `rows` (their codes fired by rules, their views, the set's `study_words`):
    row -> the codes it keeps (`strongest_codes`), and row -> (code id, evidence, view) of each
    quote no rule codes (`placed_codes`)."""
    kept = dict(zip(rows, strongest_codes(codebook, fired, views, study)))
    uncoded = [at for at, codes in enumerate(fired) if not codes]
    placed = placed_codes(codebook, [views[at] for at in uncoded], study)
    placings = {rows[at]: (code_id, evidence, "translation" if view else "text")
                for at, result in zip(uncoded, placed) if result is not None for code_id, evidence, view in [result]}
    cause = None if any(code.rules for code in codebook.codes) else cause_code(codebook)
    for at, row in enumerate(rows):   # reason_answers.py: a reply opening with "karena" under the code of causes
        reason = opening_reason(views[at][0]) if cause is not None and cause not in kept[row] else None
        if reason is not None and (row not in placings or is_guessed(placings[row][1])):
            placings[row] = (cause, filled([reason]), "text")
    return kept, placings


def _placed_alone(lemma: str, alone: dict[str, str], written: dict[str, tuple[str, int]]) -> bool:
    """Does `lemma` place a quote alone (`lone_words.lone_words`), with the word it needs written?"""
    return lemma in alone and (not alone[lemma] or alone[lemma] in written)
