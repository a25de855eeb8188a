"""What the clause rules (clauses.py and the modules it dispatches to) read about words and clauses:
who can be a subject that wants or feels, time units, the weather, negations, the clause
around a unit, and what kind of word a unit is as the sentence rules of translate.py ask it (a thing,
an act, a verb of carrying before it, the short kita)."""

from __future__ import annotations

from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.morphology import NAME, NOMINAL_SOURCES
# PERSON_NOUNS: the subjects that can want something (mo = 'mau'); other subjects only 'will' (akan).
# TITLES: persons pa marks (pamit pa opa), titles that stay with the name they precede.
from pipeline.person_words import PERSON_NOUNS, TITLES   # shared with ingest's speaker labels

# Words for a person's sex that follow the noun they describe (anak parampuan, ade laki-laki).
SEX_WORDS = frozenset({"parampuan", "parampuang", "perempuan", "laki-laki", "laki", "cowo", "cewe"})
TIME_UNITS = frozenset({"minggu", "taong", "tahun", "bulan", "bulang", "hari"})
_ALREADY = frozenset({"so", "su", "suda", "sudah"})  # the aspect word between a subject and ta-
# Indonesian number words two to ten, as translated (ke- + these: kedua, ketiga; ages.py reads them too)
NUMBER_WORDS = frozenset({"dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"})
# Words of when that may follow a noun without being part of it (depe mama kemarin bilang).
WHEN_WORDS = frozenset({"kemarin", "kalamareng", "kalamaring", "tadi", "sekarang", "skarang"})
# Past points a state lasts from, every spelling (aspect.py: dari kalamarin -> sejak kemarin, dari pagi and
# dari tadi stay 'dari'; lasting.py: ada saki dari kalamareng -> sakit sejak kemarin)
PAST_POINTS = frozenset({"kalamaring", "kalamareng", "kalamarin", "kelemarin", "kemarin", "kamarin", "kemaren",
                         "samalam", "semalam"})
_FUTURE_WORDS = frozenset({"besok", "beso", "bsk", "nanti", "nanti-nanti", "lusa", "kapan", "sebentar", "sadiki le"})
# A time unit followed by muka/depan is the next one (bulang muka, taong depan): the future.
_NEXT = ("muka", "depan", "depang")
# mo before weather or the time of day: it is about to (mo ujang -> akan hujan, so mo malang).
WEATHER = frozenset({"ujang", "hujan", "gelap", "galap", "malam", "malang", "sore", "siang", "pagi", "terang"})
# le 'juga, lagi' and its spellings
ALSO = frozenset({"le", "lei", "leh", "ley"})
# the softeners of a request after its verb (Singgah dulu, ambe jo, kase tutup dang): a bare imperative
SOFTENERS = frozenset({"dulu", "jo", "dang"})
NOT = frozenset({"nyanda", "nda", "ndak", "nd", "tidak", "tak"})
# The demonstratives, Manado and Indonesian: the word-pair rules put them after their noun (tu kayu -> kayu itu)
DEMONSTRATIVES = frozenset({"tu", "ni", "itu", "ini"})
# kase and beking before a verb or adjective make it causative (kase maso -> memasukkan)
CAUSATIVES = frozenset({"kase", "kaseh", "bakase", "se", "beking", "biking", "bekeng", "bekin"})
COORDINATORS = frozenset({"deng", "dg", "dgn"})  # deng 'dan' or 'dengan' and its spellings
PLACE_PHRASE_PREPOSITIONS = frozenset({"di", "ka", "ke", "dari"})  # a place phrase inside a noun phrase
# Verbs a free Indonesian translation keeps bare (dapat bantuan, tahu nomor, pakai sayur, naik oto;
# blanja sayur, hader rapat, jatu saki: what is bought, attended or fallen into is no object a
# meN-...-kan form would take; mulai macet: MangARTI mining part 'mulai' 79 of 90, 'memulai' 2).
KEPT_BARE = frozenset({"dapa", "dap", "tau", "tao", "pake", "nae", "naik", "turung", "turun", "maso", "masok",
                         "kaluar", "pigi", "pi", "pergi", "pulang", "bale", "datang", "iko", "ikut", "tinggal", "punya", "pikir",
                         "ada", "kana", "kena", "bilang", "babilang", "jadi", "makang", "makan", "minum",
                         "minung", "mandi", "jalang", "jalan", "lupa", "inga", "ingat", "rasa", "kase", "kaseh", "se",
                         "kasih", "beking", "biking", "bekeng", "bekin", "tidor", "dudu", "idop", "sampe", "pinjam", "pindah", "pinda",
                         "mulai", "blanja", "belanja", "hader", "hadir", "jatu", "jatuh", "badiang", "diam", "maen", "main",
                         "kanal", "kenal", "ilang", "hilang", "belok", "bele"})  # kenal dia: Indonesian says it bare too; hilang
