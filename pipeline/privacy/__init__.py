"""Privacy: personal identifiers out of every export unless the user asks for a private copy."""

from pipeline.privacy.batch import redact_batch, redacted_document_names
from pipeline.privacy.patterns import EMAIL, NAMA, NIK, REK, TELP, Span, identifier_spans
from pipeline.privacy.redactor import REDACT_FILE, OffsetMap, Redactor, read_redact_list

__all__ = [
    "EMAIL", "NAMA", "NIK", "REK", "TELP", "REDACT_FILE", "OffsetMap", "Redactor", "Span",
    "identifier_spans", "read_redact_list", "redact_batch", "redacted_document_names",
]
