"""CODE stage: rule-based deductive coding (spaCy) plus model suggestions (scikit-learn).

    from pipeline.coding import code_segments
    codings = code_segments(segments, codebook, informants)   # schema.CODING_COLUMNS
"""

from pipeline.coding.coder import code_segments

__all__ = ["code_segments"]
