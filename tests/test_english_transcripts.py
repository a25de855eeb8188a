"""An English-language study's transcripts (`language: en`): never glossed or "translated" into
Indonesian (a new user's trial got "Indonesian translation: Leter I moved kan the city untuk work"
under every quote), questions included, and an English appendix prints the quote alone."""

from __future__ import annotations

import pandas as pd

from pipeline.aggregate.quotations import lacks_english, translation_line
from pipeline.gloss.glosser import shared_glosser
from pipeline.ingest import read_batch
from pipeline.records.languages import ENG, language_code
from pipeline.wording import labels
from test_ingest_support import write_batch

# invented: an English interview about quitting smoking
INTERVIEW = ("---\ninformant: E2\nrole: Bus driver\nlanguage: English\n---\n"
             "P: When do you smoke most?\n"
             "E2: On the night route, to stay awake. I go through a pack before we reach the terminal.\n"
             "P: Did anyone help you to quit?\n"
             "E2: The clinic gave me patches, but the other drivers smoke in the depot so I started again.\n")


def test_english_is_a_language_a_transcript_may_name():
    assert {language_code(name) for name in ("en", "English", "eng", "Bahasa Inggris")} == {ENG}


def test_an_english_transcript_is_read_and_kept_as_written_questions_included(tmp_path):
    batch = read_batch(write_batch(tmp_path, {"E2.md": INTERVIEW}))
    glossed = shared_glosser().gloss_frame(batch.segments)
    assert set(glossed["language"]) == {ENG}
    assert glossed["translation"].tolist() == glossed["text"].tolist()
    assert set(glossed["gloss"]) == {""}
    assert shared_glosser().unknown_words(glossed).empty   # English words are no unknown Manado words


def test_an_english_quote_needs_no_translation_line_nor_an_english_translation():
    quotes = pd.DataFrame({"segment_id": ["E2-1", "A1-1"], "language": [ENG, "xmm"],
                           "text": ["I go through a pack a night.", "Kita so nda isap."],
                           "translation": ["I go through a pack a night.", "Saya sudah tidak merokok."]})
    english, manado = (row for _, row in quotes.iterrows())
    assert translation_line(english, labels("en")) is None
    assert translation_line(english, labels("id")) is None
    assert translation_line(manado, labels("en")) == "(Indonesian translation: Saya sudah tidak merokok.)"
    assert lacks_english(quotes) == 1