# takes no object (menghilang 'vanish' neither): a time or an event after it is no object (hilang waktu banjir);
# belok kanan, a turn, never membelok
# Verbs whose subject acts after dapa: 'get to, manage to' (ability), never the passive di-.
AGENT_AFTER_DAPA = frozenset({
    "bayar", "babayar", "beli", "bli", "makan", "makang", "minum", "minung", "tidor", "tidur", "dudu",
    "duduk", "pigi", "pergi", "jalan", "jalang", "bajalan", "bajalang", "kerja", "karja", "bakerja",
    "bakarja", "lari", "balari", "pulang", "bale", "datang", "maso", "masok", "masuk", "kaluar", "keluar",
    "lewat", "naik", "nae", "turun", "turung", "ikut", "iko", "lulus", "hadir", "tinggal", "istirahat",
    "mandi", "sekolah", "skola", "baskola", "sampe", "hidop", "idop", "bernapas", "banapas"})
# The transitive verbs among them: a thing before dapa undergoes them (ikang so dapa makang kucing ->
# ikan sudah dimakan kucing), a person does them (tako dapa bayar mahal).
TRANSITIVE_AFTER_DAPA = frozenset({"bayar", "babayar", "beli", "bli", "makan", "makang", "minum", "minung"})
# verbs whose subject acts and that take no object (dapa pulang, pigi, datang)
INTRANSITIVE_AFTER_DAPA = AGENT_AFTER_DAPA - TRANSITIVE_AFTER_DAPA
SENTENCE_END = frozenset(".!?…")
# The verb of going in its Manado, Indonesian and spoken spellings (pigi pasar, pi pasiar, pegi).
GOING = frozenset({"pigi", "pi", "pergi", "pegi"})
# Words opening a clause of condition (kalu ujang ...) and of time (waktu, pas ...): shared by the rules
# that read a fronted clause.
CONDITION = frozenset({"kalu", "kalo", "kalau", "klu", "kl", "jika"})
WHEN = frozenset({"waktu", "saat", "pas"})
WHO = frozenset({"sapa", "siapa"})  # the question word of persons, both spellings
# Vehicles, in the Manado and the Indonesian spelling (a lexicon phrase opening with one: sepeda motor).
VEHICLES = frozenset({"oto", "mobil", "motor", "sepeda", "bis", "bus", "kandaraan", "kendaraan", "mikro", "mikrolet",
                      "angkot", "bentor", "truk", "trek", "taksi", "kapal", "kapal laut", "prahu", "perahu", "pesawat",
                      "kereta", "ojek", "pickup", "pika"})
# Animals, Manado and Indonesian spellings: they die rather than lapse (state_senses.py) and bite or sting
# rather than are bitten (dapa_forms.py: ade dapa gigit tu anjing -> adik digigit anjing itu).
ANIMALS = frozenset({"anjing", "kucing", "ular", "nyamuk", "semut", "tikus", "monyet", "buaya", "kutu", "ikang", "ikan",
                     "babi", "sapi", "ayam", "kambing", "kuda", "burung", "bebek", "tawon", "lebah", "kalajengking",
                     "lipan", "kerbau", "kelelawar", "paniki", "kuskus", "hiu"})
# Subject pronouns that may follow their fronted predicate (Nintau kita; So pulang dia e): pronouns.py
# and fronted_subject.py put them first (dorang is voice.py's: its positions must not move).
CLOSING_SUBJECTS = frozenset({"kita", "ngana", "dia", "de", "torang", "ngoni", "kitorang"})
# Changes of state a thing goes through by itself, whose bare Indonesian root is the state (piring so
# pica -> piring sudah pecah, lampu blum nyala -> lampu belum nyala): never di-,
# after so (done_to_thing.py) or a modal or belum (voice.py); those Indonesian also makes a di- verb of
# (tutup, buka, lepas) are done_to_thing.py's only.
CHANGES_OF_STATE = frozenset({"pecah", "robek", "sobek", "tumbang", "nyala", "tumbuh", "patah", "jatuh",
                              "hancur", "bocor", "retak", "layu", "busuk", "ledak", "didih",
                              "leleh", "cair", "tenggelam", "runtuh", "roboh", "meletus",
                              # states Indonesian has no di- verb of (mata so kabur: blurred; kue so basi: stale)
                              "kabur", "basi", "luntur", "kusut", "sempit", "pudar"})
