"""A question's place ("Apa saja kegiatan di posyandu?") says where the answer's matter happens,
not what it is: the word after a preposition of place lends the answer no topic and no term
(question_purpose.place_spans); a yes/no question still names its codes with every word. A
question asking how many people do something ("Berapa persen ...?") is answered with a figure:
its topic is not the answer's code (answers.asks_how_many)."""

from __future__ import annotations

from tests.test_coding_minimal import MINIMAL, coded

COUNSELLING = MINIMAL + """
          - id: penyuluhan
            label: Penyuluhan gizi oleh kader
            definition: Cadres teach mothers what a child should eat.
            keywords: [penyuluhan, posyandu, makanan bergizi]
"""


def _codes(question: str, answer: str) -> set[str]:
    result = coded(COUNSELLING, ("P", question), ("A", answer))
    return set(result.loc[result["segment_id"] == "s1", "code_id"])


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
