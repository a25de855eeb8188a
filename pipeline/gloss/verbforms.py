"""Clause readings that decide which form a verb takes (dispatched by clauses.py).

  dapa+V  ability, not passive, with verbs whose subject acts (tako dapa bayar mahal -> takut
          dapat bayar mahal; nyanda dapa tidor -> tidak bisa tidur); after bisa/bole: ability, with
          the active verb (bisa dapa jawab -> bisa menjawab); negated, the passive that cannot be
          (tulisan ini nyanda dapa baca -> tidak bisa dibaca); a person before it and a thing pointed
          at after the verb: ability, 'bisa' (ngana dapa angka tu karung -> kamu bisa mengangkat karung itu);
          a thing before dapa + a transitive verb whose doer dapa otherwise keeps (makang, bli, bayar):
          the passive (ikang so dapa makang kucing -> ikan sudah dimakan kucing)
  dapa lia  (dapa dengar) before pa + a person: the perceiver's act (kita dapa lia pa dia -> saya melihat dia)
  dapa kase  + verb: the di-...-kan passive (dapa kase maso -> dimasukkan), not 'diberi masuk'
  kase tau  'beri tahu' as a request (sentence start, after jang/tolong, after a clause of sapa yang
          'whoever'), else 'memberi tahu'; so
          kase makang, kase minum
  akang   (benefactive.py) benefactive -kan on the verb before it (ambe akang -> ambilkan, mengambilkan); a verb + akang
          opening its clause asks a favour: 'tolong' in front (antar akang -> tolong antarkan; MangARTI
          mining and dev parts 10 of 14 such clauses)
  rasa    before a predicate: 'merasa' after a person (kita rasa lalah -> saya merasa lelah; also past
          aspect, negation and yang: pasien yang so nda rasa saki), 'terasa' after a thing (mata rasa
          pari -> mata terasa perih); 'merasakan' after a person before a noun phrase closing its clause
          (ngana rasa ujang tadi? -> kamu merasakan hujan tadi?); before a noun otherwise, and after a meN- verb whose object it is (batahan rasa
          saki -> menahan rasa sakit), and before a flavour (es krim rasa coklat), it is the noun 'rasa'
  jadi    'menjadi' (become) after a subject or so/mo/bisa and before an adjective or noun; 'so'
          before a modal or aspect word (jadi harus minta izin)
  bole    'boleh' (leave) in a question not negated (bole bayar besok?) and closing its clause (Io,
          bole -> Iya, boleh), 'bisa' elsewhere
  bagoreng  a ba- cooking verb after the dish is a participle (pisang bagoreng -> pisang goreng)
"""

from __future__ import annotations

from pipeline.gloss.benefactive import akang
from pipeline.gloss.body_parts import BODY_PARTS
from pipeline.gloss.clause_words import (
    ALSO, AGENT_AFTER_DAPA, ANIMALS, DEMONSTRATIVES, NOT, PAST_POINTS, PERSON_NOUNS, TRANSITIVE_AFTER_DAPA, VEHICLES, asked,
    WHO, clause, is_time, person, same_case, thing)
from pipeline.gloss.indonesian import men_prefix
from pipeline.gloss.instructions import tells_hearer
from pipeline.gloss.morphology import ACRONYM, INDONESIAN, NAME, NUMBER, UNKNOWN
from pipeline.gloss.perceiving import perceiver_acts
from pipeline.gloss.active_voice import IMPERATIVE_MARKERS
from pipeline.gloss.tokens import starts_sentence

_GIVEN = frozenset({"makan", "minum", "tahu", "lihat", "pinjam", "izin", "ijin", "obat", "uang"})  # dapa kase makan: diberi
# ba- cooking verbs after the dish they name are participles: pisang bagoreng -> pisang goreng.
_COOKED = frozenset({"bagoreng", "babakar", "barebus", "bakukus", "bapanggang", "batumis"})
_BETWEEN_SUBJECT = ALSO | frozenset({"juga", "so", "sudah", "blum", "belum", "masih", "memang", "ja"})  # kita le rasa
_GUESSES = frozenset({"sto"})  # mungkin: what a speaker thinks, not feels
# Flavours a food or a drink is made in (Indonesian readings): rasa before them names the flavour (es krim rasa
# stroberi, sirup rasa jeruk), a noun.
_FLAVOURS = frozenset({"stroberi", "melon", "mint", "cokelat", "coklat", "vanila", "jeruk", "anggur", "durian",
                       "pandan", "moka", "karamel", "leci", "mangga", "nanas", "keju", "original", "kopi", "susu"})
