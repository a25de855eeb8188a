"""A question's place ("Apa saja kegiatan di posyandu?") says where the answer's matter happens,
not what it is: the word after a preposition of place lends the answer no topic and no term
(question_purpose.place_spans); a yes/no question still names its codes with every word. A
question asking how many people do something ("Berapa persen ...?") is answered with a figure:
its topic is not the answer's code (answers.asks_how_many). A role asked ("Apa saja tugas kader?")
is supported in the answer as in a turn: not by a place, which says which worker, not what she
does (keywords._question_rules, `apart_from_roles`)."""

from __future__ import annotations

from tests.helpers import minimal_codebook_yaml
from tests.test_coding_minimal import MINIMAL, answer_codes

COUNSELLING = MINIMAL + """
          - id: penyuluhan
            label: Penyuluhan gizi oleh kader
            definition: Cadres teach mothers what a child should eat.
            keywords: [penyuluhan, posyandu, makanan bergizi]
"""


def _codes(question: str, answer: str) -> set[str]:
    return answer_codes(COUNSELLING, question, answer)


def test_a_place_the_question_names_lends_the_answer_no_topic():
    assert _codes("Apa saja kegiatan di posyandu?", "Timbang anak, catat di buku, lalu pulang.") == set()
    assert _codes("Kalau dari posyandu, Ibu langsung ke mana?", "Ke pasar, beli sayur.") == set()


def test_the_questions_matter_still_lends_its_topic():
    assert _codes("Bagaimana penyuluhan di posyandu?", "Sebulan sekali, ramai.") == {"penyuluhan"}


def test_a_yes_no_question_names_its_code_with_its_place_too():
    assert _codes("Pernah ada kegiatan di posyandu?", "Pernah, dua kali.") == {"penyuluhan"}


def test_an_answer_to_how_many_people_gives_a_figure_not_the_code():
    assert _codes("Menurut Ibu, berapa persen ibu di sini yang ikut penyuluhan?",
                  "Di catatan saya kira-kira separuh, mungkin kurang.") == set()
    assert _codes("Kira-kira berapa orang yang ikut penyuluhan tiap bulan?", "Dua puluhan.") == set()
    # how long, how often, until when: the answer tells the practice itself
    assert _codes("Sudah berapa lama ada penyuluhan?", "Sejak tahun lalu, tiap bulan.") == {"penyuluhan"}



VISITS = minimal_codebook_yaml([
    ("kunjungan", "Kunjungan rumah kader", "Posyandu cadres visit mothers at home to remind them of the schedule.",
     ["kunjungan rumah", "kader", "mendatangi"]),
    ("imunisasi", "Imunisasi dasar", "The child's basic immunization.", ["imunisasi", "vaksin"])])


def _visits(question: str, answer: str) -> set[str]:
    return answer_codes(VISITS, question, answer)


def test_a_role_asked_is_not_supported_by_a_place_in_the_answer():
    # as in a turn ("kader posyandu"): the place says which worker, not what she does
    assert _visits("Apa saja tugas kader di sini?", "Posyandu tiap bulan, timbang dan catat.") == set()
    assert _visits("Kader di sini ada berapa?", "Lima, semua dari Puskesmas dilatih.") == set()


def test_a_role_asked_is_supported_by_another_word_of_its_code():
    assert _visits("Apa saja tugas kader di sini?", "Mendatangi ibu yang baru melahirkan.") == {"kunjungan"}
