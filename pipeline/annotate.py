"""Per-transcript stages (gloss, then rule coding) over a segments frame.

Kept apart from run.py because this is the work that scales with the batch. Documents are the
unit of caching: each one's gloss and codings are stored on disk under the hash of what they
were computed from. Chunks of consecutive documents are the unit of work, spread over worker
processes or a Dask cluster. Whatever runs where, the result is the one a serial run gives:
rows in input order, codings in segment order, the unknown words as one batch table.

The gloss of a document depends on its segments and on the glossing code and lexicons; its
codings also on the codebook. Editing the codebook thus re-codes every document but re-glosses
none; editing one transcript redoes that one only.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from pipeline.cache import StageCache, digest, frame_digest, source_fingerprint
from pipeline.codebook.model import Codebook
from pipeline.coding import code_segments
from pipeline.executors import Executor, SerialExecutor, check_options, make_executor
from pipeline.gloss import Glosser
from pipeline.progress import progress_bar

# The segment columns a document's gloss and codings are computed from (gloss and translation
# are outputs). A cache hit needs all of them unchanged.
INPUT_COLUMNS = ("segment_id", "document", "informant", "speaker", "speaker_role", "start", "end", "line",
                 "language", "text")
UNKNOWN_COLUMNS = ["token", "count", "documents", "segment_id"]
# Documents go to workers in chunks of up to this many words (fewer, larger messages and
# stage calls), smaller when that is needed to give every worker several chunks.
CHUNK_WORDS = 40_000
# Below this many words to compute, starting worker processes costs more than it saves.
PARALLEL_MIN_WORDS = 60_000

_PACKAGE = Path(__file__).resolve().parent
# What the stages' results depend on besides their input rows and the codebook.
_STAGE_SOURCES = (str(_PACKAGE / "gloss"), str(_PACKAGE / "coding"))
_STAGE_DISTRIBUTIONS = ("spacy", "spacy-lookups-data", "PySastrawi", "pandas", "numpy")
_ANNOTATE_VERSION = "2"  # bump when this module changes what it stores


class Annotation(NamedTuple):
    """What the per-transcript stages produce for a batch."""

    segments: pd.DataFrame       # glossed: language, gloss and translation filled
    codings: pd.DataFrame        # rule codings, schema.CODING_COLUMNS
    unknown_words: pd.DataFrame  # UNKNOWN_COLUMNS, as Glosser.unknown_words gives for the batch


@dataclass
class AnnotationStats:
    """What one `annotate_batch` call did, for the run record."""

    documents: int = 0
    words: int = 0
    glossed: int = 0                 # documents glossed in this run (the rest came from the cache)
    coded: int = 0                   # documents coded in this run
    executor: str = "local"
    workers: int = 1
    seconds: float = 0.0
    cache: str | None = None

    def as_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class _Context:
    """Sent to each worker once: what coding needs besides the segments."""

    codebook: Codebook
    informants: pd.DataFrame | None = None  # roles: a rule's topic may come from who is speaking


@dataclass
class _Glossed:
    """The gloss stage's result for one document (what its cache entry holds)."""

    segments: pd.DataFrame
    unknown_words: pd.DataFrame


@dataclass
class _Work:
    """One document to annotate; `glossed` is set when only its coding has to be redone."""

    segments: pd.DataFrame
    glossed: _Glossed | None = None


@dataclass
class _Done:
    glossed: _Glossed
    codings: pd.DataFrame
    computed_gloss: bool = True


@dataclass
class _Document:
    name: str
    segments: pd.DataFrame
    words: int
    gloss_key: str = ""
    code_key: str = ""
    cached_gloss: _Glossed | None = None       # when only the coding has to be redone
    done: _Done | None = None


# ---------------------------------------------------------------------------------------------
# Worker side: runs in whatever process the executor chose. The Glosser (lexicons) and the
# coder's spaCy pipeline and compiled codebook are built once per process (module-level caches)
# and reused for every chunk that process receives. A chunk's documents are glossed in one call
# and coded in one call (both stages work segment by segment), then split again per document
# for the cache: per-call overheads are paid per chunk, not per document.

@lru_cache(maxsize=1)
def _glosser() -> Glosser:
    return Glosser()


def _gloss_frame(segments: pd.DataFrame) -> pd.DataFrame:
    return _glosser().gloss_frame(segments)


def _gloss_document(segments: pd.DataFrame, glossed: pd.DataFrame) -> _Glossed:
    # the Glosser remembers each segment it just glossed, so this costs a look-up per segment
    return _Glossed(glossed, _glosser().unknown_words(segments))


