"""Clause readings that decide which form a verb takes (dispatched by clauses.py).

  dapa    dapa + V: the passive, ability or getting to do it; dapa lia, dapa kase (dapa_forms.py)
  kase tau  'beri tahu' as a request (sentence start, after jang/tolong, after a clause of sapa yang
          'whoever'), else 'memberi tahu'; so
          kase makang, kase minum
  akang   (benefactive.py) benefactive -kan on the verb before it (ambe akang -> ambilkan, mengambilkan); a verb + akang
          opening its clause asks a favour: 'tolong' in front (antar akang -> tolong antarkan; MangARTI
          mining and dev parts 10 of 14 such clauses)
  rasa    before a predicate: 'merasa' after a person (kita rasa lalah -> saya merasa lelah; also past
          aspect, negation and yang: pasien yang so nda rasa saki), 'terasa' after a thing (mata rasa
          pari -> mata terasa perih); 'merasakan' after a person before a noun phrase closing its clause
          (ngana rasa ujang tadi? -> kamu merasakan hujan tadi?); before a noun otherwise, and after a meN- verb whose object it is (batahan rasa
          saki -> menahan rasa sakit), and before a flavour (es krim rasa coklat), it is the noun 'rasa'
  jadi    'menjadi' (become) after a subject or so/mo/bisa and before an adjective or noun; 'so'
          before a modal or aspect word (jadi harus minta izin)
  bole    'boleh' (leave) in a question not negated (bole bayar besok?) and closing its clause (Io,
          bole -> Iya, boleh), 'bisa' elsewhere
  bagoreng  a ba- cooking verb after the dish is a participle (pisang bagoreng -> pisang goreng)
"""

from __future__ import annotations

from pipeline.gloss.benefactive import akang
from pipeline.gloss.body_parts import BODY_PARTS
from pipeline.gloss.clause_words import NOT, PAST_POINTS, PERSON_NOUNS, asked, WHO, clause, is_time, same_case, thing
from pipeline.gloss.dapa_forms import BETWEEN_SUBJECT, RULES as DAPA_RULES
from pipeline.gloss.instructions import tells_hearer
from pipeline.gloss.modal_readings import then_allowed
from pipeline.gloss.active_voice import IMPERATIVE_MARKERS
from pipeline.gloss.tokens import starts_sentence

# ba- cooking verbs after the dish they name are participles: pisang bagoreng -> pisang goreng.
_COOKED = frozenset({"bagoreng", "babakar", "barebus", "bakukus", "bapanggang", "batumis"})
_GUESSES = frozenset({"sto"})  # mungkin: what a speaker thinks, not feels
# Flavours a food or a drink is made in (Indonesian readings): rasa before them names the flavour (es krim rasa
# stroberi, sirup rasa jeruk), a noun.
_FLAVOURS = frozenset({"stroberi", "melon", "mint", "cokelat", "coklat", "vanila", "jeruk", "anggur", "durian",
                       "pandan", "moka", "karamel", "leci", "mangga", "nanas", "keju", "original", "kopi", "susu"})
_BEFORE_RASA = BETWEEN_SUBJECT | frozenset({"yang", "mulai", "sering", "selalu"})  # and aspect, negation
_BECOMING_AFTER = frozenset({"so", "sudah", "mo", "akan", "bisa", "bole", "musti", "harus", "nanti", "langsung",
                             "lebe"})
_MORE = frozenset({"lebe", "lebih", "semakin", "makin", "tamba", "tambah", "yang", "paling"})
_NOT_BECOMING = frozenset({"conj", "neg", "prep", "rel", "interj", "ptc", "q", "poss", "adj"})  # pendek jadi: so
# Modals and aspect words open a predicate, never the noun or state one becomes: before them jadi
# joins a clause, 'so' (kita karja di kota jadi harus bangun pagi -> jadi harus, not menjadi harus).
_PREDICATE_OPENERS = frozenset({"harus", "musti", "mesti", "perlu", "wajib", "bisa", "bole", "boleh", "akan", "mau",
                                "ingin", "sudah", "belum", "blum", "masih", "sempat", "sampat"})


