"""A list item and a heading in capitals look the same to ingest and to the coder
(`ingest/line_shapes.py`), read by the line layout of a .txt file and by the coder."""

import pandas as pd

from pipeline.coding.context import list_headings
from pipeline.coding.paragraph_shape import is_title
from pipeline.ingest.line_shapes import capitals_only, list_marker


def test_every_kind_of_marker_is_read_by_its_kind():
    assert list_marker("• Posbindu dibuka tiap bulan") == "bullet"
    assert list_marker("(12) Petugas mendata warga") == "number"
    assert list_marker("c) Kader mengunjungi rumah") == "letter"
    assert list_marker("(d) Kader mengunjungi rumah") == "letter"
    assert list_marker("Kader mengunjungi rumah") is None


def test_a_letter_in_brackets_is_a_list_item_under_its_heading_for_the_coder_as_at_ingest():
    texts = ["Langkah yang diambil kader:", "(a) mengajak remaja ke posyandu;", "(b) membagikan tablet tambah darah."]
    segments = pd.DataFrame({"document": ["rencana.txt"] * 3, "text": texts, "start": [0, 1, 2]})
    heading = "Langkah yang diambil kader:"
    assert list_headings(segments, segments.index) == ["", heading, heading]


def test_a_heading_in_capitals_is_one_notion():
    assert capitals_only("BAB V PENUTUP") and is_title("BAB V PENUTUP")
    assert capitals_only("RT 3") and not is_title("RT 3")     # too short to be a chapter's title
    assert not capitals_only("Bab V penutup")
