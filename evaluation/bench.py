"""`make bench`: throughput, memory and incremental re-runs on a synthetic one-million-word batch.

    python -m evaluation.bench [--words 1000000] [--workers N] [--seed 7] [--keep] [--profile FILE]
                               [--profile-edit FILE]

The batch is built deterministically from the turns of the development batches, then
`analyze` runs twice over it (a first run, then a re-run on unchanged inputs, which the
stage cache should make cheap), each in a fresh process. Peak memory is sampled in a third,
untimed first run: sampling costs CPU that would slow the timed ones.
spaCy's blank Indonesian tokenizer with the lookup lemmatizer runs over the same informant
text as the baseline. Targets (SPEC issue "speed and scale"): end-to-end words/s at least
half the baseline's, peak memory under 1 GiB, re-run under a quarter of the first run's time.
Figures are printed, never asserted by the test suite: they depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.synthetic_batch import WORD, write_synthetic_batch
from pipeline.runtime.executors import available_cores

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CODEBOOK = REPO / "codebooks" / "wori.yaml"
GIB = 1024 ** 3
SPEED_TARGET = 0.5        # end-to-end words/s over the baseline's
MEMORY_TARGET = GIB
RERUN_TARGET = 0.25       # re-run time over first-run time
EDIT_TARGET = 0.4         # re-run after a one-keyword codebook edit, over first-run time


# ---------------------------------------------------------------------------------------------
# Measured runs, each in a fresh interpreter (imports are not timed: spaCy's are not either)

def _child_analyze(batch: str, out: str, codebook: str, workers: int, profile: str, result_path: str) -> None:
    """One `analyze` run. Loading the language resources (spaCy's Indonesian tokenizer, lookup
    tables, lexicons, the compiled codebook) is timed apart, as the baseline's loading is:
    forked workers inherit what this process loaded, so the run itself starts warm."""
    import resource

    from pipeline.runtime.annotate_chunk import load_resources
    from pipeline.codebook.load import load_codebook
    from pipeline.run import analyze

    started = time.perf_counter()
    load_resources(load_codebook(codebook))
    startup = time.perf_counter() - started
    started = time.perf_counter()
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        run = profiler.runcall(analyze, batch, codebook_path=codebook, out_dir=out, workers=workers, progress=False)
        profiler.dump_stats(profile)
    else:
        run = analyze(batch, codebook_path=codebook, out_dir=out, workers=workers, progress=False)
    seconds = time.perf_counter() - started
    segments = run.analysis.segments
    informant = segments["speaker_role"] == "informant"
    Path(result_path).write_text(json.dumps({
        "seconds": seconds,
        "startup": startup,
        "words": int(run.record.counts["words"]),
        "informant_words": int(segments.loc[informant, "text"].str.count(r"\S+").sum()),
        "timings": run.record.timings_seconds,
        "annotate": run.record.annotate,
        "maxrss_self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "maxrss_children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024,
    }))


def _child_baseline(batch: str, result_path: str) -> None:
    """spaCy's own speed: blank("id") + the stock lookup lemmatizer over the informant turns."""
    import spacy

    from pipeline.ingest import read_batch

    segments = read_batch(batch).segments
    texts = segments.loc[segments["speaker_role"] == "informant", "text"].tolist()
    started = time.perf_counter()
    nlp = spacy.blank("id")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    startup = time.perf_counter() - started
    started = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=1000))
    seconds = time.perf_counter() - started
    words = sum(len(WORD.findall(text)) for text in texts)
    Path(result_path).write_text(json.dumps({"seconds": seconds, "startup": startup, "words": words, "tokens": tokens}))


@dataclass
class TreeMemory:
    """Peaks over a process and its children, sampled while it ran. PSS shares each page among
    the processes mapping it (forked workers share the parent's libraries), so its sum is what
    the tree really occupies; the RSS sum counts shared pages once per process (an upper bound)."""

    pss: int = 0
    rss: int = 0


