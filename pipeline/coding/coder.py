"""The CODE stage: rule codings for every informant segment of a batch."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass

import pandas as pd

from pipeline.records.codebook import PREVIOUS_TURN, Code, Codebook
from pipeline.coding.context import (
    HEADING_TAG,
    document_headings,
    item_codes,
    previous_interviewer_turn,
    previous_turns,
    questions_answered,
    tag_outside,
    with_context,
)
from pipeline.coding.answer_guess import guessed_answers
from pipeline.coding.item_guess import guessed_items
from pipeline.coding.answers import NO_QUESTION, Question
from pipeline.coding.budget_section import background_rows
from pipeline.coding.counts import counts_in_document, document_names
from pipeline.coding.mnemonic_labels import as_read
from pipeline.coding.named_sources import page_sources
from pipeline.coding.transcriber_notes import coder_view
from pipeline.coding.paragraph_shape import is_title
from pipeline.coding.codebook_words import names_absence
from pipeline.coding.heading_codes import FROM_ITEMS_CONFIDENCE, FROM_ITEMS_EVIDENCE, codes_from_items
from pipeline.coding.introductions import introductions
from pipeline.coding.question_purpose import after_first_sentence
from pipeline.coding.compile_rules import compiled_codebook
from pipeline.coding.example_copies import with_copies
from pipeline.coding.keyword_rule import KEYWORD
from pipeline.coding.own_words import with_own_words
from pipeline.coding.rules import BOTH_VIEWS_BONUS, MAX_CONFIDENCE, CompiledCodebook, Firing, Found
from pipeline.coding.document_topic import with_document_topics
from pipeline.coding.question_reading import read_question, take_up_denial, take_up_relative, take_up_topics
from pipeline.coding.quotation_guess import study_words
from pipeline.coding.quotations import GUESS_CONFIDENCE, author_placings, placing_confidence, quotation_flags
from pipeline.coding.informant_roles import lending, role_terms, with_roles
from pipeline.coding.spoken import spoken, written
from pipeline.coding.table_cells import readable_rows
from pipeline.coding.token_store import Screen, TokenStore, screen_of
from pipeline.coding.value_pairs import one_side
from pipeline.coding.weak_evidence import STRONG_KINDS, without_outweighed
from pipeline.ingest.documents import uncoded_furniture
from pipeline.schema import CODING_COLUMNS, TABLE_ROW

PASS = "coding_pass"    # with_pass: 0 = found in the turn, 1 = with the previous turn's help
CONTEXT_PENALTY = 0.1   # evidence partly outside the turn is weaker


def informant_segments(segments: pd.DataFrame) -> pd.DataFrame:
    """Only informants' turns are coded; interviewer questions never are."""
    return segments[segments["speaker_role"] == "informant"]


@dataclass(frozen=True)
class _Reading:
    """Where the coder's Docs come from, and the screen of a recode (None: every text gets one)."""

    store: TokenStore
    screen: Screen | None = None            # of the texts matched
    question_screen: Screen | None = None   # of the questions they answer


