"""An interview answer no rule codes goes under the code whose description both it and its
question speak of (coding/answer_guess.py), when the codebook has no rules."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from evaluation.compare import CODEBOOKS, _with_codes
from pipeline.codebook.load import load_codebook, parse_codebook
from pipeline.coding.answer_guess import asks_a_number, asks_yes_or_no, denied_lemmas, denies_the_question, guessed_answer_codes
from pipeline.coding.coder import code_segments
from pipeline.coding.evidence import ASKED_EVIDENCE, marked_phrases
from pipeline.coding.quotations import GUESS_CONFIDENCE
from pipeline.coding.specificity import is_light_verb
from pipeline.ingest import read_batch
from pipeline.records.codebook import Codebook
from helpers import minimal_codebook_yaml

CODES = [
    ("obat_kosong", "Kehabisan obat malaria", "The clinic runs out of malaria drugs: patients go home without "
     "them or are told to buy them at a pharmacy.", ["stok obat", "obat habis"]),
    ("kelambu", "Tidur memakai kelambu", "Keluarga tidur di bawah kelambu setiap malam, kelambu dicuci dan "
     "dijahit kalau robek.", ["kelambu", "tidur berkelambu"]),
]
QUESTION = "Bagaimana persediaan obat di Puskesmas?"
ANSWER = "Tiga minggu tidak ada kiriman. Pasien kami suruh beli di apotek dekat pasar."   # no keyword


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return parse_codebook(minimal_codebook_yaml(CODES, "Malaria (test)"), source="test.yaml")


def test_an_answer_in_words_of_its_own_takes_the_code_its_question_names(codebook):
    assert guessed_answer_codes(codebook, [((ANSWER,), QUESTION)]) == [
        ("obat_kosong", ["pasien", "beli", "apotek"], ["obat", "puskesmas"])]   # apotek: the definition's "pharmacy"


def test_the_answer_alone_or_the_question_alone_is_not_enough(codebook):
    assert guessed_answer_codes(codebook, [((ANSWER,), "Ibu tinggal di mana sekarang?")]) == [None]
    assert guessed_answer_codes(codebook, [(("Pagi-pagi kami ke kebun.",), QUESTION)]) == [None]


def test_a_denied_topic_is_no_guess(codebook):
    assert guessed_answer_codes(codebook, [(("Pasien tidak perlu beli, selalu ada.",), QUESTION)]) == [None]
    assert guessed_answer_codes(codebook, [(("Tidak ada pasien yang pernah beli sendiri.",), QUESTION)]) == [None]
    assert "kosong" in denied_lemmas("Kosong nyanda, selalu ada.")   # a negator after the word
    assert "kosong" not in denied_lemmas("Kosong tiga minggu, tidak ada kiriman.")   # another clause


def test_who_and_where_are_no_answer_about_what(codebook):
    assert guessed_answer_codes(codebook, [(("Petugas di Puskesmas ada dua, bidan satu.",), QUESTION)]) == [None]


def test_a_code_naming_an_absence_is_guessed_only_where_something_is_missing():
    absent = parse_codebook(minimal_codebook_yaml([
        ("tanpa_kelambu", "Tidak punya kelambu", "Tidak ada kelambu di rumah: anak tidur terbuka, digigit nyamuk "
         "setiap malam.", ["kelambu"]),
        ("semprot", "Penyemprotan rumah", "Officers spray the walls against mosquitoes.", ["semprot"]),
    ]), source="test.yaml")
    answer = (("Anak-anak tidur terbuka, tiap malam digigit.",), "Di rumah ada kelambu?")
    assert guessed_answer_codes(absent, [answer]) == [None]
    missing = (("Anak-anak tidur terbuka, tiap malam digigit, tidak pernah beli.",), "Di rumah ada kelambu?")
    assert guessed_answer_codes(absent, [missing])[0][0] == "tanpa_kelambu"


def test_a_question_asking_a_number_takes_its_figure_uncoded(codebook):
    assert asks_a_number("Brapa pasien yang datang?") and asks_a_number("Sudah berapa lama Ibu di sini?")
    assert not asks_a_number(QUESTION)
    figure = "Tiga jenis, kadang dua, pasien kami suruh beli di apotek."
    assert guessed_answer_codes(codebook, [((figure,), "Berapa obat yang tersedia di Puskesmas?")]) == [None]


def test_a_codebook_with_rules_says_itself_when_a_code_applies(codebook):
    ruled = _with_codes(codebook, lambda code: dataclasses.replace(code, rules=({"all": ["kelambu"]},)), {})
    assert guessed_answer_codes(ruled, [((ANSWER,), QUESTION)]) == [None]


def test_the_guess_reaches_the_coding_table_as_a_weak_guess_naming_the_question(tmp_path):
    batch_dir = tmp_path / "b"
    batch_dir.mkdir()
    (batch_dir / "K1.txt").write_text(
        "---\ninformant: K1\nlanguage: ind\n---\n\n"
        "P: Apakah stok cukup?\nK1: Bulan Juni kami kosong dua minggu, warga dari pulau terpaksa menyeberang.\n"
        "P: Anjing di kampung diikat?\nK1: Anjing dirante di kebun, sesuai peraturan desa.\n", encoding="utf-8")
    batch = read_batch(Path(batch_dir))
    codebook = load_codebook(CODEBOOKS / "rab_minimal.yaml")   # a researcher's minimal codebook: no rules
    codings = code_segments(batch.segments, codebook, batch.informants)
    guess = codings[codings["confidence"] == GUESS_CONFIDENCE]
    assert guess["code_id"].tolist() == ["stok_jarak"]
    evidence = guess["evidence"].iat[0]
    assert evidence == ASKED_EVIDENCE + "kosong \u2026 pulau + stok (question)"
    assert marked_phrases(evidence)[0] == "kosong"
    assert len(codings) == 2   # the second answer: a rule's coding, no guess beside it


def test_an_absence_is_not_guessed_where_the_answer_affirms_the_thing():
    absent = parse_codebook(minimal_codebook_yaml([
        ("tanpa_jamban", "Tidak punya jamban", "Tidak ada jamban di rumah: keluarga buang air di kebun atau "
         "di sungai.", ["jamban"]),
        ("air", "Air bersih", "Keluarga mengambil air minum dari sumur.", ["sumur"]),
    ]), source="test.yaml")
    question = "Di rumah Ibu ada jamban?"
    # opens by affirming, a negator elsewhere says no absence
    assert guessed_answer_codes(absent, [(("Ada satu, keluarga tidak lagi ke kebun atau ke sungai.",), question)]) == [None]
    assert guessed_answer_codes(absent, [(("Punya, dibangun tahun lalu, anak-anak tidak ke sungai lagi.",), question)]) == [None]
    # a denied consequence the description names is no absence either
    assert guessed_answer_codes(absent, [(("Keluarga tidak buang air di kebun, di rumah saja.",), question)]) == [None]
    # the thing itself denied is
    assert guessed_answer_codes(absent, [(("Jamban tidak ada, keluarga ke kebun atau ke sungai.",), question)])[0][0] \
        == "tanpa_jamban"


def test_the_shared_negation_denies_beyond_three_words_and_after_a_bare_no():
    assert "beli" in denied_lemmas("Keluarga kami sama sekali tidak pernah disuruh pergi beli di warung.")
    assert "beli" in denied_lemmas("Keluarga disuruh beli di warung? Tidak pernah.")
    assert "beli" not in denied_lemmas("Tidak. Keluarga disuruh beli di warung.")   # the bare "Tidak" first answers
    # "belum": an act not yet done is still the topic
    assert "kantor" not in denied_lemmas("Surat sudah ada, tapi suami belum sempat pergi ke kantor desa.")


def test_only_a_figure_answers_the_number_a_question_ends_with(codebook):
    assert asks_a_number("Seberapa sering stok habis?") and asks_a_number("Sejak kapan stok habis?")
    assert not asks_a_number("Berapa lama Ibu di sini? Bagaimana persediaan obat di Puskesmas?")
    two_part = "Apakah obat di Puskesmas pernah kosong? Berapa lama?"
    statement = "Pernah, waktu itu pasien kami suruh beli di apotek dekat pasar."
    assert guessed_answer_codes(codebook, [((statement,), two_part)])[0][0] == "obat_kosong"
    figure = "Dua minggu, pasien kami suruh beli di apotek dekat pasar."
    assert guessed_answer_codes(codebook, [((figure,), two_part)]) == [None]
    # a figure, then a sentence of another matter, holds more than the number
    more = "Dua minggu. Pasien kami suruh beli di apotek dekat pasar."
    assert guessed_answer_codes(codebook, [((more,), two_part)])[0][0] == "obat_kosong"


def test_a_position_after_a_locative_is_no_word_of_the_codes_description():
    book = parse_codebook(minimal_codebook_yaml([
        ("efek_samping", "Efek samping obat", "Obat membuat mual, pusing atau gatal; efek samping membuat pasien "
         "berhenti minum obat.", ["efek samping", "mual"]),
        ("jadwal", "Jadwal minum obat", "Pasien minum obat pada jam yang sama setiap hari.", ["jadwal", "jam minum"]),
    ]), source="test.yaml")
    # "di samping piring" says where the pills are kept: without "samping" too little is left
    answer = (("Obat saya simpan di samping piring, kadang pusing cari.",), "Bagaimana Ibu menyimpan obat dari puskesmas?")
    assert guessed_answer_codes(book, [answer]) == [None]


def test_a_manado_light_verb_names_no_topic():
    """"kase" is Manado "kasih": with its object it says what, alone it holds no code's topic."""
    forbid = parse_codebook(minimal_codebook_yaml([
        ("larangan_mertua", "Mertua melarang", "The parents-in-law forbid the visit to the clinic.",
         ["mertua larang", "nyanda kase"]),
        ("jarak", "Jarak jauh", "The clinic is far and the road is bad.", ["jauh", "jalan rusak"]),
    ], "Klinik (test)"), source="test.yaml")
    question = "Kalau anak demam, mertua Ibu bikin apa?"
    assert guessed_answer_codes(forbid, [(("Dia rebus daun, kase minum pa anak.",), question)]) == [None]
    assert is_light_verb("kase") and is_light_verb("bekeng") and not is_light_verb("larang")


