"""Clause readings of the words that join phrases and clauses (dispatched by clauses.py).

  deng    'dan' or 'dengan' by the clause's shape (deng_reading.py); deng lagi opening a clause -> lagipula
  pake    'dengan' after the act it is the instrument of (cuci pake sabun), not after a feeling
          towards the act (tako pake susuk -> takut pakai susuk), 'naik' before a vehicle
          (pake oto), 'tanpa' negated (minum te nyanda pake gula -> minum teh tanpa gula)
  biar    concession.py (walaupun, or purpose; biar jo -> biarkan saja)
  for     'atas' after a thanks, before what was given or done (makase banyak for ngana pe bantuan -> terima
          kasih banyak atas bantuanmu: own references 1 of 1, MangARTI mining 3 of 3); 'untuk' before a
          person thanked, perhaps behind a possessive (makase for kita pe mama), everyone (makase for samua)
          or an act (makase for dia, makase for bapontar)
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.clitics import fuse_addressee
from pipeline.gloss.concession import biar, biar_jo
from pipeline.gloss.clause_words import (
    NOT, PERSON_NOUNS, VEHICLES, person, person_subject, same_case, starts_predicate, subject_before, thing)
from pipeline.gloss.deng_reading import deng
from pipeline.gloss.demonstratives import is_plain_noun
from pipeline.gloss.morphology import ACRONYM, NAME
from pipeline.gloss.tokens import starts_sentence

_CHANGING = frozenset({"baganti", "ganti", "berganti", "antre", "antri"})  # baganti pake: berganti memakai
# a feeling or a will towards an act: pake is that act (kita tako pake susuk -> saya takut pakai susuk)
_FEELING_TO = frozenset({"takut", "malas", "berani", "suka", "senang", "mau", "ingin", "segan", "enggan", "malu"})
_AGAIN = frozenset({"lagi", "lai"})


def _deng_rule(units, k, u, prev, nxt, before, vocabulary):
    if prev is None and nxt is not None and nxt.key in _AGAIN and nxt.joined:
        u.ind, nxt.ind = same_case(u.ind, "lagipula"), ""  # deng lagi dia nyanda mau -> lagipula dia tidak mau
    elif nxt is not None:
        u.ind = deng(units, k, prev, nxt, vocabulary)


def _pake(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and u.ind == "pakai" and nxt.key.split(" ")[0] in VEHICLES:  # pake perahu londe
        u.ind = "naik"  # pake oto, pake motor -> naik mobil, naik motor
    elif nxt is not None and u.ind == "pakai" and _used_by_person(units, k) and (
            nxt.pos in ("acr", "poss") or nxt.source == ACRONYM or is_plain_noun(nxt, vocabulary)):
        u.ind = "memakai"  # torang pake BPJS -> kami memakai BPJS (own sets: memakai 7 of 7)
    elif prev is not None and nxt is not None and u.ind == "pakai" and nxt.pos != "conj":  # lupa pake kalu ...: the verb
        if prev.key in NOT and before is not None and _done_with(before):
            prev.ind, u.ind = "", "tanpa"  # minum te nyanda pake gula -> minum teh tanpa gula
        elif _done_with(prev) and prev.key not in _CHANGING and prev.ind not in _FEELING_TO:
            u.ind = "dengan"  # cuci pake sabun, bungkus pake kartas -> dengan (MangARTI: 'dengan' 25, 'pakai' 7)


# Words between a new subject and the state said of it after kong (kong kasur so basah, kong rumah jadi rame).
_TO_STATE = frozenset({"so", "sudah", "le", "juga", "masih", "jadi", "menjadi", "tambah", "makin", "smakin", "semakin"})
_WHY = frozenset({"kiapa", "kyapa", "napa", "knapa", "kenapa", "mengapa"})
_MANY = frozenset({"banya", "banyak"})  # kong banya penumpang so mabo: a subject counted


def _kong(units, k, u, prev, nxt, before, vocabulary):
    """kong 'dan' before a new subject named by a noun and the state said of it: a second fact
    beside the first, not the next step of a story (tadi malam aer maso kong kasur so basah -> dan
    kasur sudah basah; kong harga le bagus); an act after it, or a pronoun's, stays 'lalu' (kong
    torang bawa ka puskesmas, kong lampu mati)."""
    if nxt is None or k == 0 or starts_sentence(units[k - 1].glue):
        return  # Kong so tiga bulan ...: opening a sentence it goes on with the story
    if units[k - 1].key in _WHY and units[k - 1].joined:
        u.ind = "kok"  # Kiapa kong nyanda datang?: after 'why' no next step, the surprise (kenapa kok)
        return
    if _warned(units, k):
        u.ind = same_case(u.ind, "nanti")  # Jang ba lari di tangga, kong jatu: what follows if one does
        return
    at = k + 1 + (nxt.key in _MANY)
    first = at
    while at < len(units) and units[at - 1].joined and units[at].pos in ("n", "loc", "") and (
            thing(units[at], vocabulary) or units[at].pos == "loc"):
        at += 1
    if _no_next_step(units, at if at > first else k + 1 + (nxt.pos == "pron")):
        u.ind = "dan"  # kong ngana blum mandi, kong skarang samua basah: how things stand, no next event
        return
    if at == first:
        return
    aspect = at
    while at < len(units) and units[at - 1].joined and units[at].key in _TO_STATE:
        at += 1
    if at < len(units) and units[at - 1].joined and (units[at].pos == "adj" or at > aspect and thing(
            units[at], vocabulary) and units[at].pos == ""):
        u.ind = "dan"


# What opens a clause saying how things stand rather than what happened next: a negation, not yet,
# now (nimau, nda mau, a refusal, is a reaction: kong nimau makang stays 'lalu').
_STANDING = frozenset({"skarang", "sekarang"})


def _no_next_step(units, at: int) -> bool:
    """units[at], after kong and its subject (if any), negates or says 'now': the clause states a fact."""
    if at >= len(units) or not units[at - 1].joined:
        return False
    unit = units[at]
    words = unit.ind.split(" ")
    if len(words) == 1 and at + 1 < len(units) and unit.joined and person_subject(units, at):
        words.append(units[at + 1].ind.split(" ")[0])  # a person's nda mau, nda mo: wanting negated
    negated = words[0] in ("tidak", "belum") and words[1:2] != ["mau"]  # nda mau makang is a refusal, as nimau
    return negated or unit.key in _STANDING


_WARNINGS = frozenset({"jang", "jangan", "jangang", "awas", "hati-hati", "ati-ati"})
_REMINDED = frozenset({"lupa", "lupa-lupa"})


def _warned(units, k) -> bool:
    """kong after a comma closing a clause a prohibition or a warning opens: the consequence."""
    if units[k - 1].glue.strip() != ",":
        return False
    first = k - 1
    while first > 0 and units[first - 1].joined:
        first -= 1
    return units[first].key in _WARNINGS and units[first + 1].key not in _REMINDED  # jang lupa bawa ..., kong: a step


_THANKS = frozenset({"makase", "makasih", "terima kasih", "trima kasih"})
_EVERYONE = frozenset({"samua", "smua", "semua"})


def _thanked_for(units, k, u, prev, nxt, before, vocabulary):
    thanks = prev is not None and (prev.key in _THANKS or prev.key == "banyak" and before is not None and (
        before.key in _THANKS))
    if thanks and nxt is not None and nxt.pos not in ("v", "pron") and nxt.key not in PERSON_NOUNS and not (
            nxt.pos == "" and starts_predicate(nxt, vocabulary)) and not _people_thanked(units, k + 1):
        u.ind = "atas"  # makase for ngana pe bantuan -> terima kasih atas bantuanmu
    elif not thanks:
        fuse_addressee(units, k, prev)  # salam for ngana -> salam untukmu (clitics.py); thanked: untuk dia


def _people_thanked(units: list, at: int) -> bool:
    """Those thanked after for: a person behind a possessive (makase for kita pe mama -> untuk ibu saya),
    or samua closing the clause, everyone present (makase for samua)."""
    head = units[at + 1] if units[at].pos == "poss" and at + 1 < len(units) and units[at].joined else units[at]
    closes = at + 1 == len(units) or not units[at].joined
    return head is not units[at] and person(head) or units[at].key in _EVERYONE and closes


RULES = {"for": _thanked_for, "deng": _deng_rule, "pake": _pake, "biar": biar, "biar jo": biar_jo, "kong": _kong}


def _used_by_person(units: list, k: int) -> bool:
    """A pronoun is the subject of pake at units[k], perhaps with aspect, modal or negation words
    between (kita so pake KB): a person uses the thing, pake is the verb."""
    at = subject_before(units, k - 1)
    return at >= 0 and units[at].pos == "pron"


def _done_with(unit) -> bool:
    """An act or a thing before pake, so pake names the instrument; not a person wearing or using."""
    if unit.key in PERSON_NOUNS or unit.source == NAME:
        return False
    return unit.pos in ("n", "loc", "v", "adj", "acr") or (unit.pos == "" and unit.ind not in STOP_WORDS)