def _run_child(function: str, *args: Any, sample_memory: bool = False) -> tuple[dict[str, Any], float, TreeMemory]:
    """Run `function(*args, result_path)` of this module in a new interpreter; returns its
    result, its wall time (with start-up and imports) and, with `sample_memory`, the peak memory
    of its process tree. Sampling reads every process's page tables many times a second, which
    slowed a run of a million words by a tenth on two cores: timed runs are not sampled."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        result_path = handle.name
    call = f"from evaluation.bench import {function}; {function}(*{list(args) + [result_path]!r})"
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", call])
    memory = _sample_tree_memory(process) if sample_memory else TreeMemory()
    process.wait()
    wall = time.perf_counter() - started
    try:
        if process.returncode != 0:
            raise SystemExit(f"benchmark step {function} failed (exit {process.returncode})")
        return json.loads(Path(result_path).read_text()), wall, memory
    finally:
        Path(result_path).unlink(missing_ok=True)


def _sample_tree_memory(process: subprocess.Popen, interval: float = 0.05) -> TreeMemory:
    import psutil

    peak = TreeMemory()
    root = psutil.Process(process.pid)
    while process.poll() is None:
        pss = rss = 0
        try:
            members = [root] + root.children(recursive=True)
        except psutil.NoSuchProcess:
            break
        for member in members:
            try:
                info = member.memory_full_info()
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
            pss += getattr(info, "pss", info.rss)
            rss += info.rss
        peak.pss, peak.rss = max(peak.pss, pss), max(peak.rss, rss)
        time.sleep(interval)
    process.wait()
    return peak


# ---------------------------------------------------------------------------------------------
# Report

@dataclass
class Figures:
    """What `make bench` measured, and the verdicts against the three targets."""

    words: int
    informant_words: int
    first_seconds: float
    rerun_seconds: float
    first_wall: float
    startup_seconds: float
    baseline_seconds: float
    baseline_startup_seconds: float
    baseline_words: int
    peak_bytes: int
    timings: dict[str, float]
    rerun_timings: dict[str, float]
    edit_seconds: float | None = None        # re-run after a one-keyword codebook edit

    @property
    def words_per_second(self) -> float:
        return self.words / self.first_seconds

    @property
    def baseline_words_per_second(self) -> float:
        return self.baseline_words / self.baseline_seconds

    @property
    def speed_ratio(self) -> float:
        """Both sides timed after loading their resources, as spaCy's own speed figures are."""
        return self.words_per_second / self.baseline_words_per_second

    @property
    def cold_speed_ratio(self) -> float:
        """Both sides with their loading counted: the figure for one small run."""
        ours = self.words / (self.first_seconds + self.startup_seconds)
        theirs = self.baseline_words / (self.baseline_seconds + self.baseline_startup_seconds)
        return ours / theirs

    @property
    def target_seconds(self) -> float:
        """The first run's time that would meet the speed target on these words."""
        return self.words / (SPEED_TARGET * self.baseline_words_per_second)

    @property
    def rerun_ratio(self) -> float:
        return self.rerun_seconds / self.first_seconds

    def verdicts(self) -> list[tuple[str, bool, str]]:
        edit = [] if self.edit_seconds is None else [
            ("edit", self.edit_seconds / self.first_seconds <= EDIT_TARGET,
             f"re-run after a one-keyword codebook edit {self.edit_seconds / self.first_seconds:.2f} x first run "
             f"({self.edit_seconds:.2f} s; target <= {EDIT_TARGET})")]
        return edit + [
            ("speed", self.speed_ratio >= SPEED_TARGET,
             f"end to end {self.speed_ratio:.2f} x spaCy tokenizer+lemmatizer (target >= {SPEED_TARGET}, "
             f"a first run of {self.target_seconds:.2f} s or less; "
             f"{self.cold_speed_ratio:.2f} x with both sides' loading counted)"),
            ("memory", self.peak_bytes < MEMORY_TARGET,
             f"peak {self.peak_bytes / 2 ** 20:.0f} MiB (target < {MEMORY_TARGET / 2 ** 20:.0f} MiB)"),
            ("re-run", self.rerun_ratio < RERUN_TARGET,
             f"unchanged re-run {self.rerun_ratio:.2f} x first run (target < {RERUN_TARGET})"),
        ]


def edited_codebook(codebook: Path, target: Path) -> Path:
    """A copy of `codebook` with one more keyword on its first code: a researcher's smallest edit."""
    import yaml

    data = yaml.safe_load(codebook.read_text(encoding="utf-8"))
    code = data["themes"][0]["categories"][0]["codes"][0]
    code["keywords"] = [*code.get("keywords", []), "kata kunci baru"]
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {available_cores()} cores available, Python {platform.python_version()}"


