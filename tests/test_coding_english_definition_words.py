"""In a document, a word that a code's English definition says in Indonesian ("factory" ->
pabrik, "schedule" -> jadwal) beside a word of its label or keywords is evidence, as an Indonesian
definition's own words are (keywords.py, codebook_words.translated_definitions); not a word naming
who or where, a light verb, nor one several codes' definitions give."""

from pipeline.codebook.load import parse_codebook
from pipeline.coding.codebook_words import translated_definitions
from pipeline.coding.keyword_rule import DEFINITION, WRITTEN
from pipeline.coding.keywords import keyword_rules
from tests.helpers import codes_of_paragraph, minimal_codebook_yaml

CODES = [
    ("waktu_kerja", "Benturan waktu ibu",
     "The mother's hours at the factory, the market or the garden clash with the clinic's schedule.",
     ["sibuk kerja", "tidak sempat"]),
    ("jarak_jauh", "Jarak ke fasilitas",
     "The family lives far from the health post and has no transport.", ["jauh", "ojek"]),
]


def _codebook():
    return parse_codebook(minimal_codebook_yaml(CODES, name="Studi kunjungan ibu"), source="test.yaml")


def test_the_english_definition_gives_its_indonesian_words():
    words = translated_definitions(_codebook())["waktu_kerja"]
    assert {"pabrik", "jadwal", "pasar", "kebun"} <= set(words)


def test_a_document_pairs_the_codes_own_words_with_the_translated_ones():
    codebook = _codebook()
    code = next(c for c in codebook.codes if c.id == "waktu_kerja")
    paired = [rule for rule in keyword_rules(code, codebook) if rule.kind == DEFINITION and rule.register == WRITTEN]
    assert paired, "no document rule for the English definition's words"
    own, translated = paired[0].slots
    assert "kerja" in own and "sibuk" in own            # the keyword's words
    assert {"pabrik", "jadwal", "pasar"} <= set(translated)
    assert "ibu" not in translated                     # who (mother), not what
    text = "Di Desa Tiwoho, jam layanan bidan jatuh pada jam kerja para ibu di pabrik kopra."
    assert codes_of_paragraph(codebook, text) == {"waktu_kerja"}


def test_a_word_several_definitions_give_is_left_out():
    # "health" is in both definitions: *kesehatan* tells neither code
    codes = [(i, label, definition + " It concerns health.", keywords) for i, label, definition, keywords in CODES]
    codebook = parse_codebook(minimal_codebook_yaml(codes, name="Studi kunjungan ibu"), source="test.yaml")
    assert all("kesehatan" not in words for words in translated_definitions(codebook).values())


def test_a_definition_word_alone_is_not():
    text = "Pabrik kopra di desa itu baru dibuka bulan lalu dan menampung empat puluh buruh."
    assert codes_of_paragraph(_codebook(), text) == set()


def test_a_keyword_that_is_a_fixed_compound_pairs_only_whole():
    """A keyword "kartu keluarga" is one word beside the translated definition: its "kartu" alone is
    any card (here the insurance card), so "tidak ada kartu" is not a missing family card."""
    codes = [("tanpa_kk", "Tidak punya KK",
              "Registration is blocked because the family card is missing or the birth certificate is lost.",
              ["kartu keluarga", "akta"]),
             ("biaya_berobat", "Biaya berobat", "The cost of treatment at the hospital.", ["biaya", "mahal"])]
    codebook = parse_codebook(minimal_codebook_yaml(codes, name="Studi jaminan anak"), source="test.yaml")
    text = '"Kalau tidak ada kartu, orang tua takut ke dokter," kata kepala puskesmas kepada wartawan.'
    assert "tanpa_kk" not in codes_of_paragraph(codebook, text)
    assert "tanpa_kk" in codes_of_paragraph(codebook, "Tujuh keluarga di dusun itu belum memiliki kartu keluarga.")
