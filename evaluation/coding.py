"""Agreement of the coder with a human gold standard, per batch.

Units are every informant segment of a batch times every code of the codebook; each unit is a
present/absent decision. Pooled Cohen's kappa is computed over all those decisions at once,
per-code figures over one code's column.

    python -m evaluation.coding BATCH_DIR [BATCH_DIR ...] [--codebook FILE] [--suggest-cv]

A batch's gold is `_gold.csv` in its folder: `document,quote,code`, where `quote` is a
verbatim substring that identifies one informant segment of `document`, and `code` a code
label (or id). Segments not listed have no code.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import pandas as pd

from pipeline.codebook.load import load_codebook
from pipeline.records.codebook import Codebook
from pipeline.records.shown_labels import ENGLISH
from pipeline.coding.coder import code_segments, informant_segments
from pipeline.errors import InputError
from pipeline.ingest.batch_files import read_settings
from pipeline.review.hand_coding import SHEET_COLUMNS, quoted_codings
from evaluation.scoring import score_codings

GOLD_FILE = "_gold.csv"
DEFAULT_CODEBOOK = Path(__file__).resolve().parents[1] / "codebooks" / "wori.yaml"
GOLD_COLUMNS = SHEET_COLUMNS


def load_gold(batch_dir: str | Path, segments: pd.DataFrame, codebook: Codebook | None = None) -> pd.DataFrame:
    """Gold codings (segment_id, code_id, code) from `batch_dir/_gold.csv`, read as the product reads
    a researcher's hand coding (`pipeline.review.hand_coding.quoted_codings`: each quote in exactly
    one informant turn of its document, each code a label or id; every problem at once, with its
    line); `attrs["documents"]` names the files the gold lists."""
    found = quoted_codings(Path(batch_dir) / GOLD_FILE, segments, codebook or load_codebook(DEFAULT_CODEBOOK))
    gold = found.codings
    gold.attrs["documents"] = found.documents
    return gold


def evaluate_batch(batch_dir: str | Path, codebook: Codebook, suggest_cv: bool = False,
                   gloss: bool = True) -> dict[str, object]:
    """Ingest, gloss (when the gloss stage is installed), code and score one batch."""
    from pipeline.ingest import read_batch

    batch = read_batch(Path(batch_dir))
    segments = gloss_if_available(batch.segments) if gloss else batch.segments
    predicted = code_segments(segments, codebook, batch.informants)
    gold = load_gold(batch_dir, segments, codebook)
    pooled, per_code = score_codings(predicted, gold, segments, codebook)
    result: dict[str, object] = {"batch": str(batch_dir), "pooled": pooled, "per_code": per_code,
                                 "segments": segments, "predicted": predicted, "gold": gold}
    if suggest_cv:
        from evaluation.suggester import cross_validate_suggester

        result["suggest_cv"] = cross_validate_suggester(segments, gold, codebook, informants=batch.informants)
    return result


def gloss_if_available(segments: pd.DataFrame) -> pd.DataFrame:
    """Fill `translation` with the gloss stage when it exists; the coder works without it."""
    if importlib.util.find_spec("pipeline.gloss") is None:
        return segments
    import pipeline.gloss as gloss

    glosser_class = getattr(gloss, "Glosser", None)
    if glosser_class is None:
        return segments
    return glosser_class().gloss_frame(segments)


def format_result(result: dict[str, object], lang: str = "id") -> str:
    """The pooled figures and one line per code, named by its English label (`label_en`, where the
    codebook gives one) when `lang` is "en", else by its own."""
    pooled = result["pooled"]
    per_code = result["per_code"]
    assert isinstance(pooled, dict) and isinstance(per_code, pd.DataFrame)
    lines = [f"== {result['batch']}: pooled kappa {pooled['kappa']:.3f}, agreement "
             f"{pooled['percent_agreement']:.1%} over {pooled['n_units']} decisions "
             f"({pooled['n_segments']} informant segments)"]
    lines.append(f"{'code':<66} {'P':>5} {'R':>5} {'F1':>5} {'kappa':>6} {'gold':>5} {'pred':>5}")
    for row in per_code.itertuples():
        name = row.code_en if lang == ENGLISH else row.code
        lines.append(f"{name[:66]:<66} {row.precision:5.2f} {row.recall:5.2f} {row.f1:5.2f} "
                     f"{row.kappa:6.3f} {row.support:5d} {row.predicted:5d}")
    if (note := _unlisted_files(result)) is not None:
        lines.append(note)
    cv = result.get("suggest_cv")
    if isinstance(cv, dict):
        lines.append(_format_cv(cv))
    return "\n".join(lines)


def _unlisted_files(result: dict[str, object]) -> str | None:
    """A note naming the folder's files without a row in the gold file: their turns count as needing no
    code, which is wrong when the researcher hand-coded two interviews of a copied batch and left the rest."""
    gold, segments = result.get("gold"), result.get("segments")
    if not isinstance(gold, pd.DataFrame) or "documents" not in gold.attrs or not isinstance(segments, pd.DataFrame):
        return None
    units = informant_segments(segments)
    files = list(dict.fromkeys(units["document"]))
    unlisted = [name for name in files if name not in gold.attrs["documents"]]
    if not unlisted:
        return None
    shown = ", ".join(unlisted[:5]) + (", ..." if len(unlisted) > 5 else "")
    return (f"note: {len(unlisted)} of the folder's {len(files)} files have no row in {GOLD_FILE} ({shown}): their "
            f"{int(units['document'].isin(unlisted).sum())} informant turns count as needing no code; if you did not "
            "code them by hand, take them out of the copy (README: 'Measuring the coder on your own batch')")


def _format_cv(cv: dict[str, object]) -> str:
    rules, both = cv["rules"], cv["rules+model"]
    assert isinstance(rules, dict) and isinstance(both, dict)
    text = (f"suggestions ({cv['folds']}-fold CV, threshold {cv['threshold']}): kappa rules "
            f"{rules['kappa']:.3f} -> rules+model {both['kappa']:.3f}; macro F1 "
            f"{rules['macro_f1']:.3f} -> {both['macro_f1']:.3f}")
    skipped = cv.get("skipped") or {}
    if skipped:
        text += f"; no model for {len(skipped)} code(s) with too few examples"
    return text


def batch_codebook(batch_dir: Path) -> Path:
    """The codebook a batch's batch.yaml names (relative to the batch), else the Wori one: the
    immunization batches are coded with their own."""
    named = read_settings(batch_dir).get("codebook")
    return batch_dir / str(named) if named else DEFAULT_CODEBOOK


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.coding",
                                     description="Agreement of the rule coder with each batch's _gold.csv.")
    parser.add_argument("batches", nargs="+", help="batch folders, each with a _gold.csv")
    parser.add_argument("--codebook", help="codebook YAML (default: the one each batch's batch.yaml names, "
                                           "else codebooks/wori.yaml)")
    parser.add_argument("--suggest-cv", action="store_true",
                        help="also cross-validate the suggestion model and report what it adds")
    parser.add_argument("--no-gloss", action="store_true",
                        help="code the original text only, without the gloss stage's translation")
    parser.add_argument("--lang", choices=("id", "en"), default="id",
                        help="name the codes by their English labels (the codebook's label_en) with 'en'")
    args = parser.parse_args(argv)
    try:
        for batch_dir in args.batches:
            codebook = load_codebook(args.codebook or batch_codebook(Path(batch_dir)))
            result = evaluate_batch(batch_dir, codebook, suggest_cv=args.suggest_cv, gloss=not args.no_gloss)
            print(format_result(result, args.lang))
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
