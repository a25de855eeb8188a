"""How the coder reads single words (issue 14, round 6c): a prefix is not stripped off a word it
does not belong to, a derived word whose affix changes its sense stays its own sense, and a short
English definition word that only the KBBI root list calls Indonesian is read as English."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.codebook_words import related_terms, topic_lemmas
from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.related import related_words, senses
from tests.test_coding_related import coded
from helpers import codes_of_paragraph

FEEDING = """
name: Makan anak (test)
themes:
  - id: makan
    label: Makan
    categories:
      - id: pola
        label: Pola
        codes:
          - id: asi
            label: Pemberian ASI
            definition: The mother breastfeeds the baby herself.
            keywords: [menyusui]
          - id: lauk
            label: Lauk anak
            definition: The side dishes the child eats.
            keywords: [lauk]
          - id: sedih
            label: Perasaan ibu
            definition: The mother feels sad.
            keywords: [kecewa]
"""


def test_a_word_of_its_own_keeps_its_ba_while_ba_verbs_still_lose_it():
    analyzer = word_analyzer()
    assert analyzer.analyze("baikan")[0] == "baikan"          # recovering, not ba- + ikan "fish"
    assert senses("baikan").isdisjoint(senses("ikan"))
    assert analyzer.analyze("bakerja")[0] == "kerja"
    assert analyzer.analyze("bapikir")[0] == "pikir"
    assert analyzer.analyze("berjualan")[1] == "jual"
    assert analyzer.analyze("berobat")[1] == "berobat"   # seeking treatment, no "obat" (a medicine): lemmas.OWN_LEMMAS


def test_a_derived_word_whose_affix_changes_its_sense_stays_its_own_sense():
    assert senses("menyusui").isdisjoint(senses("makanan"))   # breastfeeding is no food group word
    assert "PMT" not in related_words().related("menyusui")
    assert "menyusui" in related_words().related("tetek")      # its own group still holds


def test_a_related_breastfeeding_word_does_not_match_plain_milk():
    book = FEEDING.replace("keywords: [menyusui]", "keywords: [ASI]")
    assert "asi" not in coded("Dia cuma minum susu kotak, beli di warung dekat rumah.", book)["code_id"].tolist()


def test_a_short_english_definition_word_brings_its_indonesian_words():
    terms = related_terms(parse_codebook(FEEDING))["sedih"][1]
    assert "sedih" in terms
    assert "sad" not in terms


def test_a_manado_ba_word_is_read_as_the_indonesian_ber_word_it_stands_for():
    analyzer = word_analyzer()
    assert analyzer.analyze("barani")[1] == "berani"           # brave, not rani
    assert analyzer.analyze("batanya")[1] == "tanya"           # ask, not bata (brick) + -nya
    assert analyzer.analyze("bajalan")[1] == "jalan"           # the ber- word has the stripped root
    assert analyzer.analyze("barang") == ("barang", "barang")  # an Indonesian word stays itself
    assert analyzer.analyze("bajunya")[1] == "baju"


def test_a_listed_derived_word_apart_from_its_root_is_its_own_sense_whatever_its_affix():
    assert senses("menyusu").isdisjoint(senses("susu"))        # suckle is not milk
    assert senses("menyusu") & senses("menyusui")
    assert senses("tertunda") == senses("tunda")               # ditunda is listed with both


DECISIONS = """
name: Persalinan (test)
themes:
  - id: keputusan
    label: Keputusan
    categories:
      - id: siapa
        label: Siapa
        codes:
          - id: keluarga
            label: Keputusan di tangan suami
            definition: The husband decides where the mother gives birth.
            keywords: [keputusan, suami]
          - id: takut
            label: Takut jarum
            definition: The mother fears injections.
            keywords: [jarum]
