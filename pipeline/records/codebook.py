"""The codebook as plain objects: themes > categories > codes, plus the matching rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Code:
    id: str
    label: str
    definition: str
    theme_id: str
    theme: str                      # theme label
    category_id: str
    category: str                   # category label
    keywords: tuple[str, ...] = ()
    include: str = ""               # inclusion criteria (prose)
    exclude: str = ""               # exclusion criteria (prose)
    examples: tuple[str, ...] = ()
    rules: tuple[dict[str, Any], ...] = ()   # structured matching rules; see README "Rule language"
    color: str | None = None        # "#RRGGBB" for exports


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    codes: tuple[Code, ...]
    description: str = ""


@dataclass(frozen=True)
class Theme:
    id: str
    label: str
    categories: tuple[Category, ...]
    description: str = ""


@dataclass(frozen=True)
class Codebook:
    name: str
    version: str
    themes: tuple[Theme, ...]
    concepts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # named term lists for rules
    source: str = ""                # the file it was loaded from
    sha256: str = ""                # hash of the file's bytes, for the run record
    language: str = "ind"

    @property
    def codes(self) -> list[Code]:
        """All codes in codebook order (theme, category, code)."""
        return [code for theme in self.themes for category in theme.categories for code in category.codes]

    def code_by_label_or_id(self, key: str) -> Code | None:
        """Reviews and other tools name codes either way; labels match case-insensitively."""
        wanted = key.strip().casefold()
        for code in self.codes:
            if code.id.casefold() == wanted or code.label.casefold() == wanted:
                return code
        return None
