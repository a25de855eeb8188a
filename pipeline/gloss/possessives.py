"""The possessive phrase in Indonesian order, as the free translation is assembled.

  X pe Y -> Y X (kita pe rumah -> rumah saya; om Yance pe rumah -> rumah om Yance)
  depe/dp Y -> Y-nya, nga pe Y -> Y-mu (attach_suffix; KK-nya for acronyms and numbers)
  an adjective after the possessed noun joins it where it describes it, not where it is the
  clause's predicate (ambe tape sepatu itam -> sepatu hitam saya; tape kaki saki -> kaki saya sakit)
  pe with no owner intensifies (Pe enak ni kue! -> Enak sekali kue ini; graded_pe.py)
  which words after the possessed noun stay inside the possessed phrase: possessed_compounds.py
Split from translate.py, which calls `possessive` while it assembles a sentence.
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.clause_words import (
    COORDINATORS, NUMBER_WORDS, PERSON_NOUNS, PLACE_PHRASE_PREPOSITIONS, SEX_WORDS, TITLES, person)
from pipeline.gloss.demonstratives import is_plain_noun, shown_owner
from pipeline.gloss.body_parts import paired_part
from pipeline.gloss.graded_pe import (
    DEGREE_WORDS, closes_clause, degree_follows, graded_after_adverb, graded_person, graded_predicate, opening_noun,
    placed_owner)
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.possessed_compounds import (
    ASPECTS, NOT_ATTRIBUTING, NOT_COMPOUND, STILL, described_by, name_of_noun, noun_compound, occupation_of,
    side_of_noun, verb_phrase_compound)
from pipeline.gloss.subject_phrase import in_relative_of_subject, named_owner_nouns, opens_clause
from pipeline.gloss.morphology import ACRONYM, INDONESIAN, NAME, NOMINAL_SOURCES, NUMBER, RULE, UNKNOWN
from pipeline.gloss.tokens import is_clause_internal, starts_sentence
from pipeline.gloss.units import Unit
from pipeline.gloss.sentence_capitals import sentence_capital

NOT_POSSESSED = frozenset({"aux", "neg", "conj", "prep", "ptc", "interj", "rel", "poss", "prefix"})
_SUFFIX_POSSESSORS = {"nya": "nya", "dia": "nya", "kamu": "mu", "aku": "ku"}  # aku: intimate.py
_ORDINALS = frozenset({"pertama", "terakhir"})
# Adverbs after pe that close the clause's object rather than name a thing owned (pinjam ngana pe
# dulu -> pinjam punyamu dulu).
_NOT_OWNED = frozenset({"dulu", "saja", "juga", "lagi", "sekarang", "tadi", "nanti"})
_NOT_OWNERS = frozenset({"rel", "conj", "prep", "aux", "neg"})  # yang pe bagus: no one owns
# Words that never close a noun phrase: the noun after them is part of what is possessed
# (depe mantan suami -> mantan suaminya, not 'mantannya suami').
_BEFORE_NOUNS = frozenset({"mantan", "bekas", "calon", "almarhum", "almarhumah"})
# Words whose capital at the sentence start is the sentence's, not their own (not a name or a word
# no source knows, which may be a name: Yance pe rumah).
_KNOWN_WORDS = frozenset({"lexicon", INDONESIAN})
_CLOSING_DEMONSTRATIVES = frozenset({"ni", "ini", "tu", "itu"})


def possessive(units: list[Unit], k: int, out: list[list], pending_cap: bool,
               vocabulary: IndonesianVocabulary) -> int:
    """Append the possessive phrase opened by units[k] (pe, depe, dp, nga pe ...) to `out` (rows of
    [text, glue, cap]) in Indonesian order, taking its possessor back from `out`; the index of the
    first unit after the phrase."""
    u = units[k]
    possessed = None
    if k + 1 < len(units) and u.joined:
        candidate = units[k + 1]
        if candidate.pos not in NOT_POSSESSED and candidate.ind and candidate.ind not in _NOT_OWNED:
            possessed = candidate
    cap = u.cap or pending_cap
    if u.key == "pe":
        if out and is_clause_internal(out[-1][1]) and units[k - 1].pos not in _NOT_OWNERS and (
                units[k - 1].key != "yang") and not graded_after_adverb(units, k, possessed):
            possessor, _, possessor_cap = out.pop()
            if possessor_cap and k >= 2 and units[k - 1].upper and not starts_sentence(units[k - 2].glue):
                # soal Oma pe obat -> soal obat Nenek: a capital inside the sentence is the
                # possessor's own (an address, a title), not the sentence's
                possessor, possessor_cap = possessor[:1].upper() + possessor[1:], False
            # Tante pe rica, Puskesmas pe jarak: a possessor that opened the sentence with its own
            # capital hands the sentence's capital on to what it owns (a name's capital is its own)
            cap = possessor_cap or possessor[:1].isupper() and units[k - 1].source in _KNOWN_WORDS and starts_sentence(
                out[-1][1] if out else None)
            if k == 1 and (_common_noun(units[0]) or sentence_capital(units[0])) and (
                    possessor == units[0].key.capitalize()):
                # Anak pe berat badan -> Berat badan anak: the capital was the sentence's; a name
                # keeps its own (Yance pe rumah -> rumah Yance)
                possessor, cap = units[0].key, True
            if k >= 2 and units[k - 2].joined and out and is_clause_internal(out[-1][1]) and (
                    units[k - 1].key in SEX_WORDS and (_common_noun(units[k - 2]) or units[k - 2].key in PERSON_NOUNS)
                    or _owner_compound(units[k - 2], units[k - 1], vocabulary) or possessed is not None and (
                        possessed.pos != "adj" and _described_owner(units, k, vocabulary)) or units[k - 1].pos == "dem" and (
                        _noun(units[k - 2], vocabulary) or _described_before_demonstrative(units, k, vocabulary))):
                # Anak parampuan pe sapatu -> Sepatu anak perempuan: the sex word closes the owner; Kepala desa
                # pe rumah -> Rumah kepala desa: two nouns are the owner, or a noun and its demonstrative (ruma itu)
                # or its adjective before an owned noun (guru baru pe rumah -> rumah guru baru)
                head, _, head_cap = out.pop()
                if _described_before_demonstrative(units, k, vocabulary) and out and is_clause_internal(out[-1][1]):
                    # Pendeta baru itu pe khotbah -> Khotbah pendeta baru itu: the owner's noun, before its adjective
                    noun, _, noun_cap = out.pop()
                    head, head_cap = f"{noun[:1].lower() + noun[1:]} {head}", noun_cap
                cap = (head_cap or head[:1].isupper()) and starts_sentence(out[-1][1] if out else None)
                possessor = f"{head[:1].lower() + head[1:]} {possessor}"
            if (k >= 2 and (units[k - 1].source in (NAME, UNKNOWN) or units[k - 1].upper) and out
                    and is_clause_internal(out[-1][1])
                    and units[k - 2].key in TITLES):  # om Yance pe rumah -> rumah om Yance
                title, _, title_cap = out.pop()
                if title_cap:  # Tanta Nona: the title keeps its capital behind the possessed noun
                    title = title[:1].upper() + title[1:]
                cap = (title_cap or title[:1].isupper()) and starts_sentence(out[-1][1] if out else None)
                possessor = f"{title} {possessor}"
            for _ in range(named_owner_nouns(units, k) if out and is_clause_internal(out[-1][1]) else 0):
                head, _, head_cap = out.pop()  # pasar Tomohon pe ikang -> ikan pasar Tomohon
                cap = (head_cap or head[:1].isupper()) and starts_sentence(out[-1][1] if out else None)
                possessor = f"{head[:1].lower() + head[1:]} {possessor}"
        else:
            possessor = ""
    else:
        possessor = u.ind
    if possessed is None:
        text = _free_possession(possessor) if u.key != "pe" else (
            f"{possessor} punya".strip())
        out.append([text, u.glue, cap])
        return k + 1
    if graded := graded_person(units, k, possessed):
        out.append([graded, possessed.glue, cap])  # Ngana pe pande! -> Kamu pandai sekali!
        return k + 2
    described = _described_owner(units, k, vocabulary)
    if possessor and u.key == "pe" and graded_predicate(possessed) and (_noun(units[shown_owner(units, k)], vocabulary) or (
            opening_noun(units, k - 1, vocabulary)) or described or (
            _described_before_demonstrative(units, k, vocabulary)) or (
            units[k - 1].source == NAME and k >= 2 and units[k - 2].key in PLACE_PHRASE_PREPOSITIONS) or placed_owner(
            units, k) or named_owner_nouns(
            units, k) or (
            units[k - 1].pos == "v" and in_relative_of_subject(units, k - 1))) and (  # kue yang oma bekeng pe enak
            opens_clause(units, k, NOT_ATTRIBUTING)) and closes_clause(units, k + 1):
        # (tu) pesta pe rame skali -> pesta (itu) sangat ramai: an adjective after a noun's pe is its predicate
        # and owns nothing; with no degree word pe grades it (angin pe kancang -> angin kencang sekali); an
        # adjective describing the owner takes yang (ruma baru pe basar -> rumah yang baru besar sekali)
        graded = possessed.joined and degree_follows(units, k + 2)
        if described:
            possessor = f"yang {possessor}"
        out.append([f"{possessor} {possessed.ind}" + ("" if graded else " sekali"), possessed.glue, cap])
        return k + 2
    owned = possessed.ind
    end = k + 2
    glue = possessed.glue
    first = k - (u.key == "pe" and bool(possessor))
    extra = verb_phrase_compound(units, k, first, vocabulary) or paired_part(units, k + 1)  # tangan dan kakinya
    if extra:  # cek kita pe kartu minum obat -> cek kartu minum obat saya
        owned += " " + " ".join(unit.ind for unit in units[end:end + extra] if unit.ind)
        glue = units[end + extra - 1].glue
        end += extra
    # a word with its own owner closes the phrase (tape mata rasanya, dia pe ruma harganya)
    while end < len(units) and is_clause_internal(glue) and not units[end].ind.endswith("nya") and (
            units[end].source in (ACRONYM, NUMBER) or units[end].pos == "acr" or (
                end == k + 2 and possessed.ind in _BEFORE_NOUNS and units[end].ind
                and units[end].pos not in NOT_POSSESSED) or (  # depe nomor NIK; not a name
                end == k + 2 and possessed.pos in ("n", "v") and units[end].pos == "n"
                and units[end].key.partition(" ")[0] not in NOT_COMPOUND  # torang pe kopra minggu ini
                and not occupation_of(possessed, units[end])) or (
                # tugas kalompok; kita pe mantu orang Sangihe, dia pe papa polisi: a predicate
                end == k + 2 and noun_compound(units, k, vocabulary)) or (
                end == k + 2 and possessed.pos in ("n", "loc", "") and side_of_noun(units, end)) or (  # depe gigi muka
                end > k + 1 and is_clause_internal(units[end - 1].glue) and name_of_noun(units, end))):
        owned += " " + units[end].ind
        glue = units[end].glue
        end += 1
    last = _last_adjective(units, end)  # ta pe baju biru panjang so kacili: both describe the shirt
    if end < len(units) and is_clause_internal(glue) and units[end].ind and possessed.pos in ("n", "loc", "") and (
            _ordinal(units[end]) or _new_before_demonstrative(units, end) or described_by(units[end]) and _attributive(
                units, first, last)):
        # ambe tape sepatu itam -> ambilkan sepatu hitam saya; anak pertama saya
        last = max(last, end)
        described = " ".join(unit.ind for unit in units[end:last + 1] if unit.ind)
        if possessor and " " in owned and not _ordinal(units[end]):
            # a noun of several words keeps its owner and takes its adjectives with yang
            # (torang pe guru agama baru -> guru agama kami yang baru)
            glue = units[last].glue
            end = last + 1
            suffix = _SUFFIX_POSSESSORS.get(possessor)
            owner = attach_suffix(owned, suffix) if suffix is not None else f"{owned} {possessor}"
            out.append([f"{owner} yang {described}", glue, cap])
            return end
        owned += " " + described
        glue = units[last].glue
        end = last + 1
    suffix = _SUFFIX_POSSESSORS.get(possessor)
    if suffix is not None:
        text = attach_suffix(owned, suffix)
    elif possessor:
        text = f"{owned} {possessor}"
    elif u.key == "pe" and k > 0 and units[k - 1].key == "yang" and units[k - 1].joined and possessed.pos != "adj":
        text = "punya " + owned  # orang yang pe anjing -> orang yang punya anjing: the relative owns
    elif possessed.pos == "adj" and u.key == "pe" and not degree_follows(units, end):
        # pe with no owner intensifies: Pe enak ni kue! -> Enak sekali kue ini; yang pe bagus -> yang sangat bagus
        text = owned + " sekali" if not out or not is_clause_internal(out[-1][1]) or (
            graded_after_adverb(units, k, possessed)) else "sangat " + owned
    else:
        text = owned
    out.append([text, glue, cap])
    return end


def _described_owner(units: list[Unit], pe_at: int, vocabulary: IndonesianVocabulary) -> bool:
    """An adjective right after a noun before pe: the owner is that noun, the adjective describes it
    (torang pe guru baru pe bae -> guru kami yang baru baik sekali; an untagged noun too: guru agama)."""
    return pe_at >= 2 and described_by(units[pe_at - 1]) and units[pe_at - 2].joined and (
        _noun(units[pe_at - 2], vocabulary))


def _described_before_demonstrative(units: list[Unit], pe_at: int, vocabulary: IndonesianVocabulary) -> bool:
    """Noun, adjective, demonstrative, pe: the adjective describes the noun, and the three are the owner
    (guru muda itu pe rumah -> rumah guru muda itu), not the adjective alone."""
    return pe_at >= 3 and units[pe_at - 1].pos == "dem" and described_by(units[pe_at - 2]) and (
        units[pe_at - 3].joined and _noun(units[pe_at - 3], vocabulary))


def _noun(unit: Unit, vocabulary: IndonesianVocabulary) -> bool:
    """A noun of the lexicon, or an Indonesian word it leaves untagged that reads as one (agama)."""
    return unit.pos in ("n", "loc") or unit.key not in NOT_COMPOUND and is_plain_noun(unit, vocabulary)


def _last_adjective(units: list[Unit], at: int) -> int:
    """The last of the adjectives that follow one another from units[at] in its clause (biru panjang)."""
    while at + 1 < len(units) and units[at].joined and units[at].pos == "adj" and units[at + 1].pos == "adj":
        at += 1
    return at


def _attributive(units: list[Unit], first: int, adjective: int) -> bool:
    """Whether the adjective after a possessed noun (units[first] opens the possessive) describes
    it rather than being the clause's predicate: the phrase is the object of a verb or a
    preposition, or follows itu/ini (dia itu tape tamang bae -> teman baik saya), or another
    predicate follows the adjective (kita pe ade bungsu masih SD -> adik bungsu saya masih SD).
    A possessive opening its clause before an adjective alone is the predicate: tape kaki saki.
    baru before a state or a place, or closing a clause an exclamation opens, is 'new' (ngana pe guru
    baru bae?, nga pe kantor baru di mana?, bagus skali ngana pe sapatu baru!), but the predicate
    closing the owner's own clause (depe oto baru)."""
    if units[adjective].key == "baru" and (adjective + 1 < len(units) and units[adjective].joined and (
            units[adjective + 1].pos == "adj" or units[adjective + 1].key in PLACE_PHRASE_PREPOSITIONS) or (
            not units[adjective].joined and first > 0 and units[first - 1].joined)):
        return True
    if adjective + 1 < len(units) and units[adjective].joined:
        after = units[adjective + 1]
        if after.key in _CLOSING_DEMONSTRATIVES:
            return True  # ngana pe baju baru ni bagus: the demonstrative closes the noun phrase
        if after.key.partition(" ")[0] in PLACE_PHRASE_PREPOSITIONS:
            after = _after_place(units, adjective + 1)  # tape rumah baru di atas bukit so jadi
        if after is not None and (after.pos in ("aux", "neg") or after.key in STILL or (
                after.key.partition(" ")[0] in ASPECTS)) and after.key not in DEGREE_WORDS:
            return True
        # after is None: a place phrase closes the clause, the owner's verb decides below (ambe kita
        # pe payung biru di muka pintu -> payung biru saya; kita pe rumah basar di kampung: the predicate)
        if after is not None and (after.pos not in ("ptc", "prep") or after.key in COORDINATORS):
            return False  # depe harga murah skali, dorang pe calana kotor fol oli, badan panas deng mual
    if first == 0 or not units[first - 1].joined:
        return False
    before = units[first - 1]
    if before.key in NOT_ATTRIBUTING:
        return False
    return before.pos in ("v", "prep") or before.key in ("itu", "ini", "akang", "adalah")


