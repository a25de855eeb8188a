"""Indonesian vocabulary and affixation, from spaCy's Indonesian lookup tables.

spaCy-lookups-data's `id_lemma_lookup` maps 36,872 inflected forms to 8,634 lemmas (a form is
tested with `in`, and lemmas, the values, are enumerable). Together with
spaCy's Indonesian stop words and `id_lexeme_norm` (slang -> standard), this is what tells an
Indonesian word from a Manado Malay one, and which affixed form of a root Indonesian uses.
PySastrawi's root list (KBBI-based) is a second, broader check for words none of these know.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.util import load_language_data
from spacy_lookups_data import id_ as INDONESIAN_LOOKUPS   # what spaCy's "id" lookups entry point names

from pipeline.errors import InputError

INDONESIAN_WORDS = Path(__file__).parent / "data" / "indonesian.tsv"

_COMMON_BONUS = 20
INFLECTING_PREFIXES = ("me", "be", "te", "di", "pe")  # how an inflected Indonesian verb starts
_SUFFIX_CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu", "kan")  # endings spaCy's table often lacks
_VOICELESS_DROPPED = {"k": "meng", "p": "mem", "t": "men", "s": "meny"}
# Roots whose active form before an object is the -i or -kan form: the bare meN- form is in the tables but not
# in use (sayang tu cucu -> menyayangi cucu itu, not menyayang; the own references' baku sayang: menyayangi;
# batas: membatasi, dibatasi - KBBI gives the verb only with -i; lanjut: melanjutkan, dilanjutkan - KBBI's
# melanjut is to grow longer, MangARTI mining part melanjutkan 3 of 3 before what goes on; kurang:
# mengurangi, KBBI's mengurang is to grow less, with no object; cinta: mencintai, rindu: merindukan - KBBI's
# mencinta and merindu take no object, MangARTI mining part merindukan before the one missed)
_APPLIED_ACTIVE = {"sayang": "menyayangi", "batas": "membatasi", "lanjut": "melanjutkan", "kurang": "mengurangi",
                   "cinta": "mencintai", "rindu": "merindukan"}


@lru_cache(maxsize=1)
def _sastrawi_roots() -> frozenset[str]:
    """PySastrawi's 29,931 Indonesian root words (KBBI-based), if the package is installed."""
    try:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    except ImportError:
        return frozenset()
    return frozenset(w.strip() for w in StemmerFactory().get_words() if w.strip())


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """spaCy-lookups-data's Indonesian lemma and norm tables as plain dicts, read from the files
    its `id` entry point names: spaCy's `load_lookups` finds them by scanning every installed
    package's entry points and hashes each key, three times as long (0.19 s against 0.06), which
    every process that glosses or redacts a listed name's parts paid."""
    return load_language_data(INDONESIAN_LOOKUPS["lemma_lookup"]), load_language_data(INDONESIAN_LOOKUPS["lexeme_norm"])


