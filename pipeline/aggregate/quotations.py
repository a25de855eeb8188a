"""The quotation appendix: a bounded, representative set of quotes per code."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from pipeline.aggregate.excerpts import cut_like, excerpt
from pipeline.aggregate.quote_notes import notes_note
from pipeline.ingest.tables import labelled_row
from pipeline.ingest.turns import HASH_TIME, TIME
from pipeline.privacy.patterns import EMAIL, NAMA, NIK, REK, TELP
from pipeline.records.codebook import Codebook
from pipeline.records.languages import ENG
from pipeline.schema import ENGLISH_TRANSLATION, TABLE_HEADER

# a time typed into a turn's words, with the spaces before it: "[00:01:15]"; f4transkript's and
# f5's "#00:01:15-3#" (tenths after the hyphen, at a paragraph's end; Subtitle Edit's F4Text format);
# QualCoder's "#00:01:15.300#" and "{00:01:15}" (its view_av.py reads these as a transcript's times)
# noScribe's pause notes (its main.py and trans/*.yml): "(..)", a dot per second under ten seconds,
# "(12 seconds pause)", "(2 minute[s] pause)" (German "(12 Sekunden Pause)", Spanish "(12 segundos de
# pausa)", ...) from ten seconds on; not "(...)", which is also how a transcriber marks words left out
# (a three-second pause then stays visible, where dropping an omission mark would change the quote)
PAUSE_NOTE = r"\((?:\.{1,2}|\.{4,9}|\d+ [^()\d]{0,30}?\b(?:pause|pausa|Pause))\)"
TIME_MARK = re.compile(rf"\s*(?:\[{TIME}\]|{HASH_TIME}|\{{{TIME}\}}|{PAUSE_NOTE})")
TIME_MARK_OPENINGS = ("[", "#", "{", "(")
SOURCE_PRIORITY = {"review": 0, "rule": 1, "model": 2}
EXCERPT = "excerpt"   # True: the quote is the turn's sentences that hold the evidence, "[...]" for the rest
WHOLE_TRANSLATION = "whole_translation"   # the translation columns of an excerpt printed whole (not cut alike)
EXCERPT_OF = "excerpt_"   # + a quoted column: the words printed in its place ("" where it is printed whole)
QUOTATION_COLUMNS = ["theme", "category", "code", "code_id", "segment_id", "informant", "document", "place",
                     "time_start", "language", "text", "translation", "confidence", "source", "review",
                     EXCERPT, WHOLE_TRANSLATION, EXCERPT_OF + "text", EXCERPT_OF + "translation"]


def select_quotations(counted: pd.DataFrame, segments: pd.DataFrame, codebook: Codebook,
                      per_code: int | None = 10) -> pd.DataFrame:
    """Quotes per code, codebook order; reviewed and confident quotes first, informants spread.

    Taking one quote per informant before a second from anyone keeps the appendix from
    echoing the most talkative informant, which reviewers of qualitative papers look for.
    """
    return _bounded(_ranked_by_code(counted, segments, codebook), per_code)


def select_quotation_sets(counted: pd.DataFrame, segments: pd.DataFrame, codebook: Codebook,
                          per_code: int | None = 10) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(at most `per_code` quotes per code, every quote), as select_quotations gives them, ranked once."""
    ranked = _ranked_by_code(counted, segments, codebook)
    return _bounded(ranked, per_code), _bounded(ranked, None)


