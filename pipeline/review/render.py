"""HTML for graders: a quote with its evidence marked, its gloss and translation, as a card.

Plain functions returning escaped HTML fragments with inline styles, so the same card shows in
JupyterLab, in a widget, and in a notebook exported to static HTML.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

import pandas as pd

from pipeline import wording
from pipeline.coding.carry_over import carried_source
from pipeline.coding.evidence import own_words
from pipeline.review.marks import evidence_spans, interlinear_html, marked_html
from pipeline.review.gloss_view import repeats_words
from pipeline.schema import CARRIED_EVIDENCE
from pipeline.wording import quantity

STATUS_STYLE = {
    "": ("#374151", "#e5e7eb"),
    "accepted": ("#166534", "#dcfce7"),
    "rejected": ("#991b1b", "#fee2e2"),
    "added": ("#1e40af", "#dbeafe"),
}
"""review state -> (text colour, background)."""


def ui_text(lang: str) -> dict[str, str]:
    return wording.words(wording.REVIEW, lang)


FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;color:#111827"
CARD_STYLE = f"border:1px solid #e5e7eb;border-radius:8px;padding:.6em .9em;margin:.5em 0;background:#fff;max-width:60em;{FONT}"


def quote_html(text: str, gloss: str, translation: str, evidence: str = "", evidence_in: str = "text",
               language: str = "") -> str:
    """The quote with its evidence marked; gloss and translation below."""
    text, gloss, translation = (str(value or "") for value in (text, gloss, translation))
    gloss = "" if repeats_words(text, gloss) else gloss   # an Indonesian turn's words again
    in_translation = evidence_in == "translation"
    text_spans = evidence_spans(text, own_words(evidence) if in_translation else evidence)
    translation_spans = evidence_spans(translation, evidence) if in_translation else []
    lang = f' lang="{html.escape(language)}"' if language else ""
    interlinear = interlinear_html(text, gloss, text_spans) if gloss.strip() else None
    parts = ['<div class="qp-quote" style="line-height:1.5">']
    if interlinear:
        parts.append(f'<div class="qp-text"{lang} style="font-size:1.02em">{interlinear}</div>')
    else:
        parts.append(f'<div class="qp-text"{lang} style="font-size:1.02em">\u201c{marked_html(text, text_spans)}\u201d</div>')
        if gloss.strip():
            parts.append(
                '<div class="qp-gloss" style="color:#6b7280;font-size:.85em;font-family:ui-monospace,monospace;'
                f'margin-top:.25em">{html.escape(gloss)}</div>'
            )
    if translation.strip() and translation.strip() != text.strip():
        parts.append(
            '<div class="qp-translation" lang="id" style="font-style:italic;color:#374151;margin-top:.3em">'
            f'({marked_html(translation, translation_spans)})</div>'
        )
    parts.append("</div>")
    return "".join(parts)


def badge_html(label: str, color: str, background: str) -> str:
    return (f'<span style="display:inline-block;padding:.05em .5em;border-radius:999px;font-size:.8em;'
            f'color:{color};background:{background};white-space:nowrap">{html.escape(label)}</span>')


def status_badge(state: str, lang: str = "id") -> str:
    color, background = STATUS_STYLE.get(state, STATUS_STYLE[""])
    return badge_html(ui_text(lang).get(state, state), color, background)


def location(row: pd.Series, lang: str = "id") -> str:
    """Where a grader finds the turn in the file as its author has it: "K1.csv, baris 3" (row 3 of
    the spreadsheet, the header row 1), "K3.docx, paragraf 14"; segments.csv's `place` says it. An
    older run's segments.csv has only the `line` of the text the reader built: "K1.md:12"."""
    document = str(row.get("document") or "")
    place = row.get("place")
    if isinstance(place, str) and place:
        return f"{document}, {wording.shown_place(place, lang)}"
    line = pd.to_numeric(row.get("line"), errors="coerce")
    return document if pd.isna(line) else f"{document}:{int(line)}"


