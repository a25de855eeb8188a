"""Input problems reported to the user as one clear message each, never as a traceback."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input, located as precisely as we can."""

    file: str
    message: str
    line: int | None = None
    key: str | None = None
    place: str | None = None   # where in the file's own terms ("table 1, row 4 (Tanggal)"), instead of line and key

    def __str__(self) -> str:
        if self.place:
            return f"{self.file}, {self.place}: {self.message}"
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        if self.key:
            where += f" [{self.key}]"
        return f"{where}: {self.message}"


class InputError(Exception):
    """Raised with every problem found in a batch, so the user fixes them in one pass."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def at(cls, file: str | Path, message: str, line: int | None = None, key: str | None = None) -> "InputError":
        return cls(Problem(str(file), message, line, key))


def file_bytes(path: Path) -> bytes:
    """The bytes of a file the user gave; an InputError naming it when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError.at(path, f"cannot read the file: {error.strerror}") from None


class ProblemCollector:
    """Gathers problems across a stage; `raise_if_any` ends the stage with all of them."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, file: str | Path, message: str, line: int | None = None, key: str | None = None) -> None:
        self.problems.append(Problem(str(file), message, line, key))

    def extend(self, error: InputError) -> None:
        self.problems.extend(error.problems)

    def reading(self, path: str | Path, read: Callable[[], T]) -> T | None:
        """`read()`'s result, or None with its problem collected: a file that cannot be read or
        holds bad input is reported, and the stage goes on to the next file."""
        try:
            return read()
        except OSError as error:
            self.add(path, f"cannot read the file: {error.strerror}")
        except InputError as error:
            self.extend(error)
        return None

    def raise_if_any(self) -> None:
        if self.problems:
            raise InputError(self.problems)
