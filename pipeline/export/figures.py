"""Journal-style figures: code saturation, codes by informant, code co-occurrence.

Figures are drawn on matplotlib's object API with the Agg canvas, so nothing depends on (or
changes) the process-wide backend, and each `*_figure` function returns the Figure for tests
and notebooks; `plot_*` saves it as a PNG and returns the path. Labels are Indonesian by
default, as in the paper, and English with lang="en".
"""

from __future__ import annotations

import textwrap
import warnings
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from pipeline.aggregate.matrices import MATRIX_LABEL_COLUMNS
from pipeline import wording
from pipeline.records.saturation import SaturationResult

DPI = 200
STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 8,
    "axes.titlesize": 9,
    "axes.labelsize": 8,
    "xtick.labelsize": 7,
    "ytick.labelsize": 7,
    "legend.fontsize": 7,
    "legend.frameon": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.linewidth": 0.6,
    "lines.linewidth": 1.2,
    "savefig.bbox": "tight",
    "savefig.pad_inches": 0.05,
}
HEAT_COLORMAP = "Blues"
LINE_COLOR = "#1f4e79"
BAR_COLOR = "#9dc3e6"
MARK_COLOR = "#c00000"
LABEL_WIDTH = 42   # characters per line of a wrapped code label

def words(lang: str) -> dict[str, str]:
    return wording.words(wording.FIGURES, lang)


# Beyond this many cells the printed counts are unreadable at page width (and slow to draw):
# the colour scale carries the information and code_matrix.csv the exact numbers.
MAX_ANNOTATED_CELLS = 600
MAX_TICK_LABELS = 60


def saturation_figure(table: pd.DataFrame, result: SaturationResult, lang: str = "id") -> Figure:
    """Cumulative codes (line) and new codes (bars) per interview; the saturating run marked."""
    w = words(lang)
    with mpl.rc_context(STYLE):
        figure = Figure(figsize=(5.5, 3.2))
        axes = figure.add_subplot()
        order = table["order"].astype(int).to_numpy()
        axes.bar(order, table["n_new"].astype(int), color=BAR_COLOR, width=0.6, label=w["new"])
        axes.plot(order, table["cumulative"].astype(int), color=LINE_COLOR, marker="o", markersize=3.5,
                  label=w["cumulative"])
        threshold = f"{result.threshold * 100:g}%"
        if result.reached and result.point is not None:
            # the line on the saturating interview itself, named in words inside the axes
            run_start = result.point - result.run + 1
            axes.axvspan(run_start - 0.5, result.point + 0.5, color=MARK_COLOR, alpha=0.08, linewidth=0,
                         label=w["saturating_run"].format(run=result.run, threshold=threshold))
            axes.axvline(result.point, color=MARK_COLOR, linestyle="--", linewidth=0.9)
            on_right = result.point > (len(order) + 1) / 2
            axes.annotate(w["saturation_at"].format(point=result.point, label=result.label),
                          xy=(result.point, 0.97), xycoords=("data", "axes fraction"),
                          xytext=(-4 if on_right else 4, 0), textcoords="offset points",
                          ha="right" if on_right else "left", va="top", fontsize=7, color=MARK_COLOR)
        else:
            axes.plot([], [], linestyle="none", label=w["not_reached"])
        base = None
        if result.base < len(order):   # fewer interviews than the base: no line past the last one
            axes.axvline(result.base + 0.5, color="0.5", linestyle=":", linewidth=0.8)
            base = axes.text(result.base + 0.4, 1.0, w["base"], transform=axes.get_xaxis_transform(), ha="right",
                             va="top", fontsize=6.5, color="0.4")
        informants = table["informant"].fillna("").astype(str).tolist()
        labels = [f"{number}\n{who}" if who else str(number) for number, who in zip(order, informants)]
        axes.set_xticks(order, labels)
        axes.set_xlim(0.4, max(len(order), 1) + 0.6)
        axes.yaxis.get_major_locator().set_params(integer=True)
        axes.set_ylim(0, max(int(table["cumulative"].max()) if len(table) else 0, 1) * 1.3)
        axes.set_xlabel(w["interview"] + result.order_note(lang))
        axes.set_ylabel(w["codes"])
        axes.set_title(w["saturation_title"].format(base=result.base, run=result.run, threshold=threshold))
        _tight_layout(figure)
        _legible_x_ticks(figure, axes, list(order), labels,
                         upright=[f"{number} {who}".strip() for number, who in zip(order, informants)])
        if base is not None:
            _below_notes(figure, axes, base)
        _place_legend(figure, axes)
    return figure


