"""Manado ta- words whose Indonesian ter- form the analyser cannot build from a root it knows
(tular, lewat as ter-), and tareak 'teriak' (ea for ia): read as the lexicon writes them."""

import pytest

from pipeline.gloss.glosser import shared_glosser


@pytest.mark.parametrize("source, expected", [
    ("Anak-anak jang bamain di situ, nanti tatular.", "Anak-anak jangan bermain di situ, nanti tertular."),
    ("Kita pe jadwal so talewat dua kali.", "Jadwal saya sudah terlewat dua kali."),
    ("Tadi malam dia ba tareak di jalan.", "Tadi malam dia berteriak di jalan."),
])
def test_ta_words_take_their_ter_form(source, expected):
    assert shared_glosser().gloss(source, "xmm").translation == expected
