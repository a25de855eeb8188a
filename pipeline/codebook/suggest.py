"""`python -m pipeline codebook suggest`: codebook additions mined from graders' decisions.

For each code, the reviewed turns (a decision on any code) split into those a grader coded
with it (accept or add) and those they did not. A word or two-word phrase is proposed

* as a keyword when it occurs in at least MIN_SUPPORT of the code's turns and its precision
  over the reviewed turns (coded turns containing it / turns containing it) is at least
  MIN_PRECISION;
* as an exclusion (`exclude_if`) when it occurs in at least MIN_SUPPORT turns where a grader
  rejected the code and in none where they kept it.

Each proposal comes with its precision and recall on those decisions. The output is YAML to
paste into the codebook; the codebook file is never edited.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import yaml
from sklearn.feature_extraction.text import CountVectorizer
from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.records.codebook import Codebook

MIN_SUPPORT = 2
MIN_PRECISION = 0.75
FUNCTION_WORDS = frozenset(STOP_WORDS) | {"nda", "so", "jo", "kong", "mar", "deng", "kita", "torang", "dorang", "le",
                                          "ka", "pe", "depe", "ada", "sto", "mo", "ja", "for", "kalu", "pa"}
PER_CODE = 5
TOKEN_PATTERN = r"(?u)\b\w[\w-]+\b"


def reviewed_turns(segments: pd.DataFrame, decisions: pd.DataFrame, code_ids: list[str]) -> pd.DataFrame:
    """One row per reviewed turn: its text (original and translation) and, per code, 1 kept,
    0 rejected or left alone, with `rejected_<code>` marking explicit rejects."""
    turns = segments.drop_duplicates("segment_id").set_index("segment_id")
    ids = [sid for sid in dict.fromkeys(decisions["segment_id"].astype(str)) if sid in turns.index]
    text = turns.loc[ids, "text"].fillna("").astype(str)
    if "translation" in turns:
        text = text + "\n" + turns.loc[ids, "translation"].fillna("").astype(str)
    out = pd.DataFrame({"segment_id": ids, "text": text.to_numpy()})
    for code_id in code_ids:
        mine = decisions[decisions["code_id"].astype(str) == code_id]
        kept = set(mine.loc[mine["decision"].isin(["accept", "add"]), "segment_id"].astype(str))
        rejected = set(mine.loc[mine["decision"] == "reject", "segment_id"].astype(str))
        out[code_id] = [int(sid in kept) for sid in ids]
        out[f"rejected_{code_id}"] = [int(sid in rejected) for sid in ids]
    return out


def mine(turns: pd.DataFrame, codebook: Codebook) -> dict[str, dict[str, list[dict[str, object]]]]:
    """Per code id: proposed `keywords` and `exclude_if` terms with their figures."""
    if turns.empty:
        return {}
    vectorizer = CountVectorizer(ngram_range=(1, 2), token_pattern=TOKEN_PATTERN, binary=True)
    present = vectorizer.fit_transform(turns["text"]).tocsc()
    terms = vectorizer.get_feature_names_out()
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
                    and _says_something(terms[i])]
        exclusions = [i for i in np.argsort(-in_rejected, kind="stable")
                      if in_rejected[i] >= MIN_SUPPORT and in_coded[i] == 0 and _says_something(terms[i])]
        proposal = {"keywords": [_figures(terms[i], precision[i], recall[i], in_coded[i], with_term[i])
                                 for i in _distinct(keywords, terms)[:PER_CODE]],
                    "exclude_if": [_figures(terms[i], 0.0, 0.0, 0, with_term[i], rejected=int(in_rejected[i]))
                                   for i in _distinct(exclusions, terms)[:PER_CODE]]}
        if proposal["keywords"] or proposal["exclude_if"]:
            out[code.id] = proposal
    return out


def _says_something(term: str) -> bool:
    """Not made of function words only (Indonesian stop words, Manado Malay particles)."""
    return any(word not in FUNCTION_WORDS and not word.isdigit() for word in term.split())


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


def _figures(term: str, precision: float, recall: float, coded: int, total: int, rejected: int = 0) -> dict[str, object]:
    figures = {"term": str(term), "precision": round(float(precision), 2), "recall": round(float(recall), 2),
               "turns_with_term": int(total)}
    if rejected:
        figures["rejected_turns_with_term"] = rejected
    return figures


def as_yaml(proposals: dict[str, dict[str, list[dict[str, object]]]], codebook: Codebook, n_turns: int) -> str:
    """Paste-ready YAML: per code, the additions, each with its figures in a comment."""
    labels = {c.id: c.label for c in codebook.codes}
    lines = [f"# Additions mined from {n_turns} reviewed turns; precision and recall are on those decisions.",
             "# Paste what you agree with into the code's entry; nothing was changed in the codebook."]
    for code_id, proposal in proposals.items():
        lines += [f"- id: {code_id}    # {labels[code_id]}"]
        if proposal["keywords"]:
            lines.append("  keywords:    # add to the existing list")
            lines += [f"    - {yaml.safe_dump(p['term']).splitlines()[0]}    # precision {p['precision']:.2f}, "
                      f"recall {p['recall']:.2f}, in {p['turns_with_term']} reviewed turns" for p in proposal["keywords"]]
        if proposal["exclude_if"]:
            lines.append("  exclude_if:    # a turn with this term was rejected every time")
            lines += [f"    - any: [{yaml.safe_dump(p['term']).splitlines()[0]}]    # in {p['rejected_turns_with_term']} "
                      f"rejected turns, no kept one" for p in proposal["exclude_if"]]
    if not proposals:
        lines.append("# nothing to propose yet: review more turns")
    return "\n".join(lines) + "\n"
