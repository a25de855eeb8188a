"""ini/itu inside a clause: a determiner that follows its noun phrase in Indonesian, or the object.

Manado Malay may put the full demonstrative before the noun phrase that ends a clause, after the
predicate (pe sadap ini ikang!, jang pegang itu kabel listrik, bagus kang ini baju?); Indonesian
writes it after the noun phrase (ikan ini, terumbu karang itu, baju ini). Where no noun phrase
closes the clause (dia bilang itu salah) itu is the object, and after a headless relative (yang
paling susah itu ASI eksklusif) it closes the subject. Opening its clause before a noun phrase
and the predicate (itu batu barat skali, ini mikro lewat Sario?) it determines that subject:
batu itu berat sekali, angkot ini lewat Sario?
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.clause_words import BETWEEN_SUBJECT_AND_VERB, SOFTENERS, WHEN_WORDS
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.morphology import ACRONYM, INDONESIAN, NAME, RULE
from pipeline.gloss.particles import TAGS

# What the demonstrative may follow: a predicate, its degree word or a tag particle (sadap skali ini tinutuan).
_BEFORE_THIS = frozenset({"skali", "sekali", "sakali", "kang", "kwa", "to"})
WHERE_TO = frozenset({"ka", "ke", "di"})  # a place after the object (tare itu kursi ka sini)
_REQUEST_PARTICLES = SOFTENERS | frozenset({"akang"})  # between a verb and its object (ambe jo itu kue)
# What may follow the object a demonstrative determines: a place or a purpose (angka ini karung ka atas,
# beking ini kue for ngana).
_AFTER_OBJECT = WHERE_TO | frozenset({"for", "untuk"})
_JOINING_NOUNS = frozenset({"deng", "dengan", "dan", "ato", "atau"})  # itu kue deng roti: both may be the object
# What may follow the subject a clause-initial ini/itu determines: its predicate.
_PREDICATE_POS = frozenset({"v", "aux", "neg"})
# A way or a direction a subject goes, its predicate after the noun (ini oto ka Tomohon?, ini mikro lewat
# Sario?, ini angkot dari tadi nyanda jalan), and baru before a verb ('just': ini ikang baru turung).
_WAYS = frozenset({"lewat", "ka", "ke", "dari"})
_JUST = frozenset({"baru"})
_DEGREE = frozenset({"skali", "sekali", "sakali", "banget", "amat"})
ASKING_AMOUNT = frozenset({"brapa", "berapa"})  # brapa ini ikang satu ekor -> berapa ikan ini seekor

_DETERMINERS_BEFORE = frozenset({"tu", "ni"})  # before their noun in Manado Malay
_CLOSING_DEMONSTRATIVES = frozenset({"ini", "itu"})  # after their noun, going on to the clause's end
_OF_PLACE = frozenset({"di", "dari"})  # a place phrase that may describe a subject noun
_CLOSING = frozenset({"tu", "ni", "itu", "ini"})


def determines(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """Whether ini/itu at units[k] (not at a clause edge) determines the noun phrase ending its clause."""
    prev = units[k - 1]
    if prev.key in _REQUEST_PARTICLES and k > 1 and units[k - 2].joined:
        prev = units[k - 2]  # ambe jo itu kue -> ambil saja kue itu: the verb before the request's particle
    verb = prev.pos in ("v", "adj") or prev.pos == "" and prev.root and vocabulary.is_verb_root(prev.root) or (
        prev.pos == "neg" and " " in prev.ind)  # bungkus akang; nintau itu obat: a negated verb (tidak tahu)
    if prev.pos == "adj" and _opens_with_noun(units, k - 1, vocabulary):
        return False  # air panas itu bahaya: itu closes the subject its adjective describes
    return ((verb or prev.key in _BEFORE_THIS or prev.key in ASKING_AMOUNT) and _noun_phrase_ends(units, k + 1, vocabulary)
            and not _after_relative(units, k))


def opens_subject(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """Whether ini/itu at units[k], opening its clause, determines the noun phrase after it, a
    predicate following that phrase (itu batu barat skali -> batu itu berat sekali); not before
    a name, a pronoun or a possessive (itu dia pe rumah), nor as the predicate (itu batu: 'that
    is a stone')."""
    at = k + 1
    if units[k].key in _DETERMINERS_BEFORE and units[k].joined and units[at].joined and _noun_by_its_place(units[at]):
        at += 1  # tu kunci rumah ada di meja: after tu an Indonesian verb root is the noun (kunci, not mengunci)
    while at < len(units) and units[at - 1].joined and is_plain_noun(units[at], vocabulary) and not (
            units[at].pos == "" and _graded(units, at)):  # ni pagi cerah skali: cerah is said of the morning
        at += 1
    if at == k + 1 or at == len(units) or not units[at - 1].joined:
        return False
    predicate = units[at]
    if predicate.joined and at + 1 < len(units) and (predicate.key in _WAYS or predicate.key in _JUST and (
            units[at + 1].pos in _PREDICATE_POS)):
        return True  # ini mikro lewat Sario?, ini ikang baru turung -> angkot ini lewat ..., ikan ini baru turun
    if units[k].key in _DETERMINERS_BEFORE and _modifier_closing(units, at, "subject", vocabulary):
        return True  # tu ikang goreng so dingin: the predicate follows the noun's modifier
    if predicate.key == "pe" and at == k + 2 and predicate.joined and at + 1 < len(units) and _graded(units, at + 1):
        return True  # tu anak pe bae skali -> anak itu baik sekali: pe grades the adjective said of one noun
    if predicate.key in ASKING_AMOUNT or predicate.pos == "num" and _asks_amount(units, at):
        return True  # ini sayor satu ikat brapa? -> sayur ini berapa seikat?: what the price is asked of
    if predicate.pos == "adj" or predicate.pos == "" and predicate.source == INDONESIAN:
        # ini kue enak skali: a degree word makes the adjective the predicate (ini kukis enak: 'this
        # is a tasty cake'; nasi kuning dapa beli: the noun's own adjective)
        return predicate.joined and at + 1 < len(units) and units[at + 1].key in _DEGREE
    return predicate.pos in _PREDICATE_POS


def _opens_with_noun(units: list, adj: int, vocabulary: IndonesianVocabulary) -> bool:
    """The adjective at units[adj] follows plain nouns that open its clause (air panas, tekanan darah
    tinggi): one noun phrase, the subject, not a predicate before its own noun (bagus kang ini baju)."""
    at = adj
    while at > 0 and units[at - 1].joined and (is_plain_noun(units[at - 1], vocabulary) or (
            at == 1 and units[0].pos in ("n", "loc") and units[0].source != NAME)):
        at -= 1  # the sentence's first word has its capital by position (Air panas itu ...)
    return at < adj and (at == 0 or not units[at - 1].joined or units[at - 1].pos == "conj")  # kalu tensi ...


def _graded(units: list, at: int) -> bool:
    """units[at] after pe is an adjective (an untagged Indonesian word only before a degree word: tu
    pesta pe meriah skali; tu rumah pe atap is the house's roof)."""
    unit = units[at]
    return unit.pos == "adj" or unit.pos == "" and unit.source == INDONESIAN and unit.joined and (
        at + 1 < len(units) and units[at + 1].key in _DEGREE)


def shown_owner(units: list, pe_at: int) -> int:
    """Where the owner before pe at units[pe_at] is: the noun before a demonstrative that followed it
    (tu anak pe bae skali, moved to anak itu pe ...), else the word right before pe."""
    before = pe_at - 1
    return before - 1 if before >= 1 and units[before].pos == "dem" and units[before - 1].joined else before


def _noun_by_its_place(unit) -> bool:
    """An Indonesian word the lexicon lacks, of one word, no function word: right after the
    prenominal tu/ni or after pe it names a thing even when Indonesian also makes a verb of it
    (kunci, sisir, kancing, tutup)."""
    return unit.pos in ("", "v") and unit.source == INDONESIAN and not unit.upper and (
        " " not in unit.ind and unit.ind not in STOP_WORDS)


def is_plain_noun(unit, vocabulary: IndonesianVocabulary) -> bool:
    """A common noun the lexicon or Indonesian knows (not a name, a pronoun or a possessive)."""
    if unit.source == NAME or unit.upper:
        return False
    return unit.pos in ("n", "loc") or unit.pos == "" and unit.source == INDONESIAN and " " not in unit.ind and (
        unit.ind not in STOP_WORDS and not (unit.root and vocabulary.is_verb_root(unit.root)))


def _noun_phrase_ends(units: list, at: int, vocabulary: IndonesianVocabulary) -> bool:
    """units[at:] up to the clause end are nouns (tarumbu karang), none a name or a function word,
    the first not a verb either (dia bilang itu salah: itu is the object)."""
    first = at
    while True:
        unit = units[at]
        if not (unit.pos in ("n", "acr", "loc") or unit.pos == "" and unit.source in (INDONESIAN, RULE) and " " not in (
                unit.ind) and unit.ind not in STOP_WORDS and not (
                at == first and unit.root and vocabulary.is_verb_root(unit.root) and not (
                    units[at - 1].key in _DETERMINERS_BEFORE and _noun_by_its_place(unit)))):
            return False
        if not unit.joined or at + 1 == len(units) or follows_object(units[at + 1]) or closing_tag(units, at + 1) or (
                _links_on(units[at + 1])):
            return True
        at += 1


def _links_on(unit) -> bool:
    """A conjunction or a preposition after the object a demonstrative determines, other than one
    that joins a second noun to it: a reason, a purpose, a manner or a place follows (jang pegang itu
    pagar lantaran ... -> pagar itu karena ...; kita nintau itu obat for apa)."""
    return unit.pos in ("conj", "prep") and unit.key not in _JOINING_NOUNS


def closing_tag(units: list, at: int) -> bool:
    """A tag particle closing the clause at units[at] (enak skali ini kue e -> kue ini ya)."""
    return units[at].key in TAGS and (at + 1 == len(units) or not units[at].joined)


def follows_object(unit) -> bool:
    """A place, a purpose or a count, which may follow the object a demonstrative determines (tare
    itu kursi ka sini, angka ini karung ka atas, beking ini kue for ngana, brapa ini ikang satu
    ekor): the demonstrative stops before it."""
    return unit.key.partition(" ")[0] in _AFTER_OBJECT or unit.pos == "num"


def _asks_amount(units: list, at: int) -> bool:
    """brapa later in the clause that units[at] is in (ini sayor satu ikat brapa?)."""
    while at < len(units):
        if units[at].key in ASKING_AMOUNT:
            return True
        if not units[at].joined:
            return False
        at += 1
    return False


def _after_relative(units: list, k: int) -> bool:
    """A yang before units[k] in its clause."""
    while k > 0 and units[k - 1].joined:
        k -= 1
        if units[k].key == "yang":
            return True
    return False


def owner_of_next(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """The noun a demonstrative has just moved past owns the next noun (tu mobil pe roda): the
    demonstrative closes the whole possessive phrase, not the owner alone."""
    return k + 2 < len(units) and units[k].joined and units[k + 1].key == "pe" and units[k + 1].joined and (
        is_plain_noun(units[k + 2], vocabulary) or compound_tail(units[k + 2], vocabulary) or (
            _noun_by_its_place(units[k + 2]))) and not (
        k + 3 < len(units) and units[k + 3].key in _DEGREE)  # tu pesta pe meriah skali: a predicate


def compound_tail(unit, vocabulary: IndonesianVocabulary) -> bool:
    """A noun that can close a compound a determiner moves past (suara tv, kartu BPJS, kunci gudang)."""
    return unit.pos in ("n", "acr") or unit.source == ACRONYM or unit.pos == "" and is_plain_noun(unit, vocabulary) and (
        unit.key not in WHEN_WORDS)  # tu pasar malam kemarin: when, not part of the noun


def after_subject_pronoun(units: list, k: int) -> bool:
    """Whether the demonstrative at units[k] follows a personal pronoun that opens its clause, or
    follows a conjunction opening it: there it marks the pronoun as the topic and stays (dia tu
    orang Sangihe -> dia itu orang Sangihe), not a determiner of the noun after it."""
    if k == 0 or not units[k - 1].joined or units[k - 1].pos != "pron":
        return False
    return k == 1 or not units[k - 2].joined or units[k - 2].pos == "conj"


def close_relative(units: list) -> bool:
    """Move tu/ni that determines an object noun before its relative clause to the clause's end
    (kenal tu orang yang datang kemarin -> kenal orang yang datang kemarin itu; references 2 of 2);
    dropped when the clause already ends with a demonstrative. A noun opening its clause keeps it,
    since its predicate may follow the relative (tu orang yang datang so pulang). True if one moved."""
    moved = False
    k = 2
    while k < len(units) - 1:
        u = units[k]
        if u.key in _DETERMINERS_BEFORE and u.ind and u.joined and units[k + 1].key == "yang" and (
                units[k - 1].joined and units[k - 2].joined and units[k - 1].pos in ("n", "loc", "")):
            end = k + 1
            while end + 1 < len(units) and units[end].joined:
                end += 1
            if units[end].key in _CLOSING:
                u.ind = ""
            else:
                units[k:end + 1] = units[k + 1:end + 1] + [u]
                u.swap_glue(units[end - 1])
                moved = True
                k = end
        k += 1
    return moved


def phrase_closed(units: list, k: int, moved: str, owned: bool, after_verb: bool,
                  vocabulary: IndonesianVocabulary) -> bool:
    """Whether the demonstrative units[k], moved past its noun, stops before units[k + 1]: at the
    clause's end, a place or a count; ini/itu inside a clause go on to its end; a subject stops
    after its plain nouns; the prenominal tu/ni after a compound's nouns, after an object's
    adjective closing the clause (bawa tu piso tajam -> bawa pisau tajam itu), and after the
    owned noun of a possessive (tu oto pe ban kempes -> ban mobil itu kempis: an untagged word
    after it is the predicate)."""
    u = units[k]
    if k + 1 >= len(units) or not u.joined or follows_object(units[k + 1]) or closing_tag(units, k + 1):
        return True
    tail = units[k + 1]
    if owned and tail.pos not in ("n", "acr") and tail.source != ACRONYM:
        return True
    if u.key in _DETERMINERS_BEFORE and _modifier_closing(units, k + 1, moved, vocabulary):
        tail.pos = "adj"  # ni ikang asin so mulai kras, masak ni mi goreng: the noun's own modifier, no act
        return False
    if moved == "subject":
        return not is_plain_noun(tail, vocabulary) or tail.pos == "" and _graded(units, k + 1)
    if u.key in _CLOSING_DEMONSTRATIVES:
        return _links_on(tail)
    return u.key not in _DETERMINERS_BEFORE or not compound_tail(tail, vocabulary) and not (
        after_verb and tail.pos == "adj" and not tail.joined)


def _modifier_closing(units: list, at: int, moved: str, vocabulary: IndonesianVocabulary) -> bool:
    """An adjective or a participle (goreng, potong) at units[at] that belongs to the noun before
    it: closing an object's clause, or between a subject and its aspect word or negation."""
    tail = units[at]
    if not (tail.pos in ("adj", "v") or tail.pos == "" and tail.root and vocabulary.is_verb_root(tail.root)):
        return False
    if tail.key in BETWEEN_SUBJECT_AND_VERB and tail.pos != "adj":
        return False  # tu surat tetap musti kirim: tetap, langsung, mulai open the predicate, not the noun's modifier
    if moved == "subject":
        after = units[at + 1].pos if tail.joined and at + 1 < len(units) else None
        return after == "aux" or after == "neg" and tail.pos == "adj"  # tu orang datang nyanda bawa: a predicate
    return moved == "swap" and tail.pos != "adj" and (at + 1 == len(units) or not tail.joined)


def modifier_phrase_end(units: list, at: int, vocabulary: IndonesianVocabulary) -> int:
    """Where a place phrase that opens at units[at] ends, when it describes the subject noun before
    it: a predicate follows it (tu toko di ujung jalan jual barang -> toko di ujung jalan itu
    menjual barang); 0 when it is the predicate itself (tu anak di rumah: the child is at home)."""
    if units[at].key not in _OF_PLACE:
        return 0
    end = at + 1
    while end < len(units) and units[end - 1].joined and is_plain_noun(units[end], vocabulary):
        end += 1
    if end == at + 1 or end >= len(units) or not units[end - 1].joined:
        return 0
    after = units[end]
    return end if after.pos in ("v", "neg", "aux") or after.pos == "" and after.root and vocabulary.is_verb_root(
        after.root) else 0
