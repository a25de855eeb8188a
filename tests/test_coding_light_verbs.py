"""A label's one word left after its keywords that is a light verb ("pakai" of "Cuci tangan
pakai sabun") says what only with its object: alone it is no evidence, with another word of its
code it is; where the label names an absence, the denied verb is the label's own phrase
("tidak memakai"), which stands alone (keywords.py, `specificity.LIGHT_VERBS`); in a question it names
no topic either ("keluarga pakai apa?" asks about latrines: `answers.Question.asked`). A label's
one leftover word naming a relative or a place needs another word the same way."""

from tests.helpers import codes_of_paragraph, minimal_codebook_yaml, one_code_codebook
from tests.test_coding_minimal import answer_codes


def _handwashing():
    return one_code_codebook("cuci_tangan", "Cuci tangan pakai sabun",
                             "Washing hands with soap before meals and after the toilet.",
                             ["cuci tangan", "sabun"], name="Sanitasi rumah tangga")


def test_a_light_verb_alone_is_no_evidence():
    codebook = _handwashing()
    assert codes_of_paragraph(codebook, "Saya petani, pakai motor ke kebun tiap pagi.", interview=True) == set()
    assert codes_of_paragraph(codebook, "Pemilik bilang yang pakai itu penyewa, bukan dia.", interview=True) == set()


def test_a_light_verb_with_another_word_of_its_code_stands():
    assert codes_of_paragraph(_handwashing(), "Sebelum makan anak-anak pakai air mengalir dulu.",
                              interview=True) == {"cuci_tangan"}


def test_a_denied_light_verb_of_a_label_naming_an_absence_stands_alone():
    codebook = one_code_codebook("tanpa_kb", "Tidak memakai kontrasepsi",
                                 "After the birth the mother uses no method.", ["kontrasepsi"],
                                 name="KB pasca persalinan")
    assert codes_of_paragraph(codebook, "Sesudah melahirkan dia nda pakai apa-apa, cuma menyusui.",
                              interview=True) == {"tanpa_kb"}



def _asked(question: str, answer: str) -> set[str]:
    codebook = minimal_codebook_yaml([("cuci_tangan", "Cuci tangan pakai sabun",
                                       "Washing hands with soap after the toilet and before meals; the basin and the soap.",
                                       ["cuci tangan", "sabun"])], name="Sanitasi rumah tangga")
    return answer_codes(codebook, question, answer)


def test_a_light_verb_in_the_question_names_no_topic():
    # the question's light verb is the same light verb as in a turn: its object says what
    assert _asked("Kalau ke jamban, keluarga pakai apa?", "Ada lubang di belakang, habis itu toilet disiram.") == set()
    assert _asked("Anak-anak pakai apa ke sekolah?", "Jalan kaki, tapi sebelum makan di toilet sekolah.") == set()


def test_the_questions_own_word_still_lends_its_topic():
    assert _asked("Kalau cuci tangan, pakai apa?", "Biasanya di ember depan toilet.") == {"cuci_tangan"}


def _caring():
    return one_code_codebook("beban", "Beban keluarga yang merawat",
                             "Relatives caring for a sick person at home: the time and the money it takes.",
                             ["merawat", "capek", "beban"], name="Kesehatan jiwa masyarakat")


def test_a_lone_label_word_naming_a_relative_says_who_not_what():
    # like a light verb, a word naming a relative or a place needs its code's other words
    assert codes_of_paragraph(_caring(), "Di kampung ini ada tiga ratus keluarga nelayan.", interview=True) == set()
    assert codes_of_paragraph(_caring(), "Dorang satu keluarga pindah ke Bitung.", interview=True) == set()


def test_a_lone_label_word_naming_a_relative_stands_with_another_word_of_its_code():
    assert codes_of_paragraph(_caring(), "Keluarga habis uang dan waktu untuk dia.", interview=True) == {"beban"}
