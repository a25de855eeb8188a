"""A question of how long the informant has been somewhere is small talk only while the interview
opens (introductions.py): asked after the matter ("Berapa lama di rumah sakit?"), it asks of a
patient's stay, and its answer is coded."""

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from tests.helpers import minimal_codebook_yaml
from tests.test_coding_minimal import segments

CODEBOOK = minimal_codebook_yaml([
    ("lumpuh", "Kelumpuhan setelah serangan", "The patient cannot move an arm or a leg after the attack.",
     ["lumpuh", "tidak bisa jalan"]),
])


def _answer_codes(*turns: tuple[str, str]) -> set[str]:
    found = code_segments(segments(*turns), parse_codebook(CODEBOOK))
    return set(found.loc[found["segment_id"] == f"s{len(turns) - 1}", "code_id"])


def test_how_long_in_hospital_asked_mid_interview_is_the_matter():
    assert _answer_codes(("P", "Apa yang terjadi waktu Bapak jatuh di kebun?"),
                         ("A", "Saya rebah di tanah, anak saya angkat ke rumah."),
                         ("P", "Berapa lama di rumah sakit?"),
                         ("A", "Dua minggu. Pulang dari sana kaki kiri saya lumpuh.")) == {"lumpuh"}


def test_tenure_asked_as_the_interview_opens_stays_small_talk():
    assert _answer_codes(("P", "Berapa lama di puskesmas ini, Bu?"),
                         ("A", "Delapan tahun. Dulu banyak pasien lumpuh datang ke sini.")) == set()
