"""How the coder carries over to wordings and batches its rules were not written from.

The dev2 batches were written blind to the rules and measured once (pooled kappa 0.764 for the
interviews, 0.822 for the documents) before they were spent on rule fixes (tests/data/DEV2.md).
The floors below pin what the general fixes reached, a little under it, so a later rule change
that loses that ground fails here. The sentences further down are wordings of each code written
for this file (none copied from the paper or from any batch). Many vary the wording families
whose gaps dev2 exposed (reaction stories after a cash-paid hospital visit, "belum bersedia",
"warta jemaat", "rumah sakit rujukan" as a place, "desa bisa usulkan" as information), so they
guard the general fix, not a dev2 sentence; they are no estimate of unseen data.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.codebook import load_codebook
from evaluation.coding import evaluate_batch, format_result
from test_coding_distinctions import (HELP_REFER, HELP_REGISTER, INFORM, LAZY, NO_KK, REACTIVE,
                                      coded)

REPO = Path(__file__).resolve().parents[1]
CODEBOOK = load_codebook(REPO / "codebooks" / "wori.yaml")
DATA = REPO / "tests" / "data"

# batch -> (pooled kappa floor, per-code F1 floor); reached: 0.935 / 0.963, F1 >= 0.91 / 0.90
DEV2_FLOORS = {"dev2_interviews": (0.90, 0.80), "dev2_documents": (0.90, 0.85)}


@pytest.mark.parametrize("name", sorted(DEV2_FLOORS))
def test_agreement_with_spent_holdout_batches(name):
    batch = DATA / name
    if not (batch / "_gold.csv").exists():
        pytest.skip(f"{batch} is not in this checkout")
    kappa_floor, f1_floor = DEV2_FLOORS[name]
    result = evaluate_batch(batch, CODEBOOK)
    assert result["pooled"]["kappa"] >= kappa_floor, format_result(result)
    assert (result["per_code"]["f1"] >= f1_floor).all(), format_result(result)


@pytest.mark.parametrize("text, role", [
    ("Dorang baru urus BPJS waktu anak so saki keras.", "Ibu balita"),
    ("Nanti kalu so mo maso rumah sakit baru dorang urus kartu.", "Kader posyandu"),
    ("Karena harus dirujuk, terpaksa bikin BPJS di kantor BPJS.", "Ibu balita"),
    ("Kartu baru diaktifkan waktu anak opname di RSUD.", "Petugas JKN"),
    ("Pulang dari rumah sakit, besoknya dorang langsung pigi daftar BPJS di kantor BPJS.", "Kader posyandu"),
    ("Di rumah sakit baru tau kartu nda aktif, jadi besok pagi langsung urus di kantor desa.", "Ibu balita"),
    ("Kalau anak so saki, baru orang tua panik cari kartu.", "Bidan desa"),
])
def test_registering_only_when_ill_in_new_wordings(text, role):
    assert REACTIVE in coded(text, role)


@pytest.mark.parametrize("text, role", [
    ("Keluarga itu nimau repot urus BPJS, so capek bolak-balik ka kantor desa.", "Kader posyandu"),
    ("Biar jo, nanti-nanti baru urus kartu, kata dorang.", "Bidan desa"),
    ("Banyak orang tua tidak ada waktu mengurus pendaftaran BPJS.", "Kepala puskesmas"),
    ("Orang tua tidak peduli soal kartu BPJS anak.", "Bidan desa"),
    ("Mereka merasa belum perlu daftar BPJS karena anak sehat.", "Kepala puskesmas"),
    ("Sebagian orang tua belum bersedia melengkapi berkas pendaftaran.", "Dokumen"),
    ("Dua kali berkas ditolak di capil, akhirnya kami berhenti mengurus.", "Ibu balita"),
    ("Banyak orang tua belum mendaftarkan anaknya walaupun sudah diundang berkali-kali.", "Dokumen"),
    ("Padahal so dipanggil ka kantor desa, dorang blum juga urus depe BPJS.", "Kader posyandu"),
    ("Undangan pendaftaran BPJS dari desa tidak dihiraukan sebagian warga.", "Dokumen"),
])
def test_laziness_and_giving_up_in_new_wordings(text, role):
    assert LAZY in coded(text, role)


@pytest.mark.parametrize("text", [
    "Nanti kalau anak sakit baru kami urus BPJS, kata orang tua itu, karena menunda-nunda.",
    "Rendahnya kemauan orang tua untuk mendaftar, baru mengurus kartu ketika anak sakit.",
])
def test_postponing_until_ill_can_be_both_lazy_and_reactive(text):
    assert {LAZY, REACTIVE} <= coded(text, "Kepala puskesmas")


@pytest.mark.parametrize("text, role", [
    ("Petugas capil nda mau proses karena berkas kurang.", "Ibu balita"),       # the office, not the family
    ("Kita lupa bawa kartu posyandu.", "Ibu balita"),                          # the growth card, not BPJS
    ("Meskipun tidak diundang, mereka datang sendiri mendaftar BPJS.", "Dokumen"),  # came anyway
    ("Walaupun sudah diundang ke posyandu, ibu itu belum datang menimbang anak.", "Bidan desa"),  # weighing
])
def test_unwillingness_that_is_not_the_familys_laziness(text, role):
    assert LAZY not in coded(text, role)


@pytest.mark.parametrize("text", [
    "Anak itu blum ada akta, jadi nda bisa daftar BPJS.",
    "Nama anak belum masuk KK, jadi belum bisa urus BPJS.",
    "Dorang blum pindah KK, KTP masih luar daerah, jadi nda bisa daftar PBI di sini.",
    "Orang tuanya belum nikah resmi, cuma nikah gereja, jadi anak belum ada di KK.",
])
def test_missing_civil_papers_in_new_wordings(text):
    assert NO_KK in coded(text)


@pytest.mark.parametrize("text", [
    "Kegiatan promosi kesehatan menumpang di ibadah kolom, kami titip pengumuman soal JKN.",
    "Itu sudah di luar kewenangan desa, berkas BPJS harus ke kabupaten.",
])
def test_words_of_residence_used_for_something_else(text):
    assert NO_KK not in coded(text, "Sekretaris desa")


@pytest.mark.parametrize("text, role", [
    ("Puskesmas bikin penyuluhan JKN di balai desa.", "Kepala puskesmas"),
    ("Pendeta umumkan di gereja supaya jemaat daftar BPJS.", "Pendeta"),
    ("Ada imbauan dari desa supaya warga mendaftar JKN.", "Sekretaris desa"),
    ("Kami bagikan brosur tentang BPJS di posyandu.", "Petugas JKN"),
    ("Soal BPJS, kami titip di warta jemaat tiap minggu.", "Sekretaris desa"),
    ("Torang so kase tau soal BPJS berulang-ulang, mar dorang bilang nanti jo.", "Bidan desa"),
])
def test_outreach_in_new_wordings(text, role):
    assert INFORM in coded(text, role)


@pytest.mark.parametrize("text", [
    "Sesuai Undang-Undang Nomor 24 Tahun 2011, BPJS Kesehatan menyelenggarakan program JKN.",
    "Torang nintau, Bu. Tidak ada yang memberi tahu kalau anak bisa dapat BPJS gratis.",
])
def test_not_outreach(text):
    assert INFORM not in coded(text)


@pytest.mark.parametrize("text, role", [
    ("Desa yang kumpul berkas, kong antar ka Dinsos for PBI.", "Sekretaris desa"),
    ("Kader bantu isi formulir pendaftaran BPJS.", "Kader posyandu"),
    ("Torang antar dorang ka kantor Dukcapil for bikin akta.", "Kepala lingkungan"),
    ("Tiap tahun torang kirim data warga miskin ka Dinsos for jadi PBI.", "Hukum tua"),
    ("Bawa jo berkas kamari, kita yang isi formulir BPJS.", "Bidan desa"),
    ("Petugas langsung mengaktifkan kartu BPJS anak itu.", "Kepala puskesmas"),
])
def test_registration_help_in_new_wordings(text, role):
    # after an interviewer's turn: a lone turn is a document, whose author's role lends no words
    assert HELP_REGISTER in coded(text, role, question="Lalu?")


@pytest.mark.parametrize("text, role", [
    ("Kita yang urus sandiri BPJS di kantor BPJS, nda ada yang bantu.", "Ibu balita"),
    ("Saya yang urus kartu BPJS anak, suami kerja.", "Ibu balita"),
    ("Kalau sudah pindah domisili, desa bisa usulkan PBI.", "Sekretaris desa"),
    ("Pendaftaran kolektif lewat desa tahun lalu, sampai sekarang belum ada kabar.", "Ibu balita"),
])
def test_not_registration_help(text, role):
    assert HELP_REGISTER not in coded(text, role)


@pytest.mark.parametrize("text", [
    "Jarak dari puskesmas ke rumah sakit rujukan terdekat sekitar 40 km.",
    "Kalau soal KK, desa yang tanggung ongkos, staf desa yang bawa berkas ke Disdukcapil.",
])
def test_not_referral_help(text):
    assert HELP_REFER not in coded(text, "Sekretaris desa")