def _below_notes(figure: Figure, axes, label) -> None:
    """The base's label moved down, under the axes' other notes, when one of them (the saturation
    note reaching left from a point just after the base) covers it where it stands."""
    renderer = FigureCanvasAgg(figure).get_renderer()
    box = label.get_window_extent(renderer)
    covering = [text.get_window_extent(renderer) for text in axes.texts if text is not label]
    if any(box.overlaps(other) for other in covering):
        lowest = min(other.y0 for other in covering)
        label.set_y(axes.transAxes.inverted().transform((0, lowest))[1] - 0.01)


# where the saturation legend may sit inside the axes, in order of preference; below the axes
# when each would cover a note (the "saturation reached" note, the base's label)
LEGEND_PLACES = ("upper left", "upper right", "upper center")


def _place_legend(figure: Figure, axes) -> None:
    """The legend at the first place inside the axes where it covers none of the axes' notes, read
    from their drawn extents; else below the axes at the figure's foot (in one row when it fits),
    where it covers nothing."""
    renderer = FigureCanvasAgg(figure).get_renderer()
    for place in LEGEND_PLACES:
        legend = axes.legend(loc=place)
        _tight_layout(figure)
        box = legend.get_window_extent(renderer)
        if not any(box.overlaps(text.get_window_extent(renderer)) for text in axes.texts):
            return
    entries = len(axes.get_legend_handles_labels()[1])
    for columns in (entries, 1):
        legend = axes.legend(loc="lower center", bbox_to_anchor=(0.5, 0.0), bbox_transform=figure.transFigure,
                             ncols=columns)
        box = legend.get_window_extent(renderer)
        if box.width <= figure.bbox.width:
            break
    legend.set_in_layout(False)   # laid out by hand: the axes above its height; saved with them (in layout)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Tight layout not applied", category=UserWarning)
        figure.tight_layout(rect=(0.0, box.height / figure.bbox.height, 1.0, 1.0))
    legend.set_in_layout(True)


