"""Tabel 2's informant cell at a study's full size: K01-K50 written out is 50 codes in a narrow column, most of
a page per code; runs of consecutive codes are written as ranges there (theme_table.csv keeps every code)."""

from __future__ import annotations

import re

LISTED_IN_FULL = 12        # up to this many codes a cell lists each, as the paper's table does
SHORTEST_RANGE = 3         # two neighbours stay "K1, K2"
_CODE = re.compile(r"^(?P<prefix>\D*?)(?P<number>\d+)$")


def informant_cell(codes: str) -> str:
    """ "K01, K02, ..., K18, K20, ..., K50" -> "K01–K18, K20–K50": a range only of codes with one prefix and
    consecutive numbers written alike (K9, K10 join; K09, K10 join; "K9" and "K010" do not)."""
    listed = [code.strip() for code in codes.split(",") if code.strip()]
    if len(listed) <= LISTED_IN_FULL:
        return codes
    runs: list[list[str]] = []
    for code in listed:
        if runs and _follows(runs[-1][-1], code):
            runs[-1].append(code)
        else:
            runs.append([code])
    return ", ".join(f"{run[0]}\u2013{run[-1]}" if len(run) >= SHORTEST_RANGE else ", ".join(run) for run in runs)


def _follows(before: str, code: str) -> bool:
    first, second = _CODE.match(before), _CODE.match(code)
    if not first or not second or first["prefix"] != second["prefix"]:
        return False
    padded = first["number"].startswith("0") or second["number"].startswith("0")
    if padded and len(first["number"]) != len(second["number"]):
        return False
    return int(second["number"]) == int(first["number"]) + 1
