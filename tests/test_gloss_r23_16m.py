"""Issue 16, round 23 (branch r23-M): word senses the context decides, found by counting the words
the development sets leave wrong. Every sentence here was written for these tests (none is from the
corpus, a blind set or a development set)."""

from __future__ import annotations

import pytest

CASES = [
    # kali after a place preposition or a word of water is the river (rivers.py); counted, it stays 'kali'
    ("Dorang pigi bacuci pakean di kali.", "Mereka pergi mencuci pakaian di sungai."),
    ("Ade jatuh ka kali kalamaring.", "Adik jatuh ke sungai kemarin."),
    ("Jang minum aer kali, nanti saki poro.", "Jangan minum air sungai, nanti sakit perut."),
    ("Kita so telepon dia tiga kali.", "Saya sudah menelepon dia tiga kali."),
    ("Di kali ini torang bayar sandiri.", "Di kali ini kami bayar sendiri."),
    # biar before the middle of a time of day concedes it, after the act too (joining.py)
    ("Mantri itu ja bantu orang biar tengah malam.", "Mantri itu biasa membantu orang biarpun tengah malam."),
    ("Papa tetap pigi bakobong biar tenga siang.", "Ayah tetap pergi berkebun biarpun tengah siang."),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_round_23_gloss_senses(glosser, source, expected):
    assert glosser.gloss(source).translation == expected
