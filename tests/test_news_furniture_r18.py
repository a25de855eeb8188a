"""A portal's tag line and a photo caption ending in its credit carry no code (pipeline/ingest/documents.py)."""

from __future__ import annotations

from pipeline.ingest.documents import furniture_flags, is_furniture


def test_a_tag_line_is_furniture():
    assert is_furniture("id jaminan kesehatan, kartu berobat, Dinas Sosial Minahasa")
    assert is_furniture("posyandu lansia, kader, pendaftaran peserta")


def test_a_caption_ending_in_its_photo_credit_is_furniture():
    assert is_furniture("Petugas kelurahan mendata warga lanjut usia di balai desa, Rabu. (Foto Antara Sulut/Nama Fotografer)")
    assert is_furniture("Kader mengantar formulir warga ke kantor cabang. (ANTARA/HO-Humas Pemkab)")
    assert is_furniture("Suasana pendaftaran di kantor desa, Senin (2/6). (Dok. Puskesmas)")


def test_sentences_with_commas_or_brackets_are_text():
    assert not is_furniture("Kader, bidan dan kepala desa mendatangi rumah warga.")
    assert not is_furniture("Peserta rapat: camat, kepala puskesmas, hukum tua")
    assert not is_furniture("Menurut dia (foto terlampir di laporan), warga datang ke kantor desa.")
    assert furniture_flags(["Kelurahan membantu warga mengisi formulir pendaftaran (PBI)."], ["a.txt"]) == [False]
