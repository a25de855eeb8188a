"""Nouns read by a place word beside them (dispatched by clauses.py; kali, the river, is in
water_senses.py).

  utang  'hutan' (forest: Manado drops the initial h, as ujang 'hujan') after a place preposition or a
         verb of going (sambunyi di utang, pigi ka utang), after dari only when one comes or brings something
         from it (pulang dari utang); 'utang' (debt) elsewhere (ngana pe utang, bayar utang, bebas dari
         utang, lunas dari utang); babi utang is a lexicon phrase
  pece   'lumpur' (mud, the noun) after a place preposition or a verb of playing (jang bamain di pece,
         bamain pece); 'becek' (muddy, the lexicon's adjective) after what is muddy (jalang so pece)
  lampu  'listrik' (the power supply) where a settlement has or lacks it: after ada (nyanda ada) in a
         clause with a village, an island, a garden or a region (kampung so ada lampu, dulu kampung nyanda ada
         lampu: own references 2 of 2); a lamp elsewhere (bawa lampu, pasang lampu di perahu, di kamar mandi
         nyanda ada lampu); lampu mati, the power cut, is a lexicon phrase
  pelang 'perahu' (KBBI pelang 'perahu lesung bercadik'; a Minahasa word list names parahu pelang beside
         londe and bolotu) where a noun stands: after a preposition, a possessive, a demonstrative, a number or
         a verb of boarding, or before a demonstrative (dari pelang, kita pe pelang, nae pelang, pelang itu);
         'pelan' (slow, the lexicon's adjective) elsewhere (bicara pelang, pelang-pelang)
  kintal 'pekarangan' (KBBI kintal 'pekarangan', the plot around a house) where the yard is held as land:
         owned (torang pe kintal), pointed at (tu kintal, kintal ini), bounded, sold or bought (batas kintal,
         jual kintal): own references pekarangan 5 of 5 such sentences; 'halaman' (the open yard) elsewhere,
         where one plays, sweeps or stands (bamain di kintal, kintal so kotor: halaman 5 of 8)
  simpang 'persimpangan' (the crossing: Indonesian simpang, a road's fork) after a place preposition or
         before a count of roads (polisi di simpang, di simpang tiga); 'simpan' (keep, the lexicon's verb) elsewhere (kita simpang tiga botol)
  daftar the list (a noun) after a place preposition (nama nda ada di daftar susu, maso ka daftar penerima),
         not 'mendaftar'; the act of registering elsewhere (so daftar di posko)
"""

from __future__ import annotations

from pipeline.gloss.clause_words import DEMONSTRATIVES, GOING, NUMBER_WORDS, clause

FOREST = "hutan"
MUD = "lumpur"
POWER = "listrik"
# Place prepositions: the noun after them names where one is, goes or comes from.
_AT = frozenset({"di", "ka", "ke", "dalam", "dalang", "pinggir", "tengah", "tenga"})
_FROM = frozenset({"dari", "dri"})
# Verbs of coming back or bringing before dari: what they come from is a place (pulang dari utang); dari
# alone also frees or pays off (bebas dari utang, lunas dari utang), a debt.
_COMING = GOING | frozenset({"pulang", "bale", "balik", "datang", "turun", "turung", "lari", "balari",
                             "bawa", "ambe", "ambil", "cari", "tiba", "sampe", "sampai"})
# Settlements and lands that have or lack the power supply, as Indonesian words (after the lexicon).
_SETTLEMENTS = frozenset({"kampung", "desa", "dusun", "pulau", "kebun", "negeri", "kota", "daerah", "wilayah",
                          "pedalaman", "rumah-rumah", "lingkungan", "jaga"})
# Verbs of playing: what one plays in (bamain pece) is the mud.
_PLAYING = frozenset({"bamain", "main", "bermain", "bamaing", "maing"})
BOAT = "perahu"
PLOT = "pekarangan"
# Words after which a noun, not an adjective, stands: prepositions, possessives, demonstratives,
# numbers and verbs of boarding or using (dari pelang, kita pe pelang, tu pelang, nae pelang).
_BEFORE_NOUN = _AT | _FROM | DEMONSTRATIVES | NUMBER_WORDS | frozenset({
    "pe", "depe", "dp", "dpe", "satu", "sa", "pake", "pakai", "nae", "naik", "pa", "for", "untuk", "beli", "jual",
    "dayung", "tarik", "sewa", "cat"})
# bawa and deng are left out: bawa pelang is driving slowly (kalu bawa oto musti bawa pelang) and deng
# pelang a manner (bajalan deng pelang), the adverb pelan.


def _forest(units, k, u, prev, nxt, before, vocabulary):
    came = prev is not None and prev.key in _FROM and before is not None and before.key in _COMING
    if prev is not None and (prev.key in _AT or prev.key in GOING or came) and u.ind.lower() == "utang":
        u.ind, u.pos = FOREST, "loc"  # sambunyi di utang -> bersembunyi di hutan; bayar utang stays


def _crossing(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and prev.key not in _AT and prev.key not in GOING:
        return  # kita simpang tiga botol: one keeps three bottles
    if nxt is not None and nxt.key in _ROADS:
        u.ind, u.pos = "simpang", "loc"  # simpang tiga, simpang ampa: the crossing's name
    elif prev is not None:
        u.ind, u.pos = "persimpangan", "loc"  # polisi ada di simpang -> di persimpangan; simpang di lemari stays


_ROADS = frozenset({"tiga", "ampa", "empat", "lima"})  # simpang tiga: a crossing of three roads


def _mud(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and (prev.key in _AT or prev.key in _PLAYING):
        u.ind, u.pos = MUD, "n"  # jang bamain di pece -> jangan bermain di lumpur; jalang so pece stays


def _power(units, k, u, prev, nxt, before, vocabulary):
    words, at = clause(units, k)
    had = prev is not None and prev.key.rpartition(" ")[2] == "ada"
    if had and u.ind == "lampu" and any(c.ind.lower() in _SETTLEMENTS for c in words[:at]):
        u.ind = POWER  # dulu kampung nyanda ada lampu -> dulu kampung tidak ada listrik


def _boat(units, k, u, prev, nxt, before, vocabulary):
    after_noun_word = prev is not None and prev.key.rpartition(" ")[2] in _BEFORE_NOUN
    if u.ind == "pelan" and (after_noun_word or nxt is not None and nxt.key in DEMONSTRATIVES):
        u.ind, u.pos, u.gloss = BOAT, "n", (BOAT,)  # masih fresh dari pelang -> dari perahu; bicara pelang stays pelan


# Words before kintal that hold it as land: its owner's pe (also closing a unit: torang pe), its bounds, its sale.
_HELD = frozenset({"pe", "depe", "dpe", "dp", "batas", "jual", "beli", "sewa"})


def _plot(units, k, u, prev, nxt, before, vocabulary):
    held = prev is not None and (prev.key.rpartition(" ")[2] in _HELD or prev.key in DEMONSTRATIVES)
    if u.ind == "halaman" and (held or (
            nxt is not None and nxt.key in DEMONSTRATIVES)):
        u.ind = PLOT  # torang pe kintal -> pekarangan kami; bamain di kintal stays halaman


def _list(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and (prev.key in _AT or prev.key in _FROM):
        u.pos = "n"  # di daftar susu -> di daftar susu: the list one's name is on, not mendaftar


RULES = {"simpang": _crossing, "utang": _forest, "pece": _mud, "lampu": _power, "pelang": _boat, "kintal": _plot, "daftar": _list}
