"""A clause that says what its subject is: 'adalah' in place of the itu that closes the subject.

Manado Malay, like spoken Indonesian, joins a subject and a noun predicate with no verb, marking the
subject's end with itu (Acara pertama itu doa pembukaan); written Indonesian says the identity with
'adalah' (MangARTI mining part: 'adalah' in about 20 such references, none keeping the topic itu):
  Kasehatan itu harta yang paling mahal.     -> Kesehatan adalah harta yang paling mahal.
  Bekeng dodol itu laki-laki pe karja.       -> Membuat dodol adalah pekerjaan pria.
Only a noun predicate takes it: an adjective after itu, or pe grading one, is the predicate itself
(Anak itu nakal, Kandang itu pe bau), and a noun followed by a verb or an aspect word of its clause is
the subject or object of that verb, not the predicate. Left alone: a clause opening with ini/itu, which
presents what is pointed at (Ini kita pe ade -> Ini adik saya); a time before itu (waktu itu hari
Minggu 'at that time'); itu after a verb, which points at the verb's object (bongkar jo bambu itu
waktu Natal); a cleft, a thing and then the person who did it (Tanah itu papa yang bli); what is said
after a verb of saying (dia bilang TB itu penyakit keturunan); a question. After a lone noun that itu points
at, a person other than one's own kin or a thing the predicate names again, itu stays before 'adalah'
(Orang itu tukang kayu -> Orang itu adalah tukang kayu; Kamar itu kamar tidor -> Kamar itu adalah ...).
"""

from __future__ import annotations

from pipeline.gloss.clause_words import (
    BEFORE_VERB_POS, CAUSATIVES, SEX_WORDS, clause, is_time, person, starts_predicate)
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.kin_names import NAMING_KIN
from pipeline.gloss.morphology import NAME

# Where the predicate noun's own phrase ends its reach: a relative clause, a purpose, a reason, a
# place or a companion; a verb past these is no verb of the clause's subject.
_FRAMING = frozenset({"tu", "ni"})
_GRADED = ("sangat ", "paling ", "terlalu ", "agak ", "lebih ", "cukup ")  # an adjective graded by skali, talalu
_PHRASE_ENDS = frozenset({"yang", "untuk", "buat", "karena", "supaya", "agar", "kalau", "di", "ke", "dari", "dengan",
                          "sampai", "tapi", "tetapi", "dan", "atau", "seperti"})


def join_with_adalah(units: list, vocabulary: IndonesianVocabulary) -> None:
    """Write 'adalah' where itu closes the subject of a noun predicate, in place (see the module docstring)."""
    for k, unit in enumerate(units):
        if unit.key != "itu" or unit.ind != "itu" or not unit.joined or k == 0 or not units[k - 1].joined:
            continue
        words, at = clause(units, k)
        if at + 1 < len(words) and "?" not in words[-1].glue and _subject_before(words, at, vocabulary) and (
                _noun_predicate(words, at + 1, vocabulary, dated=any(is_time(w) for w in words[:at]))):
            # after tu/ni opening the subject itu is its demonstrative too (Tu rumah biru itu ... -> Rumah
            # biru itu adalah ...); alone it only closes the subject and gives way
            framed = any(w.key in _FRAMING and not w.ind for w in words[:at])
            unit.ind = "itu adalah" if framed or _one_pointed_at(words, at) else "adalah"


def _one_pointed_at(words: list, at: int) -> bool:
    """A lone noun before itu that itu points at, a demonstrative to keep: a person noun other than
    the kin one names as one's own (Orang itu tukang kayu -> Orang itu adalah ...; Mama itu bidan
    -> Ibu adalah bidan), or a thing the predicate names again (Kamar itu kamar tidur ...)."""
    if at != 1 or words[0].pos not in ("n", "loc"):
        return False
    subject = words[0]
    return (person(subject) or subject.key in SEX_WORDS) and subject.key not in NAMING_KIN or (
        words[at + 1].key.partition(" ")[0] == subject.key)


def _noun_predicate(words: list, at: int, vocabulary: IndonesianVocabulary, dated: bool) -> bool:
    """words[at] opens a noun phrase that the clause has no verb for: a noun, of more than one word
    unless the lexicon calls it one; a time noun only after a time (Hari ini itu hari Minggu)."""
    head = words[at]
    if head.ind == "yang" and at + 1 < len(words) and words[at + 1].ind.startswith("paling"):
        return True  # Kita pe kamar itu yang paling besar: the one that is most so, named by yang
    if head.pos == "poss":
        if head.key == "pe" or at + 1 == len(words) or words[at + 1].pos != "n":
            return False  # Kandang itu pe bau: pe grades the adjective
    elif head.pos not in ("n", "loc", "") or head.source == NAME or not head.ind or head.ind.startswith(_GRADED) or (
            is_time(head) and not dated) or (
            head.pos == "" and (starts_predicate(head, vocabulary) or head.ind in _PHRASE_ENDS or at + 1 == len(words))):
        return False
    noun = at + 1 if head.pos == "poss" else at
    if noun + 1 < len(words) and words[noun + 1].ind == "yang" and person(words[noun]):
        return False  # Tanah itu kita pe papa yang bli: the one who did it, a cleft
    if at + 2 == len(words) and words[at + 1].pos == "dem":
        return False  # Banyak orang yang cari itu akhir-akhir ini: a time pointed at
    for word in words[at + 1:]:
        if word.ind in _PHRASE_ENDS or word.pos in ("conj", "prep"):
            return True
        if word.pos in BEFORE_VERB_POS and word.pos != "adv" or word.pos == "q" or starts_predicate(word, vocabulary):
            return False  # Jaring itu tali so putus: the noun is a verb's subject
    return True


def _subject_before(words: list, at: int, vocabulary: IndonesianVocabulary) -> bool:
    """What comes before itu is a subject it closes: a noun phrase, a pronoun, or an act named as a
    thing (Bekeng dodol itu ...: the verb opens the clause), not a time (waktu itu), nor a verb's
    object (bongkar jo bambu itu; dia bilang TB itu ...)."""
    before = words[at - 1]
    if is_time(before) or before.pos in ("aux", "neg", "prep", "conj", "ptc"):
        return False
    related = any(w.ind == "yang" for w in words[:at - 1])  # Film yang dorang putar itu ...
    # an act named as a thing opens the clause, its whole phrase the subject (Bangun pagi-pagi itu ...)
    named_act = at > 1 and (words[0].pos == "v" or starts_predicate(words[0], vocabulary))
    for i, word in enumerate(words[:at]):
        if word.pos in BEFORE_VERB_POS and word.pos != "adv" or word.pos == "ptc" or word.key in CAUSATIVES:
            return False  # se kecil itu ...: a request's object
        if (word.pos == "v" or starts_predicate(word, vocabulary)) and not (related or named_act) and (
                i or i == at - 1 or before.pos not in ("n", "")):
            return False
    return True
