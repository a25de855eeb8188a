"""How specific a minimal codebook's words are (pipeline/coding/specificity.py): a derived
keyword keeps its sense, a keyword naming the study or shared with another code needs another
word of its code, a negation reaches past auxiliaries and pronouns, and a term that says
"missing" itself is evidence of a code naming an absence. Sentences written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.specificity import (
    QUALIFIER, affixed_only, denied_only_term, label_chunks, weak_keywords, written_names)
from pipeline.schema import SEGMENT_COLUMNS

REGISTRATION = """
name: Pendaftaran (test)
themes:
  - id: layanan
    label: Layanan kader
    categories:
      - id: bantuan
        label: Bantuan desa
        codes:
          - id: bantu_daftar
            label: Desa membantu pendaftaran
            definition: The village lists children and proposes them as members (mengusulkan).
            keywords: [pendataan, PBI, kader]
          - id: antar_rujukan
            label: Mengantar ke rumah sakit
            definition: The village takes the child to hospital.
            keywords: [mengantar, ambulans]
"""

SHARED = """
name: Fasilitasi (test)
themes:
  - id: fasilitasi
    label: Fasilitasi
    categories:
      - id: bantuan
        label: Bantuan
        codes:
          - id: rujukan
            label: Bantuan rujukan
            definition: The village helps with the referral to hospital.
            keywords: [mengantar, ambulans]
          - id: pendaftaran
            label: Bantuan pendaftaran
            definition: The village takes the papers to the office (mengantar berkas).
            keywords: [berkas, formulir]
"""

ABSENCE = """
name: Kehadiran (test)
themes:
  - id: layanan
    label: Layanan
    categories:
      - id: kehadiran
        label: Kehadiran
        codes:
          - id: tidak_datang
            label: Tidak datang karena lupa
            definition: The mother does not come.
            keywords: [absen, lupa jadwal]
"""


def codes_of(text: str, codebook: str) -> set[str]:
    row = {"segment_id": "s0", "document": "t.md", "informant": "T1", "speaker": "T1",
           "speaker_role": "informant", "start": 0, "end": len(text), "line": 1, "language": "ind",
           "text": text, "gloss": "", "translation": ""}
    found = code_segments(pd.DataFrame([row], columns=SEGMENT_COLUMNS), parse_codebook(codebook))
    return set(found["code_id"])


def test_a_derived_keyword_finds_its_affixed_relatives_not_its_bare_root():
    assert "bantu_daftar" in codes_of("Kami mendata semua balita di dusun.", REGISTRATION)
    assert "bantu_daftar" not in codes_of("Data puskesmas dan desa sering berbeda.", REGISTRATION)
    # a plain meN- verb keeps its root: "antar" is the same verb in speech
    assert "antar_rujukan" in codes_of("Desa ja antar dorang ka rumah sakit.", REGISTRATION)


@pytest.mark.parametrize("keyword, expected", [("pendataan", True), ("dijauhi", True), ("ingatkan", True),
                                               ("mengantar", False), ("didaftar", False), ("data", False),
                                               # the root's own last letters are no suffix
                                               ("memakai", False), ("membeli", False), ("mengobati", True)])
def test_which_derivations_keep_their_sense(keyword, expected):
    from pipeline.coding.lemmas import word_analyzer

    assert affixed_only(keyword, *word_analyzer().analyze(keyword)) is expected


def test_a_keyword_naming_the_study_needs_another_word_of_its_code():
    # "kader" is in the theme's label: it names the study, not one code
    assert "bantu_daftar" not in codes_of("Kader di sini ada lima orang.", REGISTRATION)
    assert "bantu_daftar" in codes_of("Kader datang mendata anak-anak yang belum punya kartu.", REGISTRATION)


def test_a_keyword_another_code_defines_with_needs_another_word_of_its_own():
    # registration help is defined with "mengantar berkas": escorting papers is not referral help
    assert codes_of("Desa ja antar dorang pe surat ka kantor camat.", SHARED) == {"pendaftaran"}
    assert "rujukan" in codes_of("Desa antar anak yang dirujuk ke rumah sakit.", SHARED)


FAMILY = """
name: Hipertensi (test)
themes:
  - id: dukungan
    label: Dukungan
    categories:
      - id: keluarga
        label: Keluarga
        codes:
          - id: dukungan_keluarga
            label: Dukungan dalam pengobatan
            definition: Relatives remind the patient or fetch the medicine (mengingatkan, ambil obat).
            keywords: [anak, diantar]
          - id: nasihat_oma
            label: Nasihat oma soal makanan
            definition: Grandmothers advise on food.
            keywords: [oma]
