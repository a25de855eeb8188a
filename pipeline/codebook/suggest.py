"""`python -m pipeline codebook suggest`: codebook additions mined from graders' decisions.

For each code, the reviewed turns (a decision on any code) split into those a grader coded
with it (accept or add) and those they did not. A word or two-word phrase is proposed

* as a keyword when it occurs in at least MIN_SUPPORT of the code's turns, its precision
  over the reviewed turns (coded turns containing it / turns containing it) is at least
  MIN_PRECISION, none of its words is a word of another code's label or keywords (that
  word names the other code, or the study when several labels hold it), it is not made of
  function words only (stop words, and the glosser's negators and particles: nyanda, jo), and
  its words are not all words the code's own label and keywords already hold (rumah of
  "Kunjungan rumah", tau read as the label's tahu), and, when the batch's turns are given (at
  least MIN_BATCH_TURNS), it is in no more than MAX_BATCH_SHARE of them (a word many turns say,
  as "bilang", says, names no code, however well it scored on a few reviewed turns); one resting on fewer
  than MIN_JUDGED reviewed turns says it is too few to judge, whatever its figures;
* as an exclusion (`exclude_if`) when it occurs in at least MIN_EXCLUSION_SUPPORT turns where a
  grader rejected the code and in none where they kept it, is no word of the codebook's own
  labels, keywords and definitions (a study of family planning says "KB" in turns of every
  code, and two rejected turns that say it are no reason to exclude it), and, when the batch's
  turns are given, is not in more than MAX_BATCH_SHARE of them beyond the rejected ones.

Each proposal comes with its precision and recall on those decisions. The output is YAML to
paste into the codebook; the codebook file is never edited.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import yaml
from sklearn.feature_extraction.text import CountVectorizer
from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.privacy.patterns import MARKS
from pipeline.records.codebook import Codebook

MIN_SUPPORT = 2
MIN_EXCLUSION_SUPPORT = 3     # two rejected turns sharing a word is chance more often than a pattern
MAX_BATCH_SHARE = 0.15        # a word in more of the batch's turns is the study's topic or talk, no code's sign
MIN_BATCH_TURNS = 20          # a share of fewer turns says nothing of how common a word is
MIN_PRECISION = 0.75
MIN_JUDGED = 3               # a perfect score on two turns is chance as often as a pattern
FUNCTION_WORDS = frozenset(STOP_WORDS) | {"nda", "so", "jo", "kong", "mar", "deng", "kita", "torang", "dorang", "le",
                                          "ka", "pe", "depe", "ada", "sto", "mo", "ja", "for", "kalu", "pa"}
PER_CODE = 5
TOKEN_PATTERN = r"(?u)\b\w[\w-]+\b"
# the glosser's lexicon tags of words that carry no topic (negators, particles, pronouns, ...)
FUNCTION_POS = frozenset({"neg", "aux", "pron", "poss", "prep", "conj", "rel", "ptc", "interj", "q", "dem"})


def glosser_words() -> tuple[frozenset[str], dict[str, str]]:
    """The Manado Malay words the glosser's lexicon tags as function words (nyanda, jo, so), and
    each single word's Indonesian reading (tau -> tahu), to tell a new word from a label's."""
    from pipeline.gloss.glosser import shared_glosser   # its lexicon is loaded once per process

    words = shared_glosser().lexicon.words
    function = frozenset(word for word, entry in words.items() if entry.pos in FUNCTION_POS)
    return function, {word: entry.ind.casefold() for word, entry in words.items() if " " not in entry.ind.strip()}


def turn_texts(segments: pd.DataFrame) -> pd.Series:
    """Each turn's text with its translation (the words a grader read), by segment id, without
    the redaction marks ([NAMA]: a masked name is no word anyone said)."""
    turns = segments.drop_duplicates("segment_id").set_index("segment_id")
    text = turns["text"].fillna("").astype(str)
    if "translation" in turns:
        text = text + "\n" + turns["translation"].fillna("").astype(str)
    return text.str.replace(MARKS, " ", regex=True)


def reviewed_turns(segments: pd.DataFrame, decisions: pd.DataFrame, code_ids: list[str]) -> pd.DataFrame:
    """One row per reviewed turn: its text (original and translation) and, per code, 1 kept,
    0 rejected or left alone, with `rejected_<code>` marking explicit rejects."""
    texts = turn_texts(segments)
    ids = [sid for sid in dict.fromkeys(decisions["segment_id"].astype(str)) if sid in texts.index]
    out = pd.DataFrame({"segment_id": ids, "text": texts.loc[ids].to_numpy()})
    for code_id in code_ids:
        mine = decisions[decisions["code_id"].astype(str) == code_id]
        kept = set(mine.loc[mine["decision"].isin(["accept", "add"]), "segment_id"].astype(str))
        rejected = set(mine.loc[mine["decision"] == "reject", "segment_id"].astype(str))
        out[code_id] = [int(sid in kept) for sid in ids]
        out[f"rejected_{code_id}"] = [int(sid in rejected) for sid in ids]
    return out


def codebook_words(codebook: Codebook) -> frozenset[str]:
    """The words of the codebook's labels, keywords and definitions (casefolded)."""
    texts = [codebook.title]
    for theme in codebook.themes:
        texts += [theme.label, theme.description]
        for category in theme.categories:
            texts += [category.label, category.description]
    for code in codebook.codes:
        texts += [code.label, code.definition, code.include, *code.keywords]
    return frozenset(word for text in texts for word in _words(text))


