"""Shared fixtures: one real analyze run of the Wori batch, and one Glosser, per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
WORI = REPO / "transcripts" / "wori"
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def decision_history_elsewhere(tmp_path_factory, monkeypatch):
    """Runs keep graders' decisions next to the codebook (pipeline.review.history); each test
    keeps them in its own temporary folder, never in the repository's codebooks/."""
    from pipeline.review.history import DIRECTORY_VARIABLE

    monkeypatch.setenv(DIRECTORY_VARIABLE, str(tmp_path_factory.mktemp("decision_history")))


@pytest.fixture(scope="session")
def analyzed_wori(tmp_path_factory) -> tuple[Path, Path]:
    """(batch_dir, outputs_dir) of a fresh analyze of a temporary copy of transcripts/wori."""
    from pipeline.run import analyze

    root = tmp_path_factory.mktemp("wori_run")
    batch = root / "wori"
    shutil.copytree(WORI, batch, ignore=shutil.ignore_patterns("reviews.csv*"))
    result = analyze(batch, codebook_path=REPO / "codebooks" / "wori.yaml", out_dir=root / "outputs" / "wori",
                     workers=1, progress=False)
    return batch, result.out_dir


@pytest.fixture(scope="session")
def wori_result(analyzed_wori):
    """The outputs of the session's Wori run, read back as a user would."""
    from pipeline.outputs import read_csv

    _, out = analyzed_wori
    return {name: read_csv(out / f"{name}.csv") for name in ("segments", "codings", "theme_table", "informants")}


@pytest.fixture(scope="session")
def glosser():
    """The bundled lexicon's glosser, loaded once (the gloss tests only read it)."""
    from pipeline.gloss.glosser import Glosser

    return Glosser()
