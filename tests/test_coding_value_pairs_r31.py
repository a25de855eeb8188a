"""Paired evaluative codes (value_pairs.py): two codes of one category whose keywords differ by a
negation judge one matter in opposite ways; a turn codes the side its words say, not both, and
not the side its keyword denies. The codebook (a programme evaluation of child growth monitoring)
and the sentences are written for this test."""

from __future__ import annotations

import pandas as pd
import yaml

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.value_pairs import value_pairs
from pipeline.schema import SEGMENT_COLUMNS
from tests.helpers import codes_of_paragraph, paragraph_codings


def _codebook(extra: list[dict] | None = None):
    def code(code_id, label, definition, keywords):
        return {"id": code_id, "label": label, "definition": definition, "keywords": keywords}

    categories = [
        {"id": "kehadiran", "label": "Kehadiran", "codes": [
            code("rutin_timbang", "Rutin timbang di posyandu",
                 "Ibu membawa anaknya ditimbang setiap bulan tanpa terlewat.", ["rutin timbang", "datang tiap bulan"]),
            code("berhenti_timbang", "Berhenti timbang di posyandu",
                 "Ibu tidak lagi membawa anaknya ditimbang setelah imunisasi lengkap.", ["tidak rutin", "malas datang"]),
            code("penyuluhan", "Penyuluhan kader", "Kader menjelaskan menu makanan anak.", ["penyuluhan"]),
        ]},
        {"id": "jarak", "label": "Jarak ke layanan", "codes": [
            code("mudah_dicapai", "Layanan mudah dicapai", "Tempat layanan dekat dan ongkosnya ringan.",
                 ["dekat", "terjangkau"]),
            code("sulit_dicapai", "Layanan sulit dicapai", "Tempat layanan jauh atau jalannya rusak.",
                 ["jauh", "tidak terjangkau"]),
        ]},
        {"id": "makan", "label": "Cara makan anak", "codes": [
            code("makan_sendiri", "Anak makan tanpa bantuan", "Anak memegang sendok dan makan tanpa disuapi.",
                 ["bisa sendiri"]),
            code("masih_disuapi", "Anak masih disuapi", "Anak belum dapat makan tanpa disuapi orang tua.",
                 ["tidak bisa sendiri"]),
        ]},
        *(extra or []),
    ]
    tree = {"name": "Evaluasi gizi anak di kampung", "themes": [{"id": "tema", "label": "Tema",
                                                                  "categories": categories}]}
    return parse_codebook(yaml.safe_dump(tree, allow_unicode=True, sort_keys=False), source="test.yaml")


CODEBOOK = _codebook()


def _codes(answer: str) -> set[str]:
    return codes_of_paragraph(CODEBOOK, answer, interview=True)


def test_a_pair_is_two_codes_of_a_category_whose_keywords_differ_by_a_negation():
    assert set(value_pairs(CODEBOOK)) == {("rutin_timbang", "berhenti_timbang"), ("mudah_dicapai", "sulit_dicapai"),
                                          ("makan_sendiri", "masih_disuapi")}


def test_not_yet_and_another_category_make_no_pair():
    later = _codebook([{"id": "jadwal", "label": "Jadwal", "codes": [
        {"id": "tunda", "label": "Menunda imunisasi", "definition": "Ibu menunda imunisasi anak.",
         "keywords": ["belum imunisasi"]},
        {"id": "lengkap", "label": "Imunisasi lengkap", "definition": "Anak sudah diimunisasi lengkap.",
         "keywords": ["imunisasi lengkap"]}]}])
    assert ("lengkap", "tunda") not in value_pairs(later)
    assert not any("penyuluhan" in pair for pair in value_pairs(CODEBOOK))


def test_the_opposite_s_keyword_denied_says_this_side():
    assert _codes("Layanan di pustu tidak jauh, jalan kaki juga sampai.") == {"mudah_dicapai"}
    assert _codes("Layanan di pustu jauh, harus naik ojek.") == {"sulit_dicapai"}