def _after_place(units: list[Unit], at: int) -> Unit | None:
    """The unit after the place phrase that opens at units[at] (di atas bukit: a preposition, then
    nouns and place words) in its clause, or None when the clause ends with it."""
    end = at + 1
    while end < len(units) and units[end - 1].joined and units[end].pos in ("n", "loc", ""):
        end += 1
    return units[end] if end < len(units) and units[end - 1].joined and end > at + 1 else None


def _new_before_demonstrative(units: list[Unit], at: int) -> bool:
    """baru between a possessed noun and a demonstrative is 'new', not 'just' (ngana pe baju baru ni)."""
    return units[at].key == "baru" and units[at].joined and at + 1 < len(units) and (
        units[at + 1].key in _CLOSING_DEMONSTRATIVES)


def _owner_compound(head: Unit, tail: Unit, vocabulary: IndonesianVocabulary) -> bool:
    """Two nouns before pe that make one owner (mesin katinting pe busi -> busi mesin katinting): a
    common noun (its capital may be the sentence's), no time word, then a noun that names no person or
    a word only a sound rule reads."""
    if head.key in NOT_COMPOUND or tail.key in NOT_COMPOUND or head.source == NAME or tail.upper or person(tail):
        return False  # tanta pe anak, Sabtu ade pe: a person owns alone
    if not (head.pos in ("n", "loc") or head.pos == "" and head.source == INDONESIAN and head.ind.lower() not in (
            STOP_WORDS) and not (head.root and vocabulary.is_verb_root(head.root))):
        return False
    return is_plain_noun(tail, vocabulary) or tail.pos == "" and tail.source == RULE


def _common_noun(unit: Unit) -> bool:
    """A noun of the lexicon or of Indonesian (anak, ibu), not a name or a place Indonesian spells
    with a capital (Manado has no part of speech)."""
    return unit.pos == "n" and unit.source not in NOMINAL_SOURCES


def _ordinal(unit: Unit) -> bool:
    """pertama, kedua ...: always describes the noun before it (kita pe anak pertama -> anak pertama saya)."""
    return unit.ind in _ORDINALS or unit.ind.startswith("ke") and unit.ind[2:] in NUMBER_WORDS


def attach_suffix(word: str, suffix: str) -> str:
    """anak + nya -> anaknya; KK + nya -> KK-nya (acronyms and numbers take a hyphen)."""
    last = word.split(" ")[-1]
    if last.isupper() or last[-1:].isdigit():
        return f"{word}-{suffix}"
    return word + suffix


def _free_possession(possessor: str) -> str:
    """What a possessive with nothing after it says: punyamu, punyanya, punya saya (ngana pe -> punyamu)."""
    suffix = _SUFFIX_POSSESSORS.get(possessor)
    return attach_suffix("punya", suffix) if suffix else ("punya " + possessor).strip()