"""


def test_a_relative_alone_says_who_not_what():
    # "anak" names a relative, as most interview turns do: with another word of its code only
    assert codes_of("Kita tinggal deng kita pe anak sulung, dia pe laki deng tiga cucu.", FAMILY) == set()
    assert codes_of("Anak saya yang ambil obat di Puskesmas tiap bulan.", FAMILY) == {"dukungan_keluarga"}
    # a relative the code's label names is the code's own word
    assert codes_of("Oma bilang kase bubur saja.", FAMILY) == {"nasihat_oma"}


def test_weak_keywords_are_single_words_of_the_topic_or_of_another_code_only():
    weak = weak_keywords(["kader", "jemput bola", "antar", "malas", "jadwal"],
                         {"kader": "kader", "jemput bola": "jemput bola", "antar": "antar", "malas": "malas",
                          "jadwal": "jadwal"},
                         topic=frozenset({"kader"}), own_label=frozenset({"jadwal"}),
                         others=frozenset({"antar", "jadwal", "jemput"}))
    assert weak == ["kader", "antar"]


def test_a_negation_reaches_past_auxiliaries_pronouns_and_prepositions():
    assert "bantu_daftar" not in codes_of("Mereka tidak bisa usulkan dia ke PBI kabupaten.", REGISTRATION)
    assert "bantu_daftar" in codes_of("Mereka sudah usulkan dia ke PBI kabupaten.", REGISTRATION)


def test_a_term_that_says_missing_itself_is_evidence_of_an_absence():
    # "tidak hadir" and "tidak ingat" (related words) say it themselves: no further negation needed
    assert codes_of("Bulan lalu kami tidak hadir, kami tidak ingat tanggalnya.", ABSENCE) == {"tidak_datang"}
    assert codes_of("Bulan lalu kami hadir, kami ingat tanggalnya.", ABSENCE) == set()
    assert denied_only_term("tidak hadir", True) is False
    assert denied_only_term("posyandu", True) is True
    assert denied_only_term("posyandu", False) is False


INABILITY = """
name: Pengungsi (test)
themes:
  - id: t
    label: Sesudah gempa
    categories:
      - id: k
        label: Batin
        codes:
          - id: tidur
            label: Malam tidak bisa tidur
            definition: Rasa takut dan duka sesudah gempa.
            keywords: ["trauma"]
          - id: rusak
            label: Rumah rusak
            definition: Rumah retak atau roboh karena gempa.
            keywords: ["retak"]
"""


def test_a_term_saying_an_act_is_hard_is_evidence_of_an_inability():
    # "susah tidur" says the inability "Tidak bisa tidur" names, with no negator of its own
    assert denied_only_term("susah tidur", True) is False
    assert denied_only_term("sulit bernapas", True) is False
    assert denied_only_term("tidur", True) is True
    keyword = INABILITY.replace('["trauma"]', '["trauma", "susah tidur"]')
    assert codes_of("Anak saya susah tidur sejak gempa kemarin.", keyword) == {"tidur"}


def test_a_time_of_day_opening_a_label_says_when_not_what():
    assert codes_of("Sejak gempa itu saya tidak bisa tidur di rumah.", INABILITY) == {"tidur"}
    assert codes_of("Saya tidur di rumah adik.", INABILITY) == set()


def test_a_denied_word_of_an_absence_label_is_its_phrase_beside_another_codes_keyword():
    # a lone label word yields to another code's keyword in the turn; the label's own phrase does not
    assert codes_of("Dinding kamar retak, jadi saya tidak bisa tidur di dalam.", INABILITY) == {"tidur", "rusak"}


def test_label_words_written_together_share_one_chunk():
    chunks = dict(label_chunks("Adanya sosialisasi dari pemerintah kabupaten, desa dan puskesmas",
                               ["pemerintah", "kabupaten", "desa", "puskesmas"]))
    assert chunks["pemerintah"] == chunks["kabupaten"]
    # different chunks; every word of the "dari" phrase also shares the circumstance sense
    assert chunks["desa"] & chunks["kabupaten"] == {QUALIFIER} and chunks["desa"] & chunks["puskesmas"] == {QUALIFIER}


def interview_codes(answer: str, codebook: str) -> set[str]:
    rows = [{"segment_id": f"s{i}", "document": "w.md", "informant": "T1", "speaker": speaker,
             "speaker_role": role, "start": 0, "end": len(text), "line": i + 1, "language": "ind",
             "text": text, "gloss": "", "translation": ""}
            for i, (speaker, role, text) in enumerate([("P", "interviewer", "Bagaimana dengan kartunya?"),
                                                       ("T1", "informant", answer)])]
    found = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), parse_codebook(codebook))
    return set(found.loc[found["segment_id"] == "s1", "code_id"])


PROPOSING = REGISTRATION.replace("proposes them as members", "proposes them as PBI members")


def test_a_keyword_the_codebook_writes_in_capitals_is_a_name():
    written = "Desa membantu pendaftaran. The village proposes PBI members and checks the KK, not the MP-ASI."
    assert written_names(["pendataan", "pbi", "kk", "asi", "mp-asi"], written) == ["pbi", "kk"]


def test_a_name_in_a_document_needs_another_word_of_its_code():
    statistics = "Cakupan jaminan di kecamatan mencapai 91,7%, terdiri dari PBI APBN 38,2% dan PBI APBD 33,9%."
    assert "bantu_daftar" not in codes_of(statistics, PROPOSING)
    assert "bantu_daftar" in codes_of("Desa mengusulkan 12 balita sebagai peserta PBI tahun ini.", PROPOSING)


def test_a_speaker_who_names_it_is_coded_by_the_name_alone():
    assert "bantu_daftar" in interview_codes("Anak so masuk PBI dari desa, so aman.", PROPOSING)


CIVIL_PAPERS = """
name: Dokumen (test)
themes:
  - id: hambatan
    label: Hambatan
    categories:
      - id: administrasi
        label: Administrasi
        codes:
          - id: tanpa_akta
            label: Tidak memiliki akta kelahiran
            definition: The child has no birth certificate or no NIK, so the family cannot register.
            keywords: [akta kelahiran, NIK]
          - id: kunjungan
            label: Kunjungan petugas
            definition: Officers visit families at home.
            keywords: [kunjungan rumah]
