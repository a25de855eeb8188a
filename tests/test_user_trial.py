"""What a new user met on a first run with their own batch (round 7's trial of the workflow):
each message must say where the problem is and what to do, with paths a person can open."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from test_ingest_support import GOOD_TRANSCRIPT, write_batch


def test_batch_yaml_codebook_moved_names_batch_yaml_and_the_resolved_path(tmp_path):
    """A batch folder copied out of the repository keeps batch.yaml's relative path: the error names
    batch.yaml and its key, shows where the path leads without '..', and points at the repository's
    codebook of that name."""
    from pipeline.run import REPO_ROOT, resolve_codebook

    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT})
    with pytest.raises(InputError) as raised:
        resolve_codebook(batch, {"codebook": "../../../codebooks/wori.yaml"}, None)
    message = str(raised.value.problems[0])
    assert message.startswith(f"{batch / 'batch.yaml'} [codebook]: ")
    assert "../" not in message.split("'")[2]
    assert str((batch / "../../../codebooks/wori.yaml").resolve()) in message
    assert f"--codebook {REPO_ROOT / 'codebooks' / 'wori.yaml'}" in message


def test_missing_codebook_option_shows_the_full_path(tmp_path):
    from pipeline.run import resolve_codebook

    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT})
    with pytest.raises(InputError) as raised:
        resolve_codebook(batch, {}, tmp_path / "sub" / ".." / "mine.yaml")
    assert str(tmp_path / "mine.yaml") in str(raised.value.problems[0])


def test_speaker_missing_from_informants_csv_is_named_with_file_and_line(tmp_path):
    """A mistyped label (H9 for H09) becomes a new informant: the warning must say where it speaks."""
    transcript = "---\ninformant: A1\n---\nP: Apa kabar?\nA1: Baik.\nP: Lalu?\nA9: Kita nyanda tau.\n"
    batch = write_batch(tmp_path, {"A1.md": transcript, "informants.csv": "informant,role\nA1,Ibu\n"})
    warnings = read_batch(batch).warnings
    [missing] = [warning for warning in warnings if "informants.csv does not list" in warning]
    assert "A9 (A1.md line 7)" in missing
    assert "empty role" in missing


def test_translations_csv_is_a_batch_file_not_an_ignored_transcript(tmp_path):
    """The notebook writes translations.csv into the batch and the run applies it: warning that it
    was 'ignored, not a transcript' told the user their correction was lost."""
    from pipeline.review.translations import TRANSLATIONS_FILE

    corrections = "segment_id,text_hash,text,translation,reviewer,timestamp,note\n"
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT, TRANSLATIONS_FILE: corrections})
    assert not [warning for warning in read_batch(batch).warnings if TRANSLATIONS_FILE in warning]
