"""An English report's quotes kept the transcriber's Indonesian notes ("[suara anak menangis]",
round 30's trial): a note the field's vocabulary names is printed in English, any other is
named in the appendix's note as the transcriber's, in Indonesian."""

from __future__ import annotations

import pandas as pd

from pipeline.aggregate.quote_notes import english_notes, shown_notes
from pipeline.aggregate.quotations import quotations_markdown
from pipeline.wording import labels


def _quotes(*texts: str) -> pd.DataFrame:
    # invented turns of a study of fishermen's wives
    return pd.DataFrame({"theme": "Pekerjaan", "category": "Laut", "code": "Melaut malam", "informant": "N2",
                         "text": list(texts), "translation": list(texts), "language": "xmm", "review": "ok"})


def test_a_note_the_vocabulary_names_is_printed_in_english_in_its_own_brackets():
    said = "Dia pigi malam [suara bayi menangis] kong pulang pagi (Tertawa.)"
    assert english_notes(said) == "Dia pigi malam [baby crying] kong pulang pagi (laughs)"


def test_redaction_marks_words_in_parentheses_and_unknown_notes_stay_as_typed():
    said = "Kata [NAMA] perahu (bodi) rusak [tetangga lewat]"
    assert english_notes(said) == said


def test_the_english_appendix_prints_english_notes_and_names_the_rest_as_the_transcribers():
    quotes = _quotes("Kami tunggu di pante [batuk] sampe jam dua.", "Ikan kurang [tetangga lewat] jadi rugi.")
    quotes["translation"] = ["Kami menunggu di pantai [batuk] sampai jam dua.", "Ikan kurang [tetangga lewat] jadi rugi."]
    english = quotations_markdown(shown_notes(quotes, "en"), labels("en"))
    # the translation under the quote names its notes as the quote does (round 31)
    assert "pante [coughs] sampe" in english and "pantai [coughs] sampai" in english and "[batuk]" not in english
    assert "transcriber's notes, in Indonesian as typed: [tetangga lewat]" in english
    indonesian = quotations_markdown(shown_notes(quotes, "id"), labels("id"))
    assert "pante [batuk] sampe" in indonesian and "[tetangga lewat]" in indonesian
    assert "transcriber" not in indonesian and "pencatat" not in indonesian


def test_an_english_appendix_whose_notes_are_all_named_needs_no_note():
    english = quotations_markdown(shown_notes(_quotes("Dia diam (menghela napas) lama."), "en"), labels("en"))
    assert "(sighs)" in english and "transcriber" not in english
