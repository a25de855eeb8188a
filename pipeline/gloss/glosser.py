"""The GLOSS stage: language, interlinear gloss and free Indonesian translation per segment.

A Glosser loads the lexicon and spaCy's Indonesian lookup tables once; every spelling is analysed
once per process (its WordType, see wordtypes.py), and a segment repeated within a chunk of work
is glossed once: the results of the most recent RESULT_CACHE_SIZE distinct segments are kept
(least recently used dropped first), so a long-lived worker's memory stays flat however many
words pass through it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from pipeline.gloss.graded_pe import owned_amount_after
from pipeline.gloss.falsefriends import UNCERTAIN, load_false_friends, resolve
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.intimate import speak_intimately
from pipeline.gloss.kin_names import keep_named_kin, name_the_addressed
from pipeline.gloss.langid import IND, XMM, identify
from pipeline.gloss.lexicon import DEFAULT_LEXICON, SOUND_CORRESPONDENCE, Lexicon, load_lexicon
from pipeline.gloss.morphology import SPELLED_APART, WordAnalyzer
from pipeline.gloss.pronouns import read_pronouns
from pipeline.gloss.speaker_language import reread_by_speaker
from pipeline.gloss.chat import readings
from pipeline.gloss.spellings import load_spellings
from pipeline.gloss.tokens import tokenize
from pipeline.gloss.translate import SentenceTranslator
from pipeline.schema import INTERVIEWER
from pipeline.gloss.word_order import order_evidence
from pipeline.gloss.copula import join_with_adalah
from pipeline.gloss.yesno import ask_politely
from pipeline.gloss.wordtypes import WordTypes
from pipeline.records.languages import ENG, language_code

# Distinct segments whose results are kept: well above a work chunk's segments (annotate sends
# ~40k words, a few thousand segments, and asks for the unknown words of the same segments right
# after glossing them), small enough to cost a few tens of MiB at most.
RESULT_CACHE_SIZE = 20_000
# Evidence of a segment whose only telling words are Manado words that are also Indonesian (sapa
# 'siapa', kang 'kan'), none of them Indonesian-only: without a prior it is read as Manado Malay,
# the language the pipeline is for; a single Indonesian marker word (saya, tidak) still wins. A
# pronoun (kita: 'saya' or Indonesian 'we') is too common in Indonesian to decide it.
NEUTRAL_HOMOGRAPH = 0.01
UNKNOWN_COLUMNS = ["token", "count", "documents", "segment_id", "status", "why"]


@dataclass(frozen=True)
class GlossResult:
    """Gloss of one segment. `gloss` has one space-free gloss per word of `words`, in order."""

    language: str                      # "xmm", "ind" or "mixed"
    gloss: str
    translation: str
    unknown: list[str] = field(default_factory=list)
    words: tuple[str, ...] = ()        # the source words the gloss aligns with (punctuation dropped)
    uncertain: tuple[tuple[str, str], ...] = ()  # false friends the context left open: (word, why)


class Glosser:
    """Manado Malay -> Indonesian glosser; build once, call `gloss` or `gloss_frame` many times."""

    def __init__(self, lexicon_path: str | Path | None = None):
        self.lexicon: Lexicon = load_lexicon(lexicon_path or DEFAULT_LEXICON)
        self.vocabulary = IndonesianVocabulary(extra_words=self.lexicon.translations())
        self.analyzer = WordAnalyzer(self.lexicon, self.vocabulary)
        self.translator = SentenceTranslator(
            self.vocabulary, frozenset(" ".join(entry.words) for entry in self.lexicon.entries if entry.pos == "neg"),
            _written_apart(self.lexicon))
        self.false_friends = load_false_friends()
        # words that start a false friend: a segment with none of them needs no look at its units
        self.word_types = WordTypes(self.lexicon, self.analyzer,
                                    frozenset(key.split()[0] for key in self.false_friends), load_spellings())
        self._cached_gloss = lru_cache(maxsize=RESULT_CACHE_SIZE)(self._gloss)

    # --- one segment ---------------------------------------------------------------------------

    def gloss(self, text: str, prior: str | None = None) -> GlossResult:
        return self._cached_gloss(text if isinstance(text, str) else "", language_code(prior))

    def _gloss(self, text: str, prior: str | None) -> GlossResult:
        leading, words, glues = tokenize(text, self.word_types.known)
        if not words:
            return GlossResult(prior or IND, "", text, [], ())
        if prior == ENG:   # an English-language study's words: nothing to gloss or translate
            return GlossResult(ENG, "", text, [], tuple(words))
        types = self.word_types.of(words, glues)
        for at, standard in readings(words, glues).items():   # tgl 15, di no ini (chat.py)
            types[at] = self.word_types.respelled(words[at], standard)
        manado = indonesian = 0.0
        friend = False
        for i, word_type in enumerate(types):
            evidence = word_type.evidence
            if evidence > 0:
                manado += evidence
            elif evidence < 0:
                indonesian -= evidence
            elif prior != IND and word_type.lower in SPELLED_APART and i + 1 < len(types) and glues[i] == " ":
                manado += 1.0   # kita ba masak: ba-/ta- written apart before its word is Manado spelling
            if word_type.friend:
                friend = True
        unknown = [word_type.lower for word_type in types if word_type.unknown]
        if manado <= 0 and indonesian <= 0 and prior is None and any(
                t.analysis.homograph and t.pos != "pron" for t in types):
            manado = NEUTRAL_HOMOGRAPH  # Sapa itu?: no word says Indonesian
        language = identify(manado, indonesian, prior, len(words))
        if language != XMM:  # all words Indonesian-looking: their order may still say Manado
            order = order_evidence(types, glues, self.vocabulary, ada_abis_only=(prior == IND))
            if order:
                language = identify(manado + order, indonesian, prior, len(words))
        if language == IND:
            gloss = " ".join([word_type.indonesian_gloss for word_type in types])
            return GlossResult(language, gloss, _respelled(text, leading, words, glues, types), unknown, tuple(words))
        units = self.translator.units(types, glues, keep_homographs=(prior == IND))
        keep_named_kin(units)  # Jang kase tau Papa e: a capitalised kin term inside a sentence names one
        if prior == IND and language == XMM:
            read_pronouns(units, types)  # Kita so kaweng: the turn's own words make kita 'saya'
        if unknown:  # a word of a lexicon phrase (beking lapae) is known through the phrase
            unknown = _outside_phrases(types, units)
        uncertain = tuple(resolve(units, self.false_friends)) if friend else ()
        moved = owned_amount_after(units, self.vocabulary)  # kita pe banyak utang -> utang saya banyak
        reordered = self.translator.apply_context(units) or moved
        join_with_adalah(units, self.translator.vocabulary)  # Keselamatan adalah hal yang paling penting
        ask_politely(units)
        name_the_addressed(units)  # Ma, ..., mama mo titip apa? -> ..., Mama mau titip apa?
        speak_intimately(units)  # Kita pe hati cuma for ngana -> Hatiku hanya untukmu
        translation = self.translator.assemble(leading, units)
        if reordered:  # the gloss keeps the source order
            units = sorted(units, key=lambda unit: unit.first)
        gloss = " ".join([part for unit in units for part in unit.gloss])
        return GlossResult(language, gloss, translation, unknown, tuple(words), uncertain)

    def respells(self, word: str) -> bool | None:
        """What the lexicon does to a lower-case `word`: None when it does not translate it (or gives
        it as written), True when it only re-spells an Indonesian root (a sound correspondence:
        "ari" -> hari), False when it translates it."""
        entry = self.lexicon.get(word)
        if entry is None or entry.translation.casefold() == word:
            return None
        return entry.source == SOUND_CORRESPONDENCE and self.vocabulary.is_root_word(word)

    def gloss_turn(self, text: str, prior: str | None, by_interviewer: bool = False) -> GlossResult:
        """A transcript turn as a batch glosses it: an interviewer's under the Indonesian prior
        (`_asked_in`), unless its own words make it Manado Malay; then without a prior, so that no
        Manado word keeps the Indonesian spelling it shares (Sapa yang antar Oma?)."""
        if not by_interviewer or language_code(prior) == ENG:   # an English study's questions too
            return self.gloss(text, prior)
        result = self.gloss(text, IND)
        return self.gloss(text, None) if result.language == XMM else result

    # --- frames --------------------------------------------------------------------------------

    def gloss_frame(self, segments: pd.DataFrame) -> pd.DataFrame:
        """A copy of `segments` with language, gloss and translation filled for every row.

        A non-empty `language` value in a row is used as the prior (the front matter's language),
        except in an interviewer's turn, whose prior is Indonesian (`_asked_in`); a turn its own
        words make Manado Malay under that prior ("Sapa yang antar Oma?") is glossed without a
        prior, as `python -m pipeline gloss` glosses it, so that the prior keeps no Manado word
        (sapa) in the Indonesian spelling it shares.
        """
        frame = segments.copy()
        texts = frame["text"].tolist() if "text" in frame.columns else [""] * len(frame)
        priors = frame["language"].tolist() if "language" in frame.columns else [None] * len(frame)
        asked = [False] * len(frame)
        if "speaker_role" in frame.columns:
            asked = [role == INTERVIEWER for role in frame["speaker_role"]]
            priors = [_asked_in(prior, role) for prior, role in zip(priors, frame["speaker_role"])]
        gloss_turn = self.gloss_turn
        texts = [text if isinstance(text, str) else "" for text in texts]
        results = [gloss_turn(text, prior, by_interviewer) for text, prior, by_interviewer in zip(texts, priors, asked)]
        if "document" in frame.columns and "speaker" in frame.columns:  # Kita dari Bitung: by the speaker's turns
            owners = list(zip(frame["document"], frame["speaker"]))
            reread_by_speaker(self.gloss, texts, priors, asked, owners, results)
        frame["language"] = [result.language for result in results]
        frame["gloss"] = [result.gloss for result in results]
        frame["translation"] = [result.translation for result in results]
        return frame

    def unknown_words(self, segments: pd.DataFrame) -> pd.DataFrame:
        """Per-batch report of words in neither the lexicon nor the Indonesian tables (nor rules),
        and of false friends whose context did not decide between the Manado and the Indonesian
        meaning.

        Columns: token, count, documents (where it occurs), segment_id (an example segment),
        status (`unknown` or `uncertain`), why (for an uncertain word: the two meanings).
        """
        counts: Counter[str] = Counter()
        why: dict[str, str] = {}
        documents: dict[str, set[str]] = {}
        example: dict[str, str] = {}
        texts = segments["text"].tolist() if "text" in segments.columns else []
        priors = segments["language"].tolist() if "language" in segments.columns else [None] * len(texts)
        docs = segments["document"].tolist() if "document" in segments.columns else [""] * len(texts)
        ids = segments["segment_id"].tolist() if "segment_id" in segments.columns else [""] * len(texts)
        for text, prior, document, segment_id in zip(texts, priors, docs, ids):
            if not isinstance(text, str):
                continue
            result = self.gloss(text, prior)
            for token, reason in [(token, "") for token in result.unknown] + list(result.uncertain):
                counts[token] += 1
                documents.setdefault(token, set()).add(str(document))
                example.setdefault(token, str(segment_id))
                why.setdefault(token, reason)
        rows = [
            {"token": token, "count": count, "documents": "; ".join(sorted(d for d in documents[token] if d)),
             "segment_id": example[token], "status": UNCERTAIN if why[token] else "unknown", "why": why[token]}
            for token, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        ]
        return pd.DataFrame(rows, columns=UNKNOWN_COLUMNS)


def _asked_in(prior: object, role: object) -> object:
    """The prior of a turn: the front matter's language says how the informants speak; the
    interviewer, a researcher, mostly asks in Indonesian ("Boleh cerita soal kakak laki-laki
    yang sakit?"), where a Manado prior reads the homographs the Manado way ("Bisa ... pria"); in
    an English-language study's transcript (`language: en`) the interviewer asks in English.
    A question's own Manado words (torang, so, nyanda) still make it xmm or mixed. On the
    development interviews 19 of 743 questions read otherwise, most of them Indonesian kept as
    asked ("Boleh kita mulai?", not "Bisa saya mulai?")."""
    return IND if role == INTERVIEWER and language_code(prior) != ENG else prior


def _respelled(text: str, leading: str, words: list[str], glues: list[str], types: list) -> str:
    """An Indonesian segment's translation: the speaker's text, with the standard spelling where
    spellings.py found one (Tggu sbntr. -> Tunggu sebentar., Dia org Manado. -> Dia orang Manado.);
    everything else as written."""
    if all(word_type.lower == word.lower() for word, word_type in zip(words, types)):
        return text
    parts = [leading]
    for word, glue, word_type in zip(words, glues, types):
        if word_type.lower != word.lower():
            standard = word_type.lower
            word = standard.upper() if word.isupper() and len(word) > 1 else (
                standard[:1].upper() + standard[1:] if word[:1].isupper() else standard)
        parts.append(word + glue)
    return "".join(parts)


def _written_apart(lexicon: Lexicon) -> dict[tuple[str, str], str]:
    """The lexicon's ba- verbs and ta- verbs (ter-) by prefix and stem, read the same when the prefix is
    written apart: ba jual as bajual 'berjualan', ta kupas as takupas 'terkelupas'. A ta- adjective keeps
    the ter- rule's reading (ta kage -> kaget)."""
    return {(entry.words[0][:2], entry.words[0][2:]): entry.translation for entry in lexicon.entries
            if len(entry.words) == 1 and entry.pos == "v" and entry.translation and (
                entry.words[0].startswith("ba") or entry.words[0].startswith("ta") and entry.translation.startswith("ter"))}


@lru_cache(maxsize=1)
def shared_glosser() -> Glosser:
    """The process's one Glosser with the default lexicons: loading them takes a second and
    tens of MiB, so the run's workers, the coder (keyword_forms) and the evaluations share it."""
    return Glosser()


def _outside_phrases(types: list, units: list) -> list[str]:
    """The unknown words of a segment that no multiword expression of the lexicon covers."""
    covered = {unit.first + at for unit in units if " " in unit.key for at in range(unit.key.count(" ") + 1)}
    return [word_type.lower for at, word_type in enumerate(types) if word_type.unknown and at not in covered]


def merge_unknown_words(tables: list[pd.DataFrame]) -> pd.DataFrame:
    """Per-document unknown-word tables as one batch table, built the way the Glosser builds
    its own: counts add up, documents join, the example is the first occurrence; most frequent
    first, then alphabetical."""
    rows = pd.concat([table[UNKNOWN_COLUMNS] for table in tables], ignore_index=True)
    if rows.empty:
        return pd.DataFrame(columns=UNKNOWN_COLUMNS)
    by_token = rows.groupby("token", sort=False)
    documents = rows["documents"].str.split("; ").explode()
    documents = documents[documents.fillna("") != ""]
    named = documents.groupby(rows.loc[documents.index, "token"], sort=False).agg(lambda names: "; ".join(sorted(set(names))))
    merged = pd.DataFrame({"count": by_token["count"].sum().astype(int), "segment_id": by_token["segment_id"].first(),
                           "status": by_token["status"].first(), "why": by_token["why"].first()})
    merged["documents"] = named.reindex(merged.index).fillna("")
    merged = merged.rename_axis("token").reset_index()
    columns = {name: merged[name].tolist() for name in UNKNOWN_COLUMNS}
    order = sorted(range(len(merged)), key=lambda i: (-columns["count"][i], columns["token"][i]))
    return pd.DataFrame({name: [values[i] for i in order] for name, values in columns.items()}, columns=UNKNOWN_COLUMNS)
