"""Per-transcript stages (gloss, then rule coding) over a segments frame.

Kept apart from run.py because this is the work that scales with the batch. Documents are the
unit of caching: each one's gloss and codings are stored on disk under the hash of what they
were computed from. Chunks of consecutive documents are the unit of work, spread over worker
processes or a Dask cluster. Whatever runs where, the result is the one a serial run gives:
rows in input order, codings in segment order, the unknown words as one batch table.

The gloss of a document depends on its segments and on the glossing code and lexicons; its
codings also on the codebook, code by code: a document's coding entry holds each code's rows
under that code's key (`coding.code_keys`: the code and its compiled rules). Editing
one code's keywords thus recodes that code only, in every document, and re-glosses none;
editing one transcript redoes that one only. Beside its gloss entry, a document keeps the coder's
tokens of its texts (`coding.token_store`): a recode tokenizes nothing. The driver reads the
gloss entries of the documents with nothing to redo; a document to recode is read from the
cache by the worker that recodes it (gloss and tokens), which sends its rows back with its
codings: one frame per chunk instead of one per document through the driver.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from pipeline.digests import row_hashes
from pipeline.runtime.annotate_chunk import (
    ChunkContext,
    ChunkDone,
    ChunkWork,
    CodedEntry,
    GlossedEntry,
    annotate_chunk,
    gloss_frame,
    load_resources,
)
from pipeline.runtime.cache import StageCache, code_fingerprint, digest, frame_digest
from pipeline.records.codebook import Codebook
from pipeline.coding import code_segments
from pipeline.coding.code_keys import code_keys as per_code_keys
from pipeline.coding.coder import PASS
from pipeline.coding.counts import document_names
from pipeline.coding.compile_rules import compiled_codebook
from pipeline.coding.quotations import quotation_names
from pipeline.runtime.executors import Executor, ProcessExecutor, SerialExecutor, check_options, make_executor
from pipeline.gloss.glosser import UNKNOWN_COLUMNS, merge_unknown_words, shared_glosser
from pipeline.runtime.progress import progress_bar
from pipeline.schema import QUOTATION, TABLE_HEADER

# The segment columns a document's gloss and codings are computed from (gloss and translation
# are outputs). A cache hit needs all of them unchanged.
INPUT_COLUMNS = ("segment_id", "document", "informant", "speaker", "speaker_role", "start", "end", "line",
                 "place", "language", "text", QUOTATION, TABLE_HEADER)
# Documents go to workers in chunks of up to this many words (fewer, larger messages and
# stage calls), smaller when that is needed to give every worker several chunks.
CHUNK_WORDS = 40_000
# Below this many words to compute, starting worker processes costs more than it saves.
PARALLEL_MIN_WORDS = 60_000



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


@dataclass
class _Document:
    name: str
    position: int                              # in the batch's order of documents
    rows: np.ndarray                           # its rows' positions in the batch
    words: int
    gloss_key: str = ""
    code_key: str = ""
    cached_gloss: GlossedEntry | None = None       # when nothing has to be redone
    stored_gloss: bool = False                 # its gloss is cached: a worker reads it to code again
    cached_codings: pd.DataFrame | None = None  # with stored_gloss: its cached codings (all codes)
    valid: frozenset[str] = frozenset()        # with cached_codings: the codes not to redo
    recode: tuple[str, ...] = ()               # with cached_codings: the codes to compute again


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
        glossed = gloss_frame(segments)
        return Annotation(glossed, code_segments(glossed, codebook, informants), shared_glosser().unknown_words(segments))
    documents = _split_documents(segments)
    stats.documents, stats.words = len(documents), sum(doc.words for doc in documents)
    stats.cache = str(cache_dir) if cache_dir is not None else None

    caches: dict[str, StageCache] = {}
    code_keys, code_ids = per_code_keys(compiled_codebook(codebook)), [code.id for code in codebook.codes]
    if cache_dir is not None:
        caches = {stage: StageCache(Path(cache_dir) / stage) for stage in ("gloss", "code", "tokens")}
        _load_cached(documents, segments, dict(zip(code_keys, code_ids)), caches["gloss"], caches["code"], informants)

    pieces = [_Piece(doc.position, doc.cached_gloss.segments, doc.cached_codings.drop(columns=PASS),
                     doc.cached_gloss.unknown_words)
              for doc in documents if doc.cached_gloss is not None and doc.cached_codings is not None]
    pending = [doc for doc in documents if doc.cached_gloss is None]
    pending_words = sum(doc.words for doc in pending)
    with progress_bar(stats.words, "gloss and code", progress) as bar:
        bar.update(stats.words - pending_words)
        if pending:
            run_on = _choose_executor(executor, workers, scheduler, pending_words)
            stats.executor = run_on.name
            stats.workers = run_on.workers
            if isinstance(run_on, ProcessExecutor):
                load_resources(codebook)  # once here, not once per forked worker
            writes: list[Future[None]] = []
            # cache entries are written by a thread: file I/O leaves the driver free for results
            try:
                with ThreadPoolExecutor(max_workers=1, thread_name_prefix="cache-writer") as writer:
                    context = ChunkContext(codebook, informants, dict(zip(code_keys, code_ids)))
                    for chunk, done in _run(run_on, context, segments, pending,
                                            cache=Path(cache_dir) if caches else None):
                        pieces.append(_Piece(chunk[0].position, done.segments, done.codings, done.unknown_words))
                        stats.glossed += done.glossed
                        stats.coded += len(chunk)
                        bar.update(sum(doc.words for doc in chunk))
                        writes += [writer.submit(caches[stage].put_encoded, key, entry)
                                   for stage, key, entry in done.entries]
            finally:
                if run_on is not executor:
                    run_on.close()
            for write in writes:
                write.result()  # a write that failed for another reason than the disk is a bug
    if caches:
        caches["gloss"].prune(doc.gloss_key for doc in documents)
        caches["tokens"].prune(doc.gloss_key for doc in documents)
        caches["code"].prune(doc.code_key for doc in documents)

    annotation = _assemble(pieces)
    stats.seconds = round(time.perf_counter() - began, 4)
    return annotation


def _split_documents(segments: pd.DataFrame) -> list[_Document]:
    """Documents in order of first appearance, each with its rows' positions."""
    groups = segments.groupby("document", sort=False)
    counts = pd.Series([len(text.split()) if isinstance(text, str) else 0 for text in segments["text"].tolist()],
                       index=segments.index)
    words = counts.groupby(segments["document"], sort=False).sum()
    return [_Document(str(name), position, rows, int(words[name]))
            for position, (name, rows) in enumerate(groups.indices.items())]


