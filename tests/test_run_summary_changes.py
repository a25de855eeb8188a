"""The second session of a project: the summary says which transcripts are new or changed since
the outputs it replaced, and how the graders' decisions reached the tables."""

from __future__ import annotations

from pathlib import Path

from pipeline.cli import main
from test_ingest_support import GOOD_TRANSCRIPT, MINIMAL_CODEBOOK, needs_pipeline, write_batch

pytestmark = needs_pipeline


def summary(batch: Path, codebook: Path, out: Path, capsys) -> str:
    assert main(["analyze", str(batch), "--codebook", str(codebook), "--out", str(out), "--no-history"]) == 0
    return capsys.readouterr().out


def first_session(tmp_path: Path, capsys) -> tuple[Path, Path, Path]:
    """A batch of one transcript analysed once: its folder, codebook and outputs."""
    codebook = tmp_path / "tes.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT})
    out = tmp_path / "out"
    summary(batch, codebook, out, capsys)
    return batch, codebook, out


def test_the_summary_names_new_and_changed_transcripts_and_the_decisions_applied(tmp_path, capsys):
    codebook = tmp_path / "tes.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT})
    out = tmp_path / "out"
    first = summary(batch, codebook, out, capsys)
    assert "since the last run" not in first and "reviews.csv:" not in first

    (batch / "A2.md").write_text(GOOD_TRANSCRIPT.replace("A1", "A2"), encoding="utf-8")
    (batch / "A1.md").write_text(GOOD_TRANSCRIPT + "\nP: Lalu?\n\nA1: Itu saja.\n", encoding="utf-8")
    segment = next(line.split(",")[0] for line in (out / "codings.csv").read_text(encoding="utf-8-sig").splitlines()[1:])
    (batch / "reviews.csv").write_text("segment_id,code,decision,reviewer,timestamp,note\n"
                                       f"{segment},Kode hilang,reject,RA,2024-05-01T09:00:00,\n", encoding="utf-8")
    second = summary(batch, codebook, out, capsys)
    assert "since the last run: 1 new (A2.md); 1 changed (A1.md)." in second
    assert "reviews.csv: 1 decision in force; in the tables: 0 codings accepted, 0 rejected, 0 added; " \
           "1 not applied (see the warnings)." in second

    third = summary(batch, codebook, out, capsys)
    assert "since the last run: no transcript changed." in third