def code_segments(segments: pd.DataFrame, codebook: Codebook, informants: pd.DataFrame | None = None, *,
                  codes: Collection[str] | None = None, with_pass: bool = False,
                  tokens: TokenStore | None = None) -> pd.DataFrame:
    """Rule codings (schema.CODING_COLUMNS, source="rule") for the informant segments.

    Each segment is matched on its text and, when it has one that differs, on its free
    translation; a code found in both views gets a confidence bonus, a code vetoed by an
    `exclude_if` rule in either view is dropped. What a human reader knows besides the turn
    itself can supply a rule's `any:` condition: the interviewer question it answers, and
    the informant's role (from `informants`, schema.INFORMANT_COLUMNS): "kita antar" is the
    clinic's help when a midwife says it.

    `codes` (ids): only these codes' codings, exactly as the whole codebook's run finds them
    (a codebook edit recodes the codes it changed). `with_pass` adds a PASS column (0: the turn
    itself, 1: with the previous turn's help): rows come in the order (pass, segment, code).

    `tokens`: where the Docs of the texts come from (stored tokens of an earlier coding, see
    token_store.py); by default every text is tokenized.
    """
    written, codebook = {code.id: code.label for code in codebook.codes}, as_read(codebook)   # "1.1 ...", "INS-TELAT": words
    whole = compiled = compiled_codebook(codebook)
    only = None if codes is None else set(codes)
    columns = [*CODING_COLUMNS, PASS] if with_pass else CODING_COLUMNS
    if only is not None:
        compiled = compiled.restricted(frozenset(i for i, code in enumerate(compiled.codes) if code.id in only))
        if not any(code.id in only for code in compiled.codes):
            return pd.DataFrame([], columns=columns)   # e.g. only the order of the codes changed
    if not segments.index.is_unique:
        segments = segments.reset_index(drop=True)
    documents = document_names(segments)
    segments = coder_view(segments, documents)   # a paragraph's wrapped lines read as one; no transcriber's note
    informant = informant_segments(segments)
    own_texts = texts = raw_texts = _column(informant, "text")
    glosses = informant["gloss"] if "gloss" in informant else None   # read only for evidence found in a translation
    own_translations = translations = _column(informant, "translation")
    if TABLE_ROW in informant:   # a plan table's row is read without its who, when and where cells
        own_texts = texts = readable_rows(informant, own_texts)
        own_translations = translations = readable_rows(informant, own_translations)
    speakers = _column(informant, "informant")
    owners = _column(informant, "document")
    in_document = [name in documents for name in owners] if documents else []
    quoted = quotation_flags(informant)
    headings = document_headings(segments, informant.index) if documents else []
    reading = _Reading(tokens if tokens is not None else TokenStore(compiled.nlp))
    if only is not None and not any(headings) and not any(quoted):  # a text without the recoded codes' terms needs no Doc
        reading = _Reading(reading.store, screen_of(compiled), screen_of(compiled, questions=True))
    questions = _questions(compiled, segments, informant.index, reading)
    roles = role_terms(compiled, informants, lenders := lending(speakers, in_document, own_texts))
    if roles:
        questions = with_roles(questions, lenders, roles, quoted)
    questions = with_document_topics(questions, owners, own_texts, documents, lambda texts: [
        frozenset() if doc is None else compiled.terms_in(doc) for doc in reading.store.docs(texts, None, reading.screen)])
    if any(headings):  # list items are read with the paragraph that introduces them
        texts = [with_context(h, t) for h, t in zip(headings, texts)]
        translations = [with_context(h, t) if t.strip() else t for h, t in zip(headings, translations)]
    found = _fire_rows(compiled, texts, translations, questions, reading, owners,
                       spoken_rows=[not document for document in in_document] or [True] * len(texts))
    small_talk, after_background = _without_introductions(found, compiled, segments, informant.index, texts,
                                                          translations, questions, reading, owners)
    background = background_rows(in_document, own_texts, owners)   # a definition, an aim, a plan's budget ...
    sources = page_sources(owners, own_texts) if in_document else []   # who "ia" and a source's bare name are
    # a title in capitals, or a news page's link or byline (not its photo caption): no code
    furniture = uncoded_furniture(own_texts, owners) if in_document else []
    titles = [bool(document) and (is_title(text) or link) for document, text, link in zip(in_document, own_texts, furniture)]
    if any(headings):  # what each list item says by itself decides what it takes from its heading
        items = [i for i, heading in enumerate(headings) if heading]
        # whether an item names any code itself depends on all codes, not only those recoded here
        alone = _fire_rows(whole, [own_texts[i] for i in items], [own_translations[i] for i in items],
                           [questions[i] for i in items], reading, [owners[i] for i in items],
                           spoken_rows=[False] * len(items))   # list items: document text
        for i, own in zip(items, alone):
            chosen = item_codes(found[i], own, own_texts[i])
            found[i] = chosen if only is None else {k: v for k, v in chosen.items() if whole.codes[k].id in only}
    all_codes = compiled.codes
    absence = {code.id for code in all_codes if names_absence(code)}  # "Tidak memiliki KK"
    ids = informant["segment_id"].astype(str).tolist()
    rows: list[dict[str, object]] = []

    def append(i: int, code: Code, confidence: float, evidence: str, view: str, second: int = 0) -> None:
        rows.append({"segment_id": ids[i], "informant": speakers[i], "theme": code.theme,
                     "category": code.category, "code": written[code.id], "code_id": code.id,
                     "source": "rule", "confidence": round(confidence, 3),
                     "evidence": evidence, "evidence_in": view, "review": "", PASS: second})

    def add(i: int, index: int, firing: Firing, view: str, confidence: float, tag: str, second: int = 0) -> None:
        code = all_codes[index]
        if only is not None and code.id not in only:   # fired only to outweigh weak evidence
            return
        evidence = firing.evidence
        if in_document and in_document[i] and not counts_in_document(
                code, texts[i] if view == "text" else translations[i], evidence, firing.second or firing.kind,
                background=background[i], title=titles[i], names_absence=code.id in absence, sources=sources[i]):
            return
        if tag:
            evidence = tag_outside(evidence, own_texts[i] if view == "text" else translations[i], tag)
        if view == "translation" and glosses is not None:   # the reviewer reads the turn: its own words first
            gloss = glosses.iat[i]
            evidence = with_own_words(evidence, raw_texts[i], gloss if isinstance(gloss, str) else "")
        append(i, code, confidence, evidence, view, second)

    placed = _placed_by_author(whole, found, only is not None, quoted, texts, translations, questions, reading, owners)
    code_of = {code.id: code for code in whole.codes}
    for i, by_code in enumerate(found):
        for index, (firing, view, confidence) in sorted(by_code.items()):
            add(i, index, firing, view, confidence, HEADING_TAG if headings and headings[i] else "")
        if i in placed and (only is None or placed[i][0] in only):
            code_id, evidence, view = placed[i]
            append(i, code_of[code_id], placing_confidence(evidence), evidence, view)
    if any(headings):   # a strategy's heading takes what most of its items take, in the rows' order
        for i, code_ids in codes_from_items(headings, own_texts, owners, ids,
                                            [(row["segment_id"], row["code_id"]) for row in rows],
                                            {code.id: code.label for code in whole.codes}, codebook.name).items():
            if (titles and titles[i]) or (background and background[i]):   # a title or background: no code
                continue
            for code_id in code_ids:
                append(i, code_of[code_id], FROM_ITEMS_CONFIDENCE, FROM_ITEMS_EVIDENCE, "text")
        place, rank = {sid: i for i, sid in enumerate(ids)}, {code.id: k for k, code in enumerate(all_codes)}
        rows.sort(key=lambda row: (place[row["segment_id"]], rank[row["code_id"]]))
    with_previous = {index for index, code in enumerate(all_codes)
                     if code.context == PREVIOUS_TURN and (only is None or code.id in only)}
    if with_previous:   # documents and quotes take nothing from the turn before
        read_alone = [bool(in_document) and in_document[i] or quote or i in small_talk for i, quote in enumerate(quoted)]
        for i, index, firing, view, confidence in _from_previous_turns(
                compiled, segments, informant, found, with_previous, questions, read_alone, reading):
            add(i, index, firing, view, confidence, "", second=1)
    if not any(code.rules for code in whole.codes):   # answer_guess.py: a codebook without rules
        told = {row["segment_id"] for row in rows}
        spoken_texts = [after_first_sentence(t) if i in after_background else t for i, t in enumerate(texts)]
        spoken_translations = [after_first_sentence(t) if i in after_background else t for i, t in enumerate(translations)]
        answers = [i for i in range(len(ids)) if (only is not None or not found[i]) and ids[i] not in told
                   and i not in small_talk and not quoted[i] and not (in_document and in_document[i])]
        study = study_words([f"{t} {tr}" for t, tr in zip(texts, translations)])
        guesses = guessed_answers(whole.codebook, answers, spoken_texts, spoken_translations,
                                  questions_answered(segments, informant.index, both_views=True), study)
        if in_document:   # item_guess.py: a plan's list item under its heading, as an answer under its question
            items = [i for i in range(len(ids)) if in_document[i] and (only is not None or not found[i])
                     and ids[i] not in told and not (titles[i] or background[i])]
            guesses |= guessed_items(whole.codebook, items, own_texts, own_translations, owners, in_document, study)
        if only is not None:   # a recode keeps a guess where no code at all fires, as the whole run did
            guesses = {i: guess for i, guess in guesses.items() if guess[0] in only}
            rows_guessed = sorted(guesses)
            fired = _fire_rows(whole, [spoken_texts[i] for i in rows_guessed],
                               [spoken_translations[i] for i in rows_guessed], [questions[i] for i in rows_guessed],
                               reading, [owners[i] for i in rows_guessed], [True] * len(rows_guessed))
            guesses = {i: guesses[i] for i, by_code in zip(rows_guessed, fired) if not by_code}
        for i, (code_id, evidence, view) in sorted(guesses.items()):
            append(i, code_of[code_id], GUESS_CONFIDENCE, evidence, view)
    return pd.DataFrame(rows, columns=columns)


