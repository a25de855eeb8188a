"""A headline's bare verbs are read as their meN- forms (pipeline/coding/headline_verbs.py).
The sentences are new wordings written here."""

from __future__ import annotations

from pipeline.coding.headline_verbs import active_forms, is_title_case_headline
from pipeline.coding.nlp import coding_nlp
from tests.test_document_topic import HELP_REGISTER, page_codes


def norms(text: str) -> dict[str, str]:
    """Each word the coder's pipeline gives another norm than its lower-case form."""
    return {token.text: token.norm_ for token in coding_nlp()(text) if token.norm_ != token.text.lower()}


def test_a_suffixed_verb_after_the_subject_is_active():
    assert norms("# Pemkab Minahasa Daftarkan 300 Lansia ke Program JKN") == {"Daftarkan": "mendaftarkan"}
    assert norms("Desa Tumaluntung Bayarkan Iuran Warga Tidak Mampu")["Bayarkan"] == "membayarkan"


def test_a_bare_root_before_its_object_is_active():
    assert norms("# Puskesmas Tondano Bentuk Tim Pendataan Warga") == {"Bentuk": "membentuk"}


def test_prose_and_an_opening_verb_stay_as_written():
    assert norms("Kami daftarkan anak itu kemarin sore.") == {}
    assert norms("# Daftarkan Bayi Anda Sebelum Usia Tiga Bulan") == {}   # an appeal, not a report


def test_a_bare_root_without_object_or_after_the_verb_stays():
    assert "Turun" not in norms("# Petugas Dinkes Turun ke Kampung Nelayan")   # not "menurun"
    assert "Data" not in norms("# Kelurahan Perbarui Data Penerima Bantuan Iuran")
    assert "Data" not in norms("# Camat Minta Lurah Data Lansia yang Belum Punya Kartu")


def test_only_a_headline_is_read_so():
    assert is_title_case_headline(["#", "Pemkab", "Daftarkan", "Warga"])
    assert is_title_case_headline("Desa Tumaluntung Bayarkan Iuran Warga Tidak Mampu".split())
    assert not is_title_case_headline("Ibu itu bilang kita daftarkan dulu baru pulang .".split())
    assert active_forms("kalau sudah ada kartu keluarga daftarkan saja di kantor desa".split()) == {}


def test_a_headline_reporting_enrolment_is_registration_help():
    codes = page_codes(["# Dinas Sosial Kepulauan Daftarkan Keluarga Nelayan ke Kepesertaan JKN",
                        "Wali kota menyerahkan daftar nama itu kepada kantor cabang pada Senin pagi."])
    assert HELP_REGISTER in codes[0]
    appeal = page_codes(["# Daftarkan Segera Anak Anda sebagai Peserta JKN",
                         "Orang tua diminta datang ke kantor cabang membawa kartu keluarga."])
    assert HELP_REGISTER not in appeal[0]


def test_a_recode_from_stored_tokens_reads_the_headline_alike():
    from pipeline.coding.token_store import TokenStore

    headline = "# Dinas Sosial Kepulauan Daftarkan Keluarga Nelayan ke Kepesertaan JKN"
    recording = TokenStore(coding_nlp(), record=True)
    recording.docs([headline], owners=["h.md"])
    rebuilt = TokenStore(coding_nlp(), stored=[recording.of("h.md")]).docs([headline])[0]
    assert {token.text: token.norm_ for token in rebuilt}["Daftarkan"] == "mendaftarkan"


def test_a_subject_ending_in_i_is_no_verb():
    assert norms("# Bupati Bentuk Satgas Pendataan Warga Miskin") == {"Bentuk": "membentuk"}


def test_a_stop_word_root_is_a_verb_only_with_a_passive():
    assert norms("# Pemkab Bolmong Beri Kartu JKN kepada Lansia") == {"Beri": "memberi"}   # diberi
    assert "Akan" not in norms("# Pemkab Bolmong Akan Data Lansia Terlantar")
