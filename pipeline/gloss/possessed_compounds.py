"""How far the thing possessed reaches: the words after it that stay inside the possessed phrase.

possessives.py puts a possessive in Indonesian order (kita pe X -> X saya); which words X is decides
where the owner goes, and is a question of its own, answered here:
  a compound of two nouns (kita pe sepatu sekolah -> sepatu sekolah saya), not a person's work or
  day (dia pe papa polisi -> ayahnya polisi), nor a time (depe mama kemarin)
  a bare verb and its object that name a thing's use (cek kita pe kartu minum obat -> kartu minum
  obat saya), not a person's act (kita pe anak minum obat)
  a name after a thing's noun (kita pe kamus bahasa Inggris), a side (depe gigi muka -> gigi depannya)
And the word classes the two modules share: what ends a possessed noun (NOT_COMPOUND), what opens a
predicate after it (ASPECTS, STILL), the verbs after which it heads a clause (NOT_ATTRIBUTING).
"""

from __future__ import annotations

from pipeline.gloss.clause_words import (
    CAUSATIVES, PERSON_NOUNS, TIME_UNITS, TITLES, WEATHER, WHEN_WORDS, person)
from pipeline.gloss.demonstratives import is_plain_noun
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.morphology import INDONESIAN, NAME
from pipeline.gloss.units import Unit
from pipeline.person_words import WORKS_AS, trades

# Which side of a thing: after the possessed noun it names the part, inside the phrase (gigi depannya).
_SIDES = frozenset({"depan", "belakang", "kiri", "kanan", "samping", "tengah"})
# What a person is by work or office: after a possessed person, the predicate (dia pe papa polisi ->
# ayahnya polisi), not part of the noun as kin words are (kita pe kaka ipar -> kakak ipar saya).
_OCCUPATIONS = trades(WORKS_AS)  # person_words.PEOPLE_BY_TRADE
# Nouns that end a possessed noun rather than extend it: when, not what (depe mama kemarin bilang);
# a wound, said of the body part it is on (ngana pe tangan luka -> tanganmu luka; Indonesian puts
# luka first in its compounds: luka bakar).
NOT_COMPOUND = TIME_UNITS | WEATHER | WHEN_WORDS | frozenset({"orang", "luka"})
# What a person has on a day of their own: after a possessed person, the predicate (kita pe ade
# ulang taong besok -> adik saya ulang tahun besok); after a thing, a compound (pesta ulang taong).
_PERSONS_DAYS = frozenset({"ulang", "wisuda", "sidi"})
ASPECTS = frozenset({"so", "sudah", "blum", "belum"})  # also opening an expression (so jadi, so lama)
STILL = frozenset({"masih", "juga", "le", "cuma", "pasti", "memang", "kote", "sto"})  # open a predicate
# Verbs and prepositions after which a possessed noun + adjective is a clause of its own: what is
# perceived, said or reached (rasa tape badan pica-pica; sampe dorang pe mulu fol).
NOT_ATTRIBUTING = frozenset({"rasa", "merasa", "lia", "lihat", "dengar", "bilang", "babilang", "pikir", "tau",
                              "tahu", "inga", "ingat", "kira", "sampe", "sampai", "supaya", "agar", "kalu", "kalo"}
                             ) | CAUSATIVES  # bekeng kita pe badang panas: the result


def verb_phrase_compound(units: list[Unit], pe_at: int, first: int, vocabulary: IndonesianVocabulary) -> int:
    """How many units of a bare verb (and its object noun) close a compound with the thing possessed
    after units[pe_at] (kartu minum obat, tempat tidur): 0 unless the thing is no person and the
    possessive is the object of a verb or the subject of a predicate that follows (cek kita pe kartu
    minum obat; kita pe tempat tidur so rusak); a person does the act (kita pe anak minum obat), and
    a thing's verb with nothing after it is the predicate (kita pe doi ilang)."""
    owned, at = units[pe_at + 1], pe_at + 2
    if at >= len(units) or not owned.joined or person(owned) or not (
            owned.pos in ("n", "loc") or is_plain_noun(owned, vocabulary)):
        return 0
    verb = units[at]
    if not (verb.pos == "v" or verb.pos == "" and verb.root and vocabulary.is_verb_root(verb.root)) or (
            not verb.root or verb.ind != verb.root or verb.ind.endswith("nya")):
        return 0
    if verb.joined and at + 1 < len(units) and units[at + 1].pos == "n" and (
            units[at + 1].key not in PERSON_NOUNS and units[at + 1].key not in NOT_COMPOUND):
        at += 1  # minum obat: the verb's object is inside the compound too
    before = units[first - 1] if first > 0 and units[first - 1].joined else None
    after = units[at + 1] if at + 1 < len(units) and units[at].joined else None
    object_of_verb = before is not None and before.pos == "v" and before.key not in NOT_ATTRIBUTING
    # a predicate after: so, nda, masih (tempat tidur so rusak); an adjective or a verb only after the
    # object (kartu minum obat ilang), as right after the verb it goes with the verb (mata mulai susa),
    # but after a place's use (depe kamar tidur gelap, depe sumur gali so kering) an adjective too
    predicate_after = after is not None and (after.pos in ("aux", "neg") or after.key in STILL or (
        after.key in ASPECTS) or at > pe_at + 2 and after.pos in ("adj", "v") or (
        owned.pos == "loc" and after.pos == "adj"))
    return at - pe_at - 1 if object_of_verb or predicate_after else 0


