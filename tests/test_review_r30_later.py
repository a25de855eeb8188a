"""Round 30's later coding rules, reviewed against sentences where they must not fire (r30-RD).

Each case is made up: a count left that is a household or a distance, a letter's instruction that
is no grounds, cases reported with their cause that are no definition, a transcriber's clarification
of whom a pronoun means."""

from __future__ import annotations

import pytest

from helpers import codes_of_paragraph, one_code_codebook, one_category_yaml
from pipeline.codebook.load import parse_codebook
from pipeline.coding.background import is_background


@pytest.fixture(scope="module")
def deaths():
    return one_code_codebook("mati", "Kematian anggota kelompok", "Anggota kelompok yang meninggal", ["meninggal"])


@pytest.mark.parametrize("text", [
    "Kami tinggal lima orang dalam satu rumah kecil.",   # a household: who lives there
    "Mereka tinggal 4 km dari jalan raya.",             # a distance
    "Torang tinggal tiga di kamar itu.",
])
def test_living_somewhere_is_no_count_left(deaths, text):
    assert codes_of_paragraph(deaths, text, interview=True) == set()


def test_a_count_left_still_says_the_rest_are_gone(deaths):
    assert codes_of_paragraph(deaths, "Waktu berangkat ada dua belas, kini tinggal lima.", interview=True) == {"mati"}


@pytest.mark.parametrize("text, background", [
    # the letter's instruction itself, after the formula
    ("Dengan ini diminta seluruh kepala desa melaporkan warga yang dirawat.", False),
    ("Dengan ini kami instruksikan agar setiap posyandu membuka layanan sore hari.", False),
    # the grounds that hand the points over
    ("Memperhatikan naiknya kasus diare, bersama ini kami sampaikan beberapa hal berikut:", True),
    ("Menindaklanjuti rapat bulan lalu, dengan ini disampaikan hal-hal sebagai berikut.", True),
    # a definition names a term, not counted or pointed-at cases
    ("Dua kematian bulan ini adalah kasus diare akibat air sumur tercemar.", False),   # counted cases
    ("Kejadian tersebut adalah keracunan makanan akibat nasi basi.", False),            # a case pointed at
    ("Diare akut adalah buang air encer akibat infeksi usus.", True),                    # a term defined
])
def test_a_letters_grounds_and_a_definition_are_background_its_points_and_cases_not(text, background):
    assert is_background(text) is background


CLARIFIED = one_category_yaml([{"id": "larang", "label": "Larangan suami", "definition": "Suami melarang istri berobat",
                                "keywords": ["suami larang"]}])


def test_a_clarification_of_whom_a_pronoun_means_is_read():
    """'Dia (suami saya)' says who forbids: the bracket is the transcriber's help, not an event."""
    codebook = parse_codebook(CLARIFIED)
    assert codes_of_paragraph(codebook, "Dia (suami saya) larang kita ke puskesmas.", interview=True) == {"larang"}
    # what it must not do: a note of what happened, or a long bracket after a pronoun, stays blank
    assert codes_of_paragraph(codebook, "Nda ada yang larang. (suami masuk, rekaman berhenti)", interview=True) == set()
    assert codes_of_paragraph(codebook, "Dia (suami lewat di depan, tetangga bilang larang) diam saja.",
                              interview=True) == set()


@pytest.fixture(scope="module")
def costs():
    return one_code_codebook("biaya", "Biaya berobat", "Uang yang dikeluarkan keluarga untuk berobat", ["biaya"])


@pytest.mark.parametrize("text", [
    "Menurut aturan pemeriksaan itu gratis, tapi kami tetap bayar empat puluh ribu.",   # against the rule
    "Ada aturan harus bawa KTP. Kalau mau periksa darah, bayar tiga puluh ribu.",       # a price of a service wanted
    "Sesuai peraturan desa, warga bayar dua puluh ribu untuk kartu.",          # what the sum buys
])
def test_a_sum_near_a_rule_is_still_a_cost_where_it_buys_something(costs, text):
    assert codes_of_paragraph(costs, text, interview=True) == {"biaya"}


def test_a_sum_paid_under_an_agreed_rule_stays_a_fine(costs):
    text = "Sudah disepakati warga: kalau babi lepas ke kebun orang, pemilik bayar tiga ratus ribu."
    assert codes_of_paragraph(costs, text, interview=True) == set()


def test_i_and_p_of_an_english_transcript_are_the_interviewer_and_the_participant(tmp_path):
    """English transcripts write I: Interviewer, P: Participant, the other way round from Indonesian
    P/I: the interviewer's questions were coded as the informant's words and the answers left out."""
    from pipeline.ingest import read_batch
    from test_ingest_support import write_batch

    english = ("---\nlanguage: en\n---\nI: Who reminds you to take the tablets?\nP: My daughter does, every morning.\n"
               "I: And at night?\nP: Nobody, so I forget.\n")
    batch = read_batch(write_batch(tmp_path, {"E3.md": english, "wawancara_K9.md": "P: Siapa yang antar?\nI: Kita pe anak.\n"}))
    roles = batch.segments.groupby("document", sort=False)["speaker_role"].apply(list).to_dict()
    assert roles["E3.md"] == ["interviewer", "informant"] * 2
    assert set(batch.segments.loc[batch.segments["document"] == "E3.md", "informant"]) == {"E3"}
    # what it must not do: an Indonesian file's P is still the Pewawancara
    assert roles["wawancara_K9.md"] == ["interviewer", "informant"]


def test_every_kind_a_codebook_compiles_to_has_its_traits():
    """The evidence kinds' sets (strong, weak, loose, naming the code) derive from KIND_TRAITS: a kind
    a rule builder makes without a row there would silently fall out of all of them."""
    from pipeline.coding.compile_rules import compile_codebook
    from pipeline.coding.keyword_rule import KIND_TRAITS

    codebook = parse_codebook(one_category_yaml([
        {"id": "jarak", "label": "Jarak dan ongkos transportasi", "definition": "Perjalanan jauh ke puskesmas",
         "keywords": ["jarak jauh", "tidak mau naik perahu"]},
        {"id": "dukungan", "label": "Dukungan sosial keluarga", "definition": "Keluarga membantu berobat",
         "keywords": ["keluarga antar"]}]), source="test.yaml")
    kinds = {rule.kind for rule in compile_codebook(codebook).rules}
    assert len(kinds) > 3 and kinds <= set(KIND_TRAITS)
