"""Clause readings of how much and how many: counting, measures and degree (dispatched by clauses.py).

  satu    se- on a measure word (satu gelas -> segelas, satu tumpuk -> setumpuk, satu kali -> sekali)
          and on the period of a frequency (tiga kali satu hari -> tiga kali sehari),
          'seorang' before a person (ada satu mama -> ada seorang ibu); kilo, ekor, jam stay 'satu', and so
          does a unit of sale in a clause that names a price (brapa satu ikat? -> berapa satu ikat?)
  brapa   'beberapa' (a few) before a counted noun outside a question (MangARTI 13 of 14);
          'berapa harga' opening a question on one unit of sale (Brapa tu pisang satu sisir? ->
          Berapa harga pisang itu satu sisir?; own sets: harga in 3 of the 4 references)
  le      'lagi' (more, further) after a counted noun (lima manit le -> lima menit lagi, dua tamang
          le), a comparative (lebe jao le -> lebih jauh lagi) or tamba; 'juga' elsewhere
  sadiki  'sebentar' after an activity that lasts (tunggu sadiki); sadiki le negated: 'sedikit pun'
  lumayan 'cukup' before what it grades (lumayan jao -> cukup jauh: MangARTI mining cukup 11, lumayan 7,
          agak 2 of 20), 'lumayan' (not bad) where nothing follows it in its clause or a clause's subject
          does (Lumayan torang dapa ikang: it grades the whole)
  skali   'sangat' before the adjective or verb it follows (panas skali -> sangat panas), the
          way free Indonesian translations write it (MangARTI: 'sangat' 918 times, 'sekali' 149)
  lebe X dari Y  the standard of a comparison: 'daripada' (lebe mahal dari bulan lalu -> lebih mahal
          daripada bulan lalu; own sets 6 of 6), 'dari' before an amount (lebe dari tiga jam) or a
          place left (lebe bae pulang dari kantor); aspect.py's dari rule asks compared()
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.clause_words import ALSO, NOT, PERSON_NOUNS, SENTENCE_END, TIME_UNITS, clause, same_case
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.morphology import NAME, NUMBER
from pipeline.sale_units import SALE_UNITS

# After these skali counts (makang skali sehari 'once a day', coba skali lagi 'once more').
_ONCE_AFTER = frozenset({"sehari", "seminggu", "sebulan", "setahun", "sataong", "lagi", *ALSO, "saja", "jo",
                         "dalam", "satu", "dua", "tiga", "seumur", "sampe", "sampai"})
# Activities that last: sadiki after them (and their object or place) is 'sebentar' (MangARTI:
# tunggu/tidor/piji sadiki; singga ka parpustakaan sadiki, bauni tv sadiki).
_FOR_A_WHILE = frozenset({"tunggu", "batunggu", "tidor", "tidur", "istirahat", "baistirahat", "dudu", "duduk",
                          "singga", "mampir", "bacirita", "bacarita", "santai", "basante", "piji", "pijat",
                          "baring", "barabah", "jalang-jalang", "main", "bamain", "bicara", "babicara",
                          "pinjam", "bauni", "nonton", "banonton"})
# Measure words satu fuses with as se- (the forms Indonesian writes: segelas, sepotong, setumpuk).
_MEASURES = frozenset({"gelas", "piring", "mangkok", "mangkuk", "potong", "kotak", "ikat", "tumpuk", "porsi",
                       "batang", "bungkus", "botol", "sendok", "lembar", "buah", "karung", "kali"})
# What a small amount is added or given to (tambah gula sadiki), and the words before a state
# (rasa panas sadiki, mulai sunyi sadiki): after them the amount comes first in Indonesian.
_ADDING = frozenset({"tambah", "tamba", "kase", "kaseh", "kasih", "se", "kase tambah"})
_STATE_BEFORE = frozenset({"rasa", "terasa", "merasa", "mulai", "so", "sudah", "masih", "jadi", "menjadi", "agak"})
_THE_ONE = frozenset({"cuma", "hanya", "tinggal", "sisa", "yang"})  # cuma satu anak: the number counts
# What is left: the amount after them is what remains, in the same order (so tinggal sadiki -> tinggal sedikit)
_LEFT_OVER = frozenset({"tinggal", "tingga", "sisa"})
# Person nouns that name a group: one of them is not 'seorang' (satu keluarga dapa lima kilo -> satu keluarga)
_GROUPS = frozenset({"keluarga", "masyarakat"})
_DEGREE_AFTER = frozenset({"skali", "sakali", "sekali"})  # X skali -> sangat X
_NOT_GRADED = frozenset({"neg", "aux", "pron", "poss", "prep", "conj", "rel", "ptc", "interj", "q", "dem", "num",
                         "prefix", "n", "loc", "acr"})
_FEELINGS = frozenset({"suka", "senang", "takut", "sayang", "cinta", "rindu", "malu", "marah", "kecewa",
                       "bangga", "ingin", "mau", "butuh", "perlu", "capek", "lapar", "haus", "kenyang"})
_ASKED = frozenset({"lama", "jam", "harga", "umur"})  # brapa lama, brapa harga: a question however written
# brapa + satu + a unit goods are sold by (SALE_UNITS) asks the price (brapa satu kilo?).
_PRICE_WORDS = frozenset({"brapa", "barapa", "berapa", "harga", "ribu", "rb", "juta", "rupiah", "rp"})


# Spans Indonesian writes with se- as a whole amount (so satu minggu -> sudah seminggu; own references
# seminggu 16 of 18 satu minggu; satu jengkal -> sejengkal)
_SPANS = frozenset({"minggu", "jengkal"})


def counted(units: list, k: int) -> bool:
    """What must follow satu at units[k] (not the last unit) for its rule to be worth setting up."""
    key = units[k + 1].key
    return key in _MEASURES or key in PERSON_NOUNS or key in TIME_UNITS or key in _SPANS


def _satu(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and nxt.key in SALE_UNITS and _names_price(clause(units, k)[0]):
        return  # brapa satu ikat?, satu tumpuk cuma lima ribu: the unit a price is for stays 'satu'
    if nxt is not None and nxt.ind and (prev is None or prev.key not in _THE_ONE) and (
            nxt.key in _MEASURES or nxt.key in PERSON_NOUNS and nxt.key not in _GROUPS and nxt.key != "orang" or (
                nxt.key in TIME_UNITS and (prev is not None and prev.key == "kali" or _rate(*clause(units, k)))) or (
                nxt.key in _SPANS)):
        if nxt.key not in PERSON_NOUNS:  # tiga kali satu hari -> tiga kali sehari
            u.ind, nxt.ind = "", same_case(u.ind, "se" + nxt.ind)  # satu gelas -> segelas; Satu kali -> Sekali
        else:
            u.ind = "seorang"  # ada satu mama -> ada seorang ibu


def _brapa(units, k, u, prev, nxt, before, vocabulary):
    if prev is None and nxt is not None and _asks(units, k) and _priced(clause(units, k)[0]):
        u.ind += " harga"  # Brapa ini satu kilo? -> Berapa harga ini satu kilo?
        return
    if nxt is not None and (
            nxt.pos == "n" or nxt.key in PERSON_NOUNS or nxt.key in _MEASURES) and nxt.key not in _ASKED and not _asks(units, k):
        u.ind = same_case(u.ind, "beberapa")  # ada brapa lampu yang so mati: a few (MangARTI 13 of 14)


def _le(units, k, u, prev, nxt, before, vocabulary):
    if u.ind == "juga" and prev is not None and (prev.key in ("tamba", "tambah") or (
            before is not None and (before.pos == "num" or before.source == NUMBER or before.key in ("lebe", "lebih"))) or (
            prev.pos == "q" or nxt is None and (prev.pos == "num" or prev.source == NUMBER))):  # apa le? satu le.
        u.ind, u.gloss = "lagi", ("more",)  # lima manit le -> lima menit lagi; sapa le yang -> siapa lagi yang


def _sadiki_le(units, k, u, prev, nxt, before, vocabulary):
    if any(c.key in NOT or c.pos == "neg" for c in clause(units, k)[0]):
        u.ind = "sedikit pun"  # nyanda ada awang sadiki le: not a cloud at all


def _sadiki(units, k, u, prev, nxt, before, vocabulary):
    if prev is None:
        return
    if prev.key in _FOR_A_WHILE or prev.pos == "pron" and before is not None and before.key in _FOR_A_WHILE or (
            prev.pos == "pron" or prev.key in PERSON_NOUNS) and _with_someone_after_a_while(units, k - 2) or (
            _act_of_the_clause(units, k) in _FOR_A_WHILE):
        # tunggu sadiki, tunggu kita sadiki, bacirita deng ngana sadiki: for a while, not a little
        u.ind = "sebentar"
    elif before is not None and prev.ind and " " not in prev.ind and (
            before.key in _ADDING and before.ind and prev.pos in ("n", "") or before.pos != "v" and (
                prev.pos == "adj" or prev.ind in _FEELINGS or before.key in _STATE_BEFORE and prev.pos in ("", "v") and prev.key not in _LEFT_OVER)):
        # Indonesian puts sedikit first: tambah aer sadiki -> tambah sedikit air; kapala pusing sadiki
        # -> kepala sedikit pusing (MangARTI mining part: about 10 of 12 such clauses); not after
        # the verb kase made of a state (kase kurang sadiki -> kurangi sedikit; kase's text is gone)
        prev.ind, u.ind = "sedikit " + prev.ind, ""


def _act_of_the_clause(units: list, k: int) -> str:
    """The key of the verb nearest before units[k] in its clause, past its object, a place or a
    particle (piji tape betis sadiki, singga ke parpustakaan sadiki, tunggu dang sadiki); '' if none."""
    at = k - 1
    while at >= 0 and units[at].joined:
        if units[at].pos == "v":
            return units[at].key
        if units[at].pos in ("adj", "adv"):
            return ""  # bicara pelang-pelang sadiki: a little more slowly
        at -= 1
    return ""


def _with_someone_after_a_while(units: list, at: int) -> bool:
    """units[at] is deng/pa (with, to) after one of the acts that last a while, in one clause
    (bacirita deng ngana sadiki, dudu pa oma sadiki)."""
    return at > 0 and units[at].key in ("deng", "pa") and units[at - 1].joined and units[at - 1].key in _FOR_A_WHILE


def _skali(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and u.ind == "sekali" and prev.ind.endswith(" sekali"):  # pe sadap 'enak sekali' + skali
        u.ind = ""  # graded once: 'sekali' where it opens its clause, after a subject 'sangat enak'
        if k > 1 and units[k - 2].joined and not prev.ind[:1].isupper():
            prev.ind = "sangat " + prev.ind.removesuffix(" sekali")
    elif before is not None and u.ind == "sekali" and _graded(prev, vocabulary) and not _opens_with_pe(units, k) and (
            nxt is None or not (nxt.key in _ONCE_AFTER or nxt.pos == "num" or nxt.source == NUMBER)):
        if prev.ind[:1].isupper() and prev.source != NAME:  # Dekat skali. -> Sangat dekat.
            prev.ind, prev.cap = prev.ind[0].lower() + prev.ind[1:], True
        prev.ind, u.ind = "sangat " + prev.ind, ""


def _opens_with_pe(units: list, k: int) -> bool:
    """pe with no owner opens the clause of the adjective before skali at units[k] (Pe mahal skali!):
    the adjective leads its clause, so skali stays after it as 'sekali' (data README: sangat or sekali)."""
    return k >= 2 and units[k - 2].key == "pe" and units[k - 2].joined and (k == 2 or not units[k - 3].joined)


_MORE = frozenset({"lebe", "lebih", "labe"})
_BETTER = frozenset({"bae", "baik"})  # lebe bae: 'better to', a modal, not a comparison


def compared(units: list, k: int) -> bool:
    """dari at units[k] after lebe + the word graded (and its object) in one clause, before what is
    compared, not an amount; not after a verb it tells the source of (lebe suka pulang dari pasar), nor
    before one: then dari names where the subject comes from (lebe banyak orang dari kampung datang)."""
    words, at = clause(units, k)
    if at + 1 >= len(words) or at < 2 or words[at - 1].pos == "v" or (
            words[at + 1].pos == "num" or words[at + 1].source == NUMBER) or any(w.pos == "v" for w in words[at + 2:]):
        return False
    return any(w.key in _MORE and words[i + 1].key not in _BETTER for i, w in enumerate(words[:at - 1]))


# Verbs of going whose dari names the place or activity left (pulang dari karja), not a standard.
_LEAVING = frozenset({"pigi", "pi", "pergi", "datang", "pulang", "bale", "balik", "kaluar", "keluar", "lari", "turung",
                      "turun", "brangkat", "berangkat"})


def acts_compared(units: list, k: int, vocabulary: IndonesianVocabulary | None = None) -> bool:
    """dari at units[k] between two acts after lebe + an adjective (lebe rajin makang dari karja, lebe
    enak jaga toko dari ba bantu): the second act is the standard, 'daripada'. Without `vocabulary`
    (the cheap cue) any untagged word after dari may be the act."""
    words, at = clause(units, k)
    if at + 1 >= len(words) or at < 2 or words[at - 1].key in _LEAVING or not _act(words, at + 1, vocabulary):
        return False  # lebe senang pulang dari karja: after a verb of going, dari names what is left
    graded = next((i + 2 for i, w in enumerate(words[:at - 1]) if w.key in _MORE and words[i + 1].pos == "adj"), -1)
    if graded < 0:  # lebe bae jalang kaki dari nae oto: 'better to ... than to ...'
        graded = next((i + 1 for i, w in enumerate(words[:at]) if w.ind == "lebih baik"), -1)
    return graded >= 0 and any(_act(words, i, vocabulary) for i in range(graded, at))


def _act(words: list, at: int, vocabulary: IndonesianVocabulary | None) -> bool:
    """words[at] is a verb: tagged, a ba- written apart before one, or an untagged Indonesian verb root."""
    word = words[at]
    if word.pos == "prefix" and at + 1 < len(words):
        word = words[at + 1]  # ba bantu
    if word.pos == "v":
        return True
    return word.pos == "" and bool(word.root) and (vocabulary is None or vocabulary.is_verb_root(word.root) or (
        vocabulary.is_form("be" + word.root)))  # kerja: bekerja, no meN- form


def _fairly(units, k, u, prev, nxt, before, vocabulary):
    if nxt is None or nxt.pos == "pron":
        u.ind = same_case(u.ind, "lumayan")  # Lumayan.; Lumayan kita dapa dua ekor: not bad, of what follows


def _both(units, k, u, prev, nxt, before, vocabulary):
    """dua-dua before the noun it counts is 'kedua' (dua-dua pihak -> kedua pihak); standing for the two
    themselves, before their act or after them, it stays 'keduanya' (dorang dua-dua so pulang, kaki dua-dua saki)."""
    if prev is not None and (prev.pos in ("n", "pron") or prev.key in PERSON_NOUNS):
        return  # kaki dua-dua kram, dorang dua-dua: after the two it counts, 'keduanya'
    if nxt is not None and u.joined and (nxt.pos == "n" or nxt.key in PERSON_NOUNS or nxt.pos == "" and (
            nxt.ind.isalpha() and not vocabulary.inflected(nxt.ind))):  # an untagged Indonesian noun (pihak)
        u.ind = same_case(u.ind, "kedua")


def counted_span(units: list, k: int) -> None:
    """torang dua before a span of time counts the span, not the people: blum bayar torang dua minggu ->
    kami dua minggu (not 'kami berdua minggu'); before anything else the two of them (torang dua pigi).
    pronouns.decide_we asks it for torang dua, whose unit goes there."""
    u = units[k]
    if u.joined and k + 1 < len(units) and units[k + 1].key in _SPANNED:
        u.ind = u.ind.replace(" berdua", " dua")


def _counted_span(units, k, u, prev, nxt, before, vocabulary):
    counted_span(units, k)


_SPANNED = TIME_UNITS | {"jam", "malam", "malang"}


RULES = {"lumayan": _fairly, "dua-dua": _both, **dict.fromkeys(("torang dua", "dorang dua", "ngoni dua"), _counted_span), "satu": _satu, "brapa": _brapa, "barapa": _brapa, **dict.fromkeys(ALSO, _le),
         "sadiki le": _sadiki_le, "sadiki": _sadiki, **dict.fromkeys(_DEGREE_AFTER, _skali)}
FREE_KEYS = tuple(_DEGREE_AFTER)  # also read when they are not lexicon units


def _priced(words: list) -> bool:
    """satu and a unit of sale in the clause, and no word saying what is asked (harga, lama)."""
    return not any(c.key in _ASKED for c in words) and any(
        c.key == "satu" and i + 1 < len(words) and words[i + 1].key in SALE_UNITS for i, c in enumerate(words))


def _names_price(words: list) -> bool:
    """The clause asks or states a price: brapa, harga or a sum of money (references keep 'satu' before the
    unit of sale there: berapa satu ikat, lima ribu satu tumpuk; own dev sets 10 of 12)."""
    return any(c.key in _PRICE_WORDS or c.ind in _PRICE_WORDS for c in words)


def _asks(units: list, k: int) -> bool:
    """Whether the sentence of units[k] ends in a question mark."""
    for unit in units[k:]:
        if "?" in unit.glue:
            return True
        if SENTENCE_END & set(unit.glue):
            return False
    return False


def _rate(words: list, k: int) -> bool:
    """satu + a time unit is a rate or a span (se-) when another count or brapa shares the clause:
    gaji brapa satu bulang -> gaji berapa sebulan; satu minggu kita karja anam hari -> seminggu."""
    return any(c.key in ("brapa", "berapa") or c.pos == "num" or c.source == NUMBER
               for at, c in enumerate(words) if at != k)


def _graded(unit, vocabulary: IndonesianVocabulary) -> bool:
    """A predicate 'skali' can grade: an adjective or a verb of feeling (suka skali), never a noun,
    an action (makang skali sehari: 'once') or a function word."""
    if unit.ind in _FEELINGS or unit.pos == "adj":
        return True
    if not unit.ind or " " in unit.ind or unit.pos in _NOT_GRADED or unit.source == NAME:
        return False
    # an Indonesian word the lexicon does not tag (ribut, lancar, manis skali): spaCy's tables
    # give nearly every root a meN- form, so they cannot tell a state from an act; 'once' is told
    # by what follows skali instead (makang skali sehari, coba skali lagi)
    return unit.pos == "" and unit.ind not in STOP_WORDS
