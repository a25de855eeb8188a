"""Per-code reliability of the learning model: which codes can be left to the machine.

Cross-validation over the turns a grader reviewed (and earlier batches' reviewed turns and
the codebook's examples): each fold's reviewed units are hidden (they fall back to the rules'
weak label, as if nobody had reviewed them), the model learns from the rest, and its verdict
on the hidden units (probability >= 0.5; the rules where a code has no model) is compared with
the humans'. Cohen's kappa per code, with the number of decisions it rests on, and the rules'
kappa on the same units for comparison, and how many of the rules' verdicts the model's changed
out of fold for the better (`model_fixed`) and for the worse (`model_broke`).

Who decides each code (`decided_by`, and `why` in words): the model speaks only where the
graders' own decisions on THIS codebook show that it helps, judged over every code at once (one
comparison over all the decisions is steadier than one per code from its handful). Each kind of
change (`model_changes`: suggestions where the rules were silent, doubts where they fired) is
made only where that kind alone, the rules kept elsewhere, beats the rules' pooled out-of-fold
kappa by more than MARGIN and fixes more of the rules' verdicts than it breaks (at least
MIN_FIXES, MIN_FIXES_DOCUMENTS in a batch of documents: `net_fixes`), and the model making only those kinds must beat it so too; elsewhere
the rules keep every code. Then per code: never the model for a code the graders have not corrected (no rule coding
rejected, no code added where its rule was silent), nor for one kappa cannot judge (every
reviewed unit carries it, or none) on fewer than FEW_DECISIONS decisions. A code's own handful
of out-of-fold verdicts never overrules the pooled comparison: on a new study that cost up to
0.2 of kappa. The development and blind figures behind each choice, and what was tried and left
out (a minimum of positives per code, a bootstrap or a sign test on the comparison), are in the
README's learning section ("Round 6"). With REPEATS above 1 the comparison pools the verdicts of
that many fold splits (fixes and breaks then per split); one split is the default (docs/MEASUREMENTS.md,
issue 15, round 15).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from sklearn.model_selection import KFold

from pipeline.coding.cuts import binary_kappa
from pipeline.coding.learning import FEW_DECISIONS, UnitFeatures, fit
from pipeline.coding.training_units import WEAK_WEIGHT, Units
from pipeline.coding.pair_model import corrections

RELIABILITY_FILE = "code_reliability.csv"
FOLDS = 5                  # 3 folds let one flip of a thin per-code margin decide a code (dev3_documents' odd
                           # half -0.051); with 4, 5, 6 or 10 no development half lost more than 0.013 (issue 15)
MARGIN = 0.02              # the model's pooled out-of-fold kappa must beat the rules' by more than this: a thinner
                           # win is the folds' noise (gizi_dev_documents' even half: doubts won 0.64 to 0.63 out of
                           # fold and lost 0.189 on the other half; development halves, issue 15 round 8)
FOLD_SEED = 0              # the folds' shuffle (evaluation.learning_curve --seed varies it: the gain's noise)
REPEATS = 1                # fold splits the gate pools (`split_seeds`; evaluation.learning_curve --repeats): 5 pooled
                           # steadied the gate but lowered the two-batch gain and opened a losing half (issue 15, round 15)
MIN_FIXES = 2              # out-of-fold fixes a kind of change needs, and more than its breaks (`net_fixes`)
MIN_FIXES_DOCUMENTS = 3    # in a batch of documents (`learned_codings.all_documents`): there every loss of a kind passed
                           # on 2 fixes was the folds' luck (imun_dev_documents' second batch -0.234 at fold seed 2,
                           # dbd_dev_documents' -0.048 at every seed); in interviews 3 cost gains (issue 15, round 14)
TRUST_KAPPA = 0.8          # at or above, on at least TRUST_DECISIONS graders' decisions (examples not counted): machine
TRUST_DECISIONS = 20
RELIABILITY_COLUMNS = ["code_id", "code", "decisions", "reviewed_units", "positives", "kappa_model",
                       "kappa_rules", "model_fixed", "model_broke", "decided_by", "model_changes", "why", "verdict"]
SUGGESTIONS, DOUBTS = "suggestions", "doubts"


def hidden(units: Units, rows: np.ndarray) -> Units:
    """`units` with the human labels of `rows` taken away: the rules' label, weakly weighted."""
    out = units.subset(np.arange(len(units.texts)))
    out.labels[rows] = units.rules[rows]
    out.weights[rows] = WEAK_WEIGHT
    out.human[rows] = False
    return out


