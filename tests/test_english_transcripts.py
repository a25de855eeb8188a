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


# invented: a Manado Malay interview about the same habit (no language given either)
MANADO = ("P: Kapan Bapak paling banyak isap rokok?\n"
          "B3: Kalu malam, biar nyanda mangantuk. Satu bungkus so abis sebelum torang sampe di terminal.\n"
          "P: Ada yang bantu for berhenti?\n"
          "B3: Puskesmas da kase plester, mar tamang-tamang di pangkalan isap trus, jadi kita ulang le.\n")


def test_a_file_that_reads_as_english_but_names_no_language_is_warned_about(tmp_path):
    unnamed = INTERVIEW.replace("language: English\n", "")
    batch = read_batch(write_batch(tmp_path, {"E2.md": unnamed, "B3.md": "---\ninformant: B3\n---\n" + MANADO,
                                              "E4.md": INTERVIEW.replace("E2", "E4")}))
    [said] = [warning for warning in batch.warnings if "as English" in warning]
    assert said.startswith("E2.md reads as English but says no language") and "language: en" in said
    assert "B3.md" not in said and "E4.md" not in said   # Manado Malay; English that says so
