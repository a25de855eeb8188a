"""Each study's dev folders coded with its English-definition and its Indonesian-definition
minimal codebook side by side (`tests/data/coding/indonesian_definitions/`), to show whether the
coder reads a definition written in Indonesian as well as one written in English.

usage: python -m evaluation.definition_languages   (prints folder, kappa en, kappa id, gap)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from evaluation.compare import compare_batch

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
COPIES = DATA / "coding" / "indonesian_definitions"
KINDS = ("interviews", "documents", "quotes")


def with_codebook(folder: Path, codebook: Path, into: Path) -> Path:
    """A copy of the batch `folder` under `into` (its files linked) whose batch.yaml names `codebook`."""
    copy = into / folder.name
    copy.mkdir()
    for path in folder.iterdir():
        if path.name != "batch.yaml":
            (copy / path.name).symlink_to(path.resolve())
    settings = folder / "batch.yaml"
    kept = [line for line in (settings.read_text(encoding="utf-8").splitlines() if settings.exists() else [])
            if not line.startswith("codebook:")]
    (copy / "batch.yaml").write_text("\n".join([*kept, f"codebook: {codebook.resolve()}"]) + "\n", encoding="utf-8")
    return copy


def side_by_side() -> list[tuple[str, float, float]]:
    """(folder, kappa with the English definitions, kappa with the Indonesian ones) per dev folder."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="definition_languages_") as tmp:
        for codebook in sorted(COPIES.glob("*_dev_minimal_id.yaml")):
            study = codebook.name.split("_")[0]
            for folder in (DATA / f"{study}_dev_{kind}" for kind in KINDS):
                if folder.is_dir():
                    english = compare_batch(folder)[1]["codebook"]
                    indonesian = compare_batch(with_codebook(folder, codebook, Path(tmp)))[1]["codebook"]
                    rows.append((folder.name, english, indonesian))
    return rows


def main() -> int:
    rows = side_by_side()
    for name, english, indonesian in rows:
        print(f"{name}\ten {english:.4f}\tid {indonesian:.4f}\tgap {indonesian - english:+.4f}")
    if rows:
        print(f"mean\ten {sum(r[1] for r in rows) / len(rows):.4f}\tid {sum(r[2] for r in rows) / len(rows):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
