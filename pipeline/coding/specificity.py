"""How specific a minimal codebook's own words are: which keywords are weak evidence alone.

A researcher's keyword is not equally telling everywhere. Measured on the development batches
of three studies (issue 14), the false codes of minimal codebooks came mostly from keywords that
name the study rather than one code, or that another code shares, or that matched a word
whose sense differs from the keyword's. Generic rules, nothing about one study:

* **a derived keyword keeps its sense** (`affixed_only`): a nominalization or an applicative
  or causative form ("pendataan", "dijauhi", "ingatkan") matches its affixed relatives
  ("mendata", "didata") but not its bare root ("data", "jauh", "ingat"), which means something
  else, nor the other kind of -an noun of that root (`other_nominal`: "keturunan" is not
  "penurunan"); a plain meN-/di- verb ("mengantar") keeps its root ("antar"), which is the same
  verb in speech and in Manado Malay;
* **a weak keyword needs support** (`weak_keywords`): a single word that names the study (a
  theme or category label word, or a word of several codes' labels: "kader", "rujukan",
  "jadwal"), or that another code's label, definition or keywords also use and the code's own
  label does not ("mengantar" of referral help, when registration help is defined as escorting
  families), is evidence only together with another word of its code in the segment;
* **a relative alone says who, not what** (`KIN`): interviews about health name the family in
  most turns ("Deng kita pe anak bungsu", "Menantu saya yang ambil obat"), so a kinship word
  a code's label does not hold ("anak" of family support, "oma" of a grandmother's advice) is
  evidence only with another word of its code; so is a role (`ROLE`: "bidan", "kader"), even
  one the label names as the actor ("Konseling menyusui oleh bidan dan kader"): midwives and
  cadres are the informants and name their work in every turn (and a role found by a keyword's
  root only is no match of it: "perawat" is not "merawat", `spans.drop_role_nouns`);
  and a place of the health system (`PLACE`: "posyandu", "puskesmas", "desa") is no such other
  word for a role unless
  the code's definition puts its act there (`act_places`: "escort them to the posyandu"):
  "kader posyandu", "bidan desa" say which cadre or midwife, not what she does;
* **a light verb says what only with its object** (`LIGHT_VERBS`): the one word a label adds to
  its keywords ("pakai" of "Cuci tangan pakai sabun") is evidence alone only when it means
  something by itself; "pakai motor" is no handwashing, so such a verb needs another word of
  its code (denied, in a label naming an absence, it is the label's "tidak memakai"); in a
  question it names no topic either (`is_light_verb`, `answers.Question.asked`); so does a
  label's one leftover word naming a relative, a place or a worker (`names_setting`): "keluarga"
  of "Beban keluarga yang merawat" says who, even in its own label, and so does "dokter" of
  "Dokter datang ke tenda" (dis and bencana interviews: 2 false codes of 2 gone, no code lost);
* **a name is background in documents** (`written_names`): a keyword the codebook writes in
  capitals ("PBI", "KK", "ASI": a programme, a document, a practice by its acronym) is what a
  plan or a news report names in its statistics, requirements and background ("cakupan PBI
  APBD 33,9%", "warga yang belum memiliki KK dapat ..."); in a document it is evidence only
  with another word of its code in the paragraph, while a speaker who names it talks about it;
* **a label's compound is one thing** (`label_chunks`): label words written next to each other
  ("pemerintah kabupaten"), found next to each other in the text, are one piece of evidence,
  not two;
* **a term that says "missing" itself is plain evidence** (`denied_only_term`): for a code
  that names an absence, a term is evidence only where the text says the thing is missing,
  unless the term says so itself ("tidak hadir", "belum ada").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.id.stop_words import STOP_WORDS
from collections.abc import Iterable

from pipeline.coding.antonyms import NEGATED_ANTONYMS
from pipeline.coding.lemmas import prefixed_verb, word_analyzer
from pipeline.coding.negation import ABSENCE, CAUSES, HARD, NEGATORS, SELDOM

# affixes that make a word mean something else than its root: pe(N)-/per-/ke- nouns, -an
# nouns, and -kan/-i verbs (applicative, causative); a plain meN-/di-/ber- verb is not among them
_NOUN_PREFIXES = ("pe", "per", "ke")
_SENSE_SUFFIXES = ("an", "kan", "i")
_WORD = re.compile(r"[^\W\d_][\w\-]*|[^\w\s]")
# kinship words (Indonesian and Manado Malay; general vocabulary): a relative's name
KIN = frozenset({"anak", "suami", "istri", "isteri", "mertua", "menantu", "mantu", "oma", "opa", "nenek", "kakek",
                 "mama", "papa", "ibu", "bapak", "ayah", "keluarga", "cucu", "ipar", "paitua", "maitua", "bini",
                 "kakak", "adik", "tante", "om", "paman", "bibi", "saudara", "sepupu"})
# people by their work: like a relative, a role says who acts, not what the turn is about
ROLE = frozenset({"bidan", "kader", "dokter", "perawat", "petugas", "nakes", "sanitarian", "guru", "pendeta", "penyuluh",
                  "pastor", "kapitalaung", "lurah", "camat", "bupati", "mantri"})


def shares_a_role_root(term: str) -> bool:
    """Is `term` one word, not a role noun, with the root of one ("merawat": *perawat*,
    "mengajar": *pengajar*)? A lemma match would take the worker for the act."""
    folded = term.casefold().strip()
    return " " not in folded and folded not in ROLE and word_analyzer().analyze(folded)[1] in _role_roots()


@lru_cache(maxsize=1)
def _role_roots() -> frozenset[str]:
    return frozenset(word_analyzer().analyze(role)[1] for role in ROLE)


# verbs whose sense is their object's ("pakai sabun", "ikut kelas", "datang ke posyandu"): a
# label's leftover word of these is evidence only with another word of its code
LIGHT_VERBS = frozenset({"pakai", "guna", "ada", "punya", "buat", "bikin", "kasih", "beri", "ambil", "datang",
                         "pergi", "ikut", "bawa", "dapat", "jadi", "laku", "pulang", "masuk", "keluar", "lihat",
                         "bilang", "tahu", "mau", "bisa", "kerja", "kena"}) | frozenset({
    # the same verbs as Manado Malay says them (kase = kasih, bekeng = buat, ambe = ambil, dapa = dapat,
    # pigi = pergi, lia = lihat, iko = ikut, maso = masuk, kaluar = keluar, karja = kerja)
    "kase", "kaseh", "bekeng", "beking", "biking", "bekin", "ambe", "dapa", "pigi", "lia", "liat", "tau", "mo",
    "iko", "pake", "maso", "kaluar", "karja"})
# the causatives among them (kase tau 'tell', bekeng takut 'frighten'): what follows is the act or state
# caused, so a keyword they open holds only in its order ("tau kalau panas, kase obat" is no telling)
CAUSATIVES = frozenset({"kase", "kaseh", "kasih", "bekeng", "beking", "biking", "bekin", "bikin"})
# where a health study's texts take place and who runs it (facilities, administrative units, community
# bodies, the home): with a role it names which worker ("kader posyandu", "bidan desa"), not what she does
# the administrative areas among them: a village, its parts, the district
AREAS = frozenset({"desa", "kelurahan", "kampung", "dusun", "kecamatan", "kabupaten"})
PLACE = AREAS | frozenset({"posyandu", "puskesmas", "pustu", "posbindu", "polindes", "poskesdes", "klinik", "faskes",
                           "rumah sakit", "rumah", "dapur", "sekolah", "jaga", "lorong", "balai", "kantor", "pkk",
                           "gereja", "masjid"})
# words that put an act somewhere ("at the posyandu", "ke puskesmas"), English and Indonesian
_LOCATIVES = frozenset({"at", "to", "in", "into", "from", "di", "ke", "dari", "pada"})
_LOCATIVE_REACH = 4   # tokens after the preposition: "at the posyandu, the Puskesmas"
_TERM_WORD = re.compile(r"\w+")
# children by their age: the people a study is about, like a relative
YOUNG = frozenset({"bayi", "balita", "batita", "ade"})


def is_light_verb(term: str) -> bool:
    """Is a codebook term one light verb ("pakai", "memakai"), which says what only with its object?"""
    return " " not in term.strip() and word_analyzer().analyze(term.casefold())[1] in LIGHT_VERBS


SETTING_WORDS = KIN | ROLE | PLACE | YOUNG   # words naming a person or a place: who and where
SETTING = frozenset({"setting"})   # the sense words naming only the setting share (label_rules.setting_sense)


def names_setting(term: str) -> bool:
    """Does every word of a term name a person or a place ("balita", "kader posyandu",
    "rumah sakit" is not: "sakit")? Two such words say where and who, not what happened."""
    return _all_setting_words(term, as_written=False)


def says_who(term: str) -> bool:
    """Does every word of a term, as written (a clitic or a repetition aside: "anaknya", "ibu-ibu"),
    name a person or a place? Unlike `names_setting`, not a word derived from one: "beranak"
    (to give birth) is no child, "perumahan" no home."""
    return _all_setting_words(term, as_written=True)


def _all_setting_words(term: str, as_written: bool) -> bool:
    """Is every word of `term` (as written, or its lemma) a person or a place word?"""
    words = [word_analyzer().analyze(word)[0 if as_written else 1] for word in _TERM_WORD.findall(term.casefold())]
    return bool(words) and all(word in SETTING_WORDS for word in words)


def names_role(term: str) -> bool:
    """Does a codebook term hold a work role ("bidan", "kader posyandu")?"""
    return not ROLE.isdisjoint(_TERM_WORD.findall(term.casefold()))


def names_place(term: str) -> bool:
    """Is a codebook term a place of the health system ("Posyandu", "rumah sakit")?"""
    return " ".join(_TERM_WORD.findall(term.casefold())) in PLACE


def act_places(text: str) -> frozenset[str]:
    """The places (`PLACE`) a code's definition puts its act in: those within a few words after
    a preposition of place ("escort them to the posyandu", "at the posyandu, the Puskesmas"),
    not those naming who ("Posyandu cadres")."""
    words = _TERM_WORD.findall(text.casefold())
    found = set()
    for i, word in enumerate(words):
        if word in _LOCATIVES:
            window = words[i + 1:i + 1 + _LOCATIVE_REACH]
            found.update(w for w in window if w in PLACE)
            found.update(f"{a} {b}" for a, b in zip(window, window[1:]) if f"{a} {b}" in PLACE)
    return frozenset(found)


CHUNK = "label chunk "   # the sense two label words written together share (related.independent_pair)
LIST_ITEM = "definition list "   # + its number: the sense the items of one list of a definition share
LIST_GAP = 1   # tokens between two items recited as a list: a comma or a conjunction


def affixed_only(keyword: str, norm: str, lemma: str) -> bool:
    """Does a single-word keyword match its affixed relatives but not its bare root?

    `norm` and `lemma` are the keyword's (lemmas.WordAnalyzer): only a derived word (its norm
    is not its lemma) with a sense-changing affix qualifies."""
    if " " in keyword.strip() or norm == lemma:
        return False
    # a suffix the root itself ends with is no affix ("memakai" is pakai's plain verb)
    return norm.startswith(_NOUN_PREFIXES) or any(norm.endswith(suffix) and not lemma.endswith(suffix)
                                                   for suffix in _SENSE_SUFFIXES)


# a noun of ke-...-an (a state: keturunan "descent", kelahiran "birth") and one of pe(N)-/per-...-an
# (an act: penurunan "decrease") of one root are two words, not two forms of one
_STATE_PREFIX, _ACT_PREFIXES = "ke", ("pe", "per")


def other_nominal(keyword: str, word: str) -> bool:
    """Is `word` the other kind of -an noun of the root of the derived `keyword` ("penurunan"
    for "keturunan", "kesehatan" for "penyehatan")? Then it is not one of its affixed relatives."""
    first, second = keyword.casefold(), word.casefold()
    if not (_is_an_noun(first) and _is_an_noun(second)):
        return False
    return (first.startswith(_STATE_PREFIX) and second.startswith(_ACT_PREFIXES)) or (
        first.startswith(_ACT_PREFIXES) and second.startswith(_STATE_PREFIX))


def _is_an_noun(word: str) -> bool:
    return word.removesuffix("nya").endswith("an") and word.startswith((_STATE_PREFIX, *_ACT_PREFIXES))


def weak_keywords(keywords: Iterable[str], lemma_of: dict[str, str], topic: frozenset[str],
                  own_label: frozenset[str], others: frozenset[str]) -> list[str]:
    """The single-word keywords that are weak evidence alone (see the module docstring).

    `lemma_of`: keyword -> its lemma; `topic`: the lemmas naming the study
    (codebook_words.topic_lemmas); `own_label`: the lemmas of every word of the code's label;
    `others`: the lemmas of the other codes' labels, definitions and keywords."""
    weak = []
    for keyword in keywords:
        lemma = lemma_of.get(keyword)
        if lemma is None or " " in keyword.strip():
            continue
        if lemma in topic or (lemma in others and lemma not in own_label) or (lemma in KIN | ROLE and (
                lemma not in own_label or lemma in ROLE and _names_an_act(own_label))):
            weak.append(keyword)
    return weak


