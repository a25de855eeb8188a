"""A derived word whose sense is not its root's keeps a lemma of its own (lemmas.OWN_LEMMAS): a code
that names income (pendapatan) does not find every 'dapat' (can, get), nor childbirth (persalinan)
a 'salin' (copy), while the word's own family still meets (bersalin ~ persalinan)."""

from pipeline.coding.lemmas import word_analyzer
from tests.helpers import codes_of_paragraph, one_code_codebook


def test_lexicalised_derivations_are_their_own_lemma():
    analyzer = word_analyzer()
    assert analyzer.analyze("pendapatannya")[1] == "pendapatan" != analyzer.analyze("dapat")[1]
    assert analyzer.analyze("terdapat")[1] != analyzer.analyze("mendapat")[1]
    assert analyzer.analyze("berpulang")[1] != analyzer.analyze("pulang")[1]
    assert analyzer.analyze("bersalin")[1] == analyzer.analyze("persalinan")[1] != analyzer.analyze("salin")[1]
    assert analyzer.analyze("mendapatkan")[1] == analyzer.analyze("dapat")[1]   # the root's own family stays


def test_getting_something_is_not_income():
    codebook = one_code_codebook("income", "Lost income",
                                 "The household earns less since the illness began.",
                                 ["pendapatan", "penghasilan"], name="Studi nelayan")
    text = "Di posko itu setiap keluarga hanya mendapat dua karung beras dan satu terpal."
    assert codes_of_paragraph(codebook, text) == set()
    earned = "Sejak suaminya sakit, pendapatan keluarga itu tinggal separuh dari hasil melaut."
    assert codes_of_paragraph(codebook, earned) == {"income"}


def test_copying_a_record_is_not_childbirth():
    codebook = one_code_codebook("tempat_bersalin", "Tempat bersalin",
                                 "Where the mother gave birth: home, a midwife's house or the clinic.",
                                 ["bersalin", "melahirkan"], name="Studi ibu")
    assert codes_of_paragraph(codebook, "Kader menyalin nama bayi ke buku register posyandu.") == set()
    assert codes_of_paragraph(codebook, "Dia bersalin di rumah bidan kampung sebelah.") == {"tempat_bersalin"}


def test_carrying_out_a_rule_is_no_journey():
    analyzer = word_analyzer()
    assert analyzer.analyze("dijalankan")[1] == analyzer.analyze("menjalankan")[1] != analyzer.analyze("perjalanan")[1]
    assert analyzer.analyze("perjalanan")[1] == analyzer.analyze("berjalan")[1]   # the journey's own family stays
    codebook = one_code_codebook("trip", "Perjalanan ke rumah sakit kota",
                                 "The family travels a long way to the town hospital.",
                                 ["perjalanan", "ongkos"], name="Studi ginjal")
    assert codes_of_paragraph(codebook, "Sejak bulan lalu desa menjalankan aturan baru soal sampah.") == set()
    assert codes_of_paragraph(codebook, "Perjalanan dari pulau ke rumah sakit kota makan waktu satu hari.") == {"trip"}


def test_an_affix_that_changes_the_sense_keeps_the_word_from_its_root():
    analyzer = word_analyzer()
    assert analyzer.analyze("keterlambatan")[1] == analyzer.analyze("terlambat")[1] != analyzer.analyze("lambat")[1]
    assert analyzer.analyze("membaik")[1] != analyzer.analyze("baik")[1]
    assert analyzer.analyze("berobat")[1] != analyzer.analyze("obat")[1]
    codebook = one_code_codebook("telat", "Terlambat ke klinik",
                                 "The family reaches the clinic too late for care.",
                                 ["terlambat"], name="Studi luka")
    assert codes_of_paragraph(codebook, "Jalan ke kebun itu lambat karena licin sehabis hujan.") == set()
    assert codes_of_paragraph(codebook, "Kami terlambat tiba di klinik, lukanya sudah bernanah.") == {"telat"}


def test_a_middleman_is_no_gathering():
    codebook = one_code_codebook("kumpul_teman", "Pengaruh teman",
                                 "Friends draw the young man into drinking when they get together.",
                                 ["kumpul", "ajak"], name="Studi minuman keras")
    text = "Pengumpul kopra dari kota datang tiap Kamis membeli hasil kebun kami."
    assert codes_of_paragraph(codebook, text, interview=True) == set()
    gathered = "Tiap malam Minggu mereka berkumpul di pos ronda sampai subuh."
    assert codes_of_paragraph(codebook, gathered, interview=True) == {"kumpul_teman"}


def test_some_is_no_sharing_out_and_equipment_no_lifting():
    """Round 33: "sebagian" (some) is a quantifier, no bagi (share out); "perangkat" (equipment, the
    village officials) no angkat (lift); the roots' own verbs still meet."""
    analyzer = word_analyzer()
    assert analyzer.analyze("sebagian")[1] != analyzer.analyze("membagi")[1] == analyzer.analyze("dibagikan")[1]
    assert analyzer.analyze("perangkat")[1] != analyzer.analyze("mengangkat")[1] == analyzer.analyze("diangkat")[1]
    codebook = one_code_codebook("bagi_bibit", "Penyuluh membagi bibit sayur ke rumah warga",
                                 "Penyuluh pertanian membagikan bibit ke setiap rumah.", ["bibit gratis"],
                                 name="Studi kebun gizi")
    assert codes_of_paragraph(codebook, "Sebagian bibit cabai itu mati kena hujan.") == set()
