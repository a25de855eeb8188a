"""Per-transcript stages (gloss, then rule coding) over a segments frame.

Kept apart from run.py because this is the work that scales with the batch: it is what
gets parallelised across documents and cached per document.
"""

from __future__ import annotations

import pandas as pd

from pipeline.codebook.model import Codebook
from pipeline.coding import code_segments
from pipeline.gloss import Glosser


def annotate(segments: pd.DataFrame, codebook: Codebook) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (glossed segments, rule codings)."""
    glossed = Glosser().gloss_frame(segments)
    return glossed, code_segments(glossed, codebook)