def _names_an_act(label_lemmas: frozenset[str]) -> bool:
    """Does a label name something besides people ("Konseling menyusui oleh bidan dan kader")?
    Then the people it names are who does it, and a turn naming them alone is not about it."""
    return any(len(word) > 3 and word not in KIN | ROLE and word not in STOP_WORDS for word in label_lemmas)


def written_names(keywords: Iterable[str], written: str) -> list[str]:
    """The single-word keywords that `written` (the code's label and definition, as the
    researcher typed them) spells in capitals: names and acronyms, not words."""
    return [keyword for keyword in keywords if keyword.isalpha()
            and re.search(rf"(?<![\w-]){re.escape(keyword.upper())}(?![\w-])", written)]


def label_chunks(label: str, words: Iterable[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each of `words` (the label's content words) -> the senses it shares with other label words:
    the chunk of the label it is part of (words written next to each other, with no other word or
    punctuation between, share one), and for a word of the label's prepositional phrase or clause
    of time or cause (`qualifies`) the sense all such words share: "dari pemerintah kabupaten,
    desa dan puskesmas" says who, so two of its words found apart are still one piece of evidence,
    the circumstance, not the code's act ("Pemerintah kampung ... Kabupaten Sangihe")."""
    wanted = set(words)
    chunks: dict[str, set[str]] = {}
    number, previous = 0, False
    for token in _WORD.findall(label.casefold()):
        if token in wanted:
            if not previous:
                number += 1
            chunks.setdefault(token, set()).add(f"{CHUNK}{number}")
            if qualifies(token, label):
                chunks[token].add(QUALIFIER)
            previous = True
        else:
            previous = False
    return tuple((word, frozenset(found)) for word, found in chunks.items())


QUALIFIER = "label circumstance"   # the sense the words of a label's prepositional phrase share
# words that open a label's prepositional phrase, its clause of time ("KB langsung setelah
# melahirkan") or of cause ("Dinikahkan karena hamil atau malu"): what follows qualifies the
# label's head, it says where, for whom, when or why
LABEL_PREPOSITIONS = frozenset({"di", "ke", "dari", "untuk", "pada", "oleh", "dengan", "bagi", "kepada",
                                "terhadap", "tentang", "dalam", "antara", "sejak", "selama",
                                "setelah", "sesudah", "sebelum", "sampai", "hingga", "ketika", "saat", "sewaktu"}
                               | CAUSES)


# the times of day a label's in-vivo phrase opens with ("Malam nyanda bisa tidor"): they say when
# the matter happens, as a clause of time does, not what it is
TIMES_OF_DAY = frozenset({"malam", "pagi", "siang", "sore", "subuh", "petang"})


def qualifies(word: str, label: str) -> bool:
    """Is `word` in a prepositional phrase or a clause of time or cause of `label` ("di tangan
    suami", "dari desa dan gereja", "untuk persalinan", "setelah melahirkan", "karena hamil atau
    malu")? Such a word names a circumstance of the code, not the code: alone it is no evidence
    ("ibu yang melahirkan di kota ini" is not contraception begun after birth, "malu ke
    Puskesmas" no marriage), though it still counts with another word of the code."""
    words = _WORD.findall(label.casefold())
    if word not in words:
        return False
    return opens_with_time(word, label) or any(w in LABEL_PREPOSITIONS for w in words[:words.index(word)])


def opens_with_time(word: str, label: str) -> bool:
    """Is `word` a time of day opening `label` ("Malam nyanda bisa tidor")? After its head a time
    word is the matter's own ("Keluar malam", "Ronda malam": going out, keeping watch at night)."""
    words = _WORD.findall(label.casefold())
    return bool(words) and word.casefold() == words[0] and words[0] in TIMES_OF_DAY


def says_missing(term: str) -> bool:
    """Does a term itself say that something is missing or refused ("belum menikah", "tidak hadir",
    "KK hilang", "jarang periksa", "suami larang", "susah tidur")?

    A word whose negated opposite means it (`antonyms.NEGATED_ANTONYMS`: larang is "tidak
    mengizinkan", lupa "tidak ingat") states a negative outright, so a code naming an absence
    ("Suami tidak mengizinkan") takes it as written, not only where the text denies it."""
    return any(word in NEGATORS or word in ABSENCE or word in SELDOM or word in HARD
               or word_analyzer().analyze(word)[1] in NEGATED_ANTONYMS for word in term.casefold().split())


def states_negative(term: str) -> bool:
    """Does a term say a negative with no negator of its own ("suami larang", "jarang periksa")?
    Then a negation turns it around ("tidak larang" permits), as it does any keyword."""
    words = term.casefold().split()
    return says_missing(term) and not any(word in NEGATORS or word in ABSENCE for word in words)


def denied_only_term(term: str, rule_denied_only: bool) -> bool:
    """A term of a rule that wants denied evidence (a code naming an absence) is evidence only
    where the text says the thing is missing, unless the term says so itself."""
    return rule_denied_only and not says_missing(term)


INSTRUMENT = "dengan"
# verbs of undergoing: a process label's object is then the matter itself ("Mengalami longsor",
# "Merasakan gejala"), not who or what the act is done to
# (as the analyzer's lemmas: spaCy's table gives "mengalami" as *alam*)
UNDERGOING = frozenset({"alam", "alami", "rasa", "derita", "jalan", "jalani", "hadap", "dapat", "kena"})
# verbs of using or visiting a place or service: "Memanfaatkan Polindes" is said by naming the Polindes
USING = frozenset({"manfaat", "kunjung", "kunjungi", "datangi"})


def names_the_object(keyword: str, label: str) -> bool:
    """Does `keyword` only repeat the object of a label naming an act (process coding: "Memperingatkan
    ibu hamil", "Meminjam modal dari bos": "ibu hamil", "modal")? The object says who or what the act
    is done to, which the turns name for many reasons ("ibu hamil" in a list of those screened,
    "modal sendiri"): evidence only with another word of its code. Not a keyword holding the act
    ("berhenti sekolah") or a negator ("tidak mau operasi" of "Menolak operasi": the refusal), nor
    the object of a verb of undergoing ("Mengalami longsor"), of a light verb or of one of using a place
    or service, whose sense is its object's ("Memberi ASI saja", "Memanfaatkan Polindes")."""
    words = _WORD.findall(label.casefold())
    if len(words) < 2 or not prefixed_verb(words[0]) or word_analyzer().analyze(words[0])[1] in UNDERGOING | LIGHT_VERBS | USING:
        return False
    obj = []
    for word in words[1:]:
        if word == INSTRUMENT:   # what the act is done with is named as often: "dengan air raksa"
            continue
        if word in LABEL_PREPOSITIONS or word in NEGATORS or not word.isalpha():
            break
        obj.append(word_analyzer().analyze(word)[1])
    written = _TERM_WORD.findall(keyword.casefold())
    if not NEGATORS.isdisjoint(written):   # "tidak mau operasi" says the act: a refusal
        return False
    lemmas = [word_analyzer().analyze(w)[1] for w in written if w not in STOP_WORDS]
    return bool(obj) and bool(lemmas) and all(lemma in obj for lemma in lemmas)
