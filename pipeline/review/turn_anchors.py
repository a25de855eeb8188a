"""Where a decision's turn is, said without its segment id.

A turn's id changes when the batch's `.segment_id_key` is lost (a folder copied without its hidden
files, a fresh clone: the next run makes a new key and every id changes) and when the reader of its
file changes what a turn holds (an upgrade that takes a recorder's time or a session heading out of
the turn before it). So each decision also keeps its turn's anchor: the turn's position among its
file's segments (`turn`, from 1), a short hash of its text as a redacted run shows it (`text_hash`)
and that text itself (`text`, the quote; translations.csv keeps both already). The file is the id's
visible stem, which neither the key nor the reader touches. A run finds each unknown id's turn again
by these: the turn of its file with the same text, else the one turn that holds its quote, or that
its quote holds, with nothing else but marks and the file's other turns beside it, or that holds
each piece of a quote the appendix shortened ("[...]" between them) in order, or that is its quote
without the notes of a transcription tool an older reader kept in the turn (`quoted_turns`).
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

import pandas as pd

from pipeline.ingest.timed_text import TOOL_NOTE, TOOL_NOTE_WORDS
from pipeline.privacy.patterns import MARKS
from pipeline.privacy.redactor import Redactor
from pipeline.review.translations import shown_text, text_hash
from pipeline.schema import OMISSION

TEXT_HASH_COLUMN = "text_hash"
TURN_COLUMN = "turn"
QUOTE_COLUMN = "text"
"""Optional reviews.csv columns (translations.csv has `text_hash` and `text` already): the turn's anchor."""
_MASKS = re.compile(MARKS.pattern, re.IGNORECASE)   # [NAMA] ... as quotes show them
CLOCK = re.compile(r"\d:\d\d")   # a recording time in a quote, which a newer reader may take out of the turn


def id_stem(segment_id: str) -> str:
    """The visible part of an id before its hash: the file's (masked) stem."""
    return str(segment_id).rsplit("-", 1)[0]


def turn_anchors(segments: pd.DataFrame, redactor: Redactor | None) -> pd.DataFrame:
    """Per segment (indexed by id): its file's stem, its `turn` among that file's segments, its
    text as a redacted run shows it (QUOTE_COLUMN) and that text's `text_hash`, in segments order."""
    ids = segments["segment_id"].astype(str)
    stems = ids.map(id_stem)
    shown = [shown_text(text, redactor) for text in segments["text"].fillna("")]
    return pd.DataFrame({"stem": stems.to_numpy(),
                         TURN_COLUMN: stems.groupby(stems).cumcount().to_numpy() + 1,
                         TEXT_HASH_COLUMN: [text_hash(text) for text in shown], QUOTE_COLUMN: shown},
                        index=ids.to_numpy())


def anchor_of(segments: pd.DataFrame, segment_id: str, redactor: Redactor | None) -> dict[str, str]:
    """The anchor columns a decision on `segment_id` keeps: its row of `turn_anchors`, read over
    its own file's segments only (one click hashes one file's turns, not the batch's)."""
    ids = segments["segment_id"].astype(str)
    row = turn_anchors(segments[(ids.map(id_stem) == id_stem(segment_id)).to_numpy()], redactor).loc[segment_id]
    return {TURN_COLUMN: str(row[TURN_COLUMN]), TEXT_HASH_COLUMN: row[TEXT_HASH_COLUMN], QUOTE_COLUMN: row[QUOTE_COLUMN]}


def earlier_segments(out_dir: str | Path) -> pd.DataFrame:
    """The last run's turns (segment_id, text, and document when it has one) from its segments.csv,
    which the batch's old ids name even when its key is lost; empty without a readable one (the rows'
    own anchors still serve)."""
    path = Path(out_dir) / "segments.csv"
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False,
                            usecols=lambda column: column in ("segment_id", "text", "document"))
        if not {"segment_id", "text"} <= set(frame.columns):
            raise ValueError("not the pipeline's segments table")
    except (OSError, ValueError, pd.errors.ParserError):   # none yet, or not the pipeline's table
        return pd.DataFrame({"segment_id": [], "text": []}, dtype=object)
    return frame


