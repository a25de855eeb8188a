"""Round 34's new-user trial (a lecturer's QualCoder hand coding imported, then exported back): each trip
fixed with its test."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.codebook.load import load_codebook
from pipeline.export.refiqda import write_qdpx
from pipeline.export.refiqda.reader import read_qdpx
from pipeline.review.apply import apply_reviews
from pipeline.schema import DECIDED_BY

REPO = Path(__file__).resolve().parents[1]


def test_a_graders_accepts_and_adds_go_back_to_qualcoder_as_hers(tmp_path: Path) -> None:
    """Her hand coding, imported as accepts and adds, came back in the .qdpx as the pipeline's codings: every
    <Coding> was the pipeline user's. An accepted or added coding is now credited to the grader whose decision
    is in force; a coding nobody decided (and one she rejected, left out) stays the pipeline's."""
    codebook = load_codebook(REPO / "codebooks" / "wori_minimal.yaml")
    first, second, third = (code.id for code in codebook.codes[:3])
    text = "P: Ibu kerja di mana?\nF1: Di pabrik ikan, bagian kemas.\nP: Lalu?\nF1: Pulang jam tujuh malam.\n"
    turns = [("F1-a", 22, 53), ("F1-b", 62, 86)]
    segments = pd.DataFrame({"segment_id": [t[0] for t in turns], "document": "F1.txt", "start": [t[1] for t in turns],
                             "end": [t[2] for t in turns], "text": [text[s:e] for _, s, e in turns],
                             "informant": "F1", "speaker_role": "informant"})
    labels = {code.id: code for code in codebook.codes}

    def row(segment: str, code_id: str) -> dict[str, object]:
        code = labels[code_id]
        return {"segment_id": segment, "informant": "F1", "theme": code.theme, "category": code.category,
                "code": code.label, "code_id": code_id, "source": "rule", "confidence": 1.0, "evidence": "",
                "evidence_in": "text", "review": ""}

    machine = pd.DataFrame([row("F1-a", first), row("F1-b", second), row("F1-b", third)])
    reviews = pd.DataFrame([("F1-a", labels[first].label, "accept", "DL", "2026-11-20T09:00:00", ""),
                            ("F1-a", labels[second].label, "add", "DL", "2026-11-20T09:00:00", ""),
                            ("F1-b", labels[third].label, "reject", "DL", "2026-11-20T09:00:00", "")],
                           columns=["segment_id", "code", "decision", "reviewer", "timestamp", "note"])
    codings = apply_reviews(machine, reviews, segments, codebook).codings
    assert dict(zip(zip(codings["segment_id"], codings["code_id"]), codings[DECIDED_BY])) == {
        ("F1-a", first): "DL", ("F1-b", second): "", ("F1-b", third): "", ("F1-a", second): "DL"}
    path = write_qdpx(tmp_path / "p.qdpx", project_name="p", codebook=codebook, documents={"F1.txt": text},
                      segments=segments, codings=codings, informants=pd.DataFrame({"informant": ["F1"], "role": ["x"]}))
    _, back = read_qdpx(path)
    by_pair = {(c, s): who for c, s, who in zip(back["code_id"], back["start"], back["coder"])}
    assert by_pair[(first, 22)] == "DL" and by_pair[(second, 22)] == "DL"   # hers: accepted, added
    assert by_pair[(second, 62)] == "pipeline"                              # nobody decided it
    assert third not in set(back["code_id"])                                # she rejected it
