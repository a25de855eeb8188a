"""Clause readings of time: aspect, mood and the order of events (dispatched by clauses.py).

  mo      'akan' (future) when the subject is not a person, the predicate is a state or a
          passive, or a time word (besok, nanti, kapan) is in the clause;
          'mau' (wish) otherwise (nyanda mo saki -> tidak akan sakit; kita mo makang -> saya mau makan)
  so mo   'sudah hampir' before a number (somo lima taong: almost; so: already); 'sudah mau' before
          anything else (so mo ujang -> sudah mau hujan) unless the clause says how soon (capat,
          sadiki le: 'akan'); the contraction somo stays 'akan' (MangARTI)
  ada+V   'sedang' (progressive), but dropped when the clause reports a past act (a past time
          word: kemarin, tadi, dulu; not dari tadi, which lasts up to now) or a habit (tiap bulang,
          sering), after yang (sapa yang ada batoki -> siapa yang mengetuk) or so (so ada minum ->
          sudah minum), before a verb of perceiving or knowing (kita ada lia dia -> saya melihat dia)
          or of dwelling (dia ada tinggal di Bitung -> dia tinggal di Bitung), and in a question
          that asks whether the act happened or why (Ibu ada pigi posyandu? -> Ibu pergi ke
          posyandu?; kiapa dia ada manangis? -> kenapa dia menangis?), not one that asks what is
          going on (ngana ada bekeng apa?) or a statement with a tag (ini ada rekam e?); dropped
          too for a routine of a role (kader ada bawa obat; sebagai bidan ...), a step of a sequence
          (sesudah itu ada ukur) and what holds whenever a condition does (kalu ..., ada V); kept before
          waktu/pas opening a clause of what happened meanwhile, past or not (dia ada tidor waktu torang datang)
  lagi    'sedang' between a subject and its predicate (dia lagi baca -> dia sedang membaca)
  jaga    'biasa' (habitual) before a verb after a subject (torang jaga pi gereja), dropped after biasa;
          jaga anak: 'guard'
  kelar   'setelah' before the next event (kelar makan -> setelah makan), 'selesai' at the end
  abis    'setelah' before an act, an act undergone (abis dapa urut -> setelah diurut) or the weather
          (abis makang -> setelah makan); tape doi so abis: 'habis'
  dari    'sejak' before a past point a state has lasted from (so nyanda datang dari kalamaring ->
          sudah tidak datang sejak kemarin; dari taong lalu, dari semalam); not in a comparison
          (lebe banyak dari kemarin) or a span (dari kemarin sampe ini hari); dari pagi stays, but
          after so in its clause a point of the day or of a life is 'sejak' too (ujang so turung dari
          siang -> sejak siang; dia so saki dari kacili), unless sampe + a later point makes a span;
          dropped after a passive, before its doer, who follows the verb bare (dapa mara dari guru ->
          dimarahi guru; own sets: no oleh in 5 of 6 references)
  capat   'segera' before the act it hurries (musti capat mandi -> harus segera mandi; MangARTI:
          segera in 10 of 12 such clauses), 'cepat' as a result or a manner (supaya capat kering)
"""

from __future__ import annotations

from pipeline.gloss.clause_words import (
    ALSO, AGENT_AFTER_DAPA, CONDITION, KEPT_BARE, PAST_POINTS, PERSON_NOUNS, TIME_UNITS, TITLES, WEATHER, clause,
    doer_after_passive, names_future, is_time, sentence_around, starts_predicate, subject_person)
from pipeline.gloss.degree import acts_compared, compared
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.imminence import rain_at_hand
from pipeline.gloss.lasting import act_since, done_up_to_now, state_since, works_at
from pipeline.gloss.morphology import NAME, NUMBER, RULE
from pipeline.gloss.since import CUES as SINCE_CUES, since_point
from pipeline.gloss.tokens import starts_sentence
from pipeline.person_words import ROUTINE, trades

