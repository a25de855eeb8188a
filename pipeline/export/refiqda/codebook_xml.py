"""The codebook as QDA-XML <Code> trees (same shape in projects and codebooks) and back.

Themes and categories are non-codable codes, codes nest under their category. What the
standard has no attribute for travels in the Description's YAML block (see qdaxml.with_data).
Reading a codebook made by another tool, which has no such block, the tree's depth decides:
top-level codes are themes, their children categories, anything deeper codes (flattened);
a codable code with no theme or category above it lands in an "(ungrouped)" theme/category.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from lxml import etree

from pipeline.codebook.rule_syntax import normalize_term
from pipeline.records.codebook import DEFAULT_SETTINGS, Category, Code, Codebook, Theme
from pipeline.export.refiqda.qdaxml import guid, q, split_data, with_data, xml_safe

UNGROUPED = "(ungrouped)"
UNGROUPED_SUFFIX = "-codes"   # the id of the category made for codes a .qdc puts directly under a theme
_RGB = re.compile(r"#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})")
METADATA_KIND = "codebook"


@lru_cache(maxsize=4096)   # every coding of a project refers to one of a few dozen codes
def element_guid(item_id: str) -> str:
    """Themes, categories and codes share one id space (SPEC), so one GUID kind for all."""
    return guid("code", item_id)


def codes_element(codebook: Codebook, ns: str) -> etree._Element:
    """<Codes>: theme > category > code, in codebook order."""
    codes = etree.Element(q(ns, "Codes"))
    for theme in codebook.themes:
        theme_el = _code_el(codes, ns, theme.id, theme.label, codable=False,
                            description=with_data(theme.description, {"id": theme.id, "kind": "theme", **_labels(theme)}))
        for category in theme.categories:
            category_el = _code_el(theme_el, ns, category.id, category.label, codable=False,
                                   description=with_data(category.description,
                                                         {"id": category.id, "kind": "category", **_labels(category)}))
            for code in category.codes:
                _code_el(category_el, ns, code.id, code.label, codable=True, color=code.color,
                         description=with_data(code.definition, _code_data(code)))
    return codes


def metadata_set(codebook: Codebook, ns: str, member_attribute: str) -> etree._Element:
    """A <Set> of every codable code named after the codebook, carrying its name, version,
    language and concepts (the rules' named term lists), which REFI-QDA has no place for.

    Members are <MemberCode guid=...> in a codebook and <MemberCode targetGUID=...> in a project.
    """
    data = {"kind": METADATA_KIND, "name": codebook.name, "version": codebook.version, "title": codebook.title,
            "language": codebook.language, "concepts": dict(codebook.concepts)}
    if codebook.title_en:
        data["title_en"] = codebook.title_en
    title = f"{codebook.name} {codebook.version}".strip()
    set_el = etree.Element(q(ns, "Set"), guid=guid("codebook", codebook.name), name=xml_safe(title or "codebook"))
    etree.SubElement(set_el, q(ns, "Description")).text = xml_safe(with_data(f"Codebook {title}", data))
    for code in codebook.codes:
        etree.SubElement(set_el, q(ns, "MemberCode"), {member_attribute: element_guid(code.id)})
    return set_el


@dataclass(frozen=True)
class CodeInfo:
    """What a coding's CodeRef points at, in codings.csv terms."""

    code_id: str
    label: str
    theme: str
    category: str


def read_codebook(codes: etree._Element | None, sets: list[etree._Element], ns: str, *,
                  fallback_name: str, source: str = "", sha256: str = "") -> tuple[Codebook, dict[str, CodeInfo]]:
    """The Codebook in a <Codes> element, and every code GUID's meaning for the codings."""
    metadata = _metadata(sets, ns)
    builder = _Builder(ns, reserved=_declared_ids(codes, ns) if codes is not None else set())
    if codes is not None:
        for child in codes.findall(q(ns, "Code")):
            builder.walk(child, theme=None, category=None)
    concepts = {str(name): tuple(terms or ()) for name, terms in (metadata.get("concepts") or {}).items()}
    codebook = Codebook(
        name=str(metadata.get("name") or fallback_name),
        version=str(metadata.get("version") or ""),
        themes=builder.themes(),
        concepts=concepts,
        source=source,
        sha256=sha256,
        language=str(metadata.get("language") or "ind"),
        title=str(metadata.get("title") or ""),
        title_en=str(metadata.get("title_en") or ""),
    )
    return codebook, builder.info


def _code_el(parent: etree._Element, ns: str, item_id: str, label: str, *, codable: bool, description: str,
             color: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, q(ns, "Code"), guid=element_guid(item_id), name=xml_safe(label),
                               isCodable="true" if codable else "false")
    if color and _RGB.fullmatch(color):   # the schema's RGBType; anything else would make the file invalid
        element.set("color", color)
    etree.SubElement(element, q(ns, "Description")).text = xml_safe(description)
    return element


def _labels(item: Theme | Category | Code) -> dict[str, str]:
    """The labels the element's name may not show: the codebook's own one when the name shows
    the English one (an English run's export), and the English one."""
    labels = {"label": item.label_own} if item.label_own and item.label_own != item.label else {}
    return {**labels, "label_en": item.label_en} if item.label_en else labels


def _read_labels(name: str, data: dict[str, Any]) -> tuple[str, str]:
    """(label, label_en) of an element named `name`: the codebook's own label when the name is
    the English one; a name changed in another tool (neither) is taken as the label."""
    own, english = str(data.get("label") or ""), str(data.get("label_en") or "")
    return (own if own and name in (own, english) else name), english


def _code_data(code: Code) -> dict[str, Any]:
    data: dict[str, Any] = {"id": code.id, "kind": "code", **_labels(code)}
    optional = {"keywords": list(code.keywords_written or code.keywords), "include": code.include,
                "exclude": code.exclude, "examples": list(code.examples), "rules": list(code.rules),
                **{name: getattr(code, name) for name, default in DEFAULT_SETTINGS.items()
                   if getattr(code, name) != default}}
    data.update({key: value for key, value in optional.items() if value})
    return data


def _metadata(sets: list[etree._Element], ns: str) -> dict[str, Any]:
    for set_el in sets:
        _, data = split_data(set_el.findtext(q(ns, "Description")) or "")
        if data.get("kind") == METADATA_KIND:
            return data
    return {}


def _declared_ids(codes: etree._Element, ns: str) -> set[str]:
    ids = set()
    for description in codes.iter(q(ns, "Description")):
        _, data = split_data(description.text or "")
        if data.get("id"):
            ids.add(str(data["id"]))
    return ids


@dataclass
class _ThemeDraft:
    id: str
    label: str
    description: str
    label_en: str = ""
    categories: list["_CategoryDraft"] = field(default_factory=list)


@dataclass
class _CategoryDraft:
    id: str
    label: str
    description: str
    label_en: str = ""
    codes: list[Code] = field(default_factory=list)


class _Builder:
    """Walks a <Code> tree once, assigning each element to theme, category or code."""

    def __init__(self, ns: str, reserved: set[str]):
        self.ns = ns
        self.used: set[str] = set()
        self.reserved = reserved
        self.drafts: list[_ThemeDraft] = []
        self.info: dict[str, CodeInfo] = {}
        self._ungrouped_theme: _ThemeDraft | None = None
        self._ungrouped_category: dict[str, _CategoryDraft] = {}

    def walk(self, element: etree._Element, theme: _ThemeDraft | None, category: _CategoryDraft | None) -> None:
        label = element.get("name", "")
        codable = element.get("isCodable", "true").strip().lower() in ("true", "1")
        children = element.findall(q(self.ns, "Code"))
        text, data = split_data(element.findtext(q(self.ns, "Description")) or "")
        label, label_en = _read_labels(label, data)
        kind = data.get("kind") or ("theme" if theme is None else "category" if category is None else "code")
        if kind in ("theme", "category") and codable and not children and "kind" not in data:
            kind = "code"   # another tool's codable leaf: a code, whatever its depth
        if kind == "theme" and theme is None:
            draft = _ThemeDraft(self._id(data, label), label, text, label_en)
            self.drafts.append(draft)
            self._remember(element, draft.id, label, label, "")
            for child in children:
                self.walk(child, draft, None)
            return
        if kind == "category" and theme is not None and category is None:
            group = _CategoryDraft(self._id(data, label), label, text, label_en)
            theme.categories.append(group)
            self._remember(element, group.id, label, theme.label, label)
            for child in children:
                self.walk(child, theme, group)
            return
        theme = theme or self._ungrouped()
        category = category or self._ungrouped_in(theme)
        written = tuple(" ".join(str(k).split()) for k in data.get("keywords") or ())
        keywords = tuple(normalize_term(k) for k in written)
        code = Code(
            id=self._id(data, label), label=label, definition=text,
            theme_id=theme.id, theme=theme.label, category_id=category.id, category=category.label,
            keywords=keywords, keywords_written=written if written != keywords else (),
            include=str(data.get("include") or ""),
            exclude=str(data.get("exclude") or ""), examples=tuple(str(e) for e in data.get("examples") or ()),
            rules=tuple(data.get("rules") or ()), color=element.get("color"), label_en=label_en,
            **{name: str(data.get(name) or default) for name, default in DEFAULT_SETTINGS.items()},
        )
        category.codes.append(code)
        self._remember(element, code.id, label, theme.label, category.label)
        for child in children:   # deeper levels are flattened into the same category
            self.walk(child, theme, category)

    def themes(self) -> tuple[Theme, ...]:
        return tuple(
            Theme(id=theme.id, label=theme.label, description=theme.description, label_en=theme.label_en,
                  categories=tuple(Category(id=c.id, label=c.label, description=c.description, label_en=c.label_en,
                                            codes=tuple(c.codes))
                                   for c in theme.categories))
            for theme in self.drafts)

    def _remember(self, element: etree._Element, item_id: str, label: str, theme: str, category: str) -> None:
        self.info[element.get("guid", "")] = CodeInfo(item_id, label, theme, category)

    def _ungrouped(self) -> _ThemeDraft:
        if self._ungrouped_theme is None:
            self._ungrouped_theme = _ThemeDraft(self._id({}, "ungrouped"), UNGROUPED, "")
            self.drafts.append(self._ungrouped_theme)
        return self._ungrouped_theme

    def _ungrouped_in(self, theme: _ThemeDraft) -> _CategoryDraft:
        """Codes directly under a theme share one category per theme, labelled like the theme."""
        if theme.id not in self._ungrouped_category:
            label = UNGROUPED if theme is self._ungrouped_theme else theme.label
            group = _CategoryDraft(self._id({}, f"{theme.id}{UNGROUPED_SUFFIX}"), label, "")
            theme.categories.append(group)
            self._ungrouped_category[theme.id] = group
        return self._ungrouped_category[theme.id]

    def _id(self, data: dict[str, Any], label: str) -> str:
        """The id the block declares, else a unique slug of the label."""
        declared = str(data.get("id") or "")
        if declared and declared not in self.used:
            self.used.add(declared)
            return declared
        base = _slug(label) or "code"
        candidate, number = base, 2
        while candidate in self.used or candidate in self.reserved:
            candidate, number = f"{base}-{number}", number + 1
        self.used.add(candidate)
        return candidate


def _slug(label: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")[:48]


def import_notes(codebook: Codebook, out: object) -> list[str]:
    """What a codebook read from another tool still needs before `analyze`, code by code: the
    keywords and definitions a .qdc cannot carry, and the categories made for codes that sat
    directly under a theme."""
    notes = []
    made = [(theme, category) for theme in codebook.themes for category in theme.categories
            if category.id == f"{theme.id}{UNGROUPED_SUFFIX}"]
    for theme, category in made:
        codes = ", ".join(f"'{code.id}'" for code in category.codes)
        notes.append(f"note: {codes} sat directly under theme '{theme.label}' in the .qdc; they are in a category "
                     f"made for them, '{category.id}' labelled '{category.label}': rename it or group them in {out}")
    no_keywords = [code.id for code in codebook.codes if not code.keywords]
    no_definition = [code.id for code in codebook.codes if not code.definition.strip()]
    if no_keywords:
        notes.append(f"note: {len(no_keywords)} of {len(codebook.codes)} codes have no keywords (a .qdc from another "
                     f"tool carries none): add `keywords` to {', '.join(repr(c) for c in no_keywords)} in {out} "
                     "before analyzing with it")
    if no_definition:
        notes.append(f"note: {', '.join(repr(c) for c in no_definition)} {'has' if len(no_definition) == 1 else 'have'} "
                     f"no description in the .qdc: write each a `definition` (one sentence of what counts and "
                     f"when it does not) in {out}")
    return notes
