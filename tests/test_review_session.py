"""The review API behind the notebook: browse, decide, progress, orphans, highlighted quotes, widgets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.review.render import evidence_spans, quote_html
from pipeline.review.session import ReviewSession
from pipeline.review.store import append_review, read_dropped, read_reviews
from test_review_support import wori_codebook, write_outputs

MARKED = re.compile(r"<mark[^>]*>([^<]*)</mark>")
WORD_OVER_GLOSS = re.compile(r'<span class="qp-word"[^>]*>(.*?)</span><span class="qp-word-gloss"[^>]*>(.*?)</span>')


def interlinear(page: str) -> list[tuple[str, str]]:
    """(word, gloss) columns, tags removed."""
    return [(re.sub("<[^>]+>", "", word), gloss) for word, gloss in WORD_OVER_GLOSS.findall(page)]


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    batch = tmp_path / "transcripts" / "wori"
    batch.mkdir(parents=True)
    return batch, write_outputs(tmp_path / "outputs" / "wori")


@pytest.fixture
def session(folders) -> ReviewSession:
    batch, out = folders
    return ReviewSession(batch, out, "RA", codebook=wori_codebook())


def test_filters_by_theme_category_code_informant_and_status(session: ReviewSession) -> None:
    assert len(session.filter()) == 5
    assert set(session.filter(theme="Strategi")["code_id"]) == {"C5"}
    assert set(session.filter(category="Kepemilikan BPJS rendah")["code_id"]) == {"C1", "C2", "C3"}
    assert session.filter(code="malas untuk mengurus pendaftaran")["segment_id"].tolist() == ["A1-bbb222", "A7-eee555"]
    assert session.filter(code="C2").equals(session.filter(code="Malas untuk mengurus pendaftaran"))
    assert set(session.filter(informant="A1")["segment_id"]) == {"A1-bbb222", "A1-ccc333"}
    assert len(session.filter(status="pending")) == 5
    session.reject("A1-bbb222", "C2")
    assert session.filter(status="rejected")["code_id"].tolist() == ["C2"]
    assert len(session.filter(status="pending")) == 4
    with pytest.raises(ValueError, match="status"):
        session.filter(status="done")
    with pytest.raises(ValueError, match="not in codebook"):
        session.filter(code="Kurang gizi")


def test_rows_come_in_transcript_order_with_their_quote(session: ReviewSession) -> None:
    rows = session.filter()
    assert rows[["document", "line"]].values.tolist() == [["A1.md", 11], ["A1.md", 11], ["A1.md", 15], ["A6.md", 7], ["A7.md", 5]]
    assert rows.loc[0, "text"].startswith("Dorang malas")
    assert rows.loc[0, "translation"] == "Mereka malas urus KK."


def test_decisions_are_written_signed_and_change_progress(session: ReviewSession, folders) -> None:
    batch, out = folders
    assert session.progress() == {"total": 5, "reviewed": 0, "accepted": 0, "rejected": 0, "added": 0, "pending": 5}
    session.accept("A1-bbb222", "C3", note="KK = kartu keluarga")
    session.reject("A1-ccc333", "Puskesmas dan desa membantu untuk pendaftaran")
    session.add("A7-eee555", "C3")
    assert session.progress() == {"total": 6, "reviewed": 3, "accepted": 1, "rejected": 1, "added": 1, "pending": 3}
    written = read_reviews(batch)
    assert written["reviewer"].tolist() == ["RA"] * 3
    assert written["decision"].tolist() == ["accept", "reject", "add"]
    assert written.loc[0, "note"] == "KK = kartu keluarga"
    again = ReviewSession(batch, out, "RB", codebook=wori_codebook())
    assert again.progress() == session.progress(), "a new session sees the decisions"
    assert again.changes_since_run() == 3, "the tables lag until the next run"


def test_changing_ones_mind_keeps_history_and_latest_counts(session: ReviewSession, folders) -> None:
    batch, _ = folders
    append_review(batch, "A1-bbb222", "C2", "reject", "RA", timestamp="2024-01-01T00:00:00+00:00")
    session.accept("A1-bbb222", "C2")
    assert session.filter(code="C2", informant="A1")["review"].tolist() == ["accepted"]
    assert len(read_reviews(batch)) == 2


def test_decisions_need_a_known_segment_code_and_a_reviewer(session: ReviewSession, folders) -> None:
    batch, out = folders
    with pytest.raises(ValueError, match="segment"):
        session.accept("A1-nope", "C2")
    with pytest.raises(ValueError, match="code"):
        session.add("A1-bbb222", "Kurang gizi")
    read_only = ReviewSession(batch, out, codebook=wori_codebook())
    with pytest.raises(ValueError, match="reviewer"):
        read_only.reject("A1-bbb222", "C2")
    assert read_reviews(batch).empty


def test_missing_outputs_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="segments.csv"):
        ReviewSession(tmp_path, tmp_path / "outputs" / "wori", "RA", codebook=wori_codebook())


def test_outputs_root_is_accepted_for_the_batch_folder(folders) -> None:
    batch, out = folders
    assert len(ReviewSession(batch, out.parent, "RA", codebook=wori_codebook()).filter()) == 5


def test_uncoded_lists_informant_turns_without_a_standing_code(session: ReviewSession) -> None:
    assert session.uncoded().empty, "every informant turn of the fixture has a code"
    session.reject("A1-ccc333", "C5")
    assert session.uncoded()["segment_id"].tolist() == ["A1-ccc333"]


def test_orphans_are_shown_and_can_be_reattached_on_record(session: ReviewSession, folders) -> None:
    batch, _ = folders
    append_review(batch, "A1-old999", "Tidak memiliki kartu keluarga", "add", "XY", note="the KK turn")
    session.refresh()
    orphans = session.orphans()
    assert orphans["segment_id"].tolist() == ["A1-old999"]
    candidates = session.reattach_candidates(orphans.iloc[0])
    assert candidates["segment_id"].tolist()[0] == "A1-bbb222", "same document, machine-coded with the code: first"
    assert set(candidates["document"]) == {"A1.md"}
    session.reattach(orphans.iloc[0], "A1-ccc333")
    assert session.orphans().empty
    assert session.filter(code="C3", informant="A1")["segment_id"].tolist() == ["A1-bbb222", "A1-ccc333"]
    moved = read_reviews(batch).iloc[-1]
    assert (moved["segment_id"], moved["decision"], moved["reviewer"]) == ("A1-ccc333", "add", "RA")
    assert "A1-old999" in moved["note"] and "the KK turn" in moved["note"]
    dropped = read_dropped(batch)
    assert dropped["segment_id"].tolist() == ["A1-old999"]
    assert "A1-ccc333" in dropped.loc[0, "reason"]


def test_a_reattached_note_keeps_what_the_grader_wrote_though_shown_redacted(session: ReviewSession, folders) -> None:
    batch, _ = folders
    append_review(batch, "A1-old999", "Tidak memiliki kartu keluarga", "add", "XY", note="ask bidan 0812-3456-7890")
    session.refresh()
    shown = session.orphans().iloc[0]
    assert "0812-3456-7890" not in shown["note"], "notes on screen are redacted, as the outputs are"
    session.reattach(shown, "A1-ccc333")
    assert "ask bidan 0812-3456-7890" in read_reviews(batch).iloc[-1]["note"], "reviews.csv keeps the real note"


def test_dropping_an_orphan_moves_it_to_the_dropped_record(session: ReviewSession, folders) -> None:
    batch, _ = folders
    append_review(batch, "A9-gone", "C1", "reject", "XY")
    session.refresh()
    session.drop_orphan(session.orphans().iloc[0], reason="turn deleted: interviewer's aside")
    assert session.orphans().empty
    assert read_reviews(batch).empty
    dropped = read_dropped(batch)
    assert (dropped.loc[0, "segment_id"], dropped.loc[0, "dropped_by"]) == ("A9-gone", "RA")
    assert dropped.loc[0, "reason"] == "turn deleted: interviewer's aside"
    with pytest.raises(ValueError, match="exists"):
        session.drop_orphan({"segment_id": "A1-bbb222", "code": "C2", "decision": "reject", "reviewer": "RA",
                             "timestamp": "2024-01-01T00:00:00", "note": ""})


def test_progress_by_code_follows_the_codebook(session: ReviewSession) -> None:
    session.reject("A1-bbb222", "C2")
    table = session.progress_by_code().set_index("code_id")
    assert list(table.index) == ["C1", "C2", "C3", "C4", "C5", "C6"]
    assert table.loc["C2", ["codings", "rejected", "pending"]].tolist() == [2, 1, 1]
    assert table.loc["C4", "codings"] == 0


def test_highlight_marks_evidence_and_escapes_html(session: ReviewSession) -> None:
    page = session.highlight_html("A6-ddd444", "C1")  # gloss not aligned word by word: shown as a line
    assert "<b>" not in page and "&lt;b&gt;dia&lt;/b&gt;" in page
    assert MARKED.findall(page) == ["rumah sakit"]
    assert "waktu baru-baru sudah masuk" in page, "the gloss is shown"
    assert "(Baru saja masuk rumah sakit, dia sakit)" in page, "and the translation"
    aligned = session.highlight_html("A1-bbb222", "Tidak memiliki kartu keluarga")
    assert MARKED.findall(aligned) == ["KK", "Kartu", "Keluarga"]
    assert interlinear(aligned)[3:] == [("urus", "urus"), ("KK", "KK"), ("(Kartu", "(kartu"), ("Keluarga).", "keluarga).")], \
        "interlinear: each word over its gloss, punctuation with the word it touches"
    with pytest.raises(ValueError):
        session.highlight_html("A1-nope", "C1")


def test_evidence_spans_match_whole_words_and_phrases() -> None:
    text = "Dorang malas mo urus KK, KKN bukang. Kartu   Keluarga so ada."
    spans = evidence_spans(text, "kk; kartu keluarga")
    assert [text[a:b] for a, b in spans] == ["KK", "Kartu   Keluarga"]
    assert [text[a:b] for a, b in evidence_spans(text, "mengurus malas")] == ["malas"], "word fallback"
    assert evidence_spans(text, "") == []


def test_quote_evidence_found_in_the_translation_is_marked_there() -> None:
    page = quote_html("Torang so rujuk pa dorang", "kami sudah rujuk ke mereka x", "Kami sudah merujuk mereka",
                      evidence="merujuk", evidence_in="translation")
    assert page.count("<mark") == 1
    assert "(Kami sudah <mark" in page
    assert "kami sudah rujuk ke mereka x" in page, "gloss with a different word count shows as a line"


def test_review_app_writes_through_the_session(session: ReviewSession, folders) -> None:
    from pipeline.review.panels import orphan_panel
    from pipeline.review.widgets import review_app

    batch, _ = folders
    append_review(batch, "A1-gone", "C3", "accept", "XY")
    session.refresh()
    app = review_app(session, page_size=2)
    assert len(app.cards.children) == 2 and not app.next.disabled
    first = app.cards.children[0]
    buttons = [child for child in first.children[1].children if getattr(child, "description", "").startswith("\u2717")]
    buttons[0].click()
    assert read_reviews(batch).iloc[-1][["segment_id", "decision", "reviewer"]].tolist() == ["A1-bbb222", "reject", "RA"]
    assert "reviews.csv" in app.message.value
    app.theme.value = "Strategi"
    assert [value for _, value in app.category.options] == ["", "Sosialisasi", "Fasilitasi"]
    assert [value for _, value in app.code.options] == ["", "C4", "C5", "C6"]
    assert app.rows()["code_id"].tolist() == ["C5"]
    app.theme.value = ""
    app.status.value = "uncoded"
    assert app.rows().empty
    app.status.value = "rejected"
    assert app.rows()["segment_id"].tolist() == ["A1-bbb222"]
    snapshot = app.snapshot_html()
    assert "Malas untuk mengurus pendaftaran" in snapshot and "<mark" in snapshot
    bundle = app._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    panel = orphan_panel(session, app)
    assert "A1-gone" in panel.snapshot_html()
    drop = [w for box in panel.children if hasattr(box, "children") for row in box.children
            if hasattr(row, "children") for w in row.children if getattr(w, "description", "").startswith("Hapus")]
    drop[0].click()
    assert session.orphans().empty and read_dropped(batch)["segment_id"].tolist() == ["A1-gone"]


def _buttons(widget) -> list:
    """Every button under `widget`."""
    found = [widget] if hasattr(widget, "on_click") else []
    for child in getattr(widget, "children", ()):
        found += _buttons(child)
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_button_labels_fit_their_buttons(session: ReviewSession, lang: str) -> None:
    """'+ Tambah' showed as '+ Tam...': a fixed width under about 0.62 em per character plus padding cuts it."""
    from pipeline.review.widgets import review_app

    app = review_app(session, page_size=2, lang=lang)
    buttons = [button for button in _buttons(app) if len(button.description) > 2]
    assert {button.description for button in buttons} >= {"+ Tambah" if lang == "id" else "+ Add"}
    for button in buttons:
        width = button.layout.min_width if button.layout.width in (None, "auto") else button.layout.width
        if width is None:
            continue
        assert width.endswith("em") and float(width[:-2]) >= 0.62 * len(button.description) + 2, \
            (button.description, button.layout.width, button.layout.min_width)


def test_progress_by_code_follows_the_clicks(session: ReviewSession) -> None:
    from pipeline.review.panels import progress_panel
    from pipeline.review.widgets import review_app

    app = review_app(session, page_size=8)
    panel = progress_panel(session, app)
    before = panel.table.value
    assert "Jumlah koding" in before and "diterima" in before
    accept = [button for button in _buttons(app.cards.children[0]) if button.description.startswith("\u2713")][0]
    accept.click()
    after = panel.table.value
    assert after != before
    accepted = session.progress_by_code().set_index("code")["accepted"]
    assert accepted.sum() == 1 and panel.snapshot_html() == after


def test_refresh_button_reruns_then_shows_the_new_outputs(session: ReviewSession, folders) -> None:
    """The notebook's refresh button: the run it is given, then the session re-read from the outputs."""
    from pipeline.review.panels import refresh_panel
    from pipeline.review.widgets import review_app

    batch, out = folders
    app = review_app(session, page_size=8)
    calls = []

    def rerun() -> None:  # stands in for analyze: the next run drops one coding
        calls.append(1)
        codings = (out / "codings.csv").read_text(encoding="utf-8-sig").splitlines(keepends=True)
        (out / "codings.csv").write_text("".join(codings[:-1]), encoding="utf-8-sig")

    panel = refresh_panel(session, rerun, app)
    total = session.progress()["total"]
    panel.button.click()
    assert calls == [1] and session.progress()["total"] == total - 1
    assert str(out) in panel.message.value and not panel.button.disabled
    assert "\u2013" in app.page_label.value and f"dari {total - 1}" in app.page_label.value

    def broken() -> None:
        raise InputError.at(batch / "A1.md", "front matter is not valid YAML", line=3)

    failed = refresh_panel(session, broken, app)
    failed.refresh()
    assert "A1.md:3" in failed.message.value and session.progress()["total"] == total - 1


