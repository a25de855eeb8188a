"""A label whose only word left beside its keywords names a work role ("Dokter datang ke tenda"
with the keywords "posko kesehatan", "klinik keliling") says who does the code's act, not the
act: the role alone in a turn ("the doctor said it came from the flood water") is no evidence,
as a relative or a place alone is none. Codebook and texts written for this test."""

from tests.helpers import codes_of_paragraph, one_code_codebook


def _visits():
    return one_code_codebook("perawat_kebun", "Perawat datang ke kebun",
                             "Petugas kesehatan yang mengunjungi petani di kebun atau ladang.",
                             ["kunjungan kebun", "datang ke kebun"], name="Studi petani cengkeh")


def test_the_role_alone_is_no_evidence():
    text = "Perawat bilang kita pe tangan gatal itu dari racun rumput."
    assert codes_of_paragraph(_visits(), text, interview=True) == set()


def test_the_code_is_still_found_by_its_keywords():
    text = "Bulan lalu perawat datang ke kebun, periksa torang satu-satu."
    assert codes_of_paragraph(_visits(), text, interview=True) == {"perawat_kebun"}
