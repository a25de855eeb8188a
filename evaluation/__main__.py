"""`make eval`: translation chrF, coding agreement against gold codes, and the learning curve.

    python -m evaluation [BATCH_DIR ...]

Batches default to transcripts/wori and every batch folder under tests/data with a _gold.csv;
each is coded with its codebook, a minimal version of it, the label-words baseline and its labels
and definitions alone (`evaluation/compare.py`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evaluation.compare import main as coding_eval
from evaluation.learning_curve import print_learning_curves
from evaluation.translation import main as translation_eval


def gold_batches() -> list[Path]:
    """The replication batch, then every development and blind batch that carries gold codes."""
    return [Path("transcripts/wori")] + sorted(path.parent for path in Path("tests/data").glob("*/_gold.csv"))


GOLD_FORMAT = """\
Translation quality (chrF against reference translations, with the copy baseline)
and the coder's agreement with human gold codes (pooled Cohen's kappa; precision,
recall and F1 per code).

A batch's gold codes are _gold.csv in the batch folder (ingest skips it), one row
per (segment, code):

    document,quote,code
    A1.md,dorang malas mo urus,Malas untuk mengurus pendaftaran

  document  the transcript's file name in the batch folder
  quote     a verbatim piece of text found in exactly one informant turn
            (or paragraph) of it: it picks the segment
  code      the code's label (or id) in the codebook

Informant segments not listed have no code: every segment times every code is
one decision."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation", description=GOLD_FORMAT,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("batches", type=Path, nargs="*", metavar="BATCH_DIR",
                        help="batches with gold codes in _gold.csv (default: transcripts/wori and every "
                             "batch folder under tests/data that has one)")
    args = parser.parse_args(argv)
    translation_status = translation_eval(["--blind"])
    batches = args.batches or gold_batches()
    coding_status = coding_eval([str(batch) for batch in batches])
    print_learning_curves([batch for batch in batches if batch.name != "wori"], Path("codebooks"))
    return translation_status or coding_status or 0


if __name__ == "__main__":
    sys.exit(main())
