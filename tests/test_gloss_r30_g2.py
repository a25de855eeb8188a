"""Round 30 (G2): glosses the dev references agree on across their sets (om and tanta kept as the loans
om and tante), deng of the food fed or of a person present at a place, banyak owned as a predicate."""

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
    ("Mama suap ade deng kaka.", "menyuapi adik dan kakak"),             # not: a second person fed is listed
    ("Ade lahir di kampung, deng bidan.", "di kampung, dengan bidan"),   # a person with the act at a place
    ("Kita beli ikang di pasar, deng sayor.", "dan sayur"),             # not: a thing after the place is listed
    ("Di rumah ada oma, deng opa.", "dan kakek"),                      # not: a person after a person is listed
    ("Mama so bayar lampu deng aer.", "membayar lampu dan air"),        # paid for: one more thing, no means
    ("Dokter bilang musti kurang gula deng garam.", "gula dan garam"),  # less of both
    ("Kita cuci piring deng sabun.", "piring dengan sabun"),            # not: a substance an act treats with
])
def test_deng_with_the_food_fed_or_the_person_present_lists_otherwise(source, expected):
    assert expected in _translate(source)


@pytest.mark.parametrize("source, expected", [
    ("Kita pe banyak utang.", "Utang saya banyak."),                    # how many the owner has: the predicate
    ("Ngana pe banyak skali tamang.", "Temanmu banyak sekali."),          # with its degree word
    ("Ikang pe banyak!", "Ikan banyak sekali!"),                        # not: no noun after banyak, nothing moves
])
def test_banyak_between_owner_and_noun_goes_after_the_noun(source, expected):
    assert _translate(source) == expected
