"""Development quotation sets made from interview batches with gold, so the quotation coder is
measured on more than one study: each file keeps only its coded informant turns, as
speaker-labelled lines without the interviewer, as a paper prints its quotations.

A turn whose code came from the question it answers loses that context here, as a printed
quote does. Batches with "blind" in their name are refused: they are measured, never reshaped.

    python -m evaluation.quotation_sets OUT tests/data/dev_interviews tests/data/tb_dev_interviews
    python -m evaluation.compare OUT/*
"""

from __future__ import annotations

import argparse
import csv
import shutil
from pathlib import Path

import yaml

from evaluation.compare import codebook_for
from evaluation.coding import GOLD_COLUMNS, GOLD_FILE, load_gold
from pipeline.codebook.load import load_codebook
from pipeline.ingest import read_batch
from pipeline.ingest.batch_files import SETTINGS_FILE
from pipeline.ingest.documents import TYPE_KEY

INFORMANTS_FILE = "informants.csv"


def write_quotation_set(source: Path, target: Path) -> int:
    """`source`'s coded informant turns as a quotation set in `target` (its gold file and
    informants.csv copied, batch.yaml naming the same codebook); the number of quotes."""
    if "blind" in source.name.casefold():
        raise ValueError(f"{source}: a blind batch is measured, never reshaped")
    codebook_path = codebook_for(source)
    batch = read_batch(source)
    gold = load_gold(source, batch.segments, load_codebook(codebook_path))
    coded = set(gold["segment_id"].astype(str))
    target.mkdir(parents=True, exist_ok=True)
    quotes = 0
    segments = batch.segments
    for name, doc in batch.documents.items():
        rows = segments[(segments["document"] == name) & segments["segment_id"].astype(str).isin(coded)]
        if rows.empty:
            continue
        metadata = {key: value for key, value in doc.metadata.items() if key != TYPE_KEY}
        lines = [f"{speaker}: {text.strip()}" for speaker, text in zip(rows["speaker"], rows["text"])]
        front = yaml.safe_dump(metadata, allow_unicode=True, sort_keys=False) if metadata else ""
        (target / name).write_text(f"---\n{front}---\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
        quotes += len(lines)
    _write_coded_gold(source / GOLD_FILE, target / GOLD_FILE)
    if (source / INFORMANTS_FILE).exists():
        shutil.copyfile(source / INFORMANTS_FILE, target / INFORMANTS_FILE)
    (target / SETTINGS_FILE).write_text(f"codebook: {codebook_path}\n", encoding="utf-8")
    return quotes


def _write_coded_gold(source: Path, target: Path) -> None:
    """The gold rows that give a code (a row without one marks a turn left out here)."""
    with source.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = [row for row in reader if (row.get("code") or "").strip()]
        fields = reader.fieldnames or list(GOLD_COLUMNS)
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.quotation_sets", description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="folder that receives one quotation set per batch")
    parser.add_argument("batches", nargs="+", type=Path, help="development interview batches with a _gold.csv")
    args = parser.parse_args(argv)
    for source in args.batches:
        count = write_quotation_set(source, args.out / f"{source.name}_quotes")
        print(f"{args.out / (source.name + '_quotes')}: {count} quotes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
