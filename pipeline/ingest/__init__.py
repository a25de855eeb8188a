"""Ingest stage: batch folder -> segments, informants and source texts."""

from pipeline.ingest.batch import Batch, SourceDocument, list_transcripts, read_batch

__all__ = ["Batch", "SourceDocument", "list_transcripts", "read_batch"]