# mo after these is 'akan': certainty (pasti mo), a promise (janji mo), a relative clause (yang mo
# datang: MangARTI 'akan' 7 times, 'mau' 3), what is still to come (masih mo).
_FUTURE_AFTER = frozenset({"pasti", "tentu", "janji", "bajanji", "berjanji", "yang", "masih"})
# Plans of 'we' are announced, not wished: torang mo pigi -> kita akan pergi (MangARTI: akan 9, mau 0).
_WE = frozenset({"torang", "kitorang", "kami"})
_HOW = frozenset({"bagimana", "bagaimana", "gimana", "dari mana"})
_STATE_POS = frozenset({"adj"})
_PAST_WORDS = frozenset({"kemarin", "kamarin", "kalamaring", "kemaren", "tadi", "dulu", "lalu", "barusan",
                         "waktu", "samalam", "semalam"})
# Perceiving and knowing have no progressive: kita ada lia tape tamang -> saya melihat teman saya
# (MangARTI mining part: no 'sedang' in the three such references)
_PERCEIVED = frozenset({"lia", "liat", "lihat", "dengar", "tau", "tahu", "kenal", "inga", "ingat"})
# Dwelling is a lasting state, never 'sedang' in the references (dev sets: 2 of 2 'ada tinggal'
# rendered as tinggal alone).
_DWELLING = frozenset({"tinggal", "tingga", "menetap"})
# What a question asks that makes ada + verb 'sedang': what is going on, where, with whom
# (ngana ada bekeng apa? -> kamu sedang membuat apa?). Why-questions and yes/no questions ask of
# an act itself, which ada only asserts happened (kiapa dia ada manangis? -> kenapa dia menangis?).
_ASKING_WHAT_GOES_ON = frozenset({"apa", "mana", "di mana", "sapa", "siapa", "bagimana", "bagaimana"})
# Tags that turn a statement into a request for confirmation (ini ada rekam e?): the statement's
# reading stands.
_TAGS = frozenset({"e", "eh", "to", "toh", "kang", "kan", "ya"})
_SPAN_OR_MORE = frozenset({"sampe", "sampai", "sampe-sampe", "lebe", "lebih", "kurang"})
# After these kelar is the act finished, not the step after it (baru jo kelar makang, so kelar).
_FINISHING = frozenset({"baru", "jo", "saja", "ampir", "hampir", "amper", "blum", "belum", "so", "sudah", "mo"})
_UP_TO = frozenset({"amper", "ampir", "hampir", "sampe", "sampai", "so", "sudah", "blum", "belum"})
# After these capat is a result or a degree (supaya capat kering, talalu capat): 'cepat' stays.
_RESULT_BEFORE = frozenset({"supaya", "agar", "biar", "jadi", "menjadi", "semoga", "moga", "talalu", "terlalu", "lebe",
                            "lebih", "paling", "makin", "semakin"})


def dari_cued(units: list, k: int) -> bool:
    """Whether dari at units[k] (not the last unit) is worth setting its rules up for: a comparison
    before it ('daripada'), a point in time after it ('sejak') or a passive verb before it (dropped
    before its doer)."""
    unit = units[k + 1]
    key = unit.key
    return compared(units, k) or acts_compared(units, k) or (
        key in PAST_POINTS or unit.ind in PAST_POINTS or key in TIME_UNITS or key.endswith(" lalu") or key == "tadi"
        or key.rsplit(" ", 1)[-1] in SINCE_CUES or k > 0 and units[k - 1].ind[:2] == "di")


