"""kase as LET (Indonesian 'mengizinkan', 'biarkan'), told apart from kase GIVE and the causative.

Manado Malay kase gives before a thing (kase obat, nyanda kase rokok), makes a causative before a
state or an intransitive verb (kase bersih, kase abis), and lets someone act before that person's
act (kase dia maso, kase depe mama bawa ka posyandu). Negated, it is also a refusal of leave:
  before going in or out, nothing after it   torang nda kase maso -> kami tidak mengizinkan masuk
  before going, coming or joining            mertua nyanda kase pigi -> mertua tidak mengizinkan pergi
  closing its clause after a family member   dia pe suami nda kase -> suaminya tidak mengizinkan
  before an act, said of a family member     dia pe laki tidak kase pasang spiral
but a person or a pointed-out thing after that act is made to undergo it (nda kase bangun kita ->
tidak membangunkan saya).
The gloss gives this one reading and the coder reads the translation, so a husband's or family's
refusal reaches a code about prohibition ('tidak mengizinkan', the negated opposite of 'larang').
"""

from __future__ import annotations

from pipeline.gloss.clause_words import NOT, PERSON_NOUNS, WHEN_WORDS, is_time, subject_before
from pipeline.gloss.indonesian import IndonesianVocabulary

# What kase gives to eat or drink before the person fed (kase anak makang -> beri anak makan): not a permission
_FED = frozenset({"makang", "makan", "minum", "minong", "susu", "makang-makang"})
# Verbs of going in, out or past (Manado forms): refused by kase with nothing after them, someone
# is not let go there (torang nda kase maso -> kami tidak mengizinkan masuk), nothing is put there.
_ENTERING = frozenset({"maso", "masok", "masuk", "kaluar", "kluar", "keluar", "lewat", "liwat", "nae", "naik"})
# Going, coming and joining: no thing is made to go, a person is let go (nda kase pigi, nda kase iko).
_GOING = frozenset({"pigi", "pi", "pergi", "kamari", "kemari", "kasana", "kesana", "iko", "ikut", "ikot", "bajalang",
                    "jalang", "pulang"})
# Words that open a clause of its own after the verb: no object came between (nda kase maso karena bau).
_CLAUSE_OPENERS = frozenset({"karena", "karna", "soalnya", "sebab", "kalu", "kalau", "kalo", "waktu", "biar"})
# The family members whose leave a woman or a child waits for (Manado and Indonesian): refusing,
# their kase with no thing given is a refusal of leave. Not carers or officials, whose nda kase
# withholds a service or a drug (bidan nda kase).
_DECIDERS = frozenset({"suami", "laki", "paitua", "maitua", "istri", "bapak", "bapa", "papa", "mama", "ayah",
                       "mertua", "orang tua", "keluarga", "oma", "opa", "nene", "kakek", "nenek"})


def _subject(units: list, k: int):
    """The subject unit of the kase at units[k] (past its negation, also an Indonesian one, and
    aspect), or None; a time word is no subject (skarang so nda kase pigi)."""
    at = k - 1
    while at > 0 and units[at].key in NOT and units[at - 1].joined:
        at -= 1
    at = subject_before(units, at)
    if at < 0 or units[at].key in WHEN_WORDS or is_time(units[at]):
        return None
    return units[at]


def _family_subject(units: list, k: int) -> bool:
    subject = _subject(units, k)
    return subject is not None and subject.key in _DECIDERS


def refuses_entry(units: list, k: int, negated: bool) -> bool:
    """kase at units[k], negated after its subject, before a verb of going in or out that ends its
    clause: no one is let in or out (torang nda kase maso karena bau -> kami tidak mengizinkan
    masuk karena bau), where a thing put in would be named (nda kase maso tu barang)."""
    if not negated or k + 1 >= len(units) or not units[k].joined or units[k + 1].key not in _ENTERING:
        return False
    at = subject_before(units, k - 1)
    if at < 0 or not (units[at].pos == "pron" or units[at].key in PERSON_NOUNS) or (
            at > 0 and units[at - 1].joined and units[at - 1].pos in ("n", "dem")):
        return False  # no subject, or a thing fronted before it (tu barang kita nda kase maso)
    verb = units[k + 1]
    return not verb.joined or k + 2 >= len(units) or units[k + 2].key in _CLAUSE_OPENERS


def allows(units: list, k: int, negated: bool, causative: bool, vocabulary: IndonesianVocabulary) -> bool:
    """Whether the kase at units[k] speaks of leave, not of a thing given or a state made:
    refused before going in or out (when a causative would be read), refused by `refuses_leave`,
    or given to a possessed person for that person's act (kase depe mama bawa ka posyandu)."""
    return (causative and refuses_entry(units, k, negated) or refuses_leave(units, k, negated, vocabulary)
            or k + 1 < len(units) and units[k + 1].pos == "poss" and lets(units, k, vocabulary))


def refuses_leave(units: list, k: int, negated: bool, vocabulary: IndonesianVocabulary) -> bool:
    """kase at units[k], negated, that refuses leave rather than a thing: before going, coming or
    joining (mertua nyanda kase pigi periksa; so nyanda kase kamari lagi), closing its clause
    after a family member (dia pe suami nda kase), or before an act a family member does not
    allow (dia pe laki tidak kase pasang spiral). A thing after it is given (tuan rumah nyanda kase
    rokok); a state after it is made (kita nyanda kase abis)."""
    if not negated:
        return False
    subject = _subject(units, k)
    if subject is not None and subject.pos != "pron" and subject.key not in PERSON_NOUNS | _DECIDERS:
        return False  # a thing or a time opens the clause (obat nda kase abis)
    family = subject is not None and subject.key in _DECIDERS
    if k + 1 >= len(units) or not units[k].joined:
        return family  # dia pe suami nda kase.
    verb = units[k + 1]
    return verb.key in _GOING or family and verb.key not in _FED and not _made_to(units, k + 1, vocabulary) and (
        verb.pos == "v" or verb.pos == "" and bool(verb.root) and vocabulary.is_verb_root(verb.root))


def _made_to(units: list, v: int, vocabulary: IndonesianVocabulary) -> bool:
    """The verb at units[v] after kase has the one it is made to happen to after it, so kase is the
    causative (papa nda kase jatuh tu gelas -> tidak menjatuhkan gelas): a person or a pointed-out
    thing, or any noun after a verb with no transitive meN- form (nda kase kluar doi). The bare
    object of a transitive act is that act's own (nda kase pasang spiral: leave is refused)."""
    if v + 1 >= len(units) or not units[v].joined:
        return False
    after = units[v + 1]
    if after.key in _CLAUSE_OPENERS:
        return False
    if after.pos in ("pron", "dem", "poss") or after.key in PERSON_NOUNS:
        return True
    return after.pos == "n" and not vocabulary.is_verb_root(units[v].root or units[v].key)


def lets(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """kase at units[k] lets someone do something: a person (perhaps possessed: depe mama), then
    that person's act in the same clause (not eating or drinking, which kase gives: kase anak
    makang -> beri anak makan)."""
    at = k + 2 if k + 1 < len(units) and units[k + 1].pos == "poss" and units[k + 1].joined else k + 1
    if at + 1 >= len(units) or not units[at].joined or not units[k].joined:
        return False
    person, act = units[at], units[at + 1]
    if person.pos != "pron" and person.key not in PERSON_NOUNS or act.key in _FED:
        return False
    return act.pos == "v" or act.pos == "" and bool(act.root) and vocabulary.is_verb_root(act.root)
