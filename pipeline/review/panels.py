"""The panels beside the review app: orphaned decisions to re-attach or drop, progress by code, and
a button that re-runs the analysis; each redraws with the app it is linked to (widgets.py)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets
import pandas as pd

from pipeline.errors import InputError
from pipeline.review.orphan_rows import CLOSE_QUOTE
from pipeline.review.render import location, orphan_html, progress_by_code_html, segment_card_html, ui_text
from pipeline.review.session import ReviewSession
from pipeline.review.static_fallback import HIDE_STATIC, StaticFallback
from pipeline.review.widgets import ReviewApp


class OrphanPanel(StaticFallback, widgets.VBox):
    """Decisions whose segment is gone: re-attach each to a current turn, or drop it on record."""

    def __init__(self, session: ReviewSession, lang: str = "id", on_change: Callable[[], None] | None = None) -> None:
        self.session, self.lang, self.on_change = session, lang, on_change
        self.words = ui_text(lang)
        self.message = widgets.HTML()
        super().__init__()
        self.render()

    def render(self) -> None:
        orphans = self.session.orphans()
        hide = widgets.HTML(HIDE_STATIC)
        if orphans.empty:
            self.children = [hide, self.message, widgets.HTML(f"<p>{html.escape(self.words['no_orphans'])}</p>")]
            return
        intro = widgets.HTML(f'<p style="max-width:60em">{html.escape(self.words["orphan_intro"])}</p>')
        self.children = [hide, intro, self.message, *[self._orphan(row) for _, row in orphans.iterrows()]]

    def _orphan(self, row: pd.Series) -> widgets.Widget:
        candidates = self.session.reattach_candidates(row)
        options = [(("\u2248 " if c["similarity"] >= CLOSE_QUOTE else "")
                    + f"{location(c, self.lang)} \u00b7 {_shorten(c['text'])}", c["segment_id"])
                   for _, c in candidates.iterrows()]
        target = widgets.Dropdown(options=options, layout=widgets.Layout(width="40em"))
        preview = widgets.HTML()

        def show(_: Any = None) -> None:
            chosen = candidates[candidates["segment_id"] == target.value]
            preview.value = "" if chosen.empty else segment_card_html(chosen.iloc[0], self.lang)

        target.observe(show, names="value")
        show()
        reattach = widgets.Button(description=self.words["reattach"], button_style="warning",
                                  layout=widgets.Layout(width="auto"), disabled=not options)
        reason = widgets.Text(placeholder=self.words["reason"], layout=widgets.Layout(width="18em"))
        drop = widgets.Button(description=self.words["drop"], layout=widgets.Layout(width="auto"))
        reattach.on_click(lambda _: self._act(lambda: self.session.reattach(row, target.value)))
        drop.on_click(lambda _: self._act(lambda: self.session.drop_orphan(row, reason.value)))
        return widgets.VBox([
            widgets.HTML(orphan_html(row, self.lang, self._label(row["code"]))),
            widgets.HBox([target, reattach]),
            preview,
            widgets.HBox([reason, drop]),
        ], layout=widgets.Layout(margin="0 0 1.2em 0"))

    def _act(self, action: Callable[[], object]) -> None:
        try:
            action()
        except (ValueError, InputError, OSError) as problem:
            self.message.value = f'<p style="color:#b91c1c">{html.escape(str(problem))}</p>'
            return
        self.message.value = ""
        self.render()
        if self.on_change:
            self.on_change()

    def snapshot_html(self) -> str:
        orphans = self.session.orphans()
        if orphans.empty:
            return f"<p>{html.escape(self.words['no_orphans'])}</p>"
        return (f'<p style="max-width:60em">{html.escape(self.words["orphan_intro"])}</p>'
                + "".join(orphan_html(row, self.lang, self._label(row["code"])) for _, row in orphans.iterrows()))

    def _label(self, key: str) -> str:
        return self.session.label(str(key)) if self.session.codebook.code_by_label_or_id(str(key)) else ""


class ProgressPanel(StaticFallback, widgets.VBox):
    """Progress by code, redrawn after every decision taken in the review app."""

    def __init__(self, session: ReviewSession, lang: str = "id") -> None:
        self.session, self.lang, self.words = session, lang, ui_text(lang)
        self.table = widgets.HTML()
        super().__init__([widgets.HTML(HIDE_STATIC), self.table])
        self.render()

    def render(self) -> None:
        self.table.value = self.snapshot_html()

    def snapshot_html(self) -> str:
        return progress_by_code_html(self.session.progress_by_code(), self.lang)


class RefreshPanel(widgets.VBox):
    """A button that re-runs the analysis, so a grader sees the tables change without a terminal.

    `rerun` does the run (the notebook passes the package's analyze); the review package only
    calls it, then reloads the session from the new outputs and redraws the linked app.
    """

    def __init__(self, session: ReviewSession, rerun: Callable[[], object], app: ReviewApp | None = None,
                 lang: str = "id") -> None:
        self.session, self.rerun, self.app = session, rerun, app
        self.words = ui_text(lang)
        self.button = widgets.Button(description=self.words["refresh"], button_style="info",
                                     layout=widgets.Layout(width="auto"))
        self.button.on_click(lambda _: self.refresh())
        self.message = widgets.HTML()
        super().__init__([self.button, self.message])

    def refresh(self) -> None:
        self.button.disabled = True
        self.message.value = f"<p>{html.escape(self.words['refreshing'])}</p>"
        try:
            self.rerun()
            self.session.reload()
        except (InputError, OSError) as problem:
            self.message.value = f'<p style="color:#b91c1c;white-space:pre-wrap">{html.escape(str(problem))}</p>'
            return
        finally:
            self.button.disabled = False
        done = self.words["refreshed"].format(folder=self.session.outputs_dir)
        self.message.value = f'<p style="color:#166534">{html.escape(done)}</p>'
        if self.app is not None:
            self.app.render()
            for panel in self.app.linked:
                panel.render()


def _shorten(text: str, width: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def orphan_panel(session: ReviewSession, app: ReviewApp | None = None, lang: str = "id") -> OrphanPanel:
    """The orphans panel; given the review app, each refreshes the other after a change."""
    panel = OrphanPanel(session, lang, on_change=app.render if app is not None else None)
    if app is not None:
        app.linked.append(panel)
    return panel


def progress_panel(session: ReviewSession, app: ReviewApp | None = None, lang: str = "id") -> ProgressPanel:
    """Progress by code; given the review app, it follows each decision taken there."""
    panel = ProgressPanel(session, lang)
    if app is not None:
        app.linked.append(panel)
    return panel


def refresh_panel(session: ReviewSession, rerun: Callable[[], object], app: ReviewApp | None = None,
                  lang: str = "id") -> RefreshPanel:
    return RefreshPanel(session, rerun, app, lang)
