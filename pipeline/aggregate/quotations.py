"""The quotation appendix: a bounded, representative set of quotes per code."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from pipeline.codebook.model import Codebook

SOURCE_PRIORITY = {"review": 0, "rule": 1, "model": 2}
QUOTATION_COLUMNS = ["theme", "category", "code", "code_id", "segment_id", "informant", "document",
                     "language", "text", "translation", "confidence", "source"]


def select_quotations(counted: pd.DataFrame, segments: pd.DataFrame, codebook: Codebook,
                      per_code: int | None = 10) -> pd.DataFrame:
    """Quotes per code, codebook order; reviewed and confident quotes first, informants spread.

    Taking one quote per informant before a second from anyone keeps the appendix from
    echoing the most talkative informant, which reviewers of qualitative papers look for.
    """
    if counted.empty:
        return pd.DataFrame(columns=QUOTATION_COLUMNS)
    segment_columns = ["segment_id", "document", "start", "language", "text", "translation"]
    merged = counted.merge(segments[segment_columns], on="segment_id", how="inner")
    merged["priority"] = merged["source"].map(SOURCE_PRIORITY).fillna(3)
    document_order = {name: index for index, name in enumerate(dict.fromkeys(segments["document"]))}
    merged["document_order"] = merged["document"].map(document_order)
    selected = []
    for code in codebook.codes:
        rows = merged[merged["code_id"] == code.id].drop_duplicates("segment_id")
        if rows.empty:
            continue
        rows = rows.sort_values(["priority", "confidence", "document_order", "start"], ascending=[True, False, True, True])
        rows = rows.assign(turn=rows.groupby("informant").cumcount())
        rows = rows.sort_values(["turn", "priority", "confidence", "document_order", "start"],
                                ascending=[True, True, False, True, True])
        if per_code is not None:
            rows = rows.head(per_code)
        selected.append(rows.sort_values(["document_order", "start"]))
    if not selected:
        return pd.DataFrame(columns=QUOTATION_COLUMNS)
    return pd.concat(selected, ignore_index=True)[QUOTATION_COLUMNS]


def needs_translation(row: Mapping) -> bool:
    """The paper adds an Indonesian translation only under quotes not already in Indonesian."""
    translation = str(row.get("translation") or "").strip()
    return row.get("language") in ("xmm", "mixed") and bool(translation) and translation != str(row["text"]).strip()


def quote_line(row: Mapping) -> str:
    """As the paper prints it: “quote” (A1)."""
    text = " ".join(str(row["text"]).split())
    return f"\u201c{text}\u201d ({row['informant']})"


def quotations_markdown(quotations: pd.DataFrame, lang_labels: dict[str, str]) -> str:
    """Appendix as Markdown, grouped Tema > Kategori > Koding."""
    lines = [f"# {lang_labels['appendix']}", ""]
    theme = category = None
    for code_label, group in quotations.groupby("code", sort=False):
        first = group.iloc[0]
        if first["theme"] != theme:
            theme, category = first["theme"], None
            lines += [f"## {lang_labels['theme']}: {theme}", ""]
        if first["category"] != category:
            category = first["category"]
            lines += [f"### {lang_labels['category']}: {category}", ""]
        lines += [f"#### {lang_labels['code']}: {code_label}", ""]
        for row in group.to_dict("records"):
            lines.append(f"> {quote_line(row)}")
            if needs_translation(row):
                lines.append(">")
                lines.append(f"> ({' '.join(str(row['translation']).split())})")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
