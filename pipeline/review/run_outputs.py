"""Where a notebook finds a batch's last run, and its outputs as the review session reads them.

A notebook names its batch (or both folders); a session opens outputs/<batch> (or the repository's
outputs/ folder, which holds it) and reads its segments.csv and codings.csv as text, with the columns
it needs checked and the optional ones of older runs filled in: a missing or partial file is a
user's error with its place, not a KeyError.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.errors import InputError
from pipeline.review.recorded_run import CHECKOUT
from pipeline.schema import CODING_COLUMNS

_CHECKOUT = CHECKOUT


def notebook_folders(batch: str, batch_dir: str | Path | None = None, output_dir: str | Path | None = None,
                     start: str | Path | None = None) -> tuple[Path, Path]:
    """The batch and output folders a notebook's parameters name.

    BATCH_DIR and OUTPUT_DIR win; what is left defaults to transcripts/<batch> and
    outputs/<batch> of the repository above the notebook (or of this package's checkout), so
    a notebook copied elsewhere works as soon as both folders are set.
    """
    if batch_dir is not None and output_dir is not None:
        return Path(batch_dir), Path(output_dir)
    start = Path(start or Path.cwd()).resolve()
    roots = [folder for folder in (start, *start.parents, _CHECKOUT) if (folder / "pyproject.toml").is_file()]
    if not roots:
        raise InputError.at(start, "this notebook is not inside the pipeline's repository, so "
                                   f"transcripts/{batch} cannot be found: set BATCH_DIR and OUTPUT_DIR in the first cell")
    return (Path(batch_dir) if batch_dir is not None else roots[0] / "transcripts" / batch,
            Path(output_dir) if output_dir is not None else roots[0] / "outputs" / batch)


def batch_outputs(outputs_dir: Path, batch_name: str) -> Path:
    if not (outputs_dir / "codings.csv").exists() and (outputs_dir / batch_name / "codings.csv").exists():
        return outputs_dir / batch_name
    return outputs_dir


def read_output(path: Path) -> pd.DataFrame:
    if not path.exists():
        raise InputError.at(path, "not found: analyse the batch first (make analyze)")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    columns = CODING_COLUMNS if path.name == "codings.csv" else ["segment_id", "informant", "speaker_role", "text"]
    missing = [name for name in columns if name not in frame.columns]
    if missing:
        raise InputError.at(path, f"missing column(s) {', '.join(missing)}", line=1)
    for optional in ("gloss", "translation", "language", "document", "line", "place", "speaker"):
        if path.name == "segments.csv" and optional not in frame.columns:
            frame[optional] = ""
    return frame
