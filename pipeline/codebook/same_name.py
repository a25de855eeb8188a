"""Codebooks that share an imported codebook's name, and the labels in which they differ.

A codebook comes back from a QDA tool as a .qdc; a YAML codebook of the same `name:` beside it
or in codebooks/ is usually the one it was exported from. Labels that differ (an English run's
export, or codes renamed in the tool) would silently change what the tables print and what the
rule coder reads, so `import-codebook` names them.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.codebook.load import load_codebook
from pipeline.errors import InputError
from pipeline.records.codebook import Codebook


def same_name_codebooks(name: str, folders: list[Path]) -> list[tuple[Path, Codebook]]:
    """The YAML codebooks named `name` in `folders` (files that are no codebook are passed over)."""
    found = []
    for path in sorted({file.resolve() for folder in folders if folder.is_dir() for file in folder.glob("*.yaml")}):
        try:
            codebook = load_codebook(path)
        except InputError:
            continue   # batch.yaml, a sidecar, a broken draft: not the codebook to compare with
        if codebook.name == name:
            found.append((path, codebook))
    return found


def differing_labels(imported: Codebook, existing: Codebook) -> list[tuple[str, str, str]]:
    """(id, imported label, existing label) of every theme, category and code of both whose labels differ."""
    def labels(codebook: Codebook) -> dict[str, str]:
        out = {}
        for theme in codebook.themes:
            out[theme.id] = theme.label
            for category in theme.categories:
                out[category.id] = category.label
                out.update({code.id: code.label for code in category.codes})
        return out

    mine, theirs = labels(imported), labels(existing)
    return [(item_id, label, theirs[item_id]) for item_id, label in mine.items()
            if item_id in theirs and label != theirs[item_id]]
