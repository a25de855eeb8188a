"""A sum of money said in numbers names a cost: "carter perahu empat ratus ribu", "obat sirup
Rp 35 ribu", "tiga juta for semen" say what something costs as plainly as the word *biaya* does,
though none of them writes it. Such a sum counts as an occurrence of a codebook's term *biaya*
(its keyword, label or definition word), so a code about costs reads it as that word. A fare
(below) also counts as *ongkos*, the word for what a ride costs, and only a fare does: a code keyed
"ongkos" or "ongkos perahu" takes "naik ojek pulang pergi enam puluh ribu", not a salve's price.

A sum is a run of number words (or digits) that ends in a unit of money (*ribu*, *juta*,
*rupiah*, *ribuan*), or a number after *Rp*: "tiga ribu lima ratus jiwa" counts people, its run
ends in *ratus*, and so does "52 ribu ekor anjing" or "tiga juta jiwa", a number of thousands
followed by what is counted (a classifier or a noun of people, animals, doses, cases). A sum someone receives (a wage, aid: "dapat dari desa dua ratus ribu", "honor
lima puluh ribu"), a fine ("denda seratus ribu": such a word in its sentence) or a sum per period
("tiga ratus ribu per bulan": an allowance or a rent) is money, not what a service or a thing
costs. Money said to be lacking names a cost too ("torang nyanda ada doi", "belum punya uang",
"doi dari mana?"), which a cost code's keyword *biaya* alone would not find.

A sum paid for a ride or a crossing is a fare ("naik ojek lima puluh ribu pulang pergi", "menyeberang
Rp 25 ribu sekali jalan": a vehicle or a trip in its sentence, not one only given after it as the reason
a thing costs so much: "salep empat puluh ribu, karena dibawa dengan kapal"). Where a codebook gives travel a code of
its own, a fare is that code's matter: it stands for *biaya* only in a code that names travel itself
("Biaya dan jarak ke fasilitas"), not in one about what a test or a treatment costs (`fareless_terms`).
A sum paid under a rule is a fine though *denda* is not said: a rule agreed or issued in its sentence
("sepakat di rapat, anjing lepas, pemilik bayar dua ratus ribu"), or a condition opening its sentence
in a turn that names the rule ("Perdes ... Kalau lepas, pemilik bayar dua ratus ribu"). A number of
thousands followed by *lebih* and what is counted ("17 ribu lebih warga") counts people too.

Counted on the development folders whose codebook has a cost code (round 15, second half): of the
turns with a sum kept, 23 of 27 were coded cost by their writers; of those with a sum left out,
1 of 9 (the others wages, aid, fines and rents).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.lang.id.lex_attrs import like_num
from spacy.tokens import Doc, Token

from pipeline.coding.lemma_terms import lemma_terms
from pipeline.coding.nlp import coding_nlp
from pipeline.coding.negation import CAUSES, CONTRASTS, NEGATORS, POSSESS, lacks_means
from pipeline.coding.related import lemma_key, related_words
from pipeline.coding.sentence_span import sentence_around
from pipeline.coding.spans import Occurrence
from pipeline.coding.travel_codes import names_travel
from pipeline.sale_units import SALE_UNITS
from pipeline.records.codebook import Code

COST_LEMMAS = frozenset({"biaya"})   # what any sum paid says
FARE_LEMMAS = frozenset({"ongkos"})   # what only a fare says (a cost term too: `cost_terms`)
MONEY_WORDS = frozenset({"uang", "doi", "duit"})
HOLDING = POSSESS | {"pegang"}   # "nyanda pegang doi": no money in hand
MONEY_UNITS = frozenset({"ribu", "juta", "rupiah", "ribuan", "jutaan", "seribu", "sejuta"})
# number words spaCy's Indonesian `like_num` misses (and the fractions a figure is given in)
NUMBERS = frozenset({"seratus", "seribu", "sejuta", "setengah", "puluhan", "ratusan", "separuh", "sepertiga",
                     "seperempat"})
# a sum per period is a wage, an allowance or a rent ("seratus ribu per bulan"), not a price
PERIODS = frozenset({"per", "sebulan", "seminggu", "setahun", "tiap", "setiap", "perbulan"})
CURRENCY = frozenset({"rp", "rp."})
# what a number of thousands counts when it follows the unit ("52 ribu ekor", "dua juta jiwa"):
# classifiers, people, doses and cases, measures; never money; not one that opens a compound of the
# related-word groups ("dua juta rumah sakit", "lima puluh ribu orang pintar": a place or a healer paid)
COUNTED = frozenset({"ekor", "orang", "jiwa", "warga", "penduduk", "anak", "balita", "bayi", "keluarga", "kk",
                     "rumah", "unit", "buah", "dosis", "vial", "ampul", "kasus", "peserta", "pasien", "siswa",
                     "murid", "pekerja", "ton", "kg", "kilogram", "liter", "hektar", "ha", "km", "meter"})
# what a text must hold for a sum to occur in it (token_store.Screen): a unit or the currency,
# as (norms, lemmas) patterns of one token
MONEY_PATTERNS = tuple(((word,), None) for word in sorted(MONEY_UNITS | CURRENCY | MONEY_WORDS))
MONEY_KEY = "\x00money"   # the matchers' key of a unit of money or the currency: never a codebook term
# words of a clause in which a sum is received or levied, not paid for something
RECEIVED = frozenset({"dapat", "dapa", "mendapat", "mendapatkan", "terima", "menerima", "diterima", "honor",
                      "insentif", "gaji", "upah", "bantuan", "blt", "pensiun", "denda", "didenda"})
# a budget line or a grant ("anggaran Rp 2 miliar dari APBD") is funds allotted, not what a thing
# costs, unless the sum is said to buy a thing ("Rp25 juta untuk perbaikan ...")
BUDGET = frozenset({"anggaran", "hibah", "apbd", "apbdes", "apbn"})
# a rule a sum may be levied under: a village's regulation, a sanction, an agreement of a meeting
RULES = frozenset({"perdes", "perda", "peraturan", "aturan", "sanksi", "sepakat", "disepakati", "kesepakatan"})
CONDITIONS = frozenset({"kalau", "kalo", "kalu", "bila", "jika", "apabila"})
WANTING = frozenset({"mau", "mo", "ingin", "perlu", "butuh"})   # "kalau mau ...": a choice, no breach
PAID_FOR = frozenset({"untuk", "buat", "for"})   # "... lima puluh ribu untuk obat": what the sum buys
# "17 ribu lebih warga": an approximation between the unit and what is counted
MORE_THAN = frozenset({"lebih", "lebe"})
# a ride or a crossing: the vehicle, its fuel or ticket, or the trip's length in its sentence
VEHICLES = frozenset({"ojek", "ojol", "bentor", "oto", "mobil", "taksi", "taxi", "carter", "angkot", "mikro", "bus",
                      "perahu", "kapal", "speedboat", "pesawat", "bensin", "tiket", "menyeberang", "menyebrang",
                      "nyebrang", "nyeberang", "transport", "transportasi"})
# what a ride is paid with, not the vehicle itself: bought as a fare ("beli tiket")
RIDE_PAID = frozenset({"bensin", "tiket", "menyeberang", "menyebrang", "nyebrang", "nyeberang"})
# trading a vehicle: "mobil saya jual tiga puluh juta" is its price, no fare
TRADE_LEMMAS = frozenset({"jual", "beli", "kredit", "cicil"})
# a unit goods are measured in (SALE_UNITS): a sum beside it is a good's price ("semen satu sak delapan
# puluh ribu", "lima belas ribu sekilo"), though a boat brought the good
MEASURE_REACH = 3   # tokens before or after the sum
TRIPS = (("pulang", "pergi"), ("pergi", "pulang"), ("pulang", "pigi"), ("pigi", "pulang"), ("sekali", "jalan"))


def money_sums(doc: Doc) -> list[Occurrence]:
    """The spans of `doc` that state a sum of money paid (see the module's note)."""
    sums = []
    i, n = 0, len(doc)
    while i < n:
        token = doc[i]
        if not (_number(token) or token.norm_ in CURRENCY):
            i += 1
            continue
        start = i
        while i < n and (_number(doc[i]) or doc[i].norm_ in CURRENCY or doc[i].norm_ in MONEY_UNITS):
            i += 1
        run = doc[start:i]
        ends_in_unit = run[-1].norm_ in MONEY_UNITS
        after_currency = any(t.norm_ in CURRENCY for t in run) and any(t.like_num for t in run)
        after = i + 1 if i + 1 < n and doc[i].norm_ in MORE_THAN else i
        per_period = after < n and doc[after].norm_ in PERIODS
        counted = (ends_in_unit and not after_currency and after < n and doc[after].norm_ in COUNTED
                   and not _opens_compound(doc, after))
        if (ends_in_unit or after_currency) and not per_period and not counted and not _received(doc, start, i):
            sums.append((start, i))
    return sums


def is_fare(doc: Doc, span: Occurrence) -> bool:
    """Is the sum at `span` paid for a ride or a crossing: a vehicle, its fuel or ticket, or a
    trip's length ("pulang pergi", "sekali jalan") in its sentence? Not a sum measured per unit of a
    good (SALE_UNITS), nor a vehicle's own price (a vehicle beside a trade: TRADE_LEMMAS)."""
    left, right = sentence_around(doc, span[0], span[1], line_break=True)
    near = doc[max(left, span[0] - MEASURE_REACH):min(right, span[1] + MEASURE_REACH)]
    if any(_measure(t.norm_) for t in near):
        return False
    cause = next((t.i for t in doc[span[1]:right] if t.norm_ in CAUSES), right)   # "..., karena dibawa dengan kapal"
    norms = [t.norm_ for t in doc[left:cause]]
    traded = not TRADE_LEMMAS.isdisjoint(t.lemma_ for t in doc[left:cause])
    rides = VEHICLES.intersection(norms) - (VEHICLES - RIDE_PAID if traded else frozenset())
    return bool(rides) or any(pair in TRIPS for pair in zip(norms, norms[1:]))


def _measure(norm: str) -> bool:
    """Is `norm` a unit goods are measured in, or one of it ("sekilo", "seliter")?"""
    return norm in SALE_UNITS or (norm.startswith("se") and norm[2:] in SALE_UNITS)


def fareless_terms(cost_keys: frozenset[str], codes: Sequence[Code], rules: Iterable) -> frozenset[str]:
    """The cost terms (`cost_terms`) a fare does not stand for: in a codebook with a code about
    travel, those that only codes not about travel use (`rules`: compiled rules, each with its
    `code_index`, `slots` and `context` of term keys)."""
    travel = [names_travel(code) for code in codes]
    if not any(travel):
        return frozenset()
    used, kept = set[str](), set[str]()
    for rule in rules:
        keys = cost_keys.intersection(rule.context.union(*rule.slots))
        used |= keys
        if travel[rule.code_index]:
            kept |= keys
    return frozenset(used - kept)


def lacking_money(doc: Doc) -> list[Occurrence]:
    """The spans of `doc` that say money is lacking: "nyanda punya doi", "tidak ada uang", "uang
    dari mana?" (from the negator, or the money word, to the end of the phrase)."""
    spans = []
    for token in doc:
        if token.norm_ not in MONEY_WORDS:
            continue
        i = token.i
        if i >= 2 and doc[i - 2].norm_ in NEGATORS and lacks_means([doc[i - 1].norm_, token.norm_],
                                                                   doc[i - 2].norm_, HOLDING):
            spans.append((i - 2, i + 1))
        elif i + 2 < len(doc) and doc[i + 1].norm_ == "dari" and doc[i + 2].norm_ == "mana":
            spans.append((i, i + 3))
    return spans


def cost_said(text: str) -> str:
    """The first span of `text` stating a sum paid or money lacking (`money_sums`,
    `lacking_money`), as written; "" when none does."""
    doc = coding_nlp()(text)
    spans = sorted(money_sums(doc) + lacking_money(doc))
    return doc[spans[0][0]:spans[0][1]].text if spans else ""


def _number(token: Token) -> bool:
    return token.like_num or token.norm_ in NUMBERS


def is_number_word(word: str) -> bool:
    """A written word that is a number: digits ("4.200", "12,5"), a number word ("lima", "seratus")
    or a fraction ("separuh")."""
    return like_num(word) or word.casefold() in NUMBERS


def _opens_compound(doc: Doc, i: int) -> bool:
    """Do doc[i] and the next token make a two-word member of the related-word groups ("rumah sakit")?"""
    return i + 1 < len(doc) and lemma_key(f"{doc[i].text} {doc[i + 1].text}") in related_words().group_of


def _received(doc: Doc, start: int, end: int) -> bool:
    """Does the sentence holding doc[start:end] (a line break ends it) say the sum is received,
    levied or budgeted: a word of receiving or a fine, a budget (not a sum said to buy a thing), a
    rule, or a condition opening it where the text names a rule?

    Under a rule, a sum is no fine where it buys something ("bayar lima puluh ribu untuk obat"), where
    the condition is wanting a service ("Kalau mau foto rontgen, bayar ...": a price), or where a
    contrast sets it against the rule ("Menurut aturan gratis, tapi kami tetap bayar ...")."""
    left, right = sentence_around(doc, start, end, line_break=True)
    norms = [t.norm_ for t in doc[left:right]]
    if not RECEIVED.isdisjoint(norms):
        return True
    if end < len(doc) and doc[end].norm_ in PAID_FOR:
        return False
    if not BUDGET.isdisjoint(norms):
        return True
    rules = [i for i, norm in enumerate(norms, left) if norm in RULES]
    if rules:
        return not any(t.norm_ in CONTRASTS for t in doc[min(rules[0], start):max(rules[-1], start)])
    words = [t.norm_ for t in doc[left:right] if not t.is_punct]
    return (bool(words) and words[0] in CONDITIONS and (len(words) < 2 or words[1] not in WANTING)
            and any(t.norm_ in RULES for t in doc))


def cost_terms(term_keys: Iterable[str]) -> frozenset[str]:
    """The term keys (spans.term_text) that are the word *biaya* or *ongkos* itself."""
    return lemma_terms(term_keys, COST_LEMMAS | FARE_LEMMAS)


def add_money_sums(doc: Doc, found: dict[str, list[Occurrence]], keys: frozenset[str],
                   fareless: frozenset[str] = frozenset()) -> None:
    """Add the sums of money in `doc` to the occurrences of every cost term, but a fare to those of
    `fareless` (`fareless_terms`), and only a fare to *ongkos* (FARE_LEMMAS); the matchers found a
    unit of money or the currency (MONEY_KEY, taken out of `found` here)."""
    found.pop(MONEY_KEY)
    sums = money_sums(doc) + lacking_money(doc)
    fare_only = lemma_terms(keys, FARE_LEMMAS)
    fares = {span for span in sums if is_fare(doc, span)} if fareless or fare_only else set()
    for key in keys:
        said = set(sums) - fares if key in fareless else set(sums)
        if key in fare_only:
            said &= fares
        if said or key not in fareless:
            found[key] = sorted(set(found.get(key, [])) | said)
