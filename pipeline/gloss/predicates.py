"""The rules that read what every other sentence rule made: active voice, possession, superlative.

  active voice  a bare verb root before its object takes meN- (urus KK -> mengurus KK; lupa bawa
              payong -> lupa membawa payung; sapa yang ambe kita pe sandal -> siapa yang mengambil
              sandal saya; sapu rumah -> menyapu rumah), except imperatives, verbs Indonesian uses
              bare (pindah rumah, ikut suami, saya pikir), and before a time noun (bangun pagi);
              a person + yang + a verb closing the clause names the doer (dia yang mengambil);
              a thing before a modal undergoes the verb instead (obat musti minum: voice.py)
  ada -> punya, paling   possession and the superlative: having.py
  beking      in a relative clause or asking what one does: making.py
Each rewrites only its own unit's translation and reads only its neighbours' keys, parts of speech
and glue, so applying them unit by unit is the same as rule by rule.
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.clause_words import (
    BEFORE_VERB_POS, BETWEEN_SUBJECT_AND_VERB, CONDITION, INTRANSITIVE_AFTER_DAPA, KEPT_BARE, PERSON_NOUNS, WHEN, person, subject_before, subject_person)
from pipeline.gloss.having import HAVE, possession, superlative
from pipeline.gloss.indonesian import INFLECTING_PREFIXES, IndonesianVocabulary, men_prefix
from pipeline.gloss.making import MAKING, done_what, made_in_relative, made_what
from pipeline.gloss.morphology import ACRONYM, INDONESIAN, NAME, NUMBER, RULE
from pipeline.gloss.particles import URGING
from pipeline.gloss.prohibitions import prohibited_undergone
from pipeline.gloss.tokens import starts_sentence
from pipeline.gloss.units import Unit
from pipeline.gloss.done_to_thing import closes_thing, undergone
from pipeline.gloss.going_senses import driven
from pipeline.gloss.voice import BARE_WITHOUT_OBJECT, activity_going_on, caused_on_subject
from pipeline.gloss.doer_after import done_by_doer_after
from pipeline.gloss.subject_acts import done_by_subject

_MODALS = frozenset({"bole", "boleh", "bisa", "musti", "harus", "mesti", "perlu", "nimbole", "dapa"})
# Predicates whose complement mo introduces (malas mo urus 'malas mengurus'): mo is not 'mau' there.
COMPLEMENT_TAKERS = _MODALS | frozenset({"malas", "tako", "takut", "malo", "malu", "barani", "berani",
                                          "sanang", "senang", "suka", "siap", "rajin", "lupa", "susa", "susah",
                                          "gampang", "mudah"})
# Verbs that take another verb as their object (bantu jaga -> membantu menjaga).
CATENATIVE_VERBS = frozenset({"bantu", "suru", "suruh", "ajak", "ajar"})
IMPERATIVE_MARKERS = frozenset({"jang", "jangang", "jangan", "tolong", "mari", "coba", "co", "manjo", "ayo",
                                "manjo torang", "mari kita", "mari torang", "mari jo", "marijo", "manjo jo", "ayo kita"})
MOTION_VERBS = frozenset({"pigi", "pi", "pergi", "datang", "pulang", "bale", "lari", "singga", "singgah"})
# Words that open an object noun phrase: a transitive verb before them takes meN- (lia tu oto -> melihat mobil itu).
_OBJECT_OPENERS = frozenset({"tu", "ni", "itu", "ini", "tape", "ngape", "semua", "samua", "apa-apa"})  # apa-apa: anything
_TIME_NOUNS = frozenset({"taong", "tahun", "hari", "minggu", "bulan", "bulang", "malam", "malang", "pagi", "siang",
                         "sore", "subuh"})
_THEY = frozenset({"dorang", "mereka"})
_DEMONSTRATIVES = frozenset({"tu", "ni", "itu", "ini"})  # closing the fronted thing (tu lampu -> lampu itu)
# When an act happens: no object after a verb (kase panas besok, kase manyala siang-siang).
_WHEN = _TIME_NOUNS | frozenset({"besok", "nanti", "tadi", "dulu", "lusa", "kemarin", "sekarang"})
_TOWARDS_PERSON = frozenset({"dari", "pa", "ke", "kepada"})  # bajauh dari kita, badekat pa dia
_PAST_MARKERS = frozenset({"da", "ada", "ad"})  # before a verb, with no translation left: a past act told
_WHEN_WORDS = WHEN | CONDITION  # open a clause of time or condition
# ber- verbs Indonesian writes before a noun: bermain bola, bertanya jalan, berjualan kue, amplop berisi uang.
_BER_BEFORE_NOUN = frozenset({"main", "tanya", "jual", "jualan", "pikir", "jalan", "doa", "cerita", "bicara",
                              "ganti", "kumpul", "pakai", "tumbuh", "putar", "isi"})
_APPLIED_ENDINGS = ("kan", "i")  # nikmati, tawarkan: Indonesian verb forms a request uses bare
_OBJECT_POS = frozenset({"n", "loc", "pron", "poss", "acr"})
_PLACE_WORDS = frozenset({"di", "ka", "ke", "dari", "pa"})
_ASKING_LEAVE = frozenset({"bisa", "boleh", "bole"})  # opening a clause: a polite request (Bisa ceritakan ...?)
# Before a -kan/-i verb these make it a request, which keeps the bare form (jang lupakan, tolong sampaikan).
_REQUEST_BEFORE = frozenset({"jang", "jangan", "jangang", "tolong", "mari", "marijo", "ayo", "manjo", "coba", "co",
                             "silakan", "dang"})
THEN = frozenset({"kong", "lalu", "trus", "terus", "baru"})  # what joins the next step of a sequence
_CAUSED = ("CAUS",)  # the gloss of a kase that made the next word causative


# What may stand right before an untagged verb that a rule reads: a modal or aspect word after a thing
# as subject (tu babi musti potong), or da before a past act (tu anak da tendang bola).
_BEFORE_UNTAGGED_VERB = BETWEEN_SUBJECT_AND_VERB | frozenset({"da"})


def _untagged_verb(unit: Unit, vocabulary: IndonesianVocabulary) -> bool:
    """An Indonesian verb root the lexicon leaves untagged (pos ''), in its bare form (potong, goreng);
    the callers first check, cheaply, that a word the rules read stands before it."""
    return bool(unit.root) and unit.ind == unit.root and vocabulary.is_verb_root(unit.root)


def after_context(units: list[Unit], vocabulary: IndonesianVocabulary) -> None:
    """The rules that read what the context rules made: active voice, possession, superlative.

    One pass: each rewrites only its own unit's translation and reads only its neighbours'
    keys, parts of speech and glue, so applying them unit by unit is the same as rule by rule.
    """
    last = units[-1]
    if len(units) > 2 and units[-2].gloss == _CAUSED:
        caused_on_subject(units, len(units) - 1, vocabulary)  # tu kue musti kase dingin dulu.
    if last.key in MAKING:
        made_in_relative(units, len(units) - 1)  # apa yang ngana bekeng?: the verb closes the sentence
    elif last.pos == "v" and last.root and last.ind == last.root and len(units) > 2 and not undergone(
            units, len(units) - 1, vocabulary) and not _done_by_fronted_doer(units, len(units) - 1, vocabulary, True):
        # BPJS blum bisa urus; tu surat kita so antar.
        _cleft_doer(units, len(units) - 1, vocabulary)  # dia yang ambe.
        activity_going_on(units, len(units) - 1, vocabulary)  # kita ada tunggu.
    elif len(units) > 2 and last.pos == "" and units[-2].key in _BEFORE_UNTAGGED_VERB and _untagged_verb(
            last, vocabulary):
        undergone(units, len(units) - 1, vocabulary)  # tu kue so mo potong.
    elif len(units) > 2 and last.pos == "":
        done_by_doer_after(units, len(units) - 1, vocabulary)  # jadi BPJS tolak -> jadi ditolak BPJS
    _imperative_object(units, 0, vocabulary)  # Kumpul gelas bekas -> Kumpulkan gelas bekas
    for k in range(1, len(units)):
        if units[k].pos == "" and units[k - 1].joined and catenative(units[k - 1]) and units[k].root and (
                vocabulary.is_verb_root(units[k].root)):
            units[k].pos = "v"  # baku bantu potong babi: the act helped with is a verb (membantu memotong)
    if units[0].key in MAKING and len(units) > 1:
        made_what(units, 0)  # Bekeng PR dulu! -> Mengerjakan PR dulu!
    for k in range(1, len(units)):
        prohibited_undergone(units, k, vocabulary)  # dia ada tidor, jang ganggu -> jangan diganggu
    for k in range(1, len(units)):
        if units[k].source == INDONESIAN and units[k].ind.endswith(_APPLIED_ENDINGS):
            _applied_form_told(units, k, vocabulary)  # dorang nikmati pemandangan -> menikmati
    for k in range(1, len(units) - 1):
        u = units[k]
        if units[k - 1].gloss == _CAUSED and caused_on_subject(units, k, vocabulary):
            continue  # obat ini musti kase abis dulu -> obat ini harus dihabiskan dulu
        if u.key in MAKING:
            made_in_relative(units, k)
            _made_on_request(units, k, vocabulary)
            done_what(units, k)
            made_what(units, k)
        if u.pos == "v" and u.ind.startswith("ber") and u.joined:
            _ba_with_object(units, k, vocabulary)
        elif u.pos == "" and done_by_subject(units, k) and _untagged_verb(u, vocabulary):
            _active_voice(units, k, vocabulary)  # kita tabrak pagar -> saya menabrak pagar
        elif u.pos == "" and (units[k - 1].key in _BEFORE_UNTAGGED_VERB or closes_thing(units, k)) and _untagged_verb(
                u, vocabulary):  # tu babi musti potong, ngana pe oto parkir di mana
            if not undergone(units, k, vocabulary) and u.joined and units[k - 1].key == "da" and (
                    not units[k - 1].ind):  # tu babi musti potong for Natal -> babi itu harus dipotong
                _active_voice(units, k, vocabulary)  # a past act: tu anak da tendang bola -> anak itu menendang bola
        elif u.pos == "v" and u.root and u.ind == u.root and not (k > 1 and undergone(units, k, vocabulary)):
            if _done_by_fronted_doer(units, k, vocabulary):
                pass  # tu surat kita so antar ka kantor -> surat itu sudah saya antar ke kantor
            elif u.joined:
                _active_voice(units, k, vocabulary)
                if u.ind == u.root and units[k + 1].key in _PLACE_WORDS:
                    _cleft_doer(units, k, vocabulary)  # nyanda ada yang jaga di rumah: no object, a place
            else:
                _cleft_doer(units, k, vocabulary)
                activity_going_on(units, k, vocabulary)  # kalu mama ada masak, jang ganggu
        if u.root and u.ind != u.root and u.joined and units[k + 1].key in _TOWARDS_PERSON:
            _moving_towards(units, k, vocabulary)
        if u.key in HAVE:
            possession(units, k, vocabulary)
        elif u.key == "paling":
            superlative(units, k)


def _applied_form_told(units: list[Unit], k: int, vocabulary: IndonesianVocabulary) -> None:
    """An Indonesian -kan/-i verb inside a clause tells an act, it does not ask for one: its meN-
    form (dorang nikmati pemandangan -> mereka menikmati pemandangan, bajalan tawarkan kue -> menawarkan,
    mo rayakan -> merayakan; the MangARTI sample's mining and dev parts and the own references 8 of
    8). Opening its clause or after jang, tolong, mari it stays the request (Tolong sampaikan)."""
    u, prev = units[k], units[k - 1]
    word = u.ind
    if word != u.key or not prev.joined or prev.key in _REQUEST_BEFORE or word.startswith(INFLECTING_PREFIXES):
        return
    if not _told_with_object(units, k) or _object_fronted(units, k) or (
            prev.key in _ASKING_LEAVE and (k == 1 or not units[k - 2].joined)):
        return  # apa yang Ibu lakukan, nama dorang kita umumkan, Bisa ceritakan ...?: bare in Indonesian too
    stem = word[:-3] if word.endswith("kan") else word[:-1]
    if vocabulary.is_lemma(word) or not vocabulary.is_lemma(stem):
        return  # kopi, kunci, jadi: words of their own, no -kan/-i form of another word
    form = men_prefix(word)
    if form != word and vocabulary.root_of(form) == stem:  # palukan (a hug) is no form of malu
        u.ind = form


def _told_with_object(units: list[Unit], k: int) -> bool:
    """The -kan/-i verb at units[k] has its object or a place phrase right after it (dorang
    nikmati pemandangan, kami anggarkan dana, pendeta umumkan di gereja)."""
    if k + 1 >= len(units) or not units[k].joined:
        return False
    nxt = units[k + 1]
    return nxt.pos in _OBJECT_POS or nxt.key in _PLACE_WORDS or nxt.pos == "" and nxt.ind not in STOP_WORDS


def _object_fronted(units: list[Unit], k: int) -> bool:
    """A doer right before the verb with its object or yang before the doer: the Indonesian
    passive with a pronoun doer keeps the bare verb (nama dorang kita umumkan, apa yang Ibu takutkan)."""
    doer = units[k - 1]
    if k < 2 or not units[k - 2].joined or not (doer.pos == "pron" or person(doer)):
        return False
    before = units[k - 2]
    return before.key == "yang" or before.pos in ("pron", "n") or person(before)


def _moving_towards(units: list[Unit], k: int, vocabulary: IndonesianVocabulary) -> None:
    """A meN- verb of moving along an adjective before dari or pa + a person takes -i with the
    person as its object (bajauh dari kita -> menjauhi saya, badekat pa dia -> mendekati dia)."""
    u, marker = units[k], units[k + 1]
    if not marker.joined or k + 2 >= len(units) or not person(units[k + 2]):
        return
    if (u.pos == "adj" or u.gloss[0].startswith("meN-")) and u.ind == vocabulary.moving(u.root):
        u.ind += "i"
        marker.ind = ""


# Verbs whose meN-...-i form takes the person taught (KBBI mengajari 'mengajar kepada'): own references
# mengajari 3 of 3 before a person; mengajar keeps what is taught (ajar matematika).
_TEACHING = frozenset({"ajar"})


def catenative(unit: Unit) -> bool:
    """A verb that takes another verb as its object, also as the last word of a reciprocal phrase
    (bantu jaga, baku bantu potong -> saling membantu memotong); not its passive, after which the
    references keep the act bare (dapa suru bayar -> disuruh bayar)."""
    return unit.key.replace("-", " ").rpartition(" ")[2] in CATENATIVE_VERBS and not unit.ind.startswith("di")


def _active_voice(units: list[Unit], k: int, vocabulary: IndonesianVocabulary) -> None:
    """A bare transitive verb with a noun object takes meN- (bawa buku -> membawa buku).

    Free Indonesian translations write the active form where Manado Malay has the bare root;
    imperatives (after jang, tolong, or at the clause start) and verbs Indonesian uses bare
    (dapat, tahu, pakai ...) keep the root.
    """
    u = units[k]
    if u.key in KEPT_BARE or not u.joined or vocabulary.inflected(u.ind):
        return  # kept bare, or already inflected (bacari 'mencari': never 'memencari')
    if k >= 2 and units[k - 2].key == "yang" and _object_fronted(units, k):
        return  # roti yang tanta beli pe mahal: the object is the relative's head, its doer before it
    prev, nxt = units[k - 1], units[k + 1]
    if prev.key in URGING and k > 1 and prev.joined:
        prev = units[k - 2]  # coba dang kase pinjam: dang only urges the request coba opens
    if not prev.joined or prev.key in IMPERATIVE_MARKERS or prev.key in THEN and requested(units, vocabulary):
        # an imperative; ambe tu ember kong isi aer: the next step of a request is a request too; a
        # clause after a comma may be the next step of a report instead (..., kumpul berkas, kong antar)
        if prev.joined or starts_sentence(prev.glue):
            _imperative_object(units, k, vocabulary)
        return
    if prev.pos == "poss":
        return  # a possessed noun (tape kunci oto: kunci is the key)
    if prev.ind == "ada" and prev.key in HAVE:
        return  # the activity that takes place, no one doing it (sesudah itu ada cek gula darah)
    if prev.pos == "v" and prev.key not in COMPLEMENT_TAKERS and not catenative(prev) and (
            prev.key.partition("-")[0] not in MOTION_VERBS):
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
    if opens_object(nxt, vocabulary) and not _clock_time(units, units.index(nxt, k)) or (
            nxt.pos == "v" and u.key in CATENATIVE_VERBS):
        form = vocabulary.men_form(u.root) or _causative_only(u.root, vocabulary)
        if form and u.root in _TEACHING and person(nxt):
            form += "i"  # bidan ajar kita pijat -> mengajari saya: the learner, not the subject taught
        if form:
            u.ind = driven(units, k, units.index(nxt, k)) or form  # bawa motor -> mengendarai motor, not membawa
    else:
        activity_going_on(units, k, vocabulary)


def _imperative_object(units: list[Unit], k: int, vocabulary: IndonesianVocabulary) -> None:
    """A request keeps the bare verb, but a ber- verb root with no meN- form takes -kan before its
    object (kumpul gelas bekas -> kumpulkan gelas bekas: kumpul alone has no object)."""
    u = units[k]
    if u.pos == "v" and u.root and u.ind.lower() == u.root and u.joined and u.key not in KEPT_BARE and k + 1 < len(units) and opens_object(
            units[k + 1], vocabulary) and not vocabulary.men_form(u.root) and _causative_only(u.root, vocabulary):
        u.ind = u.ind + "kan"


def _causative_only(root: str, vocabulary: IndonesianVocabulary) -> str | None:
    """The meN-...-kan form of a root that is a ber- verb with no bare meN- form: with an object it
    takes -kan (kumpul sampah -> mengumpulkan sampah; berkumpul has no object)."""
    if not vocabulary.is_form("ber" + root):
        return None
    form = vocabulary.causative(root)
    return form if form and form.endswith("kan") else None


def _cleft_doer(units: list[Unit], k: int, vocabulary: IndonesianVocabulary) -> None:
    """A person + yang + a bare verb closing its clause names who did it, and Indonesian gives that
    verb meN- (dia sto yang ambe -> mungkin dia yang mengambil; biang yang tolong -> dukun beranak
    yang menolong); a thing or a question word before yang leaves it bare (sandal saya siapa yang
    ambil: the fronted object). (nyanda) ada yang is someone who does it: meN- too (tidak ada yang
    mengurus), except for perceiving and states (tidak ada yang tahu), and with no object named a verb
    whose only meN- form is causative stays bare (tidak ada yang bicara, not membicarakan)."""
    u = units[k]
    if u.key in KEPT_BARE or k < 2 or units[k - 1].ind != "yang" or not units[k - 1].joined:
        return
    at = k - 2
    while at > 0 and units[at].joined and (units[at].pos in ("adv", "ptc") or not units[at].ind):
        at -= 1  # dia sto yang, dia kote yang
    doer = units[at]
    # (nyanda) ada yang + a verb closing its clause: someone who does it (nyanda ada yang jaga -> tidak
    # ada yang menjaga); perceiving and states stay bare (nyanda ada yang tau, dengar)
    someone = doer.ind.rpartition(" ")[2] == "ada" and u.key not in BARE_WITHOUT_OBJECT
    if doer.joined and (subject_person(doer) or someone):
        form = vocabulary.men_form(u.root) or (subject_person(doer) and _causative_only(u.root, vocabulary))
        if form:
            u.ind = form


def requested(units: list[Unit], vocabulary: IndonesianVocabulary) -> bool:
    """The sentence opens with a bare verb, of the lexicon or of Indonesian: a request (Ambe tu
    ember, Goreng ikang dulu)."""
    first = units[0]
    return bool(first.root) and first.ind.lower() == first.root and (
        first.pos == "v" or first.pos == "" and first.source == INDONESIAN and vocabulary.is_verb_root(first.root))


def _ba_with_object(units: list[Unit], k: int, vocabulary: IndonesianVocabulary) -> None:
    """A ba- verb read as ber- takes meN- before its object when the root has an attested meN- form:
    ba cari doi -> mencari uang, bajaga anak -> menjaga anak, ba angkat
    karung -> mengangkat karung (not 'berangkat'); ber- verbs Indonesian writes before a noun stay."""
    u = units[k]
    if not opens_object(units[k + 1], vocabulary):
        return
    if u.gloss[:1] and u.gloss[0].startswith("RECP"):
        # a baku row's ber- word is no ba- verb: bertemu muka (not 'menemu'); one whose root takes an
        # object only with -kan gathers it (baku kumpul sampah -> mengumpulkan sampah, not 'berkumpul')
        root = vocabulary.root_of(u.ind) or u.root
        form = root and not vocabulary.men_form(root) and _causative_only(root, vocabulary)
        u.ind = form or u.ind
        return
    root = vocabulary.root_of(u.ind) or u.root
    if not root or root == u.ind or root in _BER_BEFORE_NOUN:
        return
    form = vocabulary.men_form(root)
    if form:
        u.ind = form
        if units[k - 1].key == "ba" and units[k - 1].joined:
            units[k - 1].gloss = ("meN",)


def opens_object(nxt: Unit, vocabulary: IndonesianVocabulary) -> bool:
    """A noun phrase that can be the object of the verb before it, a place or a possessor opening it
    included (jaga rumah, ambe kita pe sandal); not a time noun, doubled too (bangun pagi, lari subuh-subuh)."""
    if nxt.key.partition(" ")[0].partition("-")[0] in _TIME_NOUNS:
        return False
    return nxt.pos in ("n", "acr", "pron", "poss", "loc") or nxt.source in (ACRONYM, NAME) or nxt.key in _OBJECT_OPENERS or (
        nxt.pos == "" and nxt.source in (INDONESIAN, RULE) and _plain_noun(nxt, vocabulary))


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


def fronted_doer(units: list[Unit], verb: int, after: int, vocabulary: IndonesianVocabulary) -> int:
    """The agentive passive: a thing fronted, then its doer, a person (perhaps with a modal, an
    aspect word or a negation after it), then the verb that opens at units[verb], with no object at
    units[after] (tu lampu ngana kase nyala; tu surat kita so antar ka kantor). Indonesian writes the
    doer's bare verb there, the aspect or modal before the doer (lampu itu kamu nyalakan; surat
    itu sudah saya antar). With no fronted thing the references keep meN- (bidan kase rujuk ka
    puskesmas -> merujuknya); dorang after a fronted thing is the impersonal di- passive instead
    (voice.py). The doer's index, or -1."""
    if after < len(units) and units[after - 1].joined and opens_object(units[after], vocabulary) and (
            units[after].ind.partition("-")[0] not in _WHEN):
        return -1
    at = subject_before(units, verb - 1)
    if at < 1 or not units[at - 1].joined:
        return -1
    doer = units[at]
    if not (doer.pos == "pron" and doer.key not in _THEY or doer.key in PERSON_NOUNS):
        return -1
    thing = at - 1
    if thing > 0 and units[thing].pos == "adj" and units[thing - 1].joined:
        thing -= 1  # piring kotor kita kase bersih: past the thing's adjective
    unit = units[thing]
    if unit.ind.lower() in _WHEN or unit.key in _WHEN_WORDS or unit.key in PERSON_NOUNS or thing > 0 and units[
            thing - 1].joined and (units[thing - 1].pos in ("poss", "v", "aux") or units[thing - 1].key in HAVE):
        # besok torang mo pigi: a time; ibu kader so bilang: one person named twice; kita pe ade
        # nona mo kaweng: kin; kalu ada arisan kita nyanda datang: what there is, not what is acted on
        return -1
    fronted = (unit.pos in ("n", "loc", "acr") or unit.key in _DEMONSTRATIVES or (
        unit.source == ACRONYM) or unit.pos == "" and unit.source in (INDONESIAN, RULE) and _plain_noun(unit, vocabulary))
    return at if fronted else -1