def _mo(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and not is_time(nxt) and _purpose_of_requirement(units, k):  # Mo ujang, musti ...: akan
        u.ind, u.gloss = "untuk", ("untuk",)  # Mo ambe, musti bawa KTP -> Untuk mengambil, harus ...
        if nxt.pos == "v" and nxt.root and nxt.ind == nxt.root and nxt.key not in KEPT_BARE:
            nxt.ind = vocabulary.men_form(nxt.root) or nxt.ind  # the act aimed at, named whole
    elif nxt is not None and _purpose(units, k, prev):
        u.ind, u.gloss = "untuk", ("untuk",)  # pigi ka kobong mo pece kalapa -> pergi ke kebun untuk ...
    elif u.ind == "mau" and nxt is not None and _future(*clause(units, k)) and not rain_at_hand(units, k):
        u.ind, u.gloss = "akan", ("FUT",)


# What one must do for a purpose named first (Mo beking kue, musti ...): the clause after the purpose.
_REQUIRED = frozenset({"musti", "mesti", "harus", "perlu"})


def _purpose_of_requirement(units: list, k: int) -> bool:
    """mo opening its sentence, in a clause a comma closes, before a clause of what must be done: the
    purpose the requirement serves (Mo ambe, musti bawa KTP -> Untuk mengambil, harus membawa KTP)."""
    if k > 0 and not starts_sentence(units[k - 1].glue):
        return False
    end = k
    while end < len(units) and units[end].joined:
        end += 1
    if end + 1 >= len(units) or units[end].glue.strip() != ",":
        return False
    after = end + 1
    while after < len(units) and units[after].key not in _REQUIRED:
        if not units[after].joined:
            return False
        after += 1
    return after < len(units)


_GOING = frozenset({"pigi", "pi", "pergi", "datang", "pulang", "bale", "nae", "turung", "maso"})
_TOWARDS = frozenset({"ka", "ke", "di"})  # where the going goes (pigi di pasar is 'ke' too)


def _purpose(units: list, k: int, prev) -> bool:
    """mo after going somewhere (a verb of going, then where to, in its clause) gives the purpose
    of going: pigi ka pasar mo bli ikang -> pergi ke pasar untuk membeli ikan."""
    if prev is None or prev.pos not in ("n", "loc") and prev.source != NAME:
        return False
    words, at = clause(units, k)
    return any(c.key in _GOING and words[i + 1].key in _TOWARDS for i, c in enumerate(words[:at - 1]))


def _so_mo(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and (nxt.pos == "num" or nxt.source == NUMBER or nxt.key == "jam"):
        u.ind = "sudah hampir"  # somo lima taong: almost (so: already)
    elif u.key == "so mo" and nxt is not None and not _soon(clause(units, k)[0]):
        u.ind = "sudah mau"  # so mo ujang -> sudah mau hujan: so keeps 'already' (own sets 13 of 13)


# What makes so mo 'akan' (akan segera): the clause hurries the act (capat, segera) or names how soon
# it comes (sadiki le, lima menit lagi): MangARTI 5 of 5 such clauses.
_HURRYING = frozenset({"capat", "cepat", "segera"})
_MORE = ALSO | {"lai", "lagi"}
_SHORT_TIMES = frozenset({"manit", "menit", "jam", "detik"})


def _soon(words: list) -> bool:
    """The clause hurries the act or says when it comes: a future time word (sadiki le, nanti) or le
    after an amount of time (dua manit le); le after anything else is 'juga' (kita le so mo pulang)."""
    return names_future(words) or any(w.key in _HURRYING or w.key in _MORE and at and (
        words[at - 1].source == NUMBER or words[at - 1].key in _SHORT_TIMES or is_time(words[at - 1]))
        for at, w in enumerate(words))


def _ada(units, k, u, prev, nxt, before, vocabulary):
    if u.ind == "sedang" and _subjectless(prev, before) and not (prev.key in CONDITION and _doing(nxt)):
        u.ind, u.gloss = "ada", ("ada",)  # di posyandu ada timbang bayi: there is weighing, no one doing it now
    elif u.ind == "sedang" and ((prev is not None and prev.key in _ADA_NOT_GOING_ON) or nxt is not None and (
            nxt.key in _PERCEIVED or nxt.key.partition(" ")[0] in _DWELLING) or (
            before is not None and prev.key in ("le", "juga") and before.key == "yang") or _not_going_on(
            _before_while(*clause(units, k))) or _asks_of_the_act(units, k) or _routine_or_sequence(units, k, prev, before)
            or state_since(units, k, nxt) or works_at(units, k, nxt)):  # ada saki dari kalamareng -> sakit
        # sejak kemarin; ada bakarja di Bitung -> bekerja di Bitung (lasting.py)
        u.ind, u.gloss = "", ("PFV",)
    elif u.ind == "sedang" and act_since(units, k, nxt, vocabulary):  # torang ada tunggu dari pagi -> kami menunggu dari pagi
        u.ind, u.gloss = "", ("PFV",)
        nxt.ind = done_up_to_now(nxt, vocabulary)


def _routine_or_sequence(units: list, k: int, prev, before) -> bool:
    """ada + verb reports a routine or one act of a sequence, not one going on: a role or an
    institution acting (kader ada bawa obat ka rumah -> kader membawa obat ke rumah; sebagai
    bidan, kita ada bajalang ...), a step after another (abis itu ada ukur tensi), or what holds
    whenever a condition does (kalu ujang, torang ada tunda; dorang ada antar kalu ...). A
    condition opening ada's own clause before it asks whether the act is going on (kalu mama ada
    masak, ...) and stays 'sedang'."""
    if prev is not None and prev.key in _ROUTINE_DOERS and not _preposition(before) and (
            before is None or before.key not in TITLES):
        return True  # not pa guru / ibu guru ada bicara: one teacher, who may be talking now
    words, at = sentence_around(units, k)
    in_own_clause = True
    for i in range(at - 1, -1, -1):
        c = words[i]
        in_own_clause = in_own_clause and c.joined
        if c.key in _SEQUENCE or c.key in _SEQUENCE_STARTS and words[i + 1].key in ("itu", "ini") or c.key in _ROLE_FRAMES:
            return True
        if c.key.partition(" ")[0] in CONDITION:
            return not in_own_clause
    for c in words[at + 1:]:
        if c.key in _SEQUENCE or c.key.partition(" ")[0] in CONDITION:
            return True
        if not c.joined:
            return False
    return False


def _subjectless(prev, before) -> bool:
    """ada + verb after a place phrase (di posyandu ada timbang bayi), a step of a sequence
    (sesudah itu ada cek gula darah, abis ibadah ada ...) or a condition word (kalu ada karja di
    kobong: own references 'ada' 3 of 3), with no subject: it tells that the
    activity takes place (the references write 'ada' and the activity), not that someone is doing
    it."""
    if prev is None:
        return False
    if prev.key in _SEQUENCE or prev.key in CONDITION:
        return True  # abis itu ada ukur tensi; kalu ada salah: if there is (a fault), no one doing it
    if before is None:
        return False
    if prev.pos in ("loc", "n") and prev.key not in PERSON_NOUNS and (_preposition(before) or before.key in _SEQUENCE):
        return True  # di posyandu ada ..., sesudah ibadah ada ...
    return prev.key in ("itu", "ini") and (before.key in _SEQUENCE or before.key in _SEQUENCE_STARTS)


def _doing(verb) -> bool:
    """A verb said with ba- (ber-) after kalu ada: someone (the hearer) is busy at it (kalu ada bakarja ->
    kalau sedang bekerja), where a bare act or a noun is what there is (kalu ada karja di kobong: work
    to do; kalu ada periksa darah, kalu ada salah)."""
    return verb is not None and verb.key.startswith(("ba", "be")) and verb.ind.startswith(("ber", "bekerja", "belajar"))


def _preposition(unit) -> bool:
    return unit is not None and (unit.pos == "prep" or unit.key in _PLACE_PREPOSITIONS)


_PLACE_PREPOSITIONS = frozenset({"di", "dari", "ke", "ka", "pa"})
# Who does a thing as a routine of their role or office: what they do is reported, not watched.
# The people are person_words.PEOPLE_BY_TRADE's; the institutions act through them.
_ROUTINE_DOERS = trades(ROUTINE) | frozenset({"puskesmas", "posyandu", "posbindu", "pemerintah", "gereja", "kelurahan"})
_ROLE_FRAMES = frozenset({"sebagai", "selaku"})  # sebagai kader, torang ada ...
# One act after another (sesudah itu, abis itu, kemudian): a sequence told, no act going on.
_SEQUENCE = frozenset({"sesudah", "setelah", "kemudian", "abis itu", "so itu"})
_SEQUENCE_STARTS = frozenset({"habis", "kelar", "abis"})  # + itu/ini


def _asks_of_the_act(units: list, k: int) -> bool:
    """The clause around units[k] is a question whether an act happened or why (Ibu ada pigi
    posyandu?, kiapa dia ada manangis?): no word asking what is going on, no confirmation tag."""
    words, _ = clause(units, k)
    if "?" not in words[-1].glue:
        return False
    return not any(c.key in _ASKING_WHAT_GOES_ON or c.key in _TAGS for c in words)


def _before_while(words: list, at: int) -> list:
    """ada's clause, or only its subject, ada and the act when a waktu or pas after them opens a clause
    of its own: what happened while the act went on, in the past too (dia ada tidor waktu torang datang
    tadi -> dia sedang tidur waktu kami datang tadi); that clause's past is its own. waktu itu, pas itu
    stay: a time, no clause."""
    for i in range(at + 1, len(words) - 1):
        after = words[i + 1]
        if words[i].key in _WHILE and after.key not in _THAT_TIME and (after.key in WEATHER or not is_time(after)):
            return words[max(at - 1, 0):i]  # kalamaring dia ada masak waktu kita datang: then going on
    return words


_WHILE = frozenset({"waktu", "pas", "ketika", "saat"})
_THAT_TIME = frozenset({"itu", "ini", "tu", "ni", "dulu", "lalu"})


def _not_going_on(words: list) -> bool:
    """A clause told as past or as a habit, or counting how often the act happened: its act is not
    going on now (sedang cannot stand)."""
    return (_told_as_past(words) or any(c.key.partition(" ")[0] in _HABITUAL for c in words)
            or _counted(words))


def _counted(words: list) -> bool:
    """A count of times in the clause (bidan ada datang satu kali -> bidan datang sekali; dua kali,
    brapa kali): the acts are counted, so they are done, not going on."""
    for i, c in enumerate(words):
        count, _, unit = c.key.rpartition(" ")
        if unit == "kali" and count:
            return True
        if c.key == "kali" and i and (words[i - 1].pos == "num" or words[i - 1].source == NUMBER
                                      or words[i - 1].key in _COUNTS):
            return True
    return False


_COUNTS = frozenset({"satu", "dua", "tiga", "ampa", "empat", "lima", "brapa", "berapa", "babarapa", "beberapa"})


# Before ada + verb: the relative (sapa yang ada batoki) and the perfect (so ada minum obat ampa
# bulang -> sudah minum obat, never 'sudah sedang').
_ADA_NOT_GOING_ON = frozenset({"yang", "so", "sudah", "su"})
# How often: a habit, not an act going on (torang ada kase penyuluhan tiap bulang -> kami memberi
# penyuluhan setiap bulan).
_HABITUAL = frozenset({"tiap", "setiap", "sering", "selalu", "kadang", "kadang-kadang", "jarang", "biasa",
                       "biasanya"})


def _told_as_past(words: list) -> bool:
    """A past time word in the clause, not one a span starts from (dari tadi: up to now, still going:
    dorang ada bacirita dari tadi -> mereka sedang bercerita dari tadi), nor waktu (or pas) opening a
    clause of its own before its subject or ada: 'while' (waktu mama ada masak -> waktu ibu sedang
    memasak; ade batangis pas ada mandi -> adik menangis waktu sedang mandi)."""
    return any((c.key in _PAST_WORDS or c.ind in _PAST_WORDS) and not (i and words[i - 1].key == "dari") and not (
        c.ind.lower() == "waktu" and i + 1 < len(words) and (subject_person(words[i + 1]) or words[i + 1].key in _ADA)
    ) for i, c in enumerate(words))


_ADA = frozenset({"ada", "ad"})  # pas ada (verb): while (someone) is doing it


def _lagi(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and prev is not None and (
            prev.pos in ("pron", "n") or prev.key == "yang") and (
            nxt.pos in ("v", "adj") or nxt.key == "ba"):
        u.ind = "sedang"  # torang lagi bacari: colloquial progressive, not 'again'


def _jaga(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and prev.key in _PLACE_PREPOSITIONS and prev.joined:
        u.pos = "loc"  # orang di jaga ini, pindah ka jaga tiga: the hamlet of a Minahasa village, no act
    elif prev is not None and nxt is not None and (
            nxt.pos == "v" or nxt.key in AGENT_AFTER_DAPA) and (
            prev.pos in ("pron", "n", "adv", "aux", "neg", "loc") or prev.key in WEATHER):
        # torang jaga pi gereja: habitual, not 'guard' (jaga anak: a noun follows); also after a
        # place noun ending the subject (bidan desa jaga datang) or a time (tiap pagi jaga bajalan);
        # after biasa the habit is said already (dia biasa jaga tidor siang -> dia biasa tidur siang)
        u.ind = "" if prev.ind == "biasa" else "biasa"


def _kelar(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and (prev is None or prev.pos not in ("aux", "neg") and prev.key not in _FINISHING) and (
            nxt.pos in ("v", "n", "loc", "prep", "adj", "num") or nxt.source == NUMBER
            or nxt.pos == "" and nxt.ind or nxt.key in ("dari", "makan", "makang", "mandi")):
        # kelar mandi, kelar sekolah, kelar dua jam, kelar bakerja: after the act or the span
        u.ind = "setelah"


def _abis(units, k, u, prev, nxt, before, vocabulary):
    if u.ind == "habis" and nxt is not None and (prev is None or (
            prev.pos not in ("aux", "neg", "pron", "poss") and prev.key not in _UP_TO)) and _event(nxt, prev, vocabulary):
        u.ind = "setelah"  # abis makang -> setelah makan; tape doi so abis stays 'habis'


_NIGHT = frozenset({"malam", "malang"})  # dari tadi malam -> sejak tadi malam: last night is a past point
# Verbs of getting: dari after their passive names the source, not the doer (doi dapa pinjam dari
# tetangga -> uang dipinjam dari tetangga: the neighbour lent it).
_GETTING = frozenset({"pinjam", "ambil", "beli", "terima", "minta", "dapat", "peroleh", "sewa", "tukar"})


def _dari(units, k, u, prev, nxt, before, vocabulary):
    if compared(units, k) or acts_compared(units, k, vocabulary):
        u.ind = "daripada"  # lebe mahal dari bulan lalu -> lebih mahal daripada bulan lalu (degree.py)
    elif doer_after_passive(units, k) and units[k - 1].root not in _GETTING:
        u.ind = ""  # dapa mara dari depe papa -> dimarahi ayahnya: the doer follows the passive bare
    elif nxt is not None and (nxt.key in PAST_POINTS or nxt.ind in PAST_POINTS or nxt.key.endswith(" lalu") or (
            nxt.key in TIME_UNITS and k + 2 < len(units) and nxt.joined and units[k + 2].key == "lalu") or (
            nxt.key == "tadi" and k + 2 < len(units) and nxt.joined and units[k + 2].key in _NIGHT) or (
            since_point(units, k))) and not any(c.key in _SPAN_OR_MORE for c in clause(units, k)[0]):
        u.ind = "sejak"  # so nyanda datang dari kalamaring -> sudah tidak datang sejak kemarin


def _capat(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and nxt is not None and prev.key not in _RESULT_BEFORE and (
            prev.pos != "neg" and starts_predicate(nxt, vocabulary) and nxt.key not in ("so", "mo")):
        u.ind = "segera"  # musti capat mandi -> harus segera mandi; supaya capat kering stays 'cepat'


RULES = {"mo": _mo, "so mo": _so_mo, "somo": _so_mo, "ada": _ada, "ad": _ada, "lagi": _lagi, "jaga": _jaga,
         "kelar": _kelar, "abis": _abis, "dari": _dari, "capat": _capat}


def _asks_means(clause: list, k: int) -> bool:
    """A question before clause[k] of how or from where (bagimana torang mo pigi, dari mana torang mo
    dapa doi): it asks whether 'we' can or want to, no plan told (own references 'mau' 2 of 2)."""
    return any(unit.key in _HOW or unit.key == "mana" and at > 0 and clause[at - 1].key == "dari"
               for at, unit in enumerate(clause[:k]))


_NOT_WISHED = frozenset({"parna", "perna", "pernah", "sanggup", "lupa"})  # nyanda mo lupa: a vow, akan (MangARTI)


def _future(clause: list, k: int) -> bool:
    """Whether mo at clause[k] marks the future (akan) rather than a wish (mau)."""
    nxt = clause[k + 1]
    if nxt.pos in _STATE_POS or nxt.ind.startswith(("di", "ter")) and nxt.source == RULE:
        return True
    if nxt.key.startswith("ta") and nxt.ind.startswith("ter"):
        return True
    if nxt.key in WEATHER or nxt.key in _NOT_WISHED or (k > 0 and clause[k - 1].key in _FUTURE_AFTER):
        return True  # nyanda mo parna lupa, nyanda mo sanggup: no one wants 'ever' or 'able to': akan
    if names_future(clause):
        return True
    if k > 0 and clause[k - 1].pos == "neg" and nxt.pos == "v":
        return False  # an act refused, also by a thing or an animal: susu nyanda mo kaluar -> tidak mau keluar
    if clause[0].key in CONDITION:
        return False  # kalu torang mo urus: 'if we want to'
    for before in reversed(clause[:k]):
        if before.pos == "v" or before.ind.endswith(" tahu"):  # nyanda tau mo: a negated knowing too
            return False  # torang nyanda tau mo bekeng apa: mo completes the verb ('mau'), the plan is not told
        if before.key in CONDITION:
            return False  # kase tau torang kalu mo datang: the condition's own wish, 'mau'
        if before.key in _WE:
            return not _asks_means(clause, k)
        if subject_person(before):
            return False
        if before.pos in ("n", "loc"):
            return True  # a thing or a place as subject: it can only 'will'
    return False


def _event(unit, prev, vocabulary: IndonesianVocabulary) -> bool:
    """What abis can follow in time: an act (makang, imunisasi) or the weather (abis ujang)."""
    if unit.key in WEATHER or unit.key in ("da", "ba"):
        return True
    if unit.key in ("dapa", "dap") and (prev is None or prev.pos not in ("n", "loc")):
        return True  # abis dapa urut -> setelah diurut: an act undergone; doi abis dapa ambe: all of it
    if unit.pos == "v" or (unit.pos == "" and unit.root and vocabulary.is_verb_root(unit.root)):
        return True
    if unit.pos == "" and unit.ind.startswith("pe") and unit.ind.endswith("an") and vocabulary.root_of(unit.ind):
        return True  # an act named by its pe-an noun: abis pemakaman -> setelah pemakaman
    return unit.pos == "n" and (prev is None or prev.pos not in ("n", "loc"))  # abis imunisasi; not doi abis
