"""Words of a state read by what the state is of (dispatched by clauses.py).

  mati      'tidak aktif' (lapsed) of a card, an insurance or a subscription, its subject before it in the
            clause (kartu BPJS so mati: own references 'tidak aktif' 6 of 7); 'mati' elsewhere (HP so mati,
            lampu mati, anjing mati)
  bersi(h)  'membersihkan' right before the thing cleaned (bersi kintal, kerja bakti bersi gereja: Manado
            uses the adjective as the verb; own references 3 of 3); 'bersih' after its noun (aer bersih,
            rumah so bersih)
"""

from __future__ import annotations

from pipeline.gloss.clause_words import clause

LAPSED = "tidak aktif"
CLEANS = "membersihkan"
# What lapses rather than dies: cards, insurances, memberships, subscriptions (words of the subject).
_LAPSING = frozenset({"kartu", "bpjs", "kis", "jkn", "asuransi", "langganan", "keanggotaan", "kuota", "ktp", "sim"})

# Nouns of work that an act of cleaning follows in a compound predicate (kerja bakti bersi gereja).
_WORK = frozenset({"bakti", "karja", "kerja"})


def _lapsed(units, k, u, prev, nxt, before, vocabulary):
    words, at = clause(units, k)
    if u.ind == "mati" and any(not _LAPSING.isdisjoint(c.key.split()) for c in words[:at]):
        u.ind, u.pos = LAPSED, "adj"  # kartu BPJS so mati -> kartu BPJS sudah tidak aktif; HP so mati stays


def _cleans(units, k, u, prev, nxt, before, vocabulary):
    if u.ind == "bersih" and u.joined and nxt is not None and nxt.pos in ("n", "loc") and (
            prev is None or prev.pos not in ("n", "loc") or prev.key in _WORK):
        u.ind, u.pos = CLEANS, "v"  # dorang bersi kintal -> mereka membersihkan halaman; aer bersih stays


RULES = {"mati": _lapsed, "bersi": _cleans, "bersih": _cleans}
FREE_KEYS = frozenset({"bersi", "bersih"})  # read by the sound rules or as Indonesian, not from the lexicon
