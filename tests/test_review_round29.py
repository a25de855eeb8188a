"""Round 29's changes read by their next owner: cases the new rules read wrongly, each fixed with its
test (new sentences)."""

from __future__ import annotations

import pytest

from pipeline.coding.negation import names_inability
from pipeline.privacy.patterns import identifier_spans
from tests.helpers import codes_of_paragraph, one_code_codebook

NO_AID = one_code_codebook("tanpa_bansos", "Tidak dapat bantuan pangan",
                           "Keluarga yang tidak menerima bantuan pangan dari pemerintah desa.", ["BLT", "PKH", "beras"])
NOT_USED_TO = one_code_codebook("jarang_kb", "Tidak biasa ikut KB",
                                "Pasangan yang tidak terbiasa memakai alat kontrasepsi.", ["pil", "suntik", "spiral"])


@pytest.mark.parametrize("label, cannot", [("Belum dapat kartu KIS", False), ("Tidak dapat uang duka", False),
                                           ("Tidak biasa minum obat cacing", False),
                                           ("Tidak dapat berjalan jauh", True), ("Nda bisa bajual", True)])
def test_dapat_before_a_thing_and_biasa_say_no_cannot(label, cannot):
    """negation.ABILITY took "dapat" (get) before a noun and "biasa" (used to) as "can"."""
    assert names_inability(label.casefold().split()) is cannot


@pytest.mark.parametrize("text", ["Tiap dua bulan torang dapat PKH dari dinas sosial.",
                                  "Kemarin mama terima beras lima kilo di balai desa."])
def test_a_keyword_of_a_missing_receipt_told_affirmed_is_no_evidence(text):
    assert codes_of_paragraph(NO_AID, text) == set()


def test_a_keyword_of_a_missing_receipt_counts_where_denied():
    assert codes_of_paragraph(NO_AID, "Sampai sekarang kami belum pernah dapat PKH.") == {"tanpa_bansos"}


def test_a_not_used_to_label_does_not_take_its_keywords_affirmed():
    assert codes_of_paragraph(NOT_USED_TO, "Sejak anak kedua saya rutin suntik tiga bulan sekali.") == set()


def test_a_time_of_day_after_the_labels_head_is_part_of_its_matter():
    """specificity.TIMES_OF_DAY: only a time word opening a label says when; "Keluar malam" keeps
    both words as its phrase (keluar alone is a light verb), or the label gives no evidence at all."""
    codebook = one_code_codebook("larut", "Keluar malam", "Remaja putri yang pergi dari rumah tanpa izin orang tua.",
                                 ["nongkrong", "pesta"])
    text = "Anak gadis tetangga sering keluar sampai larut malam dengan teman."
    assert codes_of_paragraph(codebook, text) == {"larut"}


@pytest.mark.parametrize("text, said", [
    # a spoken NIK and then another figure: the number is the first sixteen words
    ("Punya saya tiga satu tujuh dua nol dua lima lima nol satu delapan nol satu satu satu dua, tiga anak juga.",
     "tiga satu tujuh dua nol dua lima lima nol satu delapan nol satu satu satu dua"),
    ("Telepon saja kosong delapan lima tiga satu dua dua tiga tiga empat empat lima lima, dua kali kalau tidak angkat.",
     "kosong delapan lima tiga satu dua dua tiga tiga empat empat lima lima"),
])
def test_a_spoken_number_followed_by_another_digit_word_is_still_masked(text, said):
    """spoken_numbers classified a run of digit words whole: one word past a number left it unmasked."""
    spans = identifier_spans(text)
    assert spans and said in text[spans[0].start:spans[0].end]


def test_a_fact_key_closing_in_a_colon_still_has_its_name_masked():
    """identity_facts read "Nama :" as an identity key (dropped) but not as a name key (not masked)."""
    from pipeline.ingest.identity_facts import split_identity

    facts = split_identity({"Nama Lengkap :": "Yosefina Tumbelaka", "Alamat:": "Lorong Cempaka, Wawonasa", "umur": 41})
    assert facts.metadata == {"umur": 41}
    assert facts.names == ("Yosefina Tumbelaka",) and facts.places == ("Lorong Cempaka",)


@pytest.mark.parametrize("label, function_word", [("Kompor deng tabung gas rusak", "dengan"),
                                                  ("Dorang pe perahu tenggelam", "mereka")])
def test_a_manado_function_words_translation_is_no_label_word(label, function_word):
    """keyword_forms.added_words added "deng" as *dengan*, "dorang" as *mereka*: Indonesian stop words."""
    from pipeline.coding.keyword_forms import added_words

    assert function_word not in added_words(label)


