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


class StageProgress:
    """One bar over a run's stages, named as each starts, so that a long run shows where it is
    between the per-word bars; silent off a terminal, as `progress_bar`."""

    def __init__(self, stages: dict[str, str], enabled: bool | None = None) -> None:
        self.stages, self.started = stages, 0
        self.bar = tqdm(total=len(stages), desc="analyze", disable=None if enabled is None else not enabled,
                        file=sys.stderr, leave=False, dynamic_ncols=True,
                        bar_format="{desc} ({n_fmt}/{total_fmt} stages done, {elapsed})")

    def start(self, stage: str) -> None:
        if self.started:
            self.bar.update(1)
        self.started += 1
        self.bar.set_description(f"analyze: {self.stages.get(stage, stage)}", refresh=True)

    def __enter__(self) -> "StageProgress":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.bar.close()


__all__ = ["StageProgress", "progress_bar"]
