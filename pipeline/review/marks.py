"""A quote's evidence marked in HTML for graders: where the evidence stands in the text (its phrases,
else its words), the text with those spans in <mark>, and the word-by-word interlinear block with the
marks kept under each word (read by render.py's cards)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from pipeline.coding.evidence import marked_phrases
from pipeline.gloss.tokens import WORD_RE

_WORD = re.compile(r"\w+", re.UNICODE)
MARK_STYLE = "background:#fde68a;padding:0 .1em;border-radius:2px"


def evidence_spans(text: str, evidence: str) -> list[tuple[int, int]]:
    """Character spans of `text` where the evidence occurs, merged and sorted.

    Evidence may list several phrases (";", "|" or "..." between them). A phrase is found
    case-insensitively with any run of whitespace between its words; a phrase not found as a
    whole is looked for word by word, so lemma-level evidence still marks the surface words.
    """
    spans: list[tuple[int, int]] = []
    for phrase in marked_phrases(evidence):
        words = _WORD.findall(phrase)
        if not words:
            continue
        found = _find_all(text, r"\s+".join(re.escape(word) for word in phrase.split()))
        if not found:
            for word in words:
                if len(word) >= 3:
                    found += _find_all(text, re.escape(word))
        spans += found
    return _merge(spans)


def _find_all(text: str, pattern: str) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE)]


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def marked_html(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` escaped, with each span wrapped in <mark>."""
    parts, position = [], 0
    for start, end in spans:
        parts.append(html.escape(text[position:start]))
        parts.append(f'<mark style="{MARK_STYLE}">{html.escape(text[start:end])}</mark>')
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts)


def interlinear_html(text: str, gloss: str, spans: list[tuple[int, int]]) -> str | None:
    """Leipzig-style word-by-word block when the gloss has one item per source word, else None.

    Words are the glosser's (pipeline.gloss.tokens), so the columns line up with its output;
    punctuation goes with the word it touches: "KK (Kartu" shows as "KK" and "(Kartu".
    """
    words = list(WORD_RE.finditer(text))
    glosses = gloss.split()
    if not words or len(words) != len(glosses):
        return None
    bounds = [0]
    for before, after in zip(words, words[1:]):
        glue = text[before.end():after.start()]
        space = max(glue.rfind(" "), glue.rfind("\n"), glue.rfind("\t"))
        bounds.append(before.end() + space + 1 if space >= 0 else after.start())
    bounds.append(len(text))
    cells = []
    for index, item in enumerate(glosses):
        raw = text[bounds[index]:bounds[index + 1]]
        start = bounds[index] + len(raw) - len(raw.lstrip())
        chunk = raw.strip()
        end = start + len(chunk)
        inside = [(max(a, start) - start, min(b, end) - start) for a, b in spans if a < end and start < b]
        word = marked_html(chunk, inside)
        cells.append(
            '<span style="display:inline-block;margin:0 .55em .35em 0;vertical-align:top">'
            f'<span class="qp-word" style="display:block">{word}</span>'
            f'<span class="qp-word-gloss" style="display:block;color:#6b7280;font-size:.85em">{html.escape(item)}</span></span>'
        )
    return "".join(cells)
