"""The Manado Malay -> Indonesian lexicon: a reviewed TSV file, loaded and validated once.

The file format is documented in `data/README.md`. Loading checks every row and reports all
problems at once (file, line, key) so a researcher editing the file fixes it in one pass.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import InputError, ProblemCollector

DEFAULT_LEXICON = Path(__file__).parent / "data" / "lexicon.tsv"

COLUMNS = ("xmm", "ind", "gloss", "pos", "source", "note")
REQUIRED = ("xmm", "ind", "pos", "source")

# Parts of speech the rules look at; documented in data/README.md.
POS_TAGS = frozenset({
    "pron", "poss", "aux", "neg", "prep", "conj", "rel", "ptc", "interj", "q", "dem",
    "adv", "num", "n", "loc", "v", "adj", "acr", "prefix",
})
NOUN_POS = frozenset({"n", "loc"})  # loc: a place noun (pigi pasar -> pergi ke pasar)
PREDICATE_POS = frozenset({"v", "adj"})

SOUND_CORRESPONDENCE = "sound correspondence"   # the `source` of a word re-spelled as the Indonesian one
ZERO = "∅"  # `ind` value of a word that has no Indonesian counterpart in the free translation


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon row. `words` is the lower-cased source, split on spaces (MWEs have several)."""

    xmm: str
    ind: str
    gloss: tuple[str, ...]  # one gloss per source word, Leipzig style (no spaces inside)
    pos: str
    source: str
    note: str
    line: int
    # kept, not derived on each read: a sentence's multiword match reads it for every candidate
    words: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", tuple(self.xmm.lower().split()))

    @property
    def translation(self) -> str:
        """What the free translation uses; empty for words that are dropped."""
        return "" if self.ind == ZERO else self.ind


class Lexicon:
    """Single-word entries by lower-cased form, and multiword expressions by first and second word.

    `mwes[first][second]` lists the expressions starting with those two words, longest first
    (file order among equals), so a sentence tries only the expressions its next word can begin.
    """

    def __init__(self, entries: list[Entry], path: Path | None = None):
        self.path = path
        self.entries = entries
        self.words: dict[str, Entry] = {}
        self.mwes: dict[str, dict[str, list[Entry]]] = {}
        for entry in entries:
            words = entry.words
            if len(words) == 1:
                self.words[words[0]] = entry
            else:
                self.mwes.setdefault(words[0], {}).setdefault(words[1], []).append(entry)
        for by_second in self.mwes.values():
            for candidates in by_second.values():
                candidates.sort(key=lambda e: len(e.words), reverse=True)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def get(self, word: str) -> Entry | None:
        return self.words.get(word)

    def translations(self) -> set[str]:
        """Every Indonesian word the lexicon translates into (they are known Indonesian words)."""
        out: set[str] = set()
        for entry in self.entries:
            out.update(w.lower() for w in entry.translation.replace("-", " ").split())
        return out


def load_lexicon(path: str | Path = DEFAULT_LEXICON) -> Lexicon:
    """Read and validate a lexicon TSV; raises InputError listing every bad row."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError.at(path, "lexicon file not found") from None
    except UnicodeDecodeError as err:
        raise InputError.at(path, f"lexicon is not UTF-8 text ({err.reason})") from None

    problems = ProblemCollector()
    rows = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not rows:
        raise InputError.at(path, "lexicon is empty: expected a header line " + "\t".join(COLUMNS))
    header_line, header = rows[0][0], next(csv.reader([rows[0][1]], delimiter="\t"))
    header = [h.strip().lower() for h in header]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InputError.at(path, f"lexicon header lacks column(s) {', '.join(missing)}", line=header_line)

    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for number, line in rows[1:]:
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        row = {name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(header)}
        entry = _entry(path, number, row, problems)
        if entry is None:
            continue
        key = " ".join(entry.words)
        if key in seen:
            problems.add(path, f"duplicate entry (first on line {seen[key]})", line=number, key=entry.xmm)
            continue
        seen[key] = number
        entries.append(entry)
    problems.raise_if_any()
    return Lexicon(entries, path)


def _entry(path: Path, number: int, row: dict[str, str], problems: ProblemCollector) -> Entry | None:
    xmm, ind, pos = row.get("xmm", ""), row.get("ind", ""), row.get("pos", "")
    key = xmm or None
    bad = False
    for column in REQUIRED:
        if not row.get(column):
            problems.add(path, f"empty '{column}'", line=number, key=key)
            bad = True
    if pos and pos not in POS_TAGS:
        problems.add(path, f"unknown pos '{pos}' (use one of {', '.join(sorted(POS_TAGS))})", line=number, key=key)
        bad = True
    if bad:
        return None
    words = xmm.split()
    gloss_text = row.get("gloss", "")
    if ind == ZERO and not gloss_text:
        problems.add(path, f"a dropped word (ind '{ZERO}') needs a gloss", line=number, key=key)
        return None
    if gloss_text:
        gloss = tuple(gloss_text.split())
        if len(words) > 1 and len(gloss) != len(words):
            problems.add(path, f"gloss has {len(gloss)} part(s) for {len(words)} word(s); "
                               "give one gloss per word, separated by spaces", line=number, key=key)
            return None
        if len(words) == 1:
            gloss = (gloss_text.replace(" ", "."),)
    elif len(words) == 1:
        gloss = (ind.replace(" ", "."),)
    else:
        gloss = ()  # each word of the MWE is glossed on its own
    return Entry(xmm, ind, gloss, pos, row.get("source", ""), row.get("note", ""), number)