def _done_by_fronted_doer(units: list[Unit], k: int, vocabulary: IndonesianVocabulary, last: bool = False) -> bool:
    """The bare verb at units[k] after a fronted thing, its doer and an aspect word, modal or negation
    keeps the bare form with the aspect before the doer (tu surat kita so antar -> surat itu sudah saya
    antar); a verb with no meN- form takes no object (BPJS kita so mati stays). Closing the sentence
    (`last`) only a pronoun is the doer of a transitive verb (doi skola anak blum bayar: the child's school
    fees; itu dia so datang: he has come); True when reordered."""
    doer = fronted_doer(units, k, k + 1, vocabulary) if k > 2 and units[k - 1].pos in BEFORE_VERB_POS and (
        vocabulary.men_form(units[k].root)) else -1
    if last and doer >= 0 and (units[doer].pos != "pron" or units[k].key in INTRANSITIVE_AFTER_DAPA):
        return False
    if doer >= 0:
        put_aspect_first(units, doer, k)
    return doer >= 0


def put_aspect_first(units: list[Unit], doer: int, verb: int) -> None:
    """Move the words between the doer and the verb before the doer (saya sudah antar -> sudah
    saya antar): all are joined by spaces, so only the order changes."""
    units[doer:verb] = units[doer + 1:verb] + [units[doer]]


def _plain_noun(unit: Unit, vocabulary: IndonesianVocabulary) -> bool:
    """An Indonesian word the lexicon leaves untagged that reads as a noun: not a function word,
    not a verb root (lupa bawa payong -> lupa membawa payung). A function word opening the sentence
    keeps its capital (Apakah ngana so makang? is asked, not 'Apakah sudah kamu makan')."""
    return unit.ind.lower() not in STOP_WORDS and " " not in unit.ind and not (
        unit.root and vocabulary.is_verb_root(unit.root))


def _made_on_request(units: list[Unit], k: int, vocabulary: IndonesianVocabulary) -> None:
    """beking asked for is the bare 'buat' (tolong bekeng kue -> tolong buat kue; goreng ikang dulu,
    kong bekeng rica -> lalu buat sambal): after jang/tolong/mari, or as the next step of a request.
    Opening a sentence it may as well name the act (Beking dodol itu berat: membuat)."""
    u = units[k]
    if u.ind != "membuat" or not u.joined or not opens_object(units[k + 1], vocabulary):
        return
    prev = units[k - 1]
    if prev.joined and (prev.key in IMPERATIVE_MARKERS or prev.key in THEN and requested(units, vocabulary)):
        u.ind = "buat"