_BEFORE_RASA = _BETWEEN_SUBJECT | frozenset({"yang", "mulai", "sering", "selalu"})  # and aspect, negation
_MODAL_BEFORE_DAPA = frozenset({"bisa", "bole", "boleh", "sempat", "sampat"})
_BECOMING_AFTER = frozenset({"so", "sudah", "mo", "akan", "bisa", "bole", "musti", "harus", "nanti", "langsung",
                             "lebe"})
_MORE = frozenset({"lebe", "lebih", "semakin", "makin", "tamba", "tambah", "yang", "paling"})
_NOT_BECOMING = frozenset({"conj", "neg", "prep", "rel", "interj", "ptc", "q", "poss", "adj"})  # pendek jadi: so
# Modals and aspect words open a predicate, never the noun or state one becomes: before them jadi
# joins a clause, 'so' (kita karja di kota jadi harus bangun pagi -> jadi harus, not menjadi harus).
_PREDICATE_OPENERS = frozenset({"harus", "musti", "mesti", "perlu", "wajib", "bisa", "bole", "boleh", "akan", "mau",
                                "ingin", "sudah", "belum", "blum", "masih", "sempat", "sampat"})


def _dapa(units, k, u, prev, nxt, before, vocabulary):
    if u.gloss == ("PASS",) and nxt is not None and (
            nxt.key in AGENT_AFTER_DAPA and not _undergone(units, k, nxt, vocabulary) or prev is not None and prev.key in NOT and (
                _object_follows(units, k + 1) or _person(before)) or _person(_subject_before(units, k)) and (
                _pointed_object_follows(units, k + 1, vocabulary))):
        # ability: tako dapa bayar; nyanda dapa urus BPJS (negated, the thing acted on follows); but
        # ade dapa gigit anjing is the passive with its doer
        # 'bisa', the spoken ability, before a thing pointed at (ngana dapa angka tu karung -> kamu bisa
        # mengangkat karung itu); with nothing after, getting to do it (so dapa makang -> sudah dapat makan)
        able = prev is not None and prev.key in NOT or _pointed_object_follows(units, k + 1, vocabulary)
        u.ind, u.gloss = ("bisa" if able else "dapat"), ("can",)
        nxt.ind = nxt.root or nxt.ind
        if nxt.key not in AGENT_AFTER_DAPA or _charged(units, k + 1):
            nxt.ind = vocabulary.men_form(nxt.ind) or nxt.ind
        if _charged(units, k + 1) and (prev is None or prev.key not in NOT):
            u.ind = "harus"  # tako dapa bayar mahal -> takut harus membayar mahal: a price one is made to pay
    elif u.gloss == ("PASS",) and prev is not None and prev.key in NOT:
        u.ind = "bisa"  # tulisan ini nyanda dapa baca -> tidak bisa dibaca: negated, the passive cannot be
    elif u.ind == "dapat" and prev is not None and prev.key in NOT and nxt is not None and (
            nxt.pos == "v" or nxt.key in AGENT_AFTER_DAPA or nxt.root and vocabulary.is_verb_root(nxt.root)):
        u.ind = "bisa"  # motor nyanda dapa lewat -> motor tidak bisa lewat
    elif u.ind == "dapat" and _eased(units, k):
        u.ind = "didapat"  # gas susah dapa di warung -> gas susah didapat di warung: how easily it is found
    elif u.gloss == ("PASS",) and prev is not None and prev.key in _MODAL_BEFORE_DAPA and not (
            _done_to_thing(units, k, vocabulary)):
        u.ind, u.gloss = "", ("can",)  # bisa dapa jawab -> bisa menjawab; a thing can be done to: bisa dipake
        if nxt is not None and nxt.root:
            nxt.ind = vocabulary.men_form(nxt.root) or nxt.root