def _tight_layout(figure: Figure) -> None:
    """tight_layout, quietly where it cannot fit (one interview, long code labels): savefig's
    tight bounding box keeps every label in the picture anyway."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Tight layout not applied", category=UserWarning)
        figure.tight_layout()


def code_matrix_figure(matrix: pd.DataFrame, lang: str = "id") -> Figure:
    """Heat map of segments per code (rows, codebook order) and informant (columns), counts printed."""
    w = words(lang)
    counts = matrix.drop(columns=[column for column in MATRIX_LABEL_COLUMNS if column in matrix.columns])
    return _heat_map(counts.to_numpy(dtype=int), row_labels=_numbered(matrix.index),
                     column_labels=[str(column) for column in counts.columns],
                     title=w["matrix_title"], xlabel=w["informant"], ylabel=w["code"], colorbar=w["segments"],
                     empty=w["no_data"])


def cooccurrence_figure(matrix: pd.DataFrame, lang: str = "id") -> Figure:
    """Lower triangle of the code x code matrix; columns numbered as the rows to keep labels legible."""
    w = words(lang)
    values = matrix.to_numpy(dtype=int)
    mask = np.triu(np.ones_like(values, dtype=bool), k=1)
    return _heat_map(values, row_labels=_numbered(matrix.index),
                     column_labels=[str(number) for number in range(1, len(matrix.columns) + 1)],
                     title=w["cooccurrence_title"], xlabel=w["code"], ylabel=w["code"], colorbar=w["segments"],
                     empty=w["no_data"], mask=mask)


def plot_saturation(table: pd.DataFrame, result: SaturationResult, path: str | Path, lang: str = "id") -> Path:
    return _save(saturation_figure(table, result, lang), path)


def plot_code_matrix(matrix: pd.DataFrame, path: str | Path, lang: str = "id") -> Path:
    return _save(code_matrix_figure(matrix, lang), path)


def plot_cooccurrence(matrix: pd.DataFrame, path: str | Path, lang: str = "id") -> Path:
    return _save(cooccurrence_figure(matrix, lang), path)


def _heat_map(values: np.ndarray, *, row_labels: list[str], column_labels: list[str], title: str, xlabel: str,
              ylabel: str, colorbar: str, empty: str, mask: np.ndarray | None = None) -> Figure:
    rows, columns = values.shape
    label_lines = max((label.count("\n") + 1 for label in row_labels), default=1)
    height = 1.2 + max(rows, 1) * (0.22 + 0.1 * label_lines)
    width = 3.2 + max(columns, 1) * 0.42
    with mpl.rc_context(STYLE):
        figure = Figure(figsize=(min(max(width, 4.5), 12), min(height, 14)))
        axes = figure.add_subplot()
        axes.set_title(title)
        if values.size == 0:
            axes.text(0.5, 0.5, empty, ha="center", va="center", transform=axes.transAxes)
            axes.set_axis_off()
            _tight_layout(figure)
            return figure
        shown = np.ma.masked_array(values, mask=mask) if mask is not None else values
        peak = max(int(values.max()), 1)
        image = axes.imshow(shown, cmap=HEAT_COLORMAP, vmin=0, vmax=peak, aspect="auto")
        annotate = rows * columns <= MAX_ANNOTATED_CELLS
        for row in range(rows if annotate else 0):
            for column in range(columns):
                if mask is not None and mask[row, column]:
                    continue
                value = int(values[row, column])
                axes.text(column, row, str(value), ha="center", va="center", fontsize=6.5,
                          color="white" if value > peak * 0.6 else ("0.6" if value == 0 else "black"))
        axes.set_xticks(range(columns), column_labels)
        axes.set_yticks(range(rows), row_labels)
        axes.tick_params(length=0)
        for spine in axes.spines.values():
            spine.set_visible(False)
        axes.set_xlabel(xlabel)
        axes.set_ylabel(ylabel)
        bar = figure.colorbar(image, ax=axes, fraction=0.04, pad=0.02, ticks=MaxNLocator(integer=True))
        bar.set_label(colorbar)
        bar.outline.set_linewidth(0.4)
        _tight_layout(figure)
        _legible_x_ticks(figure, axes, list(range(columns)), column_labels)
    return figure


def _legible_x_ticks(figure: Figure, axes, positions: list, labels: list[str],
                     upright: list[str] | None = None) -> None:
    """The level labels the figure was laid out with, each tick's, kept where they fit side by side (a few
    interviews); else turned upright (in `upright`'s one-line form) and, where even upright they would touch
    (50 informants across a page's width), every step-th one; never more than MAX_TICK_LABELS. Read from the
    drawn extents."""
    step = max(1, -(-len(positions) // MAX_TICK_LABELS))   # hundreds of interviews: every step-th at most
    if step == 1 and not _ticks_touch(figure, axes):
        return
    labels = upright or labels
    axes.set_xticks(positions[::step], labels[::step], rotation=90)
    _tight_layout(figure)
    boxes = _tick_boxes(figure, axes)
    if len(boxes) > 1:
        needed = max(box.width for box in boxes) * 1.25   # an upright label's width is its line's height
        spacing = (boxes[-1].x0 - boxes[0].x0) / (len(boxes) - 1)
        if spacing < needed:
            step = int(step * -(-needed // spacing))
            axes.set_xticks(positions[::step], labels[::step], rotation=90)
            _tight_layout(figure)


def _tick_boxes(figure: Figure, axes) -> list:
    renderer = FigureCanvasAgg(figure).get_renderer()
    # the axis alone places its ticks and measures their labels: drawing the whole figure (a heat map's
    # every cell) cost the export a second a report
    axes.xaxis.get_tightbbox(renderer)
    return [label.get_window_extent(renderer) for label in axes.get_xticklabels() if label.get_text()]


def _ticks_touch(figure: Figure, axes) -> bool:
    """Whether two level labels stand closer than a space (half the font's size): "K01K02" reads as one word."""
    boxes = _tick_boxes(figure, axes)
    space = FigureCanvasAgg(figure).get_renderer().points_to_pixels(mpl.rcParams["xtick.labelsize"]) / 2
    return any(left.x1 + space > right.x0 for left, right in zip(boxes, boxes[1:]))


def _numbered(labels: pd.Index) -> list[str]:
    """"1. label", wrapped: long Indonesian code labels stay readable on the y axis."""
    return [textwrap.fill(f"{number}. {label}", width=LABEL_WIDTH)
            for number, label in enumerate(labels, start=1)]


def _save(figure: Figure, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    FigureCanvasAgg(figure)
    with mpl.rc_context(STYLE):
        figure.savefig(path, dpi=DPI, format="png")
    return path
