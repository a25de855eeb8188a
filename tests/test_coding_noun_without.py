"""A label's "tanpa" after the noun its act takes names a kind of thing ("warung tanpa izin",
"cara tanpa pestisida") in a label opening with its act: the act is affirmed, its keywords are evidence where they are told. After
the act itself or the place where it is done it names an absence, as before. Codebooks and texts
written for this test."""

from __future__ import annotations

from pipeline.coding.negation import is_negative_label
from pipeline.coding.nlp import analyze_phrase
from tests.helpers import codes_of_paragraph, one_code_codebook


def _negative(label: str) -> bool:
    return is_negative_label(analyze_phrase(label)[0])


def test_without_after_the_acts_noun_names_a_kind_of_thing():
    assert not _negative("Menertibkan warung tanpa izin")
    assert not _negative("Beralih ke cara tanpa pestisida")


def test_without_after_the_act_or_its_place_names_an_absence():
    assert _negative("Memasak tanpa sarung tangan")
    assert _negative("Bekerja di dapur tanpa sarung tangan")
    assert _negative("Tidak memiliki izin usaha")
    assert _negative("Aturan kawasan tanpa asap")   # a label naming a thing, not an act


def test_an_act_on_a_thing_without_a_licence_is_found_where_it_is_told():
    codebook = one_code_codebook("tertib", "Menertibkan warung tanpa izin",
                                 "Petugas menutup atau menyegel warung yang tidak berizin.", ["segel", "tutup warung"],
                                 name="Usaha kecil di pasar")
    assert codes_of_paragraph(codebook, "Minggu lalu warung kami disegel petugas pasar.", interview=True) == {"tertib"}


def test_an_absence_label_still_needs_the_thing_missing():
    codebook = one_code_codebook("tanpa_sarung", "Bekerja di dapur tanpa sarung tangan",
                                 "Informan memasak tanpa sarung tangan.", ["sarung tangan"], name="Usaha kecil di pasar")
    assert codes_of_paragraph(codebook, "Saya selalu pakai sarung tangan kalau memotong ikan.", interview=True) == set()
    assert codes_of_paragraph(codebook, "Saya memotong ikan tidak pakai sarung tangan.", interview=True) == {"tanpa_sarung"}