def _rasa(units, k, u, prev, nxt, before, vocabulary):
    if prev is None or prev.pos == "poss" or nxt is None or u.ind != "rasa":
        return
    if vocabulary.inflected(prev.ind, "me"):
        return  # batahan rasa saki, kase ilang rasa bosan: the feeling is the verb's object, the noun
    words, at = clause(units, k)
    if any(w.key in _GUESSES for w in words[at + 1:]) or nxt.ind in _FLAVOURS:
        return  # kita rasa sto lebe bae: a guess follows, rasa thinks it (saya rasa mungkin; particles.py)
    at = k - 1  # kita le rasa, pasien yang so nda rasa: the subject before its aspect, negation, yang
    while at > 0 and (units[at].key in _BEFORE_RASA or units[at].pos in ("aux", "neg")) and units[at - 1].joined:
        at -= 1
    subject = units[at]
    person = subject.pos == "pron" or subject.key in PERSON_NOUNS
    owned = units[k + 2] if nxt.pos == "poss" and k + 2 < len(units) else None
    if person and (nxt.key == "ada" and subject.ind.lower() in ("saya", "kami") or owned is not None and not {
            owned.key, owned.ind.lower()} & BODY_PARTS):
        return  # kita rasa depe harga mahal, kita rasa ada yang kurang: an opinion (saya rasa); tape badan: felt
    if nxt.pos not in ("n", "loc", "pron", "poss", "prep", "conj") and nxt.ind or person and nxt.pos == "poss":
        u.ind = "merasa" if person else "terasa"  # kita rasa tape badan pica-pica: a clause follows
    if person and _felt_thing(units, k, vocabulary):
        u.ind = "merasakan"  # ngana rasa gempa? -> kamu merasakan gempa?: the thing a person feels, its object


_FELT_WHEN = PAST_POINTS | {"tadi", "barusan", "baru-baru"}  # ngana rasa gempa tadi?


def _felt_thing(units: list, k: int, vocabulary) -> bool:
    """After rasa, a noun phrase closes its clause (gempa tadi malam, angin dingin): what is felt, the
    object; a predicate after the noun (obat kampung lebe aman) makes rasa think a clause."""
    words, at = clause(units, k)
    rest = words[at + 1:]
    if not rest or not thing(rest[0], vocabulary) or rest[0].key in PERSON_NOUNS or vocabulary.inflected(rest[0].ind):
        return False  # kita rasa bersalah: a state
    return all(w.pos in ("n", "dem", "ptc") or is_time(w) or w.key in _FELT_WHEN or thing(w, vocabulary) and w.pos == ""
               for w in rest[1:])


def _cooked(units, k, u, prev, nxt, before, vocabulary):
    # a dish is no person: after it the participle also before a noun that names the dish further
    # (pisang bagoreng sepatu -> pisang goreng sepatu); after a person the act (papa bagoreng ikang)
    if prev is not None and prev.pos == "n" and (nxt is None or nxt.pos != "n" or prev.key not in PERSON_NOUNS):
        u.ind = u.key[2:] if vocabulary.is_lemma(u.key[2:]) else u.ind


