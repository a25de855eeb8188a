"""A Word transcript's first paragraph of facts about the interview, read as its front matter.

Transcribers often open with one line of facts instead of `---` lines or a table of facts:
"Informan: K2, Peran: Kader, Lokasi: Desa Tondegesan, Tanggal: 2026-10-14". Read as text it
would be a turn of a speaker called "Informan" and its date would be lost. It is read as facts
when it is the first paragraph, opens with a fact key and a colon, and gives at least two facts
with a colon (or a YYYY-MM-DD date);
its pieces (split at commas, semicolons or bars) are then the rows of a table of facts
(metadata_table.py decides and writes them out as front matter, whose checks apply). A piece
without its key ("Kader Kesehatan Jiwa") stops the run with the line to write instead: nothing
the user gave is dropped or guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.ingest.metadata_table import Fact, fact_key, metadata_rows

_PIECES = re.compile(r"[ \t]*[,;|\n][ \t]*")
_KEYED = re.compile(r"^(?P<key>[^\W\d][\w /.-]{0,30}?)[ \t]*:[ \t]*(?P<value>.*)$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MIN_FACTS = 2
# keys whose values are free text: a piece without a key after them continues the value ("Desa Koya, Kec. Tondano")
FREE_TEXT_KEYS = ("site", "role")


@dataclass(frozen=True)
class ParagraphFacts:
    pairs: list[tuple[str, str]]   # (key as written, value)
    unkeyed: list[str]             # pieces with no key: the paragraph must be rewritten
    pieces: list[tuple[str, str]]  # every fact in order, ("", piece) for one without a key

    @property
    def facts(self) -> list[Fact]:
        """The pairs as a table of facts' rows (each piece a row), for front_matter_lines."""
        return [Fact(number, key, value) for number, (key, value) in enumerate(self.pairs, start=1)]


def paragraph_facts(paragraph: str) -> ParagraphFacts | None:
    """The facts of a first paragraph, or None when it is not a paragraph of facts (a turn)."""
    pieces = [piece for piece in _PIECES.split(paragraph.strip()) if piece]
    first = _KEYED.match(pieces[0]) if pieces else None
    if first is None or fact_key(first["key"]) is None:
        return None
    pairs: list[list[str]] = []
    unkeyed: list[str] = []
    order: list[list[str]] = []
    strong = 0   # facts with a colon or an ISO date: a site word alone ("desa kami jauh") may be a turn's words
    for piece in pieces:
        keyed = _KEYED.match(piece)
        word, _, rest = piece.partition(" ")
        if keyed is not None and len(keyed["key"].split()) <= 4:
            pairs.append([keyed["key"].strip(), keyed["value"].strip()])
            strong += 1
        elif fact_key(word) == "date" and _ISO_DATE.match(rest.strip()):   # "Tanggal 2026-10-14"
            pairs.append([word, rest.strip()])
            strong += 1
        elif fact_key(word) == "site" and rest.strip():                     # "Desa Tondegesan"
            pairs.append(["Lokasi", piece])
        elif pairs and (fact_key(pairs[-1][0]) in FREE_TEXT_KEYS or fact_key(pairs[-1][0]) is None):
            pairs[-1][1] = f"{pairs[-1][1]}, {piece}"
            continue
        else:
            unkeyed.append(piece)
            order.append(["", piece])
            continue
        order.append(pairs[-1])
    if strong < MIN_FACTS or metadata_rows(pairs) is None:
        return None
    return ParagraphFacts([(key, value) for key, value in pairs], unkeyed, [(key, value) for key, value in order])


def unkeyed_facts_message(facts: ParagraphFacts) -> str:
    """What to write instead of a facts paragraph with pieces that have no key."""
    has_role = any(fact_key(key) == "role" for key, _ in facts.pairs)
    keys = iter((["Peran"] if not has_role else []) + ["Keterangan"] * len(facts.unkeyed))
    rewritten = [f"{key or next(keys)}: {value}" for key, value in facts.pieces]
    missing = ", ".join(f"'{piece}'" for piece in facts.unkeyed)
    return (f"the first paragraph gives the interview's facts (read as front matter), but {missing} "
            f"{'has' if len(facts.unkeyed) == 1 else 'have'} no key: write each fact as 'key: value', "
            f"as '{', '.join(rewritten)}' (keys: Informan, Peran, Lokasi, Tanggal, Bahasa), "
            "or put the facts between '---' lines")
