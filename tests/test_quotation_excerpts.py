"""A long turn is quoted from the sentences that hold its coding's evidence, with a little context
and "[...]" for what is left out; its translation is cut at the same sentences, or printed whole
and said to be the whole turn's (aggregate/excerpts.py, aggregate/quotations.py)."""

from __future__ import annotations

import pandas as pd

from pipeline.aggregate.excerpts import excerpt
from pipeline.aggregate.quotations import EXCERPT, quotations_markdown, quote_line, select_quotations, translation_line
from pipeline.review.turn_anchors import quoted_turns, turn_anchors
from pipeline.schema import ENGLISH_TRANSLATION, OMISSION
from pipeline.wording import labels
from tests.helpers import make_codebook, make_codings

# invented: an English-language tobacco study's long answer, eight sentences, 127 words
SMOKER = ("I started smoking when I was fourteen, because everyone in my village did it after school. "
          "My father worked on a clove farm, so kretek was always in the house and nobody thought it was strange. "
          "Later I moved to the city for work and the habit just came with me. "
          "There were months when I spent more on cigarettes than on rice for my children. "
          "My wife complained about it every week, and she was right to complain. "
          "At the factory we had breaks every two hours and the whole line would go outside together. "
          "It was the only time we could talk without the supervisor watching us. "
          "Now my doctor says my lungs are weak and I get tired climbing the stairs to our flat.")
SENTENCES = [sentence + "." for sentence in SMOKER.rstrip(".").split(". ")]
# invented: a Manado Malay answer (85 words, eight sentences) and its Indonesian translation
WIFE = ("Kita pe laki dulu ja isap rokok tiap hari. Satu bungkus sehari, kadang dua kalau ada pesta. "
        "Torang pe doi abis di warung for beli rokok, nyanda cukup for beli beras. "
        "Kita so bilang pa dia mar dia nda mo dengar. "
        "Sampe anak-anak le ja minta doi for beli makanan di sekolah dan torang nda ada. "
        "Skarang dia so batu-batu tiap malam kong napas pendek. Dokter di puskesmas so bilang musti berhenti. "
        "Mar sampe skarang dia masih ja isap di belakang rumah, kita pura-pura nda lia.")
WIFE_ID = ("Suami saya dulu biasa merokok setiap hari. Satu bungkus sehari, kadang dua kalau ada pesta. "
           "Uang kami habis di warung untuk beli rokok, tidak cukup untuk beli beras. "
           "Saya sudah bilang kepadanya tetapi dia tidak mau dengar. "
           "Sampai anak-anak juga biasa minta uang untuk beli makanan di sekolah dan kami tidak ada. "
           "Sekarang dia sudah batuk-batuk setiap malam lalu napas pendek. Dokter di puskesmas sudah bilang harus berhenti. "
           "Tetapi sampai sekarang dia masih biasa merokok di belakang rumah, saya pura-pura tidak lihat.")
TREE = {"Rokok": {"Beban": ["Uang rumah tangga"], "Kesehatan": ["Gejala"]}}


def test_a_long_turn_keeps_the_evidence_sentence_its_short_neighbours_and_marks_each_omission():
    quote = excerpt(SMOKER, "cigarettes … rice")
    assert quote.text == f"{OMISSION} {SENTENCES[2]} {SENTENCES[3]} {SENTENCES[4]} {OMISSION}"
    assert len(quote.text.split()) < len(SMOKER.split()) / 2


def test_a_near_rule_is_quoted_from_the_fewest_sentences_that_hold_all_its_words():
    # "doctor" and "tired" are both in the last sentence (the one before it is context, none after it);
    # "kretek" of the second rule in the second (with the first and third as context)
    quote = excerpt(SMOKER, "doctor … tired (keyword words) + kretek [rokok kretek]")
    assert quote.text == f"{SENTENCES[0]} {SENTENCES[1]} {SENTENCES[2]} {OMISSION} {SENTENCES[6]} {SENTENCES[7]}"


def test_a_short_turn_or_one_without_its_evidence_stays_whole():
    short = " ".join(SENTENCES[:3])   # 51 words
    assert excerpt(short, "kretek").text == short
    assert excerpt(SMOKER, "").kept is None   # a grader's added code: no evidence to cut at
    assert excerpt(SMOKER, "asthma (question)").text == SMOKER
    assert excerpt(SMOKER.replace(". ", ", "), "cigarettes").text == SMOKER.replace(". ", ", ")   # one sentence


def test_evidence_found_only_in_the_translation_is_looked_for_in_its_sentences():
    assert excerpt(WIFE, "batuk-batuk").kept is None   # the Manado words say "batu-batu"
    quote = excerpt(WIFE, "batuk-batuk", WIFE_ID)
    assert quote.text.startswith("[...] Sampe anak-anak") and quote.text.endswith("musti berhenti. [...]")


