"""Issue 16, round 26: gloss grammar (branch r26-G). Every sentence here was written for these
tests; none is from a dev or blind set."""

from __future__ import annotations

import re

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, wanted", [
    # a verb the lexicon gives as a whole meN- form takes the thing's passive too (beking 'membuat')
    ("Surat itu musti beking ulang di kantor desa.", "Surat itu harus dibuat"),
    # a count of time after the verb is how long, not its object
    ("Obat batuk ini musti minum enam hari.", "harus diminum enam hari"),
    ("Obat ini musti minum sembilan bulan.", "harus diminum sembilan bulan"),
])
def test_thing_undergoes_the_act(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source, wanted", [
    ("Anak musti minum susu tiga kali.", "Anak harus minum susu"),        # a person acts
    ("Obat ini musti minum dua biji.", "harus diminum dua biji"),        # a count of things: still passive
    ("Waktu mo melahirkan, dia pigi ka rumah sakit.", "Waktu akan melahirkan"),  # waktu opens a clause of time
])
def test_doer_or_time_clause_keeps_the_active(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source, wanted", [
    # tu ... yang ... itu before the predicate: one demonstrative, after the relative clause
    ("Tu anak yang ja bantu pa oma itu so pindah ka Bitung.", "Anak yang biasa membantu"),
    ("Tu rumah yang dekat pasar itu so rusak.", "Rumah yang dekat pasar itu sudah rusak"),
])
def test_demonstrative_framing_a_relative_said_once(glosser, source, wanted):
    result = translate(glosser, source)
    assert result.startswith(wanted) and result.split().count("itu") == 1, result


def test_relative_closing_the_sentence_keeps_its_object(glosser):
    result = translate(glosser, "Tu mama yang da bawa itu.")
    assert re.findall(r"\bitu\b", result) == ["itu", "itu"], result


@pytest.mark.parametrize("source, wanted", [
    # an adjective before a demonstrative describes the subject: skarang stays with the compared noun
    ("Rumah lama itu lebe basar dari rumah skarang.", "Rumah lama itu lebih besar daripada rumah sekarang"),
    # ... and after a subject described that way it still dates the state
    ("Rumah tua itu so bocor skarang.", "Rumah tua itu sekarang sudah bocor"),
])
def test_now_after_a_described_subject(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source, wanted", [
    # a noun and its adjective before pe are the owner of the noun after it
    ("Guru baru pe motor so rusak.", "Motor guru baru sudah rusak"),
    ("Oto tua pe ban so kempes.", "Ban mobil tua sudah kempis"),
])
def test_owner_described_by_an_adjective(glosser, source, wanted):
    assert translate(glosser, source).startswith(wanted)


@pytest.mark.parametrize("source, wanted", [
    # dapa lia in a relative headed by sapa or a person: the head saw, 'melihat', not 'terlihat'
    ("Sapa yang dapa lia depe kunci?", "Siapa yang melihat kuncinya"),
    ("Sapa yang dapa dengar tu bunyi?", "Siapa yang mendengar bunyi itu"),
    ("Sapa yang dapa lia, kase tau pa guru e.", "Siapa yang melihat,"),
])
def test_head_of_a_relative_perceives(glosser, source, wanted):
    assert translate(glosser, source).startswith(wanted)


def test_a_thing_seen_stays_terlihat(glosser):
    assert "yang terlihat dari sini" in translate(glosser, "Tu gunung yang dapa lia dari sini tinggi skali.")


@pytest.mark.parametrize("source, wanted", [
    # the clause after sapa yang ('whoever') or kalu ('if') tells the hearer what to do
    ("Sapa yang dapa dengar, kase tau pa torang e.", ", beri tahu kami ya"),
    ("Kalu dokter so datang, kase tau pa kita.", ", beri tahu saya"),
    ("Dia datang, kase tau pa mama.", ", memberi tahu ibu"),  # a clause with a subject before it: told, no request
])
def test_after_a_whoever_or_if_clause_kase_tau_is_a_request(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source, wanted", [
    # baru 'only then' between a thing and a bare verb: the thing undergoes the act
    ("Ikang baru kase maso kalu aer so mendidih.", "Ikan baru dimasukkan"),
    ("Kain baru jemur kalu so cuci.", "Kain baru dijemur"),
    ("Mama baru angka jemuran.", "Ibu baru mengangkat"),  # a person acts
])
def test_only_then_a_thing_undergoes(glosser, source, wanted):
    assert translate(glosser, source).startswith(wanted)
