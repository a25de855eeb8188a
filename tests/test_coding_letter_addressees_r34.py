"""A letter's line of addressees (background.addresses_a_letter) names whom it is sent to, not
an act: no code; a line going on to ask something of them is the letter itself."""

from __future__ import annotations

from test_coding_minimal import MINIMAL, coded


def _codes(*paragraphs: str) -> list[set[str]]:
    found = coded(MINIMAL, *(("doc", text) for text in paragraphs))
    by_segment = found.groupby("segment_id")["code_id"].apply(set).to_dict()
    return [by_segment.get(f"s{i}", set()) for i in range(len(paragraphs))]


def test_the_addressees_of_a_letter_carry_no_code():
    assert _codes("Yth. Koordinator Tim Kunjungan Rumah dan Ketua Kader se-Kecamatan Wenang.",
                  "Kepada Yth. Petugas Pemantau KIPI di Puskesmas se-Kota Tomohon.") == [set(), set()]


def test_an_addressee_line_that_asks_for_an_act_is_the_letter():
    text = "Yth. para kader, mohon melakukan kunjungan rumah ke balita yang belum diimunisasi."
    assert "kunjungan" in _codes(text)[0]


def test_an_addressee_line_going_on_in_lower_case_is_the_letter():
    """After a comma each addressee opens with a capital (or dan, serta, di); a lower-case part is the message."""
    text = "Yth. Jemaat Sion, ibadah kunjungan rumah minggu depan pindah ke hari Sabtu."
    assert "kunjungan" in _codes(text)[0]
    assert _codes("Yth. Ketua Kader, Koordinator Kunjungan Rumah, serta Bidan Desa, di Tempat.") == [set()]
