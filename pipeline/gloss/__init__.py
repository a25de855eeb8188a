"""GLOSS stage: Manado Malay (xmm) -> Indonesian interlinear gloss and free translation.

    from pipeline.gloss import Glosser
    glosser = Glosser()
    result = glosser.gloss("Torang so rujuk pa dorang", prior="xmm")
    result.language, result.gloss, result.translation, result.unknown

The names are loaded on first use: the glosser brings spaCy's Indonesian tables with it, which
the command line (`--help`, other subcommands) should not pay for.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_HOME = {"Glosser": "glosser", "GlossResult": "glosser",
         "format_interlinear": "interlinear", "quote_with_translation": "interlinear"}

__all__ = list(_HOME)


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOME[name]}"), name)
