"""An act done only after a wait ("tiga minggu baru ke bidan", "kalau sudah pingsan baru dibawa")
says *terlambat* in the quotation guess (late_acts.late_said, read as the biaya of a sum paid is),
though the quote does not write it. Codebook and sentences written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.late_acts import late_said
from pipeline.coding.quotation_guess import guessed_codes

BOOK = parse_codebook("""
name: Gigi anak (test)
themes:
  - {id: t, label: Perawatan gigi, categories: [{id: c, label: Hambatan, codes: [
      {id: tunda, label: Menunda ke dokter gigi, keywords: [menunda], definition: 'Orang tua terlambat membawa anak ke dokter gigi.'},
      {id: sikat, label: Kebiasaan sikat gigi, keywords: [sikat gigi], definition: 'Anak menyikat gigi pagi dan malam.'}]}]}
""")


def test_a_wait_before_baru_is_a_late_act():
    assert late_said("Giginya sakit dari Natal. Tiga minggu kemudian baru dibawa ke puskesmas.") \
        == "Tiga minggu kemudian baru dibawa"
    assert late_said("Torang tunggu sampe pipinya bengkak baru pigi.") == "sampe pipinya bengkak baru pigi"


def test_a_late_act_places_a_quote_under_the_delay_code():
    guess = guessed_codes(BOOK, [("Dia menangis terus, dua bulan baru kami bawa ke kota.",)])[0]
    assert guess is not None and guess[0] == "tunda"
    assert guess[1] == ["dua bulan baru kami [terlambat/tunda]"]


def test_baru_of_a_new_thing_or_a_thing_just_done_is_no_late_act():
    assert late_said("Sikat gigi baru, warnanya biru.") == ""
    assert late_said("Anak yang baru tumbuh gigi susu suka menggigit.") == ""
    assert late_said("Kalau baru sakit, kami kasih air garam.") == ""
    assert late_said("Sikat sampai bersih, baru kumur.") == ""   # the next step, no wait
    assert guessed_codes(BOOK, [("Giginya baru tumbuh dua, kami sikat pagi dan malam.",)])[0][0] == "sikat"


def test_baru_opening_a_sentence_after_the_wait_is_a_late_act():
    text = "Gusinya sudah bengkak satu minggu. Baru suami antar ke puskesmas."
    assert late_said(text) == "Baru suami"
    guess = guessed_codes(BOOK, [(text,)])[0]
    assert guess is not None and guess[0] == "tunda"
    assert late_said("Baru saja giginya dicabut, jadi belum boleh makan.") == ""   # just done


def test_baru_opening_a_sentence_before_a_time_says_how_short_or_recent():
    assert late_said("Baru tiga hari dia pakai sikat gigi yang lembut.") == ""   # only three days so far
    assert late_said("Baru kemarin giginya dicabut di puskesmas.") == ""        # just yesterday
    assert late_said("Baru pertama kali anak saya ke dokter gigi.") == ""       # the first time
    assert guessed_codes(BOOK, [("Baru satu minggu dia sikat gigi pagi dan malam.",)])[0][0] == "sikat"
    assert late_said("Baru dua bulan kemudian kami bawa ke dokter gigi.") == "Baru dua"   # a later point: late