def test_a_text_sharing_only_a_function_word_and_one_label_word_is_no_evidence():
    codebook = one_code_codebook("sekolah", "Ijazah deng rapor hanyut", "Dokumen sekolah anak hilang terbawa banjir.",
                                 ["ijazah", "rapor"])
    assert codes_of_paragraph(codebook, "Motor bapak hanyut dengan helmnya.") == set()


def test_a_turn_typed_without_a_space_on_a_webvtt_timing_line_is_reported(tmp_path):
    """subtitles.CUE_SETTING took any key:value for a cue setting: "B03:Iyo" was dropped as one, the
    cue then left out as having no words."""
    from test_ingest_support import write_batch

    from pipeline.errors import InputError
    from pipeline.ingest import read_batch

    vtt = ("WEBVTT\n\n00:00:02.000 --> 00:00:04.000 position:10% align:start\nP: Tenda bocor?\n\n"
           "00:00:04.500 --> 00:00:07.000 B03:Iyo.\n\n")
    with pytest.raises(InputError) as raised:
        read_batch(write_batch(tmp_path, {"B03.vtt": vtt}))
    assert "B03.vtt:6" in str(raised.value) and "B03:Iyo" in str(raised.value)


def test_a_families_ber_and_ke_derivations_keep_its_own_lemma():
    """lemmas.OWN_LEMMAS listed penduduk and pendapat but not kependudukan, berpendapat: they still
    reduced to duduk (sit) and dapat (get, can)."""
    from pipeline.coding.lemmas import word_analyzer

    lemma = {word: word_analyzer().analyze(word)[1] for word in ("kependudukan", "penduduk", "duduk",
                                                                  "berpendapat", "pendapat", "dapat")}
    assert lemma["kependudukan"] == lemma["penduduk"] != lemma["duduk"]
    assert lemma["berpendapat"] == lemma["pendapat"] != lemma["dapat"]


def test_holding_an_opinion_is_no_getting():
    codebook = one_code_codebook("terima", "Menerima bantuan", "Keluarga yang menerima paket bantuan di posko.",
                                 ["dapat bantuan", "sembako"])
    assert codes_of_paragraph(codebook, "Pak camat berpendapat bantuan itu sebaiknya lewat gereja.") == set()
    assert codes_of_paragraph(codebook, "Kami dapat bantuan dua kali dari posko.") == {"terima"}


def test_informants_csvs_name_and_address_columns_are_no_tabel_1_column(tmp_path):
    """identity_facts kept a file's Nama and Alamat out of the outputs, but informants.csv's nama and
    alamat columns still reached Tabel 1 and the name stayed unmasked in the transcripts."""
    from test_ingest_support import write_batch

    from pipeline.ingest import read_batch

    batch = read_batch(write_batch(tmp_path, {
        "K02.md": "P: Siapa yang antar ke puskesmas?\nK02: Tetangga, Frangky Supit, pakai motor.\n",
        "informants.csv": "informant;role;nama;alamat\nK02;kader;Yuliana Supit;Lingkungan Tiga, Tumumpa\n"}))
    assert list(batch.informants.columns[:2]) == ["informant", "role"]
    assert "nama" not in batch.informants.columns and "alamat" not in batch.informants.columns
    assert "Supit" not in batch.redactor.redact(batch.segments["text"].iloc[-1])
    assert any("informants.csv" in warning and "'nama'" in warning for warning in batch.warnings)


DUES = one_code_codebook("nunggak", "Tidak bisa bayar iuran", "Peserta mandiri yang menunggak karena tidak punya uang.",
                         ["iuran", "tunggakan"])


def test_an_inability_labels_keyword_repeating_its_act_is_still_read_as_missing():
    """names_inability took every keyword of a "cannot" label as a sign told affirmed: a keyword that
    is the label's own thing ("iuran" of "Tidak bisa bayar iuran") then found paying it."""
    assert codes_of_paragraph(DUES, "Tiap awal bulan suami bayar iuran di kantor pos.") == set()
    assert codes_of_paragraph(DUES, "Sudah empat bulan kami tidak bayar iuran.") == {"nunggak"}


def test_an_inability_labels_other_keywords_are_still_its_signs():
    codebook = one_code_codebook("lelah", "Tidak bisa bekerja", "Orang sakit yang berhenti mencari nafkah.",
                                 ["sesak", "lemas"])
    assert codes_of_paragraph(codebook, "Sejak bulan lalu bapak sesak terus kalau naik tangga.") == {"lelah"}
