"""Discourse particles whose Indonesian counterpart sits elsewhere or depends on the position.

  e, eh, neh  a tag at the end of a clause asks for agreement: 'ya' (pamit dulu e -> pamit dulu
              ya; MangARTI writes 'ya' for neh and eh), also after a wish of several words (bae-bae
              di jalang e -> hati-hati di jalan ya); elsewhere e is dropped and eh stays 'eh'
  sto, kote   'mungkin', 'ternyata' move to the front of their clause (di lemari sto -> mungkin di
              lemari; dia kote so kaweng -> ternyata dia sudah menikah; busi kote so rusak, so gila
              kote -> ternyata ...), where Indonesian puts them;
              after a clause-initial conjunction they follow it (mar dia sto so pulang -> tapi
              mungkin dia sudah pulang)
  dang        urges: 'tolong' at the front of a request that opens with its verb (ambe akang dang
              tu garam -> tolong ambilkan garam itu; MangARTI writes 'tolong' there); closing a clause
              after a state, a manner or a call, in no question, 'dong' (jang bagitu dang -> jangan
              begitu dong; own development references 'dong' 5 of 6 such clauses) and after a request of
              its verb alone (Bantu dang, ... -> Bantu dong, ...; 4 of 4 references); 'dong' in place in a
              request that cannot take 'tolong' at its front (requests.py); else dropped (apa dang, ibu dang)
  to, kang    'kan'; closing a question, after a comma (Dia so pulang to? -> Dia sudah pulang, kan?)
  kwa         'kan' (it reminds the hearer), but 'memang' when the sentence goes on to a 'but' (dia kwa
              cantik, mar ... -> dia memang cantik, tapi ...: a point granted before the contrary one)
  noh         points at what is shown: 'tuh' (itu noh -> itu tuh); opening its sentence it turns the
              hearer to what follows: 'nah' (Noh, itu dorang pe rumah -> Nah, itu rumah mereka), and so
              does no as a clause of its own there (No, kita so bilang -> Nah, saya sudah bilang; own
              development references 'nah' 4 of 4); no elsewhere has no Indonesian word
  ka          closing a clause of a question (no place after it): the question's 'ya' (ngana ada
              tidor ka, kiapa nyanda angka telpon? -> kamu sedang tidur ya, kenapa ...), not 'ke';
              alone between commas it is the address 'Kak' (address.py)
  jo          a bare verb with jo as its whole clause is the polite imperative -lah (dudu jo. ->
              duduklah.; MangARTI writes -lah for every such clause); elsewhere 'saja'
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.address import address_alone, titled_ka
from pipeline.gloss.benefactive import read_kang
from pipeline.gloss.clause_words import CONDITION, asked, clause
from pipeline.gloss.morphology import INDONESIAN, LEXICON, RULE
from pipeline.gloss.requests import urged_in_place
from pipeline.gloss.tokens import starts_sentence
from pipeline.gloss.units import neighbours

TAGS = frozenset({"e", "eh", "neh", "ne"})
MAYBE = frozenset({"sto", "kote"})  # mungkin, ternyata: sentence adverbs Indonesian puts first
URGING = frozenset({"dang"})
JUST = frozenset({"jo"})
ASKING = frozenset({"to", "kang"})  # kan: a question tag after a comma (Dia so pulang to? -> Dia sudah pulang, kan?)
GRANTING = frozenset({"kwa"})  # kan, or memang before a 'but' or of a third person's way
# Speaker and hearer: kwa after them appeals to what both know (kita kwa so bilang -> saya kan sudah
# bilang); after anyone else it grants what is so of them (dia kwa nyanda mau dengar -> memang).
_SPEECH_PERSONS = frozenset({"kita", "ngana", "nga", "torang", "kitorang", "ngoni", "kamu", "kalian", "saya", "aku"})
_ALREADY = frozenset({"so", "su", "sudah"})
_PREDICATE_POS = frozenset({"v", "aux", "neg"})  # a predicate begun before kwa: it stands past the subject
_SAYING = frozenset({"bilang", "babilang", "janji", "bajanji", "kase tau", "se tau", "cerita", "bacirita"})
POINTING = frozenset({"noh", "no"})  # tuh, or nah opening a sentence (no: only as a clause of its own)
QUESTIONING = frozenset({"ka"})  # ke, or a question's 'ya' closing its clause (with or without its ?)
PARTICLE_KEYS = TAGS | MAYBE | URGING | JUST | ASKING | GRANTING | POINTING | QUESTIONING
_BUT = frozenset({"mar", "tapi", "tetapi", "namun"})
_EXCLAIMING = frozenset({"aduh", "adoh", "ado", "wah", "astaga", "ah", "oh", "ih", "eh"})  # aduh e: no tag
_TRANSLATED = frozenset({LEXICON, INDONESIAN, RULE})
_ASKING_HELP = frozenset({"tolong", "tolong jo"})
# What dang urges closing its clause: a state, a manner, a call (malo dang!, jang bagitu dang,
# mari dang); after a noun or a degree word it urges nothing (ibu dang, kan bisa; mahal skali dang, ...),
# after a reported act it is dropped too (dorang so datang dang)
_URGED = frozenset({"adj", "dem", "interj"})  # words whose capital only marks a sentence start
_SHOWN = frozenset({"dem", "pron", "n", "loc"})  # itu noh, ngana noh: noh points at them (tuh)
# A sentence adverb moves no further back than after these: a clause starts after them.
_CLAUSE_BEFORE = frozenset({"conj", "interj"})
# ... and these words, whatever part of speech the Indonesian tables give them (tapi, oh, kalau).
_OPENING_WORDS = frozenset({"bilang", "babilang", "kira", "pikir", "rasa", "tau", "tahu"}) | _BUT | _EXCLAIMING | CONDITION


def place(units: list, positions: list[int], vocabulary=None) -> bool:
    """Apply the particle rules to the units at `positions` (keys in PARTICLE_KEYS), in place;
    True when kote's unit moved."""
    moved = False
    for k in positions:
        unit = units[k]
        if unit.source != "lexicon":
            continue
        prev, nxt = neighbours(units, k)
        if unit.key in URGING:
            opener = units[_opening(units, k)]
            if prev is not None and (opener.key in _ASKING_HELP or opener.ind[:7].lower() == "tolong "):
                unit.ind = ""  # tolong dang kase maso, bawa akang dang: the request already asks for help
            elif prev is not None and urged_in_place(units, _opening(units, k)):
                unit.ind = "dong"  # kurang sadiki dang: kurangi sedikit dong (requests.py)
            elif nxt is None and prev is not None and all(w.pos == "v" for w in units[_opening(units, k):k]) and (
                    not asked(units, k)):
                unit.ind = "dong"  # Bantu dang, ...; angka dang.: a request of its verb alone, urged where it ends
            elif prev is not None and _request(units, k):
                unit.ind = "tolong"
                if not _front(units, k):
                    unit.ind = "dong"  # kase pinjam ngana pe pulpen dang: it urges in place (own references 2 of 2)
            elif nxt is None and prev is not None and prev.pos in _URGED and not asked(units, k):
                unit.ind = "dong"  # jang bagitu dang. -> jangan begitu dong.: it urges, closing its clause
        elif unit.key in JUST:
            if prev is not None and nxt is None and _bare_verb(prev) and _own_sentence(units, k - 1, k):
                prev.ind, unit.ind = prev.ind + "lah", ""  # Dudu jo. -> Duduklah.
        elif unit.key in GRANTING:
            if unit.ind == "kan" and _but_follows(units, k):
                unit.ind = "memang"  # dia kwa cantik mar ...: the point granted before the contrary one
            elif unit.ind == "kan" and _third_person_granted(units, k, prev, nxt, vocabulary):
                unit.ind = "memang"  # oma kwa so tau samua: what is so of someone, granted
        elif unit.key in POINTING:
            if starts_sentence(units[k - 1].glue if k else None) and (unit.key == "noh" or not unit.joined):
                unit.ind = "nah"  # Noh, itu rumah; No, kita so bilang: turns the hearer to what follows
            elif unit.key == "noh" and prev is not None and nxt is None and _own_sentence(units, k - 1, k) and prev.pos not in _SHOWN and (
                    prev.ind and " " not in prev.ind):
                prev.ind, unit.ind = prev.ind + "lah", ""  # Iyo noh. -> Iyalah.: one word answered, insisted on
        elif unit.key in ASKING:
            if prev is not None and nxt is None and unit.glue.lstrip().startswith("?") and unit.ind == "kan":
                prev.glue, prev.joined = "," + prev.glue, False  # Ngana so makang to? -> Kamu sudah makan, kan?
            elif unit.key == "kang":
                read_kang(units, k, prev, nxt, vocabulary)  # Ambe kang tu piring: akang said short
        elif unit.key in QUESTIONING:
            if titled_ka(units, k, unit, nxt):
                pass  # deng Ka Ani -> dengan Kak Ani
            elif prev is not None and nxt is None and unit.ind == "ke":
                # ngana ada tidor ka, kiapa ...?: no place follows; written without its question
                # mark too (ngana so makang ka): 'ke' needs a place after it
                unit.ind, unit.gloss = "ya", ("Q",) * max(1, len(unit.gloss))
            else:
                address_alone(units, k, unit, prev, nxt)  # Maaf, Ka, ... -> Maaf, Kak, ...
        elif unit.key in TAGS:
            after_comma = prev is None and k > 0 and not starts_sentence(units[k - 1].glue)
            if nxt is None and (prev is not None and (prev.pos != "interj" or " " in prev.key  # a wish: bae-bae di jalang e
                                                      or prev.ind == "terima kasih")  # makase e: thanks, no exclamation
                                and prev.key not in _EXCLAIMING or after_comma):  # pamit dulu e; tanya dulu pa paitua, e
                unit.ind, unit.gloss = "ya", ("TAG",) * max(1, len(unit.gloss))  # one per word: eh eh
        elif prev is not None and unit.ind and (unit.key == "sto" or prev.pos == "pron"):
            if not _front(units, k) and unit.key != "sto":
                moved = _move_first(units, k) or moved  # ngana pe muka kote lucu: past the owner's pe
        elif prev is not None and unit.ind:
            moved = _move_first(units, k) or moved  # busi kote so rusak, ngana so gila kote: ternyata first
    return moved


