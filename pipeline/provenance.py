"""Versions of the interpreter and the libraries a result depends on."""

from __future__ import annotations

import platform
from importlib import metadata

import pipeline

DEPENDENCIES = ("spacy", "spacy-lookups-data", "scikit-learn", "pandas", "numpy", "python-docx", "PyYAML",
                "matplotlib", "krippendorff", "xmlschema", "lxml", "charset-normalizer", "sacrebleu")


def environment_versions() -> dict[str, str]:
    versions = {"python": platform.python_version(), "pipeline": pipeline.__version__}
    for name in DEPENDENCIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions
