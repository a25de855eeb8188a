"""Round 30 (G2): glosses the dev references agree on across their sets (om and tanta kept as the loans
om and tante)."""

import pytest

from pipeline.gloss.glosser import shared_glosser


def _translate(source: str) -> str:
    return shared_glosser().gloss(source, "xmm").translation


@pytest.mark.parametrize("source, expected", [
    ("Om so pulang dari kobong.", "Om sudah pulang dari kebun."),        # opening a sentence, no name after
    ("Kita mo pigi ka pante deng tanta.", "tante"),                     # inside a clause
    ("Tanta pe anjing so mati.", "Anjing tante"),                       # an owner
])
def test_om_and_tanta_are_the_loans_not_paman_bibi(source, expected):
    translation = _translate(source)
    assert expected in translation
    assert "paman" not in translation.lower() and "bibi" not in translation.lower()


def test_om_alone_as_an_address_is_still_capitalised():
    assert _translate("Makase banyak, om.").endswith("Om.")


@pytest.mark.parametrize("source, expected", [
    ("Oma suap kita deng nasi.", "menyuapi saya dengan nasi"),           # the food a person is fed
    ("Mama kase makang ade deng bubur.", "memberi makan adik dengan bubur"),
])
def test_deng_after_the_person_fed_names_the_food(source, expected):
    assert expected in _translate(source)


def test_deng_before_a_second_person_fed_still_joins_them():
    assert "menyuapi adik dan kakak" in _translate("Mama suap ade deng kaka.")


@pytest.mark.parametrize("source, expected", [
    ("Kita pe banyak utang.", "Utang saya banyak."),                    # how many the owner has: the predicate
    ("Ngana pe banyak skali tamang.", "Temanmu banyak sekali."),          # with its degree word
])
def test_banyak_between_owner_and_noun_goes_after_the_noun(source, expected):
    assert _translate(source) == expected


def test_banyak_closing_its_clause_after_pe_is_still_graded():
    assert _translate("Ikang pe banyak!") == "Ikan banyak sekali!"  # no noun after banyak: nothing moves


def test_deng_before_a_person_after_a_place_phrase_and_comma_is_company():
    assert "di kampung, dengan bidan" in _translate("Ade lahir di kampung, deng bidan.")


@pytest.mark.parametrize("source, expected", [
    ("Kita beli ikang di pasar, deng sayor.", "dan sayur"),             # a thing after the place: a list
    ("Di rumah ada oma, deng opa.", "dan kakek"),                      # a person after a person: a list
])
def test_deng_after_a_comma_still_lists(source, expected):
    assert expected in _translate(source)