def _annotate_chunk(context: _Context, chunk: list[_Work]) -> list[_Done]:
    to_gloss = [work.segments for work in chunk if work.glossed is None]
    fresh: Iterator[_Glossed] = iter(())
    if to_gloss:
        pieces = _split_rows(_gloss_frame(pd.concat(to_gloss)), [len(frame) for frame in to_gloss])
        fresh = iter([_gloss_document(raw, glossed) for raw, glossed in zip(to_gloss, pieces)])
    glossed = [work.glossed if work.glossed is not None else next(fresh) for work in chunk]
    frames = [g.segments for g in glossed]
    codings = code_segments(pd.concat(frames), context.codebook, context.informants)
    return [_Done(g, c, work.glossed is None)
            for work, g, c in zip(chunk, glossed, _split_codings(codings, frames))]


def _split_rows(frame: pd.DataFrame, lengths: list[int]) -> list[pd.DataFrame]:
    """The frame cut back into consecutive pieces of `lengths` rows (stages keep row order)."""
    if len(frame) != sum(lengths):
        raise RuntimeError(f"glossing returned {len(frame)} rows for {sum(lengths)} segments")
    bounds = [0]
    for length in lengths:
        bounds.append(bounds[-1] + length)
    return [frame.iloc[start:end] for start, end in zip(bounds, bounds[1:])]


def _split_codings(codings: pd.DataFrame, glossed: list[pd.DataFrame]) -> list[pd.DataFrame]:
    """Each document's codings (in their order), by the document their segment belongs to."""
    owner = {segment_id: i for i, frame in enumerate(glossed) for segment_id in frame["segment_id"].tolist()}
    which = codings["segment_id"].map(owner)
    if which.isna().any():
        raise RuntimeError("coding returned rows for segments it was not given")
    parts = {int(i): part.reset_index(drop=True) for i, part in codings.groupby(which, sort=False)}
    empty = codings.iloc[0:0]
    return [parts.get(i, empty) for i in range(len(glossed))]


# ---------------------------------------------------------------------------------------------
# Driver side.

