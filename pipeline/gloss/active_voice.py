"""A bare verb before its object: the active voice of free Indonesian (bawa buku -> membawa buku).

Manado Malay writes the bare root where a free Indonesian translation writes meN- before an object
(urus KK -> mengurus KK; lupa bawa payong -> lupa membawa payung; sapa yang ambe kita pe sandal ->
siapa yang mengambil sandal saya; sapu rumah -> menyapu rumah), except imperatives, verbs Indonesian
uses bare (pindah rumah, ikut suami, saya pikir), and before a time noun (bangun pagi); a person + yang
+ a verb closing the clause names the doer (dia yang mengambil). What counts as an object, a request
and a verb taking another verb is decided here; predicates.after_context asks it unit by unit.
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.clause_words import BETWEEN_SUBJECT_AND_VERB, KEPT_BARE, PERSON_NOUNS, asks_who, person, subject_person
from pipeline.gloss.going_senses import driven
from pipeline.gloss.having import HAVE
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.morphology import ACRONYM, INDONESIAN, NAME, NUMBER, RULE
from pipeline.gloss.particles import URGING
from pipeline.gloss.tokens import starts_sentence
from pipeline.gloss.units import Unit
from pipeline.gloss.objectless_acts import BARE_WITHOUT_OBJECT, activity_going_on
from pipeline.sale_units import SALE_UNITS

_MODALS = frozenset({"bole", "boleh", "bisa", "musti", "harus", "mesti", "perlu", "nimbole", "dapa"})
# Predicates whose complement mo introduces (malas mo urus 'malas mengurus'): mo is not 'mau' there.
COMPLEMENT_TAKERS = _MODALS | frozenset({"malas", "tako", "takut", "malo", "malu", "barani", "berani",
                                          "sanang", "senang", "suka", "siap", "rajin", "lupa", "susa", "susah",
                                          "gampang", "mudah", "sulit", "benci", "binci", "bersiap", "basiap"})
# Verbs that take another verb as their object (bantu jaga -> membantu menjaga).
CATENATIVE_VERBS = frozenset({"bantu", "suru", "suruh", "ajak", "ajar"})
IMPERATIVE_MARKERS = frozenset({"jang", "jangang", "jangan", "tolong", "mari", "coba", "co", "manjo", "ayo",
                                "manjo torang", "mari kita", "mari torang", "mari jo", "marijo", "manjo jo", "ayo kita"})
MOTION_VERBS = frozenset({"pigi", "pi", "pergi", "datang", "pulang", "bale", "lari", "singga", "singgah"})
# ber- verbs Indonesian writes before a noun: bermain bola, bertanya jalan, berjualan kue, amplop berisi uang.
BER_BEFORE_NOUN = frozenset({"main", "tanya", "jual", "jualan", "pikir", "jalan", "doa", "cerita", "bicara",
                              "ganti", "kumpul", "pakai", "tumbuh", "putar", "isi", "gaya"})  # bergaya anak muda
# Going out, in, back, up or down: the act that follows is what the goer does next (turung jaga anak).
_GOING_ON = frozenset({"kaluar", "keluar", "maso", "masuk", "kembali", "balik", "turung", "turun", "nae", "naik"})
# Verbs whose object may be another act (mulai masak, coba cari, iko bantu, blajar baca).
_TAKES_AN_ACT = COMPLEMENT_TAKERS | CATENATIVE_VERBS | MOTION_VERBS | _GOING_ON | BETWEEN_SUBJECT_AND_VERB | frozenset({
    "mulai", "coba", "blajar", "belajar", "iko", "ikut", "brenti", "berhenti", "lanjut", "lanjot", "sempat"})
# What an act aimed at follows: a purpose or a will (for beli bahan, mo lia karang, musti kurang rokok).
_AIMED = frozenset({"for", "untuk", "mo", "musti", "harus", "mesti"})
# A degree word whose active form (mengurangi) lessens an object, but before an act says how much of it.
_DEGREE_BEFORE_ACT = frozenset({"kurang"})
# Words that open an object noun phrase: a transitive verb before them takes meN- (lia tu oto -> melihat mobil itu).
_OBJECT_OPENERS = frozenset({"tu", "ni", "itu", "ini", "tape", "ngape", "semua", "samua", "apa-apa"})  # apa-apa: anything
TIME_NOUNS = frozenset({"taong", "tahun", "hari", "minggu", "bulan", "bulang", "malam", "malang", "pagi", "siang",
                         "sore", "subuh"})
_PAST_MARKERS = frozenset({"da", "ada", "ad"})  # before a verb, with no translation left: a past act told
THEN = frozenset({"kong", "lalu", "trus", "terus", "baru"})  # what joins the next step of a sequence


def object_fronted(units: list[Unit], k: int) -> bool:
    """A doer right before the verb with its object or yang before the doer: the Indonesian
    passive with a pronoun doer keeps the bare verb (nama dorang kita umumkan, apa yang Ibu takutkan)."""
    doer = units[k - 1]
    if k < 2 or not units[k - 2].joined or not (doer.pos == "pron" or person(doer)):
        return False
    before = units[k - 2]
    return before.key == "yang" or before.pos in ("pron", "n") or person(before)


# Verbs whose meN-...-i form takes the person taught (KBBI mengajari 'mengajar kepada'): own references
# mengajari 3 of 3 before a person; mengajar keeps what is taught (ajar matematika).
_TEACHING = frozenset({"ajar"})


def catenative(unit: Unit) -> bool:
    """A verb that takes another verb as its object, also as the last word of a reciprocal phrase
    (bantu jaga, baku bantu potong -> saling membantu memotong); not its passive, after which the
    references keep the act bare (dapa suru bayar -> disuruh bayar)."""
    return unit.key.replace("-", " ").rpartition(" ")[2] in CATENATIVE_VERBS and not unit.ind.startswith("di")


def active_voice(units: list[Unit], k: int, vocabulary: IndonesianVocabulary) -> None:
    """A bare transitive verb with a noun object takes meN- (bawa buku -> membawa buku).

    Free Indonesian translations write the active form where Manado Malay has the bare root;
    imperatives (after jang, tolong, or at the clause start) and verbs Indonesian uses bare
    (dapat, tahu, pakai ...) keep the root.
    """
    u = units[k]
    if u.key in KEPT_BARE or not u.joined or vocabulary.inflected(u.ind):
        return  # kept bare, or already inflected (bacari 'mencari': never 'memencari')
    if k >= 2 and units[k - 2].key == "yang" and object_fronted(units, k):
        return  # roti yang tanta beli pe mahal: the object is the relative's head, its doer before it
    prev, nxt = units[k - 1], units[k + 1]
    if u.key in _DEGREE_BEFORE_ACT and nxt.pos == "v" and prev.pos != "aux":
        return  # kurang before an act says how much of it (kurang tidur); after musti it is to lessen it
    if prev.key in URGING and k > 1 and prev.joined:
        prev = units[k - 2]  # coba dang kase pinjam: dang only urges the request coba opens
    if not prev.joined or prev.key in IMPERATIVE_MARKERS or prev.key in THEN and requested(units, vocabulary):
        # an imperative; ambe tu ember kong isi aer: the next step of a request is a request too; a
        # clause after a comma may be the next step of a report instead (..., kumpul berkas, kong antar)
        if prev.joined or starts_sentence(prev.glue):
            imperative_object(units, k, vocabulary)
        return
    if prev.pos == "poss":
        return  # a possessed noun (tape kunci oto: kunci is the key)
    if prev.key == "tukang":
        return  # a trade named by its act (tukang jahit itu, tukang cukur ini): a noun, no act done
    if prev.ind == "ada" and prev.key in HAVE:
        return  # the activity that takes place, no one doing it (sesudah itu ada cek gula darah)
    if prev.pos == "v" and prev.key not in COMPLEMENT_TAKERS and not catenative(prev) and not _leads_serial(prev):
        return  # a noun after a verb (buat daftar anak), or a serial verb; but datang bawa kue, lari-lari cari
    if nxt.key == "pa" and not nxt.ind and nxt.joined and k + 2 < len(units) and (
            u.key in CATENATIVE_VERBS or prev.ind == "sedang" or prev.key in _PAST_MARKERS and not prev.ind and (
                prev.key == "da" or k < 2 or units[k - 2].key != "yang") or prev.key in PERSON_NOUNS and prev.pos != "pron"):
        # pa only marked the object: so bantu pa kita -> sudah membantu saya, ada telepon pa tante ->
        # sedang menelepon tante, da lia pa dia -> melihat dia (a past act told, by ada after its
        # subject too: kalamaring dia ada tulis pa oma -> menulis nenek; sapa yang ada pangge stays);
        # after a subject pronoun alone the verb stays bare as the references write it (kita telepon pa
        # ngana -> saya telepon kamu), after a person noun it takes meN- (oma palu pa kita -> memeluk)
        nxt = units[k + 2]
    at = units.index(nxt, k)
    if (opens_object(nxt, vocabulary) or counted_object(units, at, vocabulary)) and not _clock_time(units, at) or (
            nxt.pos == "v" and u.key in CATENATIVE_VERBS) or _thing_named_like_act(units, k, nxt):
        form = vocabulary.men_form(u.root) or causative_only(u.root, vocabulary)
        if form and u.root in _TEACHING and person(nxt):
            form += "i"  # bidan ajar kita pijat -> mengajari saya: the learner, not the subject taught
        if form:
            u.ind = driven(units, k, at) or form  # bawa motor -> mengendarai motor, not membawa
    else:
        activity_going_on(units, k, vocabulary)


def _leads_serial(prev: Unit) -> bool:
    """A verb taking no object, so that a verb after it is the next act of one subject, not a noun:
    going (datang bawa kue, kaluar bawa panci -> keluar membawa panci) or a ber- verb (babunyi
    pangge orang -> berbunyi memanggil orang, bakumpul bawa tikar -> berkumpul membawa tikar); not a ber-
    verb Indonesian writes before a noun (ba isi daftar: berisi, its noun after it)."""
    return prev.key.partition("-")[0] in MOTION_VERBS | _GOING_ON or prev.ind.startswith("ber") and " " not in prev.ind and (
        prev.root not in BER_BEFORE_NOUN and prev.ind[3:] not in BER_BEFORE_NOUN)


def imperative_object(units: list[Unit], k: int, vocabulary: IndonesianVocabulary) -> None:
    """A request keeps the bare verb, but a ber- verb root with no meN- form takes -kan before its
    object (kumpul gelas bekas -> kumpulkan gelas bekas: kumpul alone has no object)."""
    u = units[k]
    if u.pos == "v" and u.root and u.ind.lower() == u.root and u.joined and u.key not in KEPT_BARE and k + 1 < len(units) and opens_object(
            units[k + 1], vocabulary) and not vocabulary.men_form(u.root) and causative_only(u.root, vocabulary):
        u.ind = u.ind + "kan"


def causative_only(root: str, vocabulary: IndonesianVocabulary) -> str | None:
    """The meN-...-kan form of a root that is a ber- verb with no bare meN- form: with an object it
    takes -kan (kumpul sampah -> mengumpulkan sampah; berkumpul has no object)."""
    if not vocabulary.is_form("ber" + root):
        return None
    form = vocabulary.causative(root)
    return form if form and form.endswith("kan") else None


def cleft_doer(units: list[Unit], k: int, vocabulary: IndonesianVocabulary) -> None:
    """A person + yang + a bare verb closing its clause names who did it, and Indonesian gives that
    verb meN- (dia sto yang ambe -> mungkin dia yang mengambil; biang yang tolong -> dukun beranak
    yang menolong); a thing or a question word before yang leaves it bare (sandal saya siapa yang
    ambil: the fronted object). (nyanda) ada yang is someone who does it: meN- too (tidak ada yang
    mengurus), except for perceiving and states (tidak ada yang tahu), and with no object named a verb
    whose only meN- form is causative stays bare (tidak ada yang bicara, not membicarakan). sapa
    opening its clause asks for the doer, who does it too (Sapa yang tolong? -> Siapa yang menolong?;
    Sapa da ambe? -> Siapa yang mengambil?)."""
    u = units[k]
    if u.key in KEPT_BARE or k < 2 or not units[k - 1].joined:
        return
    if units[k - 1].ind != "yang":
        if not (units[k - 1].key in _PAST_MARKERS and not units[k - 1].ind and units[k - 2].ind.endswith(" yang")):
            return  # Sapa da ambe?: sapa has taken the yang ('siapa yang'), da is left untranslated
    at = k - 2
    while at > 0 and units[at].joined and (units[at].pos in ("adv", "ptc") or not units[at].ind):
        at -= 1  # dia sto yang, dia kote yang
    doer = units[at]
    # (nyanda) ada yang + a verb closing its clause: someone who does it (nyanda ada yang jaga -> tidak
    # ada yang menjaga); perceiving and states stay bare (nyanda ada yang tau, dengar)
    someone = doer.ind.rpartition(" ")[2] == "ada" and u.key not in BARE_WITHOUT_OBJECT
    if doer.joined and (subject_person(doer) or someone or asks_who(units, at)):
        form = vocabulary.men_form(u.root) or (subject_person(doer) and causative_only(u.root, vocabulary))
        if form:
            u.ind = form


def requested(units: list[Unit], vocabulary: IndonesianVocabulary) -> bool:
    """The sentence opens with a bare verb, of the lexicon or of Indonesian: a request (Ambe tu
    ember, Goreng ikang dulu)."""
    first = units[0]
    return bool(first.root) and first.ind.lower() == first.root and (
        first.pos == "v" or first.pos == "" and first.source == INDONESIAN and vocabulary.is_verb_root(first.root))


def _thing_named_like_act(units: list[Unit], k: int, nxt: Unit) -> bool:
    """An Indonesian word that is a noun and a verb root alike (kunci, daftar, tahu, racun), not a time,
    after a verb that takes no act as its object: the thing it is done to (lupa bawa kunci -> membawa
    kunci; tulis daftar belanja -> menulis daftar; semprot racun -> menyemprot racun); after a verb that takes an act (mulai, coba, tetap) it is that act, and
    after a relative clause whose object is its head (surat yang dia so tulis hilang) the predicate."""
    u = units[k]
    if not (nxt.pos in ("v", "") and nxt.source == INDONESIAN and nxt.ind == nxt.root and nxt.ind == nxt.key) or (
            nxt.pos == "" and nxt.ind in STOP_WORDS or nxt.key.partition("-")[0] in TIME_NOUNS) or (
            u.key in _TAKES_AN_ACT or u.ind in _TAKES_AN_ACT):
        return False
    if nxt.pos == "" and not (units[k - 1].key in _AIMED or _leads_serial(units[k - 1])):
        return False  # an untagged word: only where an act is aimed at or gone for (for beli bahan, pigi cari bunga)
    at = k - 1
    while at > 0 and units[at].key in BETWEEN_SUBJECT_AND_VERB:
        at -= 1
    return not (at > 0 and (units[at].pos == "pron" or person(units[at])) and units[at - 1].key == "yang")


def opens_object(nxt: Unit, vocabulary: IndonesianVocabulary) -> bool:
    """A noun phrase that can be the object of the verb before it, a place or a possessor opening it
    included (jaga rumah, ambe kita pe sandal); not a time noun, doubled too (bangun pagi, lari subuh-subuh)."""
    if nxt.key.partition(" ")[0].partition("-")[0] in TIME_NOUNS:
        return False
    return nxt.pos in ("n", "acr", "pron", "poss", "loc") or nxt.source in (ACRONYM, NAME) or nxt.key in _OBJECT_OPENERS or (
        nxt.pos == "" and nxt.source in (INDONESIAN, RULE) and plain_noun(nxt, vocabulary))


def counted_object(units: list[Unit], at: int, vocabulary: IndonesianVocabulary) -> bool:
    """units[at] opens a count of the thing after it, which is the object of the verb before it (potong
    dua babi -> memotong dua babi, pangge dua-dua pihak -> memanggil kedua pihak). A count alone (a
    sum, a score) or of a unit goods are sold by is what a buyer takes, which the references keep bare
    (kita ambe dua, ambe tiga ikat); a count of times or days says how often or long (mandi dua kali)."""
    verb, end = units[at - 1], at
    if not (verb.pos == "v" or verb.source in (INDONESIAN, RULE) and vocabulary.is_verb_root(verb.root)):
        return False
    while end < len(units) and _counts(units[end]):
        if not units[end].joined:
            return False  # the count closes its clause (minta seratus ribu, kala tiga kosong)
        end += 1
    if end == at or end == len(units):
        return False
    thing = units[end]
    return not {thing.key.partition("-")[0], thing.ind.lower()} & _NOT_COUNTED_THINGS and (
        opens_object(thing, vocabulary) or thing.pos == "" and thing.source == INDONESIAN)


# Words of a number after its first (dua puluh ribu), and the zero of a score (tiga kosong)
_NUMBER_PARTS = frozenset({"puluh", "ratus", "ribu", "juta", "blas", "belas", "kosong", "nol"})
# After a count: units goods are sold by, the classifiers of land and sheets (satu bidang tanah, dua
# lembar), and spans of time (tiga hari, dua kali)
_NOT_COUNTED_THINGS = SALE_UNITS | TIME_NOUNS | frozenset({"bidang", "petak", "lembar", "helai", "pasang", "kali",
                                                           "jam", "menit", "detik"})


def _counts(unit: Unit) -> bool:
    return unit.pos == "num" or unit.source == NUMBER or unit.key in _NUMBER_PARTS


# A clock time (jam lima, pukul tiga) says when an act happens; it is no object (bangun jam lima).
_CLOCK = frozenset({"jam", "pukul", "pkl"})


# After the number, a price or a count makes jam the watch (beli jam dua ratus ribu, bawa jam dua biji).
_NOT_HOURS = frozenset({"ribu", "rb", "ratus", "juta", "rupiah", "biji", "buah"})


def _clock_time(units: list[Unit], at: int) -> bool:
    """units[at] is jam or pukul before a number: when the act happens, not what it is done to."""
    number = at + 1
    return units[at].key in _CLOCK and units[at].joined and number < len(units) and (
        units[number].pos == "num" or units[number].source == NUMBER or units[number].key[:1].isdigit()) and not (
        number + 1 < len(units) and units[number].joined and units[number + 1].key in _NOT_HOURS)


def plain_noun(unit: Unit, vocabulary: IndonesianVocabulary) -> bool:
    """An Indonesian word the lexicon leaves untagged that reads as a noun: not a function word,
    not a verb root (lupa bawa payong -> lupa membawa payung). A function word opening the sentence
    keeps its capital (Apakah ngana so makang? is asked, not 'Apakah sudah kamu makan')."""
    return unit.ind.lower() not in STOP_WORDS and " " not in unit.ind and not (
        unit.root and vocabulary.is_verb_root(unit.root))
