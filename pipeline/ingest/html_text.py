"""The text of an HTML transcript, as its paragraphs.

noScribe (open-source Whisper transcription made for qualitative research) saves its transcript as
HTML by default: a bold paragraph with the audio file's name, a grey paragraph about the
transcription ("Transcribed with noScribe vers. ...", "Audio file: ...", the options, separated by
<br>), then one <p> per speaker turn, "S00: words" (with its Timestamps option, "S00: [00:00:02]
words"), the words in <a name="ts_START_END_SPEAKER"> spans (noScribe/main.py). Each block element
becomes a paragraph of its own, separated by a blank line, and <br> a line break, so the text reads
as noScribe's own .txt export does and goes the same way (a turn's first span names its start in
milliseconds, so "S00: words" without noScribe's timestamps is read as "S00: [00:00:01.200] words",
the turn's start): a tool's export (`tool_exports`,
`timed_text`), a typed transcript or a document. Nothing in <head>, <script>, <style>, or a
saved web page's <nav> menus, forms and controls is text.

oTranscribe's own file (.otr) is JSON whose `text` is the transcript as HTML, each time the
transcriber stamped a <span class="timestamp" data-timestamp="12.3">00:12</span> (its README,
src/js/app/timestamps.js): read as "[00:12]", so a stamped turn reads "[00:12] P: words".
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from pipeline.errors import InputError
from pipeline.ingest.clocks import clock
from pipeline.ingest.turns import NOSCRIBE_LABEL

BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol",
                    "blockquote", "pre", "section", "article", "header", "footer", "body"})
# not text: the head, code, and a saved web page's menus, forms and controls around its article
HIDDEN = frozenset({"head", "script", "style", "nav", "noscript", "form", "template", "svg", "button", "select"})
HTML_SUFFIXES = (".html", ".htm")
# noScribe's bookmark of a stretch of speech: <a name="ts_1200_5400_S00">
NOSCRIBE_SPAN = re.compile(rf"^ts_(?P<start>\d+)_(?P<end>\d+)_(?P<speaker>{NOSCRIBE_LABEL})$")
OTR_SUFFIX = ".otr"   # oTranscribe
MARKUP_SUFFIXES = (*HTML_SUFFIXES, OTR_SUFFIX)


class _Paragraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.hidden = 0
        self.stamp = False   # inside oTranscribe's <span class="timestamp">
        self.anchor: tuple[str, int] | None = None   # (speaker, start in ms) of the paragraph's first noScribe span

    def _close(self) -> None:
        lines = (" ".join(line.split()) for line in "".join(self.current).split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if self.anchor is not None:
            paragraph = _with_start(paragraph, *self.anchor)
            self.anchor = None
        if paragraph:
            self.paragraphs.append(paragraph)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self.current.append("\n")
        elif tag in BLOCKS:
            self._close()
        elif tag == "a" and self.anchor is None and (span := NOSCRIBE_SPAN.match(dict(attrs).get("name") or "")):
            self.anchor = (span["speaker"], int(span["start"]))
        elif tag == "span" and "timestamp" in (dict(attrs).get("class") or "").split():
            self.stamp = True
            self.current.append("[")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.current.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self._close()
        elif tag == "span" and self.stamp:
            self.stamp = False
            self.current.append("]")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.current.append(data.replace("\n", " "))


def _with_start(paragraph: str, speaker: str, start_ms: int) -> str:
    """"S00: words" as "S00: [00:00:01.200] words" (its first span's start); a paragraph that already
    has noScribe's visible timestamp, or is not that speaker's, as it is."""
    label = f"{speaker}:"
    rest = paragraph[len(label):].lstrip()
    if not paragraph.startswith(label) or rest.startswith("["):
        return paragraph
    return f"{label} [{clock(start_ms)}] {rest}"


def html_text(markup: str) -> str:
    """The paragraphs of an HTML file's body, one blank line between them, spaces collapsed."""
    parser = _Paragraphs()
    parser.feed(markup)
    parser.close()
    parser._close()
    return "\n\n".join(parser.paragraphs) + "\n"


def otr_markup(text: str, path: Path) -> str:
    """The transcript (HTML) an oTranscribe file holds in its `text`; InputError naming the file (and
    the line, for broken JSON) when it holds none."""
    try:
        saved = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError.at(path, f"is not an oTranscribe file (.otr is JSON): {error.msg}; export it from "
                                  "oTranscribe again, or as text (.txt)", line=error.lineno) from None
    markup = saved.get("text") if isinstance(saved, dict) else None
    if not isinstance(markup, str):
        raise InputError.at(path, "is JSON without oTranscribe's 'text' (the transcript): export it from "
                                  "oTranscribe again, or as text (.txt)")
    return markup
