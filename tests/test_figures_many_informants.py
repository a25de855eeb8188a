"""A study at full size: 50 informants' labels under the code matrix and the saturation figure never run
into each other (they did: "K01K02K03..." read as one word), while a few informants keep level labels."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg

from pipeline.aggregate.saturation import saturation_point
from pipeline.export.figures import code_matrix_figure, saturation_figure


def _matrix(informants: list[str]) -> pd.DataFrame:
    labels = [f"Alasan orang tua memilih layanan nomor {n}" for n in range(5)]
    return pd.DataFrame([[n % 4 for n in range(len(informants))]] * 5, columns=informants,
                        index=pd.Index(labels, name="code"))


def _saturation(informants: list[str]) -> pd.DataFrame:
    n_new = [5, 3, 1] + [0] * (len(informants) - 3)
    return pd.DataFrame({"order": range(1, len(informants) + 1), "document": [f"{who}.docx" for who in informants],
                         "informant": informants, "date": "", "n_codes": n_new, "new_codes": "", "n_new": n_new,
                         "cumulative": np.cumsum(n_new)})


def _labels(figure):
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    shown = [label for label in figure.axes[0].get_xticklabels() if label.get_text()]
    return shown, [label.get_window_extent(canvas.get_renderer()) for label in shown]


def _apart(boxes) -> bool:
    """At least a space (half of a 7-point font at 200 dpi's scale here: the canvas's own) between labels."""
    return all(left.x1 + 3 <= right.x0 for left, right in zip(boxes, boxes[1:]))


def test_fifty_informants_in_the_code_matrix_are_labelled_upright_apart():
    informants = [f"K{n:02d}" for n in range(1, 51)]
    shown, boxes = _labels(code_matrix_figure(_matrix(informants)))
    assert _apart(boxes)
    assert shown[0].get_text() == "K01" and shown[0].get_rotation() == 90
    assert len(shown) >= 25                       # upright, most (here all or every other) still named


def test_fifty_interviews_in_the_saturation_figure_are_labelled_apart():
    informants = [f"K{n:02d}" for n in range(1, 51)]
    table = _saturation(informants)
    result = saturation_point(table, base=4, run=2, threshold=0.05)
    shown, boxes = _labels(saturation_figure(table, result))
    assert _apart(boxes)
    assert shown[0].get_text() == "1 K01" and shown[0].get_rotation() == 90


def test_a_few_informants_keep_level_labels_each_named():
    informants = ["K1", "K2", "K3", "K4"]
    shown, boxes = _labels(code_matrix_figure(_matrix(informants)))
    assert [label.get_text() for label in shown] == informants and shown[0].get_rotation() == 0
    table = _saturation(informants)
    shown, _ = _labels(saturation_figure(table, saturation_point(table, base=2, run=1, threshold=0.05)))
    assert shown[0].get_text() == "1\nK1" and shown[0].get_rotation() == 0
