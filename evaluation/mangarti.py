"""The MangARTI Manado Malay-Indonesian parallel corpus, read from where the user keeps it.

The corpus (GitHub JomnLalu/MangARTI, Datasets/dataset_translate.jsonl; Hugging Face
Jmnlalu/Bahasa-Manado-Alpaca-Translations, MIT) is never copied into this repository: only the
facts mined from it are (lexicon rows with source `MangARTI`). Its path comes from the environment
variable MANGARTI_CORPUS or an option; `pairs` accepts the original JSONL (records in both
directions, an `instruction` naming them) or a TSV of `xmm<TAB>ind` lines.

The split is deterministic and needs no list of sentences: a pair belongs to the blind part when
the SHA-256 of `SPLIT_SEED` + its normalised Manado sentence falls below BLIND_SHARE, to the dev
part when it falls in the next DEV_SHARE, and to the mining part otherwise. The blind part is only
ever measured; the lexicon is mined from the mining part and checked on the dev part.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import InputError

ENV_VARIABLE = "MANGARTI_CORPUS"
SPLIT_SEED = "issue16-mangarti-v1"
BLIND_SHARE = 0.18
DEV_SHARE = 0.12
BLIND, DEV, MINING = "blind", "dev", "mining"
HOW_TO_GET = (
    "the MangARTI corpus was not found: download Datasets/dataset_translate.jsonl from "
    "https://github.com/JomnLalu/MangARTI (or the Hugging Face dataset "
    "Jmnlalu/Bahasa-Manado-Alpaca-Translations) and set MANGARTI_CORPUS to its path")

_TO_INDONESIAN = re.compile(r"manado\S*\s+(dialect\s+)?to\s+(formal\s+)?indonesian", re.IGNORECASE)
_TO_MANADO = re.compile(r"indonesian\s+to\s+manado", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Pair:
    xmm: str
    ind: str
    line: int

    @property
    def part(self) -> str:
        return split_of(self.xmm)


def normalise(sentence: str) -> str:
    """The form two copies of a sentence share: lower case, single spaces."""
    return _SPACES.sub(" ", sentence).strip().lower()


def split_of(xmm: str) -> str:
    """Which part a Manado Malay sentence belongs to (blind, dev or mining), from its hash alone."""
    digest = hashlib.sha256(f"{SPLIT_SEED}\n{normalise(xmm)}".encode("utf-8")).digest()
    share = int.from_bytes(digest[:8], "big") / 2 ** 64
    if share < BLIND_SHARE:
        return BLIND
    return DEV if share < BLIND_SHARE + DEV_SHARE else MINING


def corpus_path(explicit: str | Path | None = None) -> Path | None:
    """The corpus file named by the option or MANGARTI_CORPUS, or None when neither names one."""
    named = explicit or os.environ.get(ENV_VARIABLE)
    return Path(named).expanduser() if named else None


def pairs(path: str | Path) -> list[Pair]:
    """Unique (Manado Malay, Indonesian) pairs of the corpus file, in file order.

    Both directions of a JSONL record give the same pair (the source of an Indonesian-to-Manado
    record is the reference); a pair seen twice counts once.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError.at(path, HOW_TO_GET) from None
    except (OSError, UnicodeDecodeError) as err:
        raise InputError.at(path, f"cannot read the corpus ({err})") from None
    reader = _jsonl_pair if path.suffix.lower() in (".jsonl", ".json") else _tsv_pair
    seen: set[tuple[str, str]] = set()
    found: list[Pair] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        pair = reader(path, number, line)
        if pair is None:
            continue
        key = (normalise(pair[0]), normalise(pair[1]))
        if key not in seen and key[0] and key[1]:
            seen.add(key)
            found.append(Pair(pair[0].strip(), pair[1].strip(), number))
    return found


def _jsonl_pair(path: Path, number: int, line: str) -> tuple[str, str] | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError.at(path, f"not a JSON record ({err.msg})", line=number) from None
    if not isinstance(record, dict):
        raise InputError.at(path, "not a JSON object", line=number)
    instruction = str(record.get("instruction", ""))
    source, target = str(record.get("input", "")), str(record.get("output", ""))
    if _TO_INDONESIAN.search(instruction):
        return source, target
    if _TO_MANADO.search(instruction):
        return target, source
    return None  # another task: not a translation pair


def _tsv_pair(path: Path, number: int, line: str) -> tuple[str, str] | None:
    cells = line.split("\t")
    if len(cells) < 2:
        raise InputError.at(path, "needs two tab-separated columns: xmm and ind", line=number)
    if number == 1 and cells[0].strip().lower() == "xmm":
        return None  # header
    return cells[0], cells[1]


def split_pairs(path: str | Path) -> dict[str, list[Pair]]:
    """The corpus's pairs by part: {'mining': [...], 'dev': [...], 'blind': [...]}."""
    parts: dict[str, list[Pair]] = {MINING: [], DEV: [], BLIND: []}
    for pair in pairs(path):
        parts[pair.part].append(pair)
    return parts