def _quotes(text: str, translation: str, evidence: str, language: str, english: str | None = None) -> pd.DataFrame:
    codebook = make_codebook(TREE)
    segments = pd.DataFrame([{"segment_id": "K1-0001", "document": "K1.md", "informant": "K1", "speaker": "K1",
                              "speaker_role": "informant", "start": 0, "end": len(text), "line": 5,
                              "language": language, "text": text, "gloss": "", "translation": translation}])
    if english is not None:
        segments[ENGLISH_TRANSLATION] = english
    codings = make_codings(codebook, [("K1-0001", "K1", "Uang rumah tangga")]).assign(evidence=evidence)
    return select_quotations(codings, segments, codebook)


def test_the_appendix_prints_the_excerpt_and_its_translation_cut_at_the_same_sentences():
    quotes = _quotes(WIFE, WIFE_ID, "rokok … beras", "xmm")
    row = quotes.iloc[0]
    assert bool(row[EXCERPT])
    assert row["text"] == WIFE and row["translation"] == WIFE_ID   # the quote itself stays as the turn reads
    assert row["excerpt_text"] == ("[...] Satu bungkus sehari, kadang dua kalau ada pesta. Torang pe doi abis di warung for beli "
                           "rokok, nyanda cukup for beli beras. Kita so bilang pa dia mar dia nda mo dengar. [...]")
    assert row["excerpt_translation"] == ("[...] Satu bungkus sehari, kadang dua kalau ada pesta. Uang kami habis di warung untuk "
                                          "beli rokok, tidak cukup untuk beli beras. Saya sudah bilang kepadanya tetapi "
                                          "dia tidak mau dengar. [...]")
    appendix = quotations_markdown(quotes, labels("id"))
    assert "belakang rumah" not in appendix and "beli beras. Kita so bilang" in appendix
    assert labels("id")["whole_translation"] not in appendix


def test_a_translation_with_other_sentences_is_printed_whole_and_said_to_be_the_whole_turns():
    english = "My husband smoked a pack a day and our money for rice went on cigarettes. He coughs now."
    row = _quotes(WIFE, WIFE_ID, "rokok … beras", "xmm", english=english).iloc[0]
    assert row[ENGLISH_TRANSLATION] == english and row["excerpt_translation_en"] == ""
    assert translation_line(row, labels("en")) == f"({english}) [translation of the whole turn]"
    assert row["excerpt_translation"].startswith("[...] Satu bungkus")   # the Indonesian one has the turn's sentences


def test_an_english_turn_is_cut_in_the_appendix_and_a_short_one_is_not():
    quotes = _quotes(SMOKER, SMOKER, "cigarettes … rice", "ind")
    assert quotes.iloc[0]["excerpt_text"].startswith("[...] Later I moved") and quotes.iloc[0]["text"] == SMOKER
    short = _quotes(SENTENCES[3], SENTENCES[3], "cigarettes … rice", "ind").iloc[0]
    assert short["text"] == SENTENCES[3] and short["excerpt_text"] == "" and not short[EXCERPT]


def _file_turns(*texts: str) -> pd.DataFrame:
    return turn_anchors(pd.DataFrame({"segment_id": [f"K1-{n:04d}" for n in range(len(texts))], "text": list(texts)}),
                        None)


def test_a_decision_whose_quote_is_the_shortened_quotation_finds_its_turn_again():
    shortened = excerpt(SMOKER, "cigarettes … rice").text
    turns = _file_turns("Since I was fourteen.", SMOKER, "Yes, every day.")
    assert quoted_turns({"K1-lost": shortened}, turns, None) == {"K1-lost": "K1-0001"}
    # the same pieces in two turns, or out of their order: no turn is guessed
    twice = _file_turns(SMOKER, SMOKER + " That is all.")
    assert quoted_turns({"K1-lost": shortened}, twice, None) == {}
    swapped = f"{OMISSION} {SENTENCES[4]} {OMISSION} {SENTENCES[2]} {OMISSION}"
    assert quoted_turns({"K1-lost": swapped}, turns, None) == {}


def test_the_appendix_of_an_older_run_whose_quote_column_holds_the_excerpt_prints_it():
    """quotations.csv of a run before the excerpt had a column of its own: the overview notebook
    reads it back and prints its `text`, which was the excerpt."""
    row = {"text": "[...] Beras so mahal. [...]", "translation": "[...] Beras sudah mahal. [...]",
           "language": "xmm", "informant": "K1"}
    assert quote_line(row) == "\u201c[...] Beras so mahal. [...]\u201d (K1)"
    assert translation_line(row, labels("id")) == "([...] Beras sudah mahal. [...])"
