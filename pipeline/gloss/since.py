"""dari before a point of the day or of a life: 'sejak', the point a state has held since.

Manado Malay says dari for both 'from' and 'since'; Indonesian keeps them apart. Before a point of
the day or a stage of a life, dari is 'sejak' when its clause says the state holds up to now:
  - so / blum before it (ujang so turung dari siang -> sejak siang; torang blum makang dari pagi ->
    belum makan sejak pagi: 'not yet' is the state that has held since);
  - a state or an ailment right before it (kapala pusing dari pagi, ada saki kapala dari tadi pagi,
    cape skali dari pagi -> sejak pagi): a state, unlike an act, is measured from its start; not the
    rain or the wind (ujang basar dari subuh: weather going on, 'dari');
  - a stage of a life (SD, SMA, umur, anak kedua) after a predicate (baku sayang dari SMA, so sakit
    dari umur dua puluh taong -> sejak): a life is not a span walked from one end; a school after a
    verb of coming or leaving is the place instead (blum pulang dari kuliah -> dari kuliah).
A later sampe + a point makes a span instead (so antre dari pagi, mar sampe siang: 'dari').
"""

from __future__ import annotations

from pipeline.gloss.clause_words import AILING, INTENSIFIERS, NUMBER_WORDS, clause, sentence_around

_DAY_POINTS = frozenset({"pagi", "subuh", "siang", "sore", "malam", "malang", "jam"})
# Stages of a life, by key (acronyms lower-cased): what someone has been or done since
_LIFE_STAGES = frozenset({"kecil", "kacili", "muda", "umur", "usia", "lahir", "sd", "smp", "sma", "smk",
                          "kuliah", "remaja"})
POINTS = _DAY_POINTS | _LIFE_STAGES
# Schools and college are also places one comes from, leaves or is far from: after a verb of coming,
# leaving or taking or a word of distance, dari before them is the place (pulang dari kuliah, kaluar dari SMP), unless waktu makes them a time
_SCHOOLS = frozenset({"sd", "smp", "sma", "smk", "kuliah"})
_FROM_A_PLACE = frozenset({"pulang", "datang", "kaluar", "keluar", "pigi", "pi", "pergi", "ambe", "ambil", "bale",
                           "balik", "kembali", "pinda", "pindah", "lari", "turun", "jemput", "lulus", "brenti",
                           "berhenti", "dapa", "dapat", "trima", "terima", "bawa",
                           # distance and difference are measured from a place (rumah jauh dari SMA)
                           "jauh", "jao", "dekat", "deka", "lain", "beda"})
# Aspect words that tell a state held up to now: done (so) or not yet done (blum)
_UP_TO_NOW = frozenset({"so", "sudah", "blum", "belum"})
# Rain and wind are weather going on, not a state held: ujang basar dari subuh stays 'dari' (dev: 2 of 2)
_RAIN = frozenset({"ujang", "hujan", "angin"})
_SPAN_ENDS = frozenset({"sampe", "sampai", "sampe-sampe"})
_ORDINAL_HEAD = "anak"   # dari anak kedua: since the second child was born
_WHEN = frozenset({"waktu", "saat"})   # dari waktu SMA: the stage after it is the point
# Words right after dari that may open such a point (aspect.dari_cued)
CUES = POINTS | _WHEN | {_ORDINAL_HEAD}


def since_point(units: list, k: int) -> bool:
    """dari at units[k] is 'sejak' before a point of the day or a stage of a life (module docstring)."""
    at = k + 1
    if at < len(units) and units[at].joined and units[at].key in ("tadi", *_WHEN):
        at += 1   # dari tadi pagi, dari waktu SMA
    if at >= len(units):
        return False
    point = units[at].key.rsplit(" ", 1)[-1]   # also tadi sore, one unit
    life = point in _LIFE_STAGES or _ordinal_child(units, at)
    if point not in _DAY_POINTS and not life:
        return False
    if point in _SCHOOLS and at == k + 1 and _from_a_place(units, k):
        return False   # dia blum pulang dari kuliah: the place she comes back from
    words, here = clause(units, k)
    if not (any(c.key in _UP_TO_NOW for c in words[:here]) or _state_before(units, k) and not any(
            c.key in _RAIN for c in words[:here])
            or life and _predicate_before(units, k)):
        return False
    words, here = sentence_around(units, k)
    return not any(c.key in _SPAN_ENDS and d.key.rsplit(" ", 1)[-1] in POINTS
                   for c, d in zip(words[here:], words[here + 1:]))


def _from_a_place(units: list, k: int) -> bool:
    """A verb of coming, leaving or taking, or a word of distance, before dari at units[k] in its clause."""
    words, here = clause(units, k)
    return any(c.key in _FROM_A_PLACE or c.root in _FROM_A_PLACE for c in words[:here])


def _ordinal_child(units: list, at: int) -> bool:
    """anak + an ordinal at units[at] (anak kedua, anak pertama): the birth of that child."""
    nxt = units[at + 1] if at + 1 < len(units) and units[at].joined else None
    return units[at].key == _ORDINAL_HEAD and nxt is not None and (
        nxt.ind == "pertama" or nxt.ind.startswith("ke") and nxt.ind[2:] in NUMBER_WORDS)


def _state_before(units: list, k: int) -> bool:
    """An adjective or an ailment right before dari, perhaps with skali after it (pusing dari pagi)."""
    at = k - 1
    if at < 0 or not units[at].joined:
        return False   # capek skali, dari pagi bajaga: the comma ends the state's clause
    if at > 0 and units[at].key in INTENSIFIERS and units[at - 1].joined:
        at -= 1
    return (
        units[at].pos == "adj" or units[at].key.partition(" ")[0] in AILING)


def _predicate_before(units: list, k: int) -> bool:
    """A verb, an adjective or a pronoun (its object) right before dari: dari closes a predicate,
    not a noun it would name the origin of (guru dari SMA)."""
    return k > 0 and units[k - 1].joined and units[k - 1].pos in ("v", "adj", "pron")
