"""The run record, run.json: what traces a run's results to its exact inputs, code and settings.

One class writes and reads the file, so the orchestration that builds it, the export that
completes it and the review notebook that reads it back agree on every key.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Any

RUN_RECORD = "run.json"   # written last by every run: what marks a folder as a run's outputs
STARTED_FORMAT = "%Y-%m-%dT%H:%M:%S%z"   # `started`: local time with its offset


@dataclass
class RunRecord:
    """run.json's keys, in the order the file lists them."""

    batch: str = ""
    started: str = ""
    inputs: list[dict[str, Any]] = field(default_factory=list)     # file, sha256, encoding, kind, segments
    codebook: dict[str, Any] = field(default_factory=dict)         # file, sha256, name, version
    versions: dict[str, str] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    counts: dict[str, Any] = field(default_factory=dict)
    saturation: str | None = None
    reviews: dict[str, Any] = field(default_factory=dict)
    orphan_reviews: list[dict[str, Any]] = field(default_factory=list)
    timings_seconds: dict[str, float] = field(default_factory=dict)
    annotate: dict[str, Any] = field(default_factory=dict)
    reused_stages: list[str] = field(default_factory=list)
    reliability: dict[str, Any] | None = None     # code id -> the learning model's kappa, decisions, verdict
    warnings: list[str] = field(default_factory=list)
    masked_names: list[str] = field(default_factory=list)   # the names the batch gave, as keyed hashes only
    export_key: dict[str, Any] | None = None   # set by the export: per format, its key and files
    export_reused: bool = False
    outputs: dict[str, str] = field(default_factory=dict)          # file -> sha256, run.json aside

    @property
    def codebook_file(self) -> str:
        return str(self.codebook.get("file") or "")

    @property
    def redacted(self) -> bool:
        return bool(self.options.get("redact", True))

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    def write(self, directory: Path) -> None:
        (directory / RUN_RECORD).write_text(json.dumps(self.as_json(), indent=2, ensure_ascii=False, default=str),
                                            encoding="utf-8")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "RunRecord":
        """A record from run.json's content; keys this version does not know are ignored."""
        known = {item.name for item in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})

    @classmethod
    def read(cls, directory: Path) -> "RunRecord":
        """The record in `directory`; OSError when there is none, ValueError when it is not a
        record (not JSON, or not an object)."""
        data = json.loads((directory / RUN_RECORD).read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError(f"{directory / RUN_RECORD} holds no JSON object")
        return cls.from_json(data)

    @classmethod
    def read_if_any(cls, directory: Path) -> "RunRecord | None":
        """The record in `directory`, or None when there is none or it cannot be read: for what
        only tells the user more (the language, what changed since), never for what must hold."""
        try:
            return cls.read(directory)
        except (OSError, ValueError, TypeError, AttributeError):
            return None


def input_changes(previous: RunRecord, current: RunRecord) -> dict[str, list[str]]:
    """The transcripts `current` read that `previous` did not (new), read with other bytes
    (changed; `saved again, words unchanged` when the text read is the same: a Word file opened and saved
    without an edit), read under a new name with the same bytes (renamed: "old -> new"), and those it no
    longer read (removed), by file name in the records' order; and those
    of the same bytes read otherwise (`read differently`: another kind or number of segments, as a
    sidecar, batch.yaml or a newer reader makes them), each with what changed."""
    before = {str(entry.get("file")): entry for entry in previous.inputs}
    after = {str(entry.get("file")): entry for entry in current.inputs}
    same = [name for name in after if name in before and before[name].get("sha256") == after[name].get("sha256")]
    moves = renamed_files(before, after)
    other_bytes = [name for name in after if name in before and name not in same]
    resaved = [name for name in other_bytes if before[name].get("text") and before[name].get("text") == after[name].get("text")]
    return {"new": [name for name in after if name not in before and name not in moves.values()],
            "changed": [name for name in other_bytes if name not in resaved],
            "saved again, words unchanged": resaved,
            "renamed": [f"{old} -> {new}" for old, new in moves.items()],
            "removed": [name for name in before if name not in after and name not in moves],
            "read differently": [f"{name}: {how}" for name in same
                                 if (how := _reading_change(before[name], after[name])) is not None]}


def renamed_files(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Files gone under one name and back, byte for byte, under one new name (by each file's entry,
    its `sha256`): a renaming, which a user wants told as such rather than as a new and a removed
    transcript, and whose decisions follow it for certain (review/id_moves). Bytes shared by several
    gone or new files decide nothing."""
    gone = [name for name in before if name not in after and before[name].get("sha256")]
    came = [name for name in after if name not in before and after[name].get("sha256")]
    moves = {}
    for old in gone:
        digest = before[old]["sha256"]
        olds = [name for name in gone if before[name]["sha256"] == digest]
        news = [name for name in came if after[name]["sha256"] == digest]
        if len(olds) == 1 and len(news) == 1:
            moves[old] = news[0]
    return moves


def _reading_change(before: dict[str, Any], after: dict[str, Any]) -> str | None:
    """How one file's reading changed between two runs ("interview -> document", "9 -> 8 segments"),
    or None; a record written before a key was kept says nothing about it."""
    for key, unit in (("kind", ""), ("segments", " segments")):
        if key in before and key in after and before[key] != after[key]:
            return f"{before[key]} -> {after[key]}{unit}"
    return None


def run_started(record: RunRecord) -> datetime | None:
    """When the run began (`started`, as run.json writes it), or None when it is not recorded."""
    try:
        return datetime.strptime(record.started, STARTED_FORMAT)
    except ValueError:
        return None
