"""torang: 'kami' (the addressee left out) or 'kita' (the addressee included), from the sentence.

Manado Malay torang is both. An informant telling a researcher what 'we' did means 'kami' (the
lexicon's reading, kept by default); the sentence says 'kita' when it takes the addressee in:
  - an invitation (mari, manjo, ayo) anywhere in the sentence: manjo torang pigi -> mari kita pergi
  - a possibility open to all (torang bisa istirahat dulu -> kita bisa beristirahat dulu), or an act
    done together told as no past (torang makang sama-sama -> kita makan bersama); leave asked of the
    hearer is the group's alone (torang bole maso? -> kami boleh masuk?)
  - an obligation of everyone: torang musti bangun pagi -> kita harus bangun pagi (the MangARTI
    mining part: 'kita' in 25 of 27 such sentences); not an obligation the speaker's group
    reports as the outcome of its situation (kalu ..., torang musti; jadi torang musti; bis so
    penuh, torang musti tunggu: 'kami')
  - what the group settles for, closed by jo: torang tunggu jo -> kita tunggu saja
  - a prohibition or request to the addressee in the same sentence, the addressee not named
    apart: torang mo pigi, jang talambat -> kita akan pergi, jangan terlambat (but ngoni jang
    lupa, beso torang mulai: the speaker's group, 'kami')
  - a reciprocal act with the addressee named: torang baku dapa, ngana so basar -> kita bertemu
  - a meeting with no one else named, told as no past event (no past time word, da or kong after):
    so lama torang nda baku dapa -> sudah lama kita tidak bertemu (but torang baku dapa kalamaring: 'kami')
  - a plan (mo) put to the addressee, called by a title or kin term before it: Ibu, torang mo
    bacirita soal malaria -> Ibu, kita akan bercerita (an interviewer inviting an informant)
torang after a preposition (deng torang, pa torang) names the others of an act the addressee
does or is asked to do (manjo bagabung deng torang: 'bergabung dengan kami'), so it stays 'kami'.

A subject pronoun after the state that opens its sentence comes first in Indonesian (Nintau
kita, Bu. -> Saya tidak tahu, Bu.; Aus kita, mo cari minum -> Saya haus, ...): Manado Malay
puts the predicate first to focus it (Stoel 2005 ch. 4), Indonesian keeps subject-predicate.

A turn glossed under an Indonesian prior whose own words make it Manado Malay reads its pronouns
the Manado way (kita 'saya'), unless kita is the inclusive we (kita semua): `read_pronouns`,
asked by glosser.py.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import (
    CLOSING_SUBJECTS, CONDITION, PAST_POINTS, PERSON_NOUNS, SENTENCE_END, SOFTENERS, TITLES, clause, names_future,
    sentence_around, thing)
from pipeline.gloss.degree import counted_span
from pipeline.gloss.fronted_subject import move_first
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.morphology import NAME

WE_KEYS = frozenset({"torang", "kitorang", "torang pe", "kitorang pe", "torang dua", "tong"})
_INVITING = frozenset({"mari", "manjo", "ayo", "mari jo", "marijo", "manjo jo", "yuk", "manjo torang", "mari torang"})
_ADDRESSING = frozenset({"jang", "jangang", "jangan", "jang dulu", "tolong", "coba", "co"})
_OBLIGED = frozenset({"musti", "harus", "mesti", "perlu", "wajib"})
# What is possible or allowed for 'we' is so for the one addressed too (MangARTI mining and dev parts:
# 'kita' in 10 of 10 such references).
_POSSIBLE = frozenset({"bisa", "bole", "boleh"})
_ALLOWED = frozenset({"bole", "boleh"})  # asked, the leave is the hearer's to give: kami
_SHARED = frozenset({"sama-sama", "basama", "bersama", "bersama-sama"})  # together
_SECOND_PERSON = frozenset({"ngana", "nga", "ngoni", "ngni", "kamu", "kalian", "ngana pe", "nga pe", "ngoni pe"})
_RECIPROCAL = ("baku", "saling")
# What a group does towards the one it addresses, who is then no part of it (Pak, torang mo minta tolong).
_ASKING = frozenset({"tanya", "minta", "pamit", "permisi", "mohon", "lapor", "bilang", "kase tau", "pinjam", "bapamit"})
# After an Indonesian kita these make it the inclusive 'we' (kita semua, kita sama-sama, kita bersama),
# unless someone it is together with follows (kita bersama ade: 'saya bersama adik').
_ALL_OF_US = frozenset({"semua", "samua", "smua", "sama-sama", "bersama", "basama"})
_WITH = frozenset({"deng", "dengan", "sama", "ama"})
_SUBJECTS = frozenset({"torang", "kitorang", "tong"})  # not torang pe: whose thing a plan names is no cue
_PREPOSITIONS = frozenset({"pa", "deng", "dengan", "for", "untuk", "ka", "ke", "dari", "sama", "kepada"})
# A report of the group's own circumstances: what it had to do as a result, or on a condition.
_OUTCOME = frozenset({"jadi", "sto", "kong", "karna", "karena", "lantaran", "soalnya", "makanya"})
PRONOUN_KEYS = WE_KEYS | CLOSING_SUBJECTS  # and the subjects that follow a fronted state
_STATES = ("adj", "neg")


def decide_we(units: list, positions: list[int], vocabulary: IndonesianVocabulary) -> bool:
    """Put a subject after a fronted state first, then turn 'kami' into 'kita' at `positions`
    (units whose key is in PRONOUN_KEYS) where the sentence includes the addressee; True when a
    subject moved (the gloss then keeps the source order)."""
    moved = False
    for k in positions:
        if k and units[k - 1].pos in _STATES and units[k].key in CLOSING_SUBJECTS and _after_fronted_state(units, k):
            move_first(units, k, k - 1)
            moved = True
            k -= 1
        unit = units[k]
        if unit.key not in WE_KEYS:
            continue
        counted_span(units, k)  # bayar torang dua minggu -> kami dua minggu
        if not unit.ind.startswith("kami") or (k > 0 and units[k - 1].joined
                                                 and units[k - 1].key in _PREPOSITIONS):
            continue
        if _inclusive(units, k, vocabulary):
            unit.ind = "kita" + unit.ind[len("kami"):]
    _one_we_a_sentence(units, positions)
    return moved


def _one_we_a_sentence(units: list, positions: list[int]) -> None:
    """A torang the sentence made 'kita' makes its other torang 'kita' too: one sentence's 'we' is
    one group (torang musti bersi torang pe kintal -> kita harus membersihkan halaman kita, not
    'halaman kami'); torang after a preposition names the others of the act and keeps its reading."""
    for k in positions:
        unit = units[k]
        if unit.key not in WE_KEYS or not unit.ind.startswith("kami") or (
                k > 0 and units[k - 1].joined and units[k - 1].key in _PREPOSITIONS):
            continue
        if any(_SUBJECTS & set(other.key.split()) and "kita" in other.ind.lower().split()
               for other in sentence_around(units, k)[0]):  # lebe bae torang: a phrase of the lexicon too
            unit.ind = "kita" + unit.ind[len("kami"):]


def _after_fronted_state(units: list, k: int) -> bool:
    """units[k] is a subject pronoun right after an adjective or negated state opening a sentence."""
    if k == 0 or not units[k - 1].joined or units[k].pos != "pron":
        return False
    state = units[k - 1]
    opens = k == 1 or SENTENCE_END & set(units[k - 2].glue) or not units[k - 2].joined and (
        k == 2 or not units[k - 3].joined)  # after a one-word clause: Hehe, malo kita mo bilang
    return bool(opens) and (state.pos == "adj" or state.pos == "neg" and " " in state.ind)


def _inclusive(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    nxt = units[k + 1] if k + 1 < len(units) and units[k].joined else None
    if nxt is not None and nxt.key in ("le", "juga", "so") and units[k + 1].joined and k + 2 < len(units):
        nxt = units[k + 2]  # torang le musti, torang so musti
    sentence = sentence_around(units, k)[0]
    keys = {unit.key for unit in sentence}
    if keys & _SECOND_PERSON and _reaches_hearer(units, k):
        return False  # manjo torang antar pa ngana: what 'we' do to or for 'you' leaves the hearer out
    if keys & _INVITING:
        return True
    if units[k].key in _SUBJECTS and _kin_to_each_other(units, k):
        return True  # torang kwa basudara, sto torang masih kaluarga: a bond the hearer shares
    if units[k].key in _SUBJECTS and _arranges_meeting(units, k, sentence):
        return True  # so lama torang nda baku dapa; kalu mo COD, torang baku dapa di gereja
    reported = (k > 0 and units[k - 1].key in _OUTCOME) or any(
        unit.key in CONDITION for unit in sentence[:sentence.index(units[k])]) or (
        _clause_start(units, k).key in _OUTCOME)  # jadi beso torang mo pigi; mar kalu ..., torang bisa: told
    if nxt is not None and nxt.key in _OBLIGED and not reported:
        return not _after_a_state(sentence, units[k], vocabulary)
    if nxt is not None and nxt.key in _POSSIBLE and not reported and not (
            nxt.key in _ALLOWED and "?" in sentence[-1].glue) and not any(
            unit.key in PAST_POINTS or unit.key in _TOLD_PAST - {"dulu"} for unit in sentence):  # bisa ... kalamaring
        return True  # torang bisa istirahat dulu; torang bole maso? asks the hearer's leave: kami
    if units[k].key in _SUBJECTS and not reported and _together(units, k, sentence):
        return True  # kamari, torang makang sama-sama: an act shared with the one addressed
    if units[k].key in _SUBJECTS and not reported and _settles(units, k):
        return True  # Ujang so turung, torang tunggu di sini jo: what 'we' settle for, proposed
    if keys & _SECOND_PERSON:
        return any(unit.key.startswith(_RECIPROCAL) for unit in sentence)
    if units[k].key in _SUBJECTS and not reported and names_future(sentence):
        return True  # beso torang baronda: a plan for a day ahead, told to the one who shares it
    if units[k].key in _SUBJECTS and nxt is not None and nxt.key == "mo" and _called_first(sentence, units[k]) and (
            k + 2 >= len(units) or units[k + 2].key.partition(" ")[0] not in _ASKING):
        return True  # Ibu, torang mo bacirita: a plan put to the one addressed
    return bool(keys & _ADDRESSING) or _opens_with_request(sentence, units[k], vocabulary)


def _together(units: list, k: int, sentence: list) -> bool:
    """sama-sama or bersama after torang in its clause, in a sentence that tells no past, no habit and
    no next step (torang kaluar sama-sama, torang makang sama-sama -> kita; MangARTI mining part 5 of 6,
    own sets 1 of 1; torang ... kong minum kopi sama-sama, yang selalu torang ... sama-sama: 'kami')."""
    words, at = clause(units, k)
    return any(unit.key in _SHARED for unit in words[at + 1:]) and not any(
        unit.key in PAST_POINTS or unit.key in _TOLD_PAST or unit.key in _NEXT_STEP or (
            unit.key.partition(" ")[0] in _HABIT) for unit in sentence)


def _kin_to_each_other(units: list, k: int) -> bool:
    """torang says what it is, a kin group, and its clause ends there (torang kwa basudara, sto torang
    masih kaluarga): being kin, like an invitation, takes in the one addressed, 'kita' (own sets 6 of 6
    with the noun closing the clause); a kin group named before what it does is the speaker's own
    (torang basudara jarang baku dapa: 'kami')."""
    words, at = clause(units, k)
    rest = [unit for unit in words[at + 1:] if unit.key not in _BEFORE_KIN]
    return len(rest) == 1 and rest[0].key in _KIN_GROUPS and (
        at + 1 == len(words) - 1 or words[at + 1].key in _BEFORE_KIN)


# A group one belongs to by kin, as a predicate, and the words between torang and it (kwa 'kan', masih).
_KIN_GROUPS = frozenset({"basudara", "bersaudara", "sodara", "saudara", "kaluarga", "keluarga", "berkeluarga"})
_BEFORE_KIN = frozenset({"kwa", "kan", "masih", "memang", "samua", "semua", "so", "sudah", "ulang", "lagi"})


def _arranges_meeting(units: list, k: int, sentence: list) -> bool:
    """torang meeting with no one else named, in a sentence that tells no past (no past time word, no
    da, no next step after kong): the speaker and the one addressed meet, or have not met for long,
    'kita' (torang baku dapa di gereja hari Minggu, so lama torang nda baku dapa); a meeting told
    as a past event, a group's own or a habit is the speaker's group's (torang baku dapa kalamaring;
    ... kong minum kopi; torang basudara jarang baku dapa: 'kami')."""
    words, at = clause(units, k)
    meeting = next((i for i in range(at + 1, len(words)) if words[i].key in _MEETING), None)
    if meeting is None or any(unit.key in _WITH for unit in words[meeting + 1:]) or any(
            unit.key.partition(" ")[0] in _HABIT for unit in words) or (
            at + 1 < len(words) and words[at + 1].key in _GROUP):
        return False  # torang basudara, torang tiap hari baku dapa: the speaker's group, its habit
    told = sentence[sentence.index(units[k]) + 1:]
    return not any(unit.key in PAST_POINTS or unit.key in _TOLD_PAST for unit in sentence) and not any(
        unit.key in _NEXT_STEP for unit in told)


# Reciprocal verbs of meeting, and what tells a meeting as a past event.
_MEETING = frozenset({"baku dapa", "bakudapa", "baku ketemu", "bakutemu", "baketemu", "baku jumpa"})
_TOLD_PAST = frozenset({"da", "tadi", "waktu itu", "dulu"})
_NEXT_STEP = frozenset({"kong", "lalu", "terus", "trus"})
# A group named after torang or a habit of meeting: what the speaker tells of their own people, 'kami'
# (torang basudara so jarang baku dapa, torang sekeluarga tiap Minggu baku dapa).
_GROUP = frozenset({"basudara", "bersaudara", "sekeluarga", "samua", "semua"})
_HABIT = frozenset({"tiap", "setiap", "sering", "jarang", "biasa", "biasanya", "slalu", "selalu", "ja"})  # ja: habit


def _settles(units: list, k: int) -> bool:
    """jo closes the clause torang opens: the group settles for it, a proposal to the one addressed
    (torang singga di warung jo -> kita mampir di warung saja; development sets and MangARTI mining
    and dev parts 'kita' 20 of 20 outside a kalu sentence and after jadi, where the group reports
    what it settled for: jadi torang pake lotion jo -> 'kami'). Not after a demonstrative, which points
    back to what happened (Itu torang kase bensin jo: how the group dealt with it, told)."""
    if k and units[k - 1].joined and units[k - 1].pos == "dem":
        return False
    words, at = clause(units, k)
    return any(unit.key == "jo" or unit.key.endswith(" jo") for unit in words[at + 1:])


def _after_a_state(sentence: list, we, vocabulary: IndonesianVocabulary) -> bool:
    """An earlier clause of the sentence tells a thing's state with so (Bis so penuh, torang musti
    tunggu): what the group must do is the outcome of its situation, told, 'kami' (development sets
    3 of 3)."""
    clause_start = True
    for at, unit in enumerate(sentence):
        if unit is we:
            return False
        if unit.key in ("so", "su") and at and not clause_start and sentence[at - 1].joined and (
                thing(sentence[at - 1], vocabulary) and sentence[at - 1].key not in PERSON_NOUNS) and any(
                not u.joined for u in sentence[at:sentence.index(we)]):
            return True
        clause_start = not unit.joined
    return False


def _called_first(sentence: list, we) -> bool:
    """The sentence opens with the addressee called by a title or kin term, a clause of its own,
    and `we` opens the next clause (Ibu, torang mo ...; Pak guru, torang mo ...)."""
    at = 0
    while at < len(sentence) - 1 and sentence[at].joined:
        at += 1
    if at + 1 >= len(sentence) or sentence[at + 1] is not we or "," not in sentence[at].glue:
        return False
    return all(unit.key in TITLES or unit.key in PERSON_NOUNS or unit.source == NAME for unit in sentence[:at + 1])


def _clause_start(units: list, k: int):
    while k > 0 and units[k - 1].joined:
        k -= 1
    return units[k]


def _reaches_hearer(units: list, k: int) -> bool:
    """A second person after torang in its clause: its object, beneficiary or companion
    (torang musti bilang pa ngana, torang pigi deng ngana, torang baku dapa deng ngana)."""
    words, at = clause(units, k)
    return any(unit.key in _SECOND_PERSON for unit in words[at + 1:])


def _opens_with_request(sentence: list, we, vocabulary: IndonesianVocabulary) -> bool:
    """The sentence opens with a clause that asks the hearer to act (Kase mati lampu, torang mo
    tidor; Singgah dulu, torang minum kopi): what 'we' do next includes the hearer."""
    first = sentence[0]
    at = 0
    while at < len(sentence) - 1 and sentence[at].joined and sentence[at] is not we:
        at += 1
    if sentence[at] is we:
        return False  # torang in the first clause: it is the clause's own subject
    if first.gloss == ("CAUS",) and not first.ind:
        return True  # kase + verb at the sentence start is the imperative (Matikan lampu)
    verb = first.pos == "v" or first.pos == "" and first.root and vocabulary.active(first.root)
    return bool(verb) and first.joined and sentence[1].key in SOFTENERS  # Buka jo tu pintu, ...


def read_pronouns(units: list, types: list) -> None:
    """An Indonesian prior keeps every homograph's Indonesian reading; in a turn its own words make
    Manado Malay (Kita so kaweng, kita pe suami ...) a pronoun is the speaker's Manado one (kita
    'saya'), while the other shared words keep the turn's wording (tensi, abis, tiap), which
    Indonesian speakers of the region use as well (oma, mama count as Manado words)."""
    for k, unit in enumerate(units):
        word_type = types[unit.first]
        if unit.pos == "pron" and unit.key == word_type.lower and unit.ind == word_type.kept and not _all_of_us(units, k):
            unit.ind, unit.cap = word_type.translation, word_type.translation_cap


def _all_of_us(units: list, k: int) -> bool:
    """units[k] is the inclusive we: semua, sama-sama or bersama follows it, with no one after that."""
    if k + 1 >= len(units) or not units[k].joined or units[k + 1].key not in _ALL_OF_US:
        return False
    after = units[k + 2] if k + 2 < len(units) and units[k + 1].joined else None
    return after is None or not (after.key in _WITH or after.pos == "pron" or after.key in PERSON_NOUNS or after.source == NAME)
