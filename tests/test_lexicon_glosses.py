"""The interlinear gloss line is Indonesian with grammatical abbreviations (1SG, PROG): a new
user found "1SG self" under "Kita sandiri" (round 9), and eight other rows glossed in English."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.gloss.indonesian import IndonesianVocabulary

LEXICON = Path(__file__).resolve().parents[1] / "pipeline" / "gloss" / "data" / "lexicon.tsv"
# Indonesian words spaCy's and PySastrawi's tables lack
NOT_IN_TABLES = frozenset({"kependudukan", "daring"})


def test_every_lexicon_gloss_word_is_indonesian_or_an_abbreviation() -> None:
    vocabulary = IndonesianVocabulary()
    rows = [line.rstrip("\n").split("\t") for line in LEXICON.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")][1:]
    translations = {word for row in rows for word in re.findall(r"[a-z]+", row[1].casefold())}
    foreign = []
    for row in rows:
        for piece in re.split(r"[ .~]", row[2]):
            if "-" in piece:      # a morpheme breakdown (ber-pacar-an): its affixes are no words
                continue
            for word in re.findall(r"[A-Za-z]+", piece):
                if word.islower() and not (vocabulary.is_word(word) or vocabulary.is_root_word(word) or word in translations
                        or word in NOT_IN_TABLES):
                    foreign.append(f"{row[0]}: {row[2]}")
    assert not foreign, foreign
