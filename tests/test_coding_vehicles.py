from tests.helpers import codes_of_paragraph, one_code_codebook


def _transport():
    return one_code_codebook("transport", "Transport ke klinik",
                             "Getting a sick person to the clinic at night, by road or by sea.",
                             ["transportasi"], name="Studi akses klinik")


def test_a_vehicle_named_at_night_reaches_a_transport_keyword():
    """"night" gives "malam" (english_indonesian.tsv), a vehicle stands for "transportasi"
    (related_words.tsv): an ojek at night is transport; a night alone is not."""
    assert codes_of_paragraph(_transport(), "Kami cari ojek ke sana padahal sudah malam.", interview=True) == {"transport"}
    assert codes_of_paragraph(_transport(), "Kami tidur sudah malam.", interview=True) == set()


def test_a_pump_boat_is_a_vehicle():
    """Manado Malay "pambot", a small motorboat, is in the vehicles' group as "perahu" is."""
    assert codes_of_paragraph(_transport(), "Waktu itu malam, kami sewa pambot dari pulau.", interview=True) == {"transport"}
