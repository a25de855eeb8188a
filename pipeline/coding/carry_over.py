"""A grader's decision on a turn applies to the run's near-identical turns.

The learning model generalises from decisions, but it changes a code only where
cross-validation over the reviewed turns showed that it helps (`reliability.model_decides`),
and a few decisions show nothing: a batch that read 14 earlier decisions coded a rejected code
again on the same words. Here a decision (this batch's, or an earlier batch's with the same
codebook) applies directly to the turns that say the same:

* a reject of a code on turn R carries to a turn T that says nothing R did not say (every
  sentence of T has a near-identical sentence in R): the rules' coding of the code on T is
  removed (a doubt that always counts: `pipeline.records.codings.counted`), and no model
  suggestion of it is made;
* an accept or add of a code on R carries to a turn T that says everything R said (every
  sentence of R has a near-identical sentence in T): the code is suggested on T, as a model
  row whose confidence is the similarity;
* a turn marked "nothing to code" withholds, on the turns it says all of, the suggestion of
  every code the rules left out (as a reject would), and removes no rule coding.

Where two reviewed turns disagree about an open turn, the more similar one decides.

Similarity (`coverage`): the lowest, over the covered turn's sentences, of a sentence's best
containment in the other turn's sentences: the share of its TF-IDF weight (word 1-2-grams and
character 3-4-grams, `features.SegmentVectorizer`) on features the other sentence has. It reads
the Indonesian translation, so that two spellings of one Manado Malay sentence are one text, and
the words as said, without redaction marks, so that one sentence translated two ways is one text
too; the nearer reading counts. A
turn under MIN_WORDS words carries nothing and receives nothing ("Iya." answers every question).
Turns a grader reviewed in this batch are left as the grader left them.

NEAR_IDENTICAL: on the 22 development batches (89,215 ordered pairs of different turns of one
batch) 99.9% of pairs are below 0.39 and two reach 0.8, both a news headline inside its own
lead paragraph (asi_dev_documents); a sentence with a clause dropped scores 1.0, one with a word
or two changed 0.8-0.9, "Iya, ..." before the same sentence 0.77, and a turn adding a sentence of
its own stays below 0.2. The user trial's second-batch turns, paraphrases of the reviewed ones
("kita beli di apotek sandiri, lebe cepat"), score 0.33-0.60: near-identical text is what this
carries; a paraphrase is the learning model's to learn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer

from pipeline.coding.features import TOKEN_PATTERN, SegmentVectorizer
from pipeline.coding.training_units import MARKED
from pipeline.coding.sentences import sentences
from pipeline.privacy.patterns import without_marks
from pipeline.records.codebook import Codebook
from pipeline.schema import CARRIED_EVIDENCE, CODING_COLUMNS

NEAR_IDENTICAL = 0.8     # coverage at or above this carries a decision
MIN_WORDS = 4            # a shorter turn neither carries nor receives one
SHORT_SENTENCE = 3       # a shorter sentence is read with its neighbour
WORD_SHARE = 0.4         # `may_be_near`: no pair at or above NEAR_IDENTICAL on the development batches is below it
_WORD = re.compile(TOKEN_PATTERN)
CHUNK_SENTENCES = 4_000  # the run's sentences compared at once (bounds the similarity matrix)


@dataclass
class Reviewed:
    """Reviewed turns: `decided` is turns x codes as `training_units.decision_table` gives it: 1
    (accept/add), 0 (reject), MARKED (no decision on a turn marked "nothing to code"), -1 (none)."""

    keys: list[str]          # how the evidence names the turn: its segment id (earlier batches: "<batch>/<id>")
    texts: list[str]         # the turn as compared: its translation, else its text
    decided: np.ndarray
    originals: list[str] | None = None   # the turn as said (`original_texts`), compared too where given


@dataclass
class Carried:
    """Decisions carried to the run's turns (turns x codes)."""

    decision: np.ndarray     # 1 suggest, 0 suppress, -1 nothing carried
    similarity: np.ndarray   # the carried decision's coverage
    source: np.ndarray       # the reviewed turn's key (object)

    def evidence(self, turn: int, code: int) -> str:
        return carried_evidence(str(self.source[turn, code]), float(self.similarity[turn, code]))


_CARRIED = re.compile(r"as reviewed: (?P<source>.+), similarity (?P<similarity>\d+(?:\.\d+)?)")


