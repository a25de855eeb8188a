"""A small ipywidgets form for correcting the free translation of one segment.

The correction goes through ReviewSession.correct_translation (translations.csv, kept with the
batch); the next run puts it in segments.csv and the quotation appendix. Given the review app,
the panel is linked to it, so the notebook's refresh button (a new run) rebuilds its list of
segments and their machine translations from the new outputs.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from pipeline.review.session import ReviewSession

_TEXT = {
    "id": {"segment": "Segmen", "translation": "Terjemahan", "note": "Catatan", "save": "Simpan terjemahan",
           "saved": "Tersimpan; dipakai pada run berikutnya.", "machine": "Terjemahan mesin"},
    "en": {"segment": "Segment", "translation": "Translation", "note": "Note", "save": "Save translation",
           "saved": "Saved; the next run uses it.", "machine": "Machine translation"},
}


class TranslationPanel(widgets.VBox):
    """Pick a Manado Malay segment, type the right Indonesian, save; `render` re-reads the session."""

    def __init__(self, session: ReviewSession, lang: str = "id") -> None:
        self.session = session
        self.words = _TEXT[lang]
        self.segment = widgets.Dropdown(description=self.words["segment"], layout=widgets.Layout(width="95%"))
        self.machine = widgets.HTML()
        self.translation = widgets.Textarea(description=self.words["translation"],
                                            layout=widgets.Layout(width="95%"))
        self.note = widgets.Text(description=self.words["note"], layout=widgets.Layout(width="95%"))
        self.save = widgets.Button(description=self.words["save"], button_style="primary")
        self.status = widgets.HTML()
        self.segment.observe(lambda _change: self.show(), names="value")
        self.save.on_click(lambda _button: self.on_save())
        super().__init__([self.segment, self.machine, self.translation, self.note, self.save, self.status])
        self.render()

    def glossed(self):
        """The informant turns the glosser translated: interviewer turns are never quoted."""
        segments = self.session.segments
        return segments[segments["language"].isin(["xmm", "mixed"]) & (segments["speaker_role"] == "informant")]

    def render(self) -> None:
        """Rebuild the segment list from the session's current outputs (after a refresh)."""
        chosen = self.segment.value
        options = [(f"{row.segment_id} ({row.informant}): {' '.join(str(row.text).split())[:70]}", row.segment_id)
                   for row in self.glossed().itertuples()]
        self.segment.options = options
        ids = [value for _, value in options]
        if ids:
            self.segment.value = chosen if chosen in ids else ids[0]
        self.show()

    def show(self) -> None:
        rows = self.glossed()
        rows = rows[rows["segment_id"] == self.segment.value]
        if rows.empty:
            return
        row = rows.iloc[0]
        self.machine.value = (f"<p>{html.escape(str(row['text']))}<br><i>{self.words['machine']}:</i> "
                              f"{html.escape(str(row['translation']))}</p>")
        self.translation.value = str(row["translation"])
        self.status.value = ""

    def on_save(self) -> None:
        try:
            self.session.correct_translation(self.segment.value, self.translation.value, self.note.value)
        except ValueError as err:
            self.status.value = f"<span style='color:#b91c1c'>{html.escape(str(err))}</span>"
            return
        self.status.value = f"<span style='color:#047857'>{self.words['saved']}</span>"


def translation_panel(session: ReviewSession, app=None, lang: str = "id") -> TranslationPanel:
    """The panel; given the review app, the notebook's refresh redraws it with the new outputs."""
    panel = TranslationPanel(session, lang)
    if app is not None:
        app.linked.append(panel)
    return panel