_EVER = frozenset({"mo", "parna", "pernah", "tidak", "nyanda", "nda"})  # nyanda mo parna bisa: never can
_AFTER_ACT = frozenset({"prep", "ptc", "conj", "adv", "neg", "aux"})  # no object: for, le, deng, bale


def _done_to_thing(units, k, vocabulary) -> bool:
    """A thing as the subject of a modal + dapa + a verb with no object after it undergoes the act:
    the passive (baju ini bisa dapa pake -> bisa dipakai); a person there acts (bisa menjawab)."""
    at = k - 2
    while at > 0 and units[at - 1].joined and (units[at].pos in ("aux", "neg") or units[at].key in _BETWEEN_SUBJECT or (
            units[at].key in DEMONSTRATIVES or units[at].key in _EVER)):
        at -= 1
    if at > 0 and units[at].pos == "adj" and units[at - 1].pos == "n" and units[at - 1].joined:
        at -= 1  # pintu lama: the noun its adjective describes
    subject = units[at] if at >= 0 and units[at].joined else None
    if subject is None or person(subject) or not (thing(subject, vocabulary) or subject.pos == "loc" or (
            subject.pos == "" and subject.source == INDONESIAN)):
        return False
    after = units[k + 2] if k + 2 < len(units) and units[k + 1].joined else None
    return after is None or after.pos in _AFTER_ACT or after.key in _NO_OBJECT or after.ind == "kembali" or (
        is_time(after))  # putar bale: back


# How easy a thing is to get, before dapa with nothing after it: the thing undergoes the getting.
_EASE = frozenset({"susah", "gampang", "mudah", "sulit", "sukar"})
_DEGREE = frozenset({"skali", "sekali", "sangat", "amat", "banget"})
_NO_OBJECT = frozenset({"di", "ka", "ke", "dari", "skarang", "sekarang", "lagi", "le", "kalu", "kalau"})


def _eased(units, k) -> bool:
    """dapa at units[k] after susah/gampang (a degree word may stand between) and before no object:
    the end of its clause, a place or a time (cap tikus gampang dapa; susah skali dapa di warung)."""
    at = k - 1
    if at >= 1 and units[at].key in _DEGREE and units[at - 1].joined:
        at -= 1
    if at < 1 or units[at].key not in _EASE or not units[at].joined:
        return False
    return k + 1 == len(units) or not units[k].joined or units[k + 1].key in _NO_OBJECT


_PAYING = frozenset({"bayar", "babayar"})
_PRICES = frozenset({"mahal", "banyak", "banya", "lebe", "lebih"})


def _charged(units, at) -> bool:
    """bayar at units[at] before a price or an amount (dapa bayar mahal, dapa bayar tiga ratus ribu)."""
    if units[at].key not in _PAYING or at + 1 >= len(units) or not units[at].joined:
        return False
    after = units[at + 1]
    return after.key in _PRICES or after.pos == "num" or after.source == NUMBER


_DONT = frozenset({"jang", "jangan"})


def _undergone(units, k, verb, vocabulary) -> bool:
    """A thing as the subject before dapa + a transitive verb undergoes it: the passive (ikang so dapa
    makang kucing -> ikan sudah dimakan kucing; ini nasi kuning dapa bli di mana -> dibeli; the last
    word before it may be the thing's adjective or the place it is in: jagung di kobong so dapa makang)."""
    if verb.key not in TRANSITIVE_AFTER_DAPA:
        return False
    if k > 0 and units[k - 1].key in _DONT and k + 2 < len(units) and units[k + 1].joined and units[k + 2].key in ANIMALS:
        return True  # jang dapa makang kucing: the thing left out undergoes it, the animal its doer
    at = _subject_at(units, k)
    if at > 0 and units[at].pos == "adj" and units[at - 1].joined:
        at -= 1  # nasi kuning: the noun its adjective describes
    subject = units[at] if at >= 0 else None
    return subject is not None and subject.source != UNKNOWN and not person(subject) and not is_time(subject) and (
        subject.pos == "loc" or thing(subject, vocabulary))  # an unknown word may be a name; umur satu bulan: when