def test_an_answer_saying_no_to_its_question_takes_not_its_topic(codebook):
    """A bare "no" denies what the question asks; what follows is another matter."""
    question = "Apakah bidan menyuruh pasien beli obat sendiri?"
    # (the rest restates the question only: "apotek" would be the code's own "pharmacy",
    # test_a_no_whose_rest_says_the_code_in_words_of_its_own_is_no_denial)
    assert guessed_answer_codes(codebook, [(("Nyanda, torang nyanda suruh. Kalau pasien mo beli sandiri, "
                                             "bole saja.",), question)]) == [None]
    assert denies_the_question("Tidak.", question) and denies_the_question("Nyanda, ...", question)
    assert not denies_the_question("Tidak ada kiriman tiga minggu.", question)   # what is missing, said
    assert not denies_the_question("Blum, mar minggu depan.", question)   # not yet: still the topic


REGISTER = [
    ("daftar_sendiri", "Mendaftar sendiri", "Keluarga mengisi formulir dan mendaftar sendiri ke kantor BPJS tanpa bantuan petugas.",
     ["daftar sendiri", "urus sendiri"]),
    ("dibantu", "Dibantu mendaftar", "Petugas atau kader membantu keluarga mendaftar.", ["bantu daftar"]),
]


def test_a_no_whose_rest_says_the_code_in_words_of_its_own_is_no_denial():
    """"No one helped, I registered myself": the rest of the answer restates the question's topic and
    adds a word of the code, so it is the code, not another matter."""
    register = parse_codebook(minimal_codebook_yaml(REGISTER, "Pendaftaran (test)"), source="test.yaml")
    question = "Apakah ada petugas yang bantu Ibu urus BPJS?"
    answer = "Tidak, saya urus BPJS sendiri, isi formulir di kantor cabang."
    assert denies_the_question(answer, question)
    assert guessed_answer_codes(register, [((answer,), question)]) == [
        ("daftar_sendiri", ["urus", "bpjs", "isi", "formulir"], ["urus", "bpjs"])]
    # a no whose rest turns to another matter (no word of the question) says no to it
    assert guessed_answer_codes(register, [(("Tidak. Formulir posyandu kami isi sendiri tiap bulan.",),
                                            question)]) == [None]