def carried_evidence(source: str, similarity: float) -> str:
    """A carried decision's evidence: the reviewed turn it comes from and how near the turn is."""
    return f"as reviewed: {source}, similarity {similarity:.2f}"


def carried_source(evidence: str) -> tuple[str, float] | None:
    """(reviewed turn, similarity) of a carried decision's evidence (`carried_evidence`), None for other evidence."""
    match = _CARRIED.fullmatch(evidence.strip())
    return (match["source"], float(match["similarity"])) if match else None


def compared_texts(frame: pd.DataFrame) -> list[str]:
    """What is compared of each turn: its Indonesian translation, else its text."""
    texts = frame["text"].fillna("").astype(str)
    if "translation" not in frame:
        return texts.tolist()
    translations = frame["translation"].fillna("").astype(str)
    return [tr if tr.strip() else t for t, tr in zip(texts, translations)]


def original_texts(frame: pd.DataFrame) -> list[str]:
    """Each turn as said, without the redaction marks: compared besides the translation, since
    one sentence can be translated two ways (a name before "yang antar" changed "mengantar" to
    "antar" in a user's trial), and a masked name is no word the other turn lacks."""
    return [without_marks(text) for text in frame["text"].fillna("").astype(str)]


def carry(texts: list[str], open_pairs: np.ndarray, reviewed: Reviewed, rules: np.ndarray,
          originals: list[str] | None = None) -> Carried:
    """Each open (turn, code) pair's carried decision, from the most similar reviewed turn with
    a decision on the code (a reject where that turn says all the open turn says, an accept or
    add where the open turn says all it says; a tie goes to the reject). A turn marked "nothing
    to code" rejects the codes the rules left out of it: it withholds their suggestion, and
    removes no rule coding (it left those to the rules). `open_pairs` (turns x codes, bool) are
    the pairs nobody decided in this run; `rules` (turns x codes, 0/1) what the rules coded.
    With `originals` (the turns as said, and the reviewed turns' `originals`), a pair is as
    similar as the nearer of its translations and its original words make it."""
    n, k = open_pairs.shape
    out = Carried(np.full((n, k), -1, dtype=np.int8), np.zeros((n, k)), np.full((n, k), "", dtype=object))
    adds, rejects, marks = (reviewed.decided == 1), (reviewed.decided == 0), (reviewed.decided == MARKED)
    long_enough = np.array([_words(text) >= MIN_WORDS for text in reviewed.texts], dtype=bool)
    givers = np.flatnonzero(long_enough & (adds | rejects | marks).any(axis=1))
    takers = np.flatnonzero(open_pairs.any(axis=1) & np.array([_words(text) >= MIN_WORDS for text in texts], bool))
    readings = [(texts, reviewed.texts)]
    if originals is not None and reviewed.originals is not None:
        readings.append((originals, reviewed.originals))
    if givers.size and takers.size:
        near = np.zeros(len(takers), dtype=bool)
        for mine, theirs in readings:
            near |= may_be_near([mine[i] for i in takers], [theirs[i] for i in givers])
        takers = takers[near]
    if not givers.size or not takers.size:
        return out
    covered, covering = np.zeros((len(takers), len(givers))), np.zeros((len(takers), len(givers)))
    for mine, theirs in readings:
        said, saying = coverage([mine[i] for i in takers], [theirs[i] for i in givers])
        covered, covering = np.maximum(covered, said), np.maximum(covering, saying)
    for code in range(k):
        # (similarity, giver) of the best negative (a mark only where the rules left the code out) and positive
        negative = np.where(rejects[givers, code][None, :] | (marks[givers, code][None, :]
                                                              & (rules[takers, code] == 0)[:, None]), covered, -1.0)
        positive = np.where(adds[givers, code][None, :], covering, -1.0)
        best_negative, best_positive = negative.argmax(axis=1), positive.argmax(axis=1)
        rows = np.arange(len(takers))
        no, yes = negative[rows, best_negative], positive[rows, best_positive]
        suppress = (no >= NEAR_IDENTICAL) & (no >= yes)
        suggest = ~suppress & (yes >= NEAR_IDENTICAL) & (rules[takers, code] == 0)
        for hit, value, similarity, best in ((suppress, 0, no, best_negative), (suggest, 1, yes, best_positive)):
            hit = hit & open_pairs[takers, code]
            out.decision[takers[hit], code] = value
            out.similarity[takers[hit], code] = similarity[hit]
            out.source[takers[hit], code] = [reviewed.keys[givers[b]] for b in best[hit]]
    return out


