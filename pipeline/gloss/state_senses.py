"""Words of a state read by what the state is of (dispatched by clauses.py).

  mati      'tidak aktif' (lapsed) of a card, an insurance or a subscription, read only in the subject noun
            phrase right before (so) mati, back to kong/tapi/trus/dan/yang (kartu BPJS so mati: own references
            'tidak aktif' 6 of 7); 'mati' elsewhere (HP so mati, lampu mati) and always of a person or an
            animal (kartu ilang kong anjing so mati)
  bersi(h)  'membersihkan' right before the thing cleaned, whatever stands before it (bersi kintal, mama
            bersi rumah: Manado uses the adjective as the verb; own references 3 of 3); 'bersih' after its
            noun with nothing after it (aer bersih, rumah so bersih)
  bae       'sehat' (well) where one feels it: right after rasa, past so (kalu rasa so bae, so rasa bae -> merasa
            sehat: own references 3 of 3), rasa then 'merasa', a person's feeling; 'baik' elsewhere (posisi
            bayi so bae) and of a thing's taste (kue ini so rasa bae -> terasa baik)
  sandiri   'sendirian' (alone, with no one) of one who stays or is left: after tinggal in its clause, up to
            three words before it (oma tinggal sandiri, kase tinggal ana kacili sandiri: own references 6 of
            7); 'sendiri' (by oneself) elsewhere (bayar sandiri, pulang sandiri, kita sandiri yang urus) and
            right after a thing, which it makes one's own (tinggal di dorang pe rumah sandiri)
  manganto  'kantuk' (sleepiness, the noun) where it is held back, driven off or left over, perhaps after rasa
            (tahan manganto, kase ilang rasa manganto, sisa manganto: MangARTI mining 7 of 7 such phrases);
            'mengantuk' elsewhere (kita so manganto skali, rasa manganto -> merasa mengantuk)
  syukur    'syukurlah' (thank God) alone in its clause (Syukur, hujan so brenti.); 'bersyukur' (is thankful)
            said of a person (torang syukur skali: own references 2 of 2); ucapan syukur, ibadah syukur stay
"""

from __future__ import annotations

from pipeline.gloss.clause_words import (
    ANIMALS, PERSON_NOUNS, clause, person_subject, same_case, subject_before, subject_person)

LAPSED = "tidak aktif"
WELL = "sehat"
_FEELING = frozenset({"merasa", "terasa"})  # rasa as the verb (verbforms.py), not depe rasa, its taste
CLEANS = "membersihkan"
# What lapses rather than dies: cards, insurances, memberships, subscriptions (words of the subject).
_LAPSING = frozenset({"kartu", "bpjs", "kis", "jkn", "asuransi", "langganan", "keanggotaan", "kuota", "ktp", "sim"})

# Words that end the subject noun phrase when read back from mati: the joiners of clauses and yang.
_PHRASE_STOPS = frozenset({"kong", "kang", "tapi", "trus", "terus", "dan", "yang", "yg", "lalu"})
# Living things that die, never lapse (the head of the subject): persons and animals.
_LIVING = PERSON_NOUNS | ANIMALS | frozenset({"bayi", "baby", "tanaman", "pohon"})


def _lapsed(units, k, u, prev, nxt, before, vocabulary):
    if u.ind != "mati":
        return
    words, at = clause(units, k)
    subject = []  # the subject noun phrase, its head first
    for c in reversed(words[:at]):
        if c.key in _PHRASE_STOPS:
            break
        if subject or c.pos not in ("aux", "neg", "adv"):
            subject.append(c.key)
    if subject and _LIVING.isdisjoint(subject[0].split()) and any(
            not _LAPSING.isdisjoint(key.split()) for key in subject):
        u.ind, u.pos = LAPSED, "adj"  # kartu BPJS so mati -> kartu BPJS sudah tidak aktif; HP so mati stays