def card_html(row: pd.Series, lang: str = "id", framed: bool = True) -> str:
    """One coding as a grader sees it: who said it where, the code path, the quote, the last decision.

    `framed=False` leaves out the border, for a widget that frames the card with its buttons.
    """
    path = " \u203a ".join(html.escape(str(row[name])) for name in ("theme", "category"))
    where = html.escape(location(row, lang))
    source = str(row.get("source", ""))
    confidence = pd.to_numeric(row.get("confidence"), errors="coerce")
    origin = source if pd.isna(confidence) or source == "review" else f"{source} {confidence:.2f}"
    decided = ""
    if str(row.get("reviewer") or ""):
        note = str(row.get("note") or "")
        decided = (
            '<div style="font-size:.8em;color:#6b7280;margin-top:.35em">'
            f"{html.escape(str(row['decision']))} \u00b7 {html.escape(str(row['reviewer']))} \u00b7 "
            f"{html.escape(str(row['timestamp']))}"
            + (f" \u2014 \u201c{html.escape(note)}\u201d" if note else "")
            + "</div>"
        )
    before = str(row.get("decided_before") or "")
    if before:   # the turn's decisions under a code the codebook has no more (status "again")
        decided += (f'<div style="font-size:.8em;color:#92400e;margin-top:.35em">'
                    f'{html.escape(ui_text(lang)["again"])}: {html.escape(before)}</div>')
    frame = CARD_STYLE if framed else FONT
    return (
        f'<div class="qp-card" style="{frame}">'
        '<div style="display:flex;gap:.6em;align-items:baseline;flex-wrap:wrap;margin-bottom:.35em">'
        f'<strong style="font-size:1.05em">{html.escape(str(row["informant"]))}</strong>'
        f'<span style="color:#6b7280;font-size:.85em">{where}</span>'
        f'{status_badge(str(row.get("review", "")), lang)}'
        f'<span style="color:#6b7280;font-size:.8em">{html.escape(origin)}</span></div>'
        f'<div style="font-size:.85em;color:#4b5563">{path}</div>'
        f'<div style="font-weight:600;margin:.1em 0 .45em">{html.escape(str(row["code"]))}</div>'
        f"{_row_quote(row, with_evidence=carried_from(row) is None)}"
        f"{carried_note_html(row, lang)}{queue_note_html(row, lang)}{decided}</div>"
    )


CARRIED_STYLE = ("#5b21b6", "#ede9fe")   # text colour, background: a coding a grader's decision made
CARRIED_QUOTE = 200                      # characters of the reviewed turn shown


def carried_from(row: pd.Series) -> tuple[str, float] | None:
    """(reviewed turn, similarity) when the row's coding is a grader's decision carried from a
    near-identical turn (`pipeline.coding.carry_over`: evidence "as reviewed: ..."), else None."""
    if str(row.get("evidence_in") or "") != CARRIED_EVIDENCE:
        return None
    return carried_source(str(row.get("evidence") or ""))


def carried_note_html(row: pd.Series, lang: str = "id") -> str:
    """For a carried coding: a mark, the reviewed turn it carries from and how near it is, and
    that turn's text when it is in this batch (`carried_text`); "" for other codings."""
    found = carried_from(row)
    if found is None:
        return ""
    words = ui_text(lang)
    source, similarity = found
    turn, _, batch = source.partition(" in ")      # "A1-3f9c2e in batch1": a turn of an earlier batch
    carried = (words["carried_from_batch"].format(turn=turn, batch=batch, similarity=f"{similarity:.2f}") if batch
               else words["carried_from"].format(turn=turn, similarity=f"{similarity:.2f}"))
    text = row.get("carried_text")
    text = text if isinstance(text, str) else ""
    shown = text if len(text) <= CARRIED_QUOTE else text[:CARRIED_QUOTE] + "\u2026"
    return (f'<div class="qp-carried" style="font-size:.85em;color:{CARRIED_STYLE[0]};margin-top:.35em">'
            f'{badge_html(words["carried_removed" if _removes(row) else "carried"], *CARRIED_STYLE)} '
            f'{html.escape(carried)}'
            + (f": \u201c{html.escape(shown)}\u201d" if shown else "") + "</div>")


