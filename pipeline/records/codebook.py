"""The codebook as plain objects: themes > categories > codes, plus the matching rules."""

from __future__ import annotations

from dataclasses import MISSING, Field, dataclass, field, fields, replace
from typing import Any, TypeVar

# Settings a codebook, theme, category or code may give; the nearest one written wins.
COUNTS_VALUES = ("any", "reported")
COUNTS_DEFAULT = "any"
PREVIOUS_TURN = "previous_turn"    # rules may borrow terms from the informant's previous turn
CONTEXT_VALUES = ("turn", PREVIOUS_TURN)
CONTEXT_DEFAULT = "turn"
SETTING_VALUES = {"counts": COUNTS_VALUES, "context": CONTEXT_VALUES}
DEFAULT_SETTINGS = {"counts": COUNTS_DEFAULT, "context": CONTEXT_DEFAULT}
# Field markers. CODER_ONLY: read by the rule coder alone (what to match and how to count it),
# never by the stages after coding, which are given `Codebook.structure()` without them.
# PROVENANCE: where the codebook came from, not what it says.
CODER_ONLY = {"coder_only": True}
PROVENANCE = {"provenance": True}
# YAML: a field marked with its kind is a key of the codebook file, named as the field, which
# the loader reads and the writer dumps by that kind: "text" (a string) or "texts" (a list of
# strings). A new plain key of the codebook, a theme, a category or a code is one such field.
YAML = "yaml"


def text_key(default: str = "") -> Any:
    """A field the codebook YAML gives as a string (optional, `default` when absent)."""
    return field(default=default, metadata={YAML: "text"})


def texts_key() -> Any:
    """A field the codebook YAML gives as a list of strings (optional, empty when absent)."""
    return field(default=(), metadata={YAML: "texts"})


def yaml_fields(record: type) -> list[Field[Any]]:
    """The fields of a codebook record class read and written by their YAML kind, in order."""
    return [item for item in fields(record) if item.metadata.get(YAML)]


@dataclass(frozen=True)
class Code:
    id: str
    label: str
    definition: str
    theme_id: str
    theme: str                      # theme label
    category_id: str
    category: str                   # category label
    keywords: tuple[str, ...] = field(default=(), metadata=CODER_ONLY)   # as matched: lower-cased
    # the keywords as their author wrote them ("PMO": capitals name an acronym), for the files a
    # codebook is written back to (YAML, .qdc); empty when `keywords` are as written
    keywords_written: tuple[str, ...] = field(default=(), metadata=CODER_ONLY)
    include: str = text_key()       # inclusion criteria (prose)
    exclude: str = text_key()       # exclusion criteria (prose)
    examples: tuple[str, ...] = texts_key()
    rules: tuple[dict[str, Any], ...] = field(default=(), metadata=CODER_ONLY)   # see README "Rule language"
    color: str | None = None        # "#RRGGBB" for exports
    counts: str = field(default=COUNTS_DEFAULT, metadata=CODER_ONLY)    # documents: "any" (planned measures count) or "reported"
    context: str = field(default=CONTEXT_DEFAULT, metadata=CODER_ONLY)  # "turn", or "previous_turn": evidence may come from before
    label_en: str = text_key()      # the label in English, for outputs in English (--lang en); never coded on
    label_own: str = ""             # the codebook's own label while `label` shows label_en (shown_codebook)
    # the label or id of the code an earlier version had in its place (a split's parts each name the code split):
    # a grader's reject of that code stays a reject of this one on the same turn (review/apply.py)
    formerly: tuple[str, ...] = texts_key()


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    codes: tuple[Code, ...]
    description: str = text_key()
    label_en: str = text_key()
    label_own: str = ""             # as Code.label_own


@dataclass(frozen=True)
class Theme:
    id: str
    label: str
    categories: tuple[Category, ...]
    description: str = text_key()
    label_en: str = text_key()
    label_own: str = ""             # as Code.label_own


@dataclass(frozen=True)
class Codebook:
    name: str
    version: str
    themes: tuple[Theme, ...]
    concepts: dict[str, tuple[str, ...]] = field(default_factory=dict, metadata=CODER_ONLY)  # named term lists
    source: str = field(default="", metadata=PROVENANCE)    # the file it was loaded from
    sha256: str = field(default="", metadata=PROVENANCE)    # hash of the file's bytes, for the run record
    language: str = "ind"
    title: str = text_key()         # the study's title, for the report (optional)
    title_en: str = text_key()      # the title in English, for a --lang en report (optional)

    @property
    def codes(self) -> list[Code]:
        """All codes in codebook order (theme, category, code)."""
        return [code for theme in self.themes for category in theme.categories for code in category.codes]

    def structure(self) -> Codebook:
        """The codebook as the stages after coding read it (names, definitions, layout), without
        its CODER_ONLY and PROVENANCE fields. Those stages are given this, so their cache keys,
        made of what they are given, stay the same after an edit of rules or keywords that
        changes no coding: their results are reused, and they provably did not read the rules."""
        themes = tuple(replace(theme, categories=tuple(
            replace(category, codes=tuple(_blank(code, CODER_ONLY) for code in category.codes))
            for category in theme.categories)) for theme in self.themes)
        return replace(_blank(_blank(self, CODER_ONLY), PROVENANCE), themes=themes)

    def code_by_label_or_id(self, key: str) -> Code | None:
        """Reviews and other tools name codes either way; labels (and English labels, which an
        English run's codings.csv prints) match case-insensitively."""
        wanted = key.strip().casefold()
        for code in self.codes:
            if code.id.casefold() == wanted or code.label.casefold() == wanted:
                return code
        for code in self.codes:
            if code.label_en and code.label_en.casefold() == wanted:
                return code
        return None


R = TypeVar("R", Code, Codebook)


def _blank(record: R, marker: dict[str, bool]) -> R:
    """`record` with the fields carrying `marker` set back to their defaults."""
    marked = [item for item in fields(record) if item.metadata.get(next(iter(marker)))]
    return replace(record, **{item.name: _default(item) for item in marked})


def _default(item: Field[Any]) -> Any:
    return item.default_factory() if item.default is MISSING and item.default_factory is not MISSING else item.default
