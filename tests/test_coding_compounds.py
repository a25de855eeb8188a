"""A word inside a fixed compound whose sense it does not carry is no evidence
(pipeline/coding/compounds.py, data/fixed_compounds.tsv). Sentences written for these tests."""

from __future__ import annotations

import pandas as pd

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.compounds import fixed_compounds
from pipeline.schema import SEGMENT_COLUMNS

WORK = """
name: Kehadiran (test)
themes:
  - id: hambatan
    label: Hambatan
    categories:
      - id: waktu
        label: Waktu
        codes:
          - id: sibuk
            label: Ibu sibuk bekerja
            definition: The mother cannot come because of her work.
            keywords: [kerja, rumah]
"""


def codes_of(text: str, codebook: str = WORK) -> set[str]:
    row = {"segment_id": "s0", "document": "t.md", "informant": "T1", "speaker": "T1",
           "speaker_role": "informant", "start": 0, "end": len(text), "line": 1, "language": "ind",
           "text": text, "gloss": "", "translation": ""}
    return set(code_segments(pd.DataFrame([row], columns=SEGMENT_COLUMNS), parse_codebook(codebook))["code_id"])


def test_a_word_inside_a_fixed_compound_is_no_evidence():
    assert codes_of("Cakupan imunisasi di wilayah kerja Puskesmas Kakas baru 76 persen.") == set()
    assert codes_of("Puskesmas memperkuat kerja sama lintas sektor.") == set()
    assert codes_of("Ia makan siang di rumah makan dekat pasar.") == set()


def test_the_same_word_outside_the_compound_still_is():
    assert codes_of("Banyak ibu harus kerja di pabrik sampai sore.") == {"sibuk"}
    assert codes_of("Kader datang ke rumah dan wilayah kerja diperluas.") == {"sibuk"}


def test_the_table_names_which_words_lose_their_sense():
    assert fixed_compounds()["wilayah kerja"] == frozenset({"kerja"})


AGE = """
name: Usia (test)
themes:
  - id: usia
    label: Usia
    categories:
      - id: umur
        label: Umur
        codes:
          - id: tua
            label: Badan sudah tua
            definition: The informant says her body has grown old and weak.
            keywords: [tua, lemah]
          - id: balita
            label: Anak balita sering demam
            definition: A toddler has fever often.
            keywords: [anak, demam]
"""


def test_parents_and_young_people_are_one_word_each():
    # "orang tua" are parents (or anyone elderly), "anak muda" a youth: not "old", not a child
    assert codes_of("Orang tua saya tinggal di kampung sebelah.", AGE) == set()
    assert codes_of("Anak-anak muda sering nongkrong di pos ronda.", AGE) == set()
    assert codes_of("Anak muda di sini banyak yang merantau.", AGE) == set()


def test_old_and_child_outside_those_words_still_count():
    assert codes_of("Saya ini sudah tua, jalan ke pasar saja capek.", AGE) == {"tua"}
    assert codes_of("Anak saya yang bungsu kemarin dibawa ke puskesmas.", AGE) == {"balita"}


DISTANCE = """
name: Akses (test)
themes:
  - id: akses
    label: Akses
    categories:
      - id: jarak
        label: Jarak
        codes:
          - id: jauh
            label: Rumah jauh dari layanan
            definition: The clinic is far from home.
            keywords: [jauh, ojek]
"""


def test_far_more_is_a_degree_not_a_distance():
    # "jauh lebih" (Manado "jauh lebe") is "much more": no distance
    assert codes_of("Menurut saya obat sekarang jauh lebih murah dari dulu.", DISTANCE) == set()
    assert codes_of("Dia pe badan so jauh lebe kuat skarang.", DISTANCE) == set()
    assert codes_of("Rumah kami jauh, lebih dari satu jam jalan kaki.", DISTANCE) == {"jauh"}
    assert codes_of("Posyandu itu jauh sekali dari kampung atas.", DISTANCE) == {"jauh"}


ENROL = """
name: Pendaftaran (test)
themes:
  - id: akses
    label: Akses
    categories:
      - id: kepesertaan
        label: Kepesertaan
        codes:
          - id: daftar
            label: Pendaftaran peserta
            definition: Families are enrolled in the scheme.
            keywords: [pendaftaran]
"""


def test_civil_registration_of_residents_is_not_enrolment():
    # "Pendaftaran Penduduk" is the civil registry's own term (recording residents), no scheme's enrolment
    assert codes_of("Urusan pendaftaran penduduk seperti surat pindah datang dilayani di kecamatan.", ENROL) == set()
    assert codes_of("Pendaftaran peserta baru dibuka sampai hari Jumat di kantor camat.", ENROL) == {"daftar"}


BACK = """
name: Buruh pelabuhan (test)
themes:
  - id: kesehatan
    label: Kesehatan
    categories:
      - id: badan
        label: Badan
        codes:
          - id: nyeri
            label: Nyeri punggung dan tulang
            definition: Back or bone pain after years of carrying loads.
            keywords: [tulang, punggung]
"""


def test_the_family_s_backbone_is_no_body_part():
    # "tulang punggung keluarga": the breadwinner, an idiom; the spine alone still is the body
    assert codes_of("Dia tulang punggung keluarga, sejak dia sakit tidak ada yang kerja.", BACK) == set()
    assert codes_of("Suami saya tulang punggung keluarganya.", BACK) == set()
    assert codes_of("Punggung saya sakit, tulang belakang nyeri tiap malam.", BACK) == {"nyeri"}


HELP = """
name: Dukungan warga (test)
themes:
  - {id: t, label: Dukungan, categories: [{id: c, label: Dukungan warga, codes: [
      {id: bantu, label: Warga menolong petugas, keywords: [dibantu, gotong royong],
       definition: 'Warga menolong petugas memperbaiki rumahnya.'},
      {id: rotasi, label: Giliran jaga, keywords: [rotasi],
       definition: 'Petugas bergiliran jaga malam.'}]}]}
"""


def test_an_auxiliary_clinic_is_no_help_given():
    """A Puskesmas Pembantu is a clinic's kind (Pustu), its 'pembantu' no one helping."""
    assert codes_of("Jadwal piket di Puskesmas Pembantu itu ditempel di pintu.", HELP) == set()
    assert codes_of("Atapnya dibantu tetangga waktu bocor.", HELP) == {"bantu"}