class IndonesianVocabulary:
    """Membership and affixation for Indonesian words; built once per process and shared."""

    def __init__(self, extra_words: set[str] | None = None, words_path: Path = INDONESIAN_WORDS):
        self._forms, self._norms = _tables()
        self._roots = _sastrawi_roots()
        self._root_words: dict[str, bool] = {}
        markers, colloquial, nouns = _read_word_list(words_path)
        self.markers: frozenset[str] = frozenset(markers)
        self.colloquial: frozenset[str] = frozenset(colloquial)
        self.nouns: frozenset[str] = frozenset(nouns)
        self.lemmas: frozenset[str] = frozenset(
            set(self._forms.values()) | set(STOP_WORDS) | set(extra_words or ()) | self.markers | self.colloquial
        )
        self._known: dict[str, bool] = {}
        self._men_forms: dict[str, str | None] = {}  # per root, as asked by the active-voice rule
        self._productivity = Counter(self._forms.values())
        self._families = frozenset(self._productivity)  # lemmas the tables derive other words from
        for word in set(STOP_WORDS) | set(extra_words or ()):
            self._productivity[word] += _COMMON_BONUS

    def productivity(self, lemma: str) -> int:
        """How common a root is likely to be: its inflected forms in the lookup table, plus a bonus
        for function words and words the lexicon itself translates into."""
        return self._productivity.get(lemma, 0)

    def is_lemma(self, word: str) -> bool:
        """A root or function word (what Manado Malay sound rules should map onto)."""
        return word in self.lemmas

    def is_form(self, word: str) -> bool:
        """An attested Indonesian word form: a lemma or an inflected form in the lookup table."""
        return word in self.lemmas or word in self._forms

    def is_word(self, word: str) -> bool:
        """Indonesian, also through the clitics and the di-/ke-/se- affixes the table lacks."""
        known = self._known.get(word)
        if known is None:
            known = self._analyse(word)
            self._known[word] = known
        return known

    def _analyse(self, word: str) -> bool:
        if self.is_form(word) or self._norms.get(word) is not None:
            return True
        if "-" in word:
            parts = word.split("-")
            return all(p and self.is_word(p) for p in parts)
        for clitic in _SUFFIX_CLITICS:
            if word.endswith(clitic) and len(word) - len(clitic) >= 3 and self.is_word(word[: -len(clitic)]):
                return True
        if word.endswith(("i", "kan")) and len(word) > 4:  # imperatives: hubungi (menghubungi), ambilkan
            suffix = "kan" if word.endswith("kan") else "i"
            stem = word[: -len(suffix)]
            # a root of four letters only with a family of forms: awasi, ikuti, temui (bauni is ba- + uni)
            if (len(word) > 5 or self.productivity(stem) > 1) and self.is_form(men_prefix(stem) + suffix):
                return True
        if word.startswith("di") and len(word) > 4:
            stem = word[2:]
            if self.is_form(stem) or any(stem.endswith(s) and self.is_lemma(stem[: -len(s)]) for s in ("kan", "i")):
                return True
        if word.startswith("ke") and word.endswith("an") and len(word) > 6 and self.is_lemma(word[2:-2]):
            return True
        if word.startswith("se") and len(word) > 4 and self.is_lemma(word[2:]):
            return True
        return False

    def is_root(self, word: str) -> bool:
        """Exactly a root of PySastrawi's list (kertas, selimut): where a sound rule may land when
        spaCy's lemma table lacks the word."""
        return word in self._roots

    def is_root_word(self, word: str) -> bool:
        """Indonesian by PySastrawi's root list: a root, or a root with Indonesian affixes.

        Used only for words the lexicon and spaCy's tables do not know, to keep the Manado sound
        rules off real Indonesian words (jahe, majelis, diperoleh). KBBI lists some regional
        words too, so this is never used to call a lexicon word Indonesian. (Sastrawi's own
        stemmer takes about a millisecond a word; these set look-ups are enough to say 'known'.)
        """
        known = self._root_words.get(word)
        if known is None:
            roots = self._roots
            known = word in roots or any(root in roots for root in affix_stripped(word))
            self._root_words[word] = known
        return known

    def norm(self, word: str) -> str | None:
        """Standard spelling of an informal form (yg -> yang), from spaCy's id_lexeme_norm."""
        return self._norms.get(word)

    def is_marked_indonesian(self, word: str) -> bool:
        """meN-/ber-/memper- verb forms: standard Indonesian morphology Manado Malay replaces with ba-."""
        return (word.startswith(("me", "ber", "memper")) and len(word) > 5 and word in self._forms)

    # --- affixation: the Indonesian form a Manado Malay construction corresponds to -------------

    def active(self, root: str) -> str | None:
        """The attested ber- or meN- form of a root (ba- words), preferring ber-; but not a ber- word
        with a family of its own that the tables do not derive from the root, when they derive the
        meN- form from it (berangkat 'depart' is no ber- form of angkat 'lift': ba angkat ->
        mengangkat)."""
        ber, men = ber_prefix(root), men_prefix(root)
        if self.is_form(ber) and (self._forms.get(ber) == root or ber not in self._families
                                  or self._forms.get(men) != root):
            return ber  # berturut stays: no word is derived from it
        return men if self.is_form(men) else None

    def moving(self, root: str) -> str | None:
        """The meN- verb of an adjective of place, size or state that one moves or changes along
        (jauh -> menjauh, dekat -> mendekat, baik -> membaik): the tables attest it and its
        transitive -i form (menjauhi); an adjective of feeling keeps ber- (bersedih, bersabar)."""
        form = men_prefix(root)
        return form if self.is_form(form) and self.is_form(form + "i") else None

    def men_form(self, root: str) -> str | None:
        """The attested meN- form of a verb root (bawa -> membawa), if Indonesian has one."""
        if root in self._men_forms:
            return self._men_forms[root]
        form = _APPLIED_ACTIVE.get(root) or men_prefix(root)
        found = self._men_forms[root] = form if form != root and self.is_form(form) else None
        return found

    def di_form(self, root: str) -> str:
        """The di- passive after dapa or da: a root keeps the suffix its active form takes (garam dapa
        batas -> dibatasi), and the meN- form the lexicon gives whole for a Manado verb passes its root
        (beking 'membuat': dapa beking -> dibuat, not dimembuat)."""
        active = self.men_form(root)
        if active is None and self.inflected(root, "me"):
            return self.passive(root)
        return "di" + root + (active[len(men_prefix(root)):] if active else "")

    def stative(self, root: str) -> str | None:
        """The attested ter- form of a root (ta- words)."""
        form = ter_prefix(root)
        return form if self.is_form(form) else None

    def ter_form(self, root: str, word: str, state: bool) -> str:
        """ta + root: its attested ter- form (ta jatuh -> terjatuh); a state (an adjective, a change of
        state) or a non-verb with none stays the word, as Indonesian says it (ta robe -> robek, ta kage ->
        kaget); a verb root takes ter- even unattested (ta tipu -> tertipu, ta jepit -> terjepit: the bare
        root would make the subject the doer)."""
        form = self.stative(root)
        if form:
            return form
        bare = self.is_word(word) and (state or not self.is_verb_root(root))
        return word if bare else ter_prefix(root)

    def root_of(self, form: str) -> str | None:
        """The lemma of an inflected form in spaCy's lookup table (membuat -> buat), else None."""
        return self._forms.get(form)

    def reduplicated(self, form: str) -> str:
        """A word doubled the Indonesian way: a prefixed verb repeats its stem only (berhenti ->
        berhenti-henti, mencari -> mencari-cari, a nasal the stem took kept: menangis -> menangis-nangis,
        menyapu -> menyapu-nyapu); any other word whole (anak-anak, bersih-bersih, belajar-belajar: bel-
        is no prefix the rule knows; mengapa-mengapa: a question word, not meN- + apa)."""
        root = self.root_of(form)
        if root and root != form and " " not in form and form not in _NO_PREFIX:
            stem = _prefixed_stem(form, root)
            if stem:
                return f"{form}-{stem}"
        if not root and form.startswith("ber") and len(form) > 6 and self.is_word(form[3:]):
            return f"{form}-{form[3:]}"  # berturut -> berturut-turut, no lemma in the tables (not bersih)
        return f"{form}-{form}"

    def inflected(self, word: str, prefixes: str | tuple[str, ...] = INFLECTING_PREFIXES) -> bool:
        """Is the word already an inflected form (mencari, berjalan: its lemma is another word), so
        that no prefix goes on it again (bacari 'mencari', never 'memencari')?"""
        return word.startswith(prefixes) and self.root_of(word) not in (None, word)

    def is_suffixed_verb(self, word: str) -> bool:
        """A verb with -kan or -i and no prefix (umumkan, obati): its meN- form's root is the word
        without the suffix (mengobati: obat; membeli: beli, no suffix)."""
        root = self.root_of(men_prefix(word)) if word.endswith(("kan", "i")) else None
        return bool(root) and word.startswith(root) and word[len(root):] in ("kan", "i")

    def is_verb_root(self, root: str) -> bool:
        """A root Indonesian inflects as a verb (its meN- form is attested); -an nouns and the nouns
        whose meN- form the tables list but everyday Indonesian hardly uses (mengacara) excluded."""
        if root in self.nouns or root.endswith("an") and self.is_lemma(root[:-2]):
            return False
        return self.is_form(men_prefix(root))

    def is_ber_form(self, word: str) -> bool:
        """A ber- verb the lexicon gives whole (malari -> berlari): intransitive, with no di- passive
        (yang nyanda dapa malari -> yang tidak dapat berlari, not 'diberlari')."""
        return word.startswith("ber") and len(word) > 5 and self.is_lemma(word[3:])

    def passive(self, form: str, root: str | None = None) -> str:
        """The di- passive of a verb as the lexicon translates it: a root takes di- (pake 'pakai' ->
        dipakai), a meN- form keeps its suffix on the root (bapake 'memakai' -> dipakai; not
        dimemakai), a ber- verb, which has no object, passes its causative's (bakarja 'bekerja' ->
        dikerjakan), a ter- or ber-...-an form its root's (takonci 'terkunci' -> dikunci).
        Intransitive meN- verbs need a lexicon row (dikaweng 'dinikahkan', not dinikah)."""
        if form.startswith("memper") and self.is_form(form):
            return "diper" + form[6:]  # memperbaiki -> diperbaiki (the per- stays)
        if not root or not form.startswith((men_prefix(root), ber_prefix(root), ter_prefix(root))):
            root = self._forms.get(form)  # `root`: the lexicon's own, where the table has two (memasak: pasak)
        if root is None or root == form:
            return "di" + form
        men = men_prefix(root)
        if form.startswith(men):
            return "di" + root + form[len(men):]
        causative = self.causative(root) if form == ber_prefix(root) else None
        return "di" + root + causative[len(men):] if causative else "di" + root  # terkunci -> dikunci

    def causative(self, root: str) -> str | None:
        """The attested meN-...-kan / meN-...-i form of a root (kase + root); the roots of
        _CAUSATIVE_SUFFIXES take the suffix Indonesian uses for 'make X' with an object (kase kurang
        -> kurangi, kase basah -> membasahi, kase rusak -> merusak), where the -kan form exists but
        means something else or is rare (menakutkan 'frightening', membasahkan)."""
        base = men_prefix(root)
        suffix = _CAUSATIVE_SUFFIXES.get(root)
        if suffix is not None:
            return base + suffix
        for form in (base + "kan", base + "i"):
            if self.is_form(form):
                return form
        return None


