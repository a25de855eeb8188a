"""GLOSS stage: Manado Malay (xmm) -> Indonesian interlinear gloss and free translation.

    from pipeline.gloss import Glosser
    glosser = Glosser()
    result = glosser.gloss("Torang so rujuk pa dorang", prior="xmm")
    result.language, result.gloss, result.translation, result.unknown
"""

from pipeline.gloss.glosser import Glosser, GlossResult
from pipeline.gloss.interlinear import format_interlinear, quote_with_translation

__all__ = ["Glosser", "GlossResult", "format_interlinear", "quote_with_translation"]
