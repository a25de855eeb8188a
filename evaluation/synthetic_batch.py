"""The synthetic batch that `make bench` (bench.py) and the equivalence check (equivalence.py) run
`analyze` on: interviews of any length recombined deterministically from the turns of the
development batches.
"""

from __future__ import annotations

import random
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE_BATCHES = (REPO / "tests" / "data" / "dev_interviews", REPO / "transcripts" / "wori")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
WORD = re.compile(r"\S+")


@dataclass
class TurnPool:
    """What synthetic interviews are recombined from: interviewer questions, informant
    sentences per language, and informant profiles (front matter without the code)."""

    questions: list[str] = field(default_factory=list)
    sentences: dict[str, list[str]] = field(default_factory=dict)
    profiles: list[dict[str, str]] = field(default_factory=list)


def turn_pool(sources: tuple[Path, ...] = SOURCE_BATCHES) -> TurnPool:
    """Turns of every source batch that exists (read the way `analyze` reads them)."""
    from pipeline.ingest import read_batch

    pool = TurnPool()
    for source in sources:
        if not source.is_dir():
            continue
        batch = read_batch(source)
        roles = dict(zip(batch.informants["informant"], batch.informants["role"]))   # Tabel 1's, informants.csv's first
        for name, doc in batch.documents.items():
            language = str(doc.metadata.get("language") or "ind")
            profile = {key: str(doc.metadata[key]) for key in ("role", "site", "institution", "gender")
                       if doc.metadata.get(key)}
            rows = batch.segments[batch.segments["document"] == name]
            speaking = rows.loc[rows["speaker_role"] == "informant", "informant"]
            role = profile.get("role") or (roles.get(speaking.iloc[0]) if len(speaking) else None)
            pool.profiles.append({"language": language, **profile, **({"role": role} if role else {})})
            for row in rows.itertuples():
                text = " ".join(row.text.split())
                if row.speaker_role == "interviewer" and row.speaker:
                    pool.questions.append(text)
                elif row.speaker_role == "informant":
                    pool.sentences.setdefault(language, []).extend(s for s in SENTENCE_END.split(text) if s)
    if not pool.questions or not pool.sentences:
        raise SystemExit(f"no interview turns found in {', '.join(map(str, sources))}")
    return pool


def write_synthetic_batch(folder: Path, words: int, seed: int = 7, pool: TurnPool | None = None,
                          document_words: tuple[int, int] = (2000, 4000)) -> int:
    """Write about `words` words of interviews into `folder`; returns the exact word count.

    Each document is one informant's interview of a few thousand words: questions and
    answers of one to four sentences, drawn with `random.Random(seed)`, so the same
    arguments always give the same files.
    """
    pool = pool or turn_pool()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written, number = 0, 0
    while written < words:
        number += 1
        code = f"S{number:04d}"
        profile = rng.choice(pool.profiles)
        language = profile["language"]
        sentences = pool.sentences.get(language) or [s for group in pool.sentences.values() for s in group]
        budget = min(rng.randint(*document_words), words - written)
        front = "\n".join(f"{key}: {value}" for key, value in profile.items())
        date = time.strftime("%Y-%m-%d", time.gmtime(1704067200 + 86400 * number))
        lines = [f"---\ninformant: {code}\n{front}\ndate: {date}\n---\n"]
        in_document = 0
        while in_document < budget:
            question = rng.choice(pool.questions)
            answer = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 4)))
            lines += [f"P: {question}\n", f"{code}: {answer}\n"]
            in_document += len(WORD.findall(question)) + len(WORD.findall(answer))
        (folder / f"{code}.md").write_text("\n".join(lines), encoding="utf-8")
        written += in_document
    return written
