"""Chat typing read as the words it stands for: abbreviations, digit reduplication, glued amounts.

People type Manado Malay and Indonesian in chats and comments the short way: `sblm` for sebelum,
`anak2` for anak-anak (the digit 2 is the reduplication mark of handwriting and chat), `50rb` for
50 ribu. Like spellings.py's forms, such a word is read as its full form before any analysis, and
the interlinear keeps it as typed. Laughter typed in letters (`wkwk`, `hahaha`) is an interjection
no rule may take for the clause's subject (Wkwk kote dia so ada pacar: ternyata goes after the laugh).

`data/chat_abbreviations.tsv` (the columns of spellings.tsv) holds the abbreviations with one common
reading. A form with two readings is read by its neighbours here (`readings`) or left: `tgl` is
tanggal before a number (tinggal elsewhere, so left); `no` is nomor before a number or a contact word
or after a preposition (elsewhere the Manado particle no 'nah'); `km` and `cm` are kamu and cuma
except after a number (kilometre, centimetre); `dr` is dari before a lower-case word or a number
(the title dr, dokter, stands before a name). Chat's own short forms of two words: `kt` is kata
before the person whose words are reported (kt dokter, kt dia; kita, the lexicon's reading, elsewhere);
`kk` written small is kakak where one addresses someone, opening or closing the clause, after a
greeting or before a name (makase kk, kk mo pesan brapa); the family card KK elsewhere (tiap kk);
`smp` and `sma` written small are sampai and sama unless a school word stands before them or a
school's name after them (kelas 2 sma, waktu smp, sma negeri): then the school levels.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from pipeline.person_words import PERSON_NOUNS, TITLES

CHAT_ABBREVIATIONS = Path(__file__).parent / "data" / "chat_abbreviations.tsv"

# A word with 2 for its reduplication (anak2, rame2, hati2); the base has two letters or more.
_REDUPLICATED = re.compile(r"([a-z]{2,})2")
# A number with its unit glued on (50rb, 5jt, 10k: 10 ribu in shop and price talk).
_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)?)(rb|ribu|jt|juta|k)")
_UNITS = {"rb": "ribu", "ribu": "ribu", "jt": "juta", "juta": "juta", "k": "ribu"}

# Typed laughter (haha, hehe, wkwk, wkwkwk): an interjection, never a subject or a name.
_LAUGHTER = re.compile(r"(?:wk)+w?|(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|(?:hu){2,}h?|(?:xi){2,}")
# Words after which `no` is a noun (di no ini, ka no itu), never the particle.
_PREPOSITIONS = frozenset({"di", "ke", "ka", "pa", "dari", "untuk", "utk", "for", "dengan", "deng", "dg", "dgn"})
# Chat forms that are units of measure after a number (5 km, 10 cm) and words elsewhere.
_UNLESS_MEASURED = {"km": "kamu", "cm": "cuma"}
# Written small, the school levels (kelas 2 sma) or chat's sampai and sama (tunggu smp jam 5, pigi sma mama).
_SCHOOLS = {"smp": "sampai", "sma": "sama"}
_SCHOOL_BEFORE = frozenset({"kelas", "sekolah", "skolah", "sklh", "lulus", "lulusan", "tamat", "tamatan", "murid",
                            "siswa", "siswi", "guru", "masuk", "waktu", "wkt", "jaman", "zaman", "anak", "ank",
                            "di", "ka", "ke", "dari", "dri"})
_SCHOOL_AFTER = frozenset({"negeri", "neg", "n", "swasta", "kristen", "katolik", "islam", "advent", "gmim"})
# Whose words kt 'kata' reports: a person named by a noun, a title or a third-person pronoun.
_REPORTERS = PERSON_NOUNS | TITLES | frozenset({"dia", "de", "dorang", "drg", "orang", "org", "pak", "bu"})
# Words after which kk is addressed (makase kk, halo kk) and words after which it is the family card.
_GREETINGS = frozenset({"makase", "makasih", "mksh", "trima", "terima", "kasih", "halo", "hallo", "hai", "permisi",
                        "pagi", "siang", "sore", "malam", "ok", "oke", "okey", "siap", "ready", "sapa", "e", "eh"})
_COUNTED = frozenset({"tiap", "setiap", "per", "satu", "no", "nomor", "kartu", "data", "ktp",
                      "fotokopi", "fc", "foto", "deng", "dan", "atau", "ato"})
# Joining words: kk beside a person is a kakak (ade deng kk); beside a document (ktp deng kk), the card.
_AND = frozenset({"deng", "dan", "atau", "ato", "dengan", "dg", "dgn", "sama", "sm"})
# Verbs of getting, holding or making a document: kk after them is the family card (so dapa kk?).
_HOLDING = frozenset({"dapa", "dpa", "dapat", "dpt", "punya", "urus", "bekeng", "bikin", "buat", "bawa", "ambe",
                      "ambil", "minta", "kirim", "cetak", "ganti", "pake", "pakai", "scan"})
_TWO_READINGS = frozenset({"tgl", "no", "dr", "kt", "kk"} | set(_UNLESS_MEASURED) | set(_SCHOOLS))
# Forms no table lists for their two readings (mkn makan or mungkin, pgi pagi or pigi, kl): with those
# above, never read as a word with its vowels dropped (spellings.py: tgl is not tagal).
AMBIGUOUS = _TWO_READINGS | frozenset({"mkn", "pgi", "kl"})
# What a number is the number of (no hp, no wa, no rek).
_CONTACTS = frozenset({"hp", "wa", "telp", "tlp", "tlpn", "telepon", "rek", "rekening", "ktp", "kk", "antrian",
                       "antrean", "rumah"})


def typed_form(lower: str, standard_of: Callable[[str], str | None]) -> str | None:
    """The full form of a reduplication written with 2 (anak2 -> anak-anak) or of an amount with its
    unit glued on (50rb -> 50 ribu); `standard_of` gives a base's standard spelling or None when the
    base is no known word (then the form stays as typed)."""
    amount = _AMOUNT.fullmatch(lower)
    if amount:
        return f"{amount[1]} {_UNITS[amount[2]]}"
    doubled = _REDUPLICATED.fullmatch(lower)
    if doubled:
        base = standard_of(doubled[1])
        if base is not None and " " not in base:
            return f"{base}-{base}"
    return None


def is_laughter(lower: str) -> bool:
    """Typed laughter, an interjection the sentence's rules must not take for a word of the clause."""
    return _LAUGHTER.fullmatch(lower) is not None


