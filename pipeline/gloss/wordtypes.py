"""What one spelling of a word brings to a sentence, worked out once per process.

For every word a sentence needs its analysis, its evidence for language identification, its
gloss in an Indonesian segment and the unit it starts as in a Manado Malay one. All of that
depends on the spelling alone (for a capitalised word also on whether it starts a sentence),
so it is computed at a spelling's first occurrence and looked up afterwards, as spaCy's
vocabulary does for lexemes: memory grows with the distinct spellings seen, not with the words.
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.chat import is_laughter
from pipeline.gloss.lexicon import Entry, Lexicon
from pipeline.gloss.spellings import Spellings
from pipeline.gloss.morphology import ACRONYM, NAME, NOMINAL_SOURCES, RULE, UNKNOWN, Analysis, WordAnalyzer, identity
from pipeline.gloss.tokens import NAME_MARKS, starts_sentence
from pipeline.privacy.patterns import TOKENS as REDACTION_MARKS

# Grammatical words never read as reduplication when written twice (pe pe, so so).
NO_REDUPLICATION = frozenset({"pe", "depe", "dp", "da", "so", "mo", "ja", "le", "jo", "dang", "to", "ba"})


class WordType:
    """One spelling's analysis and everything a sentence derives from it alone."""

    __slots__ = ("word", "lower", "analysis", "pos", "root", "source", "evidence", "unknown", "indonesian_gloss",
                 "phrases", "doubles", "upper", "gloss", "translation", "translation_cap", "kept", "kept_cap",
                 "friend")

    def __init__(self, word: str, analysis: Analysis, lexicon: Lexicon, friends: frozenset[str] = frozenset(),
                 standard: str | None = None):
        a = analysis
        # a chat spelling (trg, kse, skaliii) is read as its standard spelling (spellings.py)
        lower = standard or word.lower()
        self.word = word
        self.lower = lower
        self.analysis = a
        self.pos, self.root, self.source = a.pos, a.root, a.source
        self.evidence = a.evidence
        self.unknown = a.source == UNKNOWN
        # the gloss of the word in a segment identified as Indonesian
        self.indonesian_gloss = a.gloss if a.source in NOMINAL_SOURCES else word if word.isupper() else lower
        # multiword expressions starting here, by their second word
        self.phrases: dict[str, list[Entry]] | None = (
            lexicon.mwes.get(lower) if a.source not in (NAME, ACRONYM) else None)
        # written twice in a row, the word is reduplication (urus urus -> urus-urus)
        self.doubles = bool(a.ind) and " " not in a.ind and a.source not in NOMINAL_SOURCES \
            and lower not in NO_REDUPLICATION
        self.upper = word[0].isupper()
        self.friend = lower in friends  # may start a false friend (falsefriends.py)
        self.gloss = (a.gloss,)
        # the free-translation text of the word on its own, and whether it is capitalised: the
        # speaker's spelling where Indonesian has the same word; `kept` also keeps homographs
        # (for segments whose front matter says Indonesian)
        if standard and (a.ind == lower or a.source in NOMINAL_SOURCES):
            self.translation, self.translation_cap = standard, self.upper   # tp -> tapi, bagusss -> bagus
        elif a.ind == lower or a.source in NOMINAL_SOURCES:
            self.translation, self.translation_cap = word, False
        else:
            self.translation, self.translation_cap = a.ind, self.upper
        if a.homograph:
            self.kept, self.kept_cap = (standard, self.upper) if standard else (word, False)
        else:
            self.kept, self.kept_cap = self.translation, self.translation_cap


