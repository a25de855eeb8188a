"""A yes to a yes/no question takes the code the question names (pipeline/coding/answers.py):
"Ada juga yang takut efek obatnya?" "Ada, cukup banyak." Not a yes to a question asking for
content, not a yes that comes after other words, not a kinship word addressing the informant."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.answers import Question, asks_who, is_yes_no_question
from pipeline.coding.coder import code_segments
from pipeline.coding.specificity import says_who
from tests.test_coding_minimal import MINIMAL, coded, segments

FAMILY = MINIMAL + """
          - id: nenek
            label: Nasihat nenek soal makanan bayi
            definition: Grandmothers advise what the baby eats.
            keywords: [oma, nenek]
"""


def _answer(question: str, answer: str, codebook: str = MINIMAL):
    result = coded(codebook, ("P", question), ("A", answer))
    return result[result["segment_id"] == "s1"]


@pytest.mark.parametrize("question, answer", [
    ("Ada juga yang takut anaknya disuntik?", "Ada, cukup banyak, apalagi sejak ada video di Facebook."),
    ("Ibu pernah takut waktu anak disuntik?", "Iyo, dua kali."),
    ("Apakah Ibu takut?", "Betul, Bu."),
])
def test_a_yes_to_a_yes_no_question_takes_the_code_its_keyword_names(question, answer):
    result = _answer(question, answer)
    assert list(result["code_id"]) == ["takut"]
    assert "takut (question)" in result.iloc[0]["evidence"]


@pytest.mark.parametrize("question, answer", [
    ("Kenapa ada yang keberatan dengan vaksinnya?", "Ada, cukup banyak."),   # a question asking for content
    ("Ada juga yang takut anaknya disuntik?", "Kemarin hujan, ada banjir."),   # no yes opening it
    ("Ada juga yang takut anaknya disuntik?", "Nyanda ada."),    # a denial
    ("Ada yang tidak takut?", "Ada, banyak."),                   # the keyword negated in the question
    ("Ada yang keberatan dengan vaksinnya? Kenapa?", "Ada."),    # the last question asks for content
])
def test_only_a_yes_opening_the_answer_to_a_yes_no_question_counts(question, answer):
    assert _answer(question, answer).empty


def test_a_kinship_word_in_the_question_addresses_the_informant():
    assert _answer("Oma tinggal dengan cucu?", "Iyo, kita jaga dua cucu.", FAMILY).empty


@pytest.mark.parametrize("text, expected", [
    ("Apakah Bapak masih minum obatnya?", True),
    ("Mama pernah periksa tensi di Posbindu?", True),
    ("Terima kasih. Siapa yang biasa mengingatkan?", False),
    ("Bagaimana dengan makanan di rumah?", False),
    ("Bidan bilang harus ASI saja enam bulan.", False),
    ("Kenapa begitu? Ibu takut?", True),
    ("Bisa diceritakan waktu anak Ibu dirujuk?", False),
    ("Pak, boleh Bapak jelaskan tugas kader di sini?", False),
    ("Waktu itu ada yang jelaskan ke Ibu soal reaksi itu?", True),
])
def test_yes_no_questions_are_told_from_questions_asking_for_content(text, expected):
    assert is_yes_no_question(text) is expected


def test_a_question_record_keeps_the_codes_a_yes_no_question_names_apart_from_the_role_lent_to_it():
    asked = Question(frozenset({"ragu", "vaksin"}), ((3, "ragu … vaksin (label)"),))
    read = asked.with_role(frozenset({"kader"}))
    assert read.terms == {"ragu", "vaksin", "kader"} and read.named(3) == "ragu … vaksin (label)"
    assert read.named(0) is None and Question().names == ()


@pytest.mark.parametrize("question, answer, code", [
    ("Rumah Ibu pernah dapat kunjungan kader?", "Pernah, bulan lalu.", "kunjungan"),   # a keyword's words
    ("Ada yang keberatan dengan vaksinnya?", "Ada, dua keluarga.", "agama"),             # label words
    ("Ada keluarga yang belum punya KK di sini?", "Ada, tiga keluarga.", "tanpa_kk"),   # an absence asked about
])
def test_a_yes_affirms_a_code_the_question_names_by_any_of_its_rules(question, answer, code):
    result = _answer(question, answer)
    assert list(result["code_id"]) == [code]
    assert result.iloc[0]["evidence"].endswith("(question)")


def test_a_yes_accepting_a_request_to_tell_affirms_nothing():
    assert _answer("Bisa Ibu ceritakan soal keberatan dengan vaksinnya?", "Iya, bisa.").empty


def test_a_yes_does_not_affirm_a_keyword_that_only_the_informants_role_holds():
    codebook = MINIMAL + """
          - id: gereja
            label: Dukungan gereja
            definition: The church announces the immunization days.
            keywords: [pendeta, gereja]