def _jadi(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and _becomes(nxt, vocabulary) and (
            prev.pos not in _NOT_BECOMING and prev.key not in NOT or prev.key in _BECOMING_AFTER):
        # kamar jadi basi -> kamar menjadi bersih, baganti jadi rame -> berganti menjadi ramai; at a
        # clause start (or after kalu, mar) or before a modal jadi is 'so'
        u.ind = "menjadi"


def _so_jadi(units, k, u, prev, nxt, before, vocabulary):
    """so jadi before what one becomes is 'sudah menjadi' (ini so jadi kabiasaan -> sudah menjadi
    kebiasaan); closing its clause it stays 'sudah jadi', done (kue so jadi)."""
    if _becomes(nxt, vocabulary):
        u.ind = "sudah menjadi"


def _becomes(nxt, vocabulary) -> bool:
    """What follows jadi is the noun or state one becomes, no predicate of its own (jadi harus ...)."""
    return nxt is not None and (nxt.pos == "adj" or thing(nxt, vocabulary) or nxt.key.partition(" ")[0] in _MORE or (
        nxt.ind.startswith("ber"))) and nxt.key not in _PREDICATE_OPENERS and nxt.pos != "aux"


def _bole(units, k, u, prev, nxt, before, vocabulary):
    if u.ind != "bisa":
        return
    question = asked(units, k)
    if (prev is None or prev.key in _ASKING_LEAVE) and question or (
            prev is not None and prev.key in _HEARERS and not question) or nxt is None or then_allowed(units, k):
        # bole bayar besok? -> boleh bayar besok?, kita bole pinjam?: asking leave; ngana bole
        # angka? asks what the hearer can do, nyanda bole? what cannot be; told to the hearer it
        # grants leave (baru ngana bole bamain -> baru kamu boleh bermain; own sets 2 of 2); with no
        # act after it, closing its clause, it grants or asks leave (Io, bole -> Iya, boleh; kalu bole, ...);
        # after baru opening its clause, the leave a condition met gives (cuci tangan dulu, baru bole makang)
        u.ind = same_case(u.ind, "boleh")


_ASKING_LEAVE = frozenset({"kita", "torang", "kitorang", "tong", "saya", "aku", "kami"})
_HEARERS = frozenset({"ngana", "nga", "ngoni", "kamu", "kalian", "ngoni dua"})


def _giving(units, k, u, prev, nxt, before, vocabulary):
    if u.ind.startswith("memberi ") and (tells_hearer(units, k, vocabulary) or _after_whoever(units, k)):
        u.ind = u.ind[3:]  # Kase tau pa dorang -> Beri tahu mereka; jang kase makang -> jangan beri makan: a request


_IF = frozenset({"kalu", "kalau", "klo", "kl", "kalo"})


def _after_whoever(units: list, k: int) -> bool:
    """units[k] opens the clause after one that opens its sentence with sapa yang ('whoever') or kalu
    ('if'): that clause tells the hearer what to do (sapa yang dapa lia, kase tau pa kita -> ..., beri
    tahu saya; kalu dia so datang, kase tau -> kalau dia sudah datang, beri tahu)."""
    if k < 3 or units[k - 1].joined:
        return False
    first = k - 1
    while first > 0 and not starts_sentence(units[first - 1].glue):
        first -= 1
    opener = units[first].key in _IF or units[first].key in WHO and units[first + 1].key == "yang"
    return opener and all(unit.joined for unit in units[first:k - 1])


def _greeting(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and u.joined and nxt.key != "pa" and nxt.key not in PERSON_NOUNS and nxt.pos != "pron" and (
            thing(nxt, vocabulary)):
        # kase selamat tu barang -> menyelamatkan barang itu: a thing after it is what is saved
        imperative = k == 0 or starts_sentence(units[k - 1].glue) or prev is not None and prev.key in IMPERATIVE_MARKERS
        u.ind = "selamatkan" if imperative else "menyelamatkan"
    else:
        _giving(units, k, u, prev, nxt, before, vocabulary)  # datang kase selamat -> datang memberi selamat


# kase + a noun the lexicon reads as one act (kase ijin -> mengizinkan): asked of the hearer, the bare form.
_REQUESTED = {"mengizinkan": "izinkan", "melukai": "lukai", "menyemangati": "semangati", "memberkati": "berkati",
              "memisahkan": "pisahkan"}


def _caused_act(units, k, u, prev, nxt, before, vocabulary):
    if u.ind in _REQUESTED and tells_hearer(units, k, vocabulary):
        u.ind = _REQUESTED[u.ind]  # Kase ijin pa kita pigi -> Izinkan saya pergi; jang kase ijin -> jangan izinkan


_GIVING_PHRASES = ("kase tau", "kase tao", "se tau", "kase makang", "kase makan", "kase minum", "kase ASI")
_GREETING_PHRASES = ("kase selamat", "kase slamat", "kase salamat")
RULES = {**dict.fromkeys(("kase izin", "kase ijin", "kase luka", "kase samangat", "kase semangat", "kase berkat",
                          "kase tapisah", "beking tapisah", "bekeng tapisah"),
                         _caused_act), **DAPA_RULES, **dict.fromkeys(_GIVING_PHRASES, _giving), **dict.fromkeys(_GREETING_PHRASES, _greeting), "akang": akang, "rasa": _rasa, "jadi": _jadi, "so jadi": _so_jadi, "bole": _bole, "boleh": _bole,
         **dict.fromkeys(_COOKED, _cooked)}


# What kase causes someone to feel or do in themselves: 'membuat' + the feeling (own references 3 of 3;
# menakutkan, memarahi say something else).
FEELINGS_CAUSED = frozenset({"marah", "takut", "malu", "sedih", "bingung", "kecewa", "kesal", "cemburu",
                             "menangis", "tertawa", "jatuh hati", "jatuh cinta"})


def feel_after_object(units: list, at: int) -> bool:
    """Move the feeling at units[at] past the person who feels it (kase mara ngana pe papa ->
    membuat ayahmu marah); False when no person follows it in its clause."""
    end = at + 1
    if end >= len(units) or not units[at].joined:
        return False
    marker = None
    if units[end].key == "pa" and units[end].joined and end + 1 < len(units):
        marker = units[end]  # jang kase mara pa mama -> jangan membuat ibu marah: pa only marks who feels it
        end += 1
    if units[end].pos == "poss" and units[end].joined and end + 1 < len(units) and units[end + 1].pos == "n":
        end += 1  # ngana pe papa
    elif not (units[end].pos == "pron" or units[end].key in PERSON_NOUNS):
        return False
    if marker is not None:
        marker.pos = "ptc"  # no preposition: the feeler is the object, its feeling no attribute (ayahmu marah)
    for i in range(at, end):
        units[i], units[i + 1] = units[i + 1], units[i]
        units[i].swap_glue(units[i + 1])
    return True
