"""One chunk of consecutive documents glossed and coded, in whatever process the executor chose
(`annotate.py` is the driver: it decides which documents to redo, sends chunks, assembles results).

The Glosser (lexicons) and the coder's spaCy pipeline and compiled codebook are built once per
process (module-level caches, inherited by forked workers when the driver built them first: see
`load_resources`) and reused for every chunk that process receives. A chunk's documents are glossed
in one call and coded in one call (both stages work segment by segment): per-call overheads are paid
per chunk, not per document, and results travel back as one frame per kind. A document to recode is
read from the cache here (its gloss and the coder's tokens), not by the driver; the chunk's cache
entries are encoded here too: the driver only writes bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.runtime.cache import StageCache
from pipeline.records.codebook import Codebook
from pipeline.coding import code_segments
from pipeline.coding.coder import PASS
from pipeline.coding.compile_rules import compiled_codebook
from pipeline.coding.mnemonic_labels import as_read
from pipeline.coding.nlp import coding_nlp
from pipeline.coding.token_store import DocumentTokens, TokenStore
from pipeline.runtime.chunk_frames import coder_order, split_codings, split_rows
from pipeline.gloss.glosser import merge_unknown_words, shared_glosser


@dataclass(frozen=True)
class ChunkContext:
    """Sent to each worker once: what coding needs besides the segments."""

    codebook: Codebook
    informants: pd.DataFrame | None = None  # roles: a rule's topic may come from who is speaking
    code_keys: dict[str, str] = field(default_factory=dict)  # per-code key -> code id (cache entries)


@dataclass
class CodedEntry:
    """A document's codings (with the coder's PASS column, in its order) and the per-code keys
    they were computed under (key -> code id): what its coding cache entry holds."""

    codings: pd.DataFrame
    code_keys: dict[str, str]


@dataclass
class GlossedEntry:
    """The gloss stage's result for one document (its cache entry; the coder's tokens of its
    texts are a sibling entry under the same key, which only a recode reads, in the worker)."""

    segments: pd.DataFrame
    unknown_words: pd.DataFrame


@dataclass
class ChunkWork:
    """A chunk of consecutive documents to annotate.

    `segments` holds the documents' rows, `lengths` how many rows each has; `stored[i]`: document
    i's gloss (and the coder's tokens of it) is in the cache at `cache`, for the worker to read
    (its rows are glossed only if the entry turns out unreadable), `kept[i]` its cached codings
    and the codes among them that need no recoding (filtered here, in one pass per chunk).
    `codes`: the codes to compute (None: all). Keys are set when the results are to be cached.
    """

    segments: pd.DataFrame
    lengths: list[int]
    stored: list[bool]
    gloss_keys: list[str]
    coding_keys: list[str]
    kept: list[tuple[pd.DataFrame, frozenset[str]] | None] = field(default_factory=list)
    codes: tuple[str, ...] | None = None
    cache: Path | None = None


@dataclass
class ChunkDone:
    """A chunk's results as one frame per kind (documents in chunk order), and the cache
    entries of its documents, already encoded by the worker: the driver only writes bytes."""

    segments: pd.DataFrame
    codings: pd.DataFrame
    unknown_words: pd.DataFrame
    glossed: int                                   # documents glossed (not taken from the cache)
    entries: list[tuple[str, str, bytes]] = field(default_factory=list)  # (stage, key, entry)



def load_resources(codebook: Codebook) -> None:
    """Build what the per-transcript stages need in this process (spaCy's Indonesian tokenizer
    alone takes seconds): called before worker processes are forked, they inherit it all."""
    shared_glosser()
    compiled_codebook(as_read(codebook))   # as the coder reads it (numbered_labels.py, mnemonic_labels.py)


def gloss_frame(segments: pd.DataFrame) -> pd.DataFrame:
    return shared_glosser().gloss_frame(segments)


def annotate_chunk(context: ChunkContext, work: ChunkWork) -> ChunkDone:
    given = split_rows(work.segments, work.lengths)
    caches = {stage: StageCache(work.cache / stage) for stage in ("gloss", "tokens")} if work.cache else {}
    glossed: list[GlossedEntry | None] = [None] * len(given)
    tokens: list[DocumentTokens | None] = [None] * len(given)
    for i, rows in enumerate(given):
        entry = caches["gloss"].get(work.gloss_keys[i]) if caches and work.stored[i] else None
        if entry is not None:   # where the document sits in this batch
            glossed[i] = GlossedEntry(entry[0].set_axis(rows.index), entry[1])
            tokens[i] = caches["tokens"].get(work.gloss_keys[i])
    to_gloss = [i for i, gloss in enumerate(glossed) if gloss is None]
    if to_gloss:
        rows = pd.concat([given[i] for i in to_gloss])
        for i, done in zip(to_gloss, split_rows(gloss_frame(rows), [work.lengths[i] for i in to_gloss])):
            # the Glosser remembers each segment it just glossed: a look-up per segment
            glossed[i] = GlossedEntry(done, shared_glosser().unknown_words(given[i]))
    frames = [g.segments for g in glossed if g is not None]
    batch = pd.concat(frames)
    store = TokenStore(coding_nlp(), tokens, record=bool(work.coding_keys))
    fresh = code_segments(batch, context.codebook, context.informants, codes=work.codes, with_pass=True,
                          tokens=store)
    if work.codes is not None:   # the documents' other codes, from the cache
        stored = [kept for kept in work.kept if kept is not None]
        kept = pd.concat([frame for frame, _ in stored])
        valid = np.concatenate([frame["code_id"].isin(codes).to_numpy() for frame, codes in stored])
        kept = kept[valid & ~kept["code_id"].isin(work.codes).to_numpy()]
        fresh = coder_order(pd.concat([f for f in (kept, fresh) if len(f)] or [kept]), batch["segment_id"],
                            [code.id for code in context.codebook.codes], np.cumsum([len(f) for f in frames]))
    documents = split_codings(fresh, frames)
    codings = pd.concat([d for d in documents if len(d)] or [fresh], ignore_index=True).drop(columns=PASS)
    done = ChunkDone(batch, codings, merge_unknown_words([g.unknown_words for g in glossed if g is not None]),
                      len(to_gloss))
    if work.coding_keys:
        for i, document_codings in enumerate(documents):
            if i in to_gloss:
                stored = store.of(str(frames[i]["document"].iloc[0])) if len(frames[i]) else None
                done.entries += [("gloss", work.gloss_keys[i], StageCache.encode((glossed[i].segments, glossed[i].unknown_words))),
                                 ("tokens", work.gloss_keys[i], StageCache.encode(stored))]
            coded = CodedEntry(document_codings, context.code_keys)
            done.entries.append(("code", work.coding_keys[i], StageCache.encode(coded)))
    return done
