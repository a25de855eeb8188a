"""nyanda after the act of its clause, before another act: 'tanpa', how the first is done.

A negation that follows its clause's predicate (and its object or adjuncts), with no subject of its
own, does not deny that predicate: it says what the act goes without (dia makan banyak nyanda rasa
malo -> dia makan banyak tanpa merasa malu; aduk nyanda barenti -> aduk tanpa henti; dudu di
kamar nyanda batutu pintu -> tanpa menutup pintu). nyanda ada before a noun there is 'tanpa' too
(pante bersih skali nyanda ada sampah -> tanpa sampah), not after a place or a thing, which is what
lacks it (ruang tunggu nyanda ada kursi). A verb of saying, knowing, feeling or wanting before it
takes the negated clause as what is said or known (dia bilang nyanda mau), and a subject, an aspect
word, a modal or a conjunction right before it makes it the clause's own negation.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import BETWEEN_SUBJECT_AND_VERB, CONDITION, INTENSIFIERS, NOT, WHEN, person
from pipeline.gloss.indonesian import IndonesianVocabulary

_THERE_IS_NOT = frozenset({"nyanda ada", "nda ada"})
# Verbs whose object is a clause (said, known, felt, wanted, seen): a negation after them belongs to it.
_CLAUSE_TAKERS = frozenset({"bilang", "babilang", "omong", "tau", "tahu", "rasa", "merasa", "terasa", "pikir",
                            "bapikir", "berpikir", "kira", "sangka", "harap", "dengar", "lia", "lihat", "tanya",
                            "batanya", "janji", "bajanji", "inga", "ingat", "lupa", "suka", "mau", "minta", "suru",
                            "yakin", "percaya", "takut", "tako", "ngaku", "mengaku", "jadi", "menjadi"})
# Words that open a clause (Manado and Indonesian spellings): a negation after them is the clause's own.
_OPENERS = CONDITION | WHEN | frozenset({"karena", "karna", "lantaran", "sebab", "supaya", "agar", "biar",
                                         "yang", "kong", "lalu", "trus", "terus", "mar", "tapi", "tetapi"})
_NEEDING = frozenset({"parlu", "perlu"})  # nyanda parlu after an act: 'tanpa perlu'
_FEELING = frozenset({"rasa"})  # tanpa merasa malu: the doer feels, no thing seems (before verbforms' rasa reads it)


def _without(units, k, u, prev, nxt, before, vocabulary: IndonesianVocabulary) -> None:
    if prev is None or nxt is None or not _after_act(units, k):
        return
    if nxt.pos == "prefix" and nxt.joined and k + 2 < len(units):
        nxt = units[k + 2]  # nyanda ba kase tau: the ba- verb written apart
    if u.key in _THERE_IS_NOT:
        if nxt.pos == "n" and prev.pos not in ("n", "loc", "v"):  # ruang tunggu nyanda ada kursi: a place lacks
            u.ind = "tanpa"  # pante bersih skali nyanda ada sampah -> tanpa sampah
    elif nxt.pos == "v" or nxt.key in _NEEDING:
        u.ind = "tanpa"
        if nxt.key in _FEELING:
            nxt.ind = "merasa"
        elif nxt.ind == "berhenti" and not (k + 2 < len(units) and units[k + 1].joined and units[k + 2].pos == "v"):
            nxt.ind = "henti"  # karja nyanda barenti -> bekerja tanpa henti (KBBI), the set phrase


def _after_act(units: list, k: int) -> bool:
    """units[k] follows its clause's act (a verb, or a graded or aspect-marked state), its object and
    adjuncts, with no subject, aspect word, modal or conjunction right before it."""
    prev = units[k - 1]
    if prev.pos in ("pron", "aux", "neg", "conj", "prep") or prev.key in BETWEEN_SUBJECT_AND_VERB or person(prev) or (
            prev.key in NOT):
        return False
    at = k - 1
    while at >= 0 and units[at].joined:
        unit = units[at]
        if unit.pos == "conj" or unit.key in _OPENERS:
            return False
        if unit.pos == "v" or unit.key == "ba" and at + 1 < k:
            return _predicate(units, at)  # ba gonggong: the ba- verb written apart
        if unit.pos == "adj":
            graded = at + 1 < k and units[at + 1].key in INTENSIFIERS
            marked = at > 0 and units[at - 1].joined and units[at - 1].pos == "aux"
            return graded or marked  # so bersih nyanda kase sisa, terang skali nyanda ada awang
        at -= 1
    return False


def _predicate(units: list, at: int) -> bool:
    """The verb at units[at] is its clause's predicate, with a subject or a request word before it: no
    act named as a topic at the clause's start (pake BPJS nyanda bayar: using it, one pays nothing), no
    relative clause (yang tatumpuk), no verb read as a preposition (pake -> dengan), no clause taker."""
    verb = units[at]
    if verb.key in _CLAUSE_TAKERS or verb.ind in _CLAUSE_TAKERS or verb.ind in ("dengan", "tanpa"):
        return False
    return at > 0 and units[at - 1].joined and units[at - 1].key not in _OPENERS


RULES = {key: _without for key in NOT | _THERE_IS_NOT}
