"""Property tests: for any transcript, ingest neither loses nor duplicates a character.

Each non-blank character of the body lies in exactly one segment, or in the speaker label of a
turn (and a label span holds nothing but the label); `source[start:end] == text` for every
segment; redaction carries offsets through without re-segmenting.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from pipeline.ingest.decode import canonical_text
from pipeline.ingest.turns import find_labels
from pipeline.privacy import Redactor, redact_batch

# derandomize: the same 150 examples on every machine, so CI sees what a developer ran (a random
# draw found a stale expectation in round 14 only on one helper's run); set it to False locally
# to explore further.
PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                             suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

LABELS = ["P", "A1", "I", "Peneliti", "B12", "INF-03", "Ibu Kader", "p", "Pewawancara"]
TRICKY = "Pp:A1 ab.é,-'*_/\t\u00a0\u200b\ufeff0123456789@"
WORDS = ["dorang", "malas", "mo", "urus", "KK", "jam", "10:30", "Jadi", "begini:", "http://x.id", "**",
         "0812-3456-7890", "Sari", "3171012345678901", "sari@mail.id", "BPJS", "P:", "A1:"]

line_text = st.one_of(
    st.text(alphabet=TRICKY, max_size=40),
    st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30),
)


@st.composite
def transcripts(draw) -> tuple[str, str]:
    """(front matter, body): labelled turns mixed with free lines, blank lines and odd spacing."""
    lines = []
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["turn", "turn", "turn", "free", "blank"]))
        if kind == "turn":
            label = draw(st.sampled_from(LABELS))
            style = draw(st.sampled_from(["{}: ", "{}:", "**{}:** ", "\u00a0{} : ", "\u200b{}: ", "{}:\t"]))
            lines.append(style.format(label) + draw(line_text))
        elif kind == "free":
            lines.append(draw(line_text))
        else:
            lines.append(draw(st.sampled_from(["", " ", "\u00a0", "\t"])))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    body = newline.join(lines) + draw(st.sampled_from(["", newline]))
    front = ""
    if draw(st.booleans()):
        informant = draw(st.sampled_from(["A1", "B12", "X"]))
        front = newline.join(["---", f"informant: {informant}", "language: xmm", "---", ""])
    return front, body


def _ingest(front: str, body: str, extra: dict[str, str] | None = None):
    with tempfile.TemporaryDirectory() as folder:
        directory = Path(folder) / "batch"
        directory.mkdir()
        (directory / "T1.txt").write_bytes((front + body).encode("utf-8"))
        for name, content in (extra or {}).items():
            (directory / name).write_text(content, encoding="utf-8")
        try:
            return read_batch(directory)
        except InputError as error:
            return error


def _blank(character: str) -> bool:
    return character.isspace()


def _check_partition(batch, body_start: int) -> None:
    doc = next(iter(batch.documents.values()))
    text = doc.text
    segments = batch.segments.sort_values("start")
    owners = [0] * len(text)
    previous_end = body_start
    for row in segments.itertuples():
        assert body_start <= row.start < row.end <= len(text)
        assert row.start >= previous_end, "segments overlap or are out of order"
        previous_end = row.end
        assert text[row.start:row.end] == row.text
        assert row.text == row.text.strip()
        for position in range(row.start, row.end):
            owners[position] += 1
    if doc.kind in ("interview", "quotations"):   # speaker turns: their labels own their characters
        known = {str(doc.metadata.get("informant"))} if doc.metadata.get("informant") else set()
        for label in find_labels(text, body_start, known).labels:
            span = text[label.line_start:label.text_start]
            assert "".join(c for c in span if not _blank(c) and c not in "*_:") == label.label.replace(" ", "")
            for position in range(label.line_start, label.text_start):
                owners[position] += 1
    for position in range(body_start, len(text)):
        if not _blank(text[position]):
            assert owners[position] == 1, f"character {text[position]!r} at {position} is in {owners[position]} places"


@PROPERTY_SETTINGS
@given(transcripts())
@example(("", "P: Jadi begini: jam 10:30\nA1:\n\nA1: **P:** x\n"))
@example(("---\ninformant: A1\n---\n", "\u200bA1\u00a0: é\r\n\r\nPeneliti:ok"))
def test_ingest_neither_loses_nor_duplicates_a_character(case):
    front, body = case
    result = _ingest(front, body)
    canonical_body = canonical_text(body)
    if isinstance(result, InputError):
        assert not canonical_body.strip(), str(result)
        return
    doc = next(iter(result.documents.values()))
    body_start = len(canonical_text(front))
    assert doc.text == canonical_text(front + body)
    _check_partition(result, body_start)


@PROPERTY_SETTINGS
@given(transcripts(), st.lists(st.sampled_from(["Sari", "Ibu Kader", "Budi Santoso", "dorang"]), max_size=3))
def test_redaction_maps_offsets_and_keeps_ids(case, names):
    front, body = case
    result = _ingest(front, body, {"redact.txt": "\n".join(names)})
    assume(not isinstance(result, InputError))
    redacted = redact_batch(result)
    assert redacted.segments["segment_id"].tolist() == result.segments["segment_id"].tolist()
    # the batch's redactor: the listed names and an unknown speaker's title and name ("Ibu Kader:"
    # as a label is masked in every turn too: pipeline/ingest/batch.py); hypothesis found
    # "P: \nIbu Kader://\nIbu Kader: 0" with no name listed, masked as it should be
    redactor = result.redactor
    assert set(names) <= set(redactor.names)
    for before, after in zip(result.segments.itertuples(), redacted.segments.itertuples()):
        assert redacted.documents[after.document].text[after.start:after.end] == after.text
        assert after.text == redactor.redact(before.text)


@PROPERTY_SETTINGS
@given(st.text(alphabet=TRICKY + "+()", max_size=60), st.lists(st.sampled_from(["Sari", "Ab Cd"]), max_size=2))
def test_redaction_is_idempotent_and_offset_maps_are_monotonic(text, names):
    redactor = Redactor(names)
    once, offsets = redactor.redact_with_map(text)
    assert redactor.redact(once) == once
    starts = [offsets.start(position) for position in range(len(text) + 1)]
    ends = [offsets.end(position) for position in range(len(text) + 1)]
    assert starts == sorted(starts) and ends == sorted(ends)
    every = np.arange(len(text) + 1)
    assert offsets.starts_of(every).tolist() == starts and offsets.ends_of(every).tolist() == ends
    assert starts[0] == 0 and ends[-1] == len(once)
    assert all(start <= end for start, end in zip(starts, ends))


DIGIT_HEAVY = "0123456789" * 2 + "()+ .-/\u00a0a\n\u0663"


@PROPERTY_SETTINGS
@given(st.one_of(st.text(alphabet=DIGIT_HEAVY, max_size=80),
                 st.text(alphabet=DIGIT_HEAVY.replace("\u00a0", "").replace("\u0663", ""), max_size=80)))
def test_digit_runs_are_exactly_the_matches_of_the_digit_run_pattern(text):
    from pipeline.privacy.patterns import DIGIT_RUN, digit_runs

    assert [run.span() for run in digit_runs(text)] == [run.span() for run in DIGIT_RUN.finditer(text)]


@PROPERTY_SETTINGS
@given(st.lists(st.sampled_from(WORDS + ["\n", "(0431) 862123", "+62 812 3456 7890"]), min_size=300, max_size=600)
       .map(" ".join), st.lists(st.sampled_from(["Sari", "Ibu Kader"]), max_size=2))
def test_a_document_scanned_before_redacts_as_a_fresh_scan_does(text, names):
    redactor = Redactor(names)
    first = redactor.spans(text)
    first.clear()  # what a caller does with the list it got must not reach the redactor's own copy
    assert redactor.redact_with_map(text)[0] == Redactor(names).redact_with_map(text)[0]
    assert redactor.spans(text) == Redactor(names).spans(text)
