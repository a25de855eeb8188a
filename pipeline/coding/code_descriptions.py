"""A code's description as a team writes it in NVivo: a sentence sending a matter to another code
describes that code, and a quoted utterance's particles are no words of this one.

An NVivo or MAXQDA codebook exported for a paper gives each code one Description paragraph: what
the code is, when a passage belongs to it, a few utterances in quotation marks ('misalnya "torang
malu deng tetangga"'), and often a sentence about a neighbouring code: "Urusan izin ke pengadilan
dikode pada Dispensasi kawin", "Bandingkan dengan Rasa malu keluarga", "Compare with Stigma for
...". The coder reads such a description (mnemonic_labels.as_read applies this; what it writes out
keeps the codebook as written):

- A sentence, or a clause between semicolons, that names another code's label (or "kode itu")
  with a word of sending or comparing ("dikode pada", "bandingkan", "lihat", "compare", "coded
  under"), or speaks of "kode lain" ("sering datang bersama kode lain, seperti KB yang ditunda"),
  is left out, as "(lihat ...)" is (codebook_words.affirmed_text): its words (pengadilan, izin) are
  the other code's matter, and read as this code's definition any two of them close together
  proposed this code. A clause saying the matter is coded here too ("juga dikode di sini",
  "kode ini") stays.
- A quoted utterance stays a part of the definition (its words, Manado Malay people and places
  included, are the evidence the dev halves show: taken out as `examples:` nikah's interviews
  fell 0.681 -> 0.630, and its words being the definition's already, as examples they add
  nothing), but without its Manado function words and pronouns ("torang", "deng", "kalu",
  "lebe", "apa-apa"), which the Indonesian stop list lacks: as definition words they paired with
  any turn's "perut ... deng ... torang".
"""

from __future__ import annotations

import dataclasses
import re

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.coding.codebook_words import WORD
from pipeline.coding.function_words import is_function_word
from pipeline.coding.pronouns import PRONOUNS
from pipeline.coding.related import is_english
from pipeline.records.codebook import Code, Codebook

# a word sending a matter to another code, or comparing with it
_REFERRING = re.compile(r"\b(?:bandingkan|lihat|dikode\s+(?:pada|di|dalam|ke|sebagai)|masuk\s+(?:ke\s+)?kode|"
                        r"compare|see|cf\.?|coded\s+(?:under|as|in|to))\b", re.I)
_OTHER_CODE = re.compile(r"\bkode\s+lain\b|\b(?:another|other)\s+codes?\b", re.I)   # needs no referring word
_THAT_CODE = re.compile(r"\bkode\s+(?:itu|tersebut)\b|\bthat\s+code\b", re.I)
_HERE = re.compile(r"\b(?:di\s+sini|kode\s+ini|this\s+code|here)\b", re.I)
_CLAUSE_END = re.compile(r"(?<=[.!?;])\s+(?=\S)")
_QUOTE = re.compile(r"([\"\u201c])([^\"\u201c\u201d]+)([\"\u201d])")
_SPOKEN_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
UTTERANCE_WORDS = 3   # a quoted span of fewer words is a term the definition names ("spiral jalan")


def without_particles(definition: str) -> str:
    """`definition` with its quoted utterances (`UTTERANCE_WORDS` words or more, not English)
    said without their function words: "torang", "deng", "kalu", "apa-apa" are Manado Malay the
    stop list lacks, and as definition words they paired with any turn's "torang ... deng"."""
    def spoken(match: re.Match) -> str:
        words = _SPOKEN_WORD.findall(match[2].casefold())
        if len(words) < UTTERANCE_WORDS or 2 * sum(map(is_english, words)) > len(words):
            return match[0]
        kept = _SPOKEN_WORD.sub(lambda word: "" if _is_particle(word[0].casefold()) else word[0], match[2])
        return f"{match[1]}{' '.join(kept.split())}{match[3]}"
    return _QUOTE.sub(spoken, definition)


def _is_particle(word: str) -> bool:
    """A Manado function word (an Indonesian stop word is no definition word already), also one
    reduplicated ("apa-apa")."""
    return word in PRONOUNS or word not in STOP_WORDS and all(is_function_word(part) for part in word.split("-"))


def refers_elsewhere(clause: str, others: tuple[str, ...]) -> bool:
    """Does `clause` speak of another code ("kode lain"), or send its matter to one or compare with
    one: a word of referring and one of `others` (the other codes' labels) or "kode itu" named? Not
    a clause saying the matter is coded here too ("juga dikode di sini")."""
    if _HERE.search(clause):
        return False
    if _OTHER_CODE.search(clause):
        return True
    if not _REFERRING.search(clause):
        return False
    folded = f" {' '.join(WORD.findall(clause.casefold()))} "
    return bool(_THAT_CODE.search(clause)) or any(
        f" {' '.join(WORD.findall(label.casefold()))} " in folded for label in others if WORD.search(label))


def own_matter(definition: str, others: tuple[str, ...]) -> str:
    """`definition` without its clauses about other codes (`refers_elsewhere`), as written when
    it has none."""
    clauses = _CLAUSE_END.split(definition)
    kept = [clause for clause in clauses if not refers_elsewhere(clause, others)]
    return definition if len(kept) == len(clauses) else " ".join(kept)


def as_described(codebook: Codebook) -> Codebook:
    """`codebook` with each definition's clauses about other codes left out, its quoted utterances
    without their particles; the same object when no definition has either."""
    labels = {code.id: code.label for code in codebook.codes}

    def code_of(code: Code) -> Code:
        others = tuple(label for key, label in labels.items() if key != code.id)
        definition = own_matter(without_particles(code.definition), others)
        return code if definition == code.definition else dataclasses.replace(code, definition=definition)

    themes = tuple(dataclasses.replace(theme, categories=tuple(
        dataclasses.replace(category, codes=tuple(code_of(code) for code in category.codes))
        for category in theme.categories)) for theme in codebook.themes)
    if all(new is old for new, old in zip((c for t in themes for k in t.categories for c in k.codes), codebook.codes)):
        return codebook   # one codebook object, its compiled rules cached once
    return dataclasses.replace(codebook, themes=themes)
