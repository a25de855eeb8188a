"""The Wori codebook on the wordings of real news reports and action plans (issue 14).

Regional news about BPJS and district action plans say "help with registration" in forms the
development batches seldom use: a government enrolling people, a desk opened for registration,
a plan making sure children end up enrolled, civil papers made *for* the insurance. They also
carry paragraphs that only mention a service's conditions or a neighbouring office (the civil
registry printing ID cards), attribution of quoted officials ("X menjelaskan, ..."), and
appeals to residents ("Warga diminta ..."). Every sentence below is new, written for this file.
"""

from __future__ import annotations

import pytest

from pipeline.coding.lemmas import word_analyzer
from test_coding_distinctions import HELP_REFER, HELP_REGISTER, INFORM, LAZY, NO_KK, coded
from test_coding_documents import coded_paragraph as paragraph


@pytest.mark.parametrize("text", [
    # a government or office enrolling people, or reactivating their cards
    "Pemkot Bitung mendaftarkan 2.700 warga kurang mampu sebagai peserta JKN pada awal tahun.",
    "Sebanyak 640 balita diikutsertakan pemerintah kabupaten dalam program JKN tahun ini.",
    # registration brought to the people: a desk or a service opened for it (planned counts)
    "Pemerintah kecamatan akan membuka posko pendaftaran BPJS Kesehatan di setiap kelurahan.",
    "Layanan pendaftaran JKN digelar pemerintah desa di balai pertemuan setiap Sabtu.",
    # a plan making sure families end up enrolled
    "Memastikan setiap bayi baru lahir dari keluarga miskin terdaftar sebagai peserta PBI JKN.",
    # civil papers made for the insurance are registration help
    "Pemerintah desa memfasilitasi penerbitan akta kelahiran bagi anak yang akan didaftarkan sebagai peserta JKN.",
    # updating the members' data
    "Pemutakhiran data peserta PBI dilakukan dinas sosial bersama operator desa setiap enam bulan.",
])
def test_help_with_registration_in_news_and_plan_wordings(text):
    assert HELP_REGISTER in paragraph(text)


@pytest.mark.parametrize("text", [
    # a neighbouring administrative service, no insurance in sight
    "Tim Disdukcapil membuka layanan perekaman KTP elektronik dan pencetakan KK di kantor camat.",
    # a service's conditions, a service described
    "Peserta PBI yang dinonaktifkan dapat diaktifkan kembali dengan surat rekomendasi dinas sosial.",
    "Pemilik kartu yang menunggak iuran tidak bisa memakai kartunya sebelum tunggakan dibayar lunas.",
    # families urged to enrol themselves: outreach, not help
    "Kepala Puskesmas mengatakan pihaknya terus mengingatkan para ibu untuk mendaftarkan bayinya ke BPJS.",
    # a family-support team is an actor, not an act of accompanying
    "Tim Pendamping Keluarga memberi edukasi tentang manfaat JKN kepada calon pengantin.",
])
def test_conditions_neighbouring_services_and_appeals_are_not_registration_help(text):
    assert HELP_REGISTER not in paragraph(text)


@pytest.mark.parametrize("text", [
    "Pasien JKN yang hendak berobat ke rumah sakit wajib membawa surat rujukan dari puskesmas.",
    "Ayah balita itu membawa sendiri anaknya ke RSUD karena ambulans puskesmas sedang rusak.",
])
def test_referral_conditions_and_families_on_their_own_are_not_referral_help(text):
    assert HELP_REFER not in paragraph(text)


@pytest.mark.parametrize("text", [
    # appeals to residents are outreach, also in a quoted official's report
    "Camat meminta warga yang anaknya belum punya kartu JKN segera mendaftar di kantor kelurahan.",
    "Kepala Puskesmas mengatakan pihaknya rutin mengingatkan orang tua agar mendaftarkan anaknya ke BPJS.",
    "Warga diminta membawa fotokopi KK dan akta kelahiran anak pada hari pendaftaran.",
    "Kerja sama dengan majelis gereja untuk menyampaikan pesan pentingnya JKN kepada jemaat.",
])
def test_appeals_and_messages_to_residents_are_outreach(text):
    assert INFORM in paragraph(text)


@pytest.mark.parametrize("text", [
    # news attribution: "menjelaskan," introduces what was said, it is not an explanation to families
    "Kepala Dinas Kesehatan menjelaskan, petugas puskesmas mendaftarkan 80 balita sebagai peserta PBI bulan lalu.",
    # urging a government is advocacy; reminding members to pay is not outreach about registering
    "Mendorong pemerintah desa menganggarkan dana untuk iuran JKN keluarga miskin.",
    "BPJS Kesehatan mengingatkan peserta mandiri agar membayar iuran sebelum tanggal sepuluh.",
])
def test_attribution_advocacy_and_payment_reminders_are_not_outreach(text):
    assert INFORM not in paragraph(text)


@pytest.mark.parametrize("text", [
    "Rendahnya kesadaran masyarakat untuk mendaftar JKN masih menjadi kendala di desa itu.",
    "Kurangnya kepedulian orang tua terhadap kepesertaan BPJS anak membuat cakupan tetap rendah.",
])
def test_reluctance_in_the_nouns_of_reports(text):
    assert LAZY in paragraph(text)


def test_asked_again_and_again_a_family_puts_registration_off():
    text = "Bidan so datang beberapa kali, mar dorang bilang nanti dulu, anak masih sehat."
    assert LAZY in coded(text, "Kader posyandu", question="Kenapa keluarga itu belum mendaftar BPJS?")


@pytest.mark.parametrize("text", [
    # a paper left at home is not a missing paper; a poverty letter is not a civil document
    "Petugas tetap melayani warga yang datang tanpa membawa fotokopi KK karena datanya ada di sistem.",
    "Dahulu warga harus mengurus surat keterangan tidak mampu di kantor desa sebelum didaftarkan.",
    # help offered to whoever lacks papers is not an obstacle reported
    "Desa memfasilitasi pembuatan akta bagi keluarga yang belum memiliki dokumen kependudukan.",
    # a condition explained to a newcomer
    "Kalau sudah pindah domisili ke sini, torang bisa usulkan ibu pe anak jadi peserta PBI.",
])
def test_papers_not_missing_are_not_a_missing_family_card(text):
    assert NO_KK not in paragraph(text)


def test_a_se_adverb_is_not_the_negation_it_is_spelled_from():
    """spaCy's lookup reduces "sebelumnya" (before) to "belum" (not yet): a rule's root term
    `belum` must not find it."""
    analyzer = word_analyzer()
    assert analyzer.analyze("sebelumnya")[1] != "belum"
    assert analyzer.analyze("setidaknya")[1] != "tidak"
    assert analyzer.analyze("belum")[1] == "belum"
