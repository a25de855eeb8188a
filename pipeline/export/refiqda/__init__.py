"""REFI-QDA (QDA-XML 1.0) exchange: `.qdpx` projects and `.qdc` codebooks for NVivo, ATLAS.ti,
MAXQDA and QualCoder.

Conventions, also written into each project's Description:

- Text positions (PlainTextSelection startPosition/endPosition) are Unicode code points, zero-
  based, end-exclusive: Python string indices, so a multi-byte UTF-8 character is one position.
- Line endings of the stored source texts are LF. Transcripts with CRLF (or CR) line endings
  are stored with LF and every offset is mapped, so tools that count a CRLF as one character
  (ATLAS.ti) and tools that count two cannot disagree. The selected text is the segment's text
  with its line endings written as LF. Importing, a stored text with CRLF is read the same way.
- GUIDs are uuid5 of the codebook and segment ids, so re-exporting gives the same GUIDs and
  other tools can merge a re-export into a project they already have.
- Themes and categories are codes with isCodable="false"; codes nest under their category.
  What REFI-QDA has no element for (ids, keywords as written, capitals kept, criteria, examples,
  rules, `counts` and `context` when not the default, `label_en`, and
  the codebook's own `label` when an English run names the code by its label_en; the
  codebook's name, version, title(_en), language and concepts; a coding's source and confidence) travels in a YAML
  block at the end of the Description, so a round trip gives back the same codebook and codings.
"""

from pipeline.export.refiqda.codebook_xml import import_notes
from pipeline.export.refiqda.reader import read_qdc, read_qdpx
from pipeline.export.refiqda.writer import write_qdc, write_qdpx

__all__ = ["import_notes", "read_qdc", "read_qdpx", "write_qdc", "write_qdpx"]
