"""Word analysis for matching: a normal form and a lemma per word type, computed once.

Rules match on two levels (see codebooks/README.md):

* the *norm*: the lower-cased word with the spelling variants spaCy's Indonesian
  `lexeme_norm` table knows (gak -> tidak), reduplication collapsed (cari-cari -> cari; not one
  with a sense of its own, guna-guna 'sorcery': OWN_REDUPLICATIONS),
  enclitics removed (anaknya -> anak; an owner's -nya also after an -an noun on a known root,
  kepesertaannya -> kepesertaan, and after an acronym, BPJSnya -> bpjs) and the Manado Malay verbal prefix ba- removed
  (baurus -> urus) when what remains is a known word, but not from a word Indonesian itself
  has (spaCy's tables, the gloss's Indonesian vocabulary) nor from one the coder's related-word
  groups list with another sense than the remainder's (baikan "recovering" is no ba- + ikan
  "fish"); a ba- word whose Indonesian ber-/be- form is a word with another root than stripping
  reaches is read as that word (barani is berani, not rani; batanya is bertanya, not bata + -nya);
* the *lemma*: spaCy's Indonesian lookup lemma of the norm (spacy-lookups-data
  `id_lemma_lookup`: pendaftaran -> daftar). That table has no passive di- forms (diurus,
  dirujuk), so a norm it does not know is stemmed with Sastrawi (Nazief-Adriani), whose
  dictionary of roots also tells which words are known.

Everything is cached per word type: a batch repeats its vocabulary, so the per-token cost is
one dictionary look-up.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
from spacy.lookups import load_lookups

from pipeline.coding.spelling_variants import standard as _standard, variant_root
from pipeline.coding.word_tables import listed_groups
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.lexicon import DEFAULT_LEXICON, load_lexicon

ENCLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
MANADO_VERB_PREFIXES = ("ba",)
STANDARD_BER = ("ber", "be")   # what Manado Malay ba- is in Indonesian (bajalan, berjalan)
_AFFIX_START = ("di", "me", "pe", "be", "te", "ke", "se", "ter", "ber")
_AFFIX_END = ("kan", "an", "i", "nya")
SE_ADVERB_ROOTS = frozenset({"belum", "tidak", "cara", "telah", "sudah", "bagi"})   # "sebagian" (some) no bagi (share out)
# Derived words whose sense is not their root's, each with the lemma it shares with its own family only:
# a code naming one must not fire on the root (pendapatan 'income', pendapat 'opinion', terdapat 'there
# is' no dapat 'can, get'; penduduk 'resident', kependudukan 'civil registration' no duduk 'sit';
# bersalin, persalinan 'childbirth' no salin 'copy'; berpulang 'pass away' no pulang 'go home'); each
# family's ber-/ke- derivations with it (berpendapat 'hold the opinion'); meninggal 'die' no tinggal
# 'stay' (whose count left, "tinggal tujuh" of the dead, remaining.py keeps a form of it); menjalankan
# 'run, carry out' (a rule, a programme, an engine) no jalan 'road, walk' nor perjalanan 'journey';
# terlambat 'late' no lambat 'slow'; membaik 'recover, improve' no baik 'good, fine' (nor the reply "baik");
# berobat 'seek treatment' no obat 'a medicine'; pengumpul 'a collector, a middleman who buys up a crop' no
# kumpul 'gather, get together'; perangkat 'apparatus, equipment' (perangkat desa: the village officials) no
# angkat 'lift'; kemaluan 'the genitals' no malu 'ashamed'
OWN_LEMMAS = {"kemaluan": "kemaluan", "kemaluannya": "kemaluan", "perangkat": "perangkat", "perangkatnya": "perangkat", "pengumpul": "pengumpul", "pengumpulnya": "pengumpul",
              "menjalankan": "menjalankan", "dijalankan": "menjalankan", "jalankan": "menjalankan",
              "dijalankannya": "menjalankan", "menjalankannya": "menjalankan",
              "pendapatan": "pendapatan", "berpendapatan": "pendapatan", "pendapat": "pendapat",
              "berpendapat": "pendapat", "terdapat": "terdapat", "penduduk": "penduduk",
              "kependudukan": "penduduk", "bersalin": "bersalin", "persalinan": "bersalin",
              "berpulang": "berpulang", "meninggal": "meninggal",
              "terlambat": "terlambat", "keterlambatan": "terlambat", "terlambatnya": "terlambat",
              "membaik": "membaik", "membaiknya": "membaik", "berobat": "berobat", "berobatnya": "berobat"}
# Reduplications with a sense of their own, not their root's plural or repetition (the dictionary lists them
# as words): guna-guna 'sorcery' no guna 'use', diam-diam 'secretly' no diam 'silent', hati-hati 'careful' no
# hati 'liver', kira-kira 'about' no kira 'think', tiba-tiba 'suddenly' no tiba 'arrive', lama-lama
# 'eventually' no lama 'long', jangan-jangan 'perhaps' no jangan 'do not', baru-baru 'recently' no baru 'only
# then', mata-mata 'spy', pura-pura 'pretend', sia-sia 'in vain', rata-rata 'on average',
# laki-laki 'male' no Manado laki 'husband'; a keyword written so matches it alone, and the word no rule of its root.
# Not main-main: 'in jest' only after a denial ("bukan main-main"), a child's play ("anak main-main di pantai") else
OWN_REDUPLICATIONS = frozenset({"guna-guna", "diam-diam", "hati-hati", "kira-kira", "tiba-tiba", "lama-lama",
                                "jangan-jangan", "baru-baru", "mata-mata", "pura-pura", "sia-sia",
                                "rata-rata", "laki-laki", "kupu-kupu"})


class WordAnalyzer:
    """Maps a lower-cased word to (norm, lemma); loaded once per process via `word_analyzer()`."""

    def __init__(self) -> None:
        lookups = load_lookups("id", ["lemma_lookup", "lexeme_norm"])
        self._lemma_table = lookups.get_table("lemma_lookup")
        self._forms_of = Counter(self._lemma_table.values())   # how many forms the table derives from each root
        self._norm_table = lookups.get_table("lexeme_norm")
        factory = StemmerFactory()
        self._stemmer = factory.create_stemmer()
        roots = {w.strip() for w in factory.get_words() if w.strip()}
        self._known = roots | set(self._lemma_table.values())
        # the words Indonesian has for certain, as the glosser knows them: not Sastrawi's KBBI
        # roots, which also hold rare, archaic and regional words ("sad" six, "bad" a tree)
        self._indonesian = IndonesianVocabulary(extra_words=load_lexicon(DEFAULT_LEXICON).translations())
        self._cache: dict[str, tuple[str, str]] = {}

    def is_known(self, word: str) -> bool:
        return word in self._known or word in self._lemma_table

    @property
    def indonesian(self) -> IndonesianVocabulary:
        """The glosser's Indonesian vocabulary (its forms, meN- morphology) the analyzer reads with."""
        return self._indonesian

    def is_common(self, word: str) -> bool:
        """Indonesian by the glosser's vocabulary (spaCy's Indonesian tables, the lexicon's translations)."""
        return self._indonesian.is_form(word) or self._indonesian.norm(word) is not None

    def analyze(self, word: str) -> tuple[str, str]:
        """(norm, lemma) of one word; `word` may be in any case."""
        cached = self._cache.get(word)
        if cached is None:
            # an acronym written in capitals takes the owner's -nya as any noun ("HIVnya", "UKSnya")
            acronym = word[:-3] if word.endswith("nya") and len(word) >= 5 and word[:-3].isalpha() \
                and word[:-3].isupper() else None
            norm = acronym.lower() if acronym else self.norm(word.lower())
            cached = (norm, self.lemma(norm))
            self._cache[word] = cached
        return cached

    def norm(self, lower: str) -> str:
        mapped = self._norm_table.get(lower)
        if mapped is not None:
            return mapped
        if "-" in lower:
            first, _, second = lower.partition("-")
            if first and first == second and lower not in OWN_REDUPLICATIONS:
                return self.norm(first)
            return lower
        if not lower.isalpha():
            return lower
        standard = self._standard_ber(lower)
        if standard is not None:
            return standard
        if lower.endswith("nya") and len(lower) >= 6 and self.is_known(lower[:-3]):
            return lower[:-3]
        if lower.endswith("nya") and self._owned_form(lower[:-3]):
            return lower[:-3]
        if self.is_known(lower):
            return lower
        for clitic in ENCLITICS:
            base = lower[: -len(clitic)]
            if lower.endswith(clitic) and len(base) >= 3 and self.is_known(base):
                return base
        for prefix in MANADO_VERB_PREFIXES:
            base = lower[len(prefix):]
            if lower.startswith(prefix) and len(base) >= 3 and base in self._known \
                    and not self._other_word(lower, base):
                return base
        for clitic in ("", *ENCLITICS):
            base = lower[: len(lower) - len(clitic)]
            standard = self._colloquial_standard(base) if lower.endswith(clitic) else None
            if standard is not None:
                return standard
        return lower

    def _colloquial_standard(self, word: str) -> str | None:
        """The standard Indonesian word a colloquial (Jakarta) verb stands for, as informants from
        Java and Sumatra speak and their quotations are printed: the bare nasal of meN- without me-
        (nyuruh: menyuruh, nampung: menampung, mikir: memikir) and -in for -kan or -i (mikirin:
        memikirkan, ngawasin: mengawasi, dibayarin: dibayarkan; on a bare root, bayarin: bayar). Only
        a word the tables do not know, and only where the standard form is an Indonesian word, so a
        Manado word that begins so (nyanda, ngana) or a root ending in -in (ingin, miskin) stays."""
        if len(word) < 4 or self.is_known(word):
            return None
        root = self.lemma(word)
        if root != word and self.is_known(root):   # a standard form the stemmer reads (dijamin: jamin)
            return None
        stem = word[:-2] if word.endswith("in") and len(word) >= 6 else None
        candidates = [] if stem is None else [stem + "kan", stem + "i"]
        if word.startswith(_COLLOQUIAL_NASALS):
            candidates = ["me" + form for form in (*candidates, word)]
        found = next((form for form in candidates if self.is_common(form)), None)
        if found is None and stem is not None and len(stem) >= 4 and (
                stem in self._known or stem.startswith("di") and self.is_known(self.lemma(stem))):
            return stem
        return None if found is None or self._twin_root(word, self.lemma(found)) else found

    def _twin_root(self, word: str, root: str) -> bool:
        """Is there another root the colloquial nasal of `word` can stand for than `root`, an Indonesian
        word too: ng- before a vowel drops a k or keeps a vowel root (ngasi is kasi 'give' or ASI 'breast
        milk', ngurus urus or kurus), ny- drops an s or a c (nyuciin: cuci, not suci)? Then the word is
        left as written."""
        if word.startswith("ng") and root:
            twin = root[1:] if root.startswith("k") else "k" + root
        elif word.startswith("ny") and root[:1] in ("s", "c"):
            twin = {"s": "c", "c": "s"}[root[0]] + root[1:]
        else:
            return False
        return self.is_common(twin)

    def _owned_form(self, base: str) -> bool:
        """Does -nya (its owner) close `base`, a word the tables do not list whole: a derived noun in
        -an on a known root ("kepesertaannya": kepesertaan, root serta) or an acronym, which has no
        vowel ("BPJSnya", "KKnya")? Both are nouns an owner's -nya follows as it follows "anak"."""
        if len(base) >= 2 and base.isalpha() and not any(vowel in base for vowel in "aeiou"):
            return True
        if len(base) < 7 or not base.endswith("an"):
            return False
        root = self.lemma(base)
        return root != base and self.is_known(root)

    def _standard_ber(self, lower: str) -> str | None:
        """The root of the Indonesian ber-/be- word a Manado Malay ba- word stands for, when
        stripping ba- or an enclitic would reach another word: barani is berani (brave), not
        rani; batanya is bertanya (ask), not bata (brick) + -nya. None when the standard word
        has the root that stripping reaches anyway (bajalan: berjalan, jalan)."""
        if not lower.startswith(MANADO_VERB_PREFIXES) or len(lower) < 5 \
                or self.is_known(lower) or self.is_common(lower):
            return None
        rest = lower[len(MANADO_VERB_PREFIXES[0]):]
        for prefix in STANDARD_BER:
            standard = prefix + rest
            if self.is_common(standard):
                root = self.lemma(standard)
                return None if root == self._stripped(lower) else root
        return None

    def _stripped(self, lower: str) -> str:
        """The lemma `norm` reaches by stripping an enclitic or the ba- prefix alone."""
        for clitic in ENCLITICS:
            base = lower[: -len(clitic)]
            if lower.endswith(clitic) and len(base) >= 3 and self.is_known(base):
                return self.lemma(base)
        base = lower[len(MANADO_VERB_PREFIXES[0]):]
        return self.lemma(base) if base in self._known else lower

    def _other_word(self, word: str, base: str) -> bool:
        """Is `word` a word of its own rather than a prefix on `base`: Indonesian itself, or
        listed by the related-word groups in none of `base`'s groups?"""
        if self.is_common(word):
            return True
        groups = listed_groups()
        return word in groups and base in groups and groups[word].isdisjoint(groups[base])

    def lemma(self, norm: str) -> str:
        if norm in OWN_LEMMAS:
            return OWN_LEMMAS[norm]
        if norm in OWN_REDUPLICATIONS:
            return norm
        first, _, second = norm.partition("-")
        if second and first == "se" + second:
            return norm   # "sehari-hari" (daily, everyday) is no "hari" (a day) a code names
        looked_up = self._lemma_table.get(norm)
        if looked_up is not None:
            # the table reduces "sebelum(nya)" (before) to "belum" (not yet) and "setidaknya" (at
            # least) to "tidak": a se- adverb is not the negation a rule's root term means; nor is
            # "secara" (in a way: "secara serentak") a "cara" (how: "cara menyusui"), nor "setelah",
            # "sesudah" (after) the "telah", "sudah" of a thing done
            if looked_up in SE_ADVERB_ROOTS and norm.startswith("se") and norm != looked_up:
                return norm
            return self._nasal_twin(norm, looked_up)
        if norm in self._known or len(norm) < 5 or not norm.isalpha():
            return norm
        if norm.startswith(_AFFIX_START) or norm.endswith(_AFFIX_END):
            stem = self._stemmer.stem(norm) or norm
            if self.is_known(stem):   # "beresiko": resiko, written risiko
                return self._bare_kan(norm, _standard(stem, self._norm_table, self.is_known))
            variant = variant_root(norm, self._norm_table, self.is_known)   # "dihimbau": imbau
            return self.lemma(variant) if variant is not None else stem
        return norm

    def _bare_kan(self, norm: str, root: str) -> str:
        """A bare -kan verb, the spoken active and the imperative (bersihkan), is its word's root:
        the stemmer reads a ber-/be- off its start (sih), where the word before -kan is an
        Indonesian word of its own (bersih). A meN-/di-/pe-/ke-/ter- form keeps the stemmer's root.
        (spaCy's table has berikan -> ikan too; left: fixed, the English row "provide -> berikan"
        starts to reach every memberi.)"""
        if not norm.endswith(_BARE_SUFFIX) or norm.startswith(root) or norm.startswith(_NOT_BARE):
            return root
        base = norm[: -len(_BARE_SUFFIX)]
        return self.lemma(base) if self.is_common(base) else root


    def _nasal_twin(self, norm: str, looked_up: str) -> str:
        """The root a meN- word hides, where it can hide two: meN- drops a root's first p, t or s for
        its nasal (memukul: pukul) and keeps a root that begins with that nasal (memasak: masak), so
        "memasak" is pasak (a peg) or masak (to cook). spaCy's table always reads the drop
        (memasak, mematikan, memohon: pasak, patik, pohon); the root the table derives more forms
        from is the commoner word and wins (masak, mati, mohon), else the table's (menipis: tipis,
        not nipis; menyaring: saring). A k root is left as read: its twin is a vowel root, and
        counts mislead there (mengabari is kabar, whatever "abar" has)."""
        nasal = _NASAL_OF.get(looked_up[:1])
        if nasal is None or not norm.startswith("me"):
            return looked_up
        written = norm[2:]
        for stem in (written, *(written[: -len(end)] for end in _TWIN_ENDINGS if written.endswith(end))):
            if stem.startswith(nasal) and len(stem) >= 3 and self._forms_of[stem] > self._forms_of[looked_up]:
                return stem
        return looked_up


