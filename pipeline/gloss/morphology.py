"""Word-level analysis: lexicon look-up first, then the rules for what a lexicon cannot list.

Rules (each documented in data/README.md):
  reduplication  X-X -> translation of X, reduplicated (jadi-jadi, bae-bae -> baik-baik)
  di-            Indonesian di- on a Manado verb of the lexicon (dipake -> dipakai)
  -nya           Manado stem + Indonesian -nya (samuanya)
  baku-          reciprocal: bakupukul -> saling pukul
  ba-            ber-/meN- verb: bajalang -> berjalan, bacari -> mencari (the form Indonesian attests);
                 on an adjective of moving or changing, meN-: bajauh -> menjauh, badekat -> mendekat;
                 spelled be- where it gives a ber- verb (bediri -> berdiri, bekumpul -> berkumpul)
  ta-            ter- verb: tajatuh -> terjatuh
  ma-            meN- verb: mahargai -> menghargai, malompa -> melompat
  sound rules    -ng for -n/-m (makang, malang), dropped final consonants (saki, maso),
                 o/e for u/i in the last syllable (tidor, ambe), a for schwa (capat, sadiki),
                 -e/-o for -ai/-au (sampe, pulo), dropped initial h (ujang, idop)
A rule only fires when it lands on a real Indonesian root (spaCy's lemma table or the lexicon's
own translations), and never on a word PySastrawi's root list knows as Indonesian (jahe, pipi),
so Indonesian words, names and loanwords are left alone; what is left is reported as unknown.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, replace

from pipeline.gloss.indonesian import IndonesianVocabulary, men_prefix, ter_prefix
from pipeline.gloss.lexicon import NOUN_POS, PREDICATE_POS, SOUND_CORRESPONDENCE, Entry, Lexicon

VOWELS = frozenset("aeiou")
_DROPPED_FINALS = "tkhpl"  # final consonants Manado Malay drops (saki, maso, ruma, tutu, ambe)
_LOWERED_BEFORE = "tkpl"  # ... with the vowel before them lowered (maso, tako, ambe, bae)
# Entries that are Indonesian too (health terms included: tensi, opname are said in Indonesian
# interviews as well): never evidence that a segment is Manado Malay.
LOANWORD = "loanword"
INDONESIAN_SOURCES = frozenset({"shared with Indonesian", "informal spelling", "health system term", LOANWORD})
_FUNCTION_POS = frozenset({"pron", "poss", "aux", "neg", "prep", "conj", "rel", "ptc", "interj", "q", "dem", "prefix"})

# Initial clusters written for Indonesian consonant + schwa + consonant (slimut selimut, prahu perahu).
_CLUSTER_FIRST = frozenset("bdgkpst")
_CLUSTER_SECOND = frozenset("lrkmnptb")
# Prefix syllables whose schwa Manado Malay writes a: ma(ng)- me(ng)-, pa(r)- pe(r)-, ka- ke-, sa- se-.
_SCHWA_PREFIXES = frozenset({"ma", "pa", "ka", "sa", "ta", "ba"})
# A letter written three times or more (capeee), and a vowel doubled at the end (skalii): chat spellings
# (a doubled final consonant is left alone: staff, press, tell are other languages' words).
_HELD_RUN = re.compile(r"(\w)\1{2,}")
_HELD_END = re.compile(r"([aiueo])\1+$")
_HELD_CONSONANT = re.compile(r"([b-df-hj-np-tv-z])\1+$")  # sadapp; a loanword ends so too (staff, pass)
_ORDINAL_KA = re.compile(r"ka-(\d+)")  # an ordinal written with Manado ka: ulang taong ka-80
SPELLED_APART = frozenset({"ba", "ta"})  # the verb prefixes page writers may hyphenate (ta-jatuh, ba-cirita)
# Where a word's analysis came from; only UNKNOWN words go to the unknown-word report.
LEXICON, INDONESIAN, RULE, UNKNOWN, NUMBER, ACRONYM, NAME = (
    "lexicon", "indonesian", "rule", "unknown", "number", "acronym", "name")
# Words that name or count things: kept as written, never translated or doubled.
NOMINAL_SOURCES = frozenset({NAME, ACRONYM, NUMBER})


@dataclass(frozen=True, slots=True)
class Analysis:
    """What one source word means, for the gloss, the translation and language identification."""

    ind: str          # free-translation text, lower case; "" when the word is dropped
    gloss: str        # one Leipzig gloss (no spaces)
    pos: str          # lexicon part of speech ("v" for derived verbs); "" when not known
    root: str         # single-word Indonesian root that dapa/kase/ba combine with; "" if none
    source: str       # LEXICON, INDONESIAN, RULE, UNKNOWN, NUMBER, ACRONYM or NAME
    evidence: float   # > 0 Manado Malay, < 0 Indonesian, 0 neutral
    homograph: bool = False  # a lexicon word that is also an Indonesian word with another meaning


def identity(word: str, source: str, pos: str = "", evidence: float = 0.0) -> Analysis:
    gloss = word if source in (ACRONYM, NAME, NUMBER) else word.lower()
    return Analysis(word, gloss, pos, word.lower() if " " not in word else "", source, evidence)


class WordAnalyzer:
    """Analyses lower-cased words; every result is cached, so each distinct word is analysed once."""

    def __init__(self, lexicon: Lexicon, vocabulary: IndonesianVocabulary):
        self.lexicon = lexicon
        self.vocabulary = vocabulary
        self._cache: dict[str, Analysis] = {}
        self._pos_of_translation: dict[str, str] = {}
        for entry in lexicon.entries:
            ind = entry.translation
            if ind and " " not in ind and entry.pos in PREDICATE_POS | NOUN_POS:
                self._pos_of_translation.setdefault(ind, entry.pos)

    def analyze(self, word: str) -> Analysis:
        analysis = self._cache.get(word)
        if analysis is None:
            analysis = self._analyze(word)
            self._cache[word] = analysis
        return analysis

    def from_entry(self, entry: Entry, word: str | None = None) -> Analysis:
        key = word or entry.xmm.lower()
        ind = entry.translation
        shared = (self.vocabulary.is_word(key) or key in self.vocabulary.colloquial
                  or entry.source in INDONESIAN_SOURCES)
        # a loanword (speaker, aqua) has no other Indonesian meaning: no homograph that could say Manado
        homograph = shared and ind != key and entry.pos != "acr" and entry.source != LOANWORD
        manado = not shared and ind != key and entry.pos not in ("acr", "prefix")
        root = ind if entry.pos in PREDICATE_POS and " " not in ind else ""
        gloss = entry.gloss[0] if len(entry.gloss) == 1 else ind.replace(" ", ".")
        return Analysis(ind, gloss, entry.pos, root, LEXICON, 1.0 if manado else 0.0, homograph)

    # --- the cascade -------------------------------------------------------------------------

    def _analyze(self, word: str) -> Analysis:
        entry = self.lexicon.get(word)
        if entry is not None:
            return self.from_entry(entry, word)
        if any(ch.isdigit() for ch in word):
            ordinal = _ORDINAL_KA.fullmatch(word)
            if ordinal:  # ka-80 -> ke-80: Manado ka for the ordinal ke- (as ka for the preposition ke)
                return Analysis("ke-" + ordinal[1], "ORD-" + ordinal[1], "num", "", RULE, 1.0)
            return identity(word, NUMBER)
        if "-" in word or "'" in word or "’" in word:
            return self._hyphenated(word)
        if word.startswith("di") and (place := self.lexicon.get(word[2:])) is not None and place.pos == "loc" and (
                " " not in place.translation):  # di written onto its place (dirumah, dipasar): no passive verb
            return Analysis("di " + place.translation, "di " + self.from_entry(place).gloss, "adv", "", RULE, 0.0)
        vocabulary = self.vocabulary
        if vocabulary.is_word(word) or word in vocabulary.colloquial:
            evidence = -1.0 if word in vocabulary.markers else (-0.5 if vocabulary.is_marked_indonesian(word) else 0.0)
            ind = vocabulary.norm(word) or word
            pos = self._pos_of_translation.get(word, "")
            return Analysis(ind, word, pos, word, INDONESIAN, evidence)
        derived = self._derive(word)
        if derived is not None:
            return derived
        if vocabulary.is_root_word(word):  # Indonesian after all (PySastrawi's root list)
            return Analysis(word, word, "", word, INDONESIAN, 0.0)
        return self._held_letter(word) or identity(word, UNKNOWN)

    def _held_letter(self, word: str) -> Analysis | None:
        """An unknown word with a letter held the way chat writers stretch it (capeee, skalii,
        nyandaaa): the analysis of the word with the run written once, when that word is known."""
        for shortened in (_HELD_RUN.sub(r"\1", word), _HELD_END.sub(r"\1", word)):
            if shortened != word and len(shortened) > 2:  # not see -> se
                analysis = self.analyze(shortened)
                if analysis.source != UNKNOWN:
                    return analysis
        shortened = _HELD_CONSONANT.sub(r"\1", word)  # a Manado word with its last consonant held: sadapp
        entry = self.lexicon.get(shortened) if shortened != word and len(shortened) > 2 else None
        return self.from_entry(entry, shortened) if entry is not None and entry.source != "shared with Indonesian" else None

    def _hyphenated(self, word: str) -> Analysis:
        unmarked = word.replace("’", "").replace("'", "")
        if unmarked != word and "-" not in word:  # a glottal stop marked inside a word: tinutu'an, ma'ruku
            analysis = self.analyze(unmarked)
            if analysis.source != UNKNOWN:
                return analysis
        parts = [p for p in word.replace("’", "-").replace("'", "-").split("-") if p]
        if len(parts) == 2 and parts[0] == "baku":
            return self.analyze(parts[0] + parts[1])  # the reciprocal written with a hyphen: baku-bantu
        if len(parts) == 2 and parts[0] in SPELLED_APART and "-" not in word:  # ba'apa: the prefix written apart
            phrase = [e for e in self.lexicon.mwes.get(parts[0], {}).get(parts[1], ()) if len(e.words) == 2]
            if phrase:
                return self.from_entry(phrase[0], word)  # ba'apa -> sedang apa, as ba apa reads
        if len(parts) == 2 and parts[0] in SPELLED_APART and "-" in word:
            joined = self.analyze(parts[0] + parts[1])  # a prefix written with a hyphen: ta-jatuh, ba-cirita
            if joined.source != UNKNOWN:
                return joined
        if len(parts) == 2 and (parts[0] == parts[1] or parts[0][:2] == "ba" and parts[0][2:] == parts[1]):
            base = self.analyze(parts[0])  # bamain-main: the ba- verb reduplicated on its stem
            if base.source in (UNKNOWN, NUMBER) or not base.ind:
                return identity(word, base.source if base.source == UNKNOWN else INDONESIAN)
            head, _, rest = base.ind.partition(" ")  # reduplicate the head: kepala-kepala lingkungan
            # a prefixed verb repeats its stem only: bajalan-bajalan -> berjalan-jalan, brenti-brenti -> berhenti-henti
            ind = f"{self.vocabulary.reduplicated(head)} {rest}".rstrip()
            return Analysis(ind, f"{base.gloss}~{base.gloss}", base.pos, "", base.source, base.evidence,
                            base.homograph)
        if self.vocabulary.is_form(word):  # an Indonesian word written with a hyphen: pertama-tama, lauk-pauk
            return identity(word, INDONESIAN)
        analyses = [self.analyze(p) for p in parts]
        if any(a.source == UNKNOWN for a in analyses):
            return identity(word, UNKNOWN)
        ind = "-".join(a.ind for a in analyses if a.ind)
        gloss = "-".join(a.gloss for a in analyses)
        source = RULE if any(a.source in (RULE, LEXICON) and a.evidence > 0 for a in analyses) else INDONESIAN
        return Analysis(ind, gloss, analyses[-1].pos, "", source, max(a.evidence for a in analyses))

    def _derive(self, word: str) -> Analysis | None:
        """The rules, most specific first; None when no rule lands on a known root."""
        if len(word) < 3 or not word.isalpha():
            return None
        if word.startswith("di") and len(word) > 4:  # Indonesian di- on a Manado verb: dipake, dipangge
            entry = self.lexicon.get(word[2:])
            if entry is not None and entry.pos == "v" and " " not in entry.translation:
                base = self.from_entry(entry)
                passive = self.vocabulary.passive(entry.translation, base.gloss.rpartition("-")[2])  # meN-masak
                return Analysis(passive, "di-" + base.gloss, "v", "", RULE, base.evidence)
        if word.startswith("be") and len(word) > 4 and word[2] != "r":  # ba- spelled be-: bediri -> berdiri
            spelled = self.analyze("ba" + word[2:])  # (Indonesian be- stands only before r: berenang)
            if spelled.source in (LEXICON, RULE) and spelled.pos == "v" and spelled.ind.startswith("ber"):
                return spelled
        if self.vocabulary.is_root_word(word):  # Indonesian spaCy's tables lack (jahe, majelis): no rule
            return None
        affixed = self._affixed_schwa(word)
        if affixed is not None:
            return affixed
        if word.endswith("nya") and len(word) > 5:
            stem = self._root(word[:-3])
            if stem is not None:
                return Analysis(stem.ind + "nya", stem.gloss + "-nya", stem.pos, "", RULE, stem.evidence)
        if word.startswith("baku") and len(word) > 6:
            root = self._root(word[4:])
            if root is not None and root.pos not in _FUNCTION_POS:
                return Analysis("saling " + root.ind, "RECP-" + root.gloss, "v", "", RULE, 1.0)
        if word.startswith("ba") and len(word) > 4:
            root = self._root(word[2:])
            if root is not None and root.pos not in _FUNCTION_POS and " " not in root.ind:
                moving = self.vocabulary.moving(root.ind) if root.pos == "adj" else None
                inflected = self.vocabulary.inflected(root.ind, ("me", "ber"))
                form = moving or (root.ind if inflected else self.vocabulary.active(root.ind))  # bamencari: mencari
                prefix = "ber" if form and form.startswith("be") else "meN"
                # the adjective stays its root: kase bajauh -> menjauhkan, bajauh dari kita -> menjauhi saya
                return Analysis(form or root.ind, f"{prefix}-{root.gloss}", "v", root.ind if moving else "", RULE, 1.0)
        if word.startswith("ta") and len(word) > 4:
            root = self._root(word[2:])
            if root is not None and root.pos not in _FUNCTION_POS and " " not in root.ind:
                form = self.vocabulary.stative(root.ind)
                if not form and self.vocabulary.is_verb_root(root.ind):
                    # tajepit -> terjepit, as ta jepit written apart (indonesian.ter_form); also a root the
                    # lexicon lists or a sound rule reaches (tatipu -> tertipu, tagoso 'gosok' -> tergosok)
                    form = ter_prefix(root.ind)
                if form:
                    return Analysis(form, "ter-" + root.gloss, "v", "", RULE, 1.0)
        target = self._sound_rule(word)
        if target is not None:
            entry = self.lexicon.get(target)
            if entry is not None and entry.source == SOUND_CORRESPONDENCE and entry.translation != target:
                # ponakang -> ponakan, a Manado form of keponakan by the lexicon: a form of a form is the
                # same word (a row that re-words an Indonesian word, main -> bermain, says nothing of spelling)
                return replace(self.from_entry(entry, target), source=RULE, evidence=1.0, homograph=False)
            pos = self._pos_of_translation.get(target, "")
            return Analysis(target, target, pos, target, RULE, 1.0)
        return self._nasal_ma(word)  # last: makang is makan by the sound rules, not meN- + kang

    def _affixed_schwa(self, word: str) -> Analysis | None:
        """An affixed Indonesian word with Manado a for the schwa of its prefix syllables
        (mangalir -> mengalir, parjalanan -> perjalanan, kakaluargaan -> kekeluargaan)."""
        if word[:2] not in _SCHWA_PREFIXES or len(word) < 6:
            return None
        first = word[:1] + "e" + word[2:]
        second = _schwa(first[2:]) if len(first) > 4 else None
        for candidate in (first, first[:2] + second if second else None):
            if candidate and self.vocabulary.is_word(candidate):
                marked = self.vocabulary.is_marked_indonesian(candidate)
                root = candidate if self.vocabulary.is_lemma(candidate) else ""  # pariksa: periksa is a root
                return Analysis(candidate, candidate, "v" if marked else "", root, RULE, 1.0)
        return None

    def _nasal_ma(self, word: str) -> Analysis | None:
        """Manado ma- for the Indonesian meN- of a root (mahargai -> menghargai, malompa -> melompat)."""
        if not word.startswith("ma") or len(word) < 6 or sum(ch in VOWELS for ch in word[2:]) < 2:
            return None
        stem = word[2:]
        root = self._root(stem)
        reading = root.ind if root is not None and " " not in root.ind else ""
        order = (reading, stem) if root is not None and root.source == LEXICON else (stem, reading)
        for candidate in order:  # a lexicon root first: mapalu is memeluk (palu 'peluk'), not memalu
            form = men_prefix(candidate) if candidate else ""
            if form and self.vocabulary.is_form(form):
                return Analysis(form, "meN-" + candidate, "v", candidate, RULE, 1.0)
        return None

    def _root(self, stem: str) -> Analysis | None:
        """A root inside a derived word: a lexicon word, else the more productive of the Indonesian
        and the sound-rule reading (bajalang: jalan, not the rare Indonesian jalang)."""
        if len(stem) < 2:
            return None
        entry = self.lexicon.get(stem)
        if entry is not None:
            return self.from_entry(entry, stem)
        vocabulary = self.vocabulary
        readings = []
        if vocabulary.is_lemma(stem):
            readings.append((vocabulary.productivity(stem), 1, stem, INDONESIAN))
        target = self._sound_rule(stem) if len(stem) >= 3 else None
        if target is not None:
            readings.append((vocabulary.productivity(target), 0, target, RULE))
        if not readings:
            return None
        _, _, root, source = max(readings)
        pos = self._pos_of_translation.get(root, "")
        return Analysis(root, root, pos, root, source, 1.0 if source == RULE else 0.0)

    def _sound_rule(self, word: str) -> str | None:
        """The Indonesian root reached with the fewest changes; ties go to the most productive root."""
        vocabulary = self.vocabulary
        candidates = sound_candidates(word)
        found = [(cost, -vocabulary.productivity(c), c) for c, cost in candidates.items() if vocabulary.is_lemma(c)]
        if not found and len(word) >= 5:  # a root spaCy's table lacks (kartas -> kertas, slimut -> selimut)
            found = [(cost, c) for c, cost in candidates.items() if cost <= 2 and vocabulary.is_root(c)]
            return min(found)[1] if found else None
        return min(found)[2] if found else None


def sound_candidates(word: str) -> dict[str, int]:
    """Indonesian spellings a Manado Malay word may stand for, each with its number of changes.

    Changes: -ng for -n/-m (makang); -e/-o for -ai/-au (sampe, pulo); a dropped final consonant,
    with e/o for i/u before it (saki, maso, ambe); o/e for u/i in a closed last syllable (tidor,
    hitong); a for the schwa of the first syllable (capat); a schwa dropped from an initial
    cluster (slimut, prahu); a dropped initial h (ujang, idop).
    """
    out: dict[str, int] = {}

    def add(candidate: str, cost: int) -> None:
        if candidate != word and cost < out.get(candidate, 99):
            out[candidate] = cost

    bases = [(word, 0)]
    schwa = _schwa(word)
    if schwa:
        bases.append((schwa, 1))
    if len(word) > 3 and word[0] in _CLUSTER_FIRST and word[1] in _CLUSTER_SECOND:
        bases.append((word[0] + "e" + word[1:], 1))  # a dropped schwa: slimut, skitar, prahu, greja
    if word[0] in VOWELS:
        bases.append(("h" + word, 1))
    for base, cost in bases:
        if base[-1] in VOWELS:
            add(base, cost)
            if base[-1] == "e":
                add(base[:-1] + "ai", cost + 1)
            elif base[-1] == "o":
                add(base[:-1] + "au", cost + 1)
            raised = _raise_last_vowel(base)
            for consonant in _DROPPED_FINALS:
                add(base + consonant, cost + 1)
                if raised != base and consonant in _LOWERED_BEFORE:
                    add(raised + consonant, cost + 1)
        else:
            add(base, cost)
            add(_raise_last_vowel(base), cost + 1)
            if base.endswith("ng") and len(base) > 3:
                for ending in (base[:-1], base[:-2] + "m"):
                    add(ending, cost + 1)
                    add(_raise_last_vowel(ending), cost + 2)
    return out


def _raise_last_vowel(word: str) -> str:
    """Manado o/e in the last syllable for Indonesian u/i (tidor -> tidur, ambel -> ambil)."""
    for i in range(len(word) - 1, -1, -1):
        ch = word[i]
        if ch in VOWELS:
            if ch == "o":
                return word[:i] + "u" + word[i + 1:]
            if ch == "e":
                return word[:i] + "i" + word[i + 1:]
            return word
    return word


def _schwa(word: str) -> str | None:
    """Manado a for the Indonesian schwa of the first syllable (capat -> cepat, kaluar -> keluar)."""
    for i, ch in enumerate(word[:3]):
        if ch in VOWELS:
            if ch == "a" and i > 0:
                return word[:i] + "e" + word[i + 1:]
            return None
    return None
