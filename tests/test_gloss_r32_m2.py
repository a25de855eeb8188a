"""Round 32 of the gloss, branch r32-M2 (issue 16): the subject ta- marks after a thing, what is left
(tinggal sadiki), and set expressions of weather, the kitchen and everyday sayings. Every sentence here
is our own."""

import pytest

from tests.helpers import assert_reads as _reads


@pytest.mark.parametrize("source, expected, wrong", [
    ("Tenda so ta bawa banjir.", "terbawa banjir", "saya"),            # a thing, so between
    ("Ade pe topi ta bawa angin.", "terbawa angin", "membawa"),         # a thing after pe
    ("Waktu ta angka kursi, kita pe pinggang saki.", "saya mengangkat", "terangkat"),  # waktu: kita
])
def test_ta_after_a_thing_marks_it_undergoing(source, expected, wrong):
    _reads(source, expected, wrong)


@pytest.mark.parametrize("source, expected, wrong", [
    ("Beras so tinggal sadiki.", "tinggal sedikit", "sedikit tinggal"),
    ("Perut so sakit sadiki.", "sedikit sakit", "sakit sedikit"),       # a state still takes sedikit first
])
def test_what_is_left_keeps_its_order(source, expected, wrong):
    _reads(source, expected, wrong)
