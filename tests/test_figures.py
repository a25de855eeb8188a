"""Figures show the numbers they are given, labelled in the report's language."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from matplotlib.image import imread

from pipeline.aggregate.saturation import saturation_point
from pipeline.export.figures import (
    code_matrix_figure, cooccurrence_figure, plot_code_matrix, plot_cooccurrence, plot_saturation, saturation_figure,
)

LABELS = ["Mengurus jika ada rujukan ke rumah sakit", "Malas untuk mengurus pendaftaran", "Tidak memiliki kartu keluarga"]


def saturation() -> pd.DataFrame:
    n_new = [6, 5, 5, 4, 1, 0, 0, 1]
    return pd.DataFrame({"order": range(1, 9), "document": [f"w{n}.txt" for n in range(1, 9)],
                         "informant": [f"A{n}" for n in range(1, 9)], "date": "", "n_codes": n_new,
                         "new_codes": "", "n_new": n_new, "cumulative": np.cumsum(n_new)})


def code_matrix() -> pd.DataFrame:
    counts = pd.DataFrame([[3, 0, 1], [0, 2, 0], [1, 1, 4]], index=pd.Index(LABELS, name="code"),
                          columns=["A1", "A2", "A3"])
    return pd.concat([pd.DataFrame({"theme": "Pemanfaatan BPJS", "category": "Kepemilikan rendah"},
                                   index=counts.index), counts], axis=1)


def cooccurrence() -> pd.DataFrame:
    return pd.DataFrame([[4, 1, 2], [1, 2, 0], [2, 0, 6]], index=pd.Index(LABELS, name="code"), columns=LABELS)


def texts(figure) -> list[str]:
    return [text.get_text() for axes in figure.axes for text in axes.texts]


def test_saturation_figure_marks_the_point_in_indonesian_and_english():
    table = saturation()
    result = saturation_point(table)           # base 20, run 5-6 adds 1 (5%): 4+2
    assert result.label == "4+2"
    figure = saturation_figure(table, result)
    axes = figure.axes[0]
    assert axes.get_xlabel() == "Wawancara ke-"
    legend = [text.get_text() for text in axes.get_legend().get_texts()]
    assert "Rangkaian 2 wawancara: \u22645% kode baru" in legend and "Kode kumulatif" in legend
    assert "run" not in axes.get_title().casefold() and "rangkaian 2" in axes.get_title()
    assert "Saturasi tercapai pada\nwawancara ke-6 (4+2)" in texts(figure)
    assert list(axes.lines[0].get_ydata()) == [6, 11, 16, 20, 21, 21, 21, 22]
    assert [tick.get_text() for tick in axes.get_xticklabels()][0] == "1\nA1"
    english = saturation_figure(table, result, lang="en").axes[0]
    assert english.get_xlabel() == "Interview no." and "base 4, run 2" in english.get_title()


@pytest.mark.parametrize("lang, words", [("id", "wawancara ke-6 (4+2)"), ("en", "at interview 6 (4+2)")])
def test_saturation_marker_sits_inside_the_axes_when_the_last_interview_saturates(lang, words):
    """It was drawn on the right frame, half an interview after the last one, named only "4+2" in the legend."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    table = saturation().head(6)
    result = saturation_point(table)
    assert result.label == "4+2" and result.point == 6 == len(table)
    figure = saturation_figure(table, result, lang=lang)
    FigureCanvasAgg(figure).draw()
    axes = figure.axes[0]
    marker = [line for line in axes.lines if line.get_linestyle() == "--"]
    assert len(marker) == 1 and set(marker[0].get_xdata()) == {6}
    left, right = axes.get_xlim()
    assert left + 0.3 < 6 < right - 0.3
    label = [text for text in axes.texts if words in text.get_text().replace("\n", " ")]
    assert len(label) == 1
    inside = axes.get_window_extent()
    extent = label[0].get_window_extent()
    assert inside.x0 <= extent.x0 and extent.x1 <= inside.x1 and inside.y0 <= extent.y0 and extent.y1 <= inside.y1


def test_saturation_figure_says_when_not_reached():
    table = saturation()
    result = saturation_point(table, base=6, threshold=0.0)      # runs 7-8 add a code
    assert not result.reached
    legend = [text.get_text() for text in saturation_figure(table, result).axes[0].get_legend().get_texts()]
    assert "Saturasi kode belum tercapai" in legend


def test_code_matrix_heat_map_prints_every_count_with_numbered_labels():
    figure = code_matrix_figure(code_matrix())
    assert texts(figure) == ["3", "0", "1", "0", "2", "0", "1", "1", "4"]
    axes = figure.axes[0]
    rows = [tick.get_text() for tick in axes.get_yticklabels()]
    assert rows[0].startswith("1. Mengurus") and rows[0].replace("\n", " ").endswith("rumah sakit")
    assert [tick.get_text() for tick in axes.get_xticklabels()] == ["A1", "A2", "A3"]
    assert axes.get_xlabel() == "Informan"
    assert code_matrix_figure(code_matrix(), lang="en").axes[0].get_xlabel() == "Informant"