def test_a_new_batch_learning_from_earlier_batches_is_told_where_from(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PIPELINE_DECISIONS_DIR", str(tmp_path / "decisions"))
    codebook = tmp_path / "tes.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    first = write_batch(tmp_path / "one", {"A1.md": GOOD_TRANSCRIPT})
    assert main(["analyze", str(first), "--codebook", str(codebook), "--out", str(tmp_path / "out1")]) == 0
    segment = next(line.split(",")[0] for line in
                   (tmp_path / "out1" / "codings.csv").read_text(encoding="utf-8-sig").splitlines()[1:])
    (first / "reviews.csv").write_text("segment_id,code,decision,reviewer,timestamp,note\n"
                                       f"{segment},,none,RA,2024-05-01T09:00:00,\n", encoding="utf-8")
    assert main(["analyze", str(first), "--codebook", str(codebook), "--out", str(tmp_path / "out1")]) == 0
    second = write_batch(tmp_path / "two", {"A2.md": GOOD_TRANSCRIPT.replace("A1", "A2")})
    capsys.readouterr()
    assert main(["analyze", str(second), "--codebook", str(codebook), "--out", str(tmp_path / "out2")]) == 0
    err = capsys.readouterr().err
    assert "this batch has no decisions yet; the learning model read 1 decision of 1 earlier batch" in err
    assert str(tmp_path / "decisions") in err


def test_the_summary_counts_the_translation_corrections_in_force(tmp_path, capsys):
    from pipeline.outputs import read_csv
    from pipeline.review.translations import add_correction

    codebook = tmp_path / "tes.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT})
    out = tmp_path / "out"
    assert "translations.csv" not in summary(batch, codebook, out, capsys)
    segments = read_csv(out / "segments.csv")
    informant = segments[segments["speaker_role"] == "informant"].iloc[0]
    add_correction(batch, informant["segment_id"], informant["text"], "Terjemahan yang dibetulkan.", "RA")
    again = summary(batch, codebook, out, capsys)
    assert "translations.csv: 1 translation correction in force; in the outputs: 1 turn translated as corrected." \
        in again


def test_the_summary_counts_nothing_to_code_marks_and_says_english_was_added(tmp_path, capsys):
    from pipeline.outputs import read_csv
    from pipeline.review.translations import ENGLISH_TRANSLATIONS_FILE, add_correction

    batch, codebook, out = first_session(tmp_path, capsys)
    informant = read_csv(out / "segments.csv").query("speaker_role == 'informant'").iloc[0]
    (batch / "reviews.csv").write_text("segment_id,code,decision,reviewer,timestamp,note\n"
                                       f"{informant['segment_id']},,none,RA,2024-05-01T09:00:00,\n", encoding="utf-8")
    add_correction(batch, informant["segment_id"], informant["text"], "The child was weighed.", "RA",
                   file_name=ENGLISH_TRANSLATIONS_FILE)
    said = summary(batch, codebook, out, capsys)
    assert "reviews.csv: 1 decision in force; in the tables: 0 codings accepted, 0 rejected, 0 added; " \
           "1 turn marked nothing to code." in said
    assert main(["analyze", str(batch), "--codebook", str(codebook), "--out", str(out), "--no-history",
                 "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert f"{ENGLISH_TRANSLATIONS_FILE}: 1 English translation in force; in the outputs: English added to 1 turn." \
        in said


def test_a_file_read_otherwise_with_the_same_bytes_is_named(tmp_path, capsys):
    # a sidecar's new facts change how a file is read though its bytes stay the same (round 20 trial:
    # the summary said "no transcript changed" after a sidecar made a document an interview)
    codebook = tmp_path / "tes.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT, "B2.txt": "P: Ibu malas urus?\nB2: Iyo, malas.\n",
                                   "B2.yaml": "informant: B2\n"})
    out = tmp_path / "out"
    summary(batch, codebook, out, capsys)
    (batch / "B2.yaml").write_text("informant: B2\ntype: document\n", encoding="utf-8")
    second = summary(batch, codebook, out, capsys)
    assert "since the last run: 1 read differently (B2.txt: interview -> document)." in second


def test_a_transcript_renamed_with_the_same_bytes_is_told_as_renamed_not_new_and_removed(tmp_path, capsys):
    batch, codebook, out = first_session(tmp_path, capsys)
    (batch / "A1.md").rename(batch / "wawancara_A1.md")
    second = summary(batch, codebook, out, capsys)
    assert "since the last run: 1 renamed (A1.md -> wawancara_A1.md)." in second


def test_two_files_of_the_same_bytes_decide_no_renaming():
    from pipeline.records.run_record import renamed_files

    before = {"a.md": {"sha256": "x"}, "b.md": {"sha256": "x"}, "c.md": {"sha256": "y"}}
    after = {"d.md": {"sha256": "x"}, "e.md": {"sha256": "y"}}
    assert renamed_files(before, after) == {"c.md": "e.md"}


def test_an_edited_codebook_says_which_codes_it_moved_and_an_unchanged_one_says_nothing(tmp_path, capsys):
    """A researcher rewording a code of a 50-interview study saw only "no transcript changed"; the summary now
    gives each code whose count of codings the edit moved."""
    batch, codebook, out = first_session(tmp_path, capsys)
    assert "codebook edited" not in summary(batch, codebook, out, capsys)
    codebook.write_text(MINIMAL_CODEBOOK.replace("Malas untuk mengurus pendaftaran", "Ongkos transport mahal")
                        .replace("Informan atau warga malas mengurus pendaftaran BPJS.", "Ongkos ke rumah sakit mahal.")
                        .replace("keywords: [malas, malas mengurus]", "keywords: [ongkos]"), encoding="utf-8")
    edited = summary(batch, codebook, out, capsys)
    assert ("codebook edited since the last run; the rules' codings, before -> now: "
            "Ongkos transport mahal 1 -> 0 (the other 1 code unchanged).") in edited
    codebook.write_text(codebook.read_text(encoding="utf-8").replace("Tidak punya KK sehingga", "Tanpa KK warga"),
                        encoding="utf-8")
    segment = next(line.split(",")[0] for line in (out / "segments.csv").read_text(encoding="utf-8-sig").splitlines()[1:]
                   if ",informant," in line)
    (batch / "reviews.csv").write_text("segment_id,code,decision,reviewer,timestamp,note\n"
                                       f"{segment},Tidak memiliki kartu keluarga,add,RA,2024-05-01T09:00:00,\n",
                                       encoding="utf-8")
    # a grader's add moves the tables, not the rules: the line speaks of the rules alone
    reviewed = summary(batch, codebook, out, capsys)
    assert "codebook edited since the last run: no code's count of rule codings changed." in reviewed
    assert "0 rejected, 1 added" in reviewed
