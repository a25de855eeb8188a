"""Yes/no questions put to a person addressed by a title: Indonesian opens them with 'apakah'.

Manado Malay asks yes or no by intonation alone (Ibu ada minum obat? Oma iko?). Indonesian does so
too when talking to a friend (kamu ikut?), but a question put politely, to a person addressed as
Ibu, Bapak, Oma or Pak, opens with 'apakah' (Apakah Ibu minum obat? ... apakah Nenek ikut?). The
question's last clause is read: it opens with such a title and says something of it, or it follows
a title said alone (Oma, ada sakit kepala?). A question word anywhere in the sentence (brapa, kiapa,
apa), a tag (to, kwa, ato blum), a 'you' (the hearer is then addressed as a friend, and the title names
another), or a title that owns what follows (Ibu pe anak: the possessive moves it) leaves the
question as it is.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import CONDITION, SENTENCE_END, WHEN, TITLES, subject_person

# The titles a person is addressed by: person_words.TITLES without the occupation that is no
# address (guru), the false friend pala, siblings (kaka, ade) and the two-word ibu pendeta; with
# bapa and the Indonesian grandparents.
_ADDRESS = TITLES - {"guru", "pala", "kaka", "ade", "ibu pendeta"} | {"bapa", "nenek", "kakek"}
# What already makes the sentence a question in Indonesian: its question words and tags.
_ASKING = frozenset({"apa", "apakah", "siapa", "berapa", "kenapa", "mengapa", "bagaimana", "kapan", "mana",
                     "dimana", "kah", "kan", "bukan", "toh", "ya"})
_YOU = ("2SG", "2PL")  # the glosses of ngana, nga, ngoni and their possessives
_OWNERS = frozenset({"pe", "p", "punya", "pung"})
_OR_NOT = ("atau belum", "atau tidak", "atau bukan")
_ALTERNATIVES = frozenset({"ato", "atau"})
# Words that open a clause fronted before the question: time, condition, place.
_FRONTED = CONDITION | WHEN | {"abis", "habis", "kelar", "sesudah", "setelah", "sebelum", "selama", "di", "dari"}
_SENTENCE_ENDS = SENTENCE_END | {":"}  # and a speaker's label (P: Ibu ikut?)


def _not_polite(units: list) -> bool:
    """A question word or tag makes the question already; a 'you' (ngana, ngoni) is who is asked,
    the title then names someone else (Suster cek ngana pe kartu?)."""
    return any(u.pos == "q" or u.ind.lower() in _ASKING or u.gloss and u.gloss[0].startswith(_YOU) for u in units)


def _opens_politely(clause: list, before: list) -> bool:
    first = clause[0]
    if " ".join([u.ind for u in clause if u.ind]).lower().endswith(_OR_NOT):
        return False  # ... ato blum? ato nyanda?: the tag asks it already
    if first.key in _ADDRESS:
        return len(clause) > 1 and clause[1].key not in _OWNERS
    return first.key == "ada" and len(before) == 1 and before[0].key in _ADDRESS  # Tanta, ada jual ...?


def _after_fronted(clauses: list) -> bool:
    """A question whose subject follows a fronted clause of time, condition or place (Abis mandi, anak
    ada minum susu? -> Setelah mandi, apakah anak minum susu?; Di sekolah, dorang ada kase ...?): the
    comma leaves intonation nothing to mark the question by, Indonesian opens it with 'apakah' (the
    development sets' references 2 of 2 such questions not put to 'you')."""
    if len(clauses) < 2 or len(clauses[-2]) < 2 or clauses[-2][0].key not in _FRONTED or len(clauses[-1]) < 2:
        return False
    subject = clauses[-1][0]
    return subject.pos == "n" or subject_person(subject)


def _asks_whether(sentence: list) -> bool:
    """apa opening a question before its subject (a pronoun, a person, a name), left as it is by the
    rules that read it as the object asked for (Apa ngana mo makang? -> Apa yang kamu mau makan?): it
    asks whether, 'apakah' (Apa ngana so pasan taksi? -> Apakah kamu sudah memesan taksi?; Apa om so
    pulang? -> Apakah paman sudah pulang?; MangARTI mining and dev parts 10 of 12); not before
    alternatives (Apa ngana mo makang, ikang ato ayam?)."""
    first = sentence[0]
    if first.key != "apa" or first.ind.lower() != "apa" or len(sentence) < 3 or not subject_person(sentence[1]):
        return False
    return not any(u.key in _ALTERNATIVES for u in sentence)


def ask_politely(units: list) -> None:
    """Put 'apakah' before the last clause of each polite yes/no question among `units`, in place."""
    if not any("?" in u.glue for u in units):
        return
    start = 0
    for end, unit in enumerate(units):
        if _SENTENCE_ENDS.isdisjoint(unit.glue):
            continue
        sentence, start = units[start:end + 1], end + 1
        if "?" in unit.glue and _asks_whether(sentence):
            sentence[0].ind = sentence[0].ind + "kah"  # Apa -> Apakah, keeping its case
            continue
        if "?" not in unit.glue or _not_polite(sentence):
            continue
        clauses = [[]]
        for u in sentence:
            clauses[-1].append(u)
            if not u.joined and u is not unit:
                clauses.append([])
        if _opens_politely(clauses[-1], clauses[-2] if len(clauses) > 1 else []) or _after_fronted(clauses):
            first = next((u for u in clauses[-1] if u.ind), None)
            if first is not None:  # the title keeps its own capital (Bapak): the sentence's first word takes one
                opening = not any(u.ind for u in sentence[:sentence.index(first)])
                title = first.ind[:1].upper() + first.ind[1:] if first.cap else first.ind
                first.ind, first.cap = ("Apakah " if opening else "apakah ") + title, False
