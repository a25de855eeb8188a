"""A batch whose only interview is a file the reader passes over (a CSV whose text column holds an
unquoted comma) stopped with "no transcripts found" alone: the warning saying why that file was not
read never reached the user, since the run stopped first. The stop now names each file passed over."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch


def test_the_stop_names_the_file_it_passed_over_and_why(tmp_path: Path):
    (tmp_path / "W3.csv").write_text("speaker,text\nP,Apa kabar, Bapak?\nW3,Baik.\nW3,Saya nelayan, sudah lama.\n",
                                     encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_batch(tmp_path)
    message = str(caught.value)
    assert "no transcripts found" in message
    assert "W3.csv: ignored, not a transcript" in message


def test_an_empty_folder_says_only_that_it_has_no_transcripts(tmp_path: Path):
    with pytest.raises(InputError) as caught:
        read_batch(tmp_path)
    assert "passed over" not in str(caught.value)
