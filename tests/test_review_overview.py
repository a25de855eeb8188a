"""The overview notebook's tables and figure, from a run's output files."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from pipeline.errors import InputError
from pipeline.review.overview import load_overview, progress_figure, quotations_html, table1_html, table2_html
from test_review_support import write_full_outputs


@pytest.fixture
def overview(tmp_path: Path):
    _, out = write_full_outputs(tmp_path)
    return load_overview(out)


def test_tabel_2_writes_theme_and_category_once_per_group(overview) -> None:
    page = table2_html(overview.theme_table)
    spans = dict((label, int(rows)) for rows, label in re.findall(r'rowspan="(\d+)"[^>]*>([^<]+)<', page))
    assert spans == {"Pemanfaatan BPJS": 3, "Kepemilikan BPJS rendah": 3, "Strategi": 3, "Sosialisasi": 1, "Fasilitasi": 2}
    assert page.count("Pemanfaatan BPJS") == 1
    assert "Tabel 2. Hasil analisis data" in page
    assert "Table 2. Results of the data analysis" in table2_html(overview.theme_table, lang="en")
    assert overview.theme_table["quotes"].tolist() == [1, 1, 1, 0, 1, 0]


def test_tabel_1_names_columns_in_the_chosen_language(overview) -> None:
    page = table1_html(overview.informants)
    assert "Kode Informan" in page and "Keterangan" in page and "Giliran" in page
    assert "Informant code" in table1_html(overview.informants, lang="en")
    assert page.index("A1") < page.index("A6") < page.index("A7")


def test_tabel_1_names_the_documents_column_in_the_chosen_language() -> None:
    # an Indonesian overview printed the column of each informant's files as "Documents" (round 20 trial)
    informants = pd.DataFrame({"informant": ["A1"], "role": ["Kader"], "turns": [3], "words": [40], "documents": [1]})
    assert ">Dokumen<" in table1_html(informants) and ">Documents<" not in table1_html(informants)
    assert ">Documents<" in table1_html(informants, lang="en")


def test_tables_escape_what_the_user_wrote(overview) -> None:
    informants = pd.DataFrame({"informant": ["A1"], "role": ["<script>alert(1)</script>"]})
    assert "<script>" not in table1_html(informants) and "&lt;script&gt;" in table1_html(informants)


def test_quotations_show_the_quote_with_its_informant_and_translation(overview) -> None:
    page = quotations_html(overview.quotations, per_code=1)
    assert "\u201cPas baru-baru da maso rumah sakit &lt;b&gt;dia&lt;/b&gt; da saki\u201d (A6)" in page
    assert "(Baru saja masuk rumah sakit, dia sakit)" in page
    assert "<b>dia" not in page


def test_progress_figure_has_a_bar_per_code(overview) -> None:
    progress = pd.DataFrame({"code": ["a", "b"], "accepted": [1, 0], "added": [0, 1], "rejected": [2, 0], "pending": [0, 3]})
    figure = progress_figure(progress)
    axes = figure.axes[0]
    assert len(axes.patches) == 8  # 2 codes x 4 states
    assert [text.get_text() for text in axes.get_legend().get_texts()] == ["diterima", "ditambahkan", "ditolak", "menunggu"]


def test_missing_outputs_are_reported_by_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="theme_table.csv"):
        load_overview(tmp_path)
