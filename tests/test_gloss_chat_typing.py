"""Chat typing (chat.py): abbreviations, 2 for reduplication, glued amounts, forms read by context."""

from __future__ import annotations

import pytest

from pipeline.gloss.chat import readings, typed_form


@pytest.mark.parametrize(("typed", "full"), [
    ("Sy blm tau dia mo datang kpn", "Saya belum tahu dia akan datang kapan"),
    ("Jgn lupa bawa payung, ujang", "Jangan lupa membawa payung, hujan"),
])
def test_chat_abbreviations_are_read_as_their_words(glosser, typed, full):
    assert glosser.gloss(typed).translation == full


def test_an_indonesian_segment_gets_the_full_words_in_its_text(glosser):
    assert glosser.gloss("Sy sudah bayar sblm jam tiga.").translation == "Saya sudah bayar sebelum jam tiga."


def test_two_marks_reduplication_and_the_interlinear_keeps_the_typed_word(glosser):
    result = glosser.gloss("Anak2 so tidor")
    assert result.translation == "Anak-anak sudah tidur"
    assert result.words[0] == "Anak2"


def test_an_amount_with_its_unit_glued_on(glosser):
    assert glosser.gloss("Dia jual ikang 30rb sakilo").translation.startswith("Dia menjual ikan 30 ribu")


def test_typed_forms_need_a_known_base():
    known = {"rumah": "rumah"}.get
    assert typed_form("rumah2", known) == "rumah-rumah"
    assert typed_form("zxq2", known) is None
    assert typed_form("12jt", known) == "12 juta"
    assert typed_form("2015", known) is None


@pytest.mark.parametrize(("words", "expected"), [
    (["Rapat", "tgl", "3", "Mei"], {1: "tanggal"}),
    (["Dia", "tgl", "di", "Bitung"], {}),                 # tinggal: left as typed
    (["Kirim", "ka", "no", "ini"], {2: "nomor"}),
    (["Minta", "no", "hp", "ngana"], {1: "nomor"}),
    (["Iyo", "no", "kita", "tau"], {}),                    # the Manado particle
    (["Jauh", "10", "km"], {}),                            # kilometre
    (["km", "so", "makan"], {0: "kamu"}),
    (["cm", "dua", "orang"], {0: "cuma"}),
    (["Tingginya", "50", "cm"], {}),                       # centimetre
    (["Baru", "pulang", "dr", "kantor"], {2: "dari"}),
    (["Periksa", "ka", "dr", "Wenas"], {}),                # the title before a name
])
def test_forms_with_two_readings_go_by_their_neighbours(words, expected):
    glues = [" "] * (len(words) - 1) + [""]
    assert readings(words, glues) == expected


def test_a_date_in_a_sentence(glosser):
    assert glosser.gloss("Ibadah tgl 12 di gereja").translation == "Ibadah tanggal 12 di gereja"


def test_laughter_is_an_interjection_not_the_subject(glosser):
    assert glosser.gloss("Wkwk kote dia so pulang").translation == "Wkwk ternyata dia sudah pulang"


def test_a_form_in_both_tables_is_reported_with_its_file(tmp_path):
    from pipeline.errors import InputError
    from pipeline.gloss.spellings import load_spellings
    header = "written\tstandard\tsource\tnote\n"
    first, second = tmp_path / "spellings.tsv", tmp_path / "chat_abbreviations.tsv"
    first.write_text(header + "hrg\tharga\tinformal spelling\t\n", encoding="utf-8")
    second.write_text(header + "hrg\tharga\tinformal spelling\t\n", encoding="utf-8")
    with pytest.raises(InputError, match="chat_abbreviations.tsv.*hrg|hrg.*chat_abbreviations.tsv"):
        load_spellings(first, second)