def refound_turns(lost: dict[str, tuple[int | None, str]], current: pd.DataFrame,
                  earlier_files: frozenset[str] = frozenset(), same_bytes: dict[str, str] | None = None) -> dict[str, str]:
    """Old id -> the id of the turn of the same file with the same text hash (of several, the
    nearest to the old position; of two as near, none), for each lost id's (turn, text_hash).

    A file renamed between runs (`K01.md` re-sent as `wawancara_K01.md`) keeps no turn under its old
    stem, so an id whose stem names no file of the batch is looked for in the new file that old file
    became (`_renamed_files`: decided per file, from most of its turns, never from short answers
    alone, and only when the last run's files are known): a grader's decision follows the same
    words, not a file name, and a removed file's decisions never move to a file the batch had before
    nor to a new interview that happens to share a short answer. `same_bytes` (old stem -> new stem)
    names the files the run record saw come back byte for byte under a new name: those are renamed
    first, whatever their turns' lengths."""
    by_text: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for segment_id, stem, turn, digest in zip(current.index, current["stem"], current[TURN_COLUMN],
                                              current[TEXT_HASH_COLUMN]):
        by_text.setdefault((stem, digest), []).append((int(turn), segment_id))
    renamed = _renamed_files(lost, current, earlier_files, same_bytes or {})
    found = {}
    for old_id, (turn, digest) in lost.items():
        stem = renamed.get(id_stem(old_id), id_stem(old_id))
        candidates = by_text.get((stem, digest), [])
        if len(candidates) > 1 and turn is not None:
            distances = sorted((abs(position - turn), segment_id) for position, segment_id in candidates)
            candidates = [] if distances[0][0] == distances[1][0] else [(0, distances[0][1])]
        if len(candidates) == 1:
            found[old_id] = candidates[0][1]
    return found


# A turn of fewer words ("Iyo.", "Tidak tahu.") is said in many interviews: it never tells alone
# which new file an old one became.
_DECIDING_WORDS = 4


def _renamed_files(lost: dict[str, tuple[int | None, str]], current: pd.DataFrame,
                   earlier_files: frozenset[str], same_bytes: dict[str, str]) -> dict[str, str]:
    """Old stem -> the new file it was renamed to, decided per file: an old stem the batch lost goes
    to the one new file (a stem not in `earlier_files`) that alone holds most of its lost turns'
    texts, one of them a turn of _DECIDING_WORDS words or more. Without the last run's files no new
    file is known, so none is renamed (a removed file's decisions stay orphans). A file the run record
    saw renamed byte for byte (`same_bytes`) needs no such count."""
    stems = set(current["stem"])
    certain = {old: new for old, new in same_bytes.items() if old not in stems and new in stems}
    if not earlier_files:
        return certain
    holders: dict[str, set[str]] = {}
    long_turn: dict[tuple[str, str], bool] = {}
    for stem, digest, quote in zip(current["stem"], current[TEXT_HASH_COLUMN], current[QUOTE_COLUMN]):
        if stem not in earlier_files:
            holders.setdefault(digest, set()).add(stem)
            long_turn[(stem, digest)] = long_turn.get((stem, digest), False) or len(
                str(quote).split()) >= _DECIDING_WORDS
    lost_of: dict[str, list[str]] = {}
    for old_id, (_, digest) in lost.items():
        if id_stem(old_id) not in stems:
            lost_of.setdefault(id_stem(old_id), []).append(digest)
    out = {}
    for old_stem, digests in lost_of.items():
        if old_stem in certain:
            out[old_stem] = certain[old_stem]
            continue
        tally = Counter(next(iter(holders[d])) for d in digests if len(holders.get(d, ())) == 1)
        if not tally:
            continue
        new_stem, hits = tally.most_common(1)[0]
        if 2 * hits > len(digests) and any(long_turn.get((new_stem, d), False) for d in digests):
            out[old_stem] = new_stem
    return out


