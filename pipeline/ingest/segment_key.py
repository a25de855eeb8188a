"""The batch's secret segment-id key, kept in the batch folder and nowhere else.

Segment ids are hashed from a turn's own words with this key: they stay the same when redact.txt
gains or loses a name, yet a short id in the outputs (segments.csv, the .qdpx) cannot be used to
test guesses of a name by anyone who lacks the batch folder. The key is never exported. A batch
without one (analysed before keys, or in a folder the run cannot write) keeps the older ids,
hashed from its text with identifiers masked.

A run that makes the key writes it as a pending file first (proving the folder writable) and
swaps it in only after its outputs are written, with the decisions moved to the new ids: a failed
run leaves the batch as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import InputError

KEY_FILE = ".segment_id_key"
_KEY_BYTES = 32
_LOST_KEY = ("without it the batch's segment ids change and its reviews no longer find their turns: restore it "
             "from a copy of the batch folder, or delete it and re-attach the decisions in notebooks/review.ipynb")


def key_path(directory: str | Path) -> Path:
    return Path(directory) / KEY_FILE


def read_segment_key(directory: str | Path) -> bytes | None:
    """The batch's key, or None when it has none yet."""
    path = key_path(directory)
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not plain hexadecimal"
        raise InputError.at(path, f"cannot read the batch's segment-id key ({reason}); {_LOST_KEY}") from None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != _KEY_BYTES:
        raise InputError.at(path, f"is not a segment-id key this pipeline wrote ({2 * _KEY_BYTES} hexadecimal "
                                  f"digits); {_LOST_KEY}")
    return key


@dataclass(frozen=True)
class PendingKey:
    """A new key written beside the final name; `keep` swaps it in, `discard` removes it."""

    key: bytes
    path: Path

    def keep(self) -> None:
        os.replace(self.path, self.path.with_name(KEY_FILE))

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


def pending_key(directory: str | Path) -> PendingKey:
    """A fresh key in a pending file of the batch folder; OSError when the folder is not writable."""
    key = secrets.token_bytes(_KEY_BYTES)
    path = key_path(directory).with_name(f"{KEY_FILE}.{os.getpid()}.pending")
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)  # as readable as the transcripts beside it
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(key.hex() + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    return PendingKey(key, path)


@dataclass(frozen=True)
class RunKey:
    """What a run keys its segment ids with: `pending` is a key this run makes (None when the batch
    has one, or its folder cannot take one, which `unwritable` then says)."""

    pending: PendingKey | None = None
    unwritable: str | None = None


@contextlib.contextmanager
def key_for_run(directory: str | Path) -> Iterator[RunKey]:
    """A batch's first keyed run: a pending key, removed unless the run kept it (`PendingKey.keep`)."""
    directory = Path(directory)
    if not directory.is_dir() or key_path(directory).exists():
        yield RunKey()
        return
    try:
        pending = pending_key(directory)
    except OSError as error:
        yield RunKey(unwritable=f"{key_path(directory)}: cannot be written ({error.strerror}), so this batch's "
                                "segment ids stay hashed from its redacted text: a name added to redact.txt changes "
                                "the id of each turn that holds it, and its reviews are then kept but not applied. "
                                "Make the batch folder writable and run again")
        return
    try:
        yield RunKey(pending)
    finally:
        pending.discard()
