"""Both notebooks run top to bottom (nbclient) and show what graders and authors need; the
repository copies carry no outputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from pipeline.review.store import append_review
from test_review_support import analyze_unavailable, write_full_outputs

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = ("review", "overview")


def execute(name: str | Path, cwd: Path, **parameters: str) -> nbformat.NotebookNode:
    """Run notebooks/<name>.ipynb (or the notebook file `name`) with `parameters` appended to its
    parameters cell (papermill style)."""
    path = name if isinstance(name, Path) else REPO / "notebooks" / f"{name}.ipynb"
    notebook = nbformat.read(path, as_version=4)
    injected = "".join(f"\n{key} = {value!r}" for key, value in parameters.items())
    notebook.cells[0].source += "\n# injected by tests/test_notebooks.py" + injected
    client = NotebookClient(notebook, timeout=180, kernel_name="python3",
                            resources={"metadata": {"path": str(cwd)}})
    client.execute()
    return notebook


def outputs(notebook: nbformat.NotebookNode, mime: str) -> str:
    return "\n".join(
        str(output.get("data", {}).get(mime, ""))
        for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs
    )


@pytest.fixture(scope="module")
def _fake_outputs(tmp_path_factory) -> tuple[Path, Path]:
    """A repository-shaped folder (pyproject.toml, transcripts/wori, outputs/wori, notebooks/) with
    outputs in the run's columns, an orphaned decision and a rejection.

    TODO: once `make analyze` runs end to end everywhere, the `analyzed_wori` variant below covers
    the real batch and this fixture only needs to keep the orphan and default-path cases.
    """
    root = tmp_path_factory.mktemp("repo")
    (root / "pyproject.toml").write_text("[project]\nname = 'fake'\n")
    (root / "notebooks").mkdir()
    batch, out = write_full_outputs(root)
    append_review(batch, "A1-gone", "C3", "accept", "XY", note="turn was edited")
    append_review(batch, "A1-bbb222", "C2", "reject", "XY", note="not about registration")
    return batch, out


@pytest.fixture(scope="module")
def _real_outputs(request) -> tuple[Path, Path]:
    if analyze_unavailable():
        pytest.skip(analyze_unavailable())
    return request.getfixturevalue("analyzed_wori")


def test_jupyterlab_with_the_widget_manager_comes_with_the_package() -> None:
    """The README opens the notebooks with `.venv/bin/jupyter lab`: setting up must install it,
    with the extension that draws the review buttons."""
    jupyter = Path(sys.executable).with_name("jupyter")
    assert jupyter.exists(), f"{jupyter} is missing"
    version = subprocess.run([jupyter, "lab", "--version"], capture_output=True, text=True, timeout=120)
    assert version.returncode == 0 and int(version.stdout.strip().split(".")[0]) >= 4, version.stderr
    extensions = subprocess.run([jupyter, "labextension", "list"], capture_output=True, text=True, timeout=120)
    assert "@jupyter-widgets/jupyterlab-manager" in extensions.stdout + extensions.stderr


def test_repository_notebooks_are_clean_and_parameterised() -> None:
    for name in NOTEBOOKS:
        path = REPO / "notebooks" / f"{name}.ipynb"
        notebook = nbformat.read(path, as_version=4)
        nbformat.validate(notebook)
        assert notebook.nbformat == 4
        assert notebook.metadata["kernelspec"]["name"] == "python3"
        assert "widgets" not in notebook.metadata, f"{path.name}: widget state must not be committed"
        first = notebook.cells[0]
        assert first.cell_type == "code" and "parameters" in first.metadata.get("tags", [])
        assert 'BATCH = "wori"' in first.source
        for cell in notebook.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: outputs not stripped"


def test_review_notebook_with_default_paths_shows_cards_and_orphans(_fake_outputs) -> None:
    batch, out = _fake_outputs
    notebook = execute("review", batch.parents[1] / "notebooks", REVIEWER="TEST")
    page = outputs(notebook, "text/html")
    assert "Batch wori" in page and "TEST" in page
    assert "1 keputusan yatim" in page, "the orphan is announced in the header"
    assert "Dorang" in page and "<mark" in page, "the static snapshot shows the cards with evidence"
    assert "ditolak" in page, "the rejection shows on its card"
    assert "A1-gone" in page, "the orphan panel shows the orphaned decision"
    assert outputs(notebook, "application/vnd.jupyter.widget-view+json"), "the live app is there too"
    assert "reviews.csv" in page
    assert "Empty DataFrame" not in outputs(notebook, "text/plain"), "no correction yet is said in words"
    plain = outputs(notebook, "text/plain")
    assert "Aplikasi review: buka notebook ini di Jupyter" in plain and "Review app" not in plain, "headless, in Indonesian"
    assert "Belum ada koreksi terjemahan" in page and "Belum ada terjemahan bahasa Inggris" in page
    sections = outputs(notebook, "text/markdown")
    for heading in ("## Koding", "## Keputusan yatim", "## Kemajuan per kode", "## Terjemahan",
                    "## Saran, paling ragu dulu", "## Reliabilitas per kode"):
        assert heading in sections, f"{heading!r}: an Indonesian run's notebook heads its sections in Indonesian"
    assert "## Codings" not in sections and "Check each coding" not in sections
    assert "*saran model, paling ragu dulu*" in sections, "the queue is named as the status menu shows it"
    assert len(json.dumps(notebook.metadata.get("widgets", {}))) < 2_000_000, "widget state stays small"


def test_overview_notebook_with_default_paths_shows_tables_heat_map_and_progress(_fake_outputs) -> None:
    batch, out = _fake_outputs
    notebook = execute("overview", batch.parents[1] / "notebooks")
    page = outputs(notebook, "text/html")
    assert "Tabel 1" in page and "Kepala Puskesmas Wori" in page
    assert "Tabel 2" in page and "Malas untuk mengurus pendaftaran" in page and 'rowspan="3"' in page
    assert "\u201cDorang malas mo urus KK (Kartu Keluarga).\u201d (A1)" in page, "quotations per code"
    assert page.count("<mark") == 0
    assert outputs(notebook, "image/png").count("iVBOR") >= 2, "heat map and progress figure"
    assert "<th>Jumlah koding</th>" in page and "<th>ditolak</th>" in page, "the progress table in the run's language"
    assert "<th>codings</th>" not in page and "<th>pending</th>" not in page


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_a_notebook_copied_outside_the_repository_runs_with_its_folders_set(name: str, _fake_outputs,
                                                                            tmp_path: Path) -> None:
    """It stopped with a bare StopIteration looking for pyproject.toml above itself."""
    batch, out = _fake_outputs
    copy = tmp_path / "my_notes" / f"{name}.ipynb"
    copy.parent.mkdir()
    copy.write_bytes((REPO / "notebooks" / f"{name}.ipynb").read_bytes())
    notebook = execute(copy, copy.parent, BATCH_DIR=str(batch), OUTPUT_DIR=str(out), REVIEWER="TEST")
    page = outputs(notebook, "text/html")
    assert "Batch wori" in page and "Malas untuk mengurus pendaftaran" in page
    if name == "review":
        assert "Jumlah koding" in page, "progress by code"
        assert "Perbarui tabel" in json.dumps(notebook.metadata.get("widgets", {})), "the refresh button"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebooks_run_on_a_fresh_analysis_of_the_wori_batch(name: str, _real_outputs, tmp_path: Path) -> None:
    batch, out = _real_outputs
    before = sorted(os.listdir(batch))
    notebook = execute(name, REPO / "notebooks", BATCH_DIR=str(batch), OUTPUT_DIR=str(out), REVIEWER="TEST")
    page = outputs(notebook, "text/html")
    assert f"Batch {batch.name}" in page
    if name == "overview":
        assert "Tabel 2" in page and "Pemanfaatan BPJS" in page
    else:
        assert "<mark" in page, "the wori codings show with their evidence"
    assert sorted(os.listdir(batch)) == before, "opening a notebook writes nothing"