# Parts of speech that may stand between a subject and its verb: aspect words, modals, negations,
# adverbs (kita so nyanda mo pigi).
BEFORE_VERB_POS = frozenset({"aux", "neg", "adv"})
# Words that may stand between a subject and its verb, by key (for words the lexicon tags otherwise or
# Indonesian ones it leaves untagged): modals, aspect words, negations, also-words and the manner of
# going (tu oto so capat balari, obat itu musti minum, kartu so nyanda bisa pake).
UNDERGOING_CUES = frozenset({"musti", "mesti", "harus", "bole", "boleh", "bisa", "perlu", "blum", "belum", "mo", "baru",
                             "so mo", "somo"})
BETWEEN_SUBJECT_AND_VERB = UNDERGOING_CUES | frozenset({
    "so", "sudah", "nyanda", "nda", "tidak", "masih", "le", "juga", "jo", "saja", "mulai", "lakas", "segera",
    "capat", "cepat", "langsung", "tetap", "ada", "sedang", "akan", "perna", "pernah"})
INTENSIFIERS = frozenset({"skali", "sekali", "sangat", "banget", "amat", "butul"})
AILING = frozenset({"saki", "sakit"})  # saki kapala, saki perut: an ailment, a state though a noun
_VERB_STARTERS = frozenset({"kase", "kaseh", "se", "beking", "biking", "so", "mo", "ba", "ta", "jang", "tolong"})


def subject_before(units: list, at: int) -> int:
    """The index of the nearest unit at or before `at`, in the same clause, that is no aspect word,
    modal, negation or adverb (BEFORE_VERB_POS): the verb's subject, if any (-1 at the clause start)."""
    while at >= 0 and units[at].joined and units[at].pos in BEFORE_VERB_POS:
        at -= 1
    return at if at >= 0 and units[at].joined else -1


def same_case(old: str, new: str) -> str:
    """`new` with the capital `old` had (a word that opened the sentence)."""
    return new[0].upper() + new[1:] if old[:1].isupper() else new


def clause(units: list, k: int) -> tuple[list, int]:
    """The clause around units[k] (no punctuation inside) and k's index in it; built only when a
    rule needs more than the neighbours."""
    first = k
    while first > 0 and units[first - 1].joined:
        first -= 1
    last = k
    while last < len(units) - 1 and units[last].joined:
        last += 1
    return units[first:last + 1], k - first


def sentence_around(units: list, k: int) -> tuple[list, int]:
    """The sentence around units[k] (up to . ! ? …, commas inside) and k's index in it: what a
    rule reads when a clause of its own sentence decides (kalu ..., dorang ada ...)."""
    first = k
    while first > 0 and not SENTENCE_END & set(units[first - 1].glue):
        first -= 1
    last = k
    while last < len(units) - 1 and not SENTENCE_END & set(units[last].glue):
        last += 1
    return units[first:last + 1], k - first


_WHILE = frozenset({"waktu", "saat"})  # nouns of time that open a clause (datang waktu kita ada masak)


# The hour and the dawn name a point of the day as pagi and malam do (datang jam lima, pigi subuh).
_CLOCK = frozenset({"jam", "pukul", "subuh", "subu"})
# The year's feasts are times too (pulang Natal: home for Christmas, not to a place called Natal).
_FEASTS = frozenset({"natal", "paskah", "lebaran", "imlek", "pengucapan"})


def is_time(unit) -> bool:
    """A time noun, alone, doubled, after its demonstrative or before the word placing it (malam,
    malam-malam, ini hari, minggu depan), or the hour (jam lima): when, not where."""
    words = unit.key.split(" ")
    last, first = words[-1].partition("-")[0], words[0].partition("-")[0]
    return last in TIME_UNITS or last in WEATHER or last in _WHILE or first in _CLOCK or first in _FEASTS or (
        first in TIME_UNITS and len(words) > 1)


def asked(units: list, k: int) -> bool:
    """The sentence around units[k] is a question."""
    words, _ = sentence_around(units, k)
    return "?" in words[-1].glue


