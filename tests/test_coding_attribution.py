"""A report's attribution is not the act a code names (pipeline/coding/attribution.py): in a
document, "Kepala Dinas menjelaskan, ..." says who told the reporter, not that anyone explained
anything to families. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph

COUNSELLING = parse_codebook("""
name: Imunisasi (test)
themes:
  - id: layanan
    label: Layanan
    categories:
      - id: edukasi
        label: Edukasi
        codes:
          - id: konseling
            label: Konseling bidan
            definition: The midwife explains to mothers what to expect after a vaccination.
            keywords: [menjelaskan, konseling]
""")


def codes(text: str, interview: bool = False) -> set[str]:
    return codes_of_paragraph(COUNSELLING, text, interview)


@pytest.mark.parametrize("report", [
    "Kepala Dinas Kesehatan menjelaskan, cakupan imunisasi di kabupaten itu naik menjadi 88 persen.",
    "Camat Tondano, Herman W., menjelaskan bahwa jadwal posyandu tahun ini tidak berubah.",
])
def test_the_source_of_a_report_is_not_counselling(report):
    assert codes(report) == set()


@pytest.mark.parametrize("act", [
    "Bidan desa menjelaskan cara merawat bayi yang demam kepada ibu-ibu di posyandu.",
    "Ibu itu kembali ke posyandu setelah bidan menjelaskan bahwa demam sesudah suntik itu biasa.",
])
def test_an_explanation_given_to_families_is(act):
    assert codes(act) == {"konseling"}


def test_a_speaker_who_says_it_in_an_interview_is_read_as_before():
    assert codes("Bidan menjelaskan, kalau demam kasih kompres saja.", interview=True) == {"konseling"}


APPEALS = parse_codebook("""
name: Imunisasi (test)
themes:
  - id: layanan
    label: Layanan
    categories:
      - id: ajakan
        label: Ajakan
        codes:
          - id: imbauan
            label: Imbauan petugas
            definition: Health staff urge parents to bring their children for vaccination.
            keywords: [imbau, jelas]
""")


@pytest.mark.parametrize("report", [
    '"Jadwal posyandu bulan depan dipindah ke hari Kamis karena balai desa dipakai rapat," imbaunya.',
    '"Stok vaksin campak di gudang kabupaten cukup sampai akhir tahun," jelasnya.',
])
def test_a_root_of_saying_right_after_a_quote_names_the_speaker(report):
    assert codes_of_paragraph(APPEALS, report) == set()


def test_an_appeal_told_in_the_paragraph_still_counts():
    assert codes_of_paragraph(APPEALS, "Petugas puskesmas mengimbau orang tua membawa bayinya ke posyandu setiap "
                                       "bulan.") == {"imbauan"}


def test_a_root_of_saying_after_a_comma_alone_is_the_story():
    # no closing quote mark before it: "imbau" is the note's own act, not who spoke
    assert codes_of_paragraph(APPEALS, "Kader mendatangi setiap rumah, imbau orang tua agar membawa bayi ke "
                                       "posyandu.") == {"imbauan"}


@pytest.mark.parametrize("report", [
    # the passive verb of saying opening a sentence, alone or with its source, then a comma
    "Dijelaskannya, jadwal imunisasi di puskesmas itu kini dua kali sebulan.",
    "Dijelaskan Kepala Puskesmas Lembean, stok vaksin campak cukup sampai akhir tahun.",
    # an official's title opening the sentence: the official tells the reporter, comma or not
    "Kepala Bidang Pencegahan Penyakit Dinkes, Maria S., menjelaskan jadwal imunisasi kejar tahun ini.",
    "Kepala Puskesmas Tateli menjelaskan alasan sesi imunisasi bulan lalu diundur.",
])
def test_a_passive_or_an_officials_report_is_not_counselling(report):
    assert codes(report) == set()


@pytest.mark.parametrize("act", [
    # an official explaining to an addressee, or an explanation reported inside the report
    "Kepala Puskesmas Tateli menjelaskan kepada para ibu efek samping vaksin yang biasa muncul.",
    "Kepala Puskesmas menambahkan, bidan selalu menjelaskan efek samping vaksin kepada ibu-ibu.",
    # a passive inside the sentence reports the act
    "Efek samping vaksin dijelaskan bidan kepada ibu-ibu sebelum penyuntikan.",
])
def test_an_officials_explanation_to_families_still_is(act):
    assert codes(act) == {"konseling"}


@pytest.mark.parametrize("report", [
    # the pronoun a report takes its named source up with, alone or with an adverb before the verb
    "Ia menjelaskan jadwal imunisasi kejar di Kecamatan Likupang dimajukan sepekan.",
    "Dia juga menjelaskan stok vaksin polio di gudang farmasi cukup untuk tiga bulan.",
])
def test_the_pronoun_of_a_named_source_is_not_counselling(report):
    assert codes(report) == set()


@pytest.mark.parametrize("act", [
    # a pronoun with more than an adverb before the verb is someone in the story
    "Ia datang ke posyandu setiap bulan dan menjelaskan efek samping vaksin.",
    # the pronoun explaining to an addressee reports the act
    "Dia menjelaskan kepada para ibu efek samping vaksin yang biasa muncul.",
])
def test_a_pronoun_in_the_story_still_counsels(act):
    assert codes(act) == {"konseling"}


TEACHING = parse_codebook("""
name: Sekolah dasar (test)
themes:
  - {id: t, label: Kelas, categories: [{id: c, label: Mengajar, codes: [
      {id: terang, label: Guru menerangkan pelajaran, definition: The teacher explains the lesson., keywords: [menjelaskan]},
      {id: bangku, label: Bangku rusak, definition: Broken desks., keywords: [bangku rusak]}]}]}
""")


def test_a_pronoun_after_a_story_with_no_one_quoted_is_someone_in_it():
    """A pronoun opening a later sentence takes up a source only where one has spoken before it."""
    assert codes_of_paragraph(TEACHING, "Pak Yosi mengajar kelas empat sejak 2012. Dia menjelaskan pecahan "
                                        "dengan potongan kue.") == {"terang"}
    assert codes_of_paragraph(TEACHING, "Kepala sekolah mengatakan, murid bertambah. Dia menjelaskan kelas "
                                        "empat kini dua rombongan.") == set()
