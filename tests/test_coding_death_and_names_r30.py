"""Two readings of a word's form (lemmas.py, remaining.py, proper_names.clipped_name):

* *meninggal* (to die) is no form of *tinggal* (to stay, to live), nor the other way round; but a
  count of what is left ("tinggal tiga", of a group) says the rest are gone, and stays a form of
  *meninggal*; a count of time or money left does not;
* a name written in capitals mid-sentence and unknown to the tables ("Maluku") is no word with an
  enclitic cut off its end (*malu* + -ku).

The codebook (a study of fishermen's old age) and the sentences are written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph, minimal_codebook_yaml

CODEBOOK = parse_codebook(minimal_codebook_yaml([
    ("kawan_mati", "Kawan seangkatan meninggal", "Teman-teman melaut dulu yang sudah meninggal.",
     ["meninggal", "berpulang"]),
    ("sendiri", "Tinggal sendiri", "Nelayan tua yang hidup tanpa keluarga serumah.", ["tinggal sendiri"]),
    ("malu", "Malu minta bantuan", "Merasa malu meminta bantuan kepada anak atau tetangga.", ["malu"]),
], name="Hari tua nelayan"), source="test.yaml")


def _codes(answer: str) -> set[str]:
    return codes_of_paragraph(CODEBOOK, answer, interview=True)


def test_dying_is_no_form_of_staying():
    assert "kawan_mati" not in _codes("Saya tinggal dengan anak bungsu di dekat dermaga.")
    assert "sendiri" not in _codes("Istri sudah meninggal sendiri di rumah sakit.")
    assert "kawan_mati" in _codes("Istri saya meninggal tahun lalu.")


def test_a_count_left_of_a_group_is_a_form_of_dying():
    assert "kawan_mati" in _codes("Dulu kami sembilan orang satu perahu, sekarang tinggal tiga.")
    assert "kawan_mati" not in _codes("Obatnya tinggal dua minggu lagi.")


def test_a_name_is_no_word_with_an_enclitic_cut_off():
    assert "malu" not in _codes("Anak saya kerja di kapal ikan sampai Maluku.")
    assert "malu" in _codes("Saya malu minta uang pada anak.")


def test_a_count_left_of_a_thing_that_runs_out_is_no_dying():
    assert "kawan_mati" not in _codes("Kapsulnya tinggal empat, minggu depan saya ke puskesmas lagi.")
    assert "kawan_mati" not in _codes("Stok bensin sekarang tinggal dua jeriken.")
    assert "kawan_mati" not in _codes("Uang sisa tinggal sadiki, doi tinggal dua.")
    # people before the count still are a group whose rest are gone
    assert "kawan_mati" in _codes("Teman-temannya dari kapal itu sekarang tinggal dua.")
    assert "kawan_mati" in _codes("Dari perahu itu, teman-temannya tinggal dua.")