def test_cooccurrence_shows_the_lower_triangle():
    figure = cooccurrence_figure(cooccurrence())
    assert texts(figure) == ["4", "1", "2", "2", "0", "6"]
    assert [tick.get_text() for tick in figure.axes[0].get_xticklabels()] == ["1", "2", "3"]


def test_empty_matrix_says_so():
    empty = code_matrix().iloc[0:0]
    assert texts(code_matrix_figure(empty)) == ["Tidak ada koding"]


def test_plots_write_png_files(tmp_path):
    paths = [plot_saturation(saturation(), saturation_point(saturation()), tmp_path / "fig" / "saturation.png"),
             plot_code_matrix(code_matrix(), tmp_path / "fig" / "matrix.png", lang="en"),
             plot_cooccurrence(cooccurrence(), tmp_path / "fig" / "cooc.png")]
    for path in paths:
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        height, width = imread(path).shape[:2]
        assert width > 600 and height > 300          # 200 dpi: legible in print


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        code_matrix_figure(code_matrix(), lang="fr")


def test_large_batches_drop_unreadable_counts_and_thin_informant_labels():
    informants = [f"A{number}" for number in range(1, 301)]
    matrix = pd.DataFrame([[1] * len(informants)] * 6, columns=informants,
                          index=pd.Index([f"kode {n}" for n in range(6)], name="code"))
    figure = code_matrix_figure(matrix)
    ticks = [tick.get_text() for tick in figure.axes[0].get_xticklabels()]
    assert texts(figure) == []                       # 1,800 cells: colours only, numbers in code_matrix.csv
    assert ticks[:2] == ["A1", "A6"] and len(ticks) == 60


def _drawn_boxes(figure):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    axes = figure.axes[0]
    return (axes.get_legend().get_window_extent(renderer), [text.get_window_extent(renderer) for text in axes.texts],
            axes.get_window_extent(renderer), figure.bbox)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("n_new", [[7, 3, 1, 0, 0, 0, 0, 0, 0], [6, 5, 5, 4, 1, 0, 0, 1], [5, 4, 2, 0, 0]])
def test_the_saturation_legend_covers_no_note(lang, n_new):
    """Round 30's trial: the legend (upper left) covered "Saturasi tercapai pada wawancara ke-5"."""
    table = pd.DataFrame({"order": range(1, len(n_new) + 1), "document": "", "date": "", "new_codes": "",
                          "informant": [f"B{n}" for n in range(1, len(n_new) + 1)], "n_codes": n_new,
                          "n_new": n_new, "cumulative": np.cumsum(n_new)})
    result = saturation_point(table, base=3, run=2)
    assert result.reached
    legend, notes, _, page = _drawn_boxes(saturation_figure(table, result, lang=lang))
    assert len(notes) == 2 and not any(legend.overlaps(note) for note in notes)
    assert page.x0 <= legend.x0 and legend.x1 <= page.x1 and page.y0 <= legend.y0


def test_a_legend_that_covers_nothing_stays_inside_the_axes():
    table = saturation()
    result = saturation_point(table, base=6, threshold=0.0)      # not reached: no note but the base's label
    legend, notes, inside, _ = _drawn_boxes(saturation_figure(table, result))
    assert not any(legend.overlaps(note) for note in notes)
    assert inside.x0 <= legend.x0 and legend.x1 <= inside.x1 and inside.y0 <= legend.y0 <= inside.y1


def test_the_base_label_moves_under_a_saturation_note_that_covers_it():
    """Round 30's trial: "Saturation reached at interview 6" ran over "base" at the top of the axes."""
    n_new = [5, 3, 1, 0, 0, 0, 0, 0]
    table = pd.DataFrame({"order": range(1, 9), "document": "", "date": "", "new_codes": "",
                          "informant": [f"B{n}" for n in range(1, 9)], "n_codes": n_new, "n_new": n_new,
                          "cumulative": np.cumsum(n_new)})
    result = saturation_point(table, base=4, run=2)
    figure = saturation_figure(table, result, lang="en")
    _, notes, _, _ = _drawn_boxes(figure)
    assert len(notes) == 2 and not notes[0].overlaps(notes[1])
    base = next(text for text in figure.axes[0].texts if text.get_text() == "base")
    assert base.get_position()[1] < 1.0


def test_a_base_label_no_note_covers_stays_at_the_top():
    table = saturation()
    result = saturation_point(table, base=6, threshold=0.0)
    base = next(text for text in saturation_figure(table, result).axes[0].texts if text.get_text() == "basis")
    assert base.get_position()[1] == 1.0


def test_fewer_interviews_than_the_base_draw_no_base_line_outside_the_axes():
    """Round 30's second read: two interviews against a base of 4 put "basis" far right of the axes,
    and the saved picture widened to reach it, half of it empty."""
    n_new = [2, 0]
    table = pd.DataFrame({"order": [1, 2], "document": "", "date": "", "new_codes": "", "informant": ["K1", "K2"],
                          "n_codes": n_new, "n_new": n_new, "cumulative": np.cumsum(n_new)})
    figure = saturation_figure(table, saturation_point(table, base=4, run=2))
    axes = figure.axes[0]
    assert "basis" not in [text.get_text() for text in axes.texts]
    assert all(line.get_xdata()[0] <= axes.get_xlim()[1] for line in axes.get_lines() if len(line.get_xdata()))
