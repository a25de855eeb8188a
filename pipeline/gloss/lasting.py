"""ada + a state that lasts (since a past point, or a job held): the state alone, no 'sedang'.

  Dia pe maitua ada saki dari kalamareng  -> Istrinya sakit sejak kemarin (not 'sedang sakit sejak')
  Kita ada mara sampe skarang             -> Saya marah sampai sekarang
'sedang' tells an act in progress; with a state measured from its start the own development
references write the state alone (2 of 2; none has 'sedang' before such a span). A state with no span
keeps 'sedang' (ta pe oma ada saki -> nenek saya sedang sakit); an ache after ada (saki kapala) is read
in having.py.

  Kita ada cari dari tadi                 -> Saya mencari dari tadi
A bare verb done over such a span is what one has been doing up to now, which Indonesian tells with the
verb alone too (own development references 5 of 5: cari, kirim, aduk, kaluar, baku mara); a ba- or ma-
verb names an activity going on and keeps 'sedang' (dorang ada bacirita dari tadi -> mereka sedang
mengobrol dari tadi; dia ada manangis dari tadi; references 3 of 4, bacari the other).

  Dia pe laki ada bakarja di Bitung       -> Suaminya bekerja di Bitung
Where one works is a lasting state too, like where one lives (aspect.py: ada tinggal): ada + a verb of
working + di + the place, no 'sedang' (own development references 5 of 6); not the field, the sea or the
house, where one works for the day (Papa ada bakarja di kobong, nanti sore baru pulang: sedang).
"""

from __future__ import annotations

from pipeline.gloss.clause_words import AILING, PAST_POINTS, WHEN_WORDS, clause, is_time
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.objectless_acts import BARE_WITHOUT_OBJECT

_SINCE = frozenset({"dari", "sejak", "sampe", "sampai"})
_POINTS = WHEN_WORDS | PAST_POINTS | frozenset({"subuh", "tadi pagi"})


_WORKING = frozenset({"karja", "bakarja", "kerja", "bakerja", "bekerja"})
_FOR_THE_DAY = frozenset({"kobong", "kebun", "sawah", "ladang", "laut", "pante", "pantai", "rumah", "ruma", "dapur"})


def state_since(units: list, k: int, nxt) -> bool:
    """ada at units[k] before the state `nxt`, with a span from or up to a time in its clause."""
    if nxt is None or not (nxt.pos == "adj" or nxt.key.partition(" ")[0] in AILING):
        return False
    words, at = clause(units, k)
    return any(_span(words, i) for i in range(at + 2, len(words)))


def act_since(units: list, k: int, nxt, vocabulary: IndonesianVocabulary) -> bool:
    """ada at units[k] before a bare verb or a reciprocal (no ba- or ma- verb), with a span from a time or
    up to now in its clause (dari tadi, sejak pagi, sampe skarang)."""
    if nxt is None or nxt.pos != "v" or nxt.gloss[0].startswith(_PREFIXED) or (
            nxt.gloss[0] != _RECIPROCAL and vocabulary.inflected(nxt.ind)):
        return False  # dia ada manangis dari tadi: a ma-/ba- verb is the activity going on (sedang)
    words, at = clause(units, k)
    return any(_span(words, i) and (words[i].key.partition(" ")[0] not in _UNTIL or _UP_TO_NOW & {
        words[i].key.partition(" ")[2], words[i + 1].key if i + 1 < len(words) else ""}) for i in range(at + 2, len(words)))


_PREFIXED = ("ber", "meN")  # the glosses of Manado ba- verbs (ber-cerita, meN-cari); ma- verbs come inflected
_RECIPROCAL = "RECP"  # baku mara: saling marah, a bare verb after saling
_UNTIL = frozenset({"sampe", "sampai"})  # until: only up to now makes a span of what one has been doing
_UP_TO_NOW = frozenset({"skarang", "sekarang"})  # sampe gelap: an end ahead, the act still going on (sedang)


def done_up_to_now(act, vocabulary: IndonesianVocabulary) -> str:
    """The form of an act one has been doing (act_since): meN- as after 'sedang' (torang ada tunggu dari
    pagi -> kami menunggu dari pagi); perceiving and states stay bare (ada dengar dari tadi)."""
    if act.ind != act.root or vocabulary.inflected(act.ind) or act.key in BARE_WITHOUT_OBJECT or (
            act.root in BARE_WITHOUT_OBJECT):
        return act.ind
    return vocabulary.men_form(act.root) or act.ind


def _span(words: list, i: int) -> bool:
    """words[i] opens a span from or up to a time: dari pagi, sampe skarang (one unit or two)."""
    first, _, rest = words[i].key.partition(" ")
    if first not in _SINCE:
        return False
    if rest:
        return rest in _POINTS
    return i + 1 < len(words) and (words[i + 1].key in _POINTS or is_time(words[i + 1]))


def works_at(units: list, k: int, nxt) -> bool:
    """ada at units[k] before a verb of working and di + its place: a job held, not an act going on."""
    return nxt is not None and nxt.key in _WORKING and nxt.joined and k + 3 < len(units) and (
        units[k + 2].key == "di" and units[k + 3].key not in _FOR_THE_DAY)
