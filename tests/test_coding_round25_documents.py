"""Documents, round 25: how many have a condition is a statistic (counts.names_a_rate)."""

from pipeline.coding.counts import names_a_rate
from tests.helpers import codes_of_paragraph, one_code_codebook


def _relapse():
    return one_code_codebook("kambuh_berobat", "Kambuh setelah berhenti berobat",
                             "A patient who stopped treatment falls ill again.",
                             ["kambuh", "gagal berobat"], name="Studi tuberkulosis")


def test_a_part_of_a_counted_group_is_statistics():
    text = "Tahun lalu puskesmas mengobati 40 pasien, enam di antaranya kambuh dalam setahun."
    assert names_a_rate(text, "kambuh")
    assert codes_of_paragraph(_relapse(), text) == set()


def test_a_count_opening_a_clause_is_statistics():
    text = "Dari 25 pasien yang berobat tahun 2024 di Kecamatan Likupang, 4 orang tercatat kambuh sebelum akhir tahun."
    assert names_a_rate(text, "kambuh")
    assert codes_of_paragraph(_relapse(), text) == set()


def test_a_count_after_a_verb_of_finding_is_statistics():
    text = "Pada evaluasi triwulan ditemukan 3 pasien kambuh."
    assert names_a_rate(text, "kambuh")


def test_a_counted_group_that_acts_is_reported():
    """A verb of doing after the count reports what people did (`_DOING`); a state is no act."""
    text = "Dari 25 pasien, 4 orang mendatangi puskesmas karena kambuh setelah berhenti minum obat."
    assert not names_a_rate(text, "kambuh")


def test_a_list_marker_or_a_number_word_in_a_name_is_no_count():
    assert not names_a_rate("3. Petugas mengunjungi pasien yang kambuh setiap minggu.", "kambuh")
    assert not names_a_rate("Pasien di kelas dua kambuh setelah berhenti minum obat.", "kambuh")
    assert codes_of_paragraph(_relapse(), "Pak Y kambuh lagi setelah dua bulan berhenti minum obat.") == {
        "kambuh_berobat"}


def test_counts_under_a_named_finding_are_its_evidence():
    """A paragraph opening with the problem its inquiry found gives its counts as the finding."""
    text = ("Masalah terbesar yang kami temukan adalah pasien berhenti berobat terlalu cepat. "
            "Dari 30 pasien, lima di antaranya kambuh sebelum enam bulan.")
    assert not names_a_rate(text, "kambuh")
    assert codes_of_paragraph(_relapse(), text) == {"kambuh_berobat"}


def _vaccinated():
    return one_code_codebook("vaksin_diterima", "Anak mendapat vaksin campak",
                             "The child receives the measles vaccine at the Posyandu.",
                             ["vaksin campak", "disuntik"], name="Studi imunisasi")


def test_a_supply_kept_in_stock_is_not_the_practice():
    text = "Dinas memastikan ketersediaan vaksin campak di setiap Puskesmas selama tiga bulan."
    assert codes_of_paragraph(_vaccinated(), text) == set()
    assert codes_of_paragraph(_vaccinated(), "Kekosongan vaksin campak di dua Puskesmas berlangsung sebulan.") == set()


def test_the_practice_after_the_supply_still_counts():
    """A verb or a clause after the supply noun ends its object: what follows is the practice."""
    text = "Setelah stok tiba, petugas memberikan vaksin campak kepada 40 anak di Posyandu."
    assert codes_of_paragraph(_vaccinated(), text) == {"vaksin_diterima"}


def test_a_code_about_the_supply_keeps_it():
    codebook = one_code_codebook("stok_kosong", "Stok vaksin kosong",
                                 "The vaccine is out of stock at the clinic, so the session is cancelled.",
                                 ["vaksin kosong", "vaksin campak"], name="Studi imunisasi")
    text = "Kekosongan vaksin campak di dua Puskesmas berlangsung sebulan."
    assert codes_of_paragraph(codebook, text) == {"stok_kosong"}