# 'make X' as Indonesian writes it with an object: meN-...-i or the bare meN- form; the verbs that
# are transitive already take no suffix (kase tutup pintu -> menutup pintu, tu pintu musti kase tutup
# -> harus ditutup; not menutupkan, ditutupkan).
_CAUSATIVE_SUFFIXES = {"kurang": "i", "basah": "i", "kotor": "i", "takut": "i", "sakit": "i", "rusak": "",
                       "tutup": "", "buka": "", "kunci": "", "cuci": "", "ikat": "", "potong": "", "kompres": "",
                       "keliling": "i", "terang": "i"}  # bakuliling meja -> mengelilingi meja (KBBI), not mengelilingkan;
# kase terang jalan -> menerangi jalan, giving light (KBBI; MangARTI mining 2 of 2), not menerangkan, explaining
_PREFIXES = ("memper", "diper", "ber", "ter", "per", "di", "ke", "se", "be", "te", "pe")
_SUFFIXES = ("kannya", "nya", "kan", "lah", "kah", "an", "i")
# the first letters a nasal prefix replaces, or none (menulis: tulis; mengambil: ambil); coding's
# spelling_variants.py reads it too
NASAL_ROOT_STARTS = {"meng": ("", "k"), "meny": ("s",), "mem": ("p", ""), "men": ("t", ""), "me": ("",),
                     "peng": ("", "k"), "peny": ("s",), "pem": ("p", ""), "pen": ("t", ""), "pe": ("",)}


