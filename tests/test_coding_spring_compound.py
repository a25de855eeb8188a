""""Mata air" is a spring, a source of water: its "air" is not the running water a handwashing
code's keyword names (data/fixed_compounds.tsv)."""

from tests.helpers import codes_of_paragraph, one_code_codebook


def _handwashing():
    return one_code_codebook("cuci_tangan", "Cuci tangan pakai sabun",
                             "Washing hands with soap under running water at the right times.",
                             ["air mengalir", "sabun"], name="Studi sanitasi pulau")


def test_water_led_from_a_spring_is_no_handwashing():
    text = "Dusun di lereng itu memakai mata air yang dialirkan lewat pipa bambu ke tiga bak umum."
    assert codes_of_paragraph(_handwashing(), text) == set()


def test_running_water_still_counts():
    text = "Di sekolah dasar itu kini ada keran dengan air yang mengalir di depan setiap kelas."
    assert codes_of_paragraph(_handwashing(), text) == {"cuci_tangan"}
