"""Words inside a proper name are not content: "BPJS Kesehatan", "Dinas Kesehatan", "Puskesmas
Wori" name an institution or a place, and their "kesehatan" or "wori" says nothing of what the
text is about.

So a word is read as part of a name when it is capitalised and follows an acronym ("BPJS") or a
capitalised word that is itself mid-sentence (a sentence's first word is capitalised anyway:
"Apakah Ibu ..." is no name). The name's first word ("Dinas", "Puskesmas") stays content. A
title or heading, capitalised throughout ("Vaksin Terlambat Datang"), is no run of names,
but for the words after an acronym.

Only weak evidence (label, definition, example and related words, the question) skips such
words; a keyword the researcher wrote matches as written (compile_rules.py).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from pipeline.coding.keyword_rule import ANSWER, RELATED
from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.sentence_span import ends_sentence
from pipeline.coding.spans import Occurrence
from pipeline.coding.weak_evidence import WEAK_KINDS

# marks after which a capital starts afresh, besides a sentence's end: a colon, quotes, brackets, bullets, dashes
FRESH_START = frozenset(":\"'()[]•-–—*#|")
# the evidence that skips words inside proper names (a yes opening an answer is in none)
NAME_BLIND_KINDS = (WEAK_KINDS - {ANSWER}) | {RELATED}
TITLE_SHARE = 0.75   # more capitalised words than this share of a text's words: a title


def _capitalised(token: Token) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper)


def _acronym(token: Token) -> bool:
    return token.is_alpha and token.is_upper and len(token) > 1


def _starts_sentence(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    before = doc[i - 1]
    return (before.is_space or "\n" in before.whitespace_ or ends_sentence(before, line_break=True)
            or before.text in FRESH_START)


def in_name(doc: Doc, i: int, title: bool = False) -> bool:
    """Whether token `i` continues a proper name begun by the word before it; in a `title`
    only an acronym begins one."""
    if i == 0 or not _capitalised(doc[i]):
        return False
    before = doc[i - 1]
    if _after_bracketed_acronym(doc, i):   # "Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan"
        return True
    if "\n" in before.whitespace_ or not _capitalised(before):
        return False
    return _acronym(before) or not (title or _starts_sentence(doc, i - 1))


def _after_bracketed_acronym(doc: Doc, i: int) -> bool:
    """Does token `i` follow an acronym in brackets on the same line ("(BPJS) Kesehatan")? A news
    text spells an institution's name out and brackets its acronym inside the name: the word
    after the bracket goes on with it."""
    return (i >= 3 and doc[i - 1].text == ")" and _acronym(doc[i - 2]) and doc[i - 3].text == "("
            and not any("\n" in token.whitespace_ for token in doc[i - 3:i]))


def unattested_name(doc: Doc, start: int, end: int) -> bool:
    """Is the one word at `start` capitalised mid-sentence and unknown to the language's tables
    (a place: "Tabukan Utara", "Manganitu")? Its lemma is only what stripping its letters as
    affixes leaves ("tabu"), no match of a keyword written as that root."""
    if end - start != 1:
        return False
    token = doc[start]
    return token.is_title and token.is_alpha and not _starts_sentence(doc, start) and _unattested(token.lower_)


def clipped_name(doc: Doc, start: int, end: int) -> bool:
    """Is the one word at `start` such a name (`unattested_name`) whose norm cut its last letters
    off as an enclitic ("Maluku" read as *malu* + -ku, "Talaudmu")? Then it is no form of that word."""
    token = doc[start]
    return token.lower_ != token.norm_ and token.lower_.startswith(token.norm_) and unattested_name(doc, start, end)


@lru_cache(maxsize=8192)
def _unattested(word: str) -> bool:
    analyzer = word_analyzer()
    return not (analyzer.is_known(word) or analyzer.is_common(word))


def _title(doc: Doc) -> bool:
    words = [token for token in doc if token.is_alpha]
    return sum(map(_capitalised, words)) > TITLE_SHARE * len(words)


def without_names(doc: Doc, occ: dict[str, list[Occurrence]],
                  present: set[str]) -> tuple[dict[str, list[Occurrence]], set[str]]:
    """`occ` (term key -> spans) without the spans that have a word inside a proper name, and
    its terms (`present`: those of `occ`)."""
    named: dict[int, bool] = {}

    def inside(start: int, end: int) -> bool:
        for i in range(start, end):
            if i not in named:
                named[i] = in_name(doc, i, title)
            if named[i]:
                return True
        return False

    # a word continues a name only after a capitalised word or a bracketed acronym (`in_name`):
    # most views have none
    if not any(_capitalised(doc[i]) and (_capitalised(doc[i - 1]) or doc[i - 1].text == ")")
               for spans in occ.values() for start, end in spans for i in range(max(start, 1), end)):
        return occ, present
    title = _title(doc)
    kept = {term: [span for span in spans if not inside(*span)] for term, spans in occ.items()}
    kept = {term: spans for term, spans in kept.items() if spans}
    return kept, set(kept)
