"""Manado Malay dame is Indonesian damai (final -ai written -e, as sampe, pake), and the
reciprocal baku dame is berdamai (KBBI), not "saling dame". Sentences written for this test."""

from __future__ import annotations

import pytest

from pipeline.gloss import Glosser


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    return Glosser()


def test_baku_dame_is_berdamai(glosser):
    assert "berdamai" in glosser.gloss("Dua keluarga itu so baku dame di balai desa.", "xmm").translation


def test_dame_alone_is_the_state_not_the_reciprocal_act(glosser):
    translation = glosser.gloss("Skarang kampung so dame.", "xmm").translation
    assert "damai" in translation and "berdamai" not in translation