def stage_fingerprint() -> str:
    """What the stages' results depend on besides their input rows and the codebook: the code,
    the lexicons and the library versions."""
    return digest("annotate", code_fingerprint())


def _load_cached(documents: list[_Document], segments: pd.DataFrame, code_keys: dict[str, str],
                 gloss_cache: StageCache, code_cache: StageCache, informants: pd.DataFrame | None = None) -> None:
    """Set every document's cache keys, and its cached results where there are any: its gloss
    and codings when every code is unchanged; else whether its gloss is stored (a worker reads
    it, not the driver) and its codings of the codes whose key (`code_keys`: key -> code id)
    is unchanged."""
    stage, roles = stage_fingerprint(), ""
    if informants is not None:  # roles change what some rules find
        roles = frame_digest(informants, [c for c in ("informant", "role") if c in informants.columns])
    hashes = row_hashes(segments, [column for column in INPUT_COLUMNS if column in segments.columns])
    order = list(code_keys.values())
    # A document's list items take from their heading the codes they name themselves, and a quote no
    # rule codes takes the code it holds most words of: both depend on every code, so a document or a
    # quotation set (not an interview) is recoded whole when any code changed.
    whole_documents = document_names(segments) | quotation_names(segments)
    for doc in documents:
        doc.gloss_key = digest("gloss", stage, hashes[doc.rows].tobytes())
        doc.code_key = digest("code", doc.gloss_key, roles)
        if not gloss_cache.has(doc.gloss_key):
            continue
        coded = code_cache.get(doc.code_key)
        if isinstance(coded, CodedEntry) and coded.code_keys == code_keys and list(coded.code_keys.values()) == order:
            entry = gloss_cache.get(doc.gloss_key)   # every code unchanged, in the same order
            if entry is not None:   # the document may sit elsewhere in this batch
                doc.cached_gloss, doc.cached_codings = GlossedEntry(entry[0].set_axis(doc.rows), entry[1]), coded.codings
            continue
        doc.stored_gloss = True
        if not isinstance(coded, CodedEntry):
            continue
        valid = set() if doc.name in whole_documents else {
            code_id for key, code_id in code_keys.items() if coded.code_keys.get(key) == code_id}
        # the worker drops the others: a frame filter per document here would delay every chunk
        doc.cached_codings, doc.valid = coded.codings, frozenset(valid)
        # nothing to recode when only the order of the codes changed: the chunk just sorts them again
        doc.recode = tuple(code_id for code_id in order if code_id not in valid) or ("",)


def _choose_executor(executor: str | Executor, workers: int | None, scheduler: str | None,
                     pending_words: int) -> Executor:
    if not isinstance(executor, str):
        return executor
    if executor == "local" and scheduler is None and pending_words < PARALLEL_MIN_WORDS:
        return SerialExecutor()
    return make_executor(executor, workers, scheduler)


def _run(executor: Executor, context: ChunkContext, segments: pd.DataFrame, pending: list[_Document],
         cache: Path | None) -> Iterator[tuple[list[_Document], ChunkDone]]:
    """Annotate the pending documents in chunks; yields each chunk with its result, in order."""
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
    yield from zip(chunks, executor.map_ordered(annotate_chunk, context,
                                                (_chunk_work(segments, chunk, cache) for chunk in chunks)))


def _chunk_work(segments: pd.DataFrame, chunk: list[_Document], cache: Path | None) -> ChunkWork:
    """A chunk's work: its documents' rows, and which codes to compute (all, when a document of
    the chunk has no codings cached; else those that changed in any of its documents)."""
    codes = None
    if all(doc.cached_codings is not None for doc in chunk):
        codes = tuple(dict.fromkeys(code_id for doc in chunk for code_id in doc.recode))
    return ChunkWork(segments.iloc[np.concatenate([doc.rows for doc in chunk])], [len(doc.rows) for doc in chunk],
                 [doc.stored_gloss for doc in chunk],
                 [doc.gloss_key for doc in chunk] if cache else [], [doc.code_key for doc in chunk] if cache else [],
                 [(doc.cached_codings, doc.valid) if codes is not None else None for doc in chunk], codes, cache)


class _Piece(NamedTuple):
    """Results for consecutive documents: one cached document, or one computed chunk."""

    position: int                  # of its first document in the batch
    segments: pd.DataFrame | None  # None: given by other pieces (a recoded chunk's cached glosses)
    codings: pd.DataFrame | None
    unknown_words: pd.DataFrame | None


def _assemble(pieces: list[_Piece]) -> Annotation:
    """One frame each, in the input's row order and with a fresh index, as a serial run gives."""
    pieces = sorted(pieces, key=lambda piece: piece.position)
    glossed = pd.concat([piece.segments for piece in pieces if piece.segments is not None])
    codings = pd.concat([piece.codings for piece in pieces if piece.codings is not None], ignore_index=True)
    if not glossed.index.is_monotonic_increasing:  # documents interleaved, or cached among computed
        glossed = glossed.sort_index(kind="stable")
        order = pd.Series(range(len(glossed)), index=glossed["segment_id"].to_numpy())
        codings = codings.iloc[order.reindex(codings["segment_id"]).to_numpy().argsort(kind="stable")]
    unknown = merge_unknown_words([piece.unknown_words for piece in pieces if piece.unknown_words is not None])
    return Annotation(glossed.reset_index(drop=True), codings.reset_index(drop=True), unknown)


__all__ = ["Annotation", "AnnotationStats", "UNKNOWN_COLUMNS", "annotate", "annotate_batch",
           "stage_fingerprint"]