def annotate(segments: pd.DataFrame, codebook: Codebook, **options: Any) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(glossed segments, rule codings): `annotate_batch` without the unknown words."""
    annotation = annotate_batch(segments, codebook, **options)
    return annotation.segments, annotation.codings


def annotate_batch(segments: pd.DataFrame, codebook: Codebook, *, workers: int | None = None,
                   executor: str | Executor = "local", scheduler: str | None = None,
                   cache_dir: str | Path | None = None, progress: bool | None = None,
                   stats: AnnotationStats | None = None, informants: pd.DataFrame | None = None) -> Annotation:
    """Gloss and code every document of `segments`.

    workers: processes for the local executor (default: the cores available; 1 = in this
    process); executor: "local", "dask" (a LocalCluster of `workers` processes, or the cluster
    at `scheduler`), or an Executor already running; cache_dir: a folder of this batch's own
    (never inside the outputs folder, which each run replaces) where per-document results are
    kept between runs; progress: None = a bar only on a terminal; stats: filled in when given;
    informants: Tabel 1, whose roles some coding rules use.
    """
    began = time.perf_counter()
    if isinstance(executor, str):
        check_options(executor, workers, scheduler)  # wrong options fail even when all is cached
    stats = stats if stats is not None else AnnotationStats()
    segments = segments.reset_index(drop=True)
    if segments.empty:
        glossed = _gloss_frame(segments)
        return Annotation(glossed, code_segments(glossed, codebook, informants), _glosser().unknown_words(segments))
    documents = _split_documents(segments)
    stats.documents, stats.words = len(documents), sum(doc.words for doc in documents)
    stats.cache = str(cache_dir) if cache_dir is not None else None

    gloss_cache = code_cache = None
    if cache_dir is not None:
        gloss_cache, code_cache = StageCache(Path(cache_dir) / "gloss"), StageCache(Path(cache_dir) / "code")
        _load_cached(documents, codebook, gloss_cache, code_cache, informants)

    pending = [doc for doc in documents if doc.done is None]
    pending_words = sum(doc.words for doc in pending)
    with progress_bar(stats.words, "gloss and code", progress) as bar:
        bar.update(stats.words - pending_words)
        if pending:
            run_on = _choose_executor(executor, workers, scheduler, pending_words)
            stats.executor = run_on.name
            stats.workers = run_on.workers
            try:
                for doc, done in _run(run_on, _Context(codebook, informants), pending):
                    doc.done = done
                    stats.glossed += done.computed_gloss
                    stats.coded += 1
                    bar.update(doc.words)
                    if gloss_cache is not None and code_cache is not None:
                        if done.computed_gloss:
                            gloss_cache.put(doc.gloss_key, (done.glossed.segments, done.glossed.unknown_words))
                        code_cache.put(doc.code_key, done.codings)
            finally:
                if run_on is not executor:
                    run_on.close()
    if gloss_cache is not None and code_cache is not None:
        gloss_cache.prune(doc.gloss_key for doc in documents)
        code_cache.prune(doc.code_key for doc in documents)

    annotation = _assemble(documents)
    stats.seconds = round(time.perf_counter() - began, 4)
    return annotation


def _split_documents(segments: pd.DataFrame) -> list[_Document]:
    """Documents in order of first appearance, each with its rows (index = input positions)."""
    words = segments["text"].str.count(r"\S+")
    return [
        _Document(str(name), frame, int(words.loc[frame.index].sum()))
        for name, frame in segments.groupby("document", sort=False)
    ]


def stage_fingerprint() -> str:
    """Hash of the glossing and coding code, lexicons and library versions."""
    return digest(_ANNOTATE_VERSION, source_fingerprint(_STAGE_SOURCES, _STAGE_DISTRIBUTIONS))


def codebook_fingerprint(codebook: Codebook) -> str:
    """Hash of everything the codebook says (not just its file: the loader's reading counts)."""
    return digest(repr(codebook))


def _load_cached(documents: list[_Document], codebook: Codebook, gloss_cache: StageCache,
                 code_cache: StageCache, informants: pd.DataFrame | None = None) -> None:
    stage, book = stage_fingerprint(), codebook_fingerprint(codebook)
    if informants is not None:  # roles change what some rules find
        book = digest(book, frame_digest(informants, [c for c in ("informant", "role") if c in informants.columns]))
    for doc in documents:
        columns = [column for column in INPUT_COLUMNS if column in doc.segments.columns]
        doc.gloss_key = digest("gloss", stage, frame_digest(doc.segments, columns))
        doc.code_key = digest("code", doc.gloss_key, book)
        entry = gloss_cache.get(doc.gloss_key)
        if entry is None:
            continue
        glossed = _Glossed(*entry)
        glossed.segments.index = doc.segments.index  # the document may sit elsewhere in this batch
        codings = code_cache.get(doc.code_key)
        if codings is None:
            doc.cached_gloss = glossed
        else:
            doc.done = _Done(glossed, codings, computed_gloss=False)


def _choose_executor(executor: str | Executor, workers: int | None, scheduler: str | None,
                     pending_words: int) -> Executor:
    if not isinstance(executor, str):
        return executor
    if executor == "local" and scheduler is None and pending_words < PARALLEL_MIN_WORDS:
        return SerialExecutor()
    return make_executor(executor, workers, scheduler)


def _run(executor: Executor, context: _Context, pending: list[_Document]) -> Iterator[tuple[_Document, _Done]]:
    """Annotate the pending documents in chunks; yields each document with its result, in order."""
    total = sum(doc.words for doc in pending)
    target = max(1, min(CHUNK_WORDS, total // (4 * executor.workers)))
    chunks: list[list[_Document]] = []
    size = 0
    for doc in pending:
        if not chunks or size >= target:
            chunks.append([])
            size = 0
        chunks[-1].append(doc)
        size += doc.words
    works = ([_Work(doc.segments, doc.cached_gloss) for doc in chunk] for chunk in chunks)
    for chunk, results in zip(chunks, executor.map_ordered(_annotate_chunk, context, works)):
        yield from zip(chunk, results)


def _assemble(documents: list[_Document]) -> Annotation:
    """One frame each, in the input's row order and with a fresh index, as a serial run gives."""
    done = [doc.done for doc in documents if doc.done is not None]
    glossed = pd.concat([d.glossed.segments for d in done])
    codings = pd.concat([d.codings for d in done], ignore_index=True)
    if not glossed.index.is_monotonic_increasing:  # documents interleaved in the input
        glossed = glossed.sort_index(kind="stable")
        order = pd.Series(range(len(glossed)), index=glossed["segment_id"].to_numpy())
        codings = codings.iloc[order.reindex(codings["segment_id"]).to_numpy().argsort(kind="stable")]
    unknown = _merge_unknown_words([d.glossed.unknown_words for d in done])
    return Annotation(glossed.reset_index(drop=True), codings.reset_index(drop=True), unknown)


def _merge_unknown_words(tables: list[pd.DataFrame]) -> pd.DataFrame:
    """Per-document unknown-word tables as one batch table, built the way the Glosser builds
    its own: counts add up, documents join, the example is the first occurrence; most frequent
    first, then alphabetical."""
    counts: dict[str, int] = {}
    documents: dict[str, set[str]] = {}
    example: dict[str, str] = {}
    for table in tables:
        for token, count, where, segment_id in table[UNKNOWN_COLUMNS].itertuples(index=False):
            counts[token] = counts.get(token, 0) + int(count)
            documents.setdefault(token, set()).update(d for d in where.split("; ") if d)
            example.setdefault(token, segment_id)
    rows = [{"token": token, "count": count, "documents": "; ".join(sorted(documents[token])),
             "segment_id": example[token]}
            for token, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    return pd.DataFrame(rows, columns=UNKNOWN_COLUMNS)


__all__ = ["Annotation", "AnnotationStats", "UNKNOWN_COLUMNS", "annotate", "annotate_batch", "codebook_fingerprint", "stage_fingerprint"]