def split_seeds() -> list[int]:
    """The shuffle seeds of the REPEATS fold splits: FOLD_SEED's own, disjoint from another FOLD_SEED's."""
    return [FOLD_SEED * REPEATS + repeat for repeat in range(REPEATS)]


def repeated_cross_validation(units: Units, code_ids: list[str], folds: int = FOLDS,
                              cuts: tuple[float | None, float | None] = (None, None),
                              given: UnitFeatures | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(rows, verdicts): `cross_validated` under each of `split_seeds`, its verdicts stacked
    (repeats x rows x codes)."""
    runs = [cross_validated(units, code_ids, folds, cuts, given, seed=seed) for seed in split_seeds()]
    return runs[0][0], np.stack([verdicts for _, verdicts in runs])


def cross_validated(units: Units, code_ids: list[str], folds: int = FOLDS,
                    cuts: tuple[float | None, float | None] = (None, None),
                    given: UnitFeatures | None = None, seed: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(rows, verdicts): the reviewed units and the model's out-of-fold verdict on each code.
    With `cuts` (the full model's text and pair cuts, `LearnedModel.cuts`), the folds' models
    skip choosing the cut of a stage the full model chose: 4x fewer fits. A fold whose model
    lands in the other stage (its pair model cannot learn from fewer units) chooses that cut.
    With `given` (the units' features), the folds share that vectorizer and read their rows:
    no text is tokenized again."""
    reviewed = np.flatnonzero(units.reviewed())
    verdicts = np.zeros((reviewed.size, len(code_ids)), dtype=np.int8)
    if reviewed.size < 2:
        return reviewed, verdicts
    splitter = KFold(n_splits=min(folds, reviewed.size), shuffle=True, random_state=FOLD_SEED if seed is None else seed)
    for _, test in splitter.split(reviewed):
        rows = reviewed[test]
        model = fit(hidden(units, rows), code_ids, cuts=cuts, evidence=False, given=given)
        held = units.subset(rows)
        probabilities = model.probabilities(held.texts, held.rules,
                                            features=given.matrix[rows] if given is not None else None,
                                            words=held.words)
        verdicts[test] = np.where(np.isnan(probabilities), held.rules, np.nan_to_num(probabilities) >= 0.5)
    return reviewed, verdicts


def code_reliability(units: Units, codes: list[tuple[str, str]], folds: int = FOLDS,
                     cuts: tuple[float | None, float | None] = (None, None),
                     given: UnitFeatures | None = None, documents: bool = False) -> pd.DataFrame:
    """One row per code (id, label): RELIABILITY_COLUMNS. `documents`: the batch is documents
    (each kind of change needs MIN_FIXES_DOCUMENTS out-of-fold fixes, not MIN_FIXES)."""
    code_ids = [code_id for code_id, _ in codes]
    rows, repeated = repeated_cross_validation(units, code_ids, folds, cuts, given)
    repeats = repeated.shape[0]
    corrected = corrections(units.labels[rows], units.rules[rows], units.human[rows]).any(axis=0)
    truths = np.tile(units.labels[rows], (repeats, 1))      # each split's verdicts against the same decisions
    rules = np.tile(units.rules[rows], (repeats, 1))
    verdicts = repeated.reshape(-1, len(code_ids))
    kappa_rules = pooled_kappa(truths, rules)
    kinds = helpful_kinds(truths, rules, verdicts, kappa_rules,
                          (MIN_FIXES_DOCUMENTS if documents else MIN_FIXES) * repeats)
    pooled = (pooled_kappa(truths, made(rules, verdicts, kinds)), kappa_rules)
    fixed = ((verdicts == truths) & (rules != truths)).sum(axis=0)
    broke = ((verdicts != truths) & (rules == truths)).sum(axis=0)
    # `machine` rests on graders' decisions alone: the model recognising the codebook's own examples
    # says nothing of how it codes a transcript (a code with 20 examples was `machine` unreviewed)
    graders = np.array([kind != "example" for kind in units.kinds], dtype=bool)
    graders_decisions = units.human[graders].sum(axis=0)
    graded = np.tile(graders[rows], repeats)   # the same mask over the verdicts' rows: their kappa too
    out = []
    for j, (code_id, label) in enumerate(codes):
        truth = truths[:, j]
        explicit = int(units.human[:, j].sum())
        kappa_model = binary_kappa(truth, verdicts[:, j])
        kappa_rules = binary_kappa(truth, rules[:, j])
        trusted = graders_decisions[j] >= TRUST_DECISIONS and binary_kappa(
            truth[graded], verdicts[graded, j]) >= TRUST_KAPPA
        why = decider(pooled, kinds, bool(corrected[j]), 0 < truth.sum() < truth.size, explicit)
        model = why.startswith(MODEL_DECIDES)
        out.append({"code_id": code_id, "code": label, "decisions": explicit, "reviewed_units": int(rows.size),
                    "positives": int(units.labels[rows, j].sum()), "kappa_model": round(kappa_model, 3),
                    "kappa_rules": round(kappa_rules, 3), "model_fixed": per_split(fixed[j], repeats),
                    "model_broke": per_split(broke[j], repeats),
                    "decided_by": "model" if model else "rules", "model_changes": " and ".join(kinds) if model else "",
                    "why": why,
                    "verdict": "machine" if trusted else "person"})
    return pd.DataFrame(out, columns=RELIABILITY_COLUMNS)


MODEL_DECIDES = "model:"


def per_split(total: int, repeats: int) -> int | float:
    """A count summed over `repeats` fold splits, per split: whole where it is, else to one decimal."""
    mean = total / repeats
    return int(mean) if float(mean).is_integer() else round(mean, 1)


def pooled_kappa(truths: np.ndarray, said: np.ndarray) -> float:
    """Cohen's kappa over every code's decisions at once (0 where it is undefined)."""
    return float(np.nan_to_num(binary_kappa(truths.ravel(), said.ravel()), nan=0.0))


def made(rules: np.ndarray, verdicts: np.ndarray, kinds: list[str]) -> np.ndarray:
    """The verdicts with only the changes of `kinds` made: the rules' verdict elsewhere."""
    out = rules.copy()
    if SUGGESTIONS in kinds:
        out = np.where(rules == 0, verdicts, out)
    if DOUBTS in kinds:
        out = np.where(rules == 1, verdicts, out)
    return out


def helpful_kinds(truths: np.ndarray, rules: np.ndarray, verdicts: np.ndarray, kappa_rules: float,
                  min_fixes: int = MIN_FIXES) -> list[str]:
    """The kinds of change (SUGGESTIONS where the rules were silent, DOUBTS where they fired)
    whose out-of-fold verdicts alone, the rules kept elsewhere, beat the rules' pooled kappa by
    more than MARGIN and fix more of the rules' verdicts than they break, at least `min_fixes`
    (`net_fixes`)."""
    return [kind for kind in (SUGGESTIONS, DOUBTS)
            if pooled_kappa(truths, made(rules, verdicts, [kind])) > kappa_rules + MARGIN
            and net_fixes(truths, rules, made(rules, verdicts, [kind]), min_fixes)]


def net_fixes(truths: np.ndarray, rules: np.ndarray, said: np.ndarray, min_fixes: int = MIN_FIXES) -> bool:
    """Whether `said` fixes more of the rules' verdicts than it breaks, and at least `min_fixes`.

    Kappa alone is not enough: where the rules find few of the codes on the reviewed turns, a
    suggestion raises kappa even when it is wrong more often than right (break-even precision
    about half the rules' kappa), and the rest of the files, where the rules do better, pay for
    it (`ht_dev_interviews`' first half: rules 0.19 on the reviewed half, 4 fixes and 8 breaks
    out of fold, then all 8 suggestions wrong on the second half, -0.150). One fix against no
    break is the folds' luck (`dev_documents`' even half: -0.072 at fold seed 1)."""
    fixes = int(((said == truths) & (rules != truths)).sum())
    breaks = int(((said != truths) & (rules == truths)).sum())
    return fixes > breaks and fixes >= min_fixes


def decider(pooled: tuple[float, float], kinds: list[str], corrected: bool, comparable: bool, decisions: int) -> str:
    """Who decides a code, and why, from the pooled out-of-fold kappas over every code (the model
    making only the kinds of change that beat the rules alone, `helpful_kinds`; the rules), those
    kinds, whether graders corrected this code, whether kappa can judge it, and its decisions."""
    if not corrected:   # over every decision the model read, earlier batches' too
        return (f"rules: over its {decisions} decision{'' if decisions == 1 else 's'} (this batch's, earlier batches' where there are any, and the "
                "codebook's examples), no grader rejected a coding its rule makes now or added it where its rule is silent")
    if not kinds:
        return "rules: neither the model's suggestions alone nor its doubts alone beat the rules out of fold"
    if pooled[0] <= pooled[1] + MARGIN:
        return (f"rules: over all codes the model's out-of-fold kappa with its {' and '.join(kinds)} "
                f"({pooled[0]:.2f}) does not beat the rules' ({pooled[1]:.2f}) by more than {MARGIN} on the reviewed turns")
    if not comparable and decisions < FEW_DECISIONS:
        return f"rules: kappa cannot judge it and fewer than {FEW_DECISIONS} decisions"
    return (f"{MODEL_DECIDES} graders corrected its rule and over all codes the model's out-of-fold kappa "
            f"with only its {' and '.join(kinds)} ({pooled[0]:.2f}) beats the rules' ({pooled[1]:.2f})")


# decider's reasons, as an Indonesian run's code_reliability.csv and the notebook give them.
_INDONESIAN_REASONS = (
    (r"rules: over its (?P<n>\d+) decisions? \(this batch's, earlier batches' where there are any, and the codebook's "
     r"examples\), no grader rejected a coding its rule makes now or added it where its rule is silent$",
     "aturan: dari {n} keputusan atasnya (batch ini, batch sebelumnya bila ada, dan contoh di kodebuku), tidak ada peninjau yang "
     "menolak koding yang kini dibuat aturannya atau menambahkan kode ini di tempat aturannya diam"),
    (r"rules: neither the model's suggestions alone nor its doubts alone beat the rules out of fold$",
     "aturan: baik saran model saja maupun keraguannya saja tidak mengungguli aturan pada validasi silang"),
    (r"rules: over all codes the model's out-of-fold kappa with its (?P<kinds>.+) \((?P<model>[-\d.]+)\) does not "
     r"beat the rules' \((?P<rules>[-\d.]+)\) by more than (?P<margin>[\d.]+) on the reviewed turns$",
     "aturan: atas semua kode, kappa validasi silang model dengan {kinds} ({model}) tidak mengungguli kappa aturan "
     "({rules}) lebih dari {margin} pada giliran yang direview"),
    (r"rules: kappa cannot judge it and fewer than (?P<n>\d+) decisions$",
     "aturan: kappa tidak dapat menilainya dan keputusannya kurang dari {n}"),
    (MODEL_DECIDES + r" graders corrected its rule and over all codes the model's out-of-fold kappa with only its "
     r"(?P<kinds>.+) \((?P<model>[-\d.]+)\) beats the rules' \((?P<rules>[-\d.]+)\)$",
     "model: peninjau mengoreksi aturannya dan atas semua kode, kappa validasi silang model dengan hanya {kinds} "
     "({model}) mengungguli kappa aturan ({rules})"),
)
_INDONESIAN_KINDS = {SUGGESTIONS: "saran", DOUBTS: "keraguan", "and": "dan"}


def reason_in_indonesian(why: str) -> str:
    """A reason `decider` gave, in Indonesian; a reason it no longer gives stays as written."""
    for pattern, indonesian in _INDONESIAN_REASONS:
        match = re.match(pattern, why)
        if match:
            found = match.groupdict()
            if "kinds" in found:
                found["kinds"] = " ".join(_INDONESIAN_KINDS.get(word, word) for word in found["kinds"].split())
            return indonesian.format(**found)
    return why


def reasons_in(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A reliability table with its `why`, prose for the researcher, in the run's language (an
    Indonesian run's code_reliability.csv and notebook); the column names stay English."""
    if lang == "en" or "why" not in table.columns:
        return table
    return table.assign(why=[reason_in_indonesian(str(why)) for why in table["why"].fillna("")])


def model_decides(table: pd.DataFrame) -> dict[str, tuple[bool, bool]]:
    """Per code id the model decides (`decided_by`: it beat the rules, cross-validated): whether
    it may suggest the code where the rules were silent, and doubt it where they fired."""
    chosen = table[table["decided_by"] == "model"]
    return {str(code_id): (SUGGESTIONS in changes, DOUBTS in changes)
            for code_id, changes in zip(chosen["code_id"], chosen["model_changes"].fillna("").astype(str))}


def reliability_summary(table: pd.DataFrame | None) -> dict[str, dict[str, object]] | None:
    """Per code, for run.json: the model's kappa, what it rests on, and who should code it."""
    if table is None:
        return None
    return {row.code_id: {"kappa_model": None if pd.isna(row.kappa_model) else float(row.kappa_model),
                          "kappa_rules": None if pd.isna(row.kappa_rules) else float(row.kappa_rules),
                          "decisions": int(row.decisions), "reviewed_units": int(row.reviewed_units),
                          "model_fixed": per_split(row.model_fixed, 1),
                          "model_broke": per_split(row.model_broke, 1), "decided_by": row.decided_by,
                          "model_changes": row.model_changes, "why": row.why,
                          "verdict": row.verdict}
            for row in table.itertuples()}