def _dapa_phrase(units, k, u, prev, nxt, before, vocabulary):
    if u.gloss[0] == "PASS" and not u.ind.startswith("di") and nxt is not None and nxt.key == "pa" and (
            nxt.gloss == ("OBJ",)):
        # kita dapa lia pa dia -> saya melihat dia: pa marks (dative.read_pa) the person perceived as the
        # object, so the act is the perceiver's (a di- form's pa + person is its doer: dapa ambe pa polisi)
        u.ind = same_case(u.ind, vocabulary.men_form(u.gloss[1]) or u.gloss[1])
    elif u.gloss[0] == "PASS" and perceiver_acts(units, k):
        act = vocabulary.men_form(u.gloss[1]) or u.gloss[1]  # dia dapa lia torang -> dia melihat kami (perceiving.py)
        u.ind = same_case(u.ind, "bisa " + act if prev is not None and prev.key.rpartition(" ")[2] in NOT else act)
    elif u.gloss[0] == "PASS" and _person(_subject_before(units, k)) and (
            _pointed_object_follows(units, k, vocabulary) or _thing_follows(units, k, vocabulary)):
        # dia dapa ambe tu doi -> dia bisa mengambil uang itu: a person and a thing after the act
        # are its doer and its object, not a passive with its doer (dia dapa ambe polisi)
        u.ind = "bisa " + (vocabulary.men_form(u.gloss[1]) or u.gloss[1])


