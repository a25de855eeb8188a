"""Content hashes: the one digest that stages (ingest, coding) and the runtime's cache keys share.

At the bottom of the package (it imports nothing of it), so a stage can hash what it computes
without importing the runtime.
"""

from __future__ import annotations

import hashlib


def digest(*parts: str | bytes) -> str:
    """sha256 over the parts, each length-prefixed so ("ab", "c") and ("a", "bc") differ."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()
