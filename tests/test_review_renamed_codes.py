"""A codebook edited between review sessions: a renamed label keeps its decisions, and the
decisions of a code that was split or removed are reported once per code with the turns to redo."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pipeline.records.codebook import Codebook
from pipeline.review.apply import apply_reviews
from pipeline.review.session import ReviewSession
from pipeline.review.store import read_reviews
from test_review_support import codings_frame, segments_frame, wori_codebook, write_outputs


def relabelled(codebook: Codebook, code_id: str, label: str) -> Codebook:
    """The codebook with one code's label changed, as a researcher edits the YAML."""
    themes = tuple(replace(theme, categories=tuple(
        replace(category, codes=tuple(replace(code, label=label) if code.id == code_id else code
                                      for code in category.codes))
        for category in theme.categories)) for theme in codebook.themes)
    return replace(codebook, themes=themes)


def without(codebook: Codebook, code_id: str) -> Codebook:
    themes = tuple(replace(theme, categories=tuple(
        replace(category, codes=tuple(code for code in category.codes if code.id != code_id))
        for category in theme.categories)) for theme in codebook.themes)
    return replace(codebook, themes=themes)


def reviewed(tmp_path: Path) -> Path:
    batch = tmp_path / "transcripts" / "wori"
    batch.mkdir(parents=True)
    session = ReviewSession(batch, write_outputs(tmp_path / "outputs" / "wori"), "RA", codebook=wori_codebook())
    session.reject("A1-bbb222", "Malas untuk mengurus pendaftaran", note="about the KK")
    session.accept("A7-eee555", "C2")
    return batch


def test_a_renamed_label_keeps_the_notebooks_decisions(tmp_path: Path) -> None:
    batch = reviewed(tmp_path)
    renamed = relabelled(wori_codebook(), "C2", "Enggan mengurus pendaftaran")
    codings = codings_frame(renamed)
    outcome = apply_reviews(codings, read_reviews(batch), segments_frame(), renamed)
    assert outcome.unknown_codes.empty and outcome.messages() == []
    states = outcome.codings.set_index(["segment_id", "code_id"])["review"]
    assert states[("A1-bbb222", "C2")] == "rejected"
    assert states[("A7-eee555", "C2")] == "accepted"


def test_a_removed_codes_decisions_are_reported_once_with_their_turns(tmp_path: Path) -> None:
    batch = reviewed(tmp_path)
    split = without(wori_codebook(), "C2")
    codings = codings_frame()
    outcome = apply_reviews(codings[codings["code_id"] != "C2"], read_reviews(batch), segments_frame(), split)
    assert len(outcome.unknown_codes) == 2
    [message] = outcome.messages()
    assert "2 turns decided under code 'Malas untuk mengurus pendaftaran'" in message
    assert "A1-bbb222 (reject)" in message and "A7-eee555 (accept)" in message
    assert "split or removed" in message