def test_a_keyword_said_of_anything_counts_only_beside_the_pair_s_matter():
    assert _codes("Layanan kesehatan di sini dekat, lima menit jalan kaki.") == {"mudah_dicapai"}
    assert _codes("Kursinya dekat jendela, dia suka lihat jalan.") == set()


def test_a_value_word_beside_the_pair_s_matter():
    assert _codes("Sejak anak umur dua tahun, kami sudah jarang ke posyandu.") == {"berhenti_timbang"}
    assert _codes("Tiap tanggal lima saya bawa dia ke posyandu.") == {"rutin_timbang"}
    # the value word without the matter says nothing of it
    assert _codes("Saya jarang pergi ke pasar, suami yang belanja.") == set()


def test_a_turn_keeps_the_side_its_words_say_more_often():
    said = "Dulu rutin timbang di posyandu, sekarang sudah berhenti, malas datang karena anak rewel."
    assert _codes(said) == {"berhenti_timbang"}


def test_a_document_paragraph_keeps_both_sides():
    paragraph = "Sebagian ibu rutin timbang di posyandu, sedangkan yang lain malas datang setelah imunisasi."
    assert {"rutin_timbang", "berhenti_timbang"} <= codes_of_paragraph(CODEBOOK, paragraph)


def test_the_matter_asked_and_the_value_in_the_answer():
    found = paragraph_codings(CODEBOOK, "So jarang, anaknya so besar.", "Bagaimana dengan posyandu?")
    assert set(found["code_id"]) == {"berhenti_timbang"}
    asked_elsewhere = paragraph_codings(CODEBOOK, "So jarang, anaknya so besar.", "Bagaimana dengan sekolah?")
    assert "berhenti_timbang" not in set(asked_elsewhere["code_id"])


def test_the_shared_phrase_with_words_between():
    assert "makan_sendiri" in _codes("Sekarang dia so bisa pegang sendok sendiri, biar masih tumpah.")
    denied = _codes("Dia nyanda bisa makan sendiri, musti disuap.")
    assert "masih_disuapi" in denied and "makan_sendiri" not in denied


def test_labels_holding_opposite_values_of_one_matter_make_a_pair():
    labelled = _codebook([{"id": "air", "label": "Air bersih", "codes": [
        {"id": "air_lancar", "label": "Air sumur mudah didapat", "definition": "Keluarga mengambil air tanpa antre.",
         "keywords": ["sumur bor"]},
        {"id": "air_susah", "label": "Air sumur susah didapat", "definition": "Keluarga antre lama mengambil air.",
         "keywords": ["kering"]},
        {"id": "air_hujan", "label": "Menampung air hujan", "definition": "Keluarga menampung air hujan.",
         "keywords": ["tampung"]}]}])
    pairs = value_pairs(labelled)
    assert ("air_lancar", "air_susah") in pairs
    # a label sharing the matter but no value word opposed makes none
    assert not any("air_hujan" in pair for pair in pairs)


def test_a_recode_of_one_side_decides_it_with_its_opposite():
    said = "Dulu rutin timbang di posyandu, sekarang sudah berhenti, malas datang karena anak rewel."
    lines = [("P", "interviewer", "Bagaimana ceritanya?"), ("B1", "informant", said)]
    rows = [{"segment_id": f"s{i}", "document": "b.md", "informant": "B1", "speaker": speaker, "speaker_role": role,
             "start": i * 300, "end": i * 300 + len(words), "line": i + 1, "language": "ind", "text": words,
             "gloss": "", "translation": ""} for i, (speaker, role, words) in enumerate(lines)]
    segments = pd.DataFrame(rows, columns=SEGMENT_COLUMNS)
    assert set(code_segments(segments, CODEBOOK)["code_id"]) == {"berhenti_timbang"}
    assert code_segments(segments, CODEBOOK, codes=["rutin_timbang"]).empty
