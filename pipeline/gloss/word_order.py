"""Manado Malay evidence from word order, for segments whose words all look Indonesian.

Some Manado sentences use only words Indonesian shares ("Ini hari hari Sabtu.", "Kirim kita pulsa
dulu."), so word evidence calls them Indonesian. Two orders say Manado Malay where Indonesian
grammar does not allow them:
- the demonstrative before its time noun closing a clause or before a second 'hari' (ini hari =
  'hari ini'): Indonesian puts ini after the noun, and 'ini hari' opens a predicate there (Ini hari
  pertama saya) that neither a clause end nor another 'hari' can be;
- a bare verb, then kita/torang, then a thing (kirim kita pulsa): Indonesian marks the one a thing
  is given or sent to on the verb (kirimi, belikan); only the verbs of giving take two objects bare
  (kasih kami waktu, beri kami kekuatan), so they say nothing;
- ada before a bare -kan/-i verb (pendeta ada umumkan): Manado ada marks the act's aspect, while
  Indonesian puts no ada before a verb of that form (ada yang mengumumkan); so does ada between
  a subject and a bare verb root that is no everyday noun (bidan ada datang), where Indonesian
  has ada only for what one has (Ibu ada pesan?) or, opening a clause, for what there is;
- abis before a verb opening a clause (Abis makan, ...): Manado 'after'; Indonesian writes habis
  (MangARTI mining and dev: the Manado side has abis + verb, the Indonesian side only habis);
- gigi after an animal that bites or a word that opens a predicate (anjing suka gigi orang):
  Indonesian bites with gigit, and gigi there can only be the Manado verb;
- kita + a name making a whole sentence or clause, or before where she is from (Kita Ellen., Selamat
  pagi, kita Ani dari Bitung.), and nama kita + a name closing its clause (Nama kita Ani.): a speaker
  saying who she is; Indonesian kita 'we' is no one person's name, nor has 'we' one name;
- sementara between a person and her verb (kita sementara mandi): the Manado progressive 'sedang';
  Indonesian sementara opens a clause ('while') or says 'for now' of a state or a thing (toko
  sementara tutup), not what a person is busy doing.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import PERSON_NOUNS
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.morphology import NAME
from pipeline.gloss.senses import BEFORE_BITING, BITERS
from pipeline.gloss.tokens import is_clause_internal

_DEMONSTRATIVES = frozenset({"ini", "ni"})
_DAY = "hari"
_RECIPIENTS = frozenset({"kita", "torang"})
_BARE_GIVING = frozenset({"kasih", "kase", "beri", "bagi", "kaseh"})  # two bare objects in Indonesian too
_THING_POS = frozenset({"n", "acr"})
_ADA = "ada"
_AFTER = "abis"  # Indonesian habis; 'abis' + verb opening a clause is Manado 'after'
_SUBJECT_POS = frozenset({"pron", "n"})
# verb roots Indonesian also uses as nouns after a possessive ada (Ibu ada pesan? 'a message')
_ALSO_NOUNS = frozenset({"pesan", "rasa", "cerita", "kabar", "janji", "daftar", "tanda", "kerja", "jalan",
                         "main", "salah"})
_BITE = "gigi"
_NOUN_OPENER = "yang"  # yang gigi susunya tanggal: a tooth
# a word each order holds: a segment without any has none of them
_ADA_ABIS = frozenset({_ADA, _AFTER})
_PROGRESSIVE = frozenset({"sementara", "samantara"})
# Verbs of an arrangement that lasts a while: sementara before them is Indonesian 'for now' too (dia
# sementara tinggal di rumah saudara), so they say nothing
_FOR_NOW = frozenset({"tinggal", "tingga", "numpang", "menumpang", "nginap", "kerja", "karja", "bakarja", "pake",
                      "pakai", "pinjam", "libur", "pindah", "pinda", "brenti", "berhenti", "tutup", "buka"})
_TRIGGERS = _DEMONSTRATIVES | _RECIPIENTS | _ADA_ABIS | _PROGRESSIVE | {_BITE}
_I = "kita"
_NAME = "nama"
_ORIGIN = frozenset({"dari", "asal"})  # Kita Ani dari Bitung: the name, then where she is from


def order_evidence(types: list, glues: list[str], vocabulary: IndonesianVocabulary, ada_abis_only: bool = False
                   ) -> float:
    """Manado evidence (one per order found) in a segment's word types; `glues` follow each word.
    `ada_abis_only` (under an Indonesian prior, an interviewer's question) looks only at ada and abis
    before a verb, which no Indonesian writer puts there; 'ini hari' may be a slip of order there."""
    if (_ADA_ABIS if ada_abis_only else _TRIGGERS).isdisjoint([word_type.lower for word_type in types]):
        return 0.0
    found = 0.0
    last = len(types) - 1
    for k, word_type in enumerate(types[:-1]):
        if not is_clause_internal(glues[k]):
            continue
        lower = word_type.lower
        if lower == _ADA:
            found += 1.0 if vocabulary.is_suffixed_verb(types[k + 1].lower) or (
                k > 0 and is_clause_internal(glues[k - 1]) and types[k - 1].pos in _SUBJECT_POS
                and _is_bare_verb(types[k + 1], vocabulary)) else 0.0
        elif lower == _AFTER and (k == 0 or not is_clause_internal(glues[k - 1])) and types[k + 1].pos == "v":
            found += 1.0
        elif ada_abis_only:
            continue
        elif types[k + 1].lower == _BITE and (lower in BITERS or lower in BEFORE_BITING and lower != _NOUN_OPENER):
            found += 1.0
        elif lower == _I and types[k + 1].source == NAME and (k == 0 or not is_clause_internal(glues[k - 1])):
            end = _name_end(k + 1, types, glues)
            found += 1.0 if _closes(end, types, glues) or types[end + 1].lower in _ORIGIN else 0.0
            # Kita Ellen. / Selamat pagi, kita Yolanda dari Bitung.: who the speaker is
        elif lower == _NAME and types[k + 1].lower == _I and k + 2 <= last and types[k + 2].source == NAME and (
                is_clause_internal(glues[k])):
            found += 1.0 if _closes(_name_end(k + 2, types, glues), types, glues) else 0.0
            # Nama kita Maria.: one person's name, the speaker's
        elif lower in _PROGRESSIVE and k > 0 and is_clause_internal(glues[k - 1]) and types[k + 1].pos == "v" and (
                types[k + 1].lower not in _FOR_NOW) and (types[k - 1].pos == "pron" or types[k - 1].lower in PERSON_NOUNS):
            found += 1.0  # kita sementara mandi: a person busy with an act
        elif lower in _DEMONSTRATIVES:
            if types[k + 1].lower == _DAY and (k + 1 == last or not is_clause_internal(glues[k + 1]) or (
                    types[k + 2].lower == _DAY)):
                found += 1.0
        elif types[k + 1].lower in _RECIPIENTS and k + 1 < last and is_clause_internal(glues[k + 1]) and (
                word_type.pos == "v" and word_type.root in ("", lower) and lower not in _BARE_GIVING
                and types[k + 2].pos in _THING_POS and types[k + 2].lower != _DAY):  # makan kita hari ini: a time
            found += 1.0
    return found


def _name_end(k: int, types: list, glues: list[str]) -> int:
    """The last word of the name that starts at `k` (Jefri Lumingkewas: its words in one clause)."""
    while k + 1 < len(types) and is_clause_internal(glues[k]) and types[k + 1].source == NAME:
        k += 1
    return k


def _closes(k: int, types: list, glues: list[str]) -> bool:
    """The word at `k` ends its clause (the segment, a comma or a sentence end follows it)."""
    return k == len(types) - 1 or not is_clause_internal(glues[k])


def _is_bare_verb(word_type, vocabulary: IndonesianVocabulary) -> bool:
    """An Indonesian verb root without affixes that is no everyday noun (datang, bantu; not pesan)."""
    lower = word_type.lower
    return word_type.pos == "v" and word_type.root in ("", lower) and lower not in _ALSO_NOUNS and (
        vocabulary.is_verb_root(lower))
