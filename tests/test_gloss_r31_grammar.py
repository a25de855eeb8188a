"""Issue 16, round 31 (branch r31-G): grammar that real Manado Malay text (MangARTI's mining part and the
development sets) leaves wrong. Every sentence here was written for these tests (none is from the
corpus, a blind set or a development set)."""

from __future__ import annotations

import pytest

CASES = [
    # itu closing the subject of a noun predicate: 'adalah' (copula.py); after tu/ni opening the subject
    # itu stays its demonstrative
    ("Kasehatan itu harta yang paling mahal.", "Kesehatan adalah harta yang paling mahal."),
    ("Torang pe kampung itu kampung nelayan.", "Kampung kami adalah kampung nelayan."),
    ("Tu rumah biru itu kita pe om pe rumah.", "Rumah biru itu adalah rumah om saya."),
    # ... not before an adjective or a verb, nor a cleft, a time, a verb's object, what is said or asked
    ("Tu mangga itu manis skali.", "Mangga itu sangat manis."),
    ("Ngana pe oto itu so rusak.", "Mobilmu itu sudah rusak."),
    ("Tu ikang itu papa yang tangkap.", "Ikan itu ayah yang menangkap."),
    ("Waktu itu hari Jumat.", "Waktu itu hari Jumat."),
    ("Bawa tas itu ka kamar.", "Bawa tas itu ke kamar."),
    ("Dia bilang sayur itu obat.", "Dia bilang sayur itu obat."),
    ("Dorang pe anak itu dokter?", "Anak mereka itu dokter?"),
    # ... nor a clause that opens with ini/itu, which presents what is pointed at
    ("Ini kita pe ade.", "Ini adik saya."),
    # no as a clause of its own opening the sentence turns the hearer to what follows: 'nah' (particles.py)
    ("No, ngana lia sendiri kan.", "Nah, kamu lihat sendiri kan."),
    # ... not inside the sentence, nor glued to the clause it opens
    ("Iyo no, kita so tau.", "Iya, saya sudah tahu."),
    ("No kita tunggu.", "Saya tunggu."),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_round_31_grammar(glosser, source, expected):
    assert glosser.gloss(source).translation == expected
