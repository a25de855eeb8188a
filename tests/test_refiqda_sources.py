"""A project's <Sources> kept between writes (export/refiqda/sources.py): a write that reuses
them gives the bytes a full write gives, and they are reused only when what they are made of
is unchanged."""

from __future__ import annotations

import dataclasses

import pytest

import pipeline.export.refiqda.sources as sources
from pipeline.export.refiqda import write_qdpx
from pipeline.runtime.cache import StageCache
from tests.test_refiqda import A1_SOURCE, A2_SOURCE, codebook, codings, informants, segments


def _write(path, book, coded, parts=None) -> bytes:
    """`parts`: the folder of the store the export writer hands the project (export/writer.py)."""
    write_qdpx(path, project_name="wori", codebook=book, documents={"a1.txt": A1_SOURCE, "a2.txt": A2_SOURCE},
               segments=segments(), codings=coded, informants=informants(),
               parts=StageCache(parts) if parts is not None else None)
    return path.read_bytes()


def _one_more_keyword(book):
    code = book.codes[0]
    edited = dataclasses.replace(code, keywords=(*code.keywords, "kata kunci baru"))
    return dataclasses.replace(book, themes=tuple(
        dataclasses.replace(theme, categories=tuple(
            dataclasses.replace(category, codes=tuple(edited if c.id == code.id else c for c in category.codes))
            for category in theme.categories)) for theme in book.themes))


def _no_selections(*args, **kwargs):
    raise AssertionError("the kept <Sources> should have been used")


def test_a_codebook_edit_splices_the_kept_sources_into_the_bytes_a_full_write_gives(tmp_path, monkeypatch):
    parts = tmp_path / "parts"
    first = _write(tmp_path / "first.qdpx", codebook(), codings(), parts)
    assert first == _write(tmp_path / "cold.qdpx", codebook(), codings())
    edited = _one_more_keyword(codebook())
    cold = _write(tmp_path / "cold_edited.qdpx", edited, codings())
    assert cold != first, "the codebook is in the project"
    monkeypatch.setattr(sources, "_append_sources", _no_selections)
    assert _write(tmp_path / "again.qdpx", edited, codings(), parts) == cold


def test_changed_codings_are_written_afresh(tmp_path, monkeypatch):
    parts = tmp_path / "parts"
    _write(tmp_path / "first.qdpx", codebook(), codings(), parts)
    fewer = codings().iloc[1:]
    cold = _write(tmp_path / "cold.qdpx", codebook(), fewer)
    assert _write(tmp_path / "again.qdpx", codebook(), fewer, parts) == cold
    monkeypatch.setattr(sources, "_append_sources", _no_selections)
    with pytest.raises(AssertionError, match="kept"):
        _write(tmp_path / "changed.qdpx", codebook(), codings(), parts)   # only the latest is kept