def _ranked_by_code(counted: pd.DataFrame, segments: pd.DataFrame, codebook: Codebook) -> list[pd.DataFrame]:
    """Each code's quotes (codebook order) best first: one per informant in turn, then the next round."""
    if counted.empty:
        return []
    segment_columns = ["segment_id", "document", "start", "language", "text", "translation"]
    segment_columns += [column for column in ("place", "time_start", TABLE_HEADER, ENGLISH_TRANSLATION)
                        if column in segments.columns]
    merged = counted.merge(segments[segment_columns], on="segment_id", how="inner")
    if TABLE_HEADER in merged:   # a markdown table row is quoted as a Word row is: "No: 1; Strategi: ..."
        merged["text"] = [labelled_row(str(header), str(text)) if isinstance(header, str) and header else text
                          for header, text in zip(merged.pop(TABLE_HEADER), merged["text"])]
    for column in ("text", "translation", ENGLISH_TRANSLATION):
        if column in merged:
            merged[column] = merged[column].map(without_time_marks)
    merged = _excerpts(merged)
    merged["priority"] = merged["source"].map(SOURCE_PRIORITY).fillna(3)
    document_order = {name: index for index, name in enumerate(dict.fromkeys(segments["document"]))}
    merged["document_order"] = merged["document"].map(document_order)
    by_code = dict(list(merged.groupby("code_id", sort=False)))
    ranked = []
    for code in codebook.codes:
        rows = by_code.get(code.id)
        if rows is None:
            continue
        rows = rows.drop_duplicates("segment_id")
        rows = rows.sort_values(["priority", "confidence", "document_order", "start"], ascending=[True, False, True, True])
        rows = rows.assign(turn=rows.groupby("informant").cumcount())
        ranked.append(rows.sort_values(["turn", "priority", "confidence", "document_order", "start"],
                                       ascending=[True, True, False, True, True]))
    return ranked


def without_time_marks(text: object) -> object:
    """A quote without the recording times a transcriber typed into its words ("malam, [00:01:15]
    anak-anak ..." reads "malam, anak-anak ..."): where the turn is in the recording is
    `--timestamps`' to print, once, after the quote. A transcription tool's pause note ("(..)",
    "(12 seconds pause)") is no word of the informant's either. Anything but a string is returned
    as it is."""
    if not isinstance(text, str) or not any(opening in text for opening in TIME_MARK_OPENINGS):
        return text
    return TIME_MARK.sub("", text).strip()


def _excerpts(merged: pd.DataFrame) -> pd.DataFrame:
    """Each quote cut to the sentences that hold its coding's evidence (excerpts.py), in a column of
    its own beside the quote (EXCERPT_OF + "text"), its translations cut alike where they can be,
    else printed whole and named in WHOLE_TRANSLATION. The quoted columns stay as the turn reads."""
    blank = [""] * len(merged)
    quotes = [excerpt(str(text), str(evidence), translation if isinstance(translation, str) else "")
              for text, evidence, translation in zip(merged["text"], merged.get("evidence", blank),
                                                     merged.get("translation", blank))]
    columns = {EXCERPT_OF + "text": ["" if quote.kept is None else quote.text for quote in quotes],
               EXCERPT: [quote.kept is not None for quote in quotes]}
    whole: list[list[str]] = [[] for _ in quotes]
    for column in ("translation", ENGLISH_TRANSLATION):
        if column not in merged:
            continue
        cut = [cut_like(value if isinstance(value, str) else "", quote) for value, quote in zip(merged[column], quotes)]
        for names, value in zip(whole, cut):
            if value is None:
                names.append(column)
        columns[EXCERPT_OF + column] = ["" if value is None or quote.kept is None else value
                                        for value, quote in zip(cut, quotes)]
    columns[WHOLE_TRANSLATION] = [" ".join(names) for names in whole]
    return merged.assign(**columns)


def printed(row: Mapping, column: str) -> object:
    """A quoted column's words as the appendix prints them: its excerpt where the quote is cut to
    its evidence's sentences, else the column as it is (also for a quotations.csv of an older run,
    which carried the excerpt in place of the quote)."""
    cut = row.get(EXCERPT_OF + column)
    return cut if isinstance(cut, str) and cut else row.get(column)


def _bounded(ranked: list[pd.DataFrame], per_code: int | None) -> pd.DataFrame:
    """The first `per_code` of each code's ranked quotes (all with None), in source order."""
    if not ranked:
        return pd.DataFrame(columns=QUOTATION_COLUMNS)
    selected = [(rows if per_code is None else rows.head(per_code)).sort_values(["document_order", "start"])
                for rows in ranked]
    columns = QUOTATION_COLUMNS + [ENGLISH_TRANSLATION, EXCERPT_OF + ENGLISH_TRANSLATION] * (
        ENGLISH_TRANSLATION in ranked[0].columns)
    return pd.concat(selected, ignore_index=True).reindex(columns=columns, fill_value="")


def needs_translation(row: Mapping) -> bool:
    """The paper adds an Indonesian translation only under quotes not already in Indonesian."""
    translation = str(printed(row, "translation") or "").strip()
    return row.get("language") in ("xmm", "mixed") and bool(translation) and translation != str(printed(row, "text")).strip()


def translation_line(row: Mapping, lang_labels: Mapping[str, str]) -> str | None:
    """The quote's translation as the appendix prints it, in parentheses, or None: a grader's English
    one where given (an English run), else the Indonesian one under a quote not in Indonesian, which
    an English run heads as such (`translation_prefix`: "Indonesian translation: "); under an
    Indonesian quote an English run says only that it is the original (`original_indonesian`): it
    needs no Indonesian translation, and how many quotes lack English the run summary says. Under an
    excerpt whose translation could not be cut at its sentences, the whole turn's translation is
    marked so (`whole_translation`)."""
    english = _words(printed(row, ENGLISH_TRANSLATION))
    if english:
        return f"({english}){_whole_mark(row, ENGLISH_TRANSLATION, lang_labels)}"
    if needs_translation(row):
        return (f"({lang_labels['translation_prefix']}{_words(printed(row, 'translation'))})"
                f"{_whole_mark(row, 'translation', lang_labels)}")
    if lang_labels.get("original_indonesian") and row.get("language") != ENG:
        return f"({lang_labels['original_indonesian']})"
    return None   # an English-language study's quote is its own original


def _whole_mark(row: Mapping, column: str, lang_labels: Mapping[str, str]) -> str:
    """" [translation of the whole turn]" under an excerpt whose translation could not be cut alike."""
    whole = row.get(WHOLE_TRANSLATION)
    return f" [{lang_labels['whole_translation']}]" if isinstance(whole, str) and column in whole.split() else ""


def lacks_english(quotations: pd.DataFrame) -> int:
    """How many quoted turns have no English translation (an English run's summary says so); an
    English-language study's quotes need none."""
    quotations = quotations[quotations["language"] != ENG] if "language" in quotations.columns else quotations
    if ENGLISH_TRANSLATION not in quotations.columns:
        return quotations["segment_id"].nunique()
    missing = pd.Series([_words(printed(row, ENGLISH_TRANSLATION)) == "" for row in quotations.to_dict("records")],
                        index=quotations.index, dtype=bool)
    return quotations.loc[missing, "segment_id"].nunique()


def _words(value: object) -> str:
    return " ".join(str(value).split()) if isinstance(value, str) else ""


def quote_line(row: Mapping, timestamps: bool = False) -> str:
    """As the paper prints it: “quote” (A1); with `timestamps`, a turn of a recording's transcript
    ends with where it starts in the recording: “quote” (A1) [00:12:31]."""
    text = _nested(" ".join(str(printed(row, "text")).split()))
    line = f"\u201c{text}\u201d ({row['informant']})"
    start = str(row.get("time_start") or "") if timestamps else ""
    return f"{line} [{start[:8]}]" if start and start != "nan" else line


# a double quotation mark that opens quoted speech inside a quote: at its start or after a space, a bracket,
# a dash or a slash
_INNER_OPENING = re.compile(r'(^|[\s(\[\u2013\u2014/-])["\u201c]')


