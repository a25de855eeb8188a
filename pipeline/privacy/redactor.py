"""Replace personal identifiers by fixed tokens, and map offsets from a text to its redacted form.

The tokens are the same everywhere ([NIK], [TELP], [EMAIL], [NAMA]) so a redacted export reads
consistently and a redacted text redacts to itself. Names come from the batch's `redact.txt`:
one name per line, `#` starts a comment. They match case-insensitively, as whole words (an
underscore or hyphen counts as a word break, so "Ibu_Sari.docx" hides "Sari"), longest first,
with any run of spaces between their words. The words of a listed full name are masked alone
too, except common words (name_parts).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from pipeline.errors import InputError, ProblemCollector
from pipeline.privacy.hashed_names import HashedNames, joined_hashes, name_hashes
from pipeline.privacy.name_parts import common_parts_warning, name_parts
from pipeline.privacy.patterns import NAMA, TOKENS, Span, identifier_spans, merge_spans
from pipeline.wording import quantity

REDACT_FILE = "redact.txt"
KEEP_MARK = "!"   # a redact.txt line "!Melati": a word the run never takes for a name it found itself
SHORT_NAME = 3  # a listed "name" shorter than this hides every word spelled so
DOCUMENT_LENGTH = 2_000            # texts this long are scanned once: ingest and redact_batch both ask
DOCUMENT_CACHE_LENGTH = 50_000_000  # characters of documents whose spans are kept (several million words)


@dataclass(frozen=True)
class OffsetMap:
    """Offsets of a text -> offsets of its redacted form; an offset inside a replaced span
    moves to the replacement's start (for a segment start) or end (for a segment end)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    shifts: tuple[int, ...]      # shifts[k]: total length change of the first k spans
    new_starts: tuple[int, ...]
    new_ends: tuple[int, ...]

    @classmethod
    def from_spans(cls, spans: list[Span]) -> "OffsetMap":
        shifts, new_starts, new_ends = [0], [], []
        for span in spans:
            new_start = span.start + shifts[-1]
            new_starts.append(new_start)
            new_ends.append(new_start + len(span.token))
            shifts.append(shifts[-1] + len(span.token) - (span.end - span.start))
        return cls(tuple(s.start for s in spans), tuple(s.end for s in spans), tuple(shifts),
                   tuple(new_starts), tuple(new_ends))

    def starts_of(self, offsets: np.ndarray) -> np.ndarray:
        """`start` of many offsets at once."""
        return self._many(offsets, self.new_starts)

    def ends_of(self, offsets: np.ndarray) -> np.ndarray:
        return self._many(offsets, self.new_ends)

    def _many(self, offsets: np.ndarray, edges: tuple[int, ...]) -> np.ndarray:
        offsets = np.asarray(offsets, dtype=np.int64)
        if not self.starts:
            return offsets.copy()
        index = np.searchsorted(np.asarray(self.ends), offsets, side="right")
        clipped = np.minimum(index, len(self.starts) - 1)
        inside = (index < len(self.starts)) & (np.asarray(self.starts)[clipped] < offsets)
        return np.where(inside, np.asarray(edges)[clipped], offsets + np.asarray(self.shifts)[index])

    def start(self, offset: int) -> int:
        index = bisect.bisect_right(self.ends, offset)
        if index < len(self.starts) and self.starts[index] < offset:
            return self.new_starts[index]
        return offset + self.shifts[index]

    def end(self, offset: int) -> int:
        index = bisect.bisect_right(self.ends, offset)
        if index < len(self.starts) and self.starts[index] < offset:
            return self.new_ends[index]
        return offset + self.shifts[index]