# the nasal meN- puts for a root's first p, t, s, and the endings a kept nasal root may carry
_NASAL_OF = {"p": "m", "t": "n", "s": "ny"}
_TWIN_ENDINGS = ("kannya", "kan", "nya", "i", "an", "ku", "mu", "lah")
_BARE_SUFFIX = "kan"
# the nasals a colloquial verb keeps of meN- (ngawasin, nyuruh, nampung, mikirin)
_COLLOQUIAL_NASALS = ("ng", "ny", "m", "n")
_NOT_BARE = ("me", "di", "pe", "ke", "ter")


@lru_cache(maxsize=1)
def word_analyzer() -> WordAnalyzer:
    return WordAnalyzer()


VERB_PREFIXES = ("me", "di", "ber", "ter")


def prefixed_verb(word: str) -> bool:
    """Is `word` a meN-, di-, ber- or ter- verb: a prefix comes off a root of its own (memakai:
    pakai, dimakan: makan), unlike a noun that only begins so (dinas, medis, terumbu) or one
    whose root only loses a suffix (meteran: meter)?"""
    folded = word.casefold()
    if len(folded) < 5 or not folded.startswith(VERB_PREFIXES):
        return False
    root = word_analyzer().analyze(folded)[1]
    if root == folded and folded in OWN_LEMMAS:   # a sense of its own, still a prefixed form (berobat: obat)
        root = word_analyzer()._lemma_table.get(folded, folded)
    return root != folded and not folded.startswith(root)
