"""Clause readings of content words with two senses that the neighbours decide (dispatched by clauses.py;
what one eats, drinks, cooks with, smears on, tastes or smokes is in taste_senses.py, the words of going
(jalan, bajalan, nae) in going_senses.py, bagus and besar of views and land in scenery_senses.py, whose RULES
these include).

  muka    'depan' after a noun, a place or a preposition (meja muka, dari muka); cuci muka stays 'muka';
          'wajah' after an act done to a face, a count or deng (badandan muka, semua muka, deng muka
          pucat; not deng muka asang, the idiom muka masam), and after a person's possessive (ngana pe muka, depe
          muka, oma pe muka: MangARTI mining part wajah 12 of 14, the other two after di), unless a
          place preposition opens the possessive (di kita pe muka: in front of me)
  panas   'demam' as a person's state (anak panas, ade masih panas) and beside a symptom (batuk deng
          panas), and opening its clause before turun or naik (Kalu panas nyanda turung: the fever
          goes down); aer panas, badan panas stay 'panas'
  pas     'pas' (fitting) closing its clause, before for/untuk, after so/cukup, or after a noun or an
          adjective before a place preposition (sapatu pas di kaki); 'tepat' after an act or its object
          before a place preposition (oto brenti pas di muka gereja); 'pada' before jam (tiap hari pas jam
          sama); 'cocok' before skali; the conjunction
          'waktu' elsewhere, also after a noun before the clause it opens (tunduk kapala pas doa)
  rupa    'sepertinya' (it seems) opening its clause, before an adjective or before so, masih or a
          negation (Rupa dia so pulang, tu kamar rupa kotor, meja rupa masih kosong; MangARTI mining and
          dev parts: 'sepertinya' 5 of 5 and 3 of 3); 'seperti' (like) elsewhere
  bilang  'mengucapkan' before a formula (bilang slamat, bilang makase); 'bilang' elsewhere
  sayang  'kasihan' as a clause of its own before a person (Sayang dia, ... -> Kasihan dia) or after
          an interjection (Aduh, sayang e -> Aduh, kasihan ya): pity
  om, tanta  the loans om, tante everywhere, never paman, bibi (dev references 61 of 63 and 39 of 39, in
             26 and 18 sets); capitalised as an address of its own (Makase, Tanta. Brenti di sini, om.)
  sama-sama  alone it answers a thanks; in a clause it is 'bersama'
  bacirita, bacerita  'bercerita' (tells) right before what is told (bacirita tentang jaman dulu, soal
             kesehatan) or the one told (bacirita deng ngana: own references bercerita 2, berbicara 2,
             mengobrol 2); 'mengobrol' (converses, the lexicon's reading) elsewhere (dorang bacirita lama:
             own references mengobrol 8, bicara 2, bercerita 3)
  samua   'semuanya' (all of them) closing its clause after the act done to them, a demonstrative or ada
          (mama mo jual samua, torang so ada samua), alone as an address (Slamat makang, samua.) and opening
          a clause before its act (..., samua so kaweng); 'semua' after a noun or a person (torang samua),
          after a state or a change each went through (gatal-gatal samua, harga nae samua), before a noun;
          'seluruh' before one thing seen whole (samua badan, semua kota); the same for Indonesian semua
  kaweng, kawin  'pernikahan' right after a noun that is no person (baju kaweng, cincin kaweng); 'pesta
             pernikahan' after ka (pigi ka kaweng); 'menikah' elsewhere
  baru       'new' (an adjective the possessive keeps with its noun) after a noun, closing its clause or
             before a demonstrative, an aspect word, a negation or a place (ta pe motor baru so ilang);
             'just' before a verb
  isi        the filling, a noun, right after a thing (roti isi daging, kue isi kacang); after a person,
             an aspect word or a conjunction the verb 'mengisi' (dia isi aer, so isi pulsa)
  baganti    'berubah' (changes, becomes) before jadi or an adjective (depe muka baganti jadi merah,
             cuaca baganti dingin); 'berganti' (takes turns, is replaced) elsewhere
  gigi       'menggigit' (gigit with its final t dropped) after an animal that bites or a word that opens
             a predicate (nyamuk DBD gigi siang hari, dia nda gigi); 'gigi' (tooth) elsewhere
  ulang      'mengulang' (repeat) right after a modal (musti ulang dari awal), 'ulangi' after jang or
             as a request of its own (Ulang dang, kita nyanda dengar): no act before it to do again; 'lagi'
             elsewhere (datang ulang)
  kancang    'erat' (fast) with holding or a bond (palu kancang, tali sodara kancang); of rain 'deras'
  balari  'melaju' (speeds along) after a vehicle, its subject, past the aspect and manner words
          between them (oto balari kancang, semua kandaraan lakas balari: MangARTI mining and dev
          parts 'melaju' 5 of 5 after a vehicle); 'berlari' (runs) after a person or an animal
  laju    'kencang' of a vehicle: one before it in its clause, as subject or as what is driven (oto laju
          skali, jang bawa motor laju-laju: own references 3 of 3); 'cepat' elsewhere (bicara laju)
  rame, ramai  'meriah' (festive) after a party, an event or applause in its clause (pesta yang rame,
          tapu tangan rame); 'ramai' (crowded, busy) elsewhere (pasar rame)
  tatusu  'menusuk' (piercing) of cold air (angin dingin tatusu sampe di tulang; MangARTI mining part
          3 of 3 with cold); 'tertusuk' (pricked) elsewhere (kaki tatusu paku)
  kurang  'kurangi' opening a request its clause closes with dang, jo or dulu (Mahal skali, kurang sadiki dang ->
          ..., kurangi sedikit: own references 6 of 6; MangARTI kase kurang sadiki dang 'kurangi sedikit');
          'kurang' elsewhere (kurang garam, bole kurang sadiki?)
  warna   'berwarna' (is coloured) right after yang or an aspect word (bunga yang warna kuning, yang so warna
          bamara: MangARTI mining part berwarna 2 of 2; own references yang berwarna); after a noun the
          compound stays (baju warna merah: MangARTI 'baju warna merah')
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss import going_senses, scenery_senses, strength_senses
from pipeline.gloss.clause_words import (
    BETWEEN_SUBJECT_AND_VERB, PERSON_NOUNS, SEX_WORDS, SOFTENERS, TIME_UNITS, VEHICLES, clause, person_subject, same_case,
    thing, word_before, key_after, NOT)
from pipeline.gloss.morphology import NAME, UNKNOWN
from pipeline.gloss.units import neighbours

_SENSING = frozenset({"rasa", "merasa", "terasa", "talalu", "terlalu", "paling", "lebe", "lebih"})
# After these, pas is 'exact, fitting' (doi pas, rasa so pas), not the conjunction 'when'.
_PAS_FITS = frozenset({"so", "sudah", "cukup", "sampe", "sampai", "talalu", "terlalu", "paling"})
# pas before these fits (pas for ngana: the right size for you); after an act before a place
# preposition it is 'tepat' (exactly there; MangARTI mining and dev parts: tepat 6 of 6 such clauses).
_PAS_FOR = frozenset({"for", "untuk", "buat"})
_PAS_AT = frozenset({"di", "pada", "ka", "ke"})
_DEGREE = frozenset({"skali", "sakali", "sekali"})
# Formulas one says: bilang before them is 'mengucapkan' (MangARTI mining and dev parts: 7 of 8).
_WISHES = frozenset({"slamat", "selamat", "makase", "makasih", "trima", "terima", "turut"})
_COUNTING = frozenset({"semua", "samua", "smua", "tiap", "setiap", "banyak", "dua", "tiga"})  # semua muka: faces
_FRONT_AFTER = frozenset({"paling", "dari", "ka", "ke", "sampe", "sampai", "di"})
# Kin terms that stay titles before a name (om Yance -> om Yance, not paman Yance).
_KIN_TITLES = {"om": "om", "tanta": "tante", "tante": "tante"}
_WEDDED = frozenset({"deng", "dengan", "sama", "ama"})  # kaweng deng orang Jawa: marries someone
# Animals that bite, and the words after which gigi is a predicate, not a tooth (so, mo, nda, suka ...).
BITERS = frozenset({"nyamuk", "anjing", "kucing", "ular", "semut", "tikus", "monyet", "buaya", "kutu", "ikang", "ikan"})
BEFORE_BITING = frozenset({"mo", "nda", "nyanda", "ndak", "tidak", "suka", "bisa", "bole", "sering", "yang", "kong"})
_FORBIDDING = frozenset({"jang", "jangan", "jangang"})
# After a noun, baru before these (or closing its clause) is 'new', an adjective; before a verb it is 'just'.
_AFTER_NEW_POS = frozenset({"dem", "aux", "neg", "poss"})
_AFTER_NEW = frozenset({"di", "ka", "ke", "dari", "pe", "yang"})


def _muka(units, k, u, prev, nxt, before, vocabulary):
    if u.ind == "muka" and prev is not None and prev.key not in PERSON_NOUNS and prev.key not in _COUNTING and (
            prev.pos in ("n", "loc") or prev.key in _FRONT_AFTER or prev.pos == "" and thing(prev, vocabulary)):
        u.ind = "depan"  # meja muka, paling muka, dari muka -> depan; cuci muka stays 'muka'
    elif u.ind == "muka" and (_persons(units, k, prev, before) or _a_face_acted_on(prev, nxt)):
        u.ind = "wajah"  # ngana pe muka pucat -> wajahmu; di kita pe muka (in front of me) stays


def _a_face_acted_on(prev, nxt) -> bool:
    """A face made up, looked at, remembered or counted, or one a person goes with (badandan muka, semua
    muka, deng muka stenga manganto: MangARTI mining wajah 7 of 7 such places); a face washed keeps 'muka'
    (cuci muka, basu muka: 8 of 8), and so does the sour face of the idiom (deng muka asang: muka masam)."""
    if prev is None:
        return False
    if prev.key in ("deng", "dengan"):
        return nxt is None or nxt.key not in _SOUR
    return prev.key in _FACE_ACTS or prev.root in _FACE_ACTS or prev.key in _COUNTING


# Acts done to a face (the washing ones, cuci and basu, keep 'muka').
_FACE_ACTS = frozenset({"dandan", "badandan", "rias", "barias", "lia", "liat", "lihat", "inga", "ingat", "ba inga",
                        "tutu", "tutup", "usap", "pegang", "cium", "ciong", "foto", "bafoto", "angka", "angkat"})
_SOUR = frozenset({"asam", "asang", "masam", "mara", "marah", "cemberut"})


def _persons(units, k, prev, before) -> bool:
    """A person's possessive right before units[k] (ngana pe, depe, oma pe), not after a place preposition."""
    if prev is None or prev.pos != "poss":
        return False
    owner_at = k - 1 if prev.key != "pe" else k - 2
    if prev.key == "pe" and not (before is not None and (before.key in PERSON_NOUNS or before.source == NAME)):
        return False
    if before is not None and before.joined and before.pos in ("n", "loc") and before.key not in PERSON_NOUNS:
        return False  # gereja depe muka: the building's front
    return owner_at == 0 or units[owner_at - 1].key not in _FRONT_AFTER or not units[owner_at - 1].joined


