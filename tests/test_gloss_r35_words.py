"""Round 35 of the gloss, branch r35-M (issue 16): words, spellings and senses the round-36 dev set showed
mistranslated or copied (village offices, the field knife, communal work, a set phrase of time). Every
sentence here is our own."""

import pytest

from tests.helpers import assert_reads as _reads

# Each rule, its sentences: (source, what the translation must say, what it must not say); the last of a
# rule's rows is mostly what the rule must NOT do.
CASES = {
    "kumtua_is_the_office_hukum_tua": [
        ("Besok kumtua mo datang ka jaga tiga.", "hukum tua", "kepala desa"),
    ],
    "sekdes_stays_the_short_form_indonesian_writes_too": [
        ("Surat itu so dapa tanda tangan sekdes.", "sekdes", "sekretaris desa"),
    ],
    "pungu_is_pungut": [
        ("Ade, pungu tu sampa di halaman.", "pungut", "punguk"),
    ],
    "karja_bakti_is_one_noun": [
        ("Minggu muka ada karja bakti di gereja.", "kerja bakti", "bekerja bakti"),
        ("Om Ape karja di Bitung.", "bekerja di Bitung", "kerja bakti"),       # karja alone: the verb
    ],
    "siang_bolong_is_the_set_phrase": [
        ("Dia bangun so siang bolong.", "siang bolong", "berlubang"),
        ("Tu ember so bolong.", "berlubang", "bolong"),                               # bolong alone: holed
    ],
    "peda_is_the_machete_unless_a_fish": [
        ("Opa asah depe peda di batu.", "parang", "peda"),
        ("Tanta ja goreng ikang peda for sarapan.", "ikan peda", "parang"),           # the salted fish
    ],
    "mengarti_is_a_spelling_of_mangarti": [
        ("Kita so mengarti skarang.", "mengerti", "mengarti"),
    ],
}


@pytest.mark.parametrize("source, expected, wrong", [
    pytest.param(*case, id=f"{rule}-{n}") for rule, cases in CASES.items() for n, case in enumerate(cases)])
def test_round_35_words(source, expected, wrong):
    _reads(source, expected, wrong)