def _request(units: list, k: int) -> bool:
    """The clause of units[k] opens with a verb (or a causative) and asks nothing: a request."""
    first = _opening(units, k)
    last = k
    while last < len(units) - 1 and units[last].joined:
        last += 1
    opener = units[first]
    return (opener.pos == "v" or opener.gloss == ("CAUS",)) and "?" not in units[last].glue


def _but_follows(units: list, k: int) -> bool:
    """A 'but' (mar, tapi) follows units[k] in its sentence."""
    for unit in units[k + 1:]:
        if unit.key in _BUT:
            return True
        if starts_sentence(unit.glue):
            return False
    return False


def _third_person_granted(units: list, k: int, prev, nxt, vocabulary=None) -> bool:
    """kwa at units[k] stands between a third person's subject and its predicate in a statement
    (dia kwa mulu bocor, vaksin polio kwa pake tetes, ngana pe gaya kwa kaya artis): not after the
    speaker or the hearer, not before yang (ngana pe kaka kwa yang bilang), not in a question, not
    before a word once said (dia kwa so bilang: a reminder, kan), not after a verb's object (kita so
    bilang pa dia kwa: the subject was the speaker)."""
    if prev is not None and prev.pos == "dem" and k > 1 and units[k - 2].joined:
        prev = units[k - 2]  # anjing itu kwa galak: the noun the demonstrative closes
    if prev is None or nxt is None or prev.key in _SPEECH_PERSONS or nxt.key in ("yang", "yg"):
        return False
    said = units[k + 2] if nxt.key in _ALREADY and k + 2 < len(units) and nxt.joined else nxt
    if said.key in _SAYING:
        return False
    words, at = clause(units, k)
    if any(unit.pos in _PREDICATE_POS for unit in words[:at]):
        return False  # kita so bilang pa dia kwa kemarin: after the object, kwa still appeals (kan)
    # a noun the lexicon leaves to Indonesian too (vaksin polio, wasit, ngana pe gaya)
    noun = prev.pos in ("n", "pron") or prev.pos == "" and prev.source == INDONESIAN and prev.ind not in STOP_WORDS and (
        vocabulary is None or not (prev.root and vocabulary.is_verb_root(prev.root)))
    return noun and not asked(units, k)


