"""A label written in the informants' Manado Malay (an in-vivo code: "Malam nyanda bisa tidor")
reaches an Indonesian text through the gloss lexicon's word for each of its Manado words
(`keyword_forms.added_words`), in the label's rules and in the quotation guess; an Indonesian
homograph and a word translated by a phrase add nothing. Codebooks and texts written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.keyword_forms import added_words
from pipeline.coding.quotation_guess import guessed_codes
from tests.helpers import codes_of_paragraph, minimal_codebook_yaml, one_code_codebook


def test_a_manado_label_word_gives_its_indonesian_word():
    assert added_words("Malam nyanda bisa tidor") == ["tidur"]
    assert added_words("Oto nyanda ada") == ["mobil"]


def test_an_indonesian_homograph_or_a_phrase_translation_adds_nothing():
    assert added_words("Datang ulang pas sore") == []   # *ulang*, *pas*: Indonesian words too
    assert added_words("biang") == []                  # *dukun beranak*: two words
    assert added_words("Menunggu KUA") == []            # an acronym stays


def test_an_indonesian_text_finds_a_manado_label():
    codebook = one_code_codebook("nda_tidor", "Tako nyanda bisa tidor",
                                 "Gangguan istirahat sesudah bencana.", ["insomnia"], name="Studi pengungsi")
    assert codes_of_paragraph(codebook, "Kalau hujan deras saya takut sekali dan tidak bisa tidur.",
                              interview=True) == {"nda_tidor"}


CODEBOOK = parse_codebook(minimal_codebook_yaml([
    ("angkutan", "Oto nyanda ada", "Sulitnya transportasi ke puskesmas.", ["ojek"]),
    ("pangan", "Beras so kurang", "Kekurangan pangan di rumah tangga.", ["lapar"])], name="Berobat dari pulau"))


def test_an_indonesian_quote_is_guessed_under_a_manado_label():
    quote = ("Mobil tidak ada yang lewat sejak jembatan putus.",)
    assert guessed_codes(CODEBOOK, [quote])[0][0] == "angkutan"