class Redactor:
    """Built once per batch; `redact` is safe to call on any string, `redact_frame` on tables."""

    def __init__(self, names: Iterable[str] = (), hashed: HashedNames | None = None) -> None:
        """`hashed`: names the batch gave on an earlier reading, known only by their keyed hashes."""
        self.hashed = hashed if hashed else None
        unique = {" ".join(name.split()).casefold(): " ".join(name.split()) for name in names if name.strip()}
        self.names: tuple[str, ...] = tuple(sorted(unique.values(), key=lambda name: (-len(name), name.casefold())))
        self._names = _name_pattern(self.names)
        self._cache: dict[str, str] = {}
        self._document_spans: dict[str, list[Span]] = {}
        self._document_characters = 0

    @classmethod
    def for_batch(cls, directory: str | Path, problems: ProblemCollector | None = None,
                  warnings: list[str] | None = None) -> "Redactor":
        """The redactor of a batch: identifier patterns plus the names its `redact.txt` lists."""
        path = Path(directory) / REDACT_FILE
        if not path.exists():
            return cls()
        try:
            names = read_redact_list(path, warnings)
        except InputError as error:
            if problems is None:
                raise
            problems.extend(error)
            return cls()
        parts = name_parts(names)
        if parts.common and warnings is not None:
            warnings.append(common_parts_warning(path, parts.common))
        return cls([*names, *parts.masked])

    def spans(self, text: str) -> list[Span]:
        """What would be replaced, in text order."""
        if len(text) < DOCUMENT_LENGTH:
            return self._scan(text)
        spans = self._document_spans.get(text)
        if spans is None:
            spans = self._scan(text)
            if self._document_characters + len(text) > DOCUMENT_CACHE_LENGTH:
                self._document_spans.clear()
                self._document_characters = 0
            self._document_spans[text] = spans
            self._document_characters += len(text)
        return list(spans)

    def _scan(self, text: str) -> list[Span]:
        identifiers = identifier_spans(text)
        if self._names is None and self.hashed is None:
            return identifiers
        names = [Span(match.start(), match.end(), NAMA) for match in self._names.finditer(text)] if self._names else []
        found = self.hashed.spans(text) if self.hashed is not None else []
        return merge_spans(identifiers, names, found)

    def with_names(self, names: Iterable[str]) -> "Redactor":
        """This redactor with `names` listed too (its hashed names kept)."""
        return Redactor([*self.names, *names], self.hashed)

    def name_hashes(self, key: bytes) -> tuple[str, ...]:
        """Every name this redactor masks, as keyed hashes (privacy/hashed_names.py): what a later
        reading without the transcripts (a cached re-run, the review notebook) masks them by."""
        return joined_hashes(name_hashes(self.names, key), self.hashed.hashes if self.hashed is not None else ())

    def masked_slices(self, text: str, starts: list[int], ends: list[int]) -> list[str]:
        """text[start:end] for many spans of one text, identifiers masked; one scan of the text.

        Equal to `redact(text[start:end])` when the spans start and end at word edges, as
        segments do: no identifier reaches across a segment boundary.
        """
        spans = self.spans(text)
        if not spans:
            return [text[start:end] for start, end in zip(starts, ends)]
        span_starts = [span.start for span in spans]
        span_ends = [span.end for span in spans]
        slices = []
        for start, end in zip(starts, ends):
            index = bisect.bisect_right(span_ends, start)
            touched = index < len(spans) and span_starts[index] < end
            slices.append(self.redact(text[start:end]) if touched else text[start:end])
        return slices

    def redact(self, text: str) -> str:
        return self.redact_with_map(text)[0] if text else text

    def redact_with_map(self, text: str) -> tuple[str, OffsetMap]:
        spans = self.spans(text)
        pieces, position = [], 0
        for span in spans:
            pieces.append(text[position:span.start])
            pieces.append(span.token)
            position = span.end
        pieces.append(text[position:])
        return "".join(pieces), OffsetMap.from_spans(spans)

    def redact_value(self, value: Any) -> Any:
        """Strings are redacted; lists and mappings recursively; anything else is kept."""
        if isinstance(value, str):
            return self.redact_short(value)
        if isinstance(value, dict):
            return {key: self.redact_value(item) for key, item in value.items()}
        if isinstance(value, (list, tuple)):
            return type(value)(self.redact_value(item) for item in value)
        return value

    def redact_short(self, text: str) -> str:
        """`redact` with a cache, for the few distinct values of a column (speakers, documents)."""
        cached = self._cache.get(text)
        if cached is None:
            cached = self.redact(text)
            if len(self._cache) < 100_000:
                self._cache[text] = cached
        return cached

    def redact_frame(self, frame: pd.DataFrame, columns: Iterable[str] | None = None) -> pd.DataFrame:
        """A copy with every text cell of `columns` (default: all text columns) redacted."""
        result = frame.copy()
        chosen = list(columns) if columns is not None else [
            column for column in frame.columns if is_text_column(frame[column])]
        for column in chosen:
            result[column] = self.redact_series(frame[column])
        return result

    def redact_series(self, series: pd.Series) -> pd.Series:
        """Each distinct value is redacted once (columns like speaker repeat a few values)."""
        if series.empty:
            return series.copy()
        distinct: dict[Any, Any] = {}
        if isinstance(series.dtype, pd.StringDtype):  # strings and missing values only: redact the distinct ones
            distinct = {value: self.redact(value) for value in series.unique() if isinstance(value, str)}
            if all(key == replacement for key, replacement in distinct.items()):
                return series.copy()
        values = series.tolist()
        for value in values:
            if isinstance(value, str) and value not in distinct:
                distinct[value] = self.redact(value)
        if all(key == replacement for key, replacement in distinct.items()) and not any(
                isinstance(value, (list, dict, tuple)) for value in values):
            return series.copy()
        redacted = [distinct[value] if isinstance(value, str) else self.redact_value(value) for value in values]
        return pd.Series(redacted, index=series.index, dtype=series.dtype, name=series.name)


