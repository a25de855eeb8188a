"""The labels the outputs print: a codebook's own, or its English ones (`label_en`) with --lang en.

The coder reads the codebook's own labels (their words are evidence); the tables, report,
appendix and REFI-QDA project of an English-language run print `label_en` wherever the codebook
gives it, so a study coded with an Indonesian codebook can be reported in an English journal
without relabelling the outputs by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.records.codebook import Category, Code, Codebook, Theme

ENGLISH = "en"


def shown_codebook(codebook: Codebook, lang: str) -> Codebook:
    """`codebook` with every label that has an English one replaced by it when `lang` is English
    (the codebook's own label kept in `label_own`, for the REFI-QDA codebook to carry back)."""
    if lang != ENGLISH:
        return codebook
    themes = []
    for theme in codebook.themes:
        theme_label = theme.label_en or theme.label
        categories = []
        for category in theme.categories:
            category_label = category.label_en or category.label
            codes = tuple(replace(code, label=code.label_en or code.label, label_own=_own(code),
                                  theme=theme_label, category=category_label)
                          for code in category.codes)
            categories.append(replace(category, label=category_label, label_own=_own(category), codes=codes))
        themes.append(replace(theme, label=theme_label, label_own=_own(theme), categories=tuple(categories)))
    return replace(codebook, themes=tuple(themes))


def _own(item: Theme | Category | Code) -> str:
    """The label kept in `label_own`: only where the English one replaces it, so a codebook
    without English labels is shown as the very same codebook (and its cached stages reused)."""
    return item.label if item.label_en and item.label_en != item.label else ""


def shown_codings(codings: pd.DataFrame, shown: Codebook) -> pd.DataFrame:
    """Codings with the theme, category and code labels of `shown`, matched by code id."""
    by_id = {code.id: code for code in shown.codes}
    if codings.empty or "code_id" not in codings.columns:
        return codings
    known = codings["code_id"].astype(str).map(lambda code_id: code_id in by_id)
    relabelled = codings.copy()
    for column, attribute in (("theme", "theme"), ("category", "category"), ("code", "label")):
        if column in relabelled.columns:
            relabelled.loc[known, column] = [getattr(by_id[code_id], attribute)
                                             for code_id in relabelled.loc[known, "code_id"].astype(str)]
    return relabelled


def untranslated_labels(codebook: Codebook) -> list[str]:
    """The themes, categories and codes (by id) that give no English label."""
    missing = []
    for theme in codebook.themes:
        missing += [theme.id] if not theme.label_en else []
        for category in theme.categories:
            missing += [category.id] if not category.label_en else []
            missing += [code.id for code in category.codes if not code.label_en]
    return missing


def study_title(settings: Mapping[str, Any], codebook: Codebook, lang: str) -> str:
    """The study as the report's title names it: batch.yaml's `title`, else the codebook's, else
    the codebook's name; in English the `title_en` beside the title used, where given."""
    if lang == ENGLISH and (english := _english_title(settings, codebook)):
        return english
    return str(settings.get("title") or codebook.title or codebook.name).strip()


def _english_title(settings: Mapping[str, Any], codebook: Codebook) -> str:
    if settings.get("title_en") or settings.get("title"):
        return str(settings.get("title_en") or "").strip()
    return codebook.title_en.strip()


def untranslated_title_warning(settings: Mapping[str, Any], codebook: Codebook) -> str | None:
    """What an English run says when its report's title can only name the study as written."""
    if _english_title(settings, codebook) or codebook.language == ENGLISH:
        return None
    where = "batch.yaml, beside its 'title:'" if settings.get("title") else "batch.yaml (or beside the codebook's 'title:')"
    return (f"--lang en: the Word report's title names the study as written "
            f"('{study_title(settings, codebook, 'id')}'): add 'title_en: ...' to {where}")


def english_table(path: Path, column: str, key: Callable[[str], str]) -> dict[str, str]:
    """A package table naming common Indonesian terms in English (columns `column` and
    `column`_en, `#` comments): the term, as `key` normalises it, -> its English. The roles of
    Tabel 1 and the transcriber's notes of an English report read theirs through it."""
    table = pd.read_csv(path, sep="\t", comment="#", dtype=str, keep_default_na=False)
    return {key(term): english for term, english in zip(table[column], table[f"{column}_en"])}