def other_codes_words(codebook: Codebook) -> dict[str, frozenset[str]]:
    """Code id -> the words of the other codes' labels and keywords (casefolded)."""
    words = {code.id: {word for text in (code.label, *code.keywords) for word in _words(text)}
             for code in codebook.codes}
    return {code_id: frozenset().union(*(other for other_id, other in words.items() if other_id != code_id))
            for code_id in words}


def _words(text: str) -> list[str]:
    return re.findall(TOKEN_PATTERN, (text or "").casefold())


def mine(turns: pd.DataFrame, codebook: Codebook,
         batch: pd.Series | None = None) -> dict[str, dict[str, list[dict[str, object]]]]:
    """Per code id: proposed `keywords` and `exclude_if` terms with their figures. `batch` is
    the text of every turn of the batch (`turn_texts`), to leave out words the whole study uses."""
    if turns.empty:
        return {}
    vectorizer = CountVectorizer(ngram_range=(1, 2), token_pattern=TOKEN_PATTERN, binary=True)
    present = vectorizer.fit_transform(turns["text"]).tocsc()
    terms = vectorizer.get_feature_names_out()
    in_batch, batch_size = _batch_counts(vectorizer, batch)
    own_words = codebook_words(codebook)
    others_words = other_codes_words(codebook)
    function, reading = glosser_words()
    named = own_label_words(codebook)
    out: dict[str, dict[str, list[dict[str, object]]]] = {}
    for code in codebook.codes:
        coded = turns[code.id].to_numpy() == 1
        rejected = turns[f"rejected_{code.id}"].to_numpy() == 1
        known = {k.casefold() for k in code.keywords}
        with_term = np.asarray(present.sum(axis=0)).ravel()
        in_coded = np.asarray(present[coded].sum(axis=0)).ravel()
        in_rejected = np.asarray(present[rejected].sum(axis=0)).ravel()
        precision = np.divide(in_coded, with_term, out=np.zeros(len(terms)), where=with_term > 0)
        recall = in_coded / max(int(coded.sum()), 1)
        keywords = [i for i in np.argsort(-(precision * recall), kind="stable")
                    if in_coded[i] >= MIN_SUPPORT and precision[i] >= MIN_PRECISION and terms[i] not in known
                    and _says_something(terms[i], function) and others_words[code.id].isdisjoint(_content(terms[i]))
                    and not _already_named(terms[i], named[code.id], reading, function)
                    and not (batch_size >= MIN_BATCH_TURNS and in_batch[i] > MAX_BATCH_SHARE * batch_size)]
        exclusions = [i for i in np.argsort(-in_rejected, kind="stable")
                      if in_rejected[i] >= MIN_EXCLUSION_SUPPORT and in_coded[i] == 0 and _says_something(terms[i], function)
                      and not own_words.intersection(str(terms[i]).split())
                      and not (in_batch[i] > in_rejected[i] and in_batch[i] > MAX_BATCH_SHARE * batch_size)]
        proposal = {"keywords": [_figures(terms[i], precision[i], recall[i], in_coded[i], with_term[i])
                                 for i in _distinct(keywords, terms)[:PER_CODE]],
                    "exclude_if": [_figures(terms[i], 0.0, 0.0, 0, with_term[i], rejected=int(in_rejected[i]),
                                            batch=(int(in_batch[i]), batch_size) if batch is not None else None)
                                   for i in _distinct(exclusions, terms)[:PER_CODE]]}
        if proposal["keywords"] or proposal["exclude_if"]:
            out[code.id] = proposal
    return out


def _batch_counts(vectorizer: CountVectorizer, batch: pd.Series | None) -> tuple[np.ndarray, int]:
    """In how many of the batch's turns each of the vectorizer's terms occurs, and how many turns
    there are (zeros when the batch is not given)."""
    size = len(vectorizer.vocabulary_)
    if batch is None or batch.empty:
        return np.zeros(size, dtype=int), 0
    counter = CountVectorizer(ngram_range=(1, 2), token_pattern=TOKEN_PATTERN, binary=True,
                              vocabulary=vectorizer.vocabulary_)
    return np.asarray(counter.transform(batch.astype(str)).sum(axis=0)).ravel(), len(batch)


def _batch_note(figures: dict[str, object]) -> str:
    if "batch_turns" not in figures:
        return ""
    return f"; in {figures['batch_turns_with_term']} of the batch's {figures['batch_turns']} turns"


def _says_something(term: str, function: frozenset[str] = frozenset()) -> bool:
    """Not made of function words only (Indonesian stop words, Manado Malay particles, the
    glosser's `function` words)."""
    return any(word not in FUNCTION_WORDS and word not in function and not word.isdigit() for word in term.split())


