"""A code's words naming where a figure comes from ("Dari hasil pendataan kader, tercatat 37
balita ...") or a share of a total ("PBI APBD 33,9%") are statistics, which the documents
convention does not count (counts.names_a_rate)."""

from pipeline.coding.counts import names_a_rate, records_a_figure
from tests.helpers import codes_of_paragraph, one_code_codebook


def _listing():
    return one_code_codebook("pendataan_warga", "Pendataan warga miskin oleh desa",
                             "Village staff list poor households so they can be proposed for subsidised insurance.",
                             ["pendataan", "mendata"], name="Studi jaminan desa")


def _contraception_after_birth():
    return one_code_codebook("kb_nifas", "KB setelah melahirkan",
                             "A mother starts contraception within weeks of giving birth.",
                             ["KB nifas", "pasca salin"], name="Studi keluarga berencana")


def test_the_source_of_a_figure_is_statistics():
    text = "Berdasarkan hasil pendataan perangkat desa, sebanyak 112 rumah tangga belum punya jaminan kesehatan."
    assert names_a_rate(text, "pendataan")
    assert codes_of_paragraph(_listing(), text) == set()


def test_the_listing_done_still_counts():
    text = "Perangkat desa melakukan pendataan rumah tangga miskin dari pintu ke pintu selama Maret."
    assert not names_a_rate(text, "pendataan")
    assert codes_of_paragraph(_listing(), text) == {"pendataan_warga"}


def test_a_share_of_a_total_is_statistics():
    text = "Komposisi jaminan kesehatan di kecamatan ini: PBI APBN 41,5%, PBI daerah 22 persen, mandiri 36,5%."
    codebook = one_code_codebook("usul_pbi", "Mengusulkan warga sebagai peserta PBI",
                                 "The village proposes poor families as subsidised (PBI) members.",
                                 ["PBI", "usulkan"], name="Studi jaminan desa")
    assert names_a_rate(text, "PBI")
    assert codes_of_paragraph(codebook, text) == set()
    assert codes_of_paragraph(codebook, "Desa mengusulkan 40 keluarga nelayan sebagai peserta PBI tahun ini.") == {"usul_pbi"}


def test_a_register_or_a_report_of_the_practice_is_monitoring():
    codebook = _contraception_after_birth()
    text = "Setiap akhir bulan petugas rekam medis merekap register KB nifas lalu mengirimnya ke dinas."
    assert names_a_rate(text, "KB nifas")
    assert codes_of_paragraph(codebook, text) == set()
    done = "Di ruang bersalin bidan memasang implan sebagai KB nifas bagi empat ibu minggu ini."
    assert codes_of_paragraph(codebook, done) == {"kb_nifas"}


def test_the_verb_that_reports_a_figure_is_no_weak_evidence():
    """"Dinas Kesehatan mencatat 212 ODGJ ...": who counted, not a health worker's visit; the same
    verb in a sentence without a figure ("Kader mencatat ...") may still pair (counts.records_a_figure)."""
    from pathlib import Path

    from pipeline.codebook.load import load_codebook
    from pipeline.coding.counts import records_a_figure, weak_pair

    codebook = load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "jiwa_minimal.yaml")
    for text in ("Dinas Kesehatan Minahasa Selatan mencatat 212 ODGJ berat sepanjang 2024.",
                 "Dinas Kesehatan kabupaten mencatat 150 pasien gangguan jiwa berat pada tahun lalu."):
        assert codes_of_paragraph(codebook, text) == set()
    assert records_a_figure("Puskesmas mencatat 40 kunjungan.", weak_pair("Puskesmas … mencatat (related)", "related"))
    assert not records_a_figure("Kader mencatat hasil kunjungan.", weak_pair("Kader … mencatat (related)", "related"))
    assert not records_a_figure("Puskesmas melayani 40 kunjungan.",
                                weak_pair("Puskesmas … melayani (related)", "related"))   # a figure, but served