def _placed_by_author(whole: CompiledCodebook, found: list[Found], recode: bool, quoted: list[bool], texts: list[str],
                      translations: list[str], questions: list[Question], reading: _Reading,
                      owners: list[str]) -> dict[int, tuple[str, str, str]]:
    """Row -> (code id, evidence, view) for the quotes no rule codes; a quote several rules code
    keeps those the author most likely placed it under (`found` trimmed; quotations.py).
    `recode`: `found` holds some codes' findings; every code's decide."""
    rows = [i for i, quote in enumerate(quoted) if quote]
    if not rows:
        return {}
    own = [found[i] for i in rows] if not recode else _fire_rows(
        whole, [texts[i] for i in rows], [translations[i] for i in rows], [questions[i] for i in rows],
        reading, [owners[i] for i in rows], [True] * len(rows))
    views = [(texts[i], translations[i]) if translations[i].strip() and _differs(texts[i], translations[i])
             else (texts[i],) for i in rows]
    fired = [{whole.codes[k].id: firing.evidence for k, (firing, _, _) in by_code.items()} for by_code in own]
    kept, placed = author_placings(whole.codebook, rows, fired, views,
                                   study_words([f"{texts[i]} {translations[i]}" for i in rows]))
    for i, keep in kept.items():
        found[i] = {k: firing for k, firing in found[i].items() if whole.codes[k].id in keep}
    return placed


