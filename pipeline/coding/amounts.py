"""A sum of money said in numbers names a cost: "carter perahu empat ratus ribu", "obat sirup
Rp 35 ribu", "tiga juta for semen" say what something costs as plainly as the word *biaya* does,
though none of them writes it. Such a sum counts as an occurrence of a codebook's term *biaya*
(its keyword, label or definition word), so a code about costs reads it as that word.

A sum is a run of number words (or digits) that ends in a unit of money (*ribu*, *juta*,
*rupiah*, *ribuan*), or a number after *Rp*: "tiga ribu lima ratus jiwa" counts people, its run
ends in *ratus*, and so does "52 ribu ekor anjing" or "tiga juta jiwa", a number of thousands
followed by what is counted (a classifier or a noun of people, animals, doses, cases). A sum someone receives (a wage, aid: "dapat dari desa dua ratus ribu", "honor
lima puluh ribu"), a fine ("denda seratus ribu": such a word in its sentence) or a sum per period
("tiga ratus ribu per bulan": an allowance or a rent) is money, not what a service or a thing
costs. Money said to be lacking names a cost too ("torang nyanda ada doi", "belum punya uang",
"doi dari mana?"), which a cost code's keyword *biaya* alone would not find.

A sum paid for a ride, after a vehicle, a charter or the way there and back in its sentence ("naik
ojek lima puluh ribu pulang pergi", "carter speed dua juta"), is a fare: an occurrence of a codebook's
*ongkos*, the word researchers give travel costs (a code of distance and transport), not of its
*biaya*, which a code of what a service costs holds and whose definition leaves fares to distance
(a codebook without *ongkos* reads a fare as *biaya*: its cost code covers the trip).

Counted on the development folders whose codebook has a cost code (round 15, second half): of the
turns with a sum kept, 23 of 27 were coded cost by their writers; of those with a sum left out,
1 of 9 (the others wages, aid, fines and rents).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.lang.id.lex_attrs import like_num
from spacy.tokens import Doc, Token

from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.nlp import coding_nlp
from pipeline.coding.negation import NEGATORS, POSSESS, lacks_means
from pipeline.coding.related import lemma_key, related_words
from pipeline.coding.sentence_span import sentence_around
from pipeline.coding.spans import Occurrence, term_text
from pipeline.records.codebook import Codebook

COST_LEMMAS = frozenset({"biaya"})
FARE_LEMMAS = frozenset({"ongkos"})
# a sentence paying for a ride: vehicles, hiring one, fuel, the trip there and back
RIDES = frozenset({"ojek", "oto", "mobil", "angkot", "mikro", "bentor", "bus", "taksi", "taxi", "kapal", "perahu",
                   "speed", "speedboat", "pajeko", "pumpboat", "carter", "charter", "sewa", "bensin", "solar",
                   "transport", "transportasi"})
FOR = frozenset({"untuk", "for", "buat"})   # a ride right after one of these is what a sum is for
THERE_AND_BACK = (("pulang", "pergi"), ("pulang", "pigi"), ("pigi", "pulang"), ("pergi", "pulang"))
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
        per_period = i < n and doc[i].norm_ in PERIODS
        counted = (ends_in_unit and not after_currency and i < n and doc[i].norm_ in COUNTED
                   and not _opens_compound(doc, i))
        if (ends_in_unit or after_currency) and not per_period and not counted and not _received(doc, start, i):
            sums.append((start, i))
    return sums


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
    """Does the sentence holding doc[start:end] (a line break ends it) say the sum is received or levied?"""
    left, right = sentence_around(doc, start, end, line_break=True)
    return any(t.norm_ in RECEIVED for t in doc[left:right])


def _fare(doc: Doc, span: Occurrence) -> bool:
    """Does the sentence holding the sum at `span` name a ride (RIDES, THERE_AND_BACK) before it, or
    after it as what it is for ("lima juta untuk transport"), what the sum pays? Another ride after
    it may be a reason a thing's price is high ("semen delapan puluh ribu karena ongkos perahu")."""
    left, right = sentence_around(doc, *span, line_break=True)
    norms = [t.norm_ for t in doc[left:span[0]]]
    after = [t.norm_ for t in doc[span[1]:right]]
    return (not RIDES.isdisjoint(norms) or any(pair in THERE_AND_BACK for pair in zip(norms, norms[1:]))
            or any(word in FOR and not RIDES.isdisjoint(after[i + 1:i + 3]) for i, word in enumerate(after)))


def cost_terms(term_keys: Iterable[str], fares_apart: bool = True) -> frozenset[str]:
    """The term keys (spans.term_text) that are the word *biaya* or, with `fares_apart`, *ongkos* itself."""
    return frozenset(key for key, fare in _cost_terms(frozenset(term_keys)).items() if fares_apart or not fare)


def fares_apart(codebook: Codebook) -> bool:
    """Does a code's label or keyword name *ongkos* (a code of distance and transport)? Then a fare
    is that word's; else the cost code's *biaya* covers the trip."""
    analyzer = word_analyzer()
    return any(analyzer.lemma(word) in FARE_LEMMAS for code in codebook.codes
               for text in (code.label, *code.keywords) for word in text.casefold().split())


@lru_cache(maxsize=64)
def _cost_terms(term_keys: frozenset[str]) -> dict[str, bool]:
    """Each cost term key, and whether it is a fare's (*ongkos*). (A recode's restricted codebooks
    share their terms: read once.)"""
    analyzer = word_analyzer()
    lemmas = {key: analyzer.lemma(term_text(key).casefold()) for key in term_keys if " " not in term_text(key).strip()}
    return {key: lemma in FARE_LEMMAS for key, lemma in lemmas.items() if lemma in COST_LEMMAS | FARE_LEMMAS}


def add_money_sums(doc: Doc, found: dict[str, list[Occurrence]], keys: frozenset[str]) -> None:
    """Add the sums of money in `doc` to the occurrences of every cost term, a fare to the *ongkos*
    terms and any other sum (or money lacking) to the *biaya* ones, a fare too where no *ongkos* is
    a term (a cost code covering the trip); the matchers found a unit of money or the currency
    (MONEY_KEY, taken out of `found` here)."""
    found.pop(MONEY_KEY)
    sums = money_sums(doc)
    is_fare = _cost_terms(keys)
    fares = {span for span in sums if _fare(doc, span)} if any(is_fare[key] for key in keys) else set()
    others = {span for span in sums if span not in fares} | set(lacking_money(doc))
    for key in keys:
        added = fares if is_fare[key] else others
        if added:
            found[key] = sorted(set(found.get(key, [])) | added)
