"""`make eval`: translation chrF, coding agreement against gold codes, and the learning curve.

    python -m evaluation [BATCH_DIR ...]

Batches default to transcripts/wori and every batch folder under tests/data with a _gold.csv.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evaluation.coding import main as coding_eval
from evaluation.learning_curve import print_learning_curves
from evaluation.translation import main as translation_eval


def gold_batches() -> list[Path]:
    """The replication batch, then every development and blind batch that carries gold codes."""
    return [Path("transcripts/wori")] + sorted(path.parent for path in Path("tests/data").glob("*/_gold.csv"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation", description=__doc__.split("\n")[0])
    parser.add_argument("batches", type=Path, nargs="*", metavar="BATCH_DIR",
                        help="batches with gold codes in _gold.csv (default: transcripts/wori and every "
                             "batch folder under tests/data that has one)")
    args = parser.parse_args(argv)
    translation_status = translation_eval([])
    batches = args.batches or gold_batches()
    coding_status = coding_eval([str(batch) for batch in batches])
    print_learning_curves([batch for batch in batches if batch.name != "wori"], Path("codebooks"))
    return translation_status or coding_status or 0


if __name__ == "__main__":
    sys.exit(main())