def _pas(units, k, u, prev, nxt, before, vocabulary):
    if prev is None:
        return  # Pas anak demam, ...: the conjunction 'waktu' opens its clause
    if nxt is not None and nxt.key in _DEGREE:
        u.ind = "cocok"  # pas skali (for ngana): it fits well, not 'when'
    elif nxt is None or nxt.key in _PAS_FOR or prev.key in _PAS_FITS:
        u.ind = "pas"  # depe rasa pas., sapatu ini pas for ngana, so pas: it fits
    elif nxt.key.partition(" ")[0] in _PAS_AT:
        # oto brenti pas di muka gereja, bola jatuh pas di atas atap: exactly there after an act or its
        # object; sapatu pas di kaki: it fits
        if prev.pos in ("v", "pron") or prev.pos == "" and not thing(prev, vocabulary):
            u.ind = "tepat"
        elif prev.pos in ("n", "adj", "adv", ""):
            u.ind = "pas"
    elif nxt.key == "jam":
        u.ind = "pada"  # minum obat tiap hari pas jam sama, rame pas jam istirahat: at that hour
    # otherwise the conjunction 'waktu', also after a noun (tunduk kapala pas pendeta badoa)


# A state told after rupa: it seems so (meja rupa masih kosong, timbangan rupa nda betul; MangARTI
# mining and dev parts 'sepertinya' 3 of 3 before these); before mo or nyanda ada rupa compares (seolah).
_STATE_TOLD = frozenset({"so", "sudah", "masih", "blum", "belum", "nda", "ndak", "tidak"})


