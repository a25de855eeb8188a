"""What the overview notebook shows authors: Tabel 1 and 2, quotations per code, review progress.

Reads the files a run wrote to outputs/<batch>/ and draws them as the paper prints them
(journal-style HTML tables, matplotlib figures), so the notebook is a few calls.
"""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import matplotlib as mpl
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from pipeline.wording import THEME_TABLE_KEYS, labels
from pipeline.aggregate.quotations import quote_line, translation_line
from pipeline.aggregate.quote_notes import shown_notes
from pipeline.aggregate.tables import NO_TRANSCRIPT_MARK, marked_codes, without_transcript
from pipeline.errors import InputError
from pipeline.records.run_record import RUN_RECORD, RunRecord
from pipeline.review.render import STATUS_STYLE, ui_text
from pipeline.records.english_roles import ROLE_EN
from pipeline.records.shown_labels import ENGLISH
from pipeline.schema import INFORMANT_COUNTS


_TABLE_STYLE = "border-collapse:collapse;font-size:.95em;margin:.4em 0 1em;min-width:40em"
_CAPTION_STYLE = "caption-side:top;text-align:left;font-weight:600;padding-bottom:.3em"
_QUOTE_STYLE = "margin:.2em 0 .5em 1em;padding-left:.7em;border-left:3px solid #d1d5db"
_HEAD_STYLE = "text-align:left;padding:.35em .7em;border-top:2px solid #111;border-bottom:1px solid #111"
_CELL_STYLE = "text-align:left;padding:.3em .7em;vertical-align:top;background:#fff"
_NUMBER_STYLE = "text-align:right;padding:.3em .7em;vertical-align:top;background:#fff"
_ATTRIBUTE_NAMES = {
    "id": {"turns": "Giliran", "words": "Kata", "documents": "Dokumen", "site": "Lokasi", "institution": "Institusi",
           "language": "Bahasa"},
    "en": {"turns": "Turns", "words": "Words", "documents": "Documents", "site": "Site", "institution": "Institution",
           "language": "Language"},
}


@dataclass
class Overview:
    """The run's outputs the overview reads; missing optional files are empty frames."""

    outputs_dir: Path
    informants: pd.DataFrame
    theme_table: pd.DataFrame
    code_matrix: pd.DataFrame
    quotations: pd.DataFrame
    record: dict[str, Any] = field(default_factory=dict)


def load_overview(outputs_dir: str | Path) -> Overview:
    folder = Path(outputs_dir)
    theme_table = _read(folder / "theme_table.csv")
    if len(theme_table.columns) < len(THEME_TABLE_KEYS):
        raise InputError.at(folder / "theme_table.csv", f"expected the columns {', '.join(THEME_TABLE_KEYS)}", line=1)
    theme_table.columns = [*THEME_TABLE_KEYS, *theme_table.columns[len(THEME_TABLE_KEYS):]]
    for name in ("quotes", "informants"):
        theme_table[name] = pd.to_numeric(theme_table[name], errors="coerce").fillna(0).astype(int)
    matrix = _read(folder / "code_matrix.csv").set_index("code")
    informant_columns = [name for name in matrix.columns if name not in ("theme", "category")]
    matrix[informant_columns] = matrix[informant_columns].apply(pd.to_numeric, errors="coerce").fillna(0).astype(int)
    quotations_path = folder / "quotations.csv"
    quotations = _read(quotations_path) if quotations_path.exists() else pd.DataFrame()
    record_path = folder / RUN_RECORD
    record = RunRecord.read(folder).as_json() if record_path.exists() else {}
    return Overview(folder, _read(folder / "informants.csv"), theme_table, matrix, quotations, record)


def _read(path: Path) -> pd.DataFrame:
    if not path.exists():
        raise InputError.at(path, "not found: analyse the batch first (make analyze)")
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def table1_html(informants: pd.DataFrame, lang: str = "id") -> str:
    """Tabel 1 as the paper prints it: informant code and description (role; in English the role the
    English report prints, `role_en`, which an Indonesian table leaves out), then other attributes."""
    words = labels(lang)
    if lang == ENGLISH and ROLE_EN in informants.columns:
        informants = informants.assign(role=informants[ROLE_EN])
    informants = informants.drop(columns=ROLE_EN, errors="ignore")   # the English of the role, not an attribute
    extra = [name for name in informants.columns if name not in ("informant", "role")]
    names = _ATTRIBUTE_NAMES.get(lang, {})
    head = [words["informant_code"], words["description"],
            *[names.get(name, name.replace("_", " ").capitalize()) for name in extra]]
    rows = [[code, row.get("role", ""), *[row[name] for name in extra]]
            for code, (_, row) in zip(marked_codes(informants), informants.iterrows())]
    numeric = {index + 2 for index, name in enumerate(extra) if name in INFORMANT_COUNTS}
    note = (f'<p style="font-size: smaller">{NO_TRANSCRIPT_MARK} {html.escape(words["no_transcript"])}</p>'
            if without_transcript(informants).any() else "")
    return _table(words["table1"], head, rows, numeric) + note