def report(figures: Figures) -> str:
    lines = [f"{figures.words:,} words ({figures.informant_words:,} in informant turns)", "",
             f"{'stage':<16}{'first s':>10}{'words/s':>14}{'re-run s':>10}"]
    for stage, seconds in figures.timings.items():
        rate = f"{figures.words / seconds:,.0f}" if seconds > 0 else "-"
        lines.append(f"{stage:<16}{seconds:>10.2f}{rate:>14}{figures.rerun_timings.get(stage, 0.0):>10.2f}")
    lines += [
        f"{'end to end':<16}{figures.first_seconds:>10.2f}{figures.words_per_second:>14,.0f}{figures.rerun_seconds:>10.2f}",
        f"loading spaCy's Indonesian tokenizer, lookup tables, lexicons and codebook, before the run: "
        f"{figures.startup_seconds:.2f} s",
        f"(process wall time with interpreter start-up, imports and loading: {figures.first_wall:.2f} s)",
        "",
        f"spaCy blank('id') + lookup lemmatizer, one process: {figures.baseline_words_per_second:,.0f} words/s "
        f"(after {figures.baseline_startup_seconds:.2f} s loading)",
        f"peak memory of the analyze process tree (PSS): {figures.peak_bytes / 2 ** 20:.0f} MiB",
        "",
    ]
    lines += [f"{'PASS' if ok else 'FAIL'}  {name:<7} {text}" for name, ok, text in figures.verdicts()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=1_000_000, help="size of the synthetic batch (default 1000000)")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: the cores available)")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the synthetic batch")
    parser.add_argument("--codebook", type=Path, default=DEFAULT_CODEBOOK, help="YAML codebook (default: codebooks/wori.yaml)")
    parser.add_argument("--keep", action="store_true", help="keep the synthetic batch and outputs; print where")
    parser.add_argument("--profile", type=Path, help="write cProfile stats of the first run to this file")
    parser.add_argument("--profile-edit", type=Path, help="write cProfile stats of the re-run after the codebook edit "
                                                          "(the driver process; workers are not profiled)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    workers = args.workers or available_cores()

    root = Path(tempfile.mkdtemp(prefix="pipeline-bench-"))
    batch, out = root / "synthetic", root / "outputs" / "synthetic"
    print(f"machine: {machine()}; workers: {workers}")
    started = time.perf_counter()
    written = write_synthetic_batch(batch, args.words, args.seed)
    print(f"synthetic batch: {written:,} words in {len(list(batch.glob('*.md')))} transcripts "
          f"({time.perf_counter() - started:.1f} s to build) in {batch}")
    try:
        child_args = (str(batch), str(out), str(args.codebook), workers)
        first, first_wall, _ = _run_child("_child_analyze", *child_args, str(args.profile or ""))
        rerun, _, _ = _run_child("_child_analyze", *child_args, "")
        edited = edited_codebook(args.codebook, root / "edited_codebook.yaml")
        edit, _, _ = _run_child("_child_analyze", str(batch), str(out), str(edited), workers,
                                str(args.profile_edit or ""))
        baseline, _, _ = _run_child("_child_baseline", str(batch))
        # memory: one more first run (into its own folder, so nothing is reused), sampled
        _, _, memory = _run_child("_child_analyze", str(batch), str(root / "sampled" / "synthetic"),
                                  str(args.codebook), workers, "", sample_memory=True)
    finally:
        if not args.keep:
            import shutil

            shutil.rmtree(root, ignore_errors=True)
    # never report less than the main process alone reached (sampling can miss a short spike)
    peak = max(memory.pss, first["maxrss_self"], rerun["maxrss_self"])
    figures = Figures(first["words"], first["informant_words"], first["seconds"], rerun["seconds"], first_wall,
                      first["startup"], baseline["seconds"], baseline["startup"], baseline["words"], peak,
                      first["timings"], rerun["timings"], edit["seconds"])
    print()
    print(report(figures))
    print(f"(memory, sampled in a third, untimed first run: sum of RSS over the tree {memory.rss / 2 ** 20:.0f} MiB, "
          f"counting shared pages once per process; main process peak {first['maxrss_self'] / 2 ** 20:.0f} MiB, "
          f"largest worker {first['maxrss_children'] / 2 ** 20:.0f} MiB)")
    done_again = rerun.get("annotate") or {}
    if done_again:
        print(f"re-run: {done_again.get('glossed')} of {done_again.get('documents')} documents glossed again, "
              f"{done_again.get('coded')} coded again")
    edited_stages = ", ".join(f"{stage} {seconds:.2f}" for stage, seconds in edit["timings"].items())
    print(f"edit re-run by stage (s): {edited_stages}; documents glossed again "
          f"{(edit.get('annotate') or {}).get('glossed')}, coded again {(edit.get('annotate') or {}).get('coded')}")
    if args.keep:
        print(f"kept: {root}")
    for profile, run in ((args.profile, "the first run"), (args.profile_edit, "the edit re-run")):
        if profile:
            import pstats

            print(f"\nprofile of {run} ({profile}), by own time:")
            pstats.Stats(str(profile)).sort_stats("tottime").print_stats(25)
    return 1 if args.strict and not all(ok for _, ok, _ in figures.verdicts()) else 0


if __name__ == "__main__":
    sys.exit(main())
