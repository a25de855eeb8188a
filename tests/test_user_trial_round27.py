"""Round 27's new-user trial (a school-girls' menstrual-health study, two graders, transcripts straight
from transcription tools): what the team tripped over, each fixed with its test."""

from __future__ import annotations

import pytest

from test_ingest_support import write_batch

from pipeline.ingest import read_batch

TWO_VOICES_VTT = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v Speaker 1>Adik, so pernah haid?</v>

2
00:00:04.500 --> 00:00:09.000
<v Speaker 1>Siapa yang kase tau?</v>
<v Speaker 2>Kakak parampuan, mama malu mo bicara.</v>

3
00:00:09.500 --> 00:00:12.000
<v Speaker 2>Kita pake kain dulu.
"""

TWO_LABELS_SRT = """1
00:00:00,500 --> 00:00:03,000
SPEAKER_00: Di sekolah ada tampa sampah?
SPEAKER_01: Nda ada, kita bawa pulang.

2
00:00:03,500 --> 00:00:06,000
SPEAKER_01: Dibungkus deng plastik.
"""


def _turns(tmp_path, name: str, text: str, mapping: str) -> list[tuple[str, str, str, str]]:
    batch = write_batch(tmp_path, {name: text, "batch.yaml": f"speakers:\n  {name}: {mapping}\n"})
    segments = read_batch(batch).segments
    return [(row.speaker, row.text, row.time_start, row.time_end) for row in segments.itertuples()]


def test_a_webvtt_cue_with_two_voice_spans_is_two_turns(tmp_path) -> None:
    """A cue showing a question and its answer together: the girl's answer was read as the
    interviewer's words, never coded. The answer has no start of its own (it joins the next cue's)."""
    assert _turns(tmp_path, "siswi_S9.vtt", TWO_VOICES_VTT, '{"Speaker 1": P, "Speaker 2": S9}') == [
        ("P", "Adik, so pernah haid? Siapa yang kase tau?", "00:00:01.000", ""),
        ("S9", "Kakak parampuan, mama malu mo bicara. Kita pake kain dulu.", "00:00:09.500", "00:00:12.000")]


def test_a_subrip_cue_with_two_diarized_labels_is_two_turns(tmp_path) -> None:
    """A diarized .srt cue holding two speakers' lines: "SPEAKER_01: ..." was glued into the
    interviewer's turn, label and all."""
    turns = _turns(tmp_path, "siswi_S9.srt", TWO_LABELS_SRT, "{SPEAKER_00: P, SPEAKER_01: S9}")
    assert [(speaker, text) for speaker, text, _, _ in turns] == [
        ("P", "Di sekolah ada tampa sampah?"),
        ("S9", "Nda ada, kita bawa pulang. Dibungkus deng plastik.")]


def test_the_review_headers_rerun_hint_works_for_a_batch_outside_transcripts() -> None:
    """The header said "run `make analyze`", which analyses transcripts/wori: the team's batch in
    /data/haid would have stayed as it was. The refresh button repeats the batch's own last run."""
    from pipeline import wording
    from pipeline.review.render import summary_html
    from pipeline.review.sections import section_text

    for lang in ("id", "en"):
        header = summary_html("haid", "AL", "/data/haid/reviews.csv", 0, 3, lang)
        assert "make analyze" not in header
        assert wording.words(wording.REVIEW, lang)["refresh"] in header
        assert "make analyze" not in wording.words(wording.REVIEW, lang)["controls"]
        assert all("make analyze" not in section_text(name, lang) for name in ("intro", "refresh", "queue"))


HAID_CODEBOOK = """\
name: haid_trial
themes:
  - id: t
    label: Sekolah
    categories:
      - id: c
        label: Sarana
        codes:
          - id: pembalut
            label: Akses pembalut
            definition: Ketersediaan pembalut bagi siswi.
            keywords: [pembalut]
          - id: malu
            label: Malu dan stigma
            definition: Malu membicarakan haid.
            keywords: [malu]
"""