def own_label_words(codebook: Codebook) -> dict[str, frozenset[str]]:
    """Code id -> the words of its own label and keywords (casefolded)."""
    return {code.id: frozenset(word for text in (code.label, *code.keywords) for word in _words(text))
            for code in codebook.codes}


def _already_named(term: str, named: frozenset[str], reading: dict[str, str], function: frozenset[str]) -> bool:
    """Every word of `term` that says something is, or reads in Indonesian as, a word the code's
    label or keywords already hold ("rumah" of "Kunjungan rumah oleh kader", "tau" of "tidak tahu")."""
    content = [word for word in term.split() if word not in FUNCTION_WORDS and word not in function]
    return bool(content) and all(word in named or reading.get(word) in named for word in content)


def _content(term: str) -> set[str]:
    return {word for word in term.split() if word not in FUNCTION_WORDS}


def _distinct(order: list[int], terms: np.ndarray) -> list[int]:
    """Drop a term whose words an earlier (better) term already has: "bentor mahal", not also "bentor"."""
    chosen: list[int] = []
    seen: list[set[str]] = []
    for i in order:
        words = set(str(terms[i]).split())
        if any(words <= s or s <= words for s in seen):
            continue
        chosen.append(i)
        seen.append(words)
    return chosen


def _figures(term: str, precision: float, recall: float, coded: int, total: int, rejected: int = 0,
             batch: tuple[int, int] | None = None) -> dict[str, object]:
    figures = {"term": str(term), "precision": round(float(precision), 2), "recall": round(float(recall), 2),
               "turns_with_term": int(total)}
    if rejected:
        figures["rejected_turns_with_term"] = rejected
    if batch is not None:
        figures["batch_turns_with_term"], figures["batch_turns"] = batch
    return figures


def as_yaml(proposals: dict[str, dict[str, list[dict[str, object]]]], codebook: Codebook, n_turns: int,
            reviewed: pd.DataFrame | None = None) -> str:
    """Paste-ready YAML: per code, the additions, each with its figures in a comment; with nothing
    to propose, how many decisions each code has (`reviewed`: `reviewed_turns`) and needs."""
    labels = {c.id: c.label for c in codebook.codes}
    lines = [f"# Additions mined from {n_turns} reviewed turns; precision and recall are on those decisions.",
             "# Paste what you agree with into the code's entry; nothing was changed in the codebook.",
             f"# A word in more than {MAX_BATCH_SHARE:.0%} of the batch's turns (of {MIN_BATCH_TURNS} or more) is never "
             "proposed: it is how people talk or the study's topic, not a code's sign.",
             f"# An exclusion rests on at least {MIN_EXCLUSION_SUPPORT} rejected turns with the term and no kept one; "
             "words of the codebook's labels, keywords and definitions are never proposed as one."]
    for code_id, proposal in proposals.items():
        lines += [f"- id: {code_id}    # {labels[code_id]}"]
        if proposal["keywords"]:
            lines.append("  keywords:    # add to the existing list")
            lines += [f"    - {yaml.safe_dump(p['term']).splitlines()[0]}    # precision {p['precision']:.2f}, "
                      f"recall {p['recall']:.2f}, {_turns(p['turns_with_term'])}" for p in proposal["keywords"]]
        if proposal["exclude_if"]:
            lines.append("  exclude_if:    # a turn with this term was rejected every time")
            lines += [f"    - any: [{yaml.safe_dump(p['term']).splitlines()[0]}]    # rests on {p['rejected_turns_with_term']} "
                      "rejected turns, no kept one" + _batch_note(p) for p in proposal["exclude_if"]]
    if not proposals:
        lines.append("# nothing to propose yet: review more turns")
        if reviewed is not None:
            lines += _decisions_needed(reviewed, codebook)
    return "\n".join(lines) + "\n"


def _decisions_needed(reviewed: pd.DataFrame, codebook: Codebook) -> list[str]:
    """What a proposal needs, and each code's kept and rejected turns so far."""
    lines = [f"# a keyword needs a term in at least {MIN_SUPPORT} turns kept under the code (accepted or added) and "
             f"in few turns without it; an exclusion, a term in at least {MIN_EXCLUSION_SUPPORT} turns where the "
             "code was rejected and in no kept one. Decisions so far, per code:"]
    for code in codebook.codes:
        kept = int(reviewed[code.id].sum()) if code.id in reviewed else 0
        rejected = int(reviewed[f"rejected_{code.id}"].sum()) if f"rejected_{code.id}" in reviewed else 0
        lines.append(f"#   {code.id} ({code.label}): {kept} kept, {rejected} rejected")
    return lines


def _turns(count: int) -> str:
    """In how many reviewed turns a keyword was found, and whether that is enough to judge it."""
    found = f"in {count} reviewed turn{'s' if count != 1 else ''}"
    return found if count >= MIN_JUDGED else f"{found}: too few to judge"