"""


def test_a_lone_label_word_in_the_labels_prepositional_phrase_is_no_evidence_alone():
    assert coded("Biang itu tangannya sudah tahu posisi bayi.", DECISIONS).empty   # "di tangan": a circumstance
    assert coded("Suami yang putuskan, tangan dia yang pegang uang.", DECISIONS)["code_id"].tolist() == ["keluarga"]
    # the label's head: alone in speech; in a document with the label word written after it
    assert codes_of_paragraph(parse_codebook(DECISIONS), "Saya takut sekali waktu itu.", interview=True) == {"takut"}
    assert coded("Saya takut sekali waktu itu.", DECISIONS).empty


DIET = """
name: Hipertensi (test)
themes:
  - id: pola
    label: Pola hidup
    categories:
      - id: garam_ramuan
        label: Garam dan ramuan
        codes:
          - id: garam
            label: Sulit mengurangi garam
            definition: Difficulty eating less salt.
            keywords: [garam, asin]
          - id: ramuan
            label: Penggunaan ramuan
            definition: Herbal remedies against high blood pressure.
            keywords: [ramuan, herbal]
      - id: kepemilikan
        label: Kepemilikan alat tensi
        codes:
          - id: tidak_punya
            label: Tidak memiliki alat
            definition: The household has no blood pressure meter.
            keywords: [tensimeter]
          - id: rusak
            label: Alat rusak
            definition: The meter is broken.
            keywords: [rusak]
"""


def test_a_group_label_composed_of_its_codes_labels_names_those_codes_not_the_study():
    topic = topic_lemmas(parse_codebook(DIET))
    assert "garam" not in topic and "ramu" not in topic      # "Garam dan ramuan": one word of each code
    assert "milik" in topic                                  # "Kepemilikan alat tensi": one code's word only
    assert coded("Masakan di rumah terlalu banyak garam.", DIET)["code_id"].tolist() == ["garam"]


OUTREACH = """
name: Penyuluhan (test)
themes:
  - id: dukungan
    label: Dukungan
    categories:
      - id: jangkauan
        label: Jangkauan
        codes:
          - id: penyuluhan
            label: Penyuluhan gizi
            definition: Counselling and classes on feeding, cooking demonstrations.
            keywords: [penyuluhan]
"""


def test_everyday_definition_words_have_their_indonesian_words():
    table = related_words()
    assert "kelas" in table.indonesian("class")
    assert "demo" in table.indonesian("demonstration")
    assert "tampungan" in table.indonesian("container")
    terms = related_terms(parse_codebook(OUTREACH))["penyuluhan"][1]
    assert {"kelas", "demo", "masak"} <= set(terms)
    # a word related to the label ("edukasi") and one of the definition ("classes": kelas)
    assert "penyuluhan" in coded("Bidan buka kelas edukasi untuk ibu-ibu di balai desa.", OUTREACH)["code_id"].tolist()


def test_a_kan_or_i_verb_on_a_root_that_looks_prefixed_keeps_the_root():
    analyzer = word_analyzer()
    assert analyzer.analyze("bersihkan")[1] == "bersih"        # clean, not the particle sih
    assert analyzer.analyze("beratkan")[1] == "berat"          # heavy, not rat
    assert analyzer.analyze("beranikan")[1] == "berani"
    assert analyzer.analyze("membersihkan")[1] == "bersih"     # the meN- form meets it
    assert analyzer.analyze("kerjakan")[1] == "kerja"          # a plain root as before
    assert analyzer.analyze("temani")[1] == "teman"


def test_a_keyword_in_its_kan_form_finds_the_men_form_of_a_report():
    book = parse_codebook("""
name: Banjir (test)
themes:
  - id: t
    label: Sesudah banjir
    categories:
      - id: k
        label: Rumah
        codes:
          - id: lumpur
            label: Kembali ke rumah
            definition: Warga kembali dan membenahi rumah sesudah air surut.
            keywords: ["bersihkan got"]
""")
    assert "lumpur" in codes_of_paragraph(book, "Tiap Sabtu warga membersihkan got di sepanjang jalan.")


def test_kena_alone_is_a_light_verb_whose_sense_is_its_object():
    book = parse_codebook("""
name: Sekolah (test)
themes:
  - id: t
    label: Anak sekolah
    categories:
      - id: k
        label: Penyakit
        codes:
          - id: kutu
            label: Kena kutu rambut
            definition: Anak yang rambutnya berkutu dan gatal di kepala.
            keywords: ["kutu rambut", "kutu"]
""")
    assert "kutu" not in codes_of_paragraph(book, "Dia kena marah guru karena terlambat masuk kelas.", interview=True)
    assert "kutu" in codes_of_paragraph(book, "Dia kena kutu dari teman sebangku.", interview=True)
