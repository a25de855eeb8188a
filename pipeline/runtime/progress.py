"""Progress bars for long runs, silent unless someone is watching a terminal."""

from __future__ import annotations

import sys
from typing import Any

from tqdm import tqdm


def progress_bar(total: int, description: str, enabled: bool | None = None, unit: str = "word") -> Any:
    """A tqdm bar on stderr. `enabled=None` shows it only when stderr is a terminal (so logs,
    CI and notebooks' captured output stay clean), True always, False never."""
    return tqdm(
        total=total,
        desc=description,
        unit=unit,
        unit_scale=True,
        disable=None if enabled is None else not enabled,
        file=sys.stderr,
        leave=False,
        dynamic_ncols=True,
        mininterval=0.5,
    )


__all__ = ["progress_bar"]
