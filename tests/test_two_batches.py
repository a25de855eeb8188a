"""The two-batch check splits a batch's files, not its turns: batch 2 shares no file with batch 1."""

from __future__ import annotations

import pandas as pd

from evaluation.two_batches import split_files


def test_the_first_half_of_the_files_by_name_is_batch_one_and_reverse_swaps_them():
    segments = pd.DataFrame({"document": ["c.md", "a.md", "a.md", "b.md", "c.md"], "text": list("vwxyz")})
    first, second = split_files(segments)
    assert set(first["document"]) == {"a.md", "b.md"} and set(second["document"]) == {"c.md"}
    again, before = split_files(segments, reverse=True)
    assert again.equals(second) and before.equals(first)
