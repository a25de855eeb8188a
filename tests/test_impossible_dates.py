"""A sidecar or batch.yaml with a date that is no day of the calendar (2026-13-40: a month and day
swapped, a typo) is an input problem named with its file, not a traceback: YAML's own date reading
raises ValueError for it, which the check of what a YAML file beside a transcript is did not catch
(round 20 new-user trial)."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from test_ingest_support import write_batch

INTERVIEW = "P: Bapak tinggal di mana?\nR2: Di dekat dermaga.\n"


def test_an_impossible_date_in_a_sidecar_is_a_problem_with_its_file(tmp_path):
    batch = write_batch(tmp_path, {"R2.txt": INTERVIEW, "R2.yaml": "informant: R2\ndate: 2026-13-40\n"})
    with pytest.raises(InputError) as raised:
        read_batch(batch)
    assert "R2.yaml" in str(raised.value) and "2026-13-40" in str(raised.value)


def test_an_impossible_date_in_batch_yaml_is_a_problem_with_its_file(tmp_path):
    batch = write_batch(tmp_path, {"R2.txt": INTERVIEW, "batch.yaml": "title: Dermaga\ndate: 2026-13-40\n"})
    with pytest.raises(InputError) as raised:
        read_batch(batch)
    assert "batch.yaml" in str(raised.value) and "2026-13-40" in str(raised.value)
