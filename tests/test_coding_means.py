"""A lack of money is the cost barrier, asserted: "tidak punya biaya transport" codes cost, while
"tidak ada biaya" (nothing to pay) still denies it (new-user trial, round 9); "belum ada biaya" (not
yet) asserts it."""

from __future__ import annotations

import pytest

from test_coding_minimal import codes_of

COST = """
name: Akses layanan (test)
themes:
  - id: hambatan
    label: Hambatan akses
    categories:
      - id: ekonomi
        label: Ekonomi
        codes:
          - id: biaya
            label: Biaya dan jarak ke fasilitas
            definition: Cost of care or of getting to the clinic keeps families away.
            keywords: [biaya, transport, ongkos]
"""


@pytest.mark.parametrize("text", [
    "Kami tidak punya biaya transport ke rumah sakit, jadi tinggal di rumah.",
    "Dorang nyanda punya ongkos for pigi puskesmas.",
    "Bapak belum memiliki biaya untuk berobat ke kota.",
    "Sampai sekarang belum ada biaya untuk memperbaiki atap rumah.",   # not yet: the money is lacking
    "Torang blum ada ongkos for pigi rumah sakit.",
])
def test_having_no_money_is_the_cost_barrier(text):
    assert "biaya" in codes_of(text, COST)


@pytest.mark.parametrize("text", [
    "Tidak ada biaya untuk periksa, semua gratis.",
    "Ongkos tidak jadi masalah buat kami.",
    "Kami tidak pusing soal biaya.",
])
def test_nothing_to_pay_still_denies_it(text):
    assert "biaya" not in codes_of(text, COST)
