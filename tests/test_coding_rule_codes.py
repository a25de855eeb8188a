"""A code whose label opens with a rule noun ("Aturan ...") is found where a rule is stated:
"dilarang", "wajib", "tidak boleh" (pipeline/coding/rule_codes.py). The codebook (a market's
hygiene) and the sentences are written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.rule_codes import is_rule_code
from tests.helpers import codes_of_paragraph, minimal_codebook_yaml

CODEBOOK = parse_codebook(minimal_codebook_yaml([
    ("aturan", "Aturan pengelola pasar dan kelurahan",
     "Batasan yang dibuat pengelola pasar atau kelurahan bagi pedagang. Termasuk jam buka dan tempat "
     "berjualan. Tidak termasuk teguran petugas kebersihan.", []),
    ("sampah", "Membuang sampah ke selokan",
     "Pedagang membuang sisa sayur dan plastik ke selokan pasar. Tidak termasuk sampah yang diangkut truk.", []),
    ("penegakan", "Penegakan tata tertib oleh petugas",
     "Petugas menertibkan lapak yang melanggar. Termasuk lapak yang dibongkar.", []),
], name="Kebersihan pasar"), source="test.yaml")


def test_a_prohibition_in_a_document_is_the_rule_code_s_evidence():
    assert "aturan" in codes_of_paragraph(CODEBOOK, "Pedagang dilarang menaruh dagangan di atas trotoar.")
    assert "aturan" in codes_of_paragraph(CODEBOOK, "Setiap pedagang wajib menyediakan tempat sampah sendiri.")


def test_a_rule_said_in_speech_with_its_own_negator():
    assert "aturan" in codes_of_paragraph(CODEBOOK, "Di sini tidak boleh jualan lewat jam lima sore.", interview=True)


def test_a_permission_or_a_rule_denied_states_no_rule():
    assert "aturan" not in codes_of_paragraph(CODEBOOK, "Sekarang sudah boleh jualan di depan kios.", interview=True)
    assert "aturan" not in codes_of_paragraph(CODEBOOK, "Menaruh ember di lorong tidak dilarang.")


def test_only_a_label_headed_by_a_rule_noun_is_a_rule_code():
    codes = {code.id: code for code in CODEBOOK.codes}
    assert is_rule_code(codes["aturan"])
    assert not is_rule_code(codes["penegakan"])   # the rule noun is not its head: enforcing is the act
    assert not is_rule_code(codes["sampah"])
    assert "penegakan" not in codes_of_paragraph(CODEBOOK, "Pedagang dilarang menaruh dagangan di atas trotoar.")


def test_a_rule_the_code_s_makers_did_not_make_is_not_its_evidence():
    # a household's say, a health worker's advice, a custom's due: not the market manager's rule
    said = ["Suami saya bilang tidak boleh pulang lewat magrib.",
            "Kata bidan saya tidak boleh angkat karung yang berat.",
            "Kalau ada pesta kawin, wajib bawa gula dua kilo, itu sudah adat di sini."]
    for text in said:
        assert "aturan" not in codes_of_paragraph(CODEBOOK, text, interview=True), text
    # the same household rule is the rule of a code that names the household as a rule's maker
    household = parse_codebook(minimal_codebook_yaml([
        ("aturan_rumah", "Aturan keluarga dan sekolah", "Batasan yang dibuat orang tua atau guru bagi anak.", [])]),
        source="test.yaml")
    assert "aturan_rumah" in codes_of_paragraph(household, "Suami saya bilang tidak boleh pulang lewat magrib.",
                                                interview=True)
    # an authority's rule with no other maker beside it stays
    assert "aturan" in codes_of_paragraph(CODEBOOK, "Kata petugas pasar, tidak boleh jualan di lorong.", interview=True)


def test_a_prohibition_code_takes_no_obligation():
    burning = parse_codebook(minimal_codebook_yaml([
        ("larangan", "Larangan membakar kebun", "Larangan pemerintah membuka lahan dengan api.", [])]), source="test.yaml")
    assert "larangan" not in codes_of_paragraph(burning, "Setiap kelompok tani wajib menanam jagung tahun ini.")
    assert "larangan" in codes_of_paragraph(burning, "Sekarang petani tidak boleh lagi memakai api di ladang.",
                                            interview=True)


def test_a_body_that_cannot_is_no_rule():
    # Manado "bole" also says 'can': "nyanda bole" beside a body's state is glossed "tidak boleh" but no rule
    assert "aturan" not in codes_of_paragraph(CODEBOOK, "Sejak jatuh itu dia tidak boleh berdiri lama, lututnya bengkak.",
                                              interview=True)
    assert "aturan" in codes_of_paragraph(CODEBOOK, "Sejak bulan lalu pedagang tidak boleh berdiri di pintu masuk.",
                                          interview=True)


def test_a_schools_or_a_courts_rule_is_not_the_market_s():
    assert "aturan" not in codes_of_paragraph(CODEBOOK, "Sekolah wajib menyediakan ruang ganti bagi siswi.")
    assert "aturan" not in codes_of_paragraph(CODEBOOK, "Saksi wajib hadir sendiri di persidangan berikutnya.")
    # a code naming the school as a maker keeps its rule
    school = parse_codebook(minimal_codebook_yaml([
        ("aturan_sekolah", "Aturan sekolah dan kelurahan", "Batasan yang dibuat sekolah atau kelurahan bagi murid.", []),
        ("sampah", "Membuang sampah ke selokan", "Murid membuang plastik ke selokan.", []),
    ], name="Kebersihan sekolah"), source="test.yaml")
    assert "aturan_sekolah" in codes_of_paragraph(school, "Sekolah wajib menyediakan ruang ganti bagi siswi.")
