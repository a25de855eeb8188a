"""Documents, round 26: what a supply's paragraph says about its code."""

import pandas as pd

from pipeline.coding.coder import code_segments
from pipeline.schema import SEGMENT_COLUMNS
from tests.helpers import codes_of_paragraph, one_code_codebook


def _screening():
    return one_code_codebook("tes_cepat", "Tes cepat oleh kader atau bidan",
                             "Termasuk: tes cepat dengan strip yang dilakukan kader atau bidan. "
                             "Tidak termasuk: strip tes yang tidak tersedia di Pustu.",
                             ["strip tes", "tes cepat"], name="Studi skrining")


def test_what_a_definition_excludes_does_not_make_its_code_about_supply():
    """The exclusion names availability; the code is still about testing, not a stock."""
    from pipeline.coding.supplies import about_supply
    assert not about_supply(_screening().codes[0])
    text = "Bidan desa memastikan ketersediaan strip tes di setiap Pustu sampai akhir tahun."
    assert codes_of_paragraph(_screening(), text) == set()


def test_who_keeps_a_supply_does_not_make_it_the_practice():
    text = "Kader di dua dusun tidak bisa bekerja karena pasokan strip tes terhenti sebulan."
    assert codes_of_paragraph(_screening(), text) == set()
    assert codes_of_paragraph(_screening(), "Kader tidak dapat bekerja karena persediaan strip habis sejak Juli.") == set()
    assert codes_of_paragraph(_screening(), "Kader melakukan tes cepat pada setiap warga yang demam.") == {"tes_cepat"}


def test_a_list_items_stock_is_read_without_its_heading():
    """The heading's words do not stand in the item's supply phrase: the item decides."""
    rows = [{"segment_id": f"s{i}", "document": "plan.md", "informant": "DOK", "speaker": "DOK",
             "speaker_role": "informant", "start": i, "end": i + 1, "line": i + 1, "language": "ind",
             "text": text, "gloss": "", "translation": ""}
            for i, text in enumerate(["Kegiatan kader dengan strip tes tahun ini:",
                                      "- Permintaan stok strip tes untuk enam bulan ke gudang farmasi.",
                                      "- Tes cepat bagi setiap warga yang demam."])]
    found = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), _screening())
    assert set(found["segment_id"]) & {"s1", "s2"} == {"s2"}
