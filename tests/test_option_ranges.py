"""Options whose value cannot work stop the command at once, naming what to give (new-user trial,
round 16: an out-of-range saturation option ended a finished run with a traceback)."""

from __future__ import annotations

import pytest

from pipeline.cli import build_parser


@pytest.mark.parametrize(("option", "value", "said"), [
    ("--saturation-threshold", "7", "a fraction from 0 up to 1"),
    ("--saturation-base", "0", "1 or more"),
    ("--saturation-run", "two", "is not a number"),
    ("--quotes-per-code", "-3", "0 (all) or more"),
    ("--model-threshold", "2", "a probability from 0 to 1"),
])
def test_an_out_of_range_option_stops_before_the_run(option, value, said, capsys, tmp_path):
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["analyze", str(tmp_path), option, value])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert option in error and said in error


@pytest.mark.parametrize(("option", "value"), [("--saturation-threshold", "0"), ("--model-threshold", "1"),
                                               ("--quotes-per-code", "0"), ("--saturation-base", "6")])
def test_the_ends_of_each_range_are_accepted(option, value, tmp_path):
    parsed = build_parser().parse_args(["analyze", str(tmp_path), option, value])
    assert float(getattr(parsed, option[2:].replace("-", "_"))) == float(value)
