"""Equivalence harness: hash every output of `analyze` on every batch in tests/ plus synthetic ones.

    python -m evaluation.equivalence record FILE     # hashes of this checkout's outputs
    python -m evaluation.equivalence compare FILE    # differences from a recorded FILE (exit 1 if any)

To check a refactoring, record main's hashes in a checkout of main, then compare your branch with them:

    git worktree add /tmp/main-eq main && (cd /tmp/main-eq && python -m evaluation.equivalence record /tmp/main.json)
    python -m evaluation.equivalence compare /tmp/main.json

A recorded FILE names the commit it was recorded at; `compare` refuses (exit 2) a FILE recorded
before main's last change to what the outputs depend on (`--against REV`, default main), since its
differences would be main's own changes, not the refactoring's. No baseline is kept in the
repository: one recorded on main goes stale with main's next coding change.

A refactoring must leave outputs byte-identical. Each batch is analyzed in a fresh process into a
temporary folder (the decisions a run keeps for later batches too, so one harness run never
changes the next one's outputs); .docx and .qdpx files are unzipped and each member is hashed; run.json is hashed
without its time- and place-dependent fields (start time, timings, package versions, paths).
Besides the batches as they are, three runs exercise what no batch does on its own: a synthetic
batch with graders' reviews (accept, reject, add) and a second coder, the same with English
labels and a model threshold, and a synthetic interview batch built the way `make bench` builds
its million words.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from pipeline.ingest.segment_key import key_path
from pipeline.review.history import DIRECTORY_VARIABLE

REPO = Path(__file__).resolve().parents[1]
ZIPPED = (".docx", ".qdpx")
# run.json: times, places and versions, and the export key (it hashes the package's code, so every
# code change changes it); the hashes of zipped outputs are left out of its file list (their
# members are hashed one by one: the archives carry creation times).
VOLATILE_RECORD_KEYS = ("started", "timings_seconds", "versions", "batch", "annotate", "export_key")


def batches() -> list[Path]:
    """Every folder under tests/data and transcripts/ that holds transcripts."""
    roots = [REPO / "transcripts", REPO / "tests" / "data"]
    found = {path.parent for root in roots for pattern in ("*.md", "*.txt") for path in root.rglob(pattern)
             if not path.name.startswith(("README", "BLIND", "DEV"))}
    return sorted(found)


# segment ids are keyed per batch folder (pipeline.ingest.segment_key): two checkouts' folders
# hold two keys, so each harness run lends every batch this one and puts the folder's own back
HARNESS_SEGMENT_KEY = "e9" * 32


@contextlib.contextmanager
def harness_key(batch: Path):
    path = key_path(batch)
    own = path.read_bytes() if path.exists() else None
    path.write_text(HARNESS_SEGMENT_KEY + "\n", encoding="ascii")
    try:
        yield
    finally:
        if own is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(own)


def analyze(batch: Path, out: Path, *extra: str) -> None:
    command = [sys.executable, "-m", "pipeline", "analyze", str(batch), "--out", str(out), "--quiet",
               "--no-cache", "--workers", "1", *extra]
    # the graders' decisions a run keeps for later batches go to the harness's own folder, never
    # next to the checkout's codebooks, where they would change the next harness run's outputs
    environment = {**os.environ, DIRECTORY_VARIABLE: str(out.parent / "decisions")}
    with harness_key(batch):
        done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, env=environment)
    (out.parent / f"{out.name}.log").write_text(f"exit {done.returncode}\n{done.stdout}\n{done.stderr}")


def hash_outputs(out: Path, work: Path) -> dict[str, str]:
    """Relative path (or path!member) -> sha256, for every file the run wrote; the temporary
    folder `work` and the checkout's own folder are taken out of run.json (its warnings name
    files), so checkouts in different folders compare."""
    if not out.is_dir():
        log = out.parent / f"{out.name}.log"
        return {"<no outputs>": hashlib.sha256(_strip_log(log.read_text())).hexdigest()}
    hashes: dict[str, str] = {}
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        name = path.relative_to(out).as_posix()
        if path.suffix in ZIPPED:
            with zipfile.ZipFile(path) as archive:
                for member in sorted(archive.namelist()):
                    hashes[f"{name}!{member}"] = _sha(_strip_zip_member(member, archive.read(member)))
        elif path.name == "run.json":
            record = json.loads(path.read_text(encoding="utf-8"))
            for key in VOLATILE_RECORD_KEYS:
                record.pop(key, None)
            record.get("codebook", {}).pop("file", None)
            record["outputs"] = {file: sha for file, sha in record.get("outputs", {}).items()
                                 if not file.endswith(ZIPPED)}
            text = json.dumps(record, sort_keys=True).replace(str(work), "<work>").replace(str(REPO), "<repo>")
            hashes[name] = _sha(text.encode())
        else:
            hashes[name] = _sha(path.read_bytes())
    return hashes


def _strip_zip_member(member: str, data: bytes) -> bytes:
    """docProps/core.xml carries creation times; a .qdpx project carries its creation date."""
    import re

    if member == "docProps/core.xml":
        return re.sub(rb"<dcterms:(created|modified)[^<]*</dcterms:\1>", b"", data)
    if member.endswith(".qde"):
        return re.sub(rb'(creationDateTime|modifiedDateTime)="[^"]*"', b"", data)
    return data


def _strip_log(text: str) -> bytes:
    return "\n".join(line for line in text.splitlines() if "/tmp" not in line).encode()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def reviewed_batch(work: Path) -> tuple[Path, Path]:
    """The Wori batch with reviews of its first run's codings and a second coder's codings."""
    batch = work / "reviewed"
    shutil.copytree(REPO / "transcripts" / "wori", batch)
    first = work / "reviewed_first"
    analyze(batch, first)
    with (first / "codings.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    decisions = ["accept", "reject"]
    reviews = [[row["segment_id"], row["code"], decisions[number % 2], f"rater{number % 3}",
                f"2026-01-0{1 + number % 9}T10:00:00+00:00", f"catatan {number}"]
               for number, row in enumerate(rows[:12])]
    if rows:
        reviews.append([rows[-1]["segment_id"], "Malas untuk mengurus pendaftaran", "add", "rater1",
                        "2026-02-01T10:00:00+00:00", ""])
    reviews.append(["unknown-segment", "Malas untuk mengurus pendaftaran", "accept", "rater2",
                    "2026-02-02T10:00:00+00:00", "orphan"])
    with (batch / "reviews.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["segment_id", "code", "decision", "reviewer", "timestamp", "note"])
        writer.writerows(reviews)
    second = work / "second_codings.csv"
    with second.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows[::2])
    return batch, second


def synthetic_batch(work: Path, words: int = 30000) -> Path:
    from evaluation.synthetic_batch import write_synthetic_batch

    folder = work / "synthetic"
    write_synthetic_batch(folder, words)
    return folder


def all_hashes() -> dict[str, dict[str, str]]:
    results: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory(prefix="equivalence-") as temp:
        work = Path(temp)
        runs: list[tuple[str, Path, tuple[str, ...]]] = [
            (batch.relative_to(REPO).as_posix(), batch, ()) for batch in batches()]
        reviewed, second = reviewed_batch(work)
        runs.append(("reviewed+second-coder", reviewed, ("--second-coder", str(second))))
        runs.append(("reviewed+en+threshold", reviewed, ("--lang", "en", "--model-threshold", "0.5",
                                                         "--no-redact", "--quotes-per-code", "0")))
        runs.append(("synthetic", synthetic_batch(work), ()))
        for number, (name, batch, extra) in enumerate(runs):
            out = work / f"out{number}"
            analyze(batch, out, *extra)
            results[name] = hash_outputs(out, work)
            print(f"{name}: {len(results[name])} files", file=sys.stderr)
    return results


def compare(expected: dict[str, dict[str, str]], actual: dict[str, dict[str, str]]) -> list[str]:
    differences = []
    for run in sorted(set(expected) | set(actual)):
        old, new = expected.get(run, {}), actual.get(run, {})
        for name in sorted(set(old) | set(new)):
            if old.get(name) != new.get(name):
                differences.append(f"{run}: {name} {'missing' if name not in new else 'new' if name not in old else 'differs'}")
    return differences


# what a run's outputs depend on: a change here since a baseline's commit makes it stale
OUTPUT_INPUTS = ("pipeline", "codebooks", "transcripts", "tests/data", "pyproject.toml")
RECORDED_AT = "recorded_at"


def _git(*arguments: str) -> str | None:
    done = subprocess.run(["git", *arguments], cwd=REPO, capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else None


def stale_reason(baseline: dict, file: Path, against: str = "main") -> str | None:
    """Why a recorded baseline cannot stand for `against` (None when it can): recorded by an older
    harness that named no commit, or at a commit whose output inputs `against` has changed since."""
    redo = ("record it again from a checkout of " + against + " (git worktree add /tmp/main-eq " + against
            + " && (cd /tmp/main-eq && python -m evaluation.equivalence record /tmp/main.json)), "
            "then compare with that file")
    commit = baseline.get(RECORDED_AT)
    if not isinstance(commit, str):
        return f"{file}: names no commit it was recorded at (an older harness wrote it), so it may be stale: {redo}"
    target = _git("rev-parse", "--verify", "--quiet", f"{against}^{{commit}}")
    if target is None or _git("cat-file", "-e", f"{commit}^{{commit}}") is None:
        return f"{file}: cannot tell whether it is stale (no git checkout, or {commit[:7]} or {against} is unknown here): {redo}"
    changed = _git("diff", "--name-only", commit, target, "--", *OUTPUT_INPUTS)
    if changed:
        files = changed.splitlines()
        return (f"{file}: stale: recorded at {commit[:7]}, and {against} ({target[:7]}) has changed "
                f"{len(files)} file(s) the outputs depend on since ({', '.join(files[:3])}"
                f"{', ...' if len(files) > 3 else ''}); its differences would be {against}'s own: {redo}")
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("record", "compare"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--against", default="main", help="the revision a compared FILE must stand for (default main)")
    args = parser.parse_args(argv)
    # checked before the minutes of runs: a stale FILE would only mislead, an unnamed one too
    if args.action == "compare":
        baseline = json.loads(args.file.read_text(encoding="utf-8"))
        reason = stale_reason(baseline, args.file, args.against)
    else:
        commit = _git("rev-parse", "HEAD")
        reason = (None if commit is not None and not _git("status", "--porcelain", "--", *OUTPUT_INPUTS)
                  else "record from a clean git checkout: the commit it names is what the baseline stands for")
    if reason:
        print(reason, file=sys.stderr)
        return 2
    hashes = all_hashes()
    if args.action == "record":
        args.file.write_text(json.dumps({RECORDED_AT: commit, "runs": hashes}, indent=1, sort_keys=True),
                             encoding="utf-8")
        return 0
    differences = compare(baseline["runs"], hashes)
    print("\n".join(differences) if differences else "byte-identical")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
