"""A sum of money said in numbers names a cost (coding/amounts.py): a code whose keyword, label or
definition word is *biaya* reads "empat puluh ribu" as that word; a sum received, levied as a
fine or paid per period is no price, nor a count of people; money said to be lacking is a cost."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding import code_segments
from pipeline.coding.nlp import coding_nlp
from pipeline.coding.token_store import TokenStore
from test_coding_minimal import codes_of

COST = """
name: Pengobatan (test)
themes:
  - id: akses
    label: Akses
    categories:
      - id: ekonomi
        label: Ekonomi
        codes:
          - id: biaya
            label: Biaya berobat
            definition: What care, medicine or the trip to the clinic costs the family.
            keywords: [biaya, mahal]
          - id: keluarga
            label: Dukungan keluarga
            definition: Relatives help the patient.
            keywords: [keluarga, anak]
"""


@pytest.mark.parametrize("text", [
    "Sekali ke rumah sakit kota, carter perahu bisa empat ratus ribu.",
    "Obat sirup itu satu botol tiga puluh lima ribu di apotek.",
    "Operasi katarak katanya Rp 6 juta kalau tidak pakai kartu.",
    "Naik ojek ke pustu, pulang balik dua puluh lima ribu.",
    "Waktu bapak opname, habis tiga juta rumah sakit, belum obatnya.",   # a compound, not a count
    "Mama bawa adik ke kampung, kasih seratus ribu orang pintar di sana.",
    "Dari APBD sudah disiapkan Rp 40 juta untuk pengobatan warga miskin.",   # a budget buying a thing
])
def test_a_sum_paid_is_a_cost(text):
    assert "biaya" in codes_of(text, COST)


@pytest.mark.parametrize("text", [
    "Kami terima dari desa dua ratus ribu, dibagi tiga bulan sekali.",   # received
    "Kader diberi honor lima puluh ribu dari kelurahan.",              # a wage
    "Yang buang sampah di kali kena denda seratus ribu.",              # a fine
    "Dia kirim tiga ratus ribu per bulan untuk mamanya.",              # per period
    "Penduduk kampung ini kira-kira tiga ribu lima ratus jiwa.",      # people, not money
    "Sapi yang diternak di kecamatan itu ada dua puluh ribu ekor.",     # animals after the unit
    "Tahun ini dinas menyalurkan tiga juta dosis ke semua kabupaten.",   # doses after the unit
    "Di provinsi itu tercatat dua juta orang miskin tahun lalu.",       # people, no compound
    "Program ini dianggarkan Rp 3 miliar dari APBD provinsi tahun depan.",   # a budget line
    "Pembangunan jembatan memakai dana hibah Rp 800 juta.",            # a grant
])
def test_a_sum_received_levied_or_counted_is_no_cost(text):
    assert "biaya" not in codes_of(text, COST)


@pytest.mark.parametrize("text", [
    "Mau berobat ke kota, mar torang nyanda pegang doi.",
    "Anak demam tinggi, tapi kami tidak pegang uang sama sekali.",
    "Kalau harus sewa mobil, uang dari mana?",
])
def test_money_said_to_be_lacking_is_a_cost(text):
    assert "biaya" in codes_of(text, COST)


@pytest.mark.parametrize("text", [
    "Anak saya kirim uang tiap kali dia gajian.",
    "Ada doi sadiki, dia simpan di lemari.",
])
def test_money_had_or_sent_is_no_cost(text):
    assert "biaya" not in codes_of(text, COST)


def test_a_recode_of_the_cost_code_finds_the_sum_without_the_word():
    """The recode's screen lets a text with a sum and no *biaya* through (token_store.py)."""
    codebook = parse_codebook(COST)
    segments = pd.DataFrame({
        "segment_id": ["d-1", "d-2"], "document": ["d", "d"], "speaker": ["I", "I"],
        "speaker_role": ["informant", "informant"], "position": [0, 1],
        "text": ["Carter perahu ke kota empat ratus ribu.", "Anak saya yang antar."]})
    recorded = TokenStore(coding_nlp(), record=True)
    cold = code_segments(segments, codebook, tokens=recorded)
    stored = TokenStore(coding_nlp(), [recorded.of("d")])
    again = code_segments(segments, codebook, codes=("biaya",), tokens=stored)
    assert list(again["segment_id"]) == list(cold[cold["code_id"] == "biaya"]["segment_id"]) == ["d-1"]
