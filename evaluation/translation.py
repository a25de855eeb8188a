"""chrF of the free translations against reference translations (sacrebleu.corpus_chrf).

    python -m evaluation.translation [TSV ...]

Without arguments it scores the Wori paper's six printed translations
(tests/data/gloss/wori_six.tsv), the project's development sets (dev, dev2, interviews,
dev_blindwritten, dev_everyday, every dev_roundN) and its own blind sets (never tuned on), and, when
the MangARTI corpus is found (--corpus or MANGARTI_CORPUS, see evaluation/mangarti.py), its dev part and its
blind part (never tuned on).
A TSV needs a header with the columns `xmm` (source) and `reference` (or `ind`). The copy baseline is the
score of the untranslated Manado Malay text against the same references.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from pathlib import Path

from sacrebleu.metrics import CHRF

from evaluation import mangarti as corpus
from pipeline.errors import InputError
from pipeline.gloss.glosser import Glosser, shared_glosser

DATA_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "gloss"
# Sets written blind to the lexicon and the rules, one per round (blind_translations.tsv, then
# one blind_translations_roundN.tsv per round since): measured, never tuned on.
BLIND_SETS = tuple(sorted(DATA_DIR.parent.glob("blind_translations*.tsv"),
                          key=lambda path: (len(path.name), path.name)))
# dev_blindwritten.tsv was written by a helper who never saw the lexicon or the rules; it has been
# tuned on since (a development set now), but it is the closest to unseen speech of the own sets.
# dev_everyday.tsv (phrasebook-style everyday sentences) was written the same way, round 6, and one
# dev_roundN.tsv of 150-180 sentences per round since, each written blind beside a blind set
# (tests/data/BLIND.md says what each holds); they are found by name, in round order.
_FIRST_SETS = ("wori_six", "dev", "dev2", "interviews", "dev_blindwritten", "dev_everyday")
_ROUND = re.compile(r"dev_round(\d+)")


def round_sets(folder: Path) -> tuple[Path, ...]:
    """The folder's dev_round*.tsv in round order; a name with no round number (dev_round19b) after
    them by name, so a stray file is scored, not a traceback when this module is imported."""
    def order(path: Path) -> tuple[int, str]:
        number = _ROUND.fullmatch(path.stem)
        return (int(number[1]) if number else sys.maxsize, path.name)
    return tuple(sorted(folder.glob("dev_round*.tsv"), key=order))


DEFAULT_SETS = tuple(DATA_DIR / f"{name}.tsv" for name in _FIRST_SETS) + round_sets(DATA_DIR)
REFERENCE_COLUMNS = ("reference", "ind")



def read_pairs(tsv_path: str | Path) -> tuple[list[str], list[str]]:
    """(sources, references) from a TSV with `xmm` and `reference` (or `ind`) columns."""
    path = Path(tsv_path)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            columns = set(reader.fieldnames or ())
            reference_column = next((name for name in REFERENCE_COLUMNS if name in columns), None)
            if "xmm" not in columns or reference_column is None:
                raise InputError.at(path, "needs the columns xmm and reference (or ind)", line=1)
            sources, references = [], []
            for number, row in enumerate(reader, 2):
                source, reference = (row.get("xmm") or "").strip(), (row.get(reference_column) or "").strip()
                if not source or not reference:
                    raise InputError.at(path, "empty source or reference", line=number)
                sources.append(source)
                references.append(reference)
    except FileNotFoundError:
        raise InputError.at(path, "file not found") from None
    return sources, references


def evaluate_translations(tsv_path: str | Path, glosser: Glosser | None = None,
                          prior: str | None = None) -> dict:
    """chrF of the copy baseline and of our translations on one reference set."""
    sources, references = read_pairs(tsv_path)
    return score(Path(tsv_path).stem, sources, references, glosser, prior)


def score(name: str, sources: list[str], references: list[str], glosser: Glosser | None = None,
          prior: str | None = None) -> dict:
    """chrF of the copy baseline and of the glosser's translations of `sources`."""
    glosser = glosser or shared_glosser()
    translations = [glosser.gloss(s, prior).translation for s in sources]
    chrf = CHRF()
    return {
        "set": name,
        "sentences": len(sources),
        "copy_chrf": round(chrf.corpus_score(sources, [references]).score, 1),
        "chrf": round(chrf.corpus_score(translations, [references]).score, 1),
    }


def evaluate_corpus(path: str | Path, glosser: Glosser | None = None, blind: bool = True) -> list[dict]:
    """Scores on the MangARTI corpus's dev part and, with `blind`, its blind part (measured, never tuned on)."""
    parts = corpus.split_pairs(path)
    rows = []
    labels = ((corpus.DEV, "mangarti-dev"), (corpus.BLIND, "mangarti-blind (BLIND)"))
    for part, label in labels if blind else labels[:1]:
        chosen = parts[part]
        if chosen:
            rows.append(score(label, [p.xmm for p in chosen], [p.ind for p in chosen], glosser, "xmm"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.translation", description=__doc__.split("\n")[0])
    parser.add_argument("tsv", nargs="*", type=Path, help="reference sets (default: the Wori six and the dev sets)")
    parser.add_argument("--blind", action="store_true",
                        help="also score the sets written blind (measure them once, never choose with them)")
    parser.add_argument("--prior", choices=("xmm", "ind"), default=None,
                        help="language prior, as the front matter would give it (default: none)")
    parser.add_argument("--corpus", default=None,
                        help=f"the MangARTI corpus (JSONL or xmm/ind TSV; default: ${corpus.ENV_VARIABLE})")
    args = parser.parse_args(argv)
    try:
        started = time.perf_counter()
        sets = list(args.tsv or DEFAULT_SETS) + (list(BLIND_SETS) if args.blind else [])
        rows = [evaluate_translations(path, prior=args.prior) for path in sets]
        corpus_file = corpus.corpus_path(args.corpus)
        if corpus_file is not None:
            rows += evaluate_corpus(corpus_file, blind=args.blind)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    width = max(len("set"), *(len(row["set"]) for row in rows))
    print(f"{'set':<{width}} {'sentences':>9} {'copy chrF':>10} {'chrF':>6}")
    for row in rows:
        print(f"{row['set']:<{width}} {row['sentences']:>9} {row['copy_chrf']:>10.1f} {row['chrf']:>6.1f}")
    print(f"({time.perf_counter() - started:.1f}s; sacrebleu chrF, corpus level)")
    if corpus_file is None:
        print(f"real-text sets skipped: {corpus.HOW_TO_GET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
