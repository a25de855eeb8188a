"""The GLOSS stage: language, interlinear gloss and free Indonesian translation per segment.

A Glosser loads the lexicon and spaCy's Indonesian lookup tables once; every word is analysed
once per process (cached), and a segment repeated within a chunk of work is glossed once: the
results of the most recent RESULT_CACHE_SIZE distinct segments are kept (least recently used
dropped first), so a long-lived worker's memory stays flat however many words pass through it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.langid import IND, identify, normalise_prior
from pipeline.gloss.lexicon import DEFAULT_LEXICON, Lexicon, load_lexicon
from pipeline.gloss.morphology import ACRONYM, NAME, NUMBER, UNKNOWN, Analysis, WordAnalyzer, identity
from pipeline.gloss.tokens import starts_sentence, tokenize
from pipeline.gloss.translate import SentenceTranslator

# Distinct segments whose results are kept: well above a work chunk's segments (annotate sends
# ~40k words, a few thousand segments, and asks for the unknown words of the same segments right
# after glossing them), small enough to cost a few tens of MiB at most.
RESULT_CACHE_SIZE = 20_000


@dataclass(frozen=True)
class GlossResult:
    """Gloss of one segment. `gloss` has one space-free gloss per word of `words`, in order."""

    language: str                      # "xmm", "ind" or "mixed"
    gloss: str
    translation: str
    unknown: list[str] = field(default_factory=list)
    words: tuple[str, ...] = ()        # the source words the gloss aligns with (punctuation dropped)


class Glosser:
    """Manado Malay -> Indonesian glosser; build once, call `gloss` or `gloss_frame` many times."""

    def __init__(self, lexicon_path: str | Path | None = None):
        self.lexicon: Lexicon = load_lexicon(lexicon_path or DEFAULT_LEXICON)
        self.vocabulary = IndonesianVocabulary(extra_words=self.lexicon.translations())
        self.analyzer = WordAnalyzer(self.lexicon, self.vocabulary)
        self.translator = SentenceTranslator(self.lexicon, self.vocabulary)
        self._cached_gloss = lru_cache(maxsize=RESULT_CACHE_SIZE)(self._gloss)

    # --- one segment ---------------------------------------------------------------------------

    def gloss(self, text: str, prior: str | None = None) -> GlossResult:
        return self._cached_gloss(text if isinstance(text, str) else "", normalise_prior(prior))

    def _gloss(self, text: str, prior: str | None) -> GlossResult:
        leading, words, glues = tokenize(text)
        if not words:
            return GlossResult(prior or IND, "", text, [], ())
        analyses = self._analyses(words, glues)
        manado = indonesian = 0.0
        unknown: list[str] = []
        for word, a in zip(words, analyses):
            evidence = a.evidence
            if evidence > 0:
                manado += evidence
            elif evidence < 0:
                indonesian -= evidence
            if a.source == UNKNOWN:
                unknown.append(word.lower())
        language = identify(manado, indonesian, prior, len(words))
        if language == IND:
            gloss = " ".join(word if a.source in (NAME, ACRONYM, NUMBER) or word.isupper() else word.lower()
                             for word, a in zip(words, analyses))
            return GlossResult(language, gloss, text, unknown, tuple(words))
        lowers = [w.lower() for w in words]
        units = self.translator.units(words, lowers, analyses, glues, keep_homographs=(prior == IND))
        self.translator.apply_context(units)
        translation = self.translator.assemble(leading, units)
        gloss_words: list[str] = []
        for unit in units:
            gloss_words.extend(unit.gloss)
        # units may have been swapped (tu anak -> anak itu): restore source order for the gloss
        if any(units[i].first > units[i + 1].first for i in range(len(units) - 1)):
            gloss_words = []
            for unit in sorted(units, key=lambda u: u.first):
                gloss_words.extend(unit.gloss)
        return GlossResult(language, " ".join(gloss_words), translation, unknown, tuple(words))

    def _analyses(self, words: list[str], glues: list[str]) -> list[Analysis]:
        analyze = self.analyzer.analyze
        out: list[Analysis] = []
        previous_glue: str | None = None
        for word, glue in zip(words, glues):
            first = word[0]
            if first.isupper() or first.isdigit():
                out.append(self._cased(word, previous_glue))
            else:
                out.append(analyze(word if word.islower() else word.lower()))
            previous_glue = glue
        return out

    def _cased(self, word: str, previous_glue: str | None) -> Analysis:
        """Acronyms and proper names pass unchanged; a capitalised sentence start is a normal word."""
        lower = word.lower()
        if len(word) >= 2 and word.isupper():
            entry = self.lexicon.get(lower)
            if entry is not None and entry.pos == "acr":
                return self.analyzer.from_entry(entry, lower)
            if entry is None:
                return identity(word, ACRONYM)
        if starts_sentence(previous_glue) or lower in self.lexicon or self.analyzer.vocabulary.is_word(lower):
            return self.analyzer.analyze(lower)
        return identity(word, NAME)

    # --- frames --------------------------------------------------------------------------------

    def gloss_frame(self, segments: pd.DataFrame) -> pd.DataFrame:
        """A copy of `segments` with language, gloss and translation filled for every row.

        A non-empty `language` value in a row is used as the prior (the front matter's language).
        """
        frame = segments.copy()
        texts = frame["text"].tolist() if "text" in frame.columns else [""] * len(frame)
        priors = frame["language"].tolist() if "language" in frame.columns else [None] * len(frame)
        languages, glosses, translations = [], [], []
        gloss = self.gloss
        for text, prior in zip(texts, priors):
            result = gloss(text if isinstance(text, str) else "", prior)
            languages.append(result.language)
            glosses.append(result.gloss)
            translations.append(result.translation)
        frame["language"] = languages
        frame["gloss"] = glosses
        frame["translation"] = translations
        return frame

    def unknown_words(self, segments: pd.DataFrame) -> pd.DataFrame:
        """Per-batch report of words in neither the lexicon nor the Indonesian tables (nor rules).

        Columns: token, count, documents (where it occurs), segment_id (an example segment).
        """
        counts: Counter[str] = Counter()
        documents: dict[str, set[str]] = {}
        example: dict[str, str] = {}
        texts = segments["text"].tolist() if "text" in segments.columns else []
        priors = segments["language"].tolist() if "language" in segments.columns else [None] * len(texts)
        docs = segments["document"].tolist() if "document" in segments.columns else [""] * len(texts)
        ids = segments["segment_id"].tolist() if "segment_id" in segments.columns else [""] * len(texts)
        for text, prior, document, segment_id in zip(texts, priors, docs, ids):
            if not isinstance(text, str):
                continue
            for token in self.gloss(text, prior).unknown:
                counts[token] += 1
                documents.setdefault(token, set()).add(str(document))
                example.setdefault(token, str(segment_id))
        rows = [
            {"token": token, "count": count, "documents": "; ".join(sorted(d for d in documents[token] if d)),
             "segment_id": example[token]}
            for token, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        ]
        return pd.DataFrame(rows, columns=["token", "count", "documents", "segment_id"])
