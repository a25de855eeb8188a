"""Bank account numbers are masked as [REK] where a word before them names an account or a bank."""

import pandas as pd
import pytest

from pipeline.aggregate.quotations import masked_note
from pipeline.privacy import Redactor
from pipeline.wording import labels

REDACTOR = Redactor([])


@pytest.mark.parametrize("text, expected", [
    ("kirim ke no rek BRI 9876-02-112233-44-1 ya", "kirim ke no rek BRI [REK] ya"),
    ("rekening 0098765432, atas nama suami", "rekening [REK], atas nama suami"),
    ("rekeningnya di BNI, nomornya 1122334455.", "rekeningnya di BNI, nomornya [REK]."),
    ("No. Rek.: 1357 2468 0011", "No. Rek.: [REK]"),
    ("Mandiri 1300011122233 dulu", "Mandiri [REK] dulu"),
    # a phone number after the bank stays a phone number
    ("bank BRI, HP saya 081298765432", "bank BRI, HP saya [TELP]"),
])
def test_an_account_number_after_an_account_word_is_masked(text, expected):
    assert REDACTOR.redact(text) == expected


@pytest.mark.parametrize("text", [
    "masuk rekening Rp 2.400.000 tiap tiga bulan",
    "rekening bank dapat 150.000.000 dari koperasi",
    "ke rekening BRI 300000000 rupiah katanya",
    "buka rekening tahun 2021, anak 2 orang, tanggal 05-11-2022",
    "rekening listrik bulan ini 235000",
    "nomor 9876543210 itu bukan apa-apa",      # ten digits with no account word: not known to be one
    "bri 1122334455 ditulis kecil",             # a bank acronym counts only in capitals
])
def test_amounts_dates_and_bare_numbers_stay(text):
    assert REDACTOR.redact(text) == text


def test_the_appendix_note_explains_the_mark():
    quotes = pd.DataFrame({"text": ["no rek [REK] sudah dikirim"]})
    assert "[REK] nomor rekening bank" in masked_note(quotes, labels("id"))
    assert "[REK] a bank account number" in masked_note(quotes, labels("en"))
