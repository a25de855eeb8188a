"""The names a batch itself gives (a speaker label mapped in batch.yaml, a name an informant gives as her
own, a file's facts), kept between runs as keyed hashes rather than in clear.

The run finds those names while reading the transcripts; a re-run that reuses the ingest cache, and the
review notebook, read no transcript, yet a grader's note or a translation correction may say the name
("Ibu Rosalinda bilang ..."). So the ingest cache and run.json keep each name's keyed hash (BLAKE2b with
the batch's secret segment-id key, ingest/segment_key.py, which is never exported): a guess of a name
cannot be tested without the batch folder, and a text's runs of words are hashed and compared.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.privacy.patterns import NAMA, Span

_WORD = re.compile(r"(?<!\[)[^\W_]+(?!\])")   # a token already placed ([NAMA]) is no name
_GAP = re.compile(r"[ \t\u00a0]+")             # what may stand between a name's words, as in redact.txt
_FIRST = "first:"                              # the hash of a name's first word, to try only runs that may match


def name_words(name: str) -> str:
    """A name as its hash is taken: its words, casefolded, one space apart."""
    return " ".join(_WORD.findall(name)).casefold()


def _hashed(words: str, key: bytes) -> str:
    return hashlib.blake2b(words.encode("utf-8"), key=key, digest_size=16).hexdigest()


def name_hashes(names: Iterable[str], key: bytes) -> tuple[str, ...]:
    """What the cache and run.json keep of `names`: each name's hash, each first word's marked hash,
    and the longest name's word count as the last item (never a name in clear)."""
    words = {name_words(name) for name in names} - {""}
    if not words:
        return ()
    full = {_hashed(name, key) for name in words}
    first = {_FIRST + _hashed(name.split()[0], key) for name in words}
    return (*sorted(full | first), str(max(len(name.split()) for name in words)))


def joined_hashes(*kept: tuple[str, ...]) -> tuple[str, ...]:
    """Several `name_hashes` results as one."""
    kept = tuple(hashes for hashes in kept if hashes)
    if not kept:
        return ()
    digests = sorted({digest for hashes in kept for digest in hashes[:-1]})
    return (*digests, str(max(int(hashes[-1]) for hashes in kept)))


@dataclass
class HashedNames:
    """Finds, in any text, the names whose hashes `name_hashes` kept; needs the batch's key."""

    hashes: tuple[str, ...]
    key: bytes = field(repr=False)
    _words: dict[str, str] = field(default_factory=dict, repr=False)   # a word's hash, once per spelling

    def __post_init__(self) -> None:
        *digests, longest = self.hashes or ("0",)
        self._full = frozenset(digest for digest in digests if not digest.startswith(_FIRST))
        self._first = frozenset(digest[len(_FIRST):] for digest in digests if digest.startswith(_FIRST))
        self._longest = int(longest) if longest.isdigit() else 0

    def __bool__(self) -> bool:
        return bool(self._full)

    def _word(self, word: str) -> str:
        digest = self._words.get(word)
        if digest is None:
            digest = self._words[word] = _hashed(word, self.key)
        return digest

    def spans(self, text: str) -> list[Span]:
        """Where a kept name is said: the longest run of words, spaced as redact.txt's names may be, whose
        hash is kept; runs are tried only from a word that opens a kept name."""
        if not self._full:
            return []
        words = list(_WORD.finditer(text))
        found: list[Span] = []
        index = 0
        while index < len(words):
            first = words[index].group().casefold()
            end = None
            if self._word(first) in self._first:
                run, last = first, index
                for count in range(1, self._longest + 1):
                    if count > 1:
                        last += 1
                        if last >= len(words) or not _GAP.fullmatch(text[words[last - 1].end():words[last].start()]):
                            break
                        run = f"{run} {words[last].group().casefold()}"
                    if _hashed(run, self.key) in self._full:
                        end = last
            if end is None:
                index += 1
                continue
            found.append(Span(words[index].start(), words[end].end(), NAMA))
            index = end + 1
        return found
