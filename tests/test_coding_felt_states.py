"""A feeling a code's label names, said in its everyday words (pipeline/coding/felt_states.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from tests.helpers import minimal_codebook_yaml
from tests.test_coding_minimal import segments

DISTANCE = ("jarak", "Jarak ke puskesmas", "Puskesmas jauh dari kampung dan ongkos ojek mahal.", [])
CODEBOOK = minimal_codebook_yaml([
    ("perasaan", "Takut atau malu berobat", "Rasa takut atau malu membuat warga menunda berobat.", []), DISTANCE])


def _codes(codebook: str, *turns: tuple[str, str]) -> set[str]:
    found = code_segments(segments(*turns), parse_codebook(codebook))
    return set(found.loc[found["segment_id"] == f"s{len(turns) - 1}", "code_id"])


@pytest.mark.parametrize("answer", [
    "Waktu dengar cerita tetangga itu, kita pe hati so ciut.",
    "Saya sungkan sekali, yang jaga laki-laki semua.",
    "Kita nyanda brani, so dua kali dengar cerita begitu.",
])
def test_the_feeling_in_everyday_words_is_its_codes_evidence(answer):
    assert "perasaan" in _codes(CODEBOOK, ("P", "Bagaimana waktu itu?"), ("A", answer))


def test_the_feeling_denied_is_none():
    assert "perasaan" not in _codes(CODEBOOK, ("P", "Bagaimana waktu itu?"), ("A", "Saya tidak takut, sudah biasa."))


def test_two_codes_naming_the_feeling_take_neither_from_it_alone():
    fears = minimal_codebook_yaml([
        ("jarum", "Takut jarum suntik", "Warga takut disuntik.", []),
        ("hasil", "Takut hasil pemeriksaan", "Warga takut mendengar hasilnya.", []), DISTANCE])
    assert _codes(fears, ("P", "Bagaimana waktu itu?"), ("A", "Kita pe hati so ciut waktu itu.")) == set()


def test_a_feeling_the_label_gives_as_a_reason_is_not_its_matter():
    married = minimal_codebook_yaml([
        ("nikah", "Dinikahkan karena malu", "Keluarga menikahkan anak supaya tidak jadi omongan.", []), DISTANCE])
    assert "nikah" not in _codes(married, ("P", "Bagaimana waktu itu?"), ("A", "Saya malu bertanya ke bidan."))


def test_a_documents_feeling_is_no_evidence():
    assert "perasaan" not in _codes(CODEBOOK, ("doc", "Banyak yang masih sungkan."))


def test_the_genitals_are_no_shame():
    """*kemaluan* 'the genitals' shares malu's root and none of its sense: the code keeps its own words."""
    school = minimal_codebook_yaml([
        ("malu", "Rasa malu siswa", "Siswa malu bertanya di kelas.", []), DISTANCE])
    assert "malu" not in _codes(school, ("P", "Kenapa tidak masuk?"), ("A", "Dia luka di kemaluan, jadi tinggal di rumah."))
    assert "malu" in _codes(school, ("P", "Kenapa tidak masuk?"), ("A", "Dia malu, teman-teman tertawa waktu dia salah jawab."))


INJECTION = minimal_codebook_yaml([
    ("jarum", "Takut disuntik", "Warga menunda imunisasi karena takut jarum dan sakit waktu disuntik.", []), DISTANCE])


@pytest.mark.parametrize("answer", [
    "Saya takut ular, di kebun banyak sekali.",
    "Kita takut skali sama ombak, perahu kecil.",
    "Anak saya takut gelap, jadi lampu menyala terus.",
])
def test_a_fear_of_another_matter_is_no_evidence(answer):
    assert "jarum" not in _codes(INJECTION, ("P", "Bagaimana di kampung?"), ("A", answer))


@pytest.mark.parametrize("answer", [
    "Saya takut jarum, dari kecil begitu.",
    "Dia takut sekali sama sakitnya waktu disuntik.",
    "Terus terang saya takut.",
    "Saya takut kalau nanti anaknya demam.",
    "Ibu-ibu takut membawa anaknya ke posyandu lagi.",
])
def test_a_fear_of_the_codes_matter_or_of_nothing_named_stays_evidence(answer):
    assert "jarum" in _codes(INJECTION, ("P", "Bagaimana waktu imunisasi?"), ("A", answer))
