"""The rules that read what every other sentence rule made: active voice, possession, superlative.

  active voice  a bare verb root before its object takes meN- (active_voice.py); a thing before a
              modal undergoes the verb instead (obat musti minum: voice.py); the agentive passive
              (a fronted thing, its doer, aspect first: tu surat kita so antar -> sudah saya antar)
  ada -> punya, paling   possession and the superlative: having.py
  beking      in a relative clause or asking what one does: making.py
Each rewrites only its own unit's translation and reads only its neighbours' keys, parts of speech
and glue, so applying them unit by unit is the same as rule by rule.
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.clause_words import (
    BEFORE_VERB_POS, BETWEEN_SUBJECT_AND_VERB, CONDITION, INTRANSITIVE_AFTER_DAPA, PERSON_NOUNS, WHEN, person, subject_before)
from pipeline.gloss.having import HAVE, possession, superlative
from pipeline.gloss.indonesian import INFLECTING_PREFIXES, IndonesianVocabulary, men_prefix
from pipeline.gloss.making import MAKING, done_what, made_by, made_in_relative, made_what, resigned
from pipeline.gloss.morphology import ACRONYM, INDONESIAN, RULE
from pipeline.gloss.prohibitions import prohibited_undergone
from pipeline.gloss.units import Unit
from pipeline.gloss.done_to_thing import closes_thing, undergone
from pipeline.gloss.objectless_acts import activity_going_on
from pipeline.gloss.voice import caused_on_subject
from pipeline.gloss.active_voice import (
    BER_BEFORE_NOUN, IMPERATIVE_MARKERS, THEN, TIME_NOUNS, active_voice, catenative, causative_only, cleft_doer, imperative_object,
    object_fronted, opens_object, plain_noun, requested)
from pipeline.gloss.doer_after import done_by_doer_after
from pipeline.gloss.subject_acts import BARE_AFTER_SUBJECT, done_by_subject

_THEY = frozenset({"dorang", "mereka"})
_DEMONSTRATIVES = frozenset({"tu", "ni", "itu", "ini"})  # closing the fronted thing (tu lampu -> lampu itu)
# When an act happens: no object after a verb (kase panas besok, kase manyala siang-siang).
_WHEN = TIME_NOUNS | frozenset({"besok", "nanti", "tadi", "dulu", "lusa", "kemarin", "sekarang"})
_TOWARDS_PERSON = frozenset({"dari", "pa", "ke", "kepada"})  # bajauh dari kita, badekat pa dia
_WHEN_WORDS = WHEN | CONDITION  # open a clause of time or condition
_APPLIED_ENDINGS = ("kan", "i")  # nikmati, tawarkan: Indonesian verb forms a request uses bare
_OBJECT_POS = frozenset({"n", "loc", "pron", "poss", "acr"})
_PLACE_WORDS = frozenset({"di", "ka", "ke", "dari", "pa"})
_ASKING_LEAVE = frozenset({"bisa", "boleh", "bole"})  # opening a clause: a polite request (Bisa ceritakan ...?)
# Before a -kan/-i verb these make it a request, which keeps the bare form (jang lupakan, tolong sampaikan).
_REQUEST_BEFORE = frozenset({"jang", "jangan", "jangang", "tolong", "mari", "marijo", "ayo", "manjo", "coba", "co",
                             "silakan", "dang"})
_CAUSED = ("CAUS",)
_WANTING = frozenset({"mo", "musti", "harus", "mesti"})  # what one will or must do  # the gloss of a kase that made the next word causative


# What may stand right before an untagged verb that a rule reads: a modal or aspect word after a thing
# as subject (tu babi musti potong), or da before a past act (tu anak da tendang bola).
_BEFORE_UNTAGGED_VERB = BETWEEN_SUBJECT_AND_VERB | frozenset({"da"})


def _untagged_verb(unit: Unit, vocabulary: IndonesianVocabulary) -> bool:
    """An Indonesian verb root the lexicon leaves untagged (pos ''), in its bare form (potong, goreng);
    the callers first check, cheaply, that a word the rules read stands before it."""
    return bool(unit.root) and unit.ind == unit.root and vocabulary.is_verb_root(unit.root)


def _wanted_or_bound(units: list[Unit], k: int) -> bool:
    """The untagged verb at units[k] follows a past da, or mo or a modal with no fronted thing before
    it, so it is the subject's act (for mo potong kue -> untuk memotong kue, harus jepit -> harus
    menjepit); the verbs Indonesian keeps bare there stay (mau titip, tidak sempat)."""
    prev = units[k - 1]
    if prev.key == "da":
        return not prev.ind  # tu anak da tendang bola -> anak itu menendang bola
    return prev.key in _WANTING and units[k].root not in BARE_AFTER_SUBJECT


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
        made_by(units, len(units) - 1)  # meja ini opa da bekeng -> meja ini buatan kakek
    elif last.pos == "v" and last.root and last.ind == last.root and len(units) > 2 and not undergone(
            units, len(units) - 1, vocabulary) and not _done_by_fronted_doer(units, len(units) - 1, vocabulary, True):
        # BPJS blum bisa urus; tu surat kita so antar.
        cleft_doer(units, len(units) - 1, vocabulary)  # dia yang ambe.
        activity_going_on(units, len(units) - 1, vocabulary)  # kita ada tunggu.
    elif len(units) > 2 and last.pos == "" and units[-2].key in _BEFORE_UNTAGGED_VERB and _untagged_verb(
            last, vocabulary):
        undergone(units, len(units) - 1, vocabulary)  # tu kue so mo potong.
    elif len(units) > 2 and last.pos == "":
        done_by_doer_after(units, len(units) - 1, vocabulary)  # jadi BPJS tolak -> jadi ditolak BPJS
    imperative_object(units, 0, vocabulary)  # Kumpul gelas bekas -> Kumpulkan gelas bekas
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
            made_by(units, k)
            resigned(units, k)
            _made_on_request(units, k, vocabulary)
            done_what(units, k)
            made_what(units, k)
        if (u.pos == "v" or u.pos == "" and units[k - 1].key == "ba") and u.ind.startswith("ber") and u.joined:
            _ba_with_object(units, k, vocabulary)
        elif u.pos == "" and done_by_subject(units, k) and _untagged_verb(u, vocabulary):
            active_voice(units, k, vocabulary)  # kita tabrak pagar -> saya menabrak pagar
        elif u.pos == "" and (units[k - 1].key in _BEFORE_UNTAGGED_VERB or closes_thing(units, k)) and _untagged_verb(
                u, vocabulary):  # tu babi musti potong, ngana pe oto parkir di mana
            if not undergone(units, k, vocabulary) and u.joined and _wanted_or_bound(units, k):  # tu babi musti potong for Natal -> babi itu harus dipotong
                active_voice(units, k, vocabulary)  # a past act: tu anak da tendang bola -> anak itu menendang bola
        elif u.pos == "v" and u.root and u.ind == u.root and not (k > 1 and undergone(units, k, vocabulary)):
            if _done_by_fronted_doer(units, k, vocabulary):
                pass  # tu surat kita so antar ka kantor -> surat itu sudah saya antar ke kantor
            elif u.joined:
                active_voice(units, k, vocabulary)
                if u.ind == u.root and units[k + 1].key in _PLACE_WORDS:
                    cleft_doer(units, k, vocabulary)  # nyanda ada yang jaga di rumah: no object, a place
            else:
                cleft_doer(units, k, vocabulary)
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
    if not _told_with_object(units, k) or object_fronted(units, k) or (
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


def _moving_towards(units: list[Unit], k: int, vocabulary: IndonesianVocabulary) -> None:
    """A meN- verb of moving along an adjective before dari or pa + a person takes -i with the
    person as its object (bajauh dari kita -> menjauhi saya, badekat pa dia -> mendekati dia)."""
    u, marker = units[k], units[k + 1]
    if not marker.joined or k + 2 >= len(units) or not person(units[k + 2]):
        return
    if (u.pos == "adj" or u.gloss[0].startswith("meN-")) and u.ind == vocabulary.moving(u.root):
        u.ind += "i"
        marker.ind = ""


def _ba_with_object(units: list[Unit], k: int, vocabulary: IndonesianVocabulary) -> None:
    """A ba- verb read as ber- takes meN- before its object when the root has an attested meN- form:
    ba cari doi -> mencari uang, bajaga anak -> menjaga anak, ba angkat
    karung -> mengangkat karung (not 'berangkat'); ber- verbs Indonesian writes before a noun stay."""
    u = units[k]
    if u.key.startswith("ta ") or not opens_object(units[k + 1], vocabulary):
        return  # a ta- row undergoes, it takes no object (lemari ta goyang waktu gempa -> bergoyang)
    if u.gloss[:1] and u.gloss[0].startswith("RECP"):
        # a baku row's ber- word is no ba- verb: bertemu muka (not 'menemu'); one whose root takes an
        # object only with -kan gathers it (baku kumpul sampah -> mengumpulkan sampah, not 'berkumpul')
        root = vocabulary.root_of(u.ind) or u.root
        form = root and not vocabulary.men_form(root) and causative_only(root, vocabulary)
        u.ind = form or u.ind
        return
    root = vocabulary.root_of(u.ind) or u.root
    if not root or root == u.ind or root in BER_BEFORE_NOUN:
        return
    form = vocabulary.men_form(root)
    if form:
        u.ind = form
        if units[k - 1].key == "ba" and units[k - 1].joined:
            units[k - 1].gloss = ("meN",)


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
        unit.source == ACRONYM) or unit.pos == "" and unit.source in (INDONESIAN, RULE) and plain_noun(unit, vocabulary))
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

