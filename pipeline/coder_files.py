"""A second coder's decisions read from a file: our own codings.csv or another tool's REFI-QDA project.

Reading a .qdpx belongs to no analysis stage: it is another tool's output, mapped onto this batch's
segments by the REFI-QDA reader, so it lives here, beside the orchestration that hands its
codings to `aggregate.agreement`, and aggregation never imports the exporter.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.errors import InputError, Problem
from pipeline.export.refiqda import read_qdpx
from pipeline.records.codings import countable_codings

REQUIRED_CODING_COLUMNS = ("segment_id", "code")


def read_codings(path: str | Path, *, segments: pd.DataFrame | None = None, include_model: bool = False) -> pd.DataFrame:
    """A coder's decisions from a codings.csv or from a REFI-QDA project (.qdpx) made in another tool.

    Rejected rows are left out, and machine suggestions (source "model") unless `include_model`
    or a reviewer accepted them. A .qdpx's selections are mapped to `segments` by document and
    text offsets, so a .qdpx needs the segments.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError.at(path, "codings file not found")
    if path.suffix.casefold() == ".qdpx":
        if segments is None:
            raise InputError.at(path, "a REFI-QDA project's codings are text selections; give the batch's "
                                      "segments.csv (--segments) to map them onto segments")
        _, codings = read_qdpx(path, segments=segments)
        return countable_codings(codings, include_model)
    try:
        codings = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, UnicodeDecodeError) as error:
        raise InputError.at(path, f"not a readable CSV file ({error})") from None
    except pd.errors.EmptyDataError:
        raise InputError.at(path, "the file is empty; expected a codings.csv with a header line") from None
    missing = [column for column in REQUIRED_CODING_COLUMNS if column not in codings.columns]
    if missing:
        raise InputError.at(path, f"missing column(s) {', '.join(missing)}; a codings file needs "
                                  f"{', '.join(REQUIRED_CODING_COLUMNS)} (found: {', '.join(codings.columns)})", line=1)
    problems = [Problem(str(path), f"empty {column}", line=index + 2, key=column)
                for column in REQUIRED_CODING_COLUMNS
                for index in np.flatnonzero(codings[column].str.strip().eq("").to_numpy())]
    if problems:
        raise InputError(sorted(problems, key=lambda problem: problem.line or 0))
    return countable_codings(codings, include_model)