def _fire_rows(compiled: CompiledCodebook, texts: list[str], translations: list[str],
               questions: list[Question], reading: _Reading, owners: list[str],
               spoken_rows: list[bool], borrowed: list[frozenset[str]] | None = None) -> list[Found]:
    """Per row, the codes found in its text or translation, vetoes applied, with the best
    firing, the view it came from and the confidence (a bonus when both views agree).
    `owners`: each row's document (whose stored tokens keep its texts'). `spoken_rows`: which
    rows are interview turns, matched with speech's wider windows (spoken.py)."""
    if len(set(spoken_rows)) > 1:   # interview turns and document paragraphs, each with its windows
        merged: list[Found] = [{} for _ in texts]
        for is_spoken in (True, False):
            rows = [i for i, row_is_spoken in enumerate(spoken_rows) if row_is_spoken == is_spoken]
            results = _fire_rows(compiled, [texts[i] for i in rows], [translations[i] for i in rows],
                                 [questions[i] for i in rows], reading, [owners[i] for i in rows],
                                 [is_spoken] * len(rows), [borrowed[i] for i in rows] if borrowed is not None else None)
            for i, result in zip(rows, results):
                merged[i] = result
        return merged
    compiled = spoken(compiled) if spoken_rows and spoken_rows[0] else written(compiled)
    separate = [i for i, (t, tr) in enumerate(zip(texts, translations)) if tr.strip() and _differs(t, tr)]
    views = _fire_views(compiled, texts + [translations[i] for i in separate],
                        questions + [questions[i] for i in separate], reading,
                        owners + [owners[i] for i in separate],
                        borrowed + [borrowed[i] for i in separate] if borrowed is not None else None)
    translated = dict(zip(separate, views[len(texts):]))
    found: list[Found] = []
    for i, (fired, vetoed) in enumerate(views[:len(texts)]):
        fired_tr, vetoed_tr = translated.get(i, ({}, set()))
        row: Found = {}
        for index in (fired.keys() | fired_tr.keys()) - vetoed - vetoed_tr:
            firing, view = _best(fired.get(index), fired_tr.get(index))
            confidence = firing.confidence
            if index in fired and index in fired_tr:
                confidence = min(MAX_CONFIDENCE, confidence + BOTH_VIEWS_BONUS)
            row[index] = (firing, view, confidence)
        if compiled.examples and borrowed is None:   # a near copy of a code's example
            with_copies(row, compiled.examples, texts[i], translations[i], vetoed | vetoed_tr,
                        compiled.example_lookup)
        if questions[i].topics and borrowed is None:
            take_up_topics(row, questions[i], vetoed | vetoed_tr, texts[i], translations[i])
        if questions[i].kin and borrowed is None:   # "Siapa yang antar?" "Kita pe ipar."
            take_up_relative(row, questions[i], vetoed | vetoed_tr, texts[i])
        if (questions[i].denied or questions[i].names) and borrowed is None:   # a "no" answer
            take_up_denial(row, questions[i], vetoed | vetoed_tr, texts[i], translations[i])
        found.append(one_side(without_outweighed(row), compiled, f"{texts[i]}\n{translations[i]}"))
    return found