def _bare_verb(unit) -> bool:
    """A verb in its bare form (maso, dudu, makan), the kind an imperative -lah attaches to."""
    if unit.pos != "v" or not unit.ind or " " in unit.ind or "-" in unit.ind or unit.ind.endswith("lah"):
        return False
    return unit.root in ("", unit.ind.lower())


def _own_sentence(units: list, first: int, last: int) -> bool:
    """units[first..last] make a whole sentence (telepon jo, biar malam: not one), perhaps with
    the person addressed after a comma (dudu jo, Tanta. -> duduklah, Tante.)."""
    if not (first == 0 or starts_sentence(units[first - 1].glue)):
        return False
    if last == len(units) - 1 or starts_sentence(units[last].glue):
        return True
    after = last + 1
    return units[last].glue.strip() == "," and units[after].upper and units[after].pos in ("n", "pron", "") and (
        after == len(units) - 1 or starts_sentence(units[after].glue))


def _opening(units: list, k: int) -> int:
    first = k
    while first > 0 and units[first - 1].joined:
        first -= 1
    return first


def _front(units: list, k: int) -> bool:
    """Move sto's 'mungkin' (dang's 'tolong') to the front of its clause; left in place where a
    possessive opens it. Whether it moved."""
    first = _after_conjunction(units, k)
    if first >= k:
        return False  # Mar sto.: nothing of its clause before it
    while not units[first].ind and first + 1 < k:
        first += 1  # kase palang dang: the causative's kase is dropped, its verb opens the clause
    opener = units[first]
    if any(unit.pos == "poss" for unit in units[first:k]) or not opener.ind:
        return False
    text = opener.ind
    if starts_sentence(units[first - 1].glue if first else None):
        opener.cap = True  # the moved word opens the sentence now
        if opener.source in _TRANSLATED and not text.isupper():
            text = text[0].lower() + text[1:]  # Dua kali sto: a capital that only marked the start
    opener.ind = f"{units[k].ind} {text}"
    units[k].ind = ""
    return True


