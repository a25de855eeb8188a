"""Round 22's new-user trial: transcription tools' exports no earlier trial brought.

YouTube's caption file (.sbv: `0:00:01.000,0:00:05.500` above each cue, no cue number) was passed
over with a warning among many, so an interview left every table unnoticed; it is read as the
other subtitle files are.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest.batch import read_batch
from tests.test_ingest_support import DATA, write_batch

TOOLS = DATA / "ingest" / "round22_tools"


def test_youtube_sbv_captions_are_read_as_cues_with_times(tmp_path: Path) -> None:
    batch = tmp_path / "sbv"
    shutil.copytree(TOOLS, batch)
    read = read_batch(batch, id_key=None)
    turns = read.segments
    assert list(turns["speaker"]) == ["P", "N05", "P", "N05", "P", "N05"]
    assert list(turns["time_start"])[:2] == ["00:00:01.000", "00:00:05.500"]
    assert turns["text"].iloc[3] == ("Nda ikut, kak. Kita malu kalau teman-teman tahu papa sakit TB. "
                                     "Nanti dorang jauhi kita.")
    assert not [warning for warning in read.warnings if "N05_youtube" in warning]


def test_a_broken_sbv_timing_line_is_named_with_its_line_and_the_right_shape(tmp_path: Path) -> None:
    batch = write_batch(tmp_path, {"N05.sbv": "0:00:01.000,0:00:04.000\nP: Sekolah di mana?\n\n"
                                              "0:00:04.000, 0:00:09.200\nN05: Di SMA.\n"})
    with pytest.raises(InputError) as error:
        read_batch(batch, id_key=None)
    assert "N05.sbv:4: broken timing line '0:00:04.000, 0:00:09.200'" in str(error.value)
    assert "'0:00:01.000,0:00:04.000'" in str(error.value)