def word_before(units: list, k: int, keys: frozenset[str], passing: tuple[str, ...], reach: int) -> bool:
    """One of `keys` among the `reach` units before units[k] in its clause, with only words of the
    parts of speech `passing` between (bawa de pe anak pi: the verb of carrying; nyamuk DBD gigi:
    the animal that bites)."""
    for before in range(k - 1, max(k - reach - 1, -1), -1):
        unit = units[before]
        if not unit.joined:
            return False
        if unit.key in keys:
            return True
        if unit.pos not in passing:
            return False
    return False


def key_after(units: list, k: int, keys: frozenset[str], passing: frozenset[str]) -> bool:
    """One of `keys` after units[k] in its clause, with only the words `passing` between (blakang so
    sakit: what aches; gula so tinggi: a level)."""
    at = k
    while at + 1 < len(units) and units[at].joined:
        at += 1
        if units[at].key in keys:
            return True
        if units[at].key not in passing:
            return False
    return False


def names_future(words: list) -> bool:
    """Whether a time word among `words` points ahead (besok, nanti, bulang muka, minggu depan)."""
    last = len(words) - 1
    for at, c in enumerate(words):
        key = c.key
        if key in _FUTURE_WORDS or key in TIME_UNITS and at < last and words[at + 1].key in _NEXT or " " in key and (
                key.endswith(_NEXT) and key.partition(" ")[0] in TIME_UNITS or key.partition(" ")[0] in _FUTURE_WORDS):
            return True
    return False


def thing(unit, vocabulary: IndonesianVocabulary) -> bool:
    """A noun, or an Indonesian word that is not a verb (seragam deng dasi -> seragam dan dasi)."""
    if unit.pos == "n":
        return True
    return (unit.pos == "" and unit.source != NAME and unit.key not in INTENSIFIERS and bool(unit.ind)
            and not (unit.root and vocabulary.is_verb_root(unit.root)))


def person_subject(units: list, k: int) -> bool:
    """Whether the subject before units[k] in its clause is a person (not a thing, the weather)."""
    words, at = clause(units, k)
    for before in reversed(words[:at]):
        if before.pos == "pron" or before.key in PERSON_NOUNS or before.source == NAME:
            return before.key not in ("itu", "ini", "ni", "tu")
        if (before.pos in ("n", "loc") and before.key not in TIME_UNITS) or before.key in WEATHER:
            return False
    return False