def _move_first(units: list, k: int) -> bool:
    """Move kote's unit at units[k] ('ternyata') to the front of its clause, which starts after
    a conjunction, an interjection or a verb of saying (_after_conjunction): own references put ternyata/rupanya first after a noun subject or closing the
    clause too (8 of 8: busi kote so rusak -> ternyata businya sudah rusak). Whether it moved."""
    first = _after_conjunction(units, k)
    if first >= k:
        return False
    unit = units.pop(k)
    if not unit.joined:  # kote closed the clause: its punctuation stays at the clause's end
        unit.swap_glue(units[k - 1])
    opener = units[first]
    if starts_sentence(units[first - 1].glue if first else None):
        unit.cap, opener.cap = True, False
        if opener.source in _TRANSLATED and opener.ind[:1].isupper() and not opener.ind.isupper():
            opener.ind = opener.ind[0].lower() + opener.ind[1:]
    units.insert(first, unit)
    return True


def _after_conjunction(units: list, k: int) -> int:
    """Where a sentence adverb moved from units[k] opens its clause: after the last conjunction,
    interjection or verb of saying or thinking before it (mar dia sto so pulang -> tapi mungkin dia
    sudah pulang; dia bilang oma kote so pulang -> dia bilang ternyata nenek sudah pulang); k itself
    when nothing else is left (Mar kote. -> Tapi ternyata.)."""
    first = opening = _opening(units, k)
    asking = units[k].key in URGING  # a request's bilang opening it is its own verb (Bilang ulang dang -> Tolong bilang lagi)
    for at in range(first, k):
        if units[at].pos in _CLAUSE_BEFORE or units[at].key in _OPENING_WORDS and not (asking and at == opening):
            first = at + 1
    return first