def is_text_column(series: pd.Series) -> bool:
    return series.dtype == object or pd.api.types.is_string_dtype(series)


def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    if not names:
        return None
    alternatives = "|".join(r"[ \t\u00a0]+".join(re.escape(word) for word in name.split()) for name in names)
    # the first-letter lookahead lets the regex engine skip most positions cheaply
    first = re.escape("".join(sorted({case for name in names for case in (name[0].lower(), name[0].upper())})))
    # word boundaries that treat "_" and "-" as breaks; never inside a token already placed
    return re.compile(rf"(?=[{first}])(?<![^\W_])(?<!\[)(?:{alternatives})(?![^\W_])(?!\])", re.IGNORECASE)


def kept_words(directory: str | Path) -> frozenset[str]:
    """The words and names redact.txt keeps visible ("!Melati", casefolded): what the run took for an
    informant's own name and the user says is none."""
    from pipeline.ingest.decode import read_text

    path = Path(directory) / REDACT_FILE
    if not path.is_file():
        return frozenset()
    lines = (line.split("#", 1)[0].strip() for line in read_text(path)[0].split("\n"))
    return frozenset(" ".join(line[1:].split()).casefold() for line in lines if line.startswith(KEEP_MARK) and line[1:].strip())


def read_redact_list(path: Path, warnings: list[str] | None = None) -> list[str]:
    """Names of `redact.txt`: one a line; blank lines, `#` comments and `!` lines (words kept visible:
    `kept_words`) are skipped."""
    from pipeline.ingest.decode import read_text

    text, _ = read_text(path)
    names = []
    problems = ProblemCollector()
    tokens = {token.strip("[]") for token in TOKENS}
    for number, line in enumerate(text.split("\n"), start=1):
        name = line.split("#", 1)[0].strip()
        if not name or name.startswith(KEEP_MARK):
            continue
        if name.upper() in tokens:
            problems.add(path, f"a listed name may not be one of the tokens {', '.join(sorted(tokens))}", line=number)
            continue
        if len(name) < SHORT_NAME and warnings is not None:
            warnings.append(f"{path}:{number}: a listed name of {quantity(len(name), 'character')} hides every word "
                            "spelled the same way")
        names.append(name)
    problems.raise_if_any()
    return names
