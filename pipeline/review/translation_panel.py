"""Small ipywidgets forms for the translation of one segment: the Indonesian correction, or the
English translation a paper in English needs.

A correction goes through ReviewSession.correct_translation (translations.csv, kept with the
batch); the next run puts it in segments.csv and the quotation appendix. An English translation
goes the same way to translations_en.csv, and the appendix of the next --lang en run prints it
(the glosser translates into Indonesian only). Given the review app, a panel is linked to it, so
the notebook's refresh button (a new run) rebuilds its list of segments from the new outputs.
"""

from __future__ import annotations

import html

import ipywidgets as widgets
import pandas as pd
from IPython.display import HTML

from pipeline.outputs import read_csv
from pipeline.review.render import labelled_frame, ui_text
from pipeline.review.session import ReviewSession
from pipeline.review.translations import ENGLISH_TRANSLATIONS_FILE, TRANSLATIONS_FILE

_TEXT = {
    "id": {"segment": "Segmen", "translation": "Terjemahan", "note": "Catatan", "save": "Simpan terjemahan",
           "saved": "Tersimpan; dipakai pada run berikutnya.", "machine": "Terjemahan mesin",
           "english": "Bahasa Inggris", "save_english": "Simpan terjemahan Inggris",
           "indonesian": "Terjemahan Indonesia",
           "no_corrections": "Belum ada koreksi terjemahan di {file}. Pilih giliran di atas, ketik terjemahan yang "
                             "benar, lalu tekan \u201cSimpan terjemahan\u201d: run berikutnya memakainya.",
           "no_english": "Belum ada terjemahan bahasa Inggris di {file}. Pilih kutipan di atas, ketik terjemahannya, "
                         "lalu tekan \u201cSimpan terjemahan Inggris\u201d: lampiran run berikutnya dengan --lang en "
                         "memakainya; sampai itu lampiran mencetak terjemahan Indonesia, dengan judul yang "
                         "menyebutnya."},
    "en": {"segment": "Segment", "translation": "Translation", "note": "Note", "save": "Save translation",
           "saved": "Saved; the next run uses it.", "machine": "Machine translation",
           "english": "English", "save_english": "Save English translation", "indonesian": "Indonesian translation",
           "no_corrections": "No translation corrections yet in {file}. Pick a turn above, type the right "
                             "translation and press \u201cSave translation\u201d: the next run uses it.",
           "no_english": "No English translations yet in {file}. Pick a quote above, type its English and press "
                         "\u201cSave English translation\u201d: the appendix of the next --lang en run prints it; "
                         "until then it prints the Indonesian translation, headed as such."},
}


class TranslationPanel(widgets.VBox):
    """Pick a segment, type its translation, save; `render` re-reads the session. `english`: the
    English translations of the quoted turns instead of corrections of the Indonesian one."""

    def __init__(self, session: ReviewSession, lang: str = "id", english: bool = False) -> None:
        self.session = session
        self.english = english
        self.file_name = ENGLISH_TRANSLATIONS_FILE if english else TRANSLATIONS_FILE
        self.words = _TEXT[lang]
        self.segment = widgets.Dropdown(description=self.words["segment"], layout=widgets.Layout(width="95%"))
        self.machine = widgets.HTML()
        self.translation = widgets.Textarea(description=self.words["english" if english else "translation"],
                                            layout=widgets.Layout(width="95%"))
        self.note = widgets.Text(description=self.words["note"], layout=widgets.Layout(width="95%"))
        self.save = widgets.Button(description=self.words["save_english" if english else "save"],
                                   button_style="primary")
        self.status = widgets.HTML()
        self.segment.observe(lambda _change: self.show(), names="value")
        self.save.on_click(lambda _button: self.on_save())
        super().__init__([self.segment, self.machine, self.translation, self.note, self.save, self.status])
        self.render()

    def glossed(self) -> pd.DataFrame:
        """The turns to translate: the informant turns the glosser translated (interviewer turns are
        never quoted), or for English the turns the appendix quotes (every informant turn before
        the first run wrote quotations.csv)."""
        segments = self.session.segments
        informant = segments["speaker_role"] == "informant"
        if not self.english:
            return segments[segments["language"].isin(["xmm", "mixed"]) & informant]
        path = self.session.outputs_dir / "quotations.csv"
        quoted = read_csv(path) if path.exists() else None
        if quoted is not None and "segment_id" in quoted.columns:
            return segments[informant & segments["segment_id"].isin(set(quoted["segment_id"]))]
        return segments[informant]

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
        shown = self.words["indonesian" if self.english else "machine"]
        self.machine.value = (f"<p>{html.escape(str(row['text']))}<br><i>{shown}:</i> "
                              f"{html.escape(str(row['translation']))}</p>")
        self.translation.value = self.english_in_force().get(row["segment_id"], "") if self.english \
            else str(row["translation"])
        self.status.value = ""

    def english_in_force(self) -> dict[str, str]:
        """segment id -> the latest English translation that still finds its text."""
        saved = self.session.translation_corrections(self.file_name)
        saved = saved.loc[~saved["orphan"].astype(bool)].drop_duplicates("segment_id", keep="last")
        return dict(zip(saved["segment_id"], saved["translation"]))

    def on_save(self) -> None:
        try:
            self.session.correct_translation(self.segment.value, self.translation.value, self.note.value,
                                             file_name=self.file_name)
        except ValueError as err:
            self.status.value = f"<span style='color:#b91c1c'>{html.escape(str(err))}</span>"
            return
        self.status.value = f"<span style='color:#047857'>{self.words['saved']}</span>"


def translation_panel(session: ReviewSession, app=None, lang: str = "id", english: bool = False) -> TranslationPanel:
    """The panel; given the review app, the notebook's refresh redraws it with the new outputs."""
    panel = TranslationPanel(session, lang, english)
    if app is not None:
        app.linked.append(panel)
    return panel


def saved_translations(session: ReviewSession, lang: str = "id", english: bool = False) -> pd.DataFrame | HTML:
    """The saved corrections (or English translations) as a table, each with whether its text is
    still in the batch; with none yet, a sentence saying so and what to do (not "Empty DataFrame")."""
    file_name = ENGLISH_TRANSLATIONS_FILE if english else TRANSLATIONS_FILE
    saved = session.translation_corrections(file_name)
    if not saved.empty:   # the text's hash only keys the file; "orphan" reads as whether the text is still there
        words = ui_text(lang)
        shown = saved.drop(columns="text_hash").assign(
            still_in_batch=[words["val_no"] if orphan else words["val_yes"] for orphan in saved["orphan"]])
        shown = shown.drop(columns="orphan").rename(columns={"translation": "translation_en"} if english else {})
        return labelled_frame(shown, lang)
    sentence = _TEXT[lang]["no_english" if english else "no_corrections"].format(
        file=f"<code>{html.escape(str(session.batch_dir / file_name))}</code>")
    return HTML(f"<p style='color:#4b5563'>{sentence}</p>")