def quoted_turns(quotes: dict[str, str], current: pd.DataFrame, redactor: Redactor | None) -> dict[str, str]:
    """Old id -> the id of the one segment of the same file that holds its quote, or that the quote
    holds, with nothing else beside it but other segments of the file and marks without a letter (a
    time or heading the reader now reads apart, a line split off as another speaker's turn), or that
    holds each piece of a quote the appendix shortened, in order (a quotation copied from the
    appendix: "[...] a. b. [...] d."), or that is the quote without a transcription tool's notes
    ingest now leaves out ("NAME stopped transcription", a time "(00:35):"): a turn whose words were edited is not found. Compared as a redacted run shows them (the quote masked
    again by `redactor`: a name added to redact.txt since), spacing and case ignored; of several such
    segments, none."""
    texts: dict[str, list[tuple[str, str]]] = {}
    for segment_id, stem, shown in zip(current.index, current["stem"], current[QUOTE_COLUMN]):
        texts.setdefault(stem, []).append((segment_id, str(shown).casefold()))
    found = {}
    for old_id, quote in quotes.items():
        quote = shown_text(quote, redactor).casefold()
        segments = texts.get(id_stem(old_id), [])
        pieces = _quoted_pieces(quote)
        noted = TOOL_NOTE_WORDS.search(quote) is not None or CLOCK.search(quote) is not None
        holders = [segment_id for segment_id, text in segments if quote and text and (
            quote in text and _only_others_beside(text.replace(quote, " ", 1), text, segments)
            or text in quote and _only_others_beside(quote.replace(text, " ", 1), text, segments)
            or pieces and _in_order(pieces, text) or noted and _without_tool_notes(quote, text))]
        if len(holders) == 1:
            found[old_id] = holders[0]
    return found


def _without_tool_notes(quote: str, text: str) -> bool:
    """Whether `text` is `quote` with one or more notes of a transcription tool taken out ("... Sari
    stopped transcription", or a time without a letter, Rev's "(00:35):" above a paragraph: words an
    older reader kept in the turn, and ingest now leaves out): compared word by word, every word of
    `text` in the quote in order, and each run of the quote's other words one such note, its name maybe masked."""
    quote_words, text_words = quote.split(), text.split()
    if len(quote_words) <= len(text_words):
        return False
    for kind, first, last, _, _ in SequenceMatcher(None, quote_words, text_words, autojunk=False).get_opcodes():
        deleted = " ".join(quote_words[first:last])
        if kind != "equal" and (kind != "delete" or not TOOL_NOTE.match(_MASKS.sub("Name", deleted))
                                and any(character.isalpha() for character in deleted)):
            return False
    return True


def _quoted_pieces(quote: str) -> list[str]:
    """A shortened quote's kept pieces, between its omission marks ("[...] a. b. [...] d."), when it
    has such a mark and every piece has a letter; else none."""
    if OMISSION not in quote:
        return []
    pieces = [piece.strip() for piece in quote.split(OMISSION) if piece.strip()]
    return pieces if pieces and all(any(character.isalpha() for character in piece) for piece in pieces) else []


def _in_order(pieces: list[str], text: str) -> bool:
    """Whether `text` holds every piece, each after the one before."""
    at = 0
    for piece in pieces:
        at = text.find(piece, at)
        if at < 0:
            return False
        at += len(piece)
    return True


def _only_others_beside(rest: str, text: str, segments: list[tuple[str, str]]) -> bool:
    """Whether `rest` (a quote without `text`) holds nothing with a letter but other segments' texts."""
    for _, other in sorted(segments, key=lambda pair: -len(pair[1])):
        if other and other != text and other in rest:
            rest = rest.replace(other, " ")
    return not any(character.isalpha() for character in rest)


def stored_anchors(rows: pd.DataFrame) -> dict[str, tuple[int | None, str]]:
    """Old id -> (turn, text_hash) as review or correction rows keep them (rows without a hash,
    written before anchors, are left out)."""
    if TEXT_HASH_COLUMN not in rows.columns:
        return {}
    turns = rows[TURN_COLUMN] if TURN_COLUMN in rows.columns else pd.Series([""] * len(rows), index=rows.index)
    anchors = {}
    for segment_id, turn, digest in zip(rows["segment_id"], turns, rows[TEXT_HASH_COLUMN]):
        if str(digest).strip():
            anchors[str(segment_id)] = (int(turn) if str(turn).strip().isdigit() else None, str(digest).strip())
    return anchors


def stored_quotes(rows: pd.DataFrame) -> dict[str, str]:
    """Old id -> the quote review or correction rows keep (QUOTE_COLUMN; rows written before, none)."""
    if QUOTE_COLUMN not in rows.columns:
        return {}
    return {str(segment_id): str(quote) for segment_id, quote in zip(rows["segment_id"], rows[QUOTE_COLUMN])
            if str(quote).strip()}