def affix_stripped(word: str) -> list[str]:
    """Candidate roots of an affixed Indonesian word (dikerjakan -> kerja, menulis -> tulis)."""
    stems = [word]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stems.append(word[: -len(suffix)])
    out: list[str] = []
    for stem in stems:
        if stem is not word and stem != word[:-1]:
            out.append(stem)  # a bare -i is no evidence (Manado sadiki is not sadik + -i)
        for prefix in _PREFIXES:
            if stem.startswith(prefix) and len(stem) - len(prefix) >= 3:
                out.append(stem[len(prefix):])
        for prefix, restored in NASAL_ROOT_STARTS.items():
            if stem.startswith(prefix) and len(stem) - len(prefix) >= 3:
                out.extend(r + stem[len(prefix):] for r in restored)
                break
    return out


@lru_cache(maxsize=1 << 16)
def men_prefix(root: str) -> str:
    """Attach meN- with Indonesian nasal assimilation (urus -> mengurus, pukul -> memukul); kept per
    root, as the rules ask for the same few roots in every sentence."""
    if not root:
        return root
    first = root[0]
    if _syllables(root) == 1:
        return "menge" + root
    if first in "aeiou":
        return "meng" + root
    if first in _VOICELESS_DROPPED and not root.startswith(("kh", "sy", "tr", "pr", "kl", "kr", "st", "sp")):
        return _VOICELESS_DROPPED[first] + root[1:]
    if first in "ghk":
        return "meng" + root
    if first in "bfvp":
        return "mem" + root
    if first in "dcjzts":
        return "men" + root
    return "me" + root