def _dapa_kase(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and nxt.root and nxt.pos in ("v", "adj", "") and nxt.root not in _GIVEN:
        root = nxt.root
        if vocabulary.causative(root) is None and vocabulary.inflected(root, "me"):
            root = vocabulary.root_of(root)  # manyala: the lexicon's meN- form (menyala -> nyala)
        if root == "pulang" and _thing_before(units, k, vocabulary):
            root = "kembali"  # tu buku so dapa kase pulang -> dikembalikan; a patient's stays dipulangkan
        form = vocabulary.causative(root)  # dapa kase maso -> dimasukkan (not 'diberi masuk')
        if form:
            u.ind, u.gloss = "", ("PASS",)
            nxt.ind = "di" + root + form[len(men_prefix(root)):]


def _thing_before(units: list, k: int, vocabulary) -> bool:
    """The subject right before units[k], past aspect words and negations, is a thing, no person."""
    at = k - 1
    while at > 0 and units[at].pos in ("aux", "neg") and units[at - 1].joined:
        at -= 1
    return at >= 0 and units[at].joined and not person(units[at]) and (
        units[at].pos == "n" or thing(units[at], vocabulary))


def _rasa(units, k, u, prev, nxt, before, vocabulary):
    if prev is None or prev.pos == "poss" or nxt is None or u.ind != "rasa":
        return
    if vocabulary.inflected(prev.ind, "me"):
        return  # batahan rasa saki, kase ilang rasa bosan: the feeling is the verb's object, the noun
    words, at = clause(units, k)
    if any(w.key in _GUESSES for w in words[at + 1:]) or nxt.ind in _FLAVOURS:
        return  # kita rasa sto lebe bae: a guess follows, rasa thinks it (saya rasa mungkin; particles.py)
    at = k - 1  # kita le rasa, pasien yang so nda rasa: the subject before its aspect, negation, yang
    while at > 0 and (units[at].key in _BEFORE_RASA or units[at].pos in ("aux", "neg")) and units[at - 1].joined:
        at -= 1
    subject = units[at]
    person = subject.pos == "pron" or subject.key in PERSON_NOUNS
    owned = units[k + 2] if nxt.pos == "poss" and k + 2 < len(units) else None
    if person and (nxt.key == "ada" and subject.ind.lower() in ("saya", "kami") or owned is not None and not {
            owned.key, owned.ind.lower()} & BODY_PARTS):
        return  # kita rasa depe harga mahal, kita rasa ada yang kurang: an opinion (saya rasa); tape badan: felt
    if nxt.pos not in ("n", "loc", "pron", "poss", "prep", "conj") and nxt.ind or person and nxt.pos == "poss":
        u.ind = "merasa" if person else "terasa"  # kita rasa tape badan pica-pica: a clause follows
    if person and _felt_thing(units, k, vocabulary):
        u.ind = "merasakan"  # ngana rasa gempa? -> kamu merasakan gempa?: the thing a person feels, its object


_FELT_WHEN = PAST_POINTS | {"tadi", "barusan", "baru-baru"}  # ngana rasa gempa tadi?


def _felt_thing(units: list, k: int, vocabulary) -> bool:
    """After rasa, a noun phrase closes its clause (gempa tadi malam, angin dingin): what is felt, the
    object; a predicate after the noun (obat kampung lebe aman) makes rasa think a clause."""
    words, at = clause(units, k)
    rest = words[at + 1:]
    if not rest or not thing(rest[0], vocabulary) or rest[0].key in PERSON_NOUNS or vocabulary.inflected(rest[0].ind):
        return False  # kita rasa bersalah: a state
    return all(w.pos in ("n", "dem", "ptc") or is_time(w) or w.key in _FELT_WHEN or thing(w, vocabulary) and w.pos == ""
               for w in rest[1:])


def _cooked(units, k, u, prev, nxt, before, vocabulary):
    # a dish is no person: after it the participle also before a noun that names the dish further
    # (pisang bagoreng sepatu -> pisang goreng sepatu); after a person the act (papa bagoreng ikang)
    if prev is not None and prev.pos == "n" and (nxt is None or nxt.pos != "n" or prev.key not in PERSON_NOUNS):
        u.ind = u.key[2:] if vocabulary.is_lemma(u.key[2:]) else u.ind


def _jadi(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and _becomes(nxt, vocabulary) and (
            prev.pos not in _NOT_BECOMING and prev.key not in NOT or prev.key in _BECOMING_AFTER):
        # kamar jadi basi -> kamar menjadi bersih, baganti jadi rame -> berganti menjadi ramai; at a
        # clause start (or after kalu, mar) or before a modal jadi is 'so'
        u.ind = "menjadi"


def _so_jadi(units, k, u, prev, nxt, before, vocabulary):
    """so jadi before what one becomes is 'sudah menjadi' (ini so jadi kabiasaan -> sudah menjadi
    kebiasaan); closing its clause it stays 'sudah jadi', done (kue so jadi)."""
    if _becomes(nxt, vocabulary):
        u.ind = "sudah menjadi"


def _becomes(nxt, vocabulary) -> bool:
    """What follows jadi is the noun or state one becomes, no predicate of its own (jadi harus ...)."""
    return nxt is not None and (nxt.pos == "adj" or thing(nxt, vocabulary) or nxt.key.partition(" ")[0] in _MORE or (
        nxt.ind.startswith("ber"))) and nxt.key not in _PREDICATE_OPENERS and nxt.pos != "aux"


def _bole(units, k, u, prev, nxt, before, vocabulary):
    if u.ind != "bisa":
        return
    question = asked(units, k)
    if (prev is None or prev.key in _ASKING_LEAVE) and question or (
            prev is not None and prev.key in _HEARERS and not question) or nxt is None:
        # bole bayar besok? -> boleh bayar besok?, kita bole pinjam?: asking leave; ngana bole
        # angka? asks what the hearer can do, nyanda bole? what cannot be; told to the hearer it
        # grants leave (baru ngana bole bamain -> baru kamu boleh bermain; own sets 2 of 2); with no
        # act after it, closing its clause, it grants or asks leave (Io, bole -> Iya, boleh; kalu bole, ...)
        u.ind = same_case(u.ind, "boleh")


_ASKING_LEAVE = frozenset({"kita", "torang", "kitorang", "tong", "saya", "aku", "kami"})
_HEARERS = frozenset({"ngana", "nga", "ngoni", "kamu", "kalian", "ngoni dua"})


def _giving(units, k, u, prev, nxt, before, vocabulary):
    if u.ind.startswith("memberi ") and (tells_hearer(units, k, vocabulary) or _after_whoever(units, k)):
        u.ind = u.ind[3:]  # Kase tau pa dorang -> Beri tahu mereka; jang kase makang -> jangan beri makan: a request


_IF = frozenset({"kalu", "kalau", "klo", "kl", "kalo"})


def _after_whoever(units: list, k: int) -> bool:
    """units[k] opens the clause after one that opens its sentence with sapa yang ('whoever') or kalu
    ('if'): that clause tells the hearer what to do (sapa yang dapa lia, kase tau pa kita -> ..., beri
    tahu saya; kalu dia so datang, kase tau -> kalau dia sudah datang, beri tahu)."""
    if k < 3 or units[k - 1].joined:
        return False
    first = k - 1
    while first > 0 and not starts_sentence(units[first - 1].glue):
        first -= 1
    opener = units[first].key in _IF or units[first].key in WHO and units[first + 1].key == "yang"
    return opener and all(unit.joined for unit in units[first:k - 1])


def _greeting(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and u.joined and nxt.key != "pa" and nxt.key not in PERSON_NOUNS and nxt.pos != "pron" and (
            thing(nxt, vocabulary)):
        # kase selamat tu barang -> menyelamatkan barang itu: a thing after it is what is saved
        imperative = k == 0 or starts_sentence(units[k - 1].glue) or prev is not None and prev.key in IMPERATIVE_MARKERS
        u.ind = "selamatkan" if imperative else "menyelamatkan"
    else:
        _giving(units, k, u, prev, nxt, before, vocabulary)  # datang kase selamat -> datang memberi selamat


# kase + a noun the lexicon reads as one act (kase ijin -> mengizinkan): asked of the hearer, the bare form.
_REQUESTED = {"mengizinkan": "izinkan", "melukai": "lukai", "menyemangati": "semangati", "memberkati": "berkati",
              "memisahkan": "pisahkan"}


def _caused_act(units, k, u, prev, nxt, before, vocabulary):
    if u.ind in _REQUESTED and tells_hearer(units, k, vocabulary):
        u.ind = _REQUESTED[u.ind]  # Kase ijin pa kita pigi -> Izinkan saya pergi; jang kase ijin -> jangan izinkan


_GIVING_PHRASES = ("kase tau", "kase tao", "se tau", "kase makang", "kase makan", "kase minum", "kase ASI")
_GREETING_PHRASES = ("kase selamat", "kase slamat", "kase salamat")
# The lexicon's dapa + act phrases (passives by default) whose act a person can do to a thing.
_DAPA_ACTS = ("dapa ambe", "dapa cari", "dapa lia", "dapa dengar")
RULES = {**dict.fromkeys(("kase izin", "kase ijin", "kase luka", "kase samangat", "kase semangat", "kase berkat",
                          "kase tapisah", "beking tapisah", "bekeng tapisah"),
                         _caused_act), "dapa": _dapa, **dict.fromkeys(_DAPA_ACTS, _dapa_phrase), **dict.fromkeys(_GIVING_PHRASES, _giving), **dict.fromkeys(_GREETING_PHRASES, _greeting), "dap": _dapa, "dapa kase": _dapa_kase, "akang": akang, "rasa": _rasa, "jadi": _jadi, "so jadi": _so_jadi, "bole": _bole, "boleh": _bole,
         **dict.fromkeys(_COOKED, _cooked)}


def _person(unit) -> bool:
    """A person as subject before a negated dapa: what they cannot do (kita nyanda dapa angka ->
    saya tidak bisa mengangkat), not what cannot be done to them."""
    return unit is not None and (unit.pos == "pron" or unit.key in PERSON_NOUNS)


def _subject_before(units: list, k: int):
    """The clause's subject before units[k], past aspect words and the demonstrative closing it
    (tu anak so dapa -> anak; dia le dapa -> dia); None at the clause start."""
    at = _subject_at(units, k)
    return units[at] if at >= 0 else None


def _subject_at(units: list, k: int) -> int:
    """The index of _subject_before's unit, or -1."""
    at = k - 1
    while at >= 0 and units[at].joined and (units[at].key in _BETWEEN_SUBJECT or units[at].key in DEMONSTRATIVES):
        at -= 1
    return at if at >= 0 and units[at].joined else -1


# Harm an animal or a vehicle does (bites, stings, runs over): after dapa with one of them pointed at, the
# passive with its doer (ade dapa gigit tu anjing -> adik digigit anjing itu), not a person's ability.
_HARMING = frozenset({"gigit", "gigi", "patok", "cakar", "sengat", "seruduk", "tanduk", "tendang", "tabrak",
                      "tabrakan", "lindas", "serempet", "sambar", "terkam"})


def _pointed_object_follows(units: list, at: int, vocabulary) -> bool:
    """A thing pointed at right after the verb at units[at] (angka tu karung, already turned into
    karung itu): what a person can act on, not the doer of a passive (dia dapa pukul depe papa, ade dapa
    gigit tu anjing)."""
    if at + 2 >= len(units) or not units[at].joined:
        return False
    if units[at + 1].key in DEMONSTRATIVES:
        noun = at + 2
    else:
        closing = at + 2  # already swapped, past a compound's nouns too (angka tu karung beras -> karung beras itu)
        while closing < len(units) - 1 and units[closing].pos == "n" and units[closing - 1].joined:
            closing += 1
        if not units[closing - 1].joined or units[closing].key not in DEMONSTRATIVES:
            return False
        noun = at + 1
    if units[at].key in _HARMING and units[noun].key.split(" ")[0] in ANIMALS | VEHICLES:
        return False
    return _object_follows(units, noun - 1) or units[noun].key not in PERSON_NOUNS and thing(units[noun], vocabulary)


def _thing_follows(units: list, at: int, vocabulary) -> bool:
    """A thing or a place right after the act at units[at] (lia gunung, dengar bunyi oto): its object;
    a person there is the doer of a passive (dapa ambe polisi)."""
    if at + 1 >= len(units) or not units[at].joined:
        return False
    after = units[at + 1]
    return after.key not in PERSON_NOUNS and (after.pos == "loc" or thing(after, vocabulary)) or _object_follows(units, at)


def _object_follows(units: list, at: int) -> bool:
    """A thing right after the verb at units[at]: its object (urus BPJS), not a person as agent."""
    if at + 1 >= len(units) or not units[at].joined:
        return False
    after = units[at + 1]
    if after.key in PERSON_NOUNS or after.source == NAME or after.pos == "pron":
        return False
    return after.pos in ("n", "acr") or after.source == ACRONYM


# What kase causes someone to feel or do in themselves: 'membuat' + the feeling (own references 3 of 3;
# menakutkan, memarahi say something else).
FEELINGS_CAUSED = frozenset({"marah", "takut", "malu", "sedih", "bingung", "kecewa", "kesal", "cemburu",
                             "menangis", "tertawa", "jatuh hati", "jatuh cinta"})


def feel_after_object(units: list, at: int) -> bool:
    """Move the feeling at units[at] past the person who feels it (kase mara ngana pe papa ->
    membuat ayahmu marah); False when no person follows it in its clause."""
    end = at + 1
    if end >= len(units) or not units[at].joined:
        return False
    marker = None
    if units[end].key == "pa" and units[end].joined and end + 1 < len(units):
        marker = units[end]  # jang kase mara pa mama -> jangan membuat ibu marah: pa only marks who feels it
        end += 1
    if units[end].pos == "poss" and units[end].joined and end + 1 < len(units) and units[end + 1].pos == "n":
        end += 1  # ngana pe papa
    elif not (units[end].pos == "pron" or units[end].key in PERSON_NOUNS):
        return False
    if marker is not None:
        marker.pos = "ptc"  # no preposition: the feeler is the object, its feeling no attribute (ayahmu marah)
    for i in range(at, end):
        units[i], units[i + 1] = units[i + 1], units[i]
        units[i].swap_glue(units[i + 1])
    return True