def thing_subject(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """A noun that is no person opens the clause of units[k] (nasi so masak): the subject is a thing."""
    words, _ = clause(units, k)
    first = words[0] if words else None
    return first is not None and first.key not in PERSON_NOUNS and first.pos != "pron" and (
        first.pos in ("n", "loc") or first.pos == "" and thing(first, vocabulary))


def starts_predicate(unit, vocabulary: IndonesianVocabulary) -> bool:
    """A verb (or a verb-forming word) that opens a second predicate after deng."""
    if unit.key in _VERB_STARTERS:
        return True
    if unit.pos == "v":
        return True
    if unit.pos == "" and unit.root and vocabulary.is_verb_root(unit.root):
        return True
    return unit.pos == "" and unit.ind.endswith("kan") and vocabulary.is_form(unit.ind)


def subject_person(unit) -> bool:
    """A pronoun, a person or a name: who does what a clause tells."""
    return unit.pos == "pron" or unit.key in PERSON_NOUNS or unit.source == NAME


def asks_who(units: list, at: int) -> bool:
    """sapa at units[at] opens its clause (after a comma, a conjunction or an adverb such as tadi): it
    asks who does the act after it; a noun phrase before it is the object fronted (sandal saya siapa
    yang ambil)."""
    return units[at].key in WHO and (at == 0 or not units[at - 1].joined or units[at - 1].pos in ("conj", "adv"))


def animal_before(units: list, k: int) -> bool:
    """An animal is the subject right before units[k], perhaps closed by its demonstrative (tu anjing
    -> anjing itu): it does what a bare verb after names, it owns nothing the verb could name."""
    at = k - 1 if k > 0 and units[k - 1].pos != "dem" else k - 2
    return at >= 0 and units[at].joined and units[at].key in ANIMALS


def acts(unit) -> bool:
    """A person or an animal: a subject that does what a bare verb after ada names (dorang ada pasang
    tenda: sedang memasang); a thing there undergoes it (oto ada parkir: diparkir)."""
    return subject_person(unit) or unit.key in ANIMALS


def person(unit) -> bool:
    """A person a preposition can mark: a pronoun, a possessive (depe papa), a kin term, title or
    person noun, a name (bilang pa dia, pa guru, pa Yance)."""
    head = unit.key.partition(" ")[0]
    return unit.pos in ("pron", "poss") or unit.key in TITLES or head in PERSON_NOUNS or (
        unit.source == NAME) or head.partition("-")[0] in PERSON_NOUNS  # tamang-tamang: the plural


def doer_after_passive(units: list, k: int) -> bool:
    """The preposition at units[k] follows a passive verb (dapa pukul, da gigi) and comes before a
    person, who is the doer (dapa mara dari depe papa -> dimarahi ayahnya, dapa tipu deng orang ->
    ditipu oleh orang; not tabangun dari depe tidor)."""
    if k == 0 or k + 1 >= len(units) or not units[k - 1].joined or not units[k].joined:
        return False
    verb, after = units[k - 1], units[k + 1]
    if not verb.ind.startswith("di") or not (verb.gloss[0].startswith("PASS") or (
            k >= 2 and units[k - 2].joined and units[k - 2].gloss == ("PASS",))):
        return False
    if after.pos == "poss":  # depe papa: the possessed noun is the person
        return after.joined and k + 2 < len(units) and person(units[k + 2]) and units[k + 2].pos != "poss"
    return person(after)


CARRYING = frozenset({"bawa", "antar", "anta", "rujuk", "kirim"})  # + pi + place: 'ke'


_TOLD = frozenset({"pa", "ka", "kepada"})  # before the person told (bilang pa dia ta so pulang)


def short_kita(units: list, k: int, is_thing=lambda unit: False) -> bool:
    """ta at units[k] before an aspect word, a negation, an adverb or a verb and its object is short kita
    'saya' (ta so musti pulang, ta cuma mo tidor, waktu ta cuci piring); before a verb alone it is ter-,
    and so right after a person or a pronoun before a verb, the subject ta- marks as undergoing (anak ta kena
    parang -> anak terkena parang: no second subject follows a first); after pa + the person told, before an
    aspect word or a negation, it is kita still, the subject of what is told (tanya pa dia ta bole iko).
    A thing named before it, so between or not, is the subject ta- marks too: what follows the verb is
    the force that did it (tenda so ta bawa banjir -> terbawa banjir), not kita's object."""
    nxt = units[k + 1] if k + 1 < len(units) and units[k].joined else None
    prev = units[k - 1] if k > 0 and units[k - 1].joined else None
    if nxt is None:
        return False
    thing = units[k - 2] if prev is not None and prev.key in _ALREADY and k > 1 and units[k - 2].joined else prev
    if thing is not None and (thing.pos == "n" or is_thing(thing)) and thing.key not in (
            PERSON_NOUNS | TIME_UNITS | WEATHER | {"waktu"}):  # a person: as below
        return False
    if prev is not None and (prev.pos == "pron" or prev.key in PERSON_NOUNS) and not (
            k > 1 and units[k - 2].key in _TOLD and units[k - 2].joined and nxt.pos in BEFORE_VERB_POS):
        return False  # but after pa + the person told, before so, bole, nyanda: the subject of what is told
    return (nxt.pos in BEFORE_VERB_POS or nxt.pos == "v" and k + 2 < len(units) and nxt.joined and (
        units[k + 2].pos in ("n", "loc", "acr")))


def carried_somewhere(units: list, k: int) -> bool:
    """A verb of taking somewhere before units[k] in its clause, with at most its object between
    (bawa pi, antar oma pi, bawa de pe anak pi)."""
    return word_before(units, k, CARRYING, ("n", "poss", "pron", ""), 4)


def ber_root(unit) -> str:
    """The root of a word, or of a ba- verb the rules wrote as ber- (babunyi -> berbunyi -> bunyi)."""
    if unit.root or not unit.key.startswith(("ba", "be")) or not unit.ind.startswith("ber") or " " in unit.ind:
        return unit.root
    return unit.ind[3:]


def nominal(unit) -> bool:
    return unit is not None and (unit.pos in ("n", "loc", "acr", "pron") or unit.source in NOMINAL_SOURCES)


def verbal(unit) -> bool:
    return unit is not None and unit.pos in ("v", "adj")
