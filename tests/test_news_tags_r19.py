"""A news portal's tag line with one tag after its lower-case "id" ("id Bpjs kesehatan") is
furniture, as one with several tags was (ingest/documents.TAG_LINE)."""

from pipeline.ingest.documents import is_furniture


def test_a_single_tag_after_id_is_furniture():
    assert is_furniture("id Posyandu remaja")
    assert is_furniture("id imunisasi campak, vaksin MR")


def test_text_that_only_starts_like_a_tag_stays_text():
    assert not is_furniture("Idul Fitri membuat jadwal posyandu bergeser sepekan.")
    assert not is_furniture("ID pasien dicatat di buku register.")
    assert not is_furniture("sayur, buah, ikan dan telur")