"""
    turns = segments(("P", "Bapak sudah lama tinggal di desa ini?"), ("A", "Iya, sudah dua puluh tahun."))
    informants = pd.DataFrame([{"informant": "T1", "role": "Pendeta jemaat"}])
    assert code_segments(turns, parse_codebook(codebook), informants).empty


@pytest.mark.parametrize("question, answer, code", [
    ("Kenapa Ibu takut?", "Kata orang-orang di pasar begitu.", "takut"),
    ("Bagaimana cara kader melakukan kunjungan rumah?", "Sebulan sekali, pakai motor.", "kunjungan"),
    ("Ada yang takut? Kenapa?", "Ada.", "takut"),
])
def test_an_answer_takes_up_the_code_a_question_asking_for_content_names_by_a_keyword(question, answer, code):
    result = _answer(question, answer)
    assert list(result["code_id"]) == [code]
    assert result.iloc[0]["evidence"].endswith("(question)")


@pytest.mark.parametrize("question, answer", [
    ("Bagaimana soal biaya kunjungan rumah?", "Nda bayar, dorang datang sandiri."),   # denied at once
    ("Terima kasih, Nenek.", "Iyo, makase."),                      # a word addressing the informant
    ("Bagaimana ibu-ibu yang takut?", "Kami bantu isi formulir KK, tapi belum punya KK juga."),   # another code's keyword
])
def test_an_answer_does_not_take_up_a_topic_it_denies_or_that_names_no_code(question, answer):
    codebook = MINIMAL + """
          - id: nenek
            label: Nasihat nenek soal makanan bayi
            definition: Grandmothers advise what the baby eats.
            keywords: [nenek]
"""
    assert "takut" not in set(_answer(question, answer, codebook)["code_id"])
    assert not {"kunjungan", "nenek"} & set(_answer(question, answer, codebook)["code_id"])


def test_an_answer_to_a_who_question_does_not_take_up_a_workers_topic():
    """The answer names a person; the code the question's words name may be a worker's act."""
    assert asks_who("Siapa yang biasanya melakukan kunjungan rumah?")
    assert not asks_who("Bagaimana cara kader melakukan kunjungan rumah?")
    assert "kunjungan" not in set(_answer("Siapa yang biasanya melakukan kunjungan rumah?",
                                          "Kadang saya, kadang ibunya.")["code_id"])


def test_an_answer_to_a_who_question_takes_up_an_act_whoever_does_it():
    """A code whose label names no worker is its act whoever does it: the answer naming the
    person takes up the question's topic (sentences written for this test)."""
    codebook = MINIMAL + """
          - id: diantar
            label: Keluarga mengantar berobat
            definition: A relative takes the older person to the clinic.
            keywords: [mengantar, menemani]
"""
    result = _answer("Siapa yang biasanya mengantar Oma ke Puskesmas?", "Kita pe mantu, dia pake motor.", codebook)
    assert list(result["code_id"]) == ["diantar"]
    assert "(question)" in result.iloc[0]["evidence"]
    assert "kunjungan" not in set(_answer("Siapa yang biasanya melakukan kunjungan rumah?",
                                          "Kadang saya, kadang ibunya.", codebook)["code_id"])


CONSENT = MINIMAL + """
          - id: izin_suami
            label: Izin suami untuk imunisasi
            definition: The husband allows or forbids the child's immunization.
            keywords: [suami tidak mengizinkan, izin suami, suami setuju]
"""


