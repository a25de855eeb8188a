"""The review notebook of an English run (--lang en) speaks one language: cards, filters, the
progress table, the add-code choices and the reliability cell all show the labels the run printed
(`label_en`), while decisions are still written with the codebook's own label and the code's id,
so older reviews keyed by the Indonesian label keep applying."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from pipeline.codebook.dump import dump_codebook
from pipeline.records.codebook import Codebook
from pipeline.review import ReviewSession
from pipeline.review.store import append_review, read_reviews
from pipeline.review.panels import progress_panel
from pipeline.review.widgets import review_app
from test_notebooks import execute, outputs
from test_review_support import codings_frame, wori_codebook, write_full_outputs


def english(codebook: Codebook) -> Codebook:
    """Every theme, category and code with an English label: "EN " before its own."""
    themes = []
    for theme in codebook.themes:
        categories = []
        for category in theme.categories:
            codes = tuple(replace(code, label_en=f"EN {code.label}") for code in category.codes)
            categories.append(replace(category, label_en=f"EN {category.label}", codes=codes))
        themes.append(replace(theme, label_en=f"EN {theme.label}", categories=tuple(categories)))
    return replace(codebook, themes=tuple(themes))


@pytest.fixture
def english_run(tmp_path: Path) -> tuple[Path, Path]:
    """Outputs as `analyze --lang en` writes them: codings.csv in English labels, lang in run.json."""
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'fake'\n")
    (tmp_path / "notebooks").mkdir()
    batch, out = write_full_outputs(tmp_path)
    codebook = english(wori_codebook())
    codebook_file = tmp_path / "codebooks" / "wori-test.yaml"
    dump_codebook(codebook, codebook_file)
    codings = codings_frame(codebook)
    relabelled = {code.id: code for code in codebook.codes}
    codings["theme"] = ["EN " + relabelled[c].theme for c in codings["code_id"]]
    codings["category"] = ["EN " + relabelled[c].category for c in codings["code_id"]]
    codings["code"] = [relabelled[c].label_en for c in codings["code_id"]]
    codings.to_csv(out / "codings.csv", index=False, encoding="utf-8-sig")
    (out / "run.json").write_text(json.dumps({"codebook": {"file": str(codebook_file)},
                                              "options": {"lang": "en"}, "reviews": {"decisions": 0}}))
    return batch, out


def test_every_label_of_an_english_session_is_english(english_run) -> None:
    batch, out = english_run
    append_review(batch, "A1-bbb222", "Malas untuk mengurus pendaftaran", "reject", "OLD")  # label only, as before
    session = ReviewSession(batch, out, "RA")
    assert session.progress_by_code()["code"].str.startswith("EN ").all()
    options = session.options()
    assert all(label.startswith("EN ") for key in ("theme", "category", "code") for label in options[key])
    assert session.filter(theme="EN Strategi")["code_id"].tolist() == ["C5"]
    assert session.filter(category="Sosialisasi").empty and len(session.filter(theme="T1")) == 4
    assert session.filter(status="rejected")["code_id"].tolist() == ["C2"], "the old label-only reject applies"

    session.add("A7-eee555", "EN Tidak memiliki kartu keluarga")
    written = read_reviews(batch).iloc[-1]
    assert (written["code"], written["code_id"]) == ("Tidak memiliki kartu keluarga", "C3"), "stored as before"
    added = session.filter(status="added")
    assert added["code"].tolist() == ["EN Tidak memiliki kartu keluarga"]
    assert added["theme"].tolist() == ["EN Pemanfaatan BPJS"], "a review row shows the run's labels too"

    app = review_app(session, lang="en")
    app.theme.value = "EN Strategi"
    assert [label for label, _ in app.category.options][1:] == ["EN Sosialisasi", "EN Fasilitasi"]
    assert len(app.rows()) == 1
    picker = app.cards.children[0].children[1].children[-2]
    assert all(label.startswith("EN ") for label, value in picker.options if value)
    assert "Malas" not in progress_panel(session, app, lang="en").snapshot_html().replace("EN Malas", "")


def test_the_review_notebook_of_an_english_run_shows_no_codebook_label(english_run) -> None:
    batch, out = english_run
    notebook = execute("review", batch.parents[1] / "notebooks", REVIEWER="TEST", LANG="en",
                       BATCH_DIR=str(batch), OUTPUT_DIR=str(out))
    page = outputs(notebook, "text/html")
    assert "EN Malas untuk mengurus pendaftaran" in page
    for label in ("Malas untuk mengurus pendaftaran", "Pemanfaatan BPJS", "Kepemilikan BPJS rendah"):
        assert page.count(label) == page.count(f"EN {label}"), f"{label!r} shown without its English label"
    sections = outputs(notebook, "text/markdown")
    assert "## Codings" in sections and "## Orphaned decisions" in sections and "Check each coding" in sections
    assert "## Koding" not in sections and "Periksa setiap koding" not in sections


def test_the_reliability_cell_says_why_it_is_empty_and_what_to_do(english_run) -> None:
    batch, out = english_run
    notebook = execute("review", batch.parents[1] / "notebooks", REVIEWER="TEST", LANG="en",
                       BATCH_DIR=str(batch), OUTPUT_DIR=str(out))
    [cell] = [cell for cell in notebook.cells if "session.reliability" in cell.source]
    text = "\n".join(str(output.get("data", {})) for output in cell.outputs)
    assert "Empty DataFrame" not in text
    assert "No reviewed decisions yet" in text and "Refresh tables" in text

    session = ReviewSession(batch, out, "RA")
    session.reject("A1-bbb222", "C2")
    assert "1 of your decisions are not in the last run yet" in session.reliability_html("en")
    (out / "run.json").write_text(json.dumps({**json.loads((out / "run.json").read_text()),
                                              "reviews": {"decisions": 1}}))
    assert "Too few reviewed decisions" in session.reliability_html("en")
    assert "terlalu sedikit" in session.reliability_html("id")


def test_the_reliability_table_is_labelled_in_the_run_language(english_run) -> None:
    batch, out = english_run
    pd.DataFrame({"code_id": ["C2"], "code": ["Malas untuk mengurus pendaftaran"], "decisions": [12],
                  "kappa_model": [0.7], "verdict": ["person"]}).to_csv(out / "code_reliability.csv", index=False)
    page = ReviewSession(batch, out, "RA").reliability_html("en")
    assert "EN Malas untuk mengurus pendaftaran" in page and "Too few" not in page


def test_the_review_notebook_speaks_the_runs_language_unless_told(english_run) -> None:
    batch, out = english_run
    notebook = execute("review", batch.parents[1] / "notebooks", REVIEWER="TEST",
                       BATCH_DIR=str(batch), OUTPUT_DIR=str(out))
    [cell] = [cell for cell in notebook.cells if "session.reliability" in cell.source]
    text = "\n".join(str(output.get("data", {})) for output in cell.outputs)
    assert "No reviewed decisions yet" in text, "an English run's notebook speaks English by default"
    notebook = execute("review", batch.parents[1] / "notebooks", REVIEWER="TEST", LANG="id",
                       BATCH_DIR=str(batch), OUTPUT_DIR=str(out))
    [cell] = [cell for cell in notebook.cells if "session.reliability" in cell.source]
    text = "\n".join(str(output.get("data", {})) for output in cell.outputs)
    assert "No reviewed decisions yet" not in text, "LANG still chooses"


def test_the_overview_notebook_of_an_english_run_heads_its_tables_in_english(english_run) -> None:
    batch, out = english_run
    notebook = execute("overview", batch.parents[1] / "notebooks", BATCH_DIR=str(batch), OUTPUT_DIR=str(out))
    page = outputs(notebook, "text/html")
    assert "Table 1" in page and "Tabel 1" not in page


def test_the_review_notebook_names_each_control_as_the_app_shows_it_in_english():
    from pipeline.review.render import controls_html
    from pipeline.wording import REVIEW, words

    said = controls_html("en")
    for control in ("\u2713 Accept", "\u2717 Reject", "another code\u2026", "+ Add", "Refresh tables"):
        assert control in said
    indonesian = [words(REVIEW, "id")[key] for key in ("accept", "reject", "add", "add_code", "uncoded", "refresh")]
    assert not any(word in said for word in indonesian)
    assert words(REVIEW, "id")["accept"] in controls_html("id")
    notebook = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "review.ipynb").read_text(encoding="utf-8"))
    prose = "".join("".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "markdown")
    assert not any(word.strip("\u2713\u2717+\u27f3 \u2026") in prose for word in indonesian)
