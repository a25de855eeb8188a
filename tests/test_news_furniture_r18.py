"""A portal's tag line and a photo caption ending in its credit carry no code (pipeline/ingest/documents.py)."""

from __future__ import annotations

import pytest

from pipeline.ingest.documents import furniture_flags, is_furniture


def test_a_tag_line_is_furniture():
    assert is_furniture("id jaminan kesehatan, kartu berobat, Dinas Sosial Minahasa")
    assert is_furniture("posyandu lansia, kader, pendaftaran peserta")


@pytest.mark.parametrize("caption", [
    "Petugas kelurahan mendata warga lanjut usia di balai desa, Rabu. (Foto Antara Sulut/Nama Fotografer)",
    "Kader mengantar formulir warga ke kantor cabang. (ANTARA/HO-Humas Pemkab)",
    "Suasana pendaftaran di kantor desa, Senin (2/6). (Dok. Puskesmas)",
])
def test_a_caption_ending_in_its_photo_credit_is_furniture(caption):
    assert is_furniture(caption)


@pytest.mark.parametrize("sentence", [
    "Kader, bidan dan kepala desa mendatangi rumah warga.",
    "Peserta rapat: camat, kepala puskesmas, hukum tua",
    "Menurut dia (foto terlampir di laporan), warga datang ke kantor desa.",
    # a plan's line listing its activities without a full stop is coded, not dropped as a tag line
    "Penyuluhan gizi, kelas ibu hamil, pemeriksaan dan rujukan",
    "senam lansia, cek tekanan darah, serta konseling",
    "Kunjungan rumah, pencatatan, atau rujukan",
    # a sentence ending in its own bracket is no photo caption
    "Kader memberi penyuluhan bahaya rokok di tiga sekolah (dokumentasi terlampir).",
    "Warga membangun jamban sehat di dusun dua (lihat foto di lampiran)",
    # antara is also "between": a bracketed range is the sentence's own
    "Warga yang merokok di dalam rumah cukup banyak (antara 1/3 dan 1/2 keluarga).",
    "Pemeriksaan gratis di balai desa (antara jam 09:00 dan 11:00).",
])
def test_sentences_with_commas_or_brackets_are_text(sentence):
    assert not is_furniture(sentence)
    assert furniture_flags([sentence], ["a.txt"]) == [False]
