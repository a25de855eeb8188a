"""The ipywidgets review app: controls wired to a ReviewSession, nothing more.

Every decision goes through the session (which writes reviews.csv at once); the widgets only
choose what to show. Each app also carries a static HTML snapshot in its display data, so a
notebook exported to HTML or opened without a widget manager still shows the cards.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as widgets
import pandas as pd

from pipeline.errors import InputError
from pipeline.review.render import (
    card_html,
    cards_html,
    progress_html,
    segment_card_html,
    ui_text,
)
from pipeline.review.session import STATUSES, ReviewSession, with_words
from pipeline.review.static_fallback import HIDE_STATIC, StaticFallback
from pipeline.schema import NOTHING_TO_CODE

_ALL = ""
_UNCODED = "uncoded"
QUEUE = "queue"     # the status choice that shows the model's pending rows, least certain first


class ReviewApp(StaticFallback, widgets.VBox):
    """Filters, a page of coding cards with Accept / Reject / add-code and a note, the progress bar."""

    def __init__(self, session: ReviewSession, page_size: int = 8, lang: str = "id", status: str = _ALL) -> None:
        self.session, self.page_size, self.lang, self.page = session, page_size, lang, 0
        self.words = words = ui_text(lang)
        self._updating = False
        wide = widgets.Layout(width="34em")
        narrow = widgets.Layout(width="17em")
        style = {"description_width": "5.5em"}
        options = session.options()
        everything = [(words["all"], _ALL)]
        self.theme = widgets.Dropdown(description=words["theme"], layout=narrow, style=style, value=_ALL,
                                      options=[*everything, *[(label, label) for label in options["theme"]]])
        self.category = widgets.Dropdown(description=words["category"], layout=narrow, style=style,
                                         options=everything, value=_ALL)
        self.code = widgets.Dropdown(description=words["code"], layout=wide, style=style, options=everything, value=_ALL)
        self.informant = widgets.Dropdown(description=words["informant"], layout=narrow, style=style, value=_ALL,
                                          options=[*everything, *[(code, code) for code in options["informant"]]])
        self.status = widgets.Dropdown(
            description=words["status"], layout=narrow, style=style, value=status,
            options=[*everything, *[(words[name], name) for name in (*STATUSES, _UNCODED, QUEUE)]],
        )
        self.search = widgets.Text(description=words["search"], placeholder=words["search_hint"], layout=wide,
                                   style=style, continuous_update=False)
        self._cascade()
        for control in (self.theme, self.category, self.code, self.informant, self.status, self.search):
            control.observe(self._on_filter, names="value")

        self.previous = widgets.Button(description="\u25c0", layout=widgets.Layout(width="3em"))
        self.next = widgets.Button(description="\u25b6", layout=widgets.Layout(width="3em"))
        self.previous.on_click(lambda _: self._turn(-1))
        self.next.on_click(lambda _: self._turn(+1))
        self.page_label = widgets.HTML()
        self.header = widgets.HTML()
        self.message = widgets.HTML()
        self.cards = widgets.VBox()
        self.linked: list[widgets.Widget] = []  # panels with a render(): orphans, progress, translations
        filters = widgets.VBox([
            widgets.HBox([self.theme, self.category, self.informant]),
            widgets.HBox([self.code, self.status]),
            self.search,
            widgets.HBox([self.previous, self.page_label, self.next], layout=widgets.Layout(align_items="center")),
        ])
        super().__init__([widgets.HTML(HIDE_STATIC), self.header, filters, self.message, self.cards])
        self.render()

    # ------------------------------------------------------------ filtering
    def _cascade(self) -> None:
        """Category and code choices follow the chosen theme and category, labelled as the run
        printed them."""
        codes = self.session.shown.codes
        if self.theme.value:
            codes = [code for code in codes if code.theme == self.theme.value]
        categories = list(dict.fromkeys(code.category for code in codes))
        self._updating = True
        try:
            keep = self.category.value if self.category.value in categories else _ALL
            self.category.options = [(self.words["all"], _ALL), *[(label, label) for label in categories]]
            self.category.value = keep
            if self.category.value:
                codes = [code for code in codes if code.category == self.category.value]
            keep = self.code.value if self.code.value in [code.id for code in codes] else _ALL
            self.code.options = [(self.words["all"], _ALL), *[(code.label, code.id) for code in codes]]
            self.code.value = keep
        finally:
            self._updating = False

    def _on_filter(self, change: dict[str, Any]) -> None:
        if self._updating:
            return
        if change["owner"] in (self.theme, self.category):
            self._cascade()
        self.page = 0
        self.render()

    def rows(self) -> pd.DataFrame:
        """What the filters select: codings, or informant turns without a code; the typed words narrow each."""
        if self.status.value == _UNCODED:
            return with_words(self.session.uncoded(informant=self.informant.value or None), self.search.value)
        if self.status.value == QUEUE:   # the queue's order; the other filters narrow it
            return with_words(self.session.queue_view(
                theme=self.theme.value or None, category=self.category.value or None,
                code=self.code.value or None, informant=self.informant.value or None), self.search.value)
        return self.session.filter(
            theme=self.theme.value or None, category=self.category.value or None, code=self.code.value or None,
            informant=self.informant.value or None, status=self.status.value or None, words=self.search.value,
        )

    def _turn(self, step: int) -> None:
        self.page += step
        self.render()

    # ------------------------------------------------------------ drawing
    def render(self) -> None:
        rows = self.rows()
        pages = max(1, -(-len(rows) // self.page_size))
        self.page = min(max(self.page, 0), pages - 1)
        first = self.page * self.page_size
        shown = rows.iloc[first:first + self.page_size]
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= pages - 1
        span = self.words["page"].format(first=min(first + 1, len(rows)), last=first + len(shown), n=len(rows))
        self.page_label.value = f'<span style="padding:0 .8em">{html.escape(span)}</span>'
        self.header.value = progress_html(self.session.progress(), self.lang)
        uncoded = self.status.value == _UNCODED
        self.cards.children = [
            self._segment_card(row) if uncoded else self._coding_card(row) for _, row in shown.iterrows()
        ] or [widgets.HTML(f'<p style="color:#6b7280"><em>{html.escape(self.words["none"])}</em></p>')]

    def _coding_card(self, row: pd.Series) -> widgets.Widget:
        note = self._note_field()
        state = str(row["review"])
        # the button of the decision in force is shown pressed (disabled); the other one changes it
        accept = widgets.Button(description=self.words["accept"], button_style="success",
                                disabled=state in ("accepted", "added"), layout=widgets.Layout(width="7.5em"))
        reject = widgets.Button(description=self.words["reject"], button_style="danger",
                                disabled=state == "rejected", layout=widgets.Layout(width="7.5em"))
        accept.on_click(lambda _: self._decide("accept", row["segment_id"], row["code_id"], note.value))
        reject.on_click(lambda _: self._decide("reject", row["segment_id"], row["code_id"], note.value))
        actions = widgets.HBox([note, accept, reject, _spacer(), *self._add_controls(row["segment_id"], note)])
        return _framed([widgets.HTML(card_html(row, self.lang, framed=False)), actions], state)

    def _segment_card(self, row: pd.Series) -> widgets.Widget:
        note = self._note_field()
        # "nothing to code": the grader looked and found no code missing (the model learns the negatives)
        nothing = widgets.Button(description=self.words["nothing_to_code"], layout=widgets.Layout(width="auto"))
        nothing.on_click(lambda _: self._decide(NOTHING_TO_CODE, row["segment_id"], "", note.value))
        actions = widgets.HBox([note, *self._add_controls(row["segment_id"], note), _spacer(), nothing])
        return _framed([widgets.HTML(segment_card_html(row, self.lang, framed=False)), actions], "")

    def _note_field(self) -> widgets.Text:
        return widgets.Text(placeholder=self.words["note"], layout=widgets.Layout(width="18em"))

    def _add_controls(self, segment_id: str, note: widgets.Text) -> list[widgets.Widget]:
        present = set(self.session.codings.loc[
            (self.session.codings["segment_id"] == segment_id) & (self.session.codings["review"] != "rejected"), "code_id"])
        choices = [(code.label, code.id) for code in self.session.shown.codes if code.id not in present]
        picker = widgets.Dropdown(options=[(self.words["add_code"], _ALL), *choices], layout=widgets.Layout(width="16em"))
        add = widgets.Button(description=self.words["add"], disabled=True,
                             layout=widgets.Layout(width="auto", min_width="7.5em"))
        picker.observe(lambda change: setattr(add, "disabled", not change["new"]), names="value")
        add.on_click(lambda _: self._decide("add", segment_id, picker.value, note.value))
        return [picker, add]

    def _decide(self, decision: str, segment_id: str, code: str, note: str) -> None:
        action = {"accept": self.session.accept, "reject": self.session.reject, "add": self.session.add,
                  NOTHING_TO_CODE: lambda segment_id, _, note: self.session.nothing_to_code(segment_id, note)}[decision]
        try:
            written = action(segment_id, code, note)
        except (ValueError, InputError, OSError) as problem:
            self.message.value = f'<p style="color:#b91c1c">{html.escape(str(problem))}</p>'
            return
        what = f"{written['decision']} \u201c{self.session.label(written.get('code_id') or written['code'])}\u201d \u00b7 {written['segment_id']}"
        where = f"{self.session.batch_dir.name}/{self.session.reviews_file.name}"
        self.message.value = (f'<p style="color:#166534">'
                              f'{html.escape(self.words["saved"].format(file=where, what=what))}</p>')
        self.render()
        for panel in self.linked:
            panel.render()

    def snapshot_html(self) -> str:
        rows = self.rows()
        shown = rows.head(self.page_size)
        body = (cards_html(shown, lang=self.lang) if self.status.value != _UNCODED
                else "".join(segment_card_html(row, self.lang) for _, row in shown.iterrows()))
        more = len(rows) - len(shown)
        if more > 0:
            body += f'<p style="color:#6b7280">{html.escape(self.words["more"].format(n=more))}</p>'
        return progress_html(self.session.progress(), self.lang) + body


_STATE_BORDER = {"": "#e5e7eb", "accepted": "#86efac", "added": "#93c5fd", "rejected": "#fca5a5"}


def _framed(children: list[widgets.Widget], state: str) -> widgets.VBox:
    """A card: the quote and its buttons inside one border, coloured by the decision in force."""
    return widgets.VBox(children, layout=widgets.Layout(
        border=f"1px solid {_STATE_BORDER.get(state, _STATE_BORDER[''])}", padding="6px 12px 10px",
        margin="0 0 10px 0", max_width="62em"))


def _spacer() -> widgets.Widget:
    return widgets.Box(layout=widgets.Layout(width="1.5em"))


def review_app(session: ReviewSession, page_size: int = 8, lang: str = "id", status: str = _ALL) -> ReviewApp:
    return ReviewApp(session, page_size=page_size, lang=lang, status=status)
