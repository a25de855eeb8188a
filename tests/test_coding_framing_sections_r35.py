"""A document's words about itself (coding/framing_sections.py): a plan's objectives, what a part
of it holds, an SOP's definitions and the decree it rests on carry no code of a minimal codebook;
the measures after them, and a policy an SOP states in its own words, are read as before. And a
plan's budget section opens at a plan's heading, not at a news page's crosshead."""

from __future__ import annotations

import pytest

from pipeline.coding.budget_section import in_budget_sections
from pipeline.coding.framing_sections import in_framing_sections
from test_coding_minimal import MINIMAL, coded


def _codes_by_text(*paragraphs: str) -> dict[str, set[str]]:
    found = coded(MINIMAL, *(("doc", text) for text in paragraphs))
    by_segment = found.groupby("segment_id")["code_id"].apply(set).to_dict()
    return {text: by_segment.get(f"s{i}", set()) for i, text in enumerate(paragraphs)}


def test_a_plans_objectives_carry_no_code_and_its_activities_do():
    aim = "Tujuan khusus: menambah kunjungan rumah kader bagi balita yang belum lengkap imunisasinya."
    under = "Mengurangi rasa takut orang tua terhadap KIPI sampai akhir tahun."
    activity = "1. Kader melakukan kunjungan rumah bagi balita yang belum lengkap imunisasinya."
    codes = _codes_by_text("RENCANA KEGIATAN IMUNISASI DESA TAHUN 2028", aim, "B. Tujuan", under,
                           "C. Kegiatan", activity)
    assert codes[aim] == set() and codes[under] == set()
    # the section ends at the next heading: the plan's measure is coded as before
    assert "kunjungan" in codes[activity]


def test_an_sops_head_sections_frame_it_and_its_procedure_does_not():
    texts = ["Pengertian", "Kunjungan rumah adalah pelayanan kader di rumah keluarga sasaran.",
             "Kebijakan", "Surat Keputusan Kepala Puskesmas tentang kunjungan rumah oleh kader posyandu.",
             "Prosedur", "1. Kader melakukan kunjungan rumah setiap Sabtu."]
    assert in_framing_sections(texts, ["sop"] * len(texts)) == [True, True, True, True, False, False]
    codes = _codes_by_text(*texts)
    assert codes[texts[1]] == set() and codes[texts[3]] == set()
    assert "kunjungan" in codes[texts[5]]


@pytest.mark.parametrize("text, frames", [
    ("Bagian ini memuat rencana kunjungan rumah oleh kader selama lima tahun.", True),
    ("II. Tujuan. Menurunkan angka KIPI yang ditakuti orang tua.", True),
    ("Tujuan kegiatan adalah menjangkau balita yang belum diimunisasi.", True),
    # a policy stated in the SOP's own words is a measure: only a cited decree frames it
    ("KEBIJAKAN: Setiap balita yang tidak datang dikunjungi kader di rumahnya.", False),
    ("KEBIJAKAN: Peraturan Bupati Nomor 12 Tahun 2027 tentang imunisasi.", True),
    # a news paragraph naming where a trip was headed, and a finding, are no aim of their document
    ("Tujuan warga ke puskesmas hari itu adalah memeriksa anaknya.", False),
    ("Kader menjelaskan tujuan imunisasi kepada ibu-ibu.", False),
])
def test_what_frames_a_document(text, frames):
    assert in_framing_sections([text], ["d"]) == [frames]


def test_a_policy_section_lets_its_own_policy_be_read():
    policy = "Setiap balita yang tidak datang dikunjungi kader di rumahnya paling lambat seminggu kemudian."
    assert in_framing_sections(["Kebijakan", policy], ["sop", "sop"]) == [True, False]


def test_a_news_crosshead_on_money_opens_no_budget_section():
    """A news page's crosshead "Anggaran" is followed by what was allocated, an event of the story;
    a plan's "Anggaran" under its title (or numbered, "E. Anggaran") opens its budget section."""
    news = ["Pemkab Siapkan Ambulans Desa untuk 40 Desa", "Anggaran",
            "Pemkab mengalokasikan Rp 2 miliar untuk ambulans desa tahun ini."]
    plan = ["# Rencana Kerja Puskesmas Tahun 2028", "Anggaran", "Sewa kendaraan Rp 3.000.000."]
    assert in_budget_sections(news, ["n"] * 3) == [False, False, False]
    assert in_budget_sections(plan, ["p"] * 3) == [False, True, True]


def test_a_framing_section_ends_after_a_few_paragraphs_where_no_heading_closes_it():
    """A next heading written as a sentence ("C. Kegiatan yang dilaksanakan bersama desa.") is not
    seen: a plan's aims take a few paragraphs, so the section closes after SECTION_PARAGRAPHS."""
    texts = ["B. Tujuan", "Menurunkan angka KIPI.", "C. Kegiatan yang dilaksanakan bersama desa dan kader posyandu.",
             "1. Kunjungan rumah.", "2. Pengingat jadwal.", "3. Kelas ibu.", "4. Sweeping balita."]
    assert in_framing_sections(texts, ["d"] * len(texts)) == [True] * 6 + [False]


# -- round 35 review: what frames no document ---------------------------------------------------

@pytest.mark.parametrize("texts, frames", [
    # a decree cited for the duty it lays down is the measure, not the SOP's ground
    (["Kebijakan", "Peraturan Desa Nomor 4 Tahun 2028 mewajibkan setiap warung memilah sampahnya."], [True, False]),
    (["Kebijakan", "Keputusan Kepala Desa tentang pengelolaan sampah warung."], [True, True]),
    # a document saying what it lays down states the rule itself
    (["Surat edaran ini mengatur bahwa setiap peminjam yang terlambat membayar denda harian."], [False]),
    (["Pedoman ini mengatur tata cara peminjaman buku di taman baca."], [True]),
    # a plan's scope lists its measures
    (["Ruang Lingkup", "1. Pengerasan jalan tani sepanjang 800 meter.", "2. Pembuatan saluran air di dusun II."],
     [False, False, False]),
])
def test_what_frames_no_document(texts, frames):
    assert in_framing_sections(texts, ["d"] * len(texts)) == frames