def _nested(text: str) -> str:
    """The quote's own double quotation marks as single ones, as quoted speech is printed inside a quote."""
    if '"' not in text and "\u201c" not in text and "\u201d" not in text:
        return text
    opened = _INNER_OPENING.sub(lambda match: match.group(1) + "\u2018", text)
    return opened.replace('"', "\u2019").replace("\u201d", "\u2019").replace("\u201c", "\u2018")


def unreviewed(quotations: pd.DataFrame) -> pd.Series:
    """Quotations whose coding no researcher has decided on: the appendix marks them, so an author
    does not print a machine's coding as checked."""
    if "review" not in quotations:
        return pd.Series(False, index=quotations.index)
    return quotations["review"].fillna("").astype(str) == ""


def masked_note(quotations: pd.DataFrame, lang_labels: Mapping[str, str]) -> str | None:
    """The appendix's note saying what each redaction mark in its quotes stands for ([NAMA] a name or
    address), in the report's language; None when no quote holds one. A journal's reader, who never
    saw the pipeline, meets "[NAMA]" in an English paper otherwise unexplained."""
    columns = [column for column in ("text", "excerpt_text", "translation", ENGLISH_TRANSLATION) if column in quotations]
    printed = " ".join(quotations[column].fillna("").astype(str).str.cat(sep=" ") for column in columns)
    marks = [lang_labels[f"mask_{token}"] for token in (NAMA, NIK, TELP, REK, EMAIL) if token in printed]
    return lang_labels["masked_note"].format(marks="; ".join(marks)) if marks else None


def appendix_notes(quotations: pd.DataFrame, lang_labels: Mapping[str, str]) -> list[str]:
    """The notes above the appendix's quotes: unreviewed codings, redaction marks, and in an English
    report the transcriber's notes left in Indonesian (quote_notes.py)."""
    notes = [lang_labels["unreviewed_note"] if unreviewed(quotations).any() else None,
             masked_note(quotations, lang_labels), notes_note(quotations, lang_labels)]
    return [note for note in notes if note is not None]


def quotations_markdown(quotations: pd.DataFrame, lang_labels: dict[str, str], timestamps: bool = False) -> str:
    """Appendix as Markdown, grouped Tema > Kategori > Koding (`timestamps`: see quote_line); a quotation
    not yet reviewed is marked as in the Word report."""
    lines = [f"# {lang_labels['appendix']}", ""]
    for note in appendix_notes(quotations, lang_labels):
        lines += [f"_{note}_", ""]
    marked = unreviewed(quotations)
    quotations = quotations.assign(_unreviewed=marked)
    theme = category = None
    for code_label, group in _by_code(quotations).items():
        first = group[0]
        if first["theme"] != theme:
            theme, category = first["theme"], None
            lines += [f"## {lang_labels['theme']}: {theme}", ""]
        if first["category"] != category:
            category = first["category"]
            lines += [f"### {lang_labels['category']}: {category}", ""]
        lines += [f"#### {lang_labels['code']}: {code_label}", ""]
        for row in group:
            mark = f" [{lang_labels['unreviewed']}]" if row["_unreviewed"] else ""
            lines.append(f"> {quote_line(row, timestamps)}{mark}")
            if (translation := translation_line(row, lang_labels)) is not None:
                lines.append(">")
                lines.append(f"> {translation}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _by_code(quotations: pd.DataFrame) -> dict[str, list[dict]]:
    """Rows (as dicts) per code, codes in order of first appearance, as groupby(sort=False) gives them.

    Built from whole columns: to_dict("records") and groupby boxes every string cell one by one.
    """
    columns = list(quotations.columns)
    groups: dict[str, list[dict]] = {}
    for values in zip(*(quotations[column].tolist() for column in columns)):
        row = dict(zip(columns, values))
        code = row["code"]
        if code is not None and code == code:   # groupby leaves rows without a code (None, NaN) out
            groups.setdefault(code, []).append(row)
    return groups