def _two_graders(tmp_path):
    import pandas as pd

    from pipeline.codebook.load import load_codebook

    (tmp_path / "haid.yaml").write_text(HAID_CODEBOOK, encoding="utf-8")
    codebook = load_codebook(tmp_path / "haid.yaml")
    machine = pd.DataFrame({"segment_id": ["S1-a", "S1-b", "S1-c", "S1-d"],
                            "code_id": ["pembalut", "pembalut", "pembalut", "malu"]})
    segments = pd.DataFrame({"segment_id": ["S1-a", "S1-b", "S1-c", "S1-d", "S1-e"], "informant": ["S1"] * 5,
                             "text": ["Beli pembalut mahal.", "Pembalut di UKS abis.", "Kita pake kain.",
                                      "Malu mo tanya.", "Dorang ejek kita."]})
    rows = [("S1-a", "Akses pembalut", "accept", "AL"), ("S1-b", "Akses pembalut", "accept", "AL"),
            ("S1-c", "Akses pembalut", "reject", "AL"), ("S1-d", "Malu dan stigma", "accept", "AL"),
            ("S1-e", "", "none", "AL"),
            ("S1-a", "Akses pembalut", "accept", "BW"), ("S1-b", "Akses pembalut", "reject", "BW"),
            ("S1-c", "Akses pembalut", "reject", "BW"), ("S1-e", "Malu dan stigma", "add", "BW"),
            ("S1-a", "Akses pembalut", "reject", "AL")]   # AL changed her mind: her latest decision counts
    reviews = pd.DataFrame(rows, columns=["segment_id", "code", "decision", "reviewer"]).assign(
        timestamp=[f"2026-11-10T10:{minute:02d}:00" for minute in range(len(rows))])
    return reviews, machine, segments, codebook


def test_two_graders_agreement_compares_each_graders_own_latest_decisions(tmp_path) -> None:
    """Both graders signed their decisions in one reviews.csv, and the tables count the latest decision
    whoever made it: the README gave no way to see how far the two agreed, per code."""
    from pipeline.review.grader_agreement import grader_agreement

    reviews, machine, segments, codebook = _two_graders(tmp_path)
    result = grader_agreement(reviews, machine, segments, codebook, ("AL", "BW"))
    table = result.table.set_index("code")
    # pembalut on a, b, c: AL reject, accept, reject; BW accept, reject, reject
    assert table.loc["Akses pembalut", ["n_units", "a_count", "b_count"]].tolist() == [3, 1, 1]
    assert round(table.loc["Akses pembalut", "percent_agreement"], 1) == 33.3
    # malu: only S1-e was decided by both (AL's "nothing to code" mark, BW's add); S1-d by AL alone
    assert table.loc["Malu dan stigma", ["n_units", "a_count", "b_count"]].tolist() == [1, 0, 1]
    assert table.index[-1] == "(all)" and table.loc["(all)", "n_units"] == 4
    assert sorted(zip(result.disagreements["segment_id"], result.disagreements["decision_a"],
                      result.disagreements["decision_b"])) == [("S1-a", "reject", "accept"),
                                                               ("S1-b", "accept", "reject"), ("S1-e", "none", "add")]


