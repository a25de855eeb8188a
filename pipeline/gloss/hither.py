"""kamari: 'ke sini' (ka mari, hither), or 'kemarin' (yesterday) where no motion can be meant.
Dispatched by clauses.py.

  Datang kamari! / Tare tu kadera kamari. / Kamari dang.   -> ke sini (the lexicon's reading)
  Kamari ngana iko ibadah? / Kamari dia nyanda maso.        -> kemarin: opening its clause before its subject
  Kamari dorang pe pesta rame.                              -> kemarin (and its predicate; Kamari ngana! calls)
  Sapa yang menang lomba kamari?                            -> kemarin: after an event, the day it was held
  Torang pe sapi ilang kamari sore.                         -> kemarin: before a part of the day, no verb
                                                               before it (datang kamari pagi-pagi: ke sini)
A clause that opens with hither and then names its subject has no verb of going for hither to complete;
an event (a meeting, a feast, a vote) is held on a day, not brought here.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import PERSON_NOUNS, clause, same_case
from pipeline.gloss.morphology import NAME

YESTERDAY = "kemarin"
# Events, held on a day: kamari after them is the day (pemilihan kamari, rapat kamari).
EVENTS = frozenset({"pemilihan", "pilkada", "pemilu", "rapat", "pesta", "ibadah", "kebaktian", "misa", "acara",
                    "arisan", "lomba", "pertandingan", "ujian", "kampanye", "pertemuan", "sidang", "penyuluhan",
                    "pengajian", "upacara", "kegiatan", "musyawarah", "pelantikan"})


# Parts of the day: kamari before one, with no verb to complete, is that part of yesterday (kamari malam)
PARTS_OF_DAY = frozenset({"pagi", "siang", "sore", "malam", "subuh"})


def _kamari(units, k, u, prev, nxt, before, vocabulary):
    words, at = clause(units, k)
    # the subject a predicate follows (Kamari dorang pe pesta rame); hither and a pronoun alone call (Kamari ngana!)
    opens = at == 0 and len(words) > 2 and nxt is not None and (
        nxt.pos in ("pron", "poss") or nxt.key in PERSON_NOUNS or nxt.source == NAME)
    of_day = nxt is not None and nxt.key in PARTS_OF_DAY and (prev is None or prev.pos != "v")
    if opens or of_day or prev is not None and prev.key in EVENTS:
        u.ind, u.pos = same_case(u.ind, YESTERDAY), "adv"  # Kamari ngana iko rapat? -> Kemarin kamu ikut rapat?


RULES = {"kamari": _kamari}
