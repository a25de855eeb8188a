"""Related words (pipeline/coding/related.py): an English definition's words and the near
synonyms of a code's own words are weaker evidence than a keyword. Two related words of
different senses close together propose the code, at a lower confidence and with "(related)" in
the evidence; one related word alone, or two of one sense, do not."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.codebook_words import related_terms
from pipeline.coding.keyword_rule import KEYWORD_CONFIDENCE, RELATED_CONFIDENCE
from pipeline.coding.related import load_related_words, related_words
from pipeline.errors import InputError
from pipeline.schema import SEGMENT_COLUMNS

from helpers import codes_of_paragraph

CODEBOOK = """
name: Akses layanan (test)
themes:
  - id: akses
    label: Akses
    categories:
      - id: hambatan
        label: Hambatan
        codes:
          - id: transport
            label: Biaya transportasi
            definition: Getting to the clinic is hard because the fare is a burden.
            keywords: [ongkos]
          - id: suami
            label: Penolakan suami
            definition: The husband does not permit the visit.
            keywords: [suami larang]
          - id: lupa
            label: Lupa jadwal
            definition: The mother forgot the date.
            keywords: [lupa]
"""


def coded(text: str, codebook: str = CODEBOOK) -> pd.DataFrame:
    row = {"segment_id": "s0", "document": "t.md", "informant": "T1", "speaker": "T1",
           "speaker_role": "informant", "start": 0, "end": len(text), "line": 1, "language": "ind",
           "text": text, "gloss": "", "translation": ""}
    return code_segments(pd.DataFrame([row], columns=SEGMENT_COLUMNS), parse_codebook(codebook))


def test_two_related_words_of_different_senses_propose_the_code_weakly_and_say_so():
    # no keyword, no label word (and no ride said to be needed, which is a trip told: told_trips.py)
    found = coded("Naik ojek, bayar mahal sekali.")
    assert found["code_id"].tolist() == ["transport"]
    assert found["confidence"].iloc[0] == RELATED_CONFIDENCE < KEYWORD_CONFIDENCE
    assert found["evidence"].iloc[0].endswith("(related)")
    keyword = coded("Harus naik ojek, ongkos mahal sekali.")
    assert keyword["confidence"].iloc[0] == KEYWORD_CONFIDENCE and "(related)" not in keyword["evidence"].iloc[0]


def test_an_english_definition_reaches_indonesian_words():
    found = coded("Hari posyandu tidak saya ingat, tanggalnya lewat.")   # "date", "forgot"
    assert found["code_id"].tolist() == ["lupa"] and found["evidence"].iloc[0].endswith("(related)")


@pytest.mark.parametrize("text", [
    "Kami naik ojek ke pasar.",                  # one related word alone
    "Anak saya demam panas.",                    # two words, one sense
    "Ojek tidak mahal, kami tidak bayar.",       # negated
    "Suami saya setuju, dia izinkan.",           # what the definition denies ("does not permit")
])
def test_weak_or_denied_related_words_are_no_evidence(text):
    assert coded(text).empty


def test_a_word_related_to_several_codes_tells_none_apart():
    terms = related_terms(parse_codebook(CODEBOOK))
    assert "ojek" in terms["transport"][0]       # an anchor: related to the label
    codes = sorted(terms)
    assert all(set(terms[a][1]).isdisjoint(terms[b][1]) for a in codes for b in codes if a < b)


def test_the_tables_are_checked_with_file_and_line(tmp_path):
    english = tmp_path / "en.tsv"
    groups = tmp_path / "groups.tsv"
    english.write_text("english\tindonesian\tsource\nfar\tjauh\tgeneral\nfar\tjarak\tgeneral\n", encoding="utf-8")
    groups.write_text("group\twords\tsource\njauh\tjauh, jarak\tsomewhere\n"
                      "jarak\tjarak, dekat\tgeneral\tterpencil, pelosok\n", encoding="utf-8")   # a stray tab
    with pytest.raises(InputError) as error:
        load_related_words(english, groups)
    message = str(error.value)
    assert "en.tsv:3 [far]: duplicate English word" in message
    assert "groups.tsv:2 [jauh]: unknown source 'somewhere'" in message
    assert "groups.tsv:3 [jarak]: 4 cells, expected 3" in message        # not cut silently


def test_the_package_tables_load_and_give_sources():
    table = related_words()
    assert "takut" in table.indonesian("afraid") and "takut" in table.indonesian("fears")
    assert "angkot" in table.related("ojek")


ABSENCE_CODEBOOK = CODEBOOK[:CODEBOOK.index("          - id: transport")] + """\
          - id: tidak_datang
            label: Tidak datang
            definition: Ibu tidak membawa anak ke pos.
            keywords: [tidak datang]
