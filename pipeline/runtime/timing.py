"""Wall-clock seconds per stage, for the run record."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import contextmanager


class StageTimer:
    def __init__(self, on_start: Callable[[str], None] | None = None) -> None:
        self.seconds: dict[str, float] = {}
        self.on_start = on_start   # told each stage's name as it starts (the run's progress bar)

    @contextmanager
    def __call__(self, stage: str):
        if self.on_start is not None:
            self.on_start(stage)
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] = round(self.seconds.get(stage, 0.0) + time.perf_counter() - start, 4)
