"""Incremental export: an unchanged re-run copies the previous files; any change rebuilds them."""

from __future__ import annotations

import json
import shutil

from pipeline.run import analyze
from tests.conftest import REPO, WORI


def _run(batch, out, **options):
    result = analyze(batch, codebook_path=REPO / "codebooks" / "wori.yaml", out_dir=out, workers=1,
                     progress=False, **options)
    return json.loads((result.out_dir / "run.json").read_text(encoding="utf-8"))


def test_unchanged_rerun_reuses_and_any_change_rebuilds(tmp_path):
    batch, out = tmp_path / "wori", tmp_path / "outputs" / "wori"
    shutil.copytree(WORI, batch)
    first = _run(batch, out)
    assert first["export_reused"] is False

    again = _run(batch, out)
    assert again["export_reused"] is True and again["outputs"] == first["outputs"]

    (out / "theme_table.csv").write_text("edited by hand\n", encoding="utf-8")
    after_edit = _run(batch, out)
    assert after_edit["export_reused"] is False, "a hand-edited output is rebuilt, not copied"
    assert "edited by hand" not in (out / "theme_table.csv").read_text(encoding="utf-8-sig")

    english = _run(batch, out, lang="en")
    assert english["export_reused"] is False and english["export_key"] != after_edit["export_key"]

    (batch / "A7.md").write_text((batch / "A7.md").read_text(encoding="utf-8").replace("Kita so pernah", "Kita so perna"),
                                 encoding="utf-8")
    edited = _run(batch, out, lang="en")
    assert edited["export_reused"] is False

    without_cache = _run(batch, out, lang="en", cache=False)
    assert without_cache["export_reused"] is False