"""


def test_a_code_naming_an_absence_keeps_the_words_its_definition_denies():
    """"Tidak membawa anak" is what a code "Tidak datang" is about: not stripped like the
    "does not permit" of a code that names a thing."""
    assert coded("Bulan ini saya tidak membawa anak.", ABSENCE_CODEBOOK)["code_id"].tolist() == ["tidak_datang"]
    assert coded("Bulan ini saya membawa anak.", ABSENCE_CODEBOOK).empty



@pytest.mark.parametrize("english, meant, not_meant", [
    ("leaves", "daun", "cuti"),          # a plant's leaves, not leave from work (spaCy's lemma is "leave")
    ("stop", "berhenti", "keputusan"),   # "putus" shares its lemma with "putuskan", to decide
    ("visit", "kunjungi", "pendatang"),  # "datangi" shares its lemma with "pendatang", a newcomer
    ("missed", "terlewat", "meninggal"),  # "ketinggalan" shares its lemma with "meninggal", to die
    ("avoid", "hindari", "dikucilkan"),  # "jauhi" (to shun) is of stigma, not of avoiding a thing
    ("members", "anggota", "terdaftar"),  # "peserta" is an insurance scheme's enrollee
    ("belong", "milik", "terdaftar"),    # to belong is not to be registered
    ("contain", "berisi", "hamil"),      # "mengandung" is also to be pregnant
    ("smoked", "asap", "perokok"),       # smoked fish, not smoking (spaCy's lemma is "smoke")
    ("liver", "hati", "tinggal"),        # spaCy's lemma of "liver" is "live"
])
def test_an_english_word_reaches_its_own_sense_only(english, meant, not_meant):
    table = related_words()
    reached = {word for indonesian in table.indonesian(english) for word in (indonesian, *table.related(indonesian))}
    assert meant in reached and not_meant not in reached


@pytest.mark.parametrize("english, senses", [
    ("active", ("nonaktif",)),                 # a person's activity or a card's status
    ("rules", ("teratur",)),                   # "aturan" shares its lemma with "teratur", adherence
    ("delivery", ("distribusi", "persalinan")),  # a supply's delivery or childbirth
])
def test_an_english_word_of_two_senses_reaches_neither(english, senses):
    table = related_words()
    reached = {word for indonesian in table.indonesian(english) for word in (indonesian, *table.related(indonesian))}
    assert reached.isdisjoint(senses)


COUGH = """
name: Batuk anak (test)
themes:
  - id: sakit
    label: Sakit
    categories:
      - id: pernapasan
        label: Pernapasan
        codes:
          - id: batuk_anak
            label: Batuk pada anak
            definition: A child's cough and how it was treated at the Puskesmas or by a cadre.
            keywords: [batuk, sesak napas]
          - id: air_bersih
            label: Air bersih
            definition: Where the household's clean water comes from.
            keywords: [sumur, PDAM]
"""


@pytest.mark.parametrize("text, coded", [
    # a place and a person: where and who, not what (posyandu, pustu from the Puskesmas; balita from anak)
    ("Kader posyandu mencatat nama balita yang pindah ke kampung sebelah.", False),
    ("Ibu-ibu membawa bayi ke pustu setiap Selasa untuk ditimbang.", False),
    # a word of the matter beside them still pairs with either
    ("Balita itu demam tiga hari sebelum dibawa ke pustu.", True),
])
def test_two_words_naming_only_the_setting_are_no_related_evidence(text, coded):
    codebook = parse_codebook(COUGH, source="test.yaml")
    assert ("batuk_anak" in codes_of_paragraph(codebook, text)) is coded
