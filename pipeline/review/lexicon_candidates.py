"""Lexicon candidates from the graders' translation corrections (translations.csv).

    python -m pipeline gloss suggest-lexicon BATCH_DIR

For every correction in force, the glosser's translation of the same text is compared word by
word with the grader's; where a run of words was replaced, the source words whose own reading
is in the replaced run are proposed with the grader's words. Candidates are printed as lexicon
rows (source `grader correction`) for a person to check and copy; the lexicon is never edited.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from pipeline.errors import InputError
from pipeline.gloss.glosser import Glosser
from pipeline.gloss.tokens import words_of
from pipeline.review.store import latest_decisions
from pipeline.review.translations import TRANSLATIONS_FILE, read_translations
from pipeline.wording import quantity


@dataclass(frozen=True)
class Candidate:
    xmm: str
    ind: str
    machine: str      # what the glosser made of the word in that sentence
    segment_id: str
    reviewer: str

    def as_lexicon_row(self) -> str:
        note = f"grader's translation of {self.segment_id}; the glosser gave '{self.machine}'"
        return "\t".join([self.xmm, self.ind, "", "?", f"grader correction ({self.reviewer})", note])


def candidates(batch_dir: str | Path, glosser: Glosser | None = None) -> list[Candidate]:
    """Proposed (Manado word -> Indonesian) entries from the batch's corrections, first seen first."""
    corrections = read_translations(batch_dir)
    if corrections.empty:
        return []
    glosser = glosser or Glosser()
    found: dict[tuple[str, str], Candidate] = {}
    for row in latest_decisions(corrections, key=["segment_id", "text_hash"]).to_dict("records"):
        result = glosser.gloss(row["text"], "xmm")
        machine = [w.lower() for w in words_of(result.translation)]
        corrected = [w.lower() for w in words_of(row["translation"])]
        readings = {w.lower(): glosser.gloss(w, "xmm").translation.lower() for w in result.words}
        matcher = SequenceMatcher(None, machine, corrected, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "replace":
                continue
            for word, reading in readings.items():
                wanted = _counterpart(reading, machine[i1:i2], corrected[j1:j2])
                if wanted and reading != wanted:
                    found.setdefault((word, wanted), Candidate(word, wanted, reading, row["segment_id"],
                                                               row["reviewer"]))
    return list(found.values())


def _counterpart(reading: str, replaced: list[str], wanted: list[str]) -> str:
    """The grader's words for one word's reading inside a replaced run: word for word when the run
    kept its length ('ukur kasih' -> 'mengukur memberi' gives ukur -> mengukur), else the whole run."""
    if not reading or (reading != " ".join(replaced) and reading not in replaced):
        return ""
    if reading in replaced and len(replaced) == len(wanted) > 1:
        return wanted[replaced.index(reading)]
    return " ".join(wanted)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m pipeline gloss suggest-lexicon BATCH_DIR", file=sys.stderr)
        return 2
    batch_dir = Path(argv[0])
    if not batch_dir.is_dir():
        print(f"error: {batch_dir}: not a batch folder", file=sys.stderr)
        return 2
    try:
        found = candidates(batch_dir)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if not found:
        print(f"no candidates: {batch_dir / TRANSLATIONS_FILE} has no correction that changes a word's reading")
        return 0
    print(f"# {quantity(len(found), 'candidate lexicon row')} from {batch_dir / TRANSLATIONS_FILE}; check each, set pos, "
          "then copy it into pipeline/gloss/data/lexicon.tsv (nothing was changed)")
    print("xmm\tind\tgloss\tpos\tsource\tnote")
    for candidate in found:
        print(candidate.as_lexicon_row())
    return 0
