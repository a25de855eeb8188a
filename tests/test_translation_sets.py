"""evaluation.translation finds the dev_roundN sets by name: in round order, and a stray name
with no round number does not stop the module from importing."""

from __future__ import annotations

from evaluation.translation import round_sets


def test_round_sets_in_round_order_and_a_stray_name_last(tmp_path):
    for name in ("dev_round9.tsv", "dev_round10.tsv", "dev_round8.tsv", "dev_round10b.tsv", "dev.tsv"):
        (tmp_path / name).write_text("xmm\treference\n", encoding="utf-8")
    assert [path.name for path in round_sets(tmp_path)] == [
        "dev_round8.tsv", "dev_round9.tsv", "dev_round10.tsv", "dev_round10b.tsv"]
