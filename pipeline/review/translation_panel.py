"""A small ipywidgets form for correcting the free translation of one segment.

The correction goes through ReviewSession.correct_translation (translations.csv, kept with the
batch); the next run puts it in segments.csv and the quotation appendix.
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


def translation_panel(session: ReviewSession, lang: str = "id") -> widgets.VBox:
    """Pick a Manado Malay segment, type the right Indonesian, save."""
    text = _TEXT[lang]
    glossed = session.segments[session.segments["language"].isin(["xmm", "mixed"])]
    options = [(f"{row.segment_id} ({row.informant}): {' '.join(str(row.text).split())[:70]}", row.segment_id)
               for row in glossed.itertuples()]
    segment = widgets.Dropdown(options=options, description=text["segment"], layout=widgets.Layout(width="95%"))
    machine = widgets.HTML()
    translation = widgets.Textarea(description=text["translation"], layout=widgets.Layout(width="95%"))
    note = widgets.Text(description=text["note"], layout=widgets.Layout(width="95%"))
    save = widgets.Button(description=text["save"], button_style="primary")
    status = widgets.HTML()

    def show(_change: object = None) -> None:
        rows = glossed[glossed["segment_id"] == segment.value]
        if rows.empty:
            return
        row = rows.iloc[0]
        machine.value = (f"<p>{html.escape(str(row['text']))}<br><i>{text['machine']}:</i> "
                         f"{html.escape(str(row['translation']))}</p>")
        translation.value = str(row["translation"])
        status.value = ""

    def on_save(_button: object) -> None:
        try:
            session.correct_translation(segment.value, translation.value, note.value)
        except ValueError as err:
            status.value = f"<span style='color:#b91c1c'>{html.escape(str(err))}</span>"
            return
        status.value = f"<span style='color:#047857'>{text['saved']}</span>"

    segment.observe(show, names="value")
    save.on_click(on_save)
    show()
    return widgets.VBox([segment, machine, translation, note, save, status])
