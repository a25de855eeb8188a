"""Issue 16, round 23 (helper G): grammar of the free translation, decided by the references of all
development sets. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("source, expected", [
    # a clause-final skarang dates the state after the subject; a clause opening with so takes it first
    ("Ngana pe ade so tinggi skarang.", "Adikmu sekarang sudah tinggi."),
    ("Harga beras mahal skali skarang.", "Harga beras sekarang sangat mahal."),
    ("So hari apa skarang?", "Sekarang sudah hari apa?"),
    # an act done now, a question word leading, sampe skarang: it stays
    ("Kita pigi skarang.", "Saya pergi sekarang."),
    ("Brapa harga ikang skarang?", "Berapa harga ikan sekarang?"),
    ("Dia blum datang sampe skarang.", "Dia belum datang sampai sekarang."),
])
def test_sekarang_before_the_state_it_dates(glosser, source, expected):
    assert glosser.gloss(source).translation == expected


@pytest.mark.parametrize("source, expected", [
    # a relative clause on the subject ends in the owner before pe: the adjective is the predicate
    ("Ikang yang papa tangkap di laut pe basar skali.", "Ikan yang ayah tangkap di laut sangat besar."),
    ("Sapatu yang kita beli di toko pe mahal.", "Sepatu yang saya beli di toko mahal sekali."),
    # a relative clause that is no subject's: pe still owns
    ("Sapa yang bawa ngana pe tas?", "Siapa yang membawa tasmu?"),
])
def test_pe_adjective_after_a_relative_clause_on_the_subject(glosser, source, expected):
    assert glosser.gloss(source).translation == expected


@pytest.mark.parametrize("source, expected", [
    # dang closing a request of its verb alone urges where it stands: 'dong'
    ("Dengar dang!", "Dengar dong!"),
    ("Tolong, bantu dang, kita so cape.", "Tolong, bantu dong, saya sudah capek."),
    # a request with its object keeps 'tolong' at the front
    ("Ambe dang tu piring.", "Tolong ambil piring itu."),
])
def test_dang_after_a_lone_verb_is_dong(glosser, source, expected):
    assert glosser.gloss(source).translation == expected


@pytest.mark.parametrize("source, expected", [
    # kote 'ternyata' opens its clause after a noun subject, past a possessive, or from the clause's end
    ("Tu sapatu kote so robek.", "Ternyata sepatu itu sudah robek."),
    ("Kita pe adik kote so tinggi.", "Ternyata adik saya sudah tinggi."),
    ("Oma so tidor kote.", "Ternyata nenek sudah tidur."),
    ("Kita cari-cari, mar oma so tidor kote.", "Saya cari-cari, tapi ternyata nenek sudah tidur."),
])
def test_kote_opens_its_clause(glosser, source, expected):
    assert glosser.gloss(source).translation == expected


def test_skarang_right_after_a_conjunction_stays():
    """A clause of a conjunction and skarang alone has nothing to move past."""
    from pipeline.gloss.glosser import shared_glosser
    assert shared_glosser().gloss("Dulu so pernah, mar skarang.").translation == "Dulu sudah pernah, tapi sekarang."
