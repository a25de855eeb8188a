"""Ingest stage: batch folder -> segments, informants and source texts."""

from pipeline.ingest.batch import Batch, read_batch
from pipeline.ingest.batch_files import list_transcripts
from pipeline.ingest.document_segments import SourceDocument

__all__ = ["Batch", "SourceDocument", "list_transcripts", "read_batch"]