def _seems(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and (prev is None or nxt.pos == "adj" or nxt.key in _STATE_TOLD):
        u.ind = same_case(u.ind, "sepertinya")  # Rupa dia so pulang, tu kamar rupa kotor: it seems


def _wishing(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and nxt.key.partition(" ")[0] in _WISHES:
        u.ind = same_case(u.ind, "mengucapkan")  # bilang slamat ulang taong, bilang makase: says a formula


def _panas(units, k, u, prev, nxt, before, vocabulary):
    if u.ind.lower() == "panas" and (prev is None or not prev.joined or prev.pos == "conj") and key_after(
            units, k, _RISING_FALLING, _BEFORE_FALLING):
        u.ind = same_case(u.ind, "demam")  # Kalu panas nyanda turung: what goes down or up, the subject alone, is a fever
    if u.ind != "panas" or prev is None:
        return
    of_a_thing = nxt is not None and (nxt.pos == "loc" or thing(nxt, vocabulary) and nxt.ind not in STOP_WORDS)  # panas hati
    if not of_a_thing and (
            prev.pos not in ("n", "loc") or prev.key in PERSON_NOUNS or prev.key in TIME_UNITS) and prev.key not in _SENSING and person_subject(units, k):
        u.ind = "demam"  # anak panas, ade masih panas: a person's fever; aer panas, rasa panas stay 'panas'
        if prev.key in ("ada", "ad") and prev.ind == "sedang":
            prev.ind = ""  # dia ada panas -> dia demam (a noun now, nothing in progress)
    elif prev.key in _JOINING_SYMPTOMS and before is not None and before.key in _SYMPTOMS and not of_a_thing:
        u.ind = "demam"  # batuk deng panas: beside a symptom it is one too (badan panas, depe panas tinggi
                         # stay: Indonesian says badannya panas, panasnya tinggi as well; muntah deng panas
                         # badan: a noun after it makes it a state of that, as in the branch above)


_RISING_FALLING = frozenset({"turun", "turung", "naik", "nae"})
_BEFORE_FALLING = NOT | frozenset({"so", "sudah", "blum", "belum", "masih", "masi", "mulai", "ada", "bisa"})
_SYMPTOMS = frozenset({"batuk", "pilek", "flu", "mencret", "muntah", "muntah-muntah", "menggigil", "pusing"})
_JOINING_SYMPTOMS = frozenset({"deng", "dan", "dengan", "dg", "dgn", "ato", "atau"})


def _sayang(units, k, u, prev, nxt, before, vocabulary):
    if prev is None and nxt is not None and (
            nxt.pos == "pron" or nxt.key in PERSON_NOUNS) and neighbours(units, k + 1)[1] is None:
        u.ind = same_case(u.ind, "kasihan")  # Sayang dia, depe paitua so meninggal: pity, not love
    elif prev is None and (nxt is None or nxt.pos == "ptc") and k > 0 and units[k - 1].pos == "interj":
        u.ind = same_case(u.ind, "kasihan")  # Aduh, sayang e: an exclamation of pity


def _kin_title(units, k, u, prev, nxt, before, vocabulary):
    if prev is None and nxt is None and (u.upper or k == len(units) - 1):
        u.ind = _KIN_TITLES[u.key].capitalize()  # an address of its own: Slamat pagi, Om! Makase, tanta.
    else:  # om jefri, Om ada tanam milu, pigi deng om: the loan itself, never paman or bibi
        u.ind = _KIN_TITLES[u.key]


# samua standing for the things or people themselves is 'semuanya': closing its clause after the act
# done to them or a demonstrative (mama mo jual samua, ada di buku itu samua), alone as an address
# (Slamat makang, samua.), opening a clause before its act (..., samua so kaweng). After a state or a
# change each of them went through it floats, 'semua' (gatal-gatal samua, harga nae samua, so sehat).
_ACTS_ON_ALL = frozenset({"v", "dem"})
# An untagged word with a root counts as an act as well: the lexicon tags its nouns, so a word it leaves
# untagged that the analysis derived from a root is an Indonesian verb form (bersihkan, ditanggung) or a
# Manado sound variant of a verb (sadia 'sedia'); an untagged word with no root (a name, an unknown
# word) may be the thing itself, and samua after it stays 'semua'.
_CHANGES = frozenset({"nae", "naik", "turun", "turung", "lepas", "lapas", "jatuh", "pica", "pecah", "ilang", "hilang",
                      "mati", "rusak", "abis", "habis", "datang", "pulang", "lari", "tidor", "tidur",
                      "pigi", "pi", "pergi", "barangkat", "berangkat", "bajalan", "berjalan"})  # leaving, like coming
_ACT_OPENERS = frozenset({"v", "aux", "neg"})
_HAVING = frozenset({"ada", "punya"})
# One thing seen whole: semua before it is 'seluruh' (KBBI seluruh 'segenap, semua bagian'; MangARTI mining
# semua badan, kota, ruangan 3 of 3). Keluarga is many people (own references semua keluarga 2 of 2).
_WHOLES = frozenset({"badan", "tubuh", "kota", "kampung", "kampong", "desa", "dunia", "ruangan", "pulau",
                     "wilayah", "daerah", "dairah", "negeri"})


def _all_of_them(units, k, u, prev, nxt, before, vocabulary):
    if u.ind.lower() != "semua":
        return
    if nxt is not None and nxt.key in _WHOLES:
        u.ind = same_case(u.ind, "seluruh")  # samua badan, semua kota: the whole of one thing, not all of many
    elif nxt is None and prev is not None and prev.key not in _CHANGES and (
            prev.pos in _ACTS_ON_ALL or prev.pos == "" and prev.root or prev.key in _HAVING):
        u.ind = "semuanya"  # mama mo jual samua, torang so sadia samua, torang so ada samua
    elif nxt is None and prev is None and k > 0:
        u.ind = "semuanya"  # Slamat makang, samua.: everyone addressed
    elif prev is None and nxt is not None and nxt.pos in _ACT_OPENERS and not (
            k > 0 and (units[k - 1].key in PERSON_NOUNS or units[k - 1].pos == "pron")):  # om, tanta, samua datang: a list
        u.ind = same_case(u.ind, "semuanya")  # ..., samua dapa tanggung BPJS: all of them, the subject


def _gold(units, k, u, prev, nxt, before, vocabulary):
    if u.upper and (nxt is not None and nxt.upper or not u.joined or k and nxt is None):
        u.ind = "Mas"  # Mas Joko; Mas, minta kopi; Makase, Mas: the title or the address, not gold (emas)


def _together(units, k, u, prev, nxt, before, vocabulary):
    if prev is None and nxt is None:
        u.ind = same_case(u.ind, "sama-sama")  # alone it answers a thanks ('you're welcome'); in a clause it is 'bersama'


# What is told, or the one told, follows these: bacirita before them tells rather than chats.
_TOLD = frozenset({"tentang", "soal", "mengenai", "perihal", "dengan", "sama", "pada", "kepada"})


def _telling(units, k, u, prev, nxt, before, vocabulary):
    if u.ind.lower() in ("mengobrol", "bercerita"):
        u.ind = same_case(u.ind, "bercerita" if nxt is not None and nxt.ind in _TOLD else "mengobrol")


def _wedding(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and prev.key in ("ka", "ke") and prev.joined:
        u.ind, u.pos = "pesta pernikahan", "n"  # pigi ka kaweng: the event gone to, not 'ke menikah'
        return
    closed = prev is not None and prev.key in ("tu", "ni") and k >= 2 and units[k - 2].joined
    owner, first = (units[k - 2], k - 1) if closed else (prev, k)  # tu undangan kaweng: itu moved past undangan
    if owner is not None and owner.source != NAME and not owner.upper and owner.ind[:1].islower() and (
            owner.pos in ("n", "loc") or owner.pos == "" and owner.ind not in STOP_WORDS and thing(owner, vocabulary)) and not _person_before(
            units, first) and (nxt is None or nxt.key not in _WEDDED):
        # pesta kaweng, kado kaweng: the wedding a thing belongs to, a noun that closes the compound
        # (ngana pe baju kaweng -> baju pernikahanmu); anak kaweng, Yance kaweng: marries
        u.ind, u.pos = "pernikahan", "n"
        if closed:  # the demonstrative closes the whole compound: undangan pernikahan itu
            units[k - 1], units[k] = u, prev
            u.swap_glue(prev)


def _bite(units, k, u, prev, nxt, before, vocabulary):
    if prev is None:
        return  # Gigi saki: a tooth opens its clause
    if prev.key in _FORBIDDING:
        u.ind = "gigit"  # jang gigi -> jangan gigit
    elif prev.key in BEFORE_BITING or prev.pos == "pron" or word_before(units, k, BITERS, ("n", "dem", "acr", ""), 3):
        u.ind = "menggigit"  # nyamuk itu gigi anak; dorang bilang nyamuk nda gigi siang
    else:
        return
    u.pos, u.root, u.gloss = "v", "gigit", ("gigit",)


def _new(units, k, u, prev, nxt, before, vocabulary):
    if prev is None or prev.key in TIME_UNITS or not (prev.pos in ("n", "loc", "acr") or thing(prev, vocabulary)):
        return  # baru pulang, kita baru tau: 'just'
    if nxt is None or nxt.pos in _AFTER_NEW_POS or nxt.key in _AFTER_NEW:
        u.pos = "adj"  # ta pe motor baru so ilang -> motor baru saya sudah hilang


def _filling(units, k, u, prev, nxt, before, vocabulary):
    if u.ind.lower() == "berisi" and nxt is not None and person_subject(units, k):
        u.ind = "mengisi"  # a person's ba isi fills the object (mengisi botol), a vessel's holds it (berisi)
        return
    if u.ind.lower() in _POURED:
        words, at = clause(units, k)
        poured = any(c.key in _INTO for c in words[at + 1:])  # kase isi aer ke gelas -> tuangkan air ke gelas
        u.ind = same_case(u.ind, _POURED[u.ind.lower()][0 if poured else 1])  # kase isi termos -> isi termos
        return
    if prev is not None and nxt is not None and prev.key not in PERSON_NOUNS and prev.source != NAME and (
            prev.pos == "n" or prev.pos == "" and prev.ind not in STOP_WORDS and thing(prev, vocabulary)):
        u.pos = "n"  # roti isi daging: what fills it, not 'mengisi'


# kase isi + what is poured + ke (the vessel): pouring, tuangkan (MangARTI mining and dev 5 of 5); with the
# vessel as its object it is filling, the bare root (kase isi termos -> isi termos, kase isi ulang kotak
# tisu -> isi ulang: 2 of 2), not the rare isikan
_POURED = {"isikan": ("tuangkan", "isi"), "mengisikan": ("menuangkan", "mengisi")}
_INTO = frozenset({"ke", "ka"})


def _change(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and (nxt.key in _BECOMING or nxt.pos == "adj"):
        u.ind = same_case(u.ind, "berubah")  # depe warna baganti jadi merah -> warnanya berubah menjadi merah


_BECOMING = frozenset({"jadi", "menjadi"})


# Modals after which ulang is the act itself, not 'again': there is no act before it to repeat.
_TRYING = frozenset({"co", "coba"})  # a request to try: what follows is the act
_ULANG_AS_ACT = frozenset({"musti", "mesti", "harus", "mo", "mau", "bole", "boleh", "bisa", "perlu"})


def _repeat(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and prev.key in _ULANG_AS_ACT:
        u.ind, u.pos = "mengulang", "v"  # torang musti ulang dari awal -> kami harus mengulang dari awal
    elif prev is not None and (prev.key in _FORBIDDING or prev.key in _TRYING or prev.pos == "pron" and nxt is None):
        u.ind, u.pos = "ulangi", "v"  # jang ulang -> jangan ulangi; co ulang -> coba ulangi; kalu ngana ulang, ...
    elif prev is None and (nxt is None or nxt.key in ("lagi", "dari") or nxt.key in _REQUEST_CLOSERS):
        u.ind, u.pos = same_case(u.ind, "ulangi"), "v"  # Ulang lagi dari awal, Ulang dang, ..., ulang dari awal!: a command
    elif nxt is not None and nxt.key == "lagi":
        u.ind = ""  # dia bacirita ulang lagi -> dia bercerita lagi: 'again' once


def _speeds(units, k, u, prev, nxt, before, vocabulary):
    at = k - 1
    while at >= 0 and units[at].joined and units[at].key in BETWEEN_SUBJECT_AND_VERB:
        at -= 1
    if at >= 0 and units[at].joined and units[at].key.split(" ")[0] in VEHICLES:
        u.ind = "melaju"


def _vehicle_speed(units, k, u, prev, nxt, before, vocabulary):
    words, at = clause(units, k)
    if any(c.key.split(" ")[0] in VEHICLES for c in words[:at]):
        u.ind = u.ind.replace("cepat", "kencang")  # bawa motor laju-laju -> kencang-kencang; bicara laju stays


# Celebrations and applause: rame of them is 'meriah' (festive); a market, a road or a crowd stays 'ramai'
# (MangARTI mining part: meriah after pesta, acara, tapu tangan 4 of 4; ramai in every clause without one).
_FESTIVE = frozenset({"pesta", "acara", "perayaan", "festival", "hajatan", "tapu", "tepuk", "batapu", "bertepuk"})


def _festive(units, k, u, prev, nxt, before, vocabulary):
    words, at = clause(units, k)
    if u.ind == "ramai" and any(not _FESTIVE.isdisjoint(c.key.split()) for c in words[:at]):
        u.ind = "meriah"  # tu pesta rame skali -> pesta itu sangat meriah; pasar rame stays 'ramai'


_COLD = frozenset({"dingin", "angin", "udara", "hawa"})


def _piercing(units, k, u, prev, nxt, before, vocabulary):
    if u.ind == "tertusuk" and any(c.key in _COLD for c in clause(units, k)[0]):
        u.ind = "menusuk"  # angin dingin tatusu sampe di tulang: the cold pierces; kaki tatusu paku stays


# Softeners that close a request (clause_words.SOFTENERS, and jo dang read as one unit): kurang opening
# such a clause asks the seller to lower the price.
_REQUEST_CLOSERS = SOFTENERS | {"jo dang"}
FREE_KEYS = frozenset({"kurang", "warna", "semua", "baisi"}) | scenery_senses.FREE_KEYS | strength_senses.FREE_KEYS  # Indonesian words: clauses.py sets their rules up without the lexicon


def _lower_price(units, k, u, prev, nxt, before, vocabulary):
    words, at = clause(units, k)
    if prev is None and nxt is not None and any(w.key in _REQUEST_CLOSERS for w in words[at + 1:]):
        u.ind = same_case(u.ind, "kurangi")  # Mahal skali, kurang sadiki dang -> ..., kurangi sedikit


# yang and the aspect words: warna after them is the predicate 'berwarna' (yang warna kuning -> yang berwarna kuning).
_BEFORE_COLOURED = frozenset({"yang", "so", "sudah", "masih", "blum", "belum"})


def _coloured(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and prev.key in _BEFORE_COLOURED and nxt is not None and u.ind == "warna":
        u.ind, u.pos = "berwarna", "v"  # bunga yang warna kuning -> bunga yang berwarna kuning


RULES = {**going_senses.RULES, "ulang": _repeat, "baganti": _change, "isi": _filling, "baisi": _filling, **strength_senses.RULES, "baru": _new, "gigi": _bite, "muka": _muka, "kaweng": _wedding, "pas": _pas, "rupa": _seems, "bilang": _wishing, "kawin": _wedding, "panas": _panas, "sayang": _sayang, "sama-sama": _together, "mas": _gold,
         **dict.fromkeys(("bacirita", "bacerita"), _telling),
         "balari": _speeds, **dict.fromkeys(("laju", "laju-laju"), _vehicle_speed), "rame": _festive, "tatusu": _piercing, "kurang": _lower_price, "warna": _coloured, "ramai": _festive, **dict.fromkeys(_KIN_TITLES, _kin_title),
         **dict.fromkeys(("samua", "smua", "semua"), _all_of_them), **scenery_senses.RULES}


def _person_before(units: list, k: int) -> bool:
    """A person among the nouns right before units[k] (kaka parampuang kaweng: she marries; also a
    phrase of the lexicon that opens with one, anak parampuang)."""
    for before in range(k - 1, -1, -1):
        unit = units[before]
        head, _, last = unit.key.rpartition(" ")
        if unit.key in PERSON_NOUNS or last in SEX_WORDS or head.partition(" ")[0] in PERSON_NOUNS or unit.pos == "pron":
            return True
        if unit.pos not in ("n", "") or not unit.joined:
            return False
    return False
