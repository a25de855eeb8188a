"""The text of an HTML transcript, as its paragraphs.

noScribe (open-source Whisper transcription made for qualitative research) saves its transcript as
HTML by default: a bold paragraph with the audio file's name, a grey paragraph about the
transcription ("Transcribed with noScribe vers. ...", "Audio file: ...", the options, separated by
<br>), then one <p> per speaker turn, "S00: words" (with its Timestamps option, "S00: [00:00:02]
words"), the words in <a name="ts_START_END_SPEAKER"> spans (noScribe/main.py). Each block element
becomes a paragraph of its own, separated by a blank line, and <br> a line break, so the text reads
as noScribe's own .txt export does and goes the same way: a tool's export (`speaker_export`,
`timed_text`), a typed transcript or a document. Nothing in <head>, <script> or <style> is text.
"""

from __future__ import annotations

from html.parser import HTMLParser

BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol",
                    "blockquote", "pre", "section", "article", "header", "footer", "body"})
HIDDEN = frozenset({"head", "script", "style"})
HTML_SUFFIXES = (".html", ".htm")


class _Paragraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.hidden = 0

    def _close(self) -> None:
        lines = (" ".join(line.split()) for line in "".join(self.current).split("\n"))
        paragraph = "\n".join(line for line in lines if line)
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

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.current.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self._close()

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.current.append(data.replace("\n", " "))


def html_text(markup: str) -> str:
    """The paragraphs of an HTML file's body, one blank line between them, spaces collapsed."""
    parser = _Paragraphs()
    parser.feed(markup)
    parser.close()
    parser._close()
    return "\n\n".join(parser.paragraphs) + "\n"
