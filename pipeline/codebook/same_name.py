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
from pipeline.records.codebook import Code, Codebook


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


# what a code may say besides its label and definition, which a tool may drop from a .qdc (the
# pipeline's own .qdc carries all of it in each code's data block; other tools keep only names,
# descriptions and colours)
CODE_KEYS_CARRIED = ("keywords", "rules", "include", "exclude", "examples", "label_en", "color", "counts", "context")


def lost_keys(imported: Codebook, existing: Codebook) -> list[tuple[str, str, str]]:
    """(code id, key, its value there as a line would show it) of every key a code of `existing`
    gives that the same code of `imported` (by id, else by label: a tool that drops the data block
    drops the ids) lacks: what the .qdc did not bring back."""
    mine = {code.label.casefold(): code for code in imported.codes} | {code.id: code for code in imported.codes}
    defaults = {name: getattr(Code, name, None) for name in CODE_KEYS_CARRIED}
    lost = []
    for code in existing.codes:
        other = mine.get(code.id) or mine.get(code.label.casefold())
        if other is None:
            continue
        for key in CODE_KEYS_CARRIED:
            value = getattr(code, key)
            if value and value != defaults[key] and getattr(other, key) in ("", (), None, defaults[key]):
                lost.append((code.id, key, _shown(key, code.keywords_written or value if key == "keywords" else value)))
    return lost


def _shown(key: str, value: object) -> str:
    if key == "rules":
        return f"{len(value)} rule(s)" if isinstance(value, tuple) else str(value)
    if isinstance(value, tuple):
        return "[" + ", ".join(str(item) for item in value) + "]"
    return str(value)
