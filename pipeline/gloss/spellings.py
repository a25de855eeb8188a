"""Chat spellings: a written form read as the standard spelling it stands for, before any analysis.

Chat and quick transcripts write words short (`trg` for torang, `kse` for kase, `tp` for tapi) or
stretched (`skaliii`, `bagusss`). A lexicon row would give such a form a translation but not the
grammar: the rules read a word by its standard spelling (`kase` + verb is a causative, `torang` a
subject). So the form is replaced by its standard spelling here, the speaker's spelling stays in
the interlinear's word list, and everything after this sees the standard word. A segment read as
Indonesian keeps the speaker's text as its translation with these standard spellings put in
(glosser.py: `Tggu sbntr.` -> `Tunggu sebentar.`).

A chat form nothing lists may still be a listed word with vowels left out (`brpa`, `hrga`, `msk`): it is
read as that word when the form keeps the word's consonants and drops only vowels, the form shows it is
short (no vowel at all, or three consonants in a row, ng counting as one, which no Manado or Indonesian
word has), and every word of the lexicon, the tables and Indonesian's function words it can stand for
reads the same (`msk` stays: masuk or masak), unless the chat tables list the bare consonants (`brp`
-> berapa): `brpa` may be berapa or berupa, and takes the tables' reading.

A word written all in capitals that the analysis reads as an acronym is not looked up (wordtypes.py):
in chat typed in capitals (`TRG SO BILANG TP DIA NDA MO.`) such forms stay as written, since `TP`
or `DG` may as well be an abbreviation the speaker means; only words the analysis does not take for
acronyms get their standard spelling there.

`data/spellings.tsv`: `written<TAB>standard<TAB>source<TAB>note`, documented in `data/README.md`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from pipeline.errors import InputError, ProblemCollector
from pipeline.gloss.chat import AMBIGUOUS, CHAT_ABBREVIATIONS, typed_form

SPELLINGS = Path(__file__).parent / "data" / "spellings.tsv"
_COLUMNS = ("written", "standard", "source", "note")
# A letter written three times or more in a row: chat stretches a word (skaliii, bagusss, iyaaa).
_STRETCHED = re.compile(r"([a-z])\1{2,}")
_VOWELS = frozenset("aeiou")
_CLUSTER = re.compile(r"[^aeiou]{3}")   # three consonants in a row, ng written as one letter first


def load_spellings(*paths: Path) -> dict[str, str]:
    """written form -> standard spelling, both lower case, from spellings.tsv and the chat
    abbreviations (or the given tables); every malformed row reported at once."""
    problems = ProblemCollector()
    found: dict[str, str] = {}
    for path in paths or (SPELLINGS, CHAT_ABBREVIATIONS):
        _read_table(path, found, problems)
    problems.raise_if_any()
    return found


def _read_table(path: Path, found: dict[str, str], problems: ProblemCollector) -> None:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader((line for line in handle if not line.startswith("#")),
                                    delimiter="\t", quoting=csv.QUOTE_NONE)
            missing = [c for c in _COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise InputError.at(path, f"missing columns: {', '.join(missing)}", line=1)
            for row in reader:
                written = (row["written"] or "").strip().lower()
                standard = (row["standard"] or "").strip().lower()
                if not written or not standard or not (row["source"] or "").strip() or " " in written:
                    problems.add(path, "needs a one-word written form, a standard spelling and a source",
                                 key=written or None)
                elif written in found:
                    problems.add(path, "duplicate written form", key=written)
                else:
                    found[written] = standard
    except FileNotFoundError:
        raise InputError.at(path, "file not found") from None


class Spellings:
    """The standard spelling of a chat form, or None when the word is written as it is meant."""

    def __init__(self, table: dict[str, str], known: Callable[[str], bool],
                 words: Iterable[tuple[str, str]] = ()):
        self.table = table
        self.known = known   # a word the lexicon or Indonesian knows (lower case)
        # consonants -> {word: what it means}: the words a vowel-dropped form may stand for (`words` gives
        # each with its meaning, so that brapa and berapa, one word in two spellings, do not compete)
        self._skeletons: dict[str, dict[str, str]] = {}
        for word, meaning in (*words, *table.items()):
            if word.isalpha():
                self._skeletons.setdefault(_skeleton(word), {}).setdefault(word, meaning)

    def standard(self, lower: str) -> str | None:
        found = self.table.get(lower)
        if found is not None:
            return found
        if not lower.isalpha():   # anak2, 50rb (chat.py)
            return typed_form(lower, self._base)
        if _STRETCHED.search(lower) is None or self.known(lower):
            return None if self.known(lower) else self._vowels_dropped(lower)
        for keep in (r"\1", r"\1\1"):   # one letter first (skaliii -> skali), then two (maaaaf -> maaf)
            shortened = _STRETCHED.sub(keep, lower)
            if shortened in self.table:
                return self.table[shortened]
            if self.known(shortened):
                return shortened
        return None

    def _vowels_dropped(self, lower: str) -> str | None:
        """The one reading of a word the form writes without some of its vowels (hrga -> harga), or None."""
        if lower in AMBIGUOUS or not _VOWELS.isdisjoint(lower) and _CLUSTER.search(lower.replace("ng", "N")) is None:
            return None   # a form with vowels and no impossible cluster may be a word of its own
        found = {word: meaning for word, meaning in self._skeletons.get(_skeleton(lower), {}).items()
                 if len(word) > len(lower) and _drops_vowels(word, lower)}
        if len(set(found.values())) != 1:
            # brpa: berapa or berupa; the table's reading of its consonants (brp -> berapa) is chat's
            listed = self.table.get(_skeleton(lower))
            return listed if listed in found.values() else None
        word = min(found, key=lambda w: (w in self.table, len(w), w))   # a listed word before a table form
        return self.table.get(word, word)

    def _base(self, lower: str) -> str | None:
        """A reduplicated base's standard spelling: its table form, or itself when known."""
        return self.table.get(lower) or (lower if self.known(lower) else None)


def _skeleton(word: str) -> str:
    return "".join(letter for letter in word if letter not in _VOWELS)


def _drops_vowels(word: str, form: str) -> bool:
    """`form` is `word` with some of its vowels left out, nothing else changed."""
    at = 0
    for letter in word:
        if at < len(form) and form[at] == letter:
            at += 1
        elif letter not in _VOWELS:
            return False
    return at == len(form)