def test_a_health_workers_post_says_who_not_the_places_act():
    """"Bidan desa" is the village midwife: her "desa" is no weak evidence of the village's own act
    (counts.names_a_workers_post); the village government acting keeps its code."""
    from pathlib import Path

    from pipeline.codebook.load import load_codebook

    codebooks = Path(__file__).resolve().parents[1] / "codebooks"
    mental = load_codebook(codebooks / "jiwa_minimal.yaml")
    immunisation = load_codebook(codebooks / "imunisasi.yaml")
    assert "dukungan_desa" not in codes_of_paragraph(
        mental, "Bidan desa menuturkan bahwa obat pasien itu rutin diambil oleh adiknya setiap bulan.")
    assert "kunjungan_pengingat_kader" not in codes_of_paragraph(
        immunisation, "- Penyuluhan oleh bidan desa saat kunjungan ibu hamil tentang jadwal imunisasi dasar.")
    assert "dukungan_desa" in codes_of_paragraph(mental, "Pemerintah desa rutin mengantar beras bagi keluarga pasien.")


def test_a_weak_pair_in_a_rate_sentence_is_statistics_whatever_follows():
    """Two weak words of a code naming what a rate or a count measures are statistics even when one
    of them is written again, alone, in the next sentence (counts.pair_sentences)."""
    from pathlib import Path

    from pipeline.codebook.load import load_codebook

    codebook = load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "kb_minimal.yaml")
    for text in ("Jumlah persalinan di fasilitas kesehatan pada triwulan I tercatat 812, naik dari 760. "
                 "Persalinan oleh dukun masih terjadi di dua desa.",
                 "Cakupan persalinan di fasilitas kesehatan tahun ini 91 persen. "
                 "Persalinan di rumah masih ada di pulau-pulau kecil."):
        assert "kb_segera" not in codes_of_paragraph(codebook, text)
    assert "kb_segera" in codes_of_paragraph(
        codebook, "Sejak Mei, ibu yang bersalin di fasilitas kesehatan langsung ditawari implan sebelum pulang.")


def test_recapping_the_practice_or_a_share_owning_it_is_monitoring():
    """"... merekap data KB nifas ..." (the verb of a recap, as its noun) and "kepemilikan ... 64
    persen" (a share owning a thing) are statistics; the act done still counts."""
    codebook = _contraception_after_birth()
    recap = "Tiap triwulan petugas puskesmas merekap data KB nifas dari semua pustu."
    assert names_a_rate(recap, "KB nifas")
    assert codes_of_paragraph(codebook, recap) == set()
    card = one_code_codebook("kartu_jkn", "Mengurus kartu JKN",
                             "A family applies for or collects its national health insurance card.",
                             ["kartu JKN"], name="Studi jaminan desa")
    share = "Menurut data desa, kepemilikan kartu JKN di antara keluarga nelayan dusun tiga baru 64 persen."
    assert names_a_rate(share, "kartu JKN")
    assert codes_of_paragraph(card, share) == set()
    assert codes_of_paragraph(card, "Kader membantu enam keluarga mengurus kartu JKN di kantor BPJS.") == {"kartu_jkn"}


def test_the_recording_verb_reports_a_figure_as_data_sources_reads_one():
    # one reading of "a figure" (data_sources.gives_a_figure): a year beside "mencatat" is when, not how many;
    # a number written in words is a figure
    assert not records_a_figure("Pada tahun 2025 kader mencatat warga yang belum punya kartu lalu membantu "
                                "mereka mendaftar.", ["mencatat", "kartu"])
    assert records_a_figure("Dinas Sosial mencatat lima ratus warga belum terdaftar sebagai peserta.",
                            ["mencatat", "peserta"])
    assert records_a_figure("Dinas Sosial mencatat 500 warga belum terdaftar sebagai peserta.",
                            ["mencatat", "peserta"])
