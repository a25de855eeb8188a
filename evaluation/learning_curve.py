"""A simulated grader: what the learning model gains from decisions, measured against gold.

The grader reviews turns as a person would in the review notebook: every code the machine
counts on the turn is accepted or rejected as the gold says, every gold code the machine
missed is added, and a turn the gold leaves without codes is marked "nothing to code". The next run is then what `analyze` does with those decisions in reviews.csv
(`pipeline.coding.learned_codings.learn`: model rows only for the codes whose model beat the
rules by cross-validation) and what counts is what `counted` lets count at `--model-threshold`.
Two protocols:

* `half_review`: the grader reviews every other informant turn (or, with `--review
  first-half`, the first half of each file's informant turns, as a grader working through the
  queue file by file would); kappa is measured on the other half, rules alone against rules
  plus the model (suggestions and doubts counted at a threshold).
* `learning_curve`: the grader works through the review queue uncertain-first
  (`pipeline.review.queue`), and after 0, 10, 25, 50 and 100 decisions the model is refitted
  and kappa is measured on the turns not yet reviewed.

    python -m evaluation.learning_curve [--curve] [--review first-half] BATCH_DIR ...

prints each batch's half-review gain with its minimal codebook (both halves), and with
`--curve` its learning curves (as `make eval` does).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.records.codebook import Codebook
from pipeline.coding.coder import informant_segments
from pipeline.coding.learned_codings import learn
from pipeline.coding import reliability
from pipeline.coding.training_units import rule_matrix
from pipeline.records.codings import counted
from pipeline.schema import NOTHING_TO_CODE
from evaluation.scoring import kappa

CURVE_POINTS = (0, 10, 25, 50, 100)
THRESHOLD = 0.5
BAR_GAIN, BAR_KAPPA = 0.10, 0.75     # the bar for a half: kappa rises by this much and reaches this


def gold_matrix(gold: pd.DataFrame, segment_ids: list[str], code_ids: list[str]) -> np.ndarray:
    return rule_matrix(gold.assign(source="rule"), segment_ids, code_ids)


def turn_decisions(segment_id: str, machine: np.ndarray, truth: np.ndarray, code_ids: list[str]) -> list[dict[str, str]]:
    """The decisions a grader who agrees with the gold makes on one turn, with the mark
    "nothing to code" on a turn the gold leaves without codes."""
    out = []
    for j, code_id in enumerate(code_ids):
        if machine[j] and truth[j]:
            out.append({"segment_id": segment_id, "code_id": code_id, "decision": "accept"})
        elif machine[j] and not truth[j]:
            out.append({"segment_id": segment_id, "code_id": code_id, "decision": "reject"})
        elif truth[j]:
            out.append({"segment_id": segment_id, "code_id": code_id, "decision": "add"})
    if not truth.any():     # a turn left without codes: the notebook's "nothing to code" mark
        out.append({"segment_id": segment_id, "code_id": "", "decision": NOTHING_TO_CODE})
    return out


def learn_and_count(segments: pd.DataFrame, rules: pd.DataFrame, decisions: pd.DataFrame, codebook: Codebook,
                    threshold: float = THRESHOLD) -> tuple[np.ndarray, np.ndarray]:
    """(counted, probabilities), informant turns x codes: what the next run counts at `threshold`
    on turns nobody reviewed, and the model's probabilities (NaN where the rules decide)."""
    code_ids = [c.id for c in codebook.codes]
    ids = informant_segments(segments)["segment_id"].astype(str).tolist()
    learned = learn(segments, rules, decisions, codebook)
    if learned is None:
        return rule_matrix(rules, ids, code_ids), np.full((len(ids), len(code_ids)), np.nan)
    codings = pd.concat([rules, learned.codings], ignore_index=True)
    return rule_matrix(counted(codings, threshold).assign(source="rule"), ids, code_ids), learned.probabilities


ALTERNATE, FIRST_HALF = "alternate", "first-half"
HALF_NAMES = {ALTERNATE: ("even", "odd"), FIRST_HALF: ("first", "second")}     # the reviewed half, by parity