@pytest.mark.parametrize("question, answer", [
    ("Suaminya setuju anak disuntik?", "Setuju, malah dia yang gendong ke posyandu."),   # the predicate echoed
    ("Suami setuju anak diimunisasi?", "Iyo, dari awal."),   # "suami" names a relative, not the informant
    ("Suami mengizinkan?", "Mengizinkan, asal kita yang antar."),
])
def test_an_answer_repeating_the_questions_predicate_says_yes(question, answer):
    result = _answer(question, answer, CONSENT)
    assert list(result["code_id"]) == ["izin_suami"]
    assert "(question)" in result.iloc[0]["evidence"]


@pytest.mark.parametrize("question, answer", [
    ("Suami setuju anak diimunisasi?", "Nyanda setuju, dia bilang nanti panas."),   # a negated echo says no
    ("Suami setuju anak diimunisasi?", "Suami kerja di kapal, jarang pulang."),     # the subject, not the predicate
    ("Siapa yang setuju?", "Setuju semua di rumah."),                               # a question asking for content
])
def test_an_echo_that_denies_or_repeats_the_subject_says_nothing(question, answer):
    assert "izin_suami" not in set(_answer(question, answer, CONSENT)["code_id"])


SCHOOL = MINIMAL + """
          - id: putus_sekolah
            label: Anak putus sekolah
            definition: A child leaves school before finishing it.
            keywords: [tidak sekolah lagi, berhenti sekolah]
          - id: tidak_periksa
            label: Tidak pernah memeriksakan kehamilan
            definition: A mother never has her pregnancy checked.
            keywords: [tidak pernah periksa]
          - id: berhenti_obat
            label: Berhenti minum obat darah tinggi
            definition: The informant stops the blood-pressure medicine or takes it now and then.
            keywords: [berhenti minum]
"""


@pytest.mark.parametrize("question, answer, code", [
    ("Anak yang sulung masih sekolah?", "So nyanda, dia bantu papa di kebun cengkeh.", "putus_sekolah"),
    ("Waktu hamil, apakah Ibu pernah periksa di pustu?", "Tidak pernah, rumah kami di atas bukit.", "tidak_periksa"),
    ("Keluarga Ibu sudah punya KK?", "Belum, kami baru pindah dari Sangihe.", "tanpa_kk"),
    ("Opa masih minum obat dari Puskesmas?", "Kadang-kadang, kalau kepala pusing.", "berhenti_obat"),
    ("Opa masih minum obat dari Puskesmas?", "Iyo, mar nyanda tiap hari, kalau ingat saja.", "berhenti_obat"),
])
def test_a_no_to_a_yes_no_question_states_what_it_asks_denied(question, answer, code):
    result = _answer(question, answer, SCHOOL)
    assert list(result["code_id"]) == [code]
    assert result.iloc[0]["evidence"].endswith("(question denied)")


@pytest.mark.parametrize("question, answer", [
    ("Anak yang sulung masih sekolah?", "Masih, sekarang kelas dua SMP."),    # a yes
    ("Opa masih minum obat dari Puskesmas?", "Iyo, tiap pagi, nyanda pernah lupa."),   # a yes, a negator later
    ("Anak yang sulung masih sekolah?", "Dia bantu papa di kebun, nyanda sekolah."),   # no "no" opening it
    ("Kenapa anak yang sulung masih sekolah?", "Nyanda tahu, dia mau sendiri."),   # asks for content
])
def test_only_a_no_opening_the_answer_to_a_yes_no_question_states_it_denied(question, answer):
    assert not {"putus_sekolah", "tidak_periksa", "tanpa_kk", "berhenti_obat"} & set(
        _answer(question, answer, SCHOOL)["code_id"])


@pytest.mark.parametrize("answer, coded_ids", [
    ("Tidak, karena anak saya langsung demam tinggi sesudahnya.", ["takut"]),   # the reason for no: the topic
    ("Nyanda pernah, soalnya dorang bilang bikin panas.", ["takut"]),
    ("Tidak. Anak saya sehat-sehat saja.", []),                              # a "no" without its reason
    ("Waktu itu hujan deras, karena itu kami batal pergi.", []),               # no "no" opening it
])
def test_a_no_that_gives_its_reason_takes_the_code_the_question_names(answer, coded_ids):
    result = _answer("Ibu pernah takut bawa anak disuntik?", answer)
    assert list(result["code_id"]) == coded_ids
    assert all(evidence.endswith("(question, reason for no)") for evidence in result["evidence"])