def _removes(row: pd.Series) -> bool:
    """Whether a carried coding is a reject removing the rules' coding (a doubt below one half)."""
    confidence = pd.to_numeric(row.get("confidence"), errors="coerce")
    return bool(pd.notna(confidence) and confidence < 0.5)


def queue_note_html(row: pd.Series, lang: str = "id") -> str:
    """For a card of the uncertain-first queue: suggestion or doubt, the words that weigh most
    and the nearest turn a grader kept the code on ("" for other cards)."""
    kind = str(row.get("kind") or "")
    if not kind:
        return ""
    words = ui_text(lang)
    lines = [html.escape(words.get(kind, kind))]
    evidence = str(row.get("evidence") or "") if carried_from(row) is None else ""   # a carried row says its source
    if evidence:
        lines.append(f"{html.escape(words['weighted_words'])}: <em>{html.escape(evidence)}</em>")
    nearest = str(row.get("nearest_example") or "")
    if nearest:
        lines.append(f"{html.escape(words['nearest'])}: {html.escape(nearest)}")
    return ('<div class="qp-queue" style="font-size:.85em;color:#1e40af;margin-top:.35em">'
            + "<br>".join(lines) + "</div>")


def _row_quote(row: pd.Series, with_evidence: bool) -> str:
    def value(name: str, default: str = "") -> str:
        found = row.get(name)
        return default if found is None or pd.isna(found) or found == "" else str(found)

    evidence = value("evidence") if with_evidence else ""
    return quote_html(value("text"), value("gloss"), value("translation"), evidence, value("evidence_in", "text"),
                      value("language"))


def cards_html(rows: pd.DataFrame, limit: int | None = None, lang: str = "id") -> str:
    shown = rows if limit is None else rows.head(limit)
    cards = "".join(card_html(row, lang) for _, row in shown.iterrows())
    more = len(rows) - len(shown)
    if more > 0:
        cards += f'<p style="color:#6b7280">{html.escape(ui_text(lang)["more"].format(n=more))}</p>'
    return cards or f'<p style="color:#6b7280"><em>{html.escape(ui_text(lang)["none"])}</em></p>'


def progress_by_code_html(progress: pd.DataFrame, lang: str = "id") -> str:
    """`ReviewSession.progress_by_code()` as a table with the grader's words for the columns."""
    words = ui_text(lang)
    columns = {"code": words["code"], "codings": words["codings"], "accepted": words["accepted"],
               "added": words["added"], "rejected": words["rejected"], "pending": words["pending"]}
    table = progress[list(columns)].rename(columns=columns)
    return f'<div style="{FONT}">' + table.to_html(index=False, border=0) + "</div>"


def reliability_html(table: pd.DataFrame, decisions: int, decisions_in_run: int, lang: str = "id") -> str:
    """The learning model's reliability per code, or why there is none yet and what to do.

    `decisions` are the decisions in force now, `decisions_in_run` those the last run read: an
    empty table means nobody decided anything, or the run predates the decisions, or they were
    too few; a table without any kappa means too few as well.
    """
    words = ui_text(lang)
    if table.empty:
        reason = (words["reliability_none"] if not decisions else
                  words["reliability_pending"].format(n=decisions - decisions_in_run) if decisions > decisions_in_run
                  else words["reliability_too_few"])
        return f'<p style="max-width:60em;{FONT}">{html.escape(reason)}</p>'
    measured = "kappa_model" in table.columns and pd.to_numeric(table["kappa_model"], errors="coerce").notna().any()
    note = "" if measured else f'<p style="max-width:60em">{html.escape(words["reliability_too_few"])}</p>'
    from pipeline.coding.reliability import reasons_in

    shown = labelled_frame(reasons_in(table, lang), lang, values=("decided_by", "model_changes", "verdict"))
    return f'<div style="{FONT}">{note}' + shown.to_html(index=False, border=0, na_rep="") + "</div>"


