"""False friends: Manado Malay words that are also Indonesian words with another meaning.

`data/false_friends.tsv` lists them with the words around them that decide the reading (one word
either side, and past deng/dan/ato the item it joins): an Indonesian cue keeps the Indonesian word (pake palu 'pakai palu', a hammer), a
Manado cue keeps the lexicon's reading (oma palu pa kita 'nenek memeluk saya'). When neither
decides and the row's default is `uncertain`, the lexicon's reading stays in the translation and
the word is reported as uncertain in unknown_words.csv, with the row's `why`, for a person to check.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import InputError
from pipeline.gloss.morphology import INDONESIAN
from pipeline.gloss.units import neighbours

FALSE_FRIENDS = Path(__file__).parent / "data" / "false_friends.tsv"
_COLUMNS = ("xmm", "indonesian", "default", "manado_cues", "indonesian_cues", "why")
UNCERTAIN = "uncertain"


@dataclass(frozen=True)
class FalseFriend:
    xmm: str
    indonesian: str
    uncertain_by_default: bool
    manado_cues: frozenset[str]
    indonesian_cues: frozenset[str]
    why: str


def load_false_friends(path: Path = FALSE_FRIENDS) -> dict[str, FalseFriend]:
    """The table by Manado form; a malformed row is reported with its file and line."""
    found: dict[str, FalseFriend] = {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            missing = [c for c in _COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise InputError.at(path, f"missing columns: {', '.join(missing)}", line=1)
            for number, row in enumerate(reader, 2):
                xmm, default = (row["xmm"] or "").strip().lower(), (row["default"] or "").strip()
                if not xmm or default not in (UNCERTAIN, "manado"):
                    raise InputError.at(path, "needs an xmm form and a default of 'uncertain' or 'manado'",
                                        line=number)
                found[xmm] = FalseFriend(xmm, (row["indonesian"] or xmm).strip(), default == UNCERTAIN,
                                         frozenset((row["manado_cues"] or "").lower().split()),
                                         frozenset((row["indonesian_cues"] or "").lower().split()),
                                         (row["why"] or "").strip())
    except FileNotFoundError:
        raise InputError.at(path, "file not found") from None
    return found


# Words that join two items of one list: the item beyond one is a neighbour of the same kind
# (cengke deng pala: the nutmeg beside the clove, as pala beside cengke is).
_JOINING = frozenset({"deng", "dg", "dgn", "dan", "dengan", "ato", "atau"})


def _around(units: list, k: int) -> set[str]:
    """The keys of the words either side of units[k] in its clause, and past a word that joins it to
    another item of a list, that item's too."""
    around = set()
    for side, near in zip((-1, 1), neighbours(units, k)):
        if near is not None:
            around.add(near.key)
            if near.key in _JOINING:
                beyond = neighbours(units, k + side)[0 if side < 0 else 1]
                if beyond is not None:
                    around.add(beyond.key)
    return around


def resolve(units: list, friends: dict[str, FalseFriend]) -> list[tuple[str, str]]:
    """Decide each false friend among `units` by its neighbours; (word, why) for the undecided.

    A unit read the Indonesian way gets the Indonesian word, in the translation and in the
    interlinear gloss alike, and loses its part of speech, so the grammar rules after this treat it
    as the ordinary Indonesian word it is.
    """
    uncertain: list[tuple[str, str]] = []
    for k in [k for k, unit in enumerate(units) if unit.key in friends]:
        unit = units[k]
        friend = friends[unit.key]
        if unit.source != "lexicon":
            continue
        around = _around(units, k)
        if _owns_noun_after(units, k, friend):
            continue  # makang tape kukis -> makan kue saya: a possessive before its noun, whatever comes before
        if around & friend.indonesian_cues:
            unit.ind, unit.pos, unit.root, unit.source = friend.indonesian, "", "", INDONESIAN
            unit.gloss = (friend.indonesian.replace(" ", "."),) * len(unit.gloss)
        elif not around & friend.manado_cues and friend.uncertain_by_default:
            uncertain.append((unit.key, friend.why))
    return uncertain


def _owns_noun_after(units: list, k: int, friend: FalseFriend) -> bool:
    """The Manado reading of units[k] is a possessive and a noun follows it in its clause, no Indonesian
    cue (tape kukis 'my cookie'; tape singkong stays the fermented cassava)."""
    nxt = units[k + 1] if k + 1 < len(units) and units[k].joined else None
    return units[k].pos == "poss" and nxt is not None and nxt.pos == "n" and nxt.key not in friend.indonesian_cues
