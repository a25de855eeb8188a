"""The review notebook keys every grammatical label the gloss shows (a new user's trial: "the
notebook's glosses use 1SG, 3PL, POSS with no legend")."""

from __future__ import annotations

import re

import pytest

from pipeline.gloss.glosser import shared_glosser
from pipeline.review.sections import GLOSS_LABELS, section_text

SENTENCES = [
    "kita pe anak so mo pigi sekolah", "dorang baku pukul di pasar", "ngana kase makan tu babi dang",
    "torang ja pigi kobong tiap hari", "ngoni da bilang apa pa dia", "manjo torang pulang jo",
    "dia ada ba masak di dapur", "tu motor dapa curi kwa", "mama ambe akang aer pa oma", "io to, ngana so makan kang",
]


def test_every_label_the_glosser_writes_is_in_the_notebooks_key():
    glosser = shared_glosser()
    labels = set()
    for sentence in SENTENCES:
        gloss = glosser.gloss(sentence).gloss
        labels |= {part for token in gloss.split() for part in token.split(".")
                   if re.fullmatch(r"[0-9]?[A-Z]{2,5}", part)}
    assert {"1SG", "POSS", "3PL", "CAUS", "RECP", "PFV", "FUT", "HAB"} <= labels, labels
    assert labels <= set(GLOSS_LABELS), labels - set(GLOSS_LABELS)


@pytest.mark.parametrize("lang, start, sample", [("id", "**Singkatan glos:**", "POSS milik (pe)"),
                                                 ("en", "**Gloss labels:**", "POSS possessive (pe)")])
def test_the_intro_ends_with_the_key_in_the_notebooks_language(lang, start, sample):
    intro = section_text("intro", lang)
    assert start in intro and sample in intro and "3PL" in intro