class WordTypes:
    """The WordType of every word of a sentence; each spelling is analysed once per process."""

    def __init__(self, lexicon: Lexicon, analyzer: WordAnalyzer, friends: frozenset[str] = frozenset(),
                 spellings: dict[str, str] | None = None):
        self.lexicon = lexicon
        self.analyzer = analyzer
        self.friends = friends  # first words of the false friends
        # the words a vowel-dropped chat form may stand for: the lexicon's and Indonesian's function words
        self.spellings = Spellings(spellings or {}, self.known,
                                   (*((key, entry.translation.lower()) for key, entry in lexicon.words.items()
                                      if key.islower()), *((word, word) for word in STOP_WORDS)))
        self._plain: dict[str, WordType] = {}                  # words not starting with a capital or digit
        self._cased: dict[tuple[str, bool, bool], WordType] = {}   # (word, starts a sentence, shouted)
        self._respelled: dict[tuple[str, str], WordType] = {}       # (word, the reading its context gave)

    def known(self, lower: str) -> bool:
        """A word the lexicon or Indonesian knows (lower case): no name, whatever its capital."""
        return self.lexicon.get(lower) is not None or self.analyzer.vocabulary.is_word(lower)

    def of(self, words: list[str], glues: list[str]) -> list[WordType]:
        """`glues[i]` is the text after `words[i]` (it tells whether the next word starts a sentence)."""
        types = list(map(self._plain.get, words))
        shouted = None
        for i, word_type in enumerate(types):
            if word_type is None:
                if shouted is None:
                    shouted = _shouted(words)
                types[i] = self._first_seen(words[i], glues[i - 1] if i else None, shouted)
        return types

    def _first_seen(self, word: str, previous_glue: str | None, shouted: bool) -> WordType:
        first = word[0]
        if is_laughter(word.lower()):   # wkwk, Hahaha (chat.py)
            word_type = self._plain[word] = WordType(word, identity(word, RULE, "interj"), self.lexicon)
            return word_type
        if previous_glue is not None and previous_glue.endswith("[") and f"[{word}]" in REDACTION_MARKS:
            return WordType(word, identity(f"[{word}]", NAME), self.lexicon)   # what redaction left: [NAMA]
        if shouted and word.isupper() and len(word) > 1 and self.spellings.standard(word.lower()) is None:
            small = self._first_seen(word.lower(), previous_glue, shouted)
            if small.source not in (UNKNOWN, NAME, ACRONYM) and small.pos != "acr":
                # KITA SO RINDU PA NGANA: a word of a sentence in capitals is the word written small
                opening = starts_sentence(previous_glue)
                return self._first_seen(word.capitalize(), previous_glue, False) if opening else small
        if first.isupper() or first.isdigit():
            key = (word, starts_sentence(previous_glue), shouted and word.isupper())
            word_type = self._cased.get(key)
            if word_type is None:
                analysis = self._cased_analysis(word, key[1], key[2])
                standard = self.spellings.standard(word.lower()) if (
                    analysis.source not in (NAME, ACRONYM) or first.isdigit()) else None   # 50rb (chat.py)
                if standard is not None:
                    analysis = self.analyzer.analyze(standard)
                word_type = self._cased[key] = WordType(word, analysis, self.lexicon, self.friends, standard)
            return word_type
        lower = word if word.islower() else word.lower()
        standard = self.spellings.standard(lower)
        analysis = self.analyzer.analyze(standard or lower)
        word_type = self._plain[word] = WordType(word, analysis, self.lexicon, self.friends, standard)
        return word_type

    def respelled(self, word: str, standard: str) -> WordType:
        """`word` read as `standard`, which its neighbours decided (chat.py: tgl 15 -> tanggal 15)."""
        key = (word, standard)
        word_type = self._respelled.get(key)
        if word_type is None:
            word_type = self._respelled[key] = WordType(word, self.analyzer.analyze(standard), self.lexicon,
                                                        self.friends, standard)
        return word_type

    def _cased_analysis(self, word: str, at_sentence_start: bool, shouted: bool) -> Analysis:
        """Acronyms and proper names pass unchanged; a capitalised sentence start is a normal word.

        A word in capitals that is no Indonesian word is an acronym even where a Manado word is
        spelt the same (kadar CO di napas: carbon monoxide, not *co* 'coba'), unless the whole
        sentence is in capitals (`shouted`): then it is the word."""
        lower = word.lower()
        if word.endswith(NAME_MARKS) and not self.known(lower):
            return identity(word, NAME)  # Alo' pe anjing: the tokenizer kept the glottal stop of a name;
                                         # Nya' (not), a known word, is read as the word
        if len(word) >= 2 and word.isupper():
            entry = self.lexicon.get(lower)
            if entry is not None and entry.pos == "acr":
                return self.analyzer.from_entry(entry, lower)
            if shouted and (entry is not None or self.analyzer.vocabulary.is_word(lower)):
                return self.analyzer.analyze(lower)  # RINDU opening a sentence in capitals: the word
            if entry is None or not self.analyzer.vocabulary.is_word(lower):
                return identity(word, ACRONYM)
        if at_sentence_start or self.analyzer.vocabulary.is_word(lower):
            return self.analyzer.analyze(lower)
        entry = self.lexicon.get(lower)
        if entry is not None and entry.pos != "v":  # Tanta, Om, Pante: titles and places keep their sense;
            return self.analyzer.analyze(lower)     # a capitalised verb inside a sentence is a name (Bali)
        return identity(word, NAME)


def _shouted(words: list[str]) -> bool:
    """Is most of the sentence written in capitals (a heading, a shout), so that a word in capitals
    is not an acronym for that alone?"""
    letters = [word for word in words if len(word) > 1 and word.isalpha()]
    return len(letters) > 1 and sum(word.isupper() for word in letters) * 2 > len(letters)
