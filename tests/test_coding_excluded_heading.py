"""A definition's "Tidak termasuk:" part is excluded wherever it stands, also where the researcher
wrote "Termasuk: ... Tidak termasuk: ..." with no full stop between: its words are no evidence."""

from __future__ import annotations

from helpers import codes_of_paragraph, one_code_codebook


def _codebook(definition: str):
    return one_code_codebook("obat_rumah", "Mengobati demam di rumah", definition, ["obat warung"],
                             name="Studi demam (test)")


RUN_ON = _codebook("Termasuk: jamu, pijat atau rebusan akar dipakai di rumah "
                   "Tidak termasuk: suntikan dan tablet dari mantri sesudah diperiksa")
STOPPED = _codebook("Termasuk: jamu, pijat atau rebusan akar dipakai di rumah. "
                    "Tidak termasuk: suntikan dan tablet dari mantri sesudah diperiksa.")
SAID = "Mantri datang bawa suntikan, sesudah itu kasih tablet tiga hari."


def test_the_excluded_part_of_a_run_on_definition_is_no_evidence():
    assert codes_of_paragraph(RUN_ON, SAID, interview=True) == codes_of_paragraph(STOPPED, SAID, interview=True) == set()


def test_the_included_part_still_is():
    assert codes_of_paragraph(RUN_ON, "Kami kasih rebusan akar dan pijat di rumah saja.", interview=True) == {"obat_rumah"}
