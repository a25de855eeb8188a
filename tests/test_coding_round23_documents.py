"""Round 23, documents (issue 14): readings of document prose that hold across studies, for a
researcher's minimal codes. The sentences are new wordings written for this file."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.coding.coder import code_segments
from pipeline.coding.background import is_background
from pipeline.coding.heading_codes import codes_from_items
from pipeline.coding.negation import negated_tokens
from pipeline.coding.nlp import coding_nlp
from pipeline.schema import SEGMENT_COLUMNS
from tests.helpers import codes_of_paragraph, one_code_codebook

ULCER = one_code_codebook("luka_kaki", "Luka kaki pada penderita diabetes",
                          "Foot wounds and ulcers of people with diabetes.", ["luka", "luka kaki"],
                          name="Studi diabetes desa")


# -- a paragraph opening with a term's definition is background --------------------------------

def test_a_paragraph_defining_a_term_takes_no_code():
    text = ("Neuropati diabetik adalah kerusakan saraf yang muncul akibat gula darah tinggi bertahun-tahun. "
            "Salah satu akibatnya ialah luka kaki yang tidak terasa.")
    assert is_background(text)
    assert codes_of_paragraph(ULCER, text) == set()


@pytest.mark.parametrize("text", [
    # a finding named, then what it is
    "Masalah terbesar yang kami temukan adalah luka kaki yang dibiarkan sampai bernanah.",
    # a list's item
    "Kegiatan kedua adalah perawatan luka kaki bagi pasien yang datang ke Posbindu.",
    # a subject of more than a term's few words
    "Keluhan utama pasien diabetes di desa ini adalah luka kaki yang lama sembuh.",
    # an evaluative head or an owned word (-nya) names a finding, not a term
    "Kendala pokok adalah luka kaki yang terlambat dirawat karena biaya.",
    "Masalahnya adalah luka kaki yang baru diperiksa sesudah bernanah.",
    "Penyebabnya adalah luka kaki yang tidak dibersihkan setiap hari.",
    "Tantangan kader adalah luka kaki yang disembunyikan pasien.",
])
def test_a_finding_or_an_item_said_with_adalah_is_no_definition(text):
    assert not is_background(text)
    assert codes_of_paragraph(ULCER, text) == {"luka_kaki"}


# -- a negator inside a programme's capitalised name belongs to the name -------------------------

SMOKE_FREE = one_code_codebook("aturan_ktr", "Aturan larangan merokok di tempat umum",
                               "Rules that forbid smoking in public places.", ["balai desa", "tempat ibadah"],
                               name="Studi rokok keluarga")


def test_a_negator_in_a_capitalised_name_denies_nothing_after_it():
    text = "Sejak bulan Maret, Kawasan Tanpa Rokok mencakup balai desa dan tempat ibadah."
    doc = coding_nlp()(text)
    assert not negated_tokens(doc)
    assert codes_of_paragraph(SMOKE_FREE, text) == {"aturan_ktr"}


@pytest.mark.parametrize("text, denied", [
    ("Warga datang Tanpa Kartu ke puskesmas.", "Kartu"),              # one capitalised word after it
    ("Jemaat Sepakat Tak Lagi Suguhkan Rokok di Ibadah", "Suguhkan"),  # a headline capitalises all
    ("Tanpa Rokok, kampung ini lebih sehat.", "Rokok"),               # the text's first word
    ("Menurut Kader Tidak Ada kursi roda di posyandu.", "kursi"),      # a clause's "Tidak Ada", no name
    ("Kata Dokter Tidak Bisa datang hari ini.", "datang"),
])
def test_a_capitalised_negator_outside_a_name_still_denies(text, denied):
    doc = coding_nlp()(text)
    assert denied in {doc[i].text for i in negated_tokens(doc)}


# -- a strategy's heading takes the code most of its items take --------------------------------

VISITS = one_code_codebook("kunjungan_rumah", "Kunjungan rumah oleh kader",
                           "Cadres visit families at home to check on the child.", ["kunjungan rumah", "datang ke rumah"],
                           name="Studi tumbuh kembang")
HEADED_PLAN = ["Langkah 2. Peran kader di desa:",   # "kader": the label's doer, no evidence alone
               "- Kader datang ke rumah setiap keluarga sasaran dua kali sebulan.",
               "- Kunjungan rumah bersama bidan bagi anak yang belum datang ke posyandu.",
               "- Penyediaan buku catatan dan alat tulis."]


def plan_codes(codebook, paragraphs: list[str]) -> list[set[str]]:
    rows = [{"segment_id": f"s{i}", "document": "rencana.md", "informant": "D1", "speaker": "D1",
             "speaker_role": "informant", "start": i * 300, "end": i * 300 + len(text), "line": i + 1,
             "language": "ind", "text": text, "gloss": "", "translation": ""} for i, text in enumerate(paragraphs)]
    found = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), codebook)
    return [set(found.loc[found["segment_id"] == f"s{i}", "code_id"]) for i in range(len(paragraphs))]


def test_a_strategy_heading_takes_the_code_most_of_its_items_take():
    assert plan_codes(VISITS, HEADED_PLAN) == [{"kunjungan_rumah"}, {"kunjungan_rumah"}, {"kunjungan_rumah"}, set()]


@pytest.mark.parametrize("heading", [
    "Hasil rapat:",                                            # announces a list, names nothing
    "Rapat menyepakati langkah-langkah berikut:",              # announces what follows
    "Langkah 2. Penyediaan buku dan alat tulis:",              # shares no word with the label
])
def test_a_heading_naming_no_strategy_of_the_code_takes_nothing(heading):
    assert plan_codes(VISITS, [heading, *HEADED_PLAN[1:]])[0] == set()


def _heading_codes(heading: str, labels: dict[str, str], name: str = "") -> list[str]:
    items = ["- Kader datang ke setiap keluarga sasaran.", "- Bidan ikut bersama kader sebulan sekali."]
    return codes_from_items(["", heading, heading], [heading, *items], ["d"] * 3, ["s0", "s1", "s2"],
                            [("s1", "k"), ("s2", "k")], labels, name).get(0, [])


def test_a_heading_word_of_the_study_name_names_no_code():
    labels = {"k": "Kunjungan rumah oleh kader", "p": "Penyuluhan gizi"}
    assert _heading_codes("Jadwal kunjungan rumah tahun ini:", labels) == ["k"]
    # the study is about home visits: its name's words are in every heading
    assert _heading_codes("Jadwal kunjungan rumah tahun ini:", labels, "Studi kunjungan rumah") == []


def test_a_title_heading_takes_nothing_from_its_items():
    assert plan_codes(VISITS, ["KUNJUNGAN KADER DESA:", *HEADED_PLAN[1:]])[0] == set()


def test_a_heading_over_a_minority_of_coded_items_takes_nothing():
    paragraphs = [HEADED_PLAN[0], HEADED_PLAN[1], HEADED_PLAN[3], "- Rapat bulanan kader di balai desa."]
    assert plan_codes(VISITS, paragraphs)[0] == set()


@pytest.mark.parametrize("text", [
    "Kendala utama adalah biaya yang mahal bagi keluarga miskin.",
    "Masalahnya adalah obat yang sering habis di puskesmas.",
    "Penyebabnya adalah petugas yang jarang datang.",
])
def test_a_finding_judged_or_owned_is_no_term_defined(text):
    assert not is_background(text)