ESCORT = MINIMAL + """
          - id: jaga
            label: Pendampingan pasien oleh keluarga
            definition: A relative bathes, feeds and accompanies the sick person at home.
            keywords: [menjaga, mendampingi, menantu, suapi]
"""


@pytest.mark.parametrize("role, question, answer", [
    ("Adik yang menjaga kakak yang sakit", "Ada saudara lain yang datang?", "Mertua saya kadang mampir hari Rabu."),
    ("Istri yang mendampingi suami cuci darah", "Ada saudara lain yang datang?",
     "Ipar saya baru pindah ke Bitung bulan lalu."),
])
def test_what_the_informants_role_says_she_does_is_no_topic_of_each_answer(role, question, answer):
    """A role's clause ("yang menjaga kakak") tells the informant's circumstance: an answer naming a
    relative is not, through it, about the relative's care (sentences written for this test)."""
    turns = segments(("P", question), ("A", answer))
    informants = pd.DataFrame([{"informant": "T1", "role": role}])
    result = code_segments(turns, parse_codebook(ESCORT), informants)
    assert "jaga" not in set(result.loc[result["segment_id"] == "s1", "code_id"])


def test_a_role_says_who_by_the_words_it_writes_not_by_their_roots():
    assert says_who("Menantu") and says_who("ibu-ibu") and says_who("gereja")
    assert not says_who("beranak") and not says_who("merawat") and not says_who("perumahan")


@pytest.mark.parametrize("question, answer, code", [
    ("Waktu itu dapat kunjungan rumah dari kader?", "Dapat, dua kali sebulan.", "kunjungan"),
    ("Keluarga di sini pakai dalil agama untuk menolak?", "Pakai, kadang-kadang.", "agama"),
])
def test_a_yes_may_repeat_the_questions_light_verb(question, answer, code):
    """"Dapat BLT?" "Dapat.": the verb whose object names the code, repeated, says yes
    (sentences written for this test)."""
    result = _answer(question, answer)
    assert list(result["code_id"]) == [code]
    assert result.iloc[0]["evidence"].endswith("(question)")


@pytest.mark.parametrize("question, answer", [
    ("Ada keluarga yang belum punya KK?", "Punya, semua."),           # the verb the question denies
    ("Ibu mau kunjungan rumah dari kader?", "Mau, supaya tidak lupa."),   # a modal outside the code's words
])
def test_a_repeated_verb_the_question_denies_or_a_modal_says_no_yes(question, answer):
    assert _answer(question, answer).empty


@pytest.mark.parametrize("question, answer", [
    ("Selain kunjungan rumah, kader biasa buat apa?", "Kadang bantu timbang di balai, kadang catat buku."),
    ("Selain rasa takut, ada alasan lain?", "Ada, rumahnya jauh dari posyandu."),
    ("Apa lagi kecuali kunjungan rumah?", "Arisan ibu-ibu tiap Jumat."),
])
def test_what_a_question_sets_aside_is_not_what_it_asks(question, answer):
    """"Selain X, ...?" asks about other things than X (sentences written for this test)."""
    assert not {"kunjungan", "takut"} & set(_answer(question, answer)["code_id"])


SETTING_TOPICS = MINIMAL + """
          - id: konseling
            label: Konseling gizi oleh kader
            definition: Cadres counsel mothers on feeding.
            keywords: [kader posyandu, konseling]
          - id: posbindu
            label: Pemanfaatan Posbindu
            definition: Adults attend the Posbindu for checks.
            keywords: [Posbindu]
"""


def test_a_question_naming_a_code_only_by_who_or_where_lends_no_topic():
    """"Bagaimana dengan kader posyandu?" asks about the cadres; the label's head names another
    thing, its "oleh kader" only who (sentences written for this test)."""
    result = _answer("Bagaimana dengan kader posyandu di sini?", "Ada empat orang, semua ibu rumah tangga.",
                     SETTING_TOPICS)
    assert "konseling" not in set(result["code_id"])


def test_a_place_the_labels_head_names_still_lends_its_topic():
    result = _answer("Kegiatan Posbindu di kampung ini bagaimana?",
                     "Sebulan sekali di balai, yang datang kebanyakan nenek-nenek.", SETTING_TOPICS)
    assert list(result["code_id"]) == ["posbindu"]
