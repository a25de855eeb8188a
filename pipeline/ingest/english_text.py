"""Transcripts that read as English but do not say so (`language: en`).

Without a language, a transcript is glossed as Manado Malay or Indonesian, and an English one gets a
word-by-word "Indonesian translation" under every quote. English's commonest function words are no
Indonesian or Manado Malay words (`so`, `to`, `for` and `me` are, and are not among them), so a file
whose words are often these is named in one warning, with the line to add.
"""

from __future__ import annotations

import re

import pandas as pd

from pipeline.ingest.document_segments import SourceDocument

ENGLISH_WORDS = frozenset("the and of is was were with that this have has you my they what when because but not "
                          "i it in we our he she".split())
ENGLISH_SHARE = 0.15   # of a file's words, at least
LEAST_WORDS = 20       # a file shorter than this is not judged
JUDGED_CHARACTERS = 4000   # the start of a file's turns is enough to judge (and costs nothing on a large batch)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def reads_as_english(text: str) -> bool:
    words = _WORD.findall(text.casefold())
    return len(words) >= LEAST_WORDS and sum(word in ENGLISH_WORDS for word in words) >= ENGLISH_SHARE * len(words)


def english_files_warning(documents: dict[str, SourceDocument], segments: pd.DataFrame) -> str | None:
    """One warning naming the files that name no language and whose turns read as English, or None."""
    unlabelled = {name for name, doc in documents.items() if not doc.metadata.get("language")}
    if not unlabelled:
        return None
    rows = segments[segments["document"].isin(unlabelled)]
    named = [name for name, texts in rows.groupby("document", sort=False)["text"]
             if reads_as_english(" ".join(texts)[:JUDGED_CHARACTERS])]
    if not named:
        return None
    return (f"{', '.join(named)} {'reads' if len(named) == 1 else 'read'} as English but {'says' if len(named) == 1 else 'say'} "
            "no language: it is glossed as Manado Malay or Indonesian, and each quote gets a word-by-word "
            "'Indonesian translation'. For an English-language study, write 'language: en' in each transcript's "
            "front matter or sidecar (NAME.yaml)")