def may_be_near(texts: list[str], others: list[str]) -> np.ndarray:
    """Which texts share at least WORD_SHARE of their distinct words with one of the others, or
    hold that share of one's: a cheap bound before `coverage` tokenizes every sentence (a turn
    below it has sentences the other cannot contain, and a whole batch costs its n-grams)."""
    counter = CountVectorizer(token_pattern=TOKEN_PATTERN, binary=True, dtype=np.float64)
    words = counter.fit_transform(texts + others)
    mine, theirs = words[:len(texts)], words[len(texts):]
    shared = (mine @ theirs.T).toarray()
    own = np.maximum(np.asarray(mine.sum(axis=1)), 1.0)                    # texts x 1
    other = np.maximum(np.asarray(theirs.sum(axis=1)).ravel(), 1.0)[None, :]
    return ((shared >= WORD_SHARE * own) | (shared >= WORD_SHARE * other)).any(axis=1)


def coverage(texts: list[str], others: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(texts x others) twice: how fully each text is said by the other (`covered`), and how
    fully the text says the other (`covering`); each the lowest, over the covered side's
    sentences, of a sentence's best containment in the covering side's sentences (`contained`):
    one sentence the other turn does not have (a loneliness sentence after a pharmacy one) is
    enough to say something else."""
    mine, mine_owner = _sentences(texts)
    theirs, their_owner = _sentences(others)
    vectorizer = SegmentVectorizer(min_char_df=1)
    features = vectorizer.fit_transform(vectorizer.tokenize(mine + theirs))
    blocks = [block.tocsr() for block in features]
    their_starts = _starts(their_owner)
    covered = np.ones((len(texts), len(others)))
    covering_best = np.zeros((len(texts), len(theirs)))
    for start in range(0, len(mine), CHUNK_SENTENCES):
        rows = np.arange(start, min(start + CHUNK_SENTENCES, len(mine)))
        said, saying = contained([block[rows] for block in blocks], [block[len(mine):] for block in blocks])
        np.minimum.at(covered, mine_owner[rows], np.maximum.reduceat(said, their_starts, axis=1))
        np.maximum.at(covering_best, mine_owner[rows], saying)
    return covered, np.minimum.reduceat(covering_best, their_starts, axis=1)


def contained(mine: list[sp.csr_matrix], theirs: list[sp.csr_matrix]) -> tuple[np.ndarray, np.ndarray]:
    """(mine x theirs) twice: the share of each of my sentences' TF-IDF weight (words and
    character n-grams, the blocks averaged) whose features the other sentence has, and the
    share of the other's that mine has. Directed, unlike a cosine: a sentence with a clause
    dropped is wholly said by the full one, a rare word of its own weighs as much as it is rare."""
    said = np.zeros((mine[0].shape[0], theirs[0].shape[0]))
    saying = np.zeros_like(said)
    for own, other in zip(mine, theirs):
        said += _share(own, other)
        saying += _share(other, own).T
    return said / len(mine), saying / len(mine)


def _share(weights: sp.csr_matrix, other: sp.csr_matrix) -> np.ndarray:
    """weights x other: the share of each row's weight on the features the other row has."""
    present = other.copy()
    present.data[:] = 1.0
    total = np.asarray(weights.sum(axis=1)).ravel()
    return (weights @ present.T).toarray() / np.where(total > 0, total, 1.0)[:, None]


def _sentences(texts: list[str]) -> tuple[list[str], np.ndarray]:
    """Every text's sentences and their text's index; a sentence under SHORT_SENTENCE words
    ("Tidak pernah.") is read with the next one (the last with the one before), and a text
    without one is its own."""
    parts: list[str] = []
    owner: list[int] = []
    for i, text in enumerate(texts):
        found: list[str] = []
        pending = ""
        for sentence in sentences(text) or [text]:
            pending = f"{pending} {sentence}".strip()
            if _words(pending) >= SHORT_SENTENCE:
                found.append(pending)
                pending = ""
        if pending and found:
            found[-1] = f"{found[-1]} {pending}"
        elif pending or not found:
            found.append(pending)
        parts += found
        owner += [i] * len(found)
    return parts, np.array(owner, dtype=np.int64)