"""


def test_a_name_a_document_says_is_missing_is_evidence_of_the_absence_alone():
    assert "tanpa_akta" in codes_of("Sebagian bayi di dusun itu belum tercatat dengan NIK karena orang tuanya "
                                    "baru pindah dari pulau lain.", CIVIL_PAPERS)
    assert "tanpa_akta" not in codes_of("NIK bayi dicatat petugas saat imunisasi pertama.", CIVIL_PAPERS)


@pytest.mark.parametrize("offer", [
    "Warga yang belum memiliki akta kelahiran dapat mengurusnya di kantor kecamatan tanpa biaya.",
    "Bagi keluarga yang bayinya belum punya NIK, petugas kecamatan akan membuka loket di balai desa.",
])
def test_whom_a_service_is_for_is_not_a_family_lacking_the_paper(offer):
    assert "tanpa_akta" not in codes_of(offer, CIVIL_PAPERS)


def test_a_report_of_those_lacking_the_paper_still_counts():
    assert "tanpa_akta" in codes_of("Dari 40 balita yang ditimbang, 12 belum memiliki akta kelahiran.", CIVIL_PAPERS)
    assert "tanpa_akta" in codes_of("Masih ada 12 balita yang belum memiliki akta kelahiran di desa ini.", CIVIL_PAPERS)


WEIGHING = """
name: Pemantauan (test)
themes:
  - id: pemantauan
    label: Pemantauan tumbuh kembang
    categories:
      - id: penimbangan
        label: Penimbangan
        codes:
          - id: timbang
            label: Penimbangan balita bulanan
            definition: The child is weighed each month.
            keywords: [timbang]
          - id: kartu
            label: Kartu pertumbuhan hilang
            definition: The growth card is lost or left at home.
            keywords: [KMS, buku KIA]
"""


def test_a_category_named_after_a_codes_keyword_leaves_the_keyword_its_codes():
    # the category "Penimbangan" holds two codes, but "timbang" is one code's own keyword
    assert codes_of("Dia so ditimbang kemarin.", WEIGHING) == {"timbang"}
    assert "timbang" in keyword_topic_of(WEIGHING, "kartu")     # still no evidence of the other code


def keyword_topic_of(codebook: str, code_id: str) -> frozenset[str]:
    from pipeline.coding.codebook_words import keyword_topic

    parsed = parse_codebook(codebook)
    return keyword_topic(parsed, next(code for code in parsed.codes if code.id == code_id))


COSTS = """
name: Biaya (test)
themes:
  - id: akses
    label: Akses layanan
    categories:
      - id: hambatan
        label: Hambatan
        codes:
          - id: biaya
            label: Biaya dan tanggungan asuransi
            definition: What a service costs the family and whether insurance covers it.
            keywords: ["biaya", "asuransi", "bayar"]
"""


def test_a_derived_label_word_keeps_its_sense():
    # "tanggungan" (what insurance covers) is not "tanggung jawab" (responsibility)
    assert "biaya" not in codes_of("Pendeta bilang mengatur jarak anak itu tanggung jawab orang tua.", COSTS)
    # said in an interview: a document wants the label's next word after it ("tanggungan asuransi")
    assert "biaya" in interview_codes("Semua itu masuk tanggungan, jadi kami tidak keluar uang.", COSTS)
