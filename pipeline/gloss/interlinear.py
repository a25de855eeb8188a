"""Leipzig-style display: source and gloss words left-aligned column by column, then the translation."""

from __future__ import annotations

from pipeline.gloss.glosser import GlossResult
from pipeline.gloss.langid import IND
from pipeline.gloss.tokens import words_of


def format_interlinear(text: str, result: GlossResult, width: int | None = None) -> str:
    """Three lines (original, gloss, 'translation'); with `width`, the aligned pair wraps."""
    words = list(result.words) or words_of(text)
    glosses = result.gloss.split()
    if len(glosses) < len(words):
        glosses += [""] * (len(words) - len(glosses))
    columns = [max(len(w), len(g)) for w, g in zip(words, glosses)]
    blocks: list[tuple[list[str], list[str]]] = []
    top: list[str] = []
    bottom: list[str] = []
    used = 0
    for word, gloss, size in zip(words, glosses, columns):
        if width and top and used + size + 1 > width:
            blocks.append((top, bottom))
            top, bottom, used = [], [], 0
        top.append(word.ljust(size))
        bottom.append(gloss.ljust(size))
        used += size + 1
    if top:
        blocks.append((top, bottom))
    lines: list[str] = []
    for top, bottom in blocks:
        lines.append(" ".join(top).rstrip())
        lines.append(" ".join(bottom).rstrip())
    lines.append(f"'{result.translation}'")
    return "\n".join(lines)


def quote_with_translation(text: str, translation: str, language: str) -> str:
    """A quotation as the Wori paper prints it: the Manado Malay original, then (Indonesian)."""
    text = text.strip()
    translation = (translation or "").strip()
    if language == IND or not translation or translation == text:
        return text
    return f"{text} ({translation})"
