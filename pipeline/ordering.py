"""Natural ordering of informant codes and file names (A2 before A10)."""

from __future__ import annotations

import re


def natural_key(name: str) -> list:
    return [int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", str(name))]