def _cleans(units, k, u, prev, nxt, before, vocabulary):
    if u.ind == "bersih" and u.joined and nxt is not None and nxt.pos in ("n", "loc"):
        u.ind, u.pos = CLEANS, "v"  # dorang bersi kintal -> mereka membersihkan halaman; aer bersih stays


def _feels_well(units, k, u, prev, nxt, before, vocabulary):
    at = k - 1 if prev is not None and prev.ind in _FEELING else k - 2 if prev is not None and (
        prev.ind in ("sudah", "masih") and before is not None and before.ind in _FEELING and before.joined) else -1
    if u.ind != "baik" or at < 0 or not _a_person_feels(units, at):
        return
    u.ind = WELL  # dia brenti minum obat lantaran so rasa bae -> sudah merasa sehat
    units[at].ind = "merasa"  # kalu rasa so bae: a person's feeling, not terasa


def _a_person_feels(units: list, at: int) -> bool:
    """rasa at units[at] is a person's feeling: its subject is a person or left out (kalu rasa so bae),
    not a thing (kue ini so rasa bae -> terasa baik, its taste)."""
    subject = subject_before(units, at - 1)
    while subject > 0 and units[subject].pos == "dem" and units[subject - 1].joined:
        subject -= 1  # kue ini: the noun before its demonstrative
    if subject < 0:
        return True
    c = units[subject]
    return c.pos not in ("n", "loc", "acr", "") or c.key in PERSON_NOUNS or c.source == "name"


ALONE = "sendirian"
_STAYING = frozenset({"tinggal", "tingga"})  # staying, and being left (kase tinggal)


def _alone(units, k, u, prev, nxt, before, vocabulary):
    if u.ind != "sendiri" or nxt is not None and nxt.key in ("yang", "yg"):
        return  # kita sandiri yang urus: the doer itself
    if prev is not None and prev.joined and prev.pos in ("n", "loc") and not subject_person(prev):
        return  # tinggal di rumah sandiri: one's own house, not alone (Indonesian keeps both readings)
    words, at = clause(units, k)
    if any(w.key.rpartition(" ")[2] in _STAYING for w in words[max(0, at - 4):at]):
        u.ind = ALONE  # oma tinggal sandiri di rumah -> nenek tinggal sendirian di rumah


# What is done to sleepiness as a thing: held back, fought, driven off, or what is left of it.
_SLEEPINESS_HELD = frozenset({"tahan", "batahan", "ba tahan", "menahan", "halang", "bahalang", "ba halang", "lawan",
                              "balawan", "ilang", "kase ilang", "se ilang", "usir", "sisa"})


def _sleepiness(units, k, u, prev, nxt, before, vocabulary):
    if u.ind.lower() != "mengantuk" or prev is None:
        return
    held = before if prev.key == "rasa" else prev  # tahan rasa manganto: rasa names the feeling
    if held is not None and held.key in _SLEEPINESS_HELD:
        u.ind, u.pos = same_case(u.ind, "kantuk"), "n"  # tahan manganto -> menahan kantuk, not mengantuk


def _thankful(units, k, u, prev, nxt, before, vocabulary):
    if u.ind.lower() != "syukur":
        return
    if prev is None and nxt is None:
        u.ind = same_case(u.ind, "syukurlah")  # Syukur, ...: the exclamation
    elif prev is not None and (prev.pos in ("pron", "aux", "neg", "adv") or prev.key in PERSON_NOUNS) and (
            person_subject(units, k)):
        u.ind = same_case(u.ind, "bersyukur")  # torang syukur skali; not ucapan syukur


RULES = {"mati": _lapsed, "syukur": _thankful, "manganto": _sleepiness, "mangantok": _sleepiness, "mangantuk": _sleepiness, "bersi": _cleans, "bersih": _cleans, "bae": _feels_well, "sandiri": _alone,
         "sendiri": _alone}
FREE_KEYS = frozenset({"syukur", "bersi", "bersih", "sendiri", "manganto", "mangantok", "mangantuk"})  # read by the sound rules or as Indonesian, not from the lexicon