def reviewed_half(units: pd.DataFrame, parity: int, protocol: str = ALTERNATE) -> np.ndarray:
    """Which informant turns the simulated grader reviews: every other one (ALTERNATE: the even
    ones, the odd ones with `parity` 1), or the first half of each file's turns (FIRST_HALF;
    the second half with `parity` 1), where the nearest reviewed turn is far from most others."""
    if protocol == ALTERNATE:
        return np.arange(len(units)) % 2 == parity
    files = units["document"].astype(str)
    turn = files.groupby(files).cumcount().to_numpy()
    length = files.groupby(files).transform("size").to_numpy()
    return (turn < (length + 1) // 2) == (parity == 0)


def half_review(segments: pd.DataFrame, rules: pd.DataFrame, gold: pd.DataFrame, codebook: Codebook,
                threshold: float = THRESHOLD, parity: int = 0, protocol: str = ALTERNATE) -> dict[str, float]:
    """Review half the informant turns (`reviewed_half`); kappa on the others before and after learning."""
    code_ids = [c.id for c in codebook.codes]
    units = informant_segments(segments)
    ids = units["segment_id"].astype(str).tolist()
    truth = gold_matrix(gold, ids, code_ids)
    machine = rule_matrix(rules, ids, code_ids)
    reviewed = reviewed_half(units, parity, protocol)
    decisions = pd.DataFrame([d for i in np.flatnonzero(reviewed)
                              for d in turn_decisions(ids[i], machine[i], truth[i], code_ids)],
                             columns=["segment_id", "code_id", "decision"])
    after, _ = learn_and_count(segments, rules, decisions, codebook, threshold)
    held = ~reviewed
    return {"turns": len(ids), "decisions": len(decisions), "reviewed_turns": int(reviewed.sum()),
            "kappa_rules": kappa(truth[held], machine[held]), "kappa_learned": kappa(truth[held], after[held])}


def uncertainty(probabilities: np.ndarray, rules: np.ndarray) -> np.ndarray:
    """Per turn, how close the model's least certain code is to 0.5 (lower: review first).

    Codes without a model count as certain; a turn whose codes all lack a model ranks by
    whether the rules coded it (a coding to check) before turns nobody coded."""
    closeness = np.abs(np.nan_to_num(probabilities, nan=1.0) - 0.5)
    rank = closeness.min(axis=1) if closeness.size else np.zeros(len(rules))
    unmodelled = np.isnan(probabilities).all(axis=1) if probabilities.size else np.ones(len(rules), bool)
    return np.where(unmodelled, np.where(rules.any(axis=1), 0.5, 0.6), rank)


def learning_curve(segments: pd.DataFrame, rules: pd.DataFrame, gold: pd.DataFrame, codebook: Codebook,
                   points: tuple[int, ...] = CURVE_POINTS, threshold: float = THRESHOLD) -> list[dict[str, float]]:
    """Kappa on the turns not yet reviewed after each number of decisions in `points`.

    The grader takes turns from the queue uncertain-first (the latest model's order) and makes
    every decision the gold implies on each; the model is refitted at each point."""
    code_ids = [c.id for c in codebook.codes]
    ids = informant_segments(segments)["segment_id"].astype(str).tolist()
    truth = gold_matrix(gold, ids, code_ids)
    machine = rule_matrix(rules, ids, code_ids)
    reviewed = np.zeros(len(ids), dtype=bool)
    decisions: list[dict[str, str]] = []
    probabilities = np.full(machine.shape, np.nan)
    out = []
    for point in points:
        order = [i for i in np.argsort(uncertainty(probabilities, machine), kind="stable") if not reviewed[i]]
        for i in order:
            if len(decisions) >= point:
                break
            decisions += turn_decisions(ids[i], machine[i], truth[i], code_ids)
            reviewed[i] = True
        frame = pd.DataFrame(decisions, columns=["segment_id", "code_id", "decision"])
        verdict, probabilities = learn_and_count(segments, rules, frame, codebook, threshold)
        held = ~reviewed
        out.append({"decisions": len(decisions), "reviewed_turns": int(reviewed.sum()),
                    "kappa_unreviewed": kappa(truth[held], verdict[held]) if held.any() else float("nan"),
                    "kappa_rules_unreviewed": kappa(truth[held], machine[held]) if held.any() else float("nan")})
    return out


def curve_codebooks(batch: Path, codebooks: Path) -> list[tuple[str, Path]]:
    """(kind, codebook) pairs a gold batch is measured with: its study's engineered and minimal
    codebooks. A batch whose `batch.yaml` names its codebook is measured with that one (as its
    minimal codebook when it has no rules, else with its `_minimal` sibling beside it)."""
    from evaluation.compare import MINIMAL_SUFFIX, codebook_for
    from pipeline.codebook.load import load_codebook
    from pipeline.ingest.batch_files import read_settings

    if read_settings(batch).get("codebook"):
        path = codebook_for(batch)
        if not any(code.rules for code in load_codebook(path).codes):
            return [("minimal", path)]
        sibling = path.with_name(f"{path.stem}{MINIMAL_SUFFIX}.yaml")
        return [("engineered", path)] + ([("minimal", sibling)] if sibling.exists() else [])
    if batch.name.startswith("imun_"):
        return [("minimal", codebooks / "imunisasi.yaml")]
    if batch.name.startswith("tb_"):
        return [("minimal", codebooks / "tb_kepatuhan.yaml")]
    return [("engineered", codebooks / "wori.yaml"), ("minimal", codebooks / "wori_minimal.yaml")]


def measured(batches: list[Path], codebooks: Path, kinds: tuple[str, ...] = ("engineered", "minimal")):
    """(batch folder, codebook kind, segments, rule codings, gold, codebook) of each gold batch,
    or (batch folder, kind, why it was skipped) when its gold does not fit the codebook."""
    from pipeline.codebook.load import load_codebook
    from pipeline.coding.coder import code_segments
    from evaluation.coding import gloss_if_available, load_gold
    from pipeline.errors import InputError
    from pipeline.ingest import read_batch

    for batch_dir in batches:
        if not (batch_dir / "_gold.csv").exists():
            continue
        batch = read_batch(batch_dir)
        segments = gloss_if_available(batch.segments)
        try:
            pairs = curve_codebooks(batch_dir, codebooks)
        except InputError as problem:
            yield batch_dir, "codebook", str(problem).splitlines()[0][:80]
            continue
        for kind, path in pairs:
            if kind not in kinds:
                continue
            try:
                codebook = load_codebook(path)
                gold = load_gold(batch_dir, segments, codebook)
            except InputError as problem:
                yield batch_dir, kind, str(problem).splitlines()[0][:80]
                continue
            yield batch_dir, kind, segments, code_segments(segments, codebook, batch.informants), gold, codebook


def print_half_reviews(batches: list[Path], codebooks: Path, protocol: str = ALTERNATE) -> int:
    """Each batch's half-review gain with its minimal codebook, both halves reviewed in turn."""
    print(f"== half review ({protocol}): kappa on the unreviewed half, rules alone -> rules + model at {THRESHOLD}")
    results = []
    for batch_dir, kind, *found in measured(batches, codebooks, kinds=("minimal",)):
        if len(found) == 1:
            print(f"{batch_dir.name:<24} skipped: {found[0]}")
            continue
        for parity in (0, 1):
            result = half_review(*found, parity=parity, protocol=protocol)
            results.append(result)
            print(f"{batch_dir.name:<24} {HALF_NAMES[protocol][parity]:<6} {result['decisions']:4d} decisions "
                  f"{result['kappa_rules']:.3f} -> {result['kappa_learned']:.3f} "
                  f"({result['kappa_learned'] - result['kappa_rules']:+.3f})")
    if results:
        print(half_review_summary(results))
    return 0


def half_review_summary(results: list[dict[str, float]]) -> str:
    """One line over the halves: the mean and the worst gain, and how many halves meet the bar
    (a gain of at least BAR_GAIN reaching BAR_KAPPA), the figures variants are compared by."""
    gains = np.array([r["kappa_learned"] - r["kappa_rules"] for r in results])
    met = sum(r["kappa_learned"] - r["kappa_rules"] >= BAR_GAIN - 1e-9 and r["kappa_learned"] >= BAR_KAPPA
              for r in results)
    return (f"{len(results)} halves: mean gain {gains.mean():+.4f}, worst {gains.min():+.3f}; "
            f"{met} reach the bar (+{BAR_GAIN:.2f} and {BAR_KAPPA:.2f})")


def print_learning_curves(batches: list[Path], codebooks: Path) -> int:
    """`make eval`'s learning curves: kappa on the unreviewed turns after 0-100 simulated decisions."""
    print("== learning curve: kappa on the turns not yet reviewed after N simulated decisions (uncertain-first;\n"
          f"   model counted at {THRESHOLD}), and in brackets its gain over the rules alone on the same turns: the\n"
          "   turns left change at each point (the queue takes the uncertain ones first), so compare the gains")
    print(f"{'batch':<24} {'codebook':<11} " + " ".join(f"{n:>14}" for n in CURVE_POINTS))
    for batch_dir, kind, *found in measured(batches, codebooks):
        if len(found) == 1:
            print(f"{batch_dir.name:<24} {kind:<11} skipped: {found[0]}")
            continue
        print(f"{batch_dir.name:<24} {kind:<11} " + " ".join(curve_cell(p) for p in learning_curve(*found)))
    return 0


def curve_cell(point: dict[str, float]) -> str:
    """One point of a learning curve: "0.512 (+0.031)", or "-" where no turn with a code is left."""
    learned, rules = point["kappa_unreviewed"], point["kappa_rules_unreviewed"]
    if np.isnan(learned) or np.isnan(rules):
        return f"{'-':>14}"
    return f"{learned:6.3f} ({learned - rules:+.3f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.learning_curve",
                                     description="Half-review gains (minimal codebooks) of batches with gold codes.")
    parser.add_argument("batches", type=Path, nargs="+", metavar="BATCH_DIR")
    parser.add_argument("--curve", action="store_true", help="also print the learning curves")
    parser.add_argument("--codebooks", type=Path, default=Path("codebooks"))
    parser.add_argument("--seed", type=int, default=reliability.FOLD_SEED,
                        help="the reliability folds' shuffle seed (the gain moves with it: compare over several)")
    parser.add_argument("--repeats", type=int, default=reliability.REPEATS,
                        help="fold splits the reliability gate pools (each --seed has its own)")
    parser.add_argument("--review", choices=[ALTERNATE, FIRST_HALF], default=ALTERNATE,
                        help="which half the grader reviews: every other turn, or the first half of each file")
    args = parser.parse_args(argv)
    missing = [str(batch) for batch in args.batches if not (batch / "_gold.csv").is_file()]
    if missing:
        parser.error(f"no gold codes (_gold.csv) in: {', '.join(missing)}; give batch folders that have them")
    reliability.FOLD_SEED, reliability.REPEATS = args.seed, args.repeats
    print_half_reviews(args.batches, args.codebooks, args.review)
    return print_learning_curves(args.batches, args.codebooks) if args.curve else 0


if __name__ == "__main__":
    raise SystemExit(main())
