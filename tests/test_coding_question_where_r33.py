"""What a question borrowed into its answer may not take: a place answering "where" (answers.asks_where:
"ke mana?" "Ke puskesmas." says where, not the matter of a code the question names), and a pair of
one word read twice (an Indonesian question is read with its translation, the same words:
question_reading._one_word_twice), nor a code named by a verb after the relative clause's own predicate
("Ada pasien yang menolak dirujuk?": question_reading._complement_only). And a code's one label word
*biaya* is not said by a sum of money alone (rules.py)."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from tests.helpers import minimal_codebook_yaml, one_category_yaml
from tests.test_coding_minimal import answer_codes, segments

CITY = minimal_codebook_yaml([
    ("kota", "Berobat ke kota", "Pasien berobat ke puskesmas lalu dirujuk ke rumah sakit kota.", ["rujukan"]),
    ("imunisasi", "Imunisasi dasar", "The child's basic immunization.", ["imunisasi", "vaksin"])])


def test_a_place_answering_where_is_not_the_codes_matter():
    assert answer_codes(CITY, "Sesudah itu Bapak berobat ke mana?", "Ke puskesmas, dekat dari sini.") == set()
    assert answer_codes(CITY, "Kalau sakit, Ibu berobat di mana?", "Di puskesmas saja.") == set()


def test_the_answers_other_words_still_take_up_the_question():
    # not a place of the health system: the answer's own word of the code
    assert answer_codes(CITY, "Sesudah itu Bapak berobat ke mana?", "Ke kota, naik kapal pagi.") == {"kota"}
    # a question not asking where: the place is the answer's word of the code
    assert answer_codes(CITY, "Bagaimana Bapak berobat dulu?", "Ke puskesmas tiap bulan, antri lama.") == {"kota"}

TARGETS = one_category_yaml([
    {"id": "target", "label": "Target laporan dikejar petugas", "definition": "Petugas mengejar angka laporan.",
     "keywords": ["laporan", "target"], "examples": ["Kepala tagih terus, berapa bayi sudah ditimbang, rekap harus masuk."]},
    {"id": "imunisasi", "label": "Imunisasi dasar", "definition": "The child's basic immunization.",
     "keywords": ["imunisasi", "vaksin"]}])


def _read_with_translation(question: str, answer: str) -> set[str]:
    """An Indonesian interview as a glossed batch holds it: each turn's translation its own text."""
    turns = segments(("P", question), ("A", answer))
    turns["translation"] = turns["text"]
    result = code_segments(turns, parse_codebook(TARGETS))
    return set(result.loc[result["segment_id"] == "s1", "code_id"])


def test_one_word_of_the_question_read_twice_names_no_code():
    # "ditimbang" once in the question, once more in its translation: no pair (one word twice is no pair of
    # the examples, example_vocabulary.py, nor of any other source, question_reading._one_word_twice)
    assert _read_with_translation("Ada anak yang ditimbang hari ini?", "Ada satu, bulan lalu.") == set()


def test_two_words_of_the_question_still_name_the_code():
    # two telling words of the example (its place and time words are none: example_vocabulary.py)
    assert _read_with_translation("Ada rekap yang ditagih minggu ini?", "Ada, dua.") == {"target"}


REFERRAL = minimal_codebook_yaml([
    ("rujukan", "Rujukan ke rumah sakit", "Pasien dirujuk dari puskesmas ke rumah sakit.", ["dirujuk"]),
    ("takut", "Takut jarum suntik", "Patients fear the needle.", ["takut disuntik"]),
    ("imunisasi", "Imunisasi dasar", "The child's basic immunization.", ["imunisasi", "vaksin"])])


def test_a_yes_to_people_refusing_an_act_does_not_affirm_the_act():
    # the yes says some refuse, or got well: not that the referral was made
    assert answer_codes(REFERRAL, "Ada warga yang tidak mau dirujuk?", "Ada, satu nenek di ujung kampung.") == set()
    assert answer_codes(REFERRAL, "Ada yang membaik sesudah dirujuk?", "Ada satu, sekarang sudah kerja.") == set()


def test_a_yes_to_the_relative_clauses_own_act_affirms_it():
    assert answer_codes(REFERRAL, "Ada anak yang pernah dirujuk?", "Ada, dua tahun lalu.") == {"rujukan"}
    assert answer_codes(REFERRAL, "Ada anak yang takut disuntik?", "Ada, banyak.") == {"takut"}


COSTS = minimal_codebook_yaml([
    ("biaya", "Biaya perawatan", "What the family pays.", []),
    ("imunisasi", "Imunisasi dasar", "The child's basic immunization.", ["imunisasi", "vaksin"])],
    name="Perawatan korban kecelakaan")


def test_a_sum_alone_is_no_cost_of_a_one_word_label():
    # a sum settled after a quarrel: money, but no cost the label's one word names
    assert answer_codes(COSTS, "Bapak bayar?", "Pak camat suruh baku dame saja, jangan sampai ke kantor polisi. "
                        "Akhirnya tiga juta.") == set()


def test_the_cost_word_itself_still_names_the_code():
    assert answer_codes(COSTS, "Bapak bayar?", "Biaya rumah sakit tiga juta, kami tanggung sendiri.") == {"biaya"}