def labelled_frame(frame: pd.DataFrame, lang: str, values: Iterable[str] = ()) -> pd.DataFrame:
    """`frame` for a grader to read: each column headed by its words in `lang` (the `col_<name>`
    entry of the review words, the name itself without one), and in the `values` columns the
    words of `val_<value>` (a list "suggestions; doubts" word by word)."""
    words = ui_text(lang)

    def value(cell: object) -> object:
        if not isinstance(cell, str) or not cell:
            return cell
        return "; ".join(words.get(f"val_{part.strip()}", part.strip()) for part in cell.split(";"))

    shown = frame.assign(**{name: frame[name].map(value) for name in values if name in frame.columns})
    return shown.rename(columns={name: words.get(f"col_{name}", name) for name in frame.columns})


def progress_html(progress: dict[str, int], lang: str = "id") -> str:
    """A bar split into accepted / added / rejected / pending, with the counts."""
    total = max(progress["total"], 1)
    parts = [
        ("accepted", progress["accepted"]),
        ("added", progress["added"]),
        ("rejected", progress["rejected"]),
        ("", progress["pending"]),
    ]
    bar = "".join(
        f'<div title="{ui_text(lang)[state]}: {count}" style="width:{100 * count / total:.2f}%;'
        f'background:{STATUS_STYLE[state][0] if state else "#d1d5db"}"></div>'
        for state, count in parts if count
    )
    legend = " \u00b7 ".join(
        f"{status_badge(state, lang)} {count}" for state, count in parts
    )
    headline = html.escape(ui_text(lang)["progress"].format(**progress))
    return (
        f'<div style="max-width:60em;{FONT}"><div style="font-weight:600;margin-bottom:.3em">{headline}</div>'
        f'<div style="display:flex;height:12px;border-radius:6px;overflow:hidden;background:#f3f4f6">{bar}</div>'
        f'<div style="margin-top:.35em;font-size:.9em">{legend}</div></div>'
    )


def segment_card_html(row: pd.Series, lang: str = "id", framed: bool = True) -> str:
    """A turn without a code in question (uncoded turns, re-attach candidates)."""
    where = html.escape(location(row, lang))
    frame = CARD_STYLE if framed else FONT
    return (
        f'<div class="qp-card" style="{frame}">'
        f'<div style="margin-bottom:.35em"><strong>{html.escape(str(row["informant"]))}</strong> '
        f'<span style="color:#6b7280;font-size:.85em">{where} \u00b7 {html.escape(str(row["segment_id"]))}</span></div>'
        f"{_row_quote(row, with_evidence=False)}"
        "</div>"
    )


def orphan_html(row: pd.Series, lang: str = "id", code_label: str = "") -> str:
    """An orphaned decision: what was decided, by whom, on a segment that is gone."""
    words = ui_text(lang)
    note = str(row.get("note") or "")
    code = str(row["code"])
    named = code if not code_label or code_label == code else f"{code_label} ({code})"
    return (
        '<div style="border:1px solid #fcd34d;background:#fffbeb;border-radius:8px;padding:.6em .9em;'
        f'margin:.5em 0;max-width:60em;{FONT}">'
        f'<div><strong>{html.escape(named)}</strong> \u00b7 '
        f'{html.escape(str(row["decision"]))} \u00b7 {html.escape(str(row["reviewer"]))} \u00b7 '
        f'<span style="color:#6b7280">{html.escape(str(row["timestamp"]))}</span></div>'
        f'<div style="font-size:.85em;color:#92400e">{html.escape(words["segment_gone"])}: '
        f'<code>{html.escape(str(row["segment_id"]))}</code></div>'
        + (f'<div style="font-size:.9em;margin-top:.2em">\u201c{html.escape(note)}\u201d</div>' if note else "")
        + "</div>"
    )


def controls_html(lang: str = "id") -> str:
    """How the review app's controls work, each named as its button or menu shows it in `lang`."""
    said = wording.words(wording.REVIEW, lang)
    return f'<div style="margin:.3em 0 .8em;max-width:57em;{FONT}">{said["controls"].format(**said)}</div>'


