"""`make eval`'s side-by-side: each gold batch coded with its codebook, a minimal version of it,
the label-words baseline and its labels and definitions alone.

* the codebook: the one the batch's `batch.yaml` names, else the codebook under `codebooks/`
  whose labels cover the batch's gold codes (an engineered one before a `*_minimal` one);
* its minimal version: `<name>_minimal.yaml` beside it when there is one, else derived (labels,
  definitions, the first five keywords, no rules); a codebook without rules is its own minimal
  version;
* the label-words baseline: every code's keywords are the content words of its label, nothing
  else. It is what a coder that knew only Tabel 2 would find;
* definitions: every code's label and definition, no keywords, examples, inclusions,
  exclusions or rules (`keywords: []` throughout): a codebook written as NVivo and MAXQDA
  invite, a name and a description per code.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import sys
from pathlib import Path

from pipeline.codebook.load import load_codebook
from collections.abc import Callable

from pipeline.records.codebook import Code, Codebook
from pipeline.coding.coder import code_segments
from evaluation.coding import GOLD_FILE, format_result, gloss_if_available, load_gold
from evaluation.scoring import score_codings
from pipeline.coding.codebook_words import content_words
from pipeline.errors import InputError
from pipeline.ingest.batch_files import SETTINGS_FILE, read_settings

CODEBOOKS = Path(__file__).resolve().parents[1] / "codebooks"
MINIMAL_SUFFIX = "_minimal"
MINIMAL_KEYWORDS = 5
VARIANTS = ("codebook", "minimal", "label words", "definitions")


def codebook_for(batch_dir: Path) -> Path:
    """The codebook a batch is coded with (see the module docstring)."""
    named = read_settings(batch_dir).get("codebook")
    if named:
        return (batch_dir / str(named)).resolve()
    gold = batch_dir / GOLD_FILE
    with gold.open(encoding="utf-8-sig", newline="") as handle:
        wanted = {(row.get("code") or "").strip().casefold() for row in csv.DictReader(handle)} - {""}
    candidates = sorted(CODEBOOKS.glob("*.yaml"), key=lambda p: (p.stem.endswith(MINIMAL_SUFFIX), p.name))
    for path in candidates:
        labels = {code.label.casefold() for code in load_codebook(path).codes}
        if wanted <= labels:
            return path
    raise InputError.at(gold, f"no codebook under {CODEBOOKS} has all the gold codes; name one in {SETTINGS_FILE}")


def minimal_version(path: Path, codebook: Codebook) -> Codebook:
    """The codebook as a researcher would write it without the rule language."""
    sibling = path.with_name(f"{path.stem}{MINIMAL_SUFFIX}.yaml")
    if sibling.exists():
        return load_codebook(sibling)
    return _with_codes(codebook, lambda code: dataclasses.replace(
        code, keywords=code.keywords[:MINIMAL_KEYWORDS], rules=(), include="", exclude="", examples=()), {})


def label_words(codebook: Codebook) -> Codebook:
    """Each code found by its label's content words only."""
    return _with_codes(codebook, lambda code: dataclasses.replace(
        code, keywords=tuple(content_words(code.label)) or (code.label,), definition="", rules=(),
        include="", exclude="", examples=()), {})


def definitions_only(codebook: Codebook) -> Codebook:
    """Each code found from its label and definition alone (`keywords: []`)."""
    return _with_codes(codebook, lambda code: dataclasses.replace(
        code, keywords=(), rules=(), include="", exclude="", examples=()), {})


def _with_codes(codebook: Codebook, change: Callable[[Code], Code], concepts: dict) -> Codebook:
    themes = tuple(dataclasses.replace(theme, categories=tuple(
        dataclasses.replace(category, codes=tuple(change(code) for code in category.codes))
        for category in theme.categories)) for theme in codebook.themes)
    return dataclasses.replace(codebook, themes=themes, concepts=concepts, name=codebook.name)


def compare_batch(batch_dir: str | Path) -> tuple[dict[str, object], dict[str, float | None]]:
    """The batch's full result with its codebook, and pooled kappa per variant (None: not run)."""
    from pipeline.ingest import read_batch

    batch_dir = Path(batch_dir)
    path = codebook_for(batch_dir)
    codebook = load_codebook(path)
    batch = read_batch(batch_dir)
    segments = gloss_if_available(batch.segments)
    has_rules = any(code.rules for code in codebook.codes)
    variants: dict[str, Codebook | None] = {
        "codebook": codebook,
        "minimal": minimal_version(path, codebook) if has_rules else None,
        "label words": label_words(codebook),
        "definitions": definitions_only(codebook)}
    kappas: dict[str, float | None] = {}
    main: dict[str, object] = {}
    for name, variant in variants.items():
        if variant is None:
            kappas[name] = None
            continue
        predicted = code_segments(segments, variant, batch.informants)
        gold = load_gold(batch_dir, segments, variant)
        pooled, per_code = score_codings(predicted, gold, segments, variant)
        kappas[name] = pooled["kappa"]
        if name == "codebook":
            main = {"batch": f"{batch_dir} ({path.name})", "pooled": pooled, "per_code": per_code}
    return main, kappas


def side_by_side(rows: list[tuple[str, str, dict[str, float | None]]]) -> str:
    lines = ["", "pooled kappa: the batch's codebook, a minimal version of it (labels, definitions, "
             "<= 5 keywords, no rules), label words only, labels and definitions only (no keywords) "
             "(tests/data/*blind*: never tuned on)",
             f"{'batch':<34} {'codebook':<22} {'codebook':>9} {'minimal':>9} {'labels':>9} {'defs':>9}"]
    for batch, codebook, kappas in rows:
        cells = [f"{kappas[v]:9.3f}" if kappas[v] is not None else f"{'(same)':>9}" for v in VARIANTS]
        lines.append(f"{batch:<34} {codebook:<22} {' '.join(cells)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.compare", description=__doc__.split("\n")[0])
    parser.add_argument("batches", nargs="+", type=Path, help="batch folders, each with a _gold.csv")
    args = parser.parse_args(argv)
    missing = [str(batch) for batch in args.batches if not (batch / GOLD_FILE).is_file()]
    if missing:
        parser.error(f"no gold codes ({GOLD_FILE}) in: {', '.join(missing)}; give batch folders that have them")
    rows = []
    try:
        for batch_dir in args.batches:
            main_result, kappas = compare_batch(batch_dir)
            print(format_result(main_result))
            rows.append((_short(batch_dir), Path(str(main_result["batch"]).split("(")[-1].rstrip(")")).stem, kappas))
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(side_by_side(rows))
    return 0


def _short(batch_dir: Path) -> str:
    parts = batch_dir.parts
    return "/".join(parts[-2:]) if len(parts) > 1 else str(batch_dir)


if __name__ == "__main__":
    raise SystemExit(main())
