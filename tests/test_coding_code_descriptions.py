"""A description's sentence sending a matter to another code describes that code, not this one
(pipeline/coding/code_descriptions.py). Sentences written for this test."""

from __future__ import annotations

from pipeline.coding.code_descriptions import as_described, own_matter, refers_elsewhere, without_particles
from tests.helpers import minimal_codebook, paragraph_codings

_FARE = ("ongkos_perahu", "Ongkos perahu ke pulau",
         "Kode ini menandai uang yang dibayar warga untuk menumpang perahu ke pulau seberang. "
         "Cuaca buruk dan ombak tinggi yang membatalkan pelayaran dikode pada Kapal tidak berangkat; "
         "bandingkan dengan kode itu.", [])
_CANCELLED = ("kapal_batal", "Kapal tidak berangkat",
              "Kode ini dipakai bila jadwal kapal dibatalkan atau ditunda oleh pemilik kapal.", [])


def test_a_clause_sending_its_matter_to_another_code_is_left_out():
    read = own_matter(_FARE[2], ("Kapal tidak berangkat",))
    assert "Cuaca" not in read and "kode itu" not in read
    assert read.startswith("Kode ini menandai uang yang dibayar warga")


def test_what_the_description_keeps():
    others = ("Kapal tidak berangkat",)
    # coded here too, or naming the other matter without sending it anywhere: the code's own words
    assert not refers_elsewhere("Ongkos yang dikembalikan bila kapal tidak berangkat juga dikode di sini.", others)
    assert not refers_elsewhere("Warga membayar lagi bila kapal tidak berangkat.", others)
    # "kode lain" needs no label: what comes with it is that code's matter
    assert refers_elsewhere("Cerita ini sering datang bersama kode lain, seperti perahu yang rusak.", others)
    assert refers_elsewhere("Bandingkan dengan Kapal tidak berangkat.", others)


def test_the_other_codes_matter_is_no_evidence_of_this_one():
    """Read as the fare's definition, "cuaca ... buruk" proposed the fare code."""
    codebook = minimal_codebook([_FARE, _CANCELLED], name="Studi perahu pulau")
    found = paragraph_codings(codebook, "Cuaca buruk sekali minggu itu, ombak tinggi sampai tiga meter, "
                                        "jadi kami tidak bisa ke mana-mana.")
    assert "ongkos_perahu" not in found["code_id"].tolist()
    found = paragraph_codings(codebook, "Kami membayar lima puluh ribu untuk menumpang perahu ke pulau.")
    assert "ongkos_perahu" in found["code_id"].tolist()


def test_a_codebook_without_cross_references_is_read_as_written():
    codebook = minimal_codebook([_CANCELLED], name="Studi perahu pulau")
    assert as_described(codebook) is codebook
    written = minimal_codebook([_FARE, _CANCELLED], name="Studi perahu pulau")
    assert as_described(written).codes[0].definition != written.codes[0].definition
    assert as_described(written).codes[1] is written.codes[1]


_NET = ("jaring_rusak", "Jaring rusak",
        'Kode ini menandai jaring nelayan yang robek atau hilang di laut, misalnya "torang pe jaring so robek deng tali '
        'putus".', [])
_FUEL = ("solar_mahal", "Harga solar", "Kode ini dipakai bila solar untuk mesin perahu mahal atau sulit dibeli.", [])


def test_a_quoted_utterance_is_read_without_its_particles():
    read = without_particles(_NET[2])
    assert '"jaring robek tali putus"' in read
    # a quoted term of two words, and an English utterance, are read as written
    assert without_particles('Kode ini, misalnya "so robek".') == 'Kode ini, misalnya "so robek".'
    assert without_particles('e.g. "the net is so torn"') == 'e.g. "the net is so torn"'


def test_a_turns_particles_are_no_evidence_but_the_utterances_words_are():
    """As definition words "torang ... deng" proposed the net's code in any Manado turn."""
    codebook = minimal_codebook([_NET, _FUEL], name="Studi nelayan pesisir")
    found = paragraph_codings(codebook, "Torang pe anak so skolah di kota, dorang tinggal deng tanta.")
    assert "jaring_rusak" not in found["code_id"].tolist()
    found = paragraph_codings(codebook, "Jaring robek kena karang, tali juga putus.")
    assert "jaring_rusak" in found["code_id"].tolist()