def table2_html(theme_table: pd.DataFrame, lang: str = "id", counts: bool = True) -> str:
    """Tabel 2: theme and category written once for their rows, as in the paper; counts on the right."""
    words = labels(lang)
    head = [words["theme"], words["category"], words["code"]]
    if counts:
        head += [words["quotes"], words["informants"], words["informant_codes"]]
    body = []
    for theme, by_theme in theme_table.groupby("theme", sort=False):
        first_theme = True
        for category, by_category in by_theme.groupby("category", sort=False):
            first_category = True
            for _, row in by_category.iterrows():
                cells = [
                    _cell(theme, len(by_theme)) if first_theme else "",
                    _cell(category, len(by_category)) if first_category else "",
                    f'<td style="{_CELL_STYLE}">{html.escape(str(row["code"]))}</td>',
                ]
                if counts:
                    cells += [
                        f'<td style="{_NUMBER_STYLE}">{row["quotes"]}</td>',
                        f'<td style="{_NUMBER_STYLE}">{row["informants"]}</td>',
                        f'<td style="{_CELL_STYLE}">{html.escape(str(row["informant_codes"]))}</td>',
                    ]
                body.append("<tr>" + "".join(cells) + "</tr>")
                first_theme = first_category = False
    return _framed(words["table2"], head, body)


def _cell(text: str, rowspan: int) -> str:
    return f'<td rowspan="{rowspan}" style="{_CELL_STYLE};font-weight:600">{html.escape(str(text))}</td>'


def _table(caption: str, head: list[str], rows: list[list[Any]], numeric: frozenset[int] | set[int] = frozenset()) -> str:
    body = [
        "<tr>" + "".join(
            f'<td style="{_NUMBER_STYLE if index in numeric else _CELL_STYLE}">{html.escape(str(value))}</td>'
            for index, value in enumerate(row)) + "</tr>"
        for row in rows
    ]
    return _framed(caption, head, body)


def _framed(caption: str, head: list[str], body: list[str]) -> str:
    header = "".join(f'<th style="{_HEAD_STYLE}">{html.escape(name)}</th>' for name in head)
    return (f'<table style="{_TABLE_STYLE}">'
            f'<caption style="{_CAPTION_STYLE}">{html.escape(caption)}</caption>'
            f"<thead><tr>{header}</tr></thead>"
            f'<tbody style="border-bottom:2px solid #111">{"".join(body)}</tbody></table>')


def quotations_html(quotations: pd.DataFrame, per_code: int = 3, lang: str = "id") -> str:
    """Each code with its quotation count and its first quotes (original, informant, translation), their
    transcriber's notes named as the report of that language prints them ("(laughs)" in English)."""
    words = labels(lang)
    if quotations.empty:
        return f"<p><em>{html.escape(ui_text(lang)['none'])}</em></p>"
    quotations = shown_notes(quotations, lang)
    parts = []
    for code, group in quotations.groupby("code", sort=False):
        informants = group["informant"].nunique()
        title = (f"{html.escape(str(code))} \u2014 {len(group)} {html.escape(words['quotes'].lower())}, "
                 f"{informants} {html.escape(words['informants'].lower())}")
        quotes = []
        for _, row in group.head(per_code).iterrows():
            quote = f'<div style="margin:.3em 0 .1em">{html.escape(quote_line(row))}</div>'
            if (translation := translation_line(row, words)) is not None:
                quote += f'<div style="font-style:italic;color:#4b5563">{html.escape(translation)}</div>'
            quotes.append(f'<blockquote style="{_QUOTE_STYLE}">{quote}</blockquote>')
        more = len(group) - per_code
        if more > 0:
            quotes.append(f'<p style="color:#6b7280;margin-left:1em">{html.escape(ui_text(lang)["more"].format(n=more))}</p>')
        parts.append(f'<details open style="margin:.4em 0"><summary style="font-weight:600;cursor:pointer">{title}</summary>'
                     f'{"".join(quotes)}</details>')
    return "".join(parts)


def progress_figure(progress: pd.DataFrame, lang: str = "id") -> Figure:
    """Horizontal stacked bars per code: accepted, added, rejected, pending."""
    text = ui_text(lang)
    states = [("accepted", "accepted"), ("added", "added"), ("rejected", "rejected"), ("pending", "")]
    with mpl.rc_context({"font.size": 8, "axes.spines.top": False, "axes.spines.right": False}):
        figure = Figure(figsize=(7.5, 0.45 * len(progress) + 1.0))
        axes = figure.add_subplot()
        labels_ = [_wrap(str(code)) for code in progress["code"]]
        left = pd.Series(0, index=progress.index)
        for column, state in states:
            color = STATUS_STYLE[state][0] if state else "#d1d5db"
            axes.barh(labels_, progress[column], left=left, color=color, label=text[state], height=0.6)
            left = left + progress[column]
        axes.invert_yaxis()
        axes.set_xlabel(text["codings"])
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.legend(loc="lower right", ncols=4, frameon=False, bbox_to_anchor=(1, 1))
        figure.tight_layout()
    return figure


def _wrap(label: str, width: int = 45) -> str:
    return "\n".join(textwrap.wrap(label, width)) or label