def side_of_noun(units: list[Unit], at: int) -> bool:
    """units[at] names a side of the noun before it (gigi muka, kamar belakang), not a place before
    another noun (ruma muka sekolah: in front of the school)."""
    return units[at].ind in _SIDES and not (at + 1 < len(units) and units[at].joined and units[at + 1].pos in (
        "n", "loc", "pron") or at + 1 < len(units) and units[at].joined and units[at + 1].source == NAME)


def occupation_of(possessed: Unit, noun: Unit) -> bool:
    """`noun` after a possessed person says what the person is or has (dia pe papa polisi, kita pe
    ade ulang taong), no compound."""
    head = noun.key.partition(" ")[0]
    return possessed.key in PERSON_NOUNS and (head in _OCCUPATIONS or head in _PERSONS_DAYS)


def noun_compound(units: list[Unit], pe_at: int, vocabulary: IndonesianVocabulary) -> bool:
    """The thing possessed after units[pe_at] is a compound of two nouns, both inside the possessed
    phrase (kita pe sepatu sekolah -> sepatu sekolah saya, depe baju sekolah -> baju sekolahnya):
    not a person's predicate noun (dia pe papa polisi, anak skola: a person does), not a time
    (depe mama kemarin), not the thing given after a person (kase depe kucing makanan)."""
    owned, second = units[pe_at + 1], units[pe_at + 2]
    if second.key in PERSON_NOUNS or second.key.partition(" ")[0] in NOT_COMPOUND or (owned.key in PERSON_NOUNS or owned.key in TITLES) and (
            second.key in _OCCUPATIONS or not _described_after(units, pe_at + 3)):
        return False  # dia pe papa polisi; but torang pe guru agama baru: an adjective closes the compound
    # kita pe kamus bahasa Inggris: a name closes the compound (kamus, also a verb root)
    named = owned.joined and second.joined and pe_at + 3 < len(units) and is_plain_noun(second, vocabulary) and (
        name_of_noun(units, pe_at + 3))
    if not named and (not (owned.pos in ("n", "loc") or is_plain_noun(owned, vocabulary)) or second.source == NAME or (
            second.upper) or not (second.pos in ("n", "loc") or _noun_before_predicate(units, pe_at + 2, vocabulary))):
        return False  # an Indonesian word may be the predicate itself (sinyal jelek, motor mogok di jalan)
    return pe_at == 0 or not units[pe_at - 1].joined or units[pe_at - 1].key not in CAUSATIVES


def _described_after(units: list[Unit], at: int) -> bool:
    """An adjective, a second pe or a name at units[at]: what went before is one noun phrase (guru
    agama, guru bahasa Inggris)."""
    return at < len(units) and units[at - 1].joined and (
        described_by(units[at]) or units[at].key == "pe" or name_of_noun(units, at))


def name_of_noun(units: list[Unit], at: int) -> bool:
    """A capitalised word inside the sentence right after a thing's or a place's noun, with the
    predicate after it, is the noun's name and stays in the possessed phrase (kita pe kamus bahasa
    Inggris ilang -> kamus bahasa Inggris saya hilang, torang pe kampung Tateli so rame; a place the
    lexicon spells with a capital: dia pe buku Posyandu ilang -> buku Posyandunya); closing its
    clause it is the predicate (kita pe nama Ronald), after a person the person's name (dorang pe
    anak Maria)."""
    unit, noun = units[at], units[at - 1]
    return at + 1 < len(units) and unit.joined and unit.upper and (
        unit.source in (NAME, INDONESIAN) or unit.pos == "loc") and noun.source != NAME and not noun.upper and (
        noun.key not in PERSON_NOUNS and noun.key not in TITLES) and (noun.pos in ("n", "loc") or (
            noun.pos == "" and noun.source == INDONESIAN))


def _noun_before_predicate(units: list[Unit], at: int, vocabulary: IndonesianVocabulary) -> bool:
    """An Indonesian word the lexicon leaves untagged that reads as a noun, with the predicate right
    after it (depe hasil ujian bagus skali, tape lampu senter mati): the second noun of a compound,
    not the predicate an adjective would be (ngana pe sinyal jelek, ...)."""
    if not is_plain_noun(units[at], vocabulary) or at + 1 >= len(units) or not units[at].joined:
        return False
    after = units[at + 1]
    # not so, nda: tape kaki bengkak so dua hari; baru or a second pe describes the compound (torang
    # pe guru agama baru pe bae); a noun made with -an is no state, also before them (kita pe toko
    # bangunan so tutup -> toko bangunan saya sudah tutup)
    return after.pos in ("v", "adj") or after.key == "baru" or after.key == "pe" or after.pos in ("aux", "neg") and (
        _an_noun(units[at].ind, vocabulary))


def _an_noun(word: str, vocabulary: IndonesianVocabulary) -> bool:
    """A noun Indonesian makes from a root with -an (bangunan, tabungan, minuman)."""
    return len(word) > 5 and word.endswith("an") and vocabulary.is_lemma(word[:-2])


def described_by(unit: Unit) -> bool:
    """An adjective, or baru (an adverb, 'just', before a verb): after a possessed noun that another
    predicate follows it is 'new' (torang pe rumah baru so jadi -> rumah baru kami sudah jadi)."""
    return unit.pos == "adj" or unit.key == "baru"