@pytest.mark.parametrize("signers, graders, message", [
    (["AL", "BW"], ("AL", "BV"), r"reviews\.csv.*no decision signed 'BV'.*AL, BW"),   # initials mistyped
    (["AL", "BW", "CK"], None, r"3 grader\(s\) \(AL, BW, CK\).*--graders A B"),       # which two?
    (["AL", "BW"], ("AL", "AL"), r"reviews\.csv.*'AL' twice"),   # a grader with themself: kappa 1, telling nothing
    (["AL", "BW", ""], None, r"reviews\.csv:4 \[reviewer\]: empty reviewer"),   # no blank third grader
])
def test_grader_agreement_names_the_graders_a_batch_has(tmp_path, signers, graders, message) -> None:
    """A grader's initials mistyped, three graders or one named twice must say which graders the
    file holds; a decision whose reviewer was emptied by hand is refused at its line, not counted."""
    from pipeline.errors import InputError
    from pipeline.review.grader_agreement import batch_grader_agreement
    from pipeline.review.store import append_review

    batch = tmp_path / "haid"
    batch.mkdir()
    for turn, signer in enumerate(signers):
        append_review(batch, f"S1-{turn}", "Akses pembalut", "accept", signer or "AL")
    if "" in signers:   # a row whose reviewer cell was emptied by hand (the notebook always signs)
        path = batch / "reviews.csv"
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        header = lines[0].rstrip("\r\n").split(",")
        last = lines[-1].rstrip("\r\n").split(",")
        last[header.index("reviewer")] = ""
        path.write_text("".join(lines[:-1]) + ",".join(last) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        batch_grader_agreement(batch, tmp_path / "out", graders)


def test_a_turn_with_one_typo_corrected_is_offered_first_for_its_orphaned_decision(tmp_path) -> None:
    """The team corrected one letter in a turn ("Kartu Kluarga"): its decision became an orphan, and
    the re-attach list offered the turns coded with its code first, the edited turn further down.
    The turn whose words are nearly the decision's stored quote now comes first (preselected in the
    notebook, marked ≈), for the grader to confirm; nothing moves unasked."""
    from test_review_support import write_full_outputs

    from pipeline.review import ReviewSession
    from pipeline.review.store import append_review
    from pipeline.review.turn_anchors import QUOTE_COLUMN, TEXT_HASH_COLUMN, TURN_COLUMN

    batch, out = write_full_outputs(tmp_path)
    edited = "Kami turun turun di posyandu torang cari cari bayi anak stunting"   # before: "cari-cari"
    append_review(batch, "A1-old999", "C2", "accept", "AL", code_id="C2",
                  anchor={TURN_COLUMN: "3", TEXT_HASH_COLUMN: "0" * 16, QUOTE_COLUMN: edited})
    session = ReviewSession(batch, out, reviewer="BW")
    orphan = session.orphans().iloc[0]
    candidates = session.reattach_candidates(orphan)
    assert candidates["segment_id"].iloc[0] == "A1-ccc333"   # C2 coded A1-bbb222, which came first before
    assert candidates["similarity"].iloc[0] >= 0.9 > candidates["similarity"].iloc[1]


def test_a_subtitle_file_in_utf16_without_its_mark_is_named_as_such(tmp_path) -> None:
    """A diarized .srt saved as UTF-16 without a byte-order mark stopped the run with "text before
    the first cue" on line 1: its zero bytes read as UTF-8 text, and the real cause went unsaid."""
    import pytest

    from pipeline.errors import InputError

    srt = TWO_LABELS_SRT.encode("utf-16-le")
    with pytest.raises(InputError, match=r"siswi_S9\.srt: is UTF-16 text without its byte-order mark"):
        read_batch(write_batch(tmp_path, {"siswi_S9.srt": srt}))


def test_a_file_renamed_byte_for_byte_carries_its_decisions_even_on_short_turns() -> None:
    """The run summary said "1 renamed (S7.md -> wawancara_S7.md)" (the run record's reading: the
    same bytes under a new name) while the decisions on its short answers stayed orphans (the
    review's reading: most lost turns in one new file, one of them of four words or more). The
    record's renaming now serves the review too."""
    import pandas as pd

    from pipeline.review.id_moves import renamed_stems
    from pipeline.review.turn_anchors import TEXT_HASH_COLUMN, TURN_COLUMN, refound_turns, turn_anchors

    earlier = pd.DataFrame({"segment_id": ["S7-aaa", "S7-bbb"], "document": ["S7.md", "S7.md"],
                            "text": ["Iyo.", "Nda pernah."]})
    now = pd.DataFrame({"segment_id": ["wawancara_S7-ccc", "wawancara_S7-ddd"],
                        "document": ["wawancara_S7.md"] * 2, "text": ["Iyo.", "Nda pernah."]})
    inputs = [{"file": "S7.md", "sha256": "abc"}]
    same_bytes = renamed_stems(inputs, {"wawancara_S7.md": "abc"}, earlier, now)
    assert same_bytes == {"S7": "wawancara_S7"}
    assert renamed_stems(inputs, {"wawancara_S7.md": "other"}, earlier, now) == {}   # edited too: not certain
    before, anchors = turn_anchors(earlier, None), turn_anchors(now, None)
    lost = {old: (int(before.at[old, TURN_COLUMN]), before.at[old, TEXT_HASH_COLUMN]) for old in before.index}
    assert refound_turns(lost, anchors, frozenset({"S7"})) == {}   # short answers alone decide nothing
    assert refound_turns(lost, anchors, frozenset({"S7"}), same_bytes) == {"S7-aaa": "wawancara_S7-ccc",
                                                                           "S7-bbb": "wawancara_S7-ddd"}