def ber_prefix(root: str) -> str:
    if root == "ajar":
        return "belajar"
    # be- before r and before a closed first syllable in -er (kerja -> bekerja; cerita -> bercerita)
    if root.startswith("r") or (len(root) > 3 and root[1:3] == "er" and root[0] not in "aeiou"
                                and root[3] not in "aeiou"):
        return "be" + root
    return "ber" + root


def ter_prefix(root: str) -> str:
    return ("te" + root) if root.startswith("r") else ("ter" + root)


def _syllables(word: str) -> int:
    """Vowels, less a closing diphthong ai, au, oi, ei (uang has two syllables, pulau two); before a
    consonant the two vowels are two syllables (ca-ir, na-ik, la-ut: mencairkan, not mengecairkan)."""
    count = sum(ch in "aeiou" for ch in word)
    return count - (word[-2:] in ("ai", "au", "oi", "ei"))


def _read_word_list(path: Path) -> tuple[set[str], set[str], set[str]]:
    """`indonesian.tsv`: word<TAB>role, role 'marker' (evidence for Indonesian), 'colloquial', or
    'noun' (a noun first; a third cell gives the reason)."""
    roles: dict[str, set[str]] = {"marker": set(), "colloquial": set(), "noun": set()}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError.at(path, "Indonesian word list not found") from None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#") or line.startswith("word\t"):
            continue
        cells = line.split("\t")
        if len(cells) < 2 or cells[1].strip() not in roles:
            raise InputError.at(path, "expected 'word<TAB>marker', 'word<TAB>colloquial' or 'word<TAB>noun'",
                                line=number)
        roles[cells[1].strip()].add(cells[0].strip().lower())
    return roles["marker"], roles["colloquial"], roles["noun"]


# Words the lemma table splits into a prefix and a root that are no prefixed verb: doubled whole.
_NO_PREFIX = frozenset({"mengapa", "terlalu", "berapa", "terhadap", "tertentu", "terutama", "terlebih"})
_MEM = frozenset("bfv")  # mem- before these (membuat); men- before _MEN, meng- before a vowel, g, h, kh
_MEN = frozenset("cdjz")
_ME = frozenset("lmnrwy")  # me- before these (melihat, merasa, menyanyi)
# A voiceless first sound meN- replaces with its nasal: p -> m, t -> n, s -> ny, k -> ng.
_NASALS = {"p": "mem", "t": "men", "s": "meny", "k": "meng"}


def _prefixed_stem(form: str, root: str) -> str | None:
    """The stem a doubled prefixed verb repeats, or None when `form` is no real prefix + `root`: ber-,
    be- before r or a first syllable in -er (berenang, bekerja), ter-, te- before r (terasa), meN- in
    the allomorph the root's first sound takes (membuat, mencari, mengambil, menge- before one syllable),
    with p, t, s, k replaced by their nasal (memukul -> mukul, menyapu -> nyapu)."""
    first = root[:1]
    if form.endswith(root):
        prefix = form[: len(form) - len(root)]
        if prefix in ("ber", "ter") or prefix in ("be", "te") and first == "r" or prefix == "be" and root[1:3] == "er":
            return root
        if (prefix == "me" and first in _ME or prefix == "mem" and first in _MEM or prefix == "men" and first in _MEN
                or prefix == "meng" and (first in "aeiough") or prefix == "menge" and len(root) <= 4):
            return root
        return None
    nasal = _NASALS.get(first)
    if nasal and form == nasal + root[1:]:
        return form[2:]  # memukul -> mukul, menulis -> nulis, menyapu -> nyapu, mengirim -> ngirim
    return None
