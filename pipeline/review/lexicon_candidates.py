"""Lexicon candidates from the graders' translation corrections (translations.csv).

    python -m pipeline gloss suggest-lexicon BATCH_DIR

For every correction in force, the glosser's translation of the same text, as the run made it
(with its turn's language), is compared word by word with the grader's; where a run of words was replaced, the source words whose own reading
is in the replaced run are proposed with the grader's words. Candidates are printed as lexicon
rows (source `grader correction`) for a person to check and copy; the lexicon is never edited.

A word the lexicon or the grammar already renders (kase 'kasih', pe 'punya'), or an ordinary
Indonesian word the glosser rightly keeps as it is (dari, kandang), is no missing entry: the
grader's words are its sense in that one sentence ('sejak' for 'dari'), and a row replacing its
reading would change every other line of the batch that has the word. Such a candidate is printed apart, as a
sense, with how many other lines of the batch have the word. A reading the spelling rules only
guessed (sabua read as 'sebuah': no lexicon entry, no Indonesian word) that no other line of the
batch has is offered as a row: it corrects the guess and changes nothing else.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from pipeline.errors import InputError
from pipeline.gloss.glosser import Glosser
from pipeline.gloss.tokens import words_of
from pipeline.review.store import latest_decisions
from pipeline.review.translations import TRANSLATIONS_FILE, read_translations, text_hash
from pipeline.wording import quantity


@dataclass(frozen=True)
class Candidate:
    xmm: str
    ind: str
    machine: str      # what the glosser made of the word in that sentence
    segment_id: str
    reviewer: str
    rendered: bool = False   # the lexicon or the grammar already reads the word as another (`machine`)
    text_hash: str = ""      # of the corrected text: the correction applies wherever that text is
    guessed: bool = False    # that reading is the spelling rules' guess (no lexicon entry, not Indonesian as it is)

    def as_lexicon_row(self) -> str:
        note = f"grader's translation of {self.segment_id}; the glosser gave '{self.machine}'"
        return "\t".join([self.xmm, self.ind, "", "?", f"grader correction ({self.reviewer})", note])


def candidates(batch_dir: str | Path, glosser: Glosser | None = None) -> list[Candidate]:
    """Proposed (Manado word -> Indonesian) entries from the batch's corrections, first seen first."""
    corrections = read_translations(batch_dir)
    if corrections.empty:
        return []
    glosser = glosser or Glosser()
    rows = latest_decisions(corrections, key=["segment_id", "text_hash"]).to_dict("records")
    machine_translations = batch_translations(batch_dir, glosser, rows)
    found: dict[tuple[str, str], Candidate] = {}
    for row, translation in zip(rows, machine_translations):
        result = glosser.gloss(row["text"], "xmm")
        machine = [w.lower() for w in words_of(translation or result.translation)]
        corrected = [w.lower() for w in words_of(row["translation"])]
        alone = {w.lower(): glosser.gloss(w, "xmm") for w in result.words}
        readings = {word: read.translation.lower() for word, read in alone.items()}
        matcher = SequenceMatcher(None, machine, corrected, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "replace":
                continue
            pairs = [(word, reading, _counterpart(reading, machine[i1:i2], corrected[j1:j2]))
                     for word, reading in readings.items()]
            pairs = [pair for pair in pairs if pair[2]] or _inflected_pairs(readings, machine[i1:i2], corrected[j1:j2])
            for word, reading, wanted in pairs:
                if reading != wanted:
                    found.setdefault((word, wanted), Candidate(word, wanted, reading, row["segment_id"],
                                                               row["reviewer"],
                                                               _rendered(word, alone[word], glosser.vocabulary.is_form),
                                                               row["text_hash"],
                                                               _guessed(word, glosser)))
    return list(found.values())


def batch_translations(batch_dir: str | Path, glosser: Glosser, rows: list[dict]) -> list[str]:
    """The glosser's translation of each corrected text as the run made it, the one the grader
    corrected: read with its turn's language and speaker (`Glosser.gloss_frame`), which a text
    glossed alone lacks ('tiap' of an Indonesian turn is no change to propose). "" for a
    correction whose turn the batch no longer has."""
    from pipeline.ingest import read_batch

    try:
        segments = read_batch(batch_dir).segments.drop_duplicates("segment_id").set_index("segment_id")
    except InputError:   # transcripts that no longer read: each text is glossed alone
        return [""] * len(rows)
    known = [row for row in rows if row["segment_id"] in segments.index]
    if not known:
        return [""] * len(rows)
    frame = segments.loc[[row["segment_id"] for row in known]].reset_index()
    frame["text"] = [row["text"] for row in known]     # the text as corrected (redacted as the run showed it)
    made = dict(zip(frame["segment_id"], glosser.gloss_frame(frame)["translation"]))
    return [made.get(row["segment_id"], "") for row in rows]


def _rendered(word: str, alone, is_indonesian) -> bool:
    """Whether the glosser has a reading of `word` (glossed alone, `alone`) to replace: another
    word (a lexicon entry, a rule of the grammar), or the word itself when it is Indonesian
    (`is_indonesian`). An unknown word, or a Manado word kept as it is, has none."""
    if word in alone.unknown:
        return False
    return alone.translation.lower().strip(" .") != word or is_indonesian(word)


def _guessed(word: str, glosser) -> bool:
    """Whether the glosser's reading of `word` is a guess of its spelling rules (sabua read as
    'sebuah'): the word is no lexicon entry and no Indonesian word, so a row is the way to correct
    it and replaces no reading anyone wrote down."""
    lexicon = getattr(glosser, "lexicon", None)
    return lexicon is not None and word not in lexicon and not glosser.vocabulary.is_form(word)


def lines_with_words(batch_dir: str | Path, words: set[str]) -> dict[str, list[tuple[str, set[str]]]]:
    """Per word, the segments of the batch whose text has it (as a word, any case): their id and
    the hashes a correction of their text is keyed by (translations.text_hash)."""
    from pipeline.ingest import read_batch

    found: dict[str, list[tuple[str, set[str]]]] = {word: [] for word in words}
    batch = read_batch(batch_dir)
    for segment_id, text in zip(batch.segments["segment_id"], batch.segments["text"].fillna("")):
        for word in words.intersection(w.lower() for w in words_of(text)):
            found[word].append((str(segment_id), {text_hash(text, batch.redactor), text_hash(text)}))
    return found


def other_lines(candidate: Candidate, lines: list[tuple[str, set[str]]]) -> list[str]:
    """The segments of the batch, other than the corrected one(s), whose text has the word: the
    lines a lexicon row for it would change."""
    return [segment for segment, hashes in lines
            if segment != candidate.segment_id and candidate.text_hash not in hashes]


def sense_note(candidate: Candidate, lines: list[tuple[str, set[str]]]) -> str:
    """A comment line for a candidate whose word is already rendered: the lines other than the
    corrected one(s) that a lexicon row would change."""
    others = other_lines(candidate, lines)
    where = f": {', '.join(others[:3])}{', ...' if len(others) > 3 else ''}" if others else ""
    reading = (f"keeps '{candidate.xmm}' (Indonesian as it is)" if candidate.machine == candidate.xmm
               else f"reads '{candidate.xmm}' as '{candidate.machine}'")
    return (f"#   {candidate.xmm} -> {candidate.ind}: the glosser {reading}; "
            f"'{candidate.ind}' is its sense in {candidate.segment_id} ({candidate.reviewer}); as a lexicon row it "
            f"would change {quantity(len(others), 'other line')} of the batch{where}")


def _inflected_pairs(readings: dict[str, str], replaced: list[str], wanted: list[str]) -> list[tuple[str, str, str]]:
    """(source word, the glosser's word, the grader's) where a replaced run of one word for one
    holds a source word inside an affixed form the sentence gave it ('jadi' read as 'menjadi',
    the grader's 'jadi'), which no reading of the word alone shows."""
    if len(replaced) != 1 or len(wanted) != 1:
        return []
    inside = [word for word in readings if len(word) > 2 and word in replaced[0] and word != replaced[0]]
    return [(max(inside, key=len), replaced[0], wanted[0])] if inside else []


def _counterpart(reading: str, replaced: list[str], wanted: list[str]) -> str:
    """The grader's words for one word's reading inside a replaced run: word for word when the run
    kept its length ('ukur kasih' -> 'mengukur memberi' gives ukur -> mengukur), else the whole run."""
    if not reading or (reading != " ".join(replaced) and reading not in replaced):
        return ""
    if reading in replaced and len(replaced) == len(wanted) > 1:
        return wanted[replaced.index(reading)]
    return " ".join(wanted)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline gloss suggest-lexicon",
        description="Prints lexicon rows proposed from the graders' translation corrections (the batch's "
                    "translations.csv, written by the review notebook), to check and copy into "
                    "pipeline/gloss/data/lexicon.tsv; a correction of a word the lexicon already renders is "
                    "printed apart, as a sense. Never edits the lexicon.")
    parser.add_argument("batch", type=Path, metavar="BATCH_DIR", help="a batch folder with translations.csv")
    batch_dir = parser.parse_args(argv).batch
    if not batch_dir.is_dir():
        print(f"error: {batch_dir}: not a batch folder", file=sys.stderr)
        return 2
    if not (batch_dir / TRANSLATIONS_FILE).is_file():
        print(f"no candidates: {batch_dir / TRANSLATIONS_FILE} does not exist (the review notebook writes it when "
              "a grader corrects a translation)")
        return 0
    try:
        found = candidates(batch_dir)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if not found:
        print(f"no candidates: {batch_dir / TRANSLATIONS_FILE} has no correction that changes a word's reading")
        return 0
    rendered = [candidate for candidate in found if candidate.rendered]
    try:
        lines = lines_with_words(batch_dir, {candidate.xmm for candidate in rendered}) if rendered else {}
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    # a reading the spelling rules guessed, which no other line of the batch has: a row corrects it
    # and changes nothing else, so it is offered as one (the note says what it replaces)
    replacing = [candidate for candidate in rendered
                 if candidate.guessed and not other_lines(candidate, lines[candidate.xmm])]
    rows = [candidate for candidate in found if not candidate.rendered or candidate in replacing]
    senses = [candidate for candidate in rendered if candidate not in replacing]
    if rows:
        print(f"# {quantity(len(rows), 'candidate lexicon row')} from {batch_dir / TRANSLATIONS_FILE}; check each, "
              "set pos, then copy it into pipeline/gloss/data/lexicon.tsv (nothing was changed)")
        print("xmm\tind\tgloss\tpos\tsource\tnote")
        for candidate in rows:
            print(candidate.as_lexicon_row())
    if senses:
        print(f"# {quantity(len(senses), 'correction')} of a word the lexicon or the grammar already renders: a "
              "sense for that sentence, not a lexicon row (a row would replace the reading everywhere); "
              "add a sense rule (pipeline/gloss/senses.py) only if the words around it decide it")
        for candidate in senses:
            print(sense_note(candidate, lines[candidate.xmm]))
    return 0