def _is_number(word: str) -> bool:
    return word[:1].isdigit()


def readings(words: list[str], glues: list[str]) -> dict[int, str]:
    """Position -> full form for the forms with two readings that their neighbours decide."""
    found: dict[int, str] = {}
    for i, word in enumerate(words):
        lower = word.lower()
        if lower not in _TWO_READINGS or word.isupper() and len(word) > 1 and lower != "no":
            continue
        nxt = words[i + 1].lower() if i + 1 < len(words) and not glues[i].strip() else None
        prev = words[i - 1].lower() if i and not glues[i - 1].strip() else None
        if lower == "tgl" and nxt is not None and _is_number(nxt):
            found[i] = "tanggal"
        elif lower == "no" and (nxt is not None and (_is_number(nxt) or nxt in _CONTACTS)
                                or prev in _PREPOSITIONS):
            found[i] = "nomor"
        elif lower == "dr" and word == lower and nxt is not None and (_is_number(nxt) or words[i + 1].islower()):
            found[i] = "dari"
        elif lower in _UNLESS_MEASURED and word == lower and not (prev is not None and _is_number(prev)):
            found[i] = _UNLESS_MEASURED[lower]
        elif lower == "kt" and nxt is not None and nxt in _REPORTERS and (
                i + 2 >= len(words) or words[i + 2].lower() not in ("pe", "p")):
            found[i] = "kata"   # kt dokter musti ... -> kata dokter; kt pe, kt so stay kita
        elif lower == "kk" and word == lower and _addressed(words, i, prev, nxt):
            found[i] = "kakak"  # makase kk -> terima kasih kakak; tiap kk stays KK
        elif lower in _SCHOOLS and word == lower and not _at_school(words, i, nxt):
            found[i] = _SCHOOLS[lower]  # tunggu smp jam 5 -> sampai; kelas 2 sma stays SMA
    return found


def _at_school(words: list[str], i: int, nxt: str | None) -> bool:
    """A school word just before smp/sma (past a class number: kelas 2 sma) or a school's name after it."""
    before = [w.lower() for w in words[max(0, i - 2):i]]
    return nxt in _SCHOOL_AFTER or bool(before) and (
        before[-1] in _SCHOOL_BEFORE or len(before) == 2 and _is_number(before[1]) and before[0] in _SCHOOL_BEFORE)


def _addressed(words: list[str], i: int, prev: str | None, nxt: str | None) -> bool:
    """kk is the one spoken to: opening or closing its clause, after a greeting or before a name; or a
    kakak joined to another person (ade deng kk); after a verb of getting or making it is the card."""
    if prev in _AND and i > 1 and words[i - 2].lower() in PERSON_NOUNS or nxt in _AND and (
            i + 2 < len(words) and words[i + 2].lower() in PERSON_NOUNS):
        return True  # ade deng kk so pigi -> adik dan kakak; ktp deng kk stays the card
    if prev in _COUNTED or prev in _HOLDING or nxt is not None and _is_number(nxt):
        return False
    return prev is None or nxt is None or prev in _GREETINGS or words[i + 1][:1].isupper()