def summary_html(batch: str, reviewer: str, reviews_file: str, orphans: int, changes_since_run: int,
                 lang: str = "id", unknown_codes: dict[str, int] | None = None, hidden: int | None = None) -> str:
    """The notebook's header: whose decisions go where, how far the review is, what needs attention;
    `unknown_codes` (code as written -> turns) names the codes the codebook no longer has, whose
    decisions the run keeps but cannot apply (a code renamed with a new id, split or removed); `hidden`
    (a blind review's) how many rows of other graders it leaves out."""
    en = lang == "en"
    if reviewer:
        where = (f"Reviewer <strong>{html.escape(reviewer)}</strong> \u00b7 "
                 + ("decisions are saved at once to" if en else "keputusan langsung disimpan di"))
    else:
        where = "Review decisions:" if en else "Keputusan review:"
    lines = [
        f'<div style="font-size:1.1em;font-weight:600">Batch {html.escape(batch)}</div>',
        f'<div style="color:#4b5563;font-size:.9em;margin-bottom:.5em">{where} <code>{html.escape(reviews_file)}</code></div>',
    ]
    notes = [] if hidden is None else [_blind_note(hidden, en)]
    if changes_since_run:
        # the refresh button repeats this batch's last run wherever the batch lives; `make analyze`
        # alone analyses transcripts/wori, not a batch outside the repository
        said = wording.words(wording.REVIEW, lang)
        notes.append(f"{quantity(changes_since_run, 'decision')} not yet in the tables: press <b>{said['refresh']}</b> "
                     "at the end of this notebook (it repeats the last run, with its codebook and options)" if en
                     else f"{changes_since_run} keputusan belum masuk tabel: tekan <b>{said['refresh']}</b> di akhir "
                     "notebook ini (mengulang run terakhir, dengan kodebuku dan opsinya)")
    if orphans:
        gone = (f"{quantity(orphans, 'orphaned decision')} (segment gone): re-attach or drop in review.ipynb" if en
                else f"{orphans} keputusan yatim: segmennya sudah tidak ada; pindahkan atau hapus di review.ipynb")
        notes.append(gone)
    if unknown_codes:
        named = ", ".join(f"{html.escape(code)} ({count})" for code, count in unknown_codes.items())
        total = sum(unknown_codes.values())
        notes.append(f"{quantity(total, 'turn')} decided under a code the codebook no longer has (renamed with a new id, "
                     f"split or removed): {named}; kept in reviews.csv but not applied. Decide those turns again "
                     "with the codebook's codes (status <i>decide again (code gone)</i> shows their codings and every grader's "
                     "decision under the old code; the run's warnings list them), or write the code's new label or id in their "
                     "<code>code</code> cell" if en else
                     f"{total} giliran diputuskan dengan kode yang sudah tidak ada di kodebuku (id-nya diganti, dipecah atau "
                     f"dihapus): {named}; tetap disimpan di reviews.csv tetapi tidak diterapkan. Putuskan lagi "
                     "giliran itu dengan kode kodebuku (status <i>putuskan lagi (kode lama)</i> menampilkan kodingnya dan keputusan "
                     "setiap peninjau dengan kode lama; peringatan run mendaftarnya), atau tulis label atau id kode barunya di "
                     "sel <code>code</code>-nya")
    for note in notes:
        lines.append(f'<div style="margin-top:.4em;padding:.35em .7em;background:#fffbeb;border-left:3px solid #f59e0b;'
                     f'max-width:57em">{note}</div>')
    return f'<div style="margin:.3em 0 .8em;{FONT}">' + "".join(lines) + "</div>"


def _blind_note(hidden: int, en: bool) -> str:
    """What a blind review shows and leaves out, so the second grader knows the cards are the machine's."""
    return (f"Blind review: the cards show the machine's codings and your own decisions only; "
            f"{quantity(hidden, 'decision')} of other graders {'is' if hidden == 1 else 'are'} hidden (kept in reviews.csv "
            "and counted in the tables). When both graders are done, compare them with "
            "<code>python -m pipeline grader-agreement</code>" if en else
            f"Review buta: kartu menampilkan koding mesin dan keputusan Anda sendiri saja; {hidden} keputusan "
            "grader lain disembunyikan (tetap di reviews.csv dan dihitung di tabel). Setelah kedua grader selesai, "
            "bandingkan dengan <code>python -m pipeline grader-agreement</code>")