def test_notebook_folders_outside_the_repository(tmp_path: Path, monkeypatch) -> None:
    from pipeline.review import run_outputs
    from pipeline.review.run_outputs import notebook_folders

    batch, out = tmp_path / "b", tmp_path / "o"
    assert notebook_folders("wori", batch, out, start=tmp_path) == (batch, out)
    monkeypatch.setattr(run_outputs, "_CHECKOUT", tmp_path)
    with pytest.raises(InputError) as caught:
        notebook_folders("wori", None, out, start=tmp_path)
    assert "set BATCH_DIR and OUTPUT_DIR" in str(caught.value)
    (tmp_path / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    assert notebook_folders("wori", None, out, start=tmp_path / "x") == (tmp_path / "transcripts" / "wori", out)


def test_the_app_shows_the_queue_uncertain_first_with_evidence_and_decides_on_it(folders) -> None:
    import pandas as pd

    from pipeline.review.widgets import QUEUE, review_app

    batch, out = folders
    codings = pd.read_csv(out / "codings.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    extra = codings[codings["segment_id"].isin(["A7-eee555", "A1-bbb222"])].copy()
    suggestion = extra[extra["segment_id"] == "A7-eee555"].assign(segment_id="A6-ddd444", informant="A6",
                                                                   confidence="0.9", evidence="urus")
    doubt = extra[(extra["segment_id"] == "A1-bbb222") & (extra["code_id"] == "C3")].assign(
        source="model", confidence="0.3", evidence="torang")
    pd.concat([codings, suggestion, doubt]).to_csv(out / "codings.csv", index=False, encoding="utf-8-sig")
    session = ReviewSession(batch, out, "RA", codebook=wori_codebook())
    session.accept("A1-bbb222", "C2")                  # a kept example of C2 for the queue to point at
    app = review_app(session, page_size=5, status=QUEUE)
    order = app.rows()[["segment_id", "code_id", "kind"]].values.tolist()
    assert order == [["A7-eee555", "C2", "suggestion"], ["A1-bbb222", "C3", "doubt"], ["A6-ddd444", "C2", "suggestion"]]
    first = app.rows().iloc[0]
    assert first["nearest_example"].startswith("A1-bbb222 (")       # the turn a grader kept C2 on
    snapshot = app.snapshot_html()
    assert "saran model" in snapshot and "meragukan" in snapshot and "A1-bbb222 (" in snapshot
    assert "kata yang paling berbobot: <em>urus</em>" in snapshot
    reject = [b for b in _buttons(app.cards.children[0]) if b.description.startswith("\u2717")]
    reject[0].click()
    assert read_reviews(batch).iloc[-1][["segment_id", "code", "decision"]].tolist()[::2] == ["A7-eee555", "reject"]
    assert app.rows()["segment_id"].tolist() == ["A1-bbb222", "A6-ddd444"]   # decided: out of the queue
    app.informant.value = "A6"
    assert app.rows()["segment_id"].tolist() == ["A6-ddd444"]


def test_the_queue_follows_the_theme_and_category_filters_and_reads_the_turns_once(folders, monkeypatch) -> None:
    import pandas as pd

    import pipeline.review.queue as queue_module
    from pipeline.review.widgets import QUEUE, review_app

    batch, out = folders
    codings = pd.read_csv(out / "codings.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    c5 = codings[codings["code_id"] == "C5"].iloc[:1]
    suggestion = c5.assign(segment_id="A6-ddd444", informant="A6", source="model", confidence="0.6", evidence="bantu")
    doubt = codings[(codings["segment_id"] == "A1-bbb222") & (codings["code_id"] == "C3")].assign(
        source="model", confidence="0.3", evidence="torang")
    pd.concat([codings, suggestion, doubt]).to_csv(out / "codings.csv", index=False, encoding="utf-8-sig")
    built = []
    original = queue_module.TurnIndex.__init__
    monkeypatch.setattr(queue_module.TurnIndex, "__init__", lambda self, segments: (built.append(1), original(self, segments))[1])
    session = ReviewSession(batch, out, "RA", codebook=wori_codebook())
    app = review_app(session, page_size=5, status=QUEUE)
    everything = app.rows()[["segment_id", "code_id"]].values.tolist()
    assert ["A6-ddd444", "C5"] in everything and ["A1-bbb222", "C3"] in everything
    app.theme.value = "Strategi"
    assert app.rows()[["segment_id", "code_id"]].values.tolist() == [["A6-ddd444", "C5"]]
    app.theme.value = ""
    app.category.value = "Kepemilikan BPJS rendah"
    assert set(app.rows()["code_id"]) <= {"C1", "C2", "C3"} and ["A1-bbb222", "C3"] in app.rows()[["segment_id", "code_id"]].values.tolist()
    # the filters narrow the queue before its limit is taken: a less certain card of another theme
    assert session.queue()["code_id"].iloc[0] != "C5"
    assert session.queue_view(limit=1, theme="Strategi")[["segment_id", "code_id"]].values.tolist() \
        == [["A6-ddd444", "C5"]]
    session.accept("A1-bbb222", "C2")
    app.render()
    session.queue()
    assert len(built) == 1                     # every redraw, decision and queue reuses the turns' features


def test_nothing_to_code_takes_a_turn_out_of_the_uncoded_list(session: ReviewSession, folders) -> None:
    from pipeline.review.widgets import review_app

    batch, _ = folders
    for code_id in session.filter(informant="A1").query("segment_id == 'A1-bbb222'")["code_id"]:
        session.reject("A1-bbb222", code_id)
    assert session.uncoded()["segment_id"].tolist() == ["A1-bbb222"]
    app = review_app(session, page_size=2, lang="en")
    app.status.value = "uncoded"
    [nothing] = [b for b in _buttons(app.cards.children[0]) if b.description.endswith("Nothing to code here")]
    before = session.progress()
    nothing.click()
    assert read_reviews(batch).iloc[-1][["segment_id", "code", "decision", "reviewer"]].tolist() == \
        ["A1-bbb222", "", "none", "RA"]
    assert session.marked_turns() == {"A1-bbb222"} and session.uncoded().empty and app.rows().empty
    assert session.progress() == before                  # the mark decides no coding