def _from_previous_turns(compiled: CompiledCodebook, segments: pd.DataFrame, informant: pd.DataFrame,
                         found: list[Found], wanted: set[int], questions: list[Question],
                         read_alone: list[bool], reading: _Reading) -> Iterator[tuple[int, int, Firing, str, float]]:
    """Codes (of `wanted`) an interview turn gets when its rules may find all but one of their
    `all` lists in the informant's previous turn and the question after it, and the turn
    alone does not have them, nor takes up, with a keyword of its own, the topic the question
    asked (`_answers_its_own_topic`). Yields (row, code index, firing, view, confidence)."""
    before = previous_turns(segments, informant.index)
    translated = segments.assign(text=_column(segments, "translation")) if "translation" in segments else segments
    before_translated = previous_turns(translated, informant.index)
    candidates = [i for i, context in enumerate(before) if context and not read_alone[i]]
    if not candidates:
        return
    contexts = {i: f"{before[i]}\n{before_translated[i]}" for i in candidates}
    owners = _column(informant, "document")
    # the terms borrowed are all the codebook's (unscreened Docs): fire_matches depends on them.
    # Every candidate's context is read, also one the filter below drops, so that a recode of some
    # codes finds each of them in the token store a whole run filled.
    terms: dict[str, frozenset[str]] = {}
    for context, doc in zip(contexts.values(), reading.store.docs(list(contexts.values()), [owners[i] for i in candidates])):
        if context not in terms and doc is not None:
            terms[context] = compiled.terms_in(doc)
    asked_by = _keyword_terms(compiled)
    rows = [i for i in candidates if not _answers_its_own_topic(found[i], questions[i], asked_by)]
    if not rows:
        return
    texts = _column(informant, "text")
    translations = _column(informant, "translation")
    again = _fire_rows(compiled, [texts[i] for i in rows], [translations[i] for i in rows],
                       [questions[i] for i in rows], reading, [owners[i] for i in rows],
                       [True] * len(rows), [terms[contexts[i]] for i in rows])   # interview turns only
    for i, by_code in zip(rows, again):
        for index in sorted(wanted.intersection(by_code).difference(found[i])):
            firing, view, confidence = by_code[index]
            yield i, index, firing, view, max(0.0, confidence - CONTEXT_PENALTY)


def _answers_its_own_topic(found: Found, question: Question, keyword_terms: dict[int, frozenset[str]]) -> bool:
    """Does a turn find a code by its keyword that the question before it asked by a keyword too
    ("Bagaimana dengan pasien batuk?" "Perokok yang batuk ... kami periksa dahak")? The question
    turned the talk to that code: the informant's answer before it lends nothing (with every
    code of the interview development codebooks allowed the previous turn: anc 0.575 -> 0.582,
    gizi 0.663 -> 0.672, no batch lower)."""
    return any(firing.kind in STRONG_KINDS and not keyword_terms.get(index, frozenset()).isdisjoint(question.terms)
               for index, (firing, _, _) in found.items())


def _keyword_terms(compiled: CompiledCodebook) -> dict[int, frozenset[str]]:
    """Code index -> the terms of its keywords as written (its KEYWORD rules' terms)."""
    terms: dict[int, set[str]] = {}
    for rule in compiled.rules:
        if rule.kind == KEYWORD:
            terms.setdefault(rule.code_index, set()).update(rule.context)
    return {index: frozenset(found) for index, found in terms.items()}