def test_only_a_yes_no_question_is_denied_and_no_longer_is_no_denial():
    # a "no" opening the answer to a why question answers nothing yes or no
    assert not denies_the_question("Tidak. Saya takut jarum suntik.", "Kenapa Ibu tidak mau anak diimunisasi?")
    # "so nyanda": no longer done, which is the topic
    assert not denies_the_question("So nyanda, sejak hamil saya so berhenti.", "Ibu masih merokok?")
    assert denies_the_question("Nyanda, saya.", "Ibu masih merokok?")


def test_apa_opening_a_question_asks_yes_or_no():
    assert asks_yes_or_no("Apa hujan begini bikin Ibu susah ke posyandu?")
    assert asks_yes_or_no("Apakah bidan menerangkan obat itu untuk sakit apa?")   # "apa" inside: still yes/no
    assert asks_yes_or_no("Ibu masih minum obat?")
    assert not asks_yes_or_no("Apa yang Ibu lakukan kalau anak demam?")
    assert not asks_yes_or_no("Apakah Ibu tahu kenapa obat itu harus diminum?")   # asks why besides
    assert not asks_yes_or_no("Kenapa Ibu berhenti minum obat?")


def test_no_matter_is_a_no_to_its_question():
    assert denies_the_question("Hujan nyanda apa-apa, yang susah kalau jalan putus.", "Apakah hujan jadi masalah?")
    assert "demam" not in denied_lemmas("Anak demam sedikit. Tidak apa-apa.")   # "it is fine" denies no fever
