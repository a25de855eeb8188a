"""Round 28's changes read by their next owner: cases the new rules read wrongly, each fixed with its
test (new sentences)."""

from __future__ import annotations

import pytest

from test_ingest_support import write_batch

from pipeline.coding.background import is_background
from pipeline.coding.keywords import covers_both_sides
from pipeline.ingest import read_batch
from tests.helpers import codes_of_paragraph, one_code_codebook
from tests.test_coding_minimal import MINIMAL, answer_codes


@pytest.mark.parametrize("question, answer", [
    # a closing "iya?" asks the interviewer back; it assents to nothing (answers.closing_yes)
    ("Mama-mama di sini takut anak panas?", "Yang di kampung atas, iya? Kita kurang tahu."),
    ("Ada yang bilang vaksin itu haram?", "Di pengajian kemarin, betul? Torang nyanda pigi."),
    # kurang before the word of assent: not quite so
    ("Mama-mama di sini takut anak panas?", "Kalau itu kurang betul. Dorang so biasa."),
    ("Ada yang bilang vaksin itu haram?", "Yang itu kurang benar. Cuma orang bicara."),
    # yang, paling or lebih before it: an adjective judging a way, the right one or the best
    ("Mama-mama di sini takut anak panas?", "Dengar kata bidan, itu yang betul."),
    ("Ada yang bilang vaksin itu haram?", "Tanya dokter dulu, itu lebih benar."),
])
def test_a_closing_assent_asked_back_or_made_not_quite_is_no_yes(question, answer):
    assert answer_codes(MINIMAL, question, answer) == set()


@pytest.mark.parametrize("answer", ["Dua pekan lalu torang pindah ke Tondano.", "Satu semester anak di asrama, baru pulang."])
def test_a_number_before_any_unit_of_time_says_when_not_how_many(answer):
    """answers.opening_count's time units missed the written week (pekan) and a school half-year."""
    assert answer_codes(MINIMAL, "Masih takut bawa anak ke posyandu?", answer) == set()


def test_a_closing_assent_still_says_yes():
    assert "takut" in answer_codes(MINIMAL, "Mama-mama di sini takut anak panas?", "Yang anak kecil, iya. Yang besar nyanda.")


@pytest.mark.parametrize("definition, covers", [
    ("Stok obat yang ada tidak cukup sampai akhir bulan.", False),   # what there is is not enough
    ("Bantuan yang ada tidak dibagi ke semua keluarga.", False),
    ("Petugas mencatat obat di gudang ada tidak.", True),             # "ada tidak" closing its clause
    ("Ada tidaknya air bersih di pengungsian.", True),
    ("Ada atau tidak ada tenda untuk lansia.", True),
    ("Apakah perahu membawa lampu navigasi saat melaut malam atau tidak.", True),
    ("Lampu navigasi di perahu, dinyalakan atau tidak, saat melaut malam.", True),
    # "atau tidak" before a word of its own is a second negated alternative, not "or not"
    ("Jaring bantuan yang dibagi tidak adil atau tidak sampai kepada nelayan kecil.", False),
])
def test_ada_tidak_and_atau_tidak_cover_absence_only_as_a_pair(definition, covers):
    assert covers_both_sides(definition) is covers


NUMBER_SRT = """1
00:00:01,000 --> 00:00:04,000
Malam itu di tenda suhu turun sampai
-3 derajat, anak-anak menggigil.

2
00:00:05,000 --> 00:00:08,000
Torang bakar kayu sampai pagi.
"""


def _one_informants_turns(tmp_path, srt: str) -> list[str]:
    """The turns of `srt` read as the file of one informant, K2."""
    batch = write_batch(tmp_path, {"K2.srt": srt, "batch.yaml": "speakers:\n  K2.srt: K2\n"})
    return read_batch(batch).segments["text"].tolist()


def test_a_minus_sign_wrapped_to_a_cue_lines_start_is_kept(tmp_path):
    """A number's minus opening a wrapped line is no dialogue dash: it was cut off ("3 derajat")."""
    assert "sampai -3 derajat, anak-anak menggigil." in " ".join(_one_informants_turns(tmp_path, NUMBER_SRT))


@pytest.mark.parametrize("text, closing", [
    ("Demikian juga posko ini membagikan obat batuk kepada pengungsi lansia.", False),   # likewise
    ("Demikian pula dapur umum ini menyediakan makanan bayi setiap pagi.", False),
    ("Demikian halnya relawan ini memeriksa air sumur setelah banjir.", False),
    ("Demikian catatan rapat ini dibuat untuk diketahui.", True),
])
def test_demikian_likewise_opens_a_report_not_a_letters_closing(text, closing):
    assert is_background(text) is closing


LIST_SRT = """1
00:00:01,000 --> 00:00:06,000
Kalau mo ka Manado for cuci darah, torang siapkan:
- kartu berobat,
- uang oto.

2
00:00:07,000 --> 00:00:09,000
Kong torang barangkat subuh.
"""


def test_dashed_items_after_a_colon_are_a_list_not_a_dialogue(tmp_path):
    """One informant listing what she prepares: each item was cut into a turn of its own, apart from
    the sentence announcing them."""
    texts = _one_informants_turns(tmp_path, LIST_SRT)
    assert len(texts) == 1
    assert texts[0].startswith("Kalau mo ka Manado for cuci darah, torang siapkan: - kartu berobat, - uang oto.")


QUEUE = one_code_codebook("antrean", "Antrean layanan", "Pasien menunggu giliran atau mengantre untuk dilayani.",
                          ["mengantre", "menunggu giliran", "antrean panjang"], name="Studi layanan rumah sakit")


@pytest.mark.parametrize("caption", [
    "Foto: Keluarga pasien mengantre di loket farmasi RSUD Tondano, Selasa (3/3/2026). (Dok. RSUD)",
    "FOTO: Pasien lansia menunggu giliran di depan poli mata Puskesmas Tikala. (ist)",
])
def test_waiting_in_a_caption_is_the_act_of_a_code_about_waiting(caption):
    """A caption of people waiting states no act (captions._NO_ACT), unless the code is about the wait:
    its keyword was the verb taken out."""
    assert codes_of_paragraph(QUEUE, caption) == {"antrean"}