def _questions(compiled: CompiledCodebook, segments: pd.DataFrame, rows: pd.Index,
               reading: _Reading) -> list[Question]:
    """For each informant row, the interviewer turn just before it as the rules read it: its
    codebook terms (none when screened out: it holds none of the terms of the codes recoded)."""
    previous = previous_interviewer_turn(segments)
    wanted = {previous[r] for r in rows if previous.get(r) is not None}
    question_text: dict[object, str] = {}
    owner: dict[object, str] = {}
    for row, text, translation, document in zip(segments.index, _column(segments, "text"),
                                                _column(segments, "translation"), _column(segments, "document")):
        if row in wanted:
            question_text[row] = " \n ".join(filter(None, (text, translation)))
            owner[row] = document
    asked = list(question_text)
    docs = reading.store.docs([question_text[r] for r in asked], [owner[r] for r in asked], reading.question_screen)
    read: dict[str, Question] = {}
    for row, doc in zip(asked, docs):  # interviewers repeat their questions
        text = question_text[row]
        if text not in read:
            read[text] = read_question(compiled, text, doc)
    return [read[question_text[previous[r]]] if previous.get(r) is not None else NO_QUESTION for r in rows]


def _without_introductions(found: list[Found], compiled: CompiledCodebook, segments: pd.DataFrame, rows: pd.Index,
                           texts: list[str], translations: list[str], questions: list[Question],
                           reading: _Reading, owners: list[str]) -> tuple[set[int], set[int]]:
    """Clear the findings of the replies to small talk (a greeting returned, how long one has
    served, leave to begin: introductions.py) and refire the answers after background ("Bapak
    kerja apa?") without their first sentence; the small talk's positions, and those answers'."""
    small_talk, answers_after_background = introductions(segments, rows)
    for i in small_talk:
        found[i] = {}
    after = sorted(answers_after_background - small_talk)
    for i, rest in zip(after, _fire_rows(
            compiled, [after_first_sentence(texts[i]) for i in after], [after_first_sentence(translations[i]) for i in after],
            [questions[i] for i in after], reading, [owners[i] for i in after], [True] * len(after))):
        found[i] = rest
    return small_talk, set(after)


def _fire_views(compiled: CompiledCodebook, texts: list[str], questions: list[Question],
                reading: _Reading, owners: list[str],
                borrowed: list[frozenset[str]] | None = None) -> list[tuple[dict[int, Firing], set[int]]]:
    """`compiled.fire` for each (view text, question terms[, borrowed terms]), in order.

    Turns repeat ("Iya.", "Betul.", a stock answer), so each distinct text gets one Doc and is
    matched once, and its rules evaluated once per distinct question it answers. The results
    are shared between equal pairs and must not be modified. A text the screen leaves without
    a Doc holds none of the terms of `compiled`'s rules: nothing fires there.
    """
    lent: list[frozenset[str] | None] = list(borrowed) if borrowed is not None else [None] * len(texts)
    contexts_of: dict[str, dict[tuple[Question, frozenset[str] | None], None]] = {}
    for text, question, extra in zip(texts, questions, lent):
        contexts_of.setdefault(text, {})[question, extra] = None
    fired: dict[tuple[str, Question, frozenset[str] | None], tuple[dict[int, Firing], set[int]]] = {}
    docs = dict(zip(texts, reading.store.docs(texts, owners, reading.screen)))
    for text in contexts_of:
        doc = docs[text]
        if doc is None:
            for question, extra in contexts_of[text]:
                fired[text, question, extra] = ({}, set())
            continue
        occ = compiled.occurrences(doc)
        for question, extra in contexts_of[text]:
            fired[text, question, extra] = compiled.fire_matches(doc, text, occ, question, extra)
    return [fired[text, question, extra] for text, question, extra in zip(texts, questions, lent)]


def _best(text: Firing | None, translation: Firing | None) -> tuple[Firing, str]:
    """The original's evidence unless only the translation, or it more strongly, supports the code."""
    if text is not None and (translation is None or text.confidence >= translation.confidence):
        return text, "text"
    assert translation is not None
    return translation, "translation"


def _column(frame: pd.DataFrame, name: str) -> list[str]:
    if name not in frame:
        return [""] * len(frame)
    return frame[name].fillna("").astype(str).tolist()


def _differs(text: str, translation: str) -> bool:
    if text == translation:  # Indonesian turns: the translation is the text
        return False
    return " ".join(text.split()).casefold() != " ".join(translation.split()).casefold()