def _starts(owner: np.ndarray) -> np.ndarray:
    """Where each text's run of sentences begins (owners are sorted, every text has one)."""
    return np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def carried_rows(carried: Carried, rules: np.ndarray, turns: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Model rows of the carried decisions: a suggestion (confidence: the similarity) for each
    carried accept or add, a doubt (confidence: 1 - similarity) of each rule coding a carried
    reject removes; a carried reject of a code the rules left out needs no row (the model's
    suggestion of it is withheld)."""
    shown = (carried.decision == 1) | ((carried.decision == 0) & (rules == 1))
    ids, informants = turns["segment_id"].astype(str).tolist(), turns["informant"].astype(str).tolist()
    rows = []
    for i, j in zip(*np.nonzero(shown)):
        code = codebook.codes[j]
        similarity = float(carried.similarity[i, j])
        rows.append({"segment_id": ids[i], "informant": informants[i], "theme": code.theme,
                     "category": code.category, "code": code.label, "code_id": code.id, "source": "model",
                     "confidence": round(similarity if carried.decision[i, j] == 1 else 1.0 - similarity, 3),
                     "evidence": carried.evidence(i, j), "evidence_in": CARRIED_EVIDENCE, "review": ""})
    return pd.DataFrame(rows, columns=CODING_COLUMNS)


def with_carried(rows: pd.DataFrame, probabilities: np.ndarray, carried: Carried, rules: np.ndarray,
                 turns: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """The model's rows with the carried decisions in place of its own on their pairs; the
    probabilities (turns x codes) set to the carried confidences, in place."""
    hit = carried.decision >= 0
    if not hit.any():
        return rows
    probabilities[carried.decision == 1] = carried.similarity[carried.decision == 1]
    probabilities[carried.decision == 0] = 1.0 - carried.similarity[carried.decision == 0]
    ids = turns["segment_id"].astype(str).to_numpy()
    code_ids = [code.id for code in codebook.codes]
    taken = {(ids[i], code_ids[j]) for i, j in zip(*np.nonzero(hit))}
    own = [key not in taken for key in zip(rows["segment_id"].astype(str), rows["code_id"].astype(str))]
    return pd.concat([rows[own], carried_rows(carried, rules, turns, codebook)], ignore_index=True)


def carry_decisions(turns: pd.DataFrame, decided: np.ndarray, rules: np.ndarray,
                    past: tuple[pd.DataFrame, list[str], np.ndarray]) -> Carried:
    """The decisions of this run's reviewed turns (`decided`: turns x codes, as
    `training_units.decision_table`; `rules`: what the rules coded) and of earlier batches' (`past`:
    their turns, keys and decision table, `learned_codings.history_turns`) carried to the
    turns of the run nobody reviewed."""
    texts, originals = compared_texts(turns), original_texts(turns)
    reviewed_here = np.flatnonzero((decided != -1).any(axis=1))
    past_turns, past_keys, past_decided = past
    ids = turns["segment_id"].astype(str).tolist()
    reviewed = Reviewed([ids[i] for i in reviewed_here] + [_named(key) for key in past_keys],
                        [texts[i] for i in reviewed_here] + (compared_texts(past_turns) if len(past_turns) else []),
                        np.vstack([decided[reviewed_here], past_decided]),
                        [originals[i] for i in reviewed_here] + (original_texts(past_turns) if len(past_turns) else []))
    open_pairs = np.ones(decided.shape, dtype=bool)
    open_pairs[reviewed_here] = False
    return carry(texts, open_pairs, reviewed, rules, originals)


def _named(history_key: str) -> str:
    """An earlier batch's turn as the evidence names it: "<segment id> in <batch folder>"."""
    batch, _, segment_id = history_key.partition("/")
    return f"{segment_id} in {batch.split('@')[0]}"


def carried_changes(codings: pd.DataFrame) -> dict[str, int]:
    """How many of the run's codings carried decisions changed: rule codings removed (a carried
    reject's doubt, confidence below one half) and codes suggested (a carried add); and how many
    model rows the model made on its own ("model")."""
    model = codings[codings["source"].astype(str) == "model"] if not codings.empty else codings
    carried = model["evidence_in"].astype(str) == CARRIED_EVIDENCE if not model.empty else pd.Series(dtype=bool)
    confidence = pd.to_numeric(model["confidence"], errors="coerce") if not model.empty else pd.Series(dtype=float)
    return {"removed": int((carried & (confidence < 0.5)).sum()), "suggested": int((carried & (confidence >= 0.5)).sum()),
            "model": int((~carried).sum())}
