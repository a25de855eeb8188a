"""Two batches in a row: what a batch gains from an earlier batch's decisions (issue 15, round 12).

`learning_curve` reviews half of one batch, so it never reads the decisions history. Here each gold
batch's files are split in two by name: the first half is reviewed as batch 1 by a grader who
agrees with the gold (`learning_curve.turn_decisions` on every informant turn), its decisions are
kept as `analyze` keeps them (`pipeline.review.history.record_decisions`, in a temporary file),
and the second half is coded as batch 2 with that history and no decisions of its own. Kappa
against the gold on batch 2: the rules alone, and the rules with what the model and the carried
decisions let count at the threshold.

    python -m evaluation.two_batches [--reverse] [--seed N] BATCH_DIR ...
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import pandas as pd

from evaluation.learning_curve import THRESHOLD, gold_matrix, measured, turn_decisions
from evaluation.scoring import kappa
from pipeline.coding import reliability
from pipeline.coding.coder import informant_segments
from pipeline.coding.learned_codings import learn
from pipeline.coding.training_units import rule_matrix
from pipeline.ingest import read_batch
from pipeline.records.codings import counted
from pipeline.review.history import read_history, record_decisions


def split_files(segments: pd.DataFrame, reverse: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(batch 1, batch 2): the first half of the files by name and the rest (swapped with `reverse`)."""
    names = sorted(segments["document"].astype(str).unique())
    first = segments["document"].astype(str).isin(names[:(len(names) + 1) // 2])
    return (segments[~first], segments[first]) if reverse else (segments[first], segments[~first])


def second_batch_kappas(segments: pd.DataFrame, rules: pd.DataFrame, gold: pd.DataFrame, codebook,
                        informants: pd.DataFrame, reverse: bool = False) -> dict[str, float]:
    """Batch 2's kappa, rules alone and with batch 1's decisions kept as history."""
    code_ids = [c.id for c in codebook.codes]
    first, second = split_files(segments, reverse)
    reviewed = informant_segments(first)["segment_id"].astype(str).tolist()
    coded = informant_segments(second)["segment_id"].astype(str).tolist()
    machine, truth = rule_matrix(rules, reviewed, code_ids), gold_matrix(gold, reviewed, code_ids)
    decisions = pd.DataFrame([d for i, sid in enumerate(reviewed)
                              for d in turn_decisions(sid, machine[i], truth[i], code_ids)],
                             columns=["segment_id", "code_id", "decision"]).assign(reviewer="gold", timestamp="")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "codebook.decisions.csv"
        record_decisions(path, "batch1@0000000000", decisions, first, informants)
        history = read_history(path)
    later = rules[rules["segment_id"].isin(coded)]
    learned = learn(second, later, None, codebook, history)
    before, truth = rule_matrix(later, coded, code_ids), gold_matrix(gold, coded, code_ids)
    after = before if learned is None else rule_matrix(
        counted(pd.concat([later, learned.codings], ignore_index=True), THRESHOLD).assign(source="rule"),
        coded, code_ids)
    return {"history": len(history), "kappa_rules": kappa(truth, before), "kappa_learned": kappa(truth, after)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.two_batches", description=__doc__.splitlines()[0])
    parser.add_argument("batches", type=Path, nargs="+", metavar="BATCH_DIR")
    parser.add_argument("--codebooks", type=Path, default=Path("codebooks"))
    parser.add_argument("--reverse", action="store_true", help="review the second half of the files, code the first")
    parser.add_argument("--seed", type=int, default=reliability.FOLD_SEED, help="the reliability folds' shuffle seed")
    parser.add_argument("--repeats", type=int, default=reliability.REPEATS,
                        help="fold splits the reliability gate pools (each --seed has its own)")
    args = parser.parse_args(argv)
    reliability.FOLD_SEED, reliability.REPEATS = args.seed, args.repeats
    gains = []
    for batch_dir, kind, *found in measured(args.batches, args.codebooks):
        if len(found) == 1 or found[0]["document"].nunique() < 2:
            print(f"{batch_dir.name:<24} {kind:<11} skipped: {found[0] if len(found) == 1 else 'one file'}")
            continue
        result = second_batch_kappas(*found, read_batch(batch_dir).informants, args.reverse)
        gains.append(result["kappa_learned"] - result["kappa_rules"])
        print(f"{batch_dir.name:<24} {kind:<11} {result['history']:4d} decisions kept; batch 2 "
              f"{result['kappa_rules']:.3f} -> {result['kappa_learned']:.3f} ({gains[-1]:+.3f})")
    if gains:
        print(f"{len(gains)} second batches: mean gain {sum(gains) / len(gains):+.4f}, worst {min(gains):+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
