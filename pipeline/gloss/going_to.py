"""A verb of going and where it goes: the word-pair rules that supply Indonesian's 'ke'.

  pigi + place  'ke' is supplied (pigi pasar -> pergi ke pasar; a noun too: pigi pesta -> pergi ke
                pesta); after a verb of taking somewhere pigi is 'ke' alone (bawa pi puskesmas), and the
                short pi after its subject, mo or pernah is the direction only (kita mo pi pasar -> saya
                mau ke pasar)
  V + di        di after a verb of going is where to: 'ke' (pigi di kobong -> pergi ke kebun)
translate.py asks it for these keys; destinations.py reads di of a goal by the whole clause.
"""

from __future__ import annotations

from pipeline.gloss.active_voice import MOTION_VERBS
from pipeline.gloss.clause_words import CARRYING, CAUSATIVES, GOING, carried_somewhere, is_time
from pipeline.gloss.morphology import NAME
from pipeline.gloss.units import Unit

# Verbs of going somewhere: di after them is where to (pigi di pasar -> pergi ke pasar, nae di bukit ->
# naik ke bukit, maso (masuk) di kamar -> masuk ke kamar; own sets: ke in 7 of 7 such references but for
# datang in the greeting and before a position, below).
TOWARDS = frozenset({"pigi", "pi", "pergi", "nae", "naik", "maso", "masok", "masuk", "datang"})
# After datang these keep di: the greeting (slamat datang di Manado) and where one arrived
# (so datang di muka: at the front).
_GREETINGS = frozenset({"slamat", "selamat"})
_THERE = frozenset({"situ", "sini"})
_JUST_NOW = frozenset({"jo", "dulu"})  # may stand between the verb and di (datang jo di rumah)
_POSITIONS = frozenset({"muka", "depan", "blakang", "belakang", "samping", "sablah", "sebelah", "atas",
                        "bawa", "bawah", "dalam", "luar"})


def read_going(units: list[Unit], k: int, u: Unit, prev: Unit | None, nxt: Unit | None) -> None:
    """Read the verb of going at units[k] (`u`, between `prev` and `nxt`) and the di or place after it,
    in place."""
    key = u.key
    if key in TOWARDS and nxt is not None and (nxt.key == "di" or nxt.key in _JUST_NOW and nxt.joined and (
            k + 2 < len(units) and units[k + 2].key == "di")):
        at = k + 1 if nxt.key == "di" else k + 2  # datang jo di rumah: past jo
        after = units[at + 1].key if at + 1 < len(units) else ""
        if (key != "datang" or (prev is None or prev.key not in _GREETINGS) and after not in _POSITIONS) and not (
                u.ind == "masuk" and after in _THERE):  # masuk di situ: included in it (a list, a card)
            units[at].ind = "ke"  # pigi di kobong -> pergi ke kebun
    elif key in MOTION_VERBS:
        if nxt is not None and (nxt.pos == "loc" or nxt.source == NAME or nxt.key == "mana" or nxt.pos == "n" and not is_time(
                nxt)) and u.ind and (prev is None or prev.key not in CAUSATIVES):  # pi pesta; not pulang malam
            # pigi pasar -> pergi ke pasar; the short pi after the subject, mo or pernah is only
            # the direction, as colloquial Indonesian drops pergi (kita mo pi pasar -> saya mau ke pasar)
            short = key == "pi" and prev is not None and (
                prev.pos == "pron" or prev.key in ("mo", "pernah") and prev.ind)
            # after a verb that takes someone or something somewhere, pigi is its direction only
            # (bawa pigi puskesmas -> bawa ke puskesmas, not 'bawa pergi ke')
            if short or prev is not None and carried_somewhere(units, k):
                # bawa pulang ikang -> bawa pulang ikan: pulang and bale right after the verb are
                # where the thing goes (home, back), not a direction before it
                u.ind = u.ind if prev.key in CARRYING and key not in GOING else "ke"
            else:
                u.ind += " ke"
        elif key == "pi" and nxt is not None and nxt.key in ("ka", "ke") and prev is not None and prev.key == "mo":
            u.ind = ""  # kita mo pi ka pasar -> saya mau ke pasar: the short pi is the direction ka gives
