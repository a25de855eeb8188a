"""An act done only once a stretch of time had passed or a condition was met: it came late.

Indonesian and Manado Malay put *baru* ("only then") between the wait and the act: "dua bulan baru
sadar" (only after two months did she notice), "kalau sudah sakit baru pergi" (they go only once
they are ill), "tunggu sampai kakinya rusak baru cari obat"; or open a sentence with it after
what kept them ("... Baru istri paksa pergi ke Puskesmas"). Such a quote says *terlambat* though it
does not write it, as a sum paid says *biaya* (amounts.cost_said); the quotation guess reads it so
(`late_said`). Not *baru* of something new ("rumah baru", "kasus baru,": no act follows it), nor of
a thing just done ("yang baru melahirkan", "kalau baru kena", "baru saja": no wait before it), nor a
sentence's opening *baru* before a time ("Baru dua minggu saya minum obat", "Baru kemarin dia pulang",
"Baru pertama kali ..."): how short or how recent, unless a later point follows ("Baru dua minggu
kemudian ...").
"""

from __future__ import annotations

import re

from pipeline.coding.amounts import is_number_word
from pipeline.coding.answers import TIME_UNITS

LATE_LEMMAS = frozenset({"terlambat", "tunda"})   # *terlambat* (lemmas.OWN_LEMMAS), *tertunda*: what a late act says
CONDITIONS = frozenset({"kalau", "kalo", "kalu", "sampai", "sampe", "setelah", "sesudah"})
JUST = frozenset({"yang", "saja", "jo", "sekali", "skali"})   # "yang baru lahir", "baru saja": recently
# after a sentence's opening *baru*: a time it is only or just ("baru kemarin", "baru pertama kali")
RECENT = TIME_UNITS | {"kemarin", "kemaren", "tadi", "semalam", "pertama", "kali", "sekarang", "ini"}
LATER = frozenset({"kemudian", "lagi", "setelahnya", "sesudahnya"})   # "dua minggu kemudian": a later point
_SENTENCE = re.compile(r"[.!?;:\n]+")
_TOKEN = re.compile(r"[\w\-]+|,")


def late_said(text: str) -> str:
    """The span of `text` from the wait to the act after *baru* ("dua bulan baru sadar"), or a
    sentence's opening *baru* and the word after it, as written; "" when no sentence says an act
    came late."""
    for sentence in _SENTENCE.split(text):
        tokens = _TOKEN.findall(sentence)
        lower = [token.casefold() for token in tokens]
        for at, word in enumerate(lower):
            if word != "baru" or at + 1 >= len(lower) or lower[at + 1] in JUST | {","}:
                continue
            start = _wait_before(lower, at)
            if start is not None:
                return " ".join(tokens[start:at + 2])
            if at == 0 and not _recent(lower):   # "Baru istri paksa pergi ...": only then, after the sentence before
                return " ".join(tokens[:2])
    return ""


def _wait_before(words: list[str], at: int) -> int | None:
    """Where the wait before *baru* at `at` begins: a counted stretch of time right before it ("dua
    bulan", "tiga hari kemudian"), or a condition opening a clause of at least one word before it
    ("kalau sudah bergerak anak"); None when neither does."""
    before = [word for word in words[max(0, at - 3):at] if word != ","]
    if before and before[-1] in {"kemudian", "lagi"}:
        before = before[:-1]
    if len(before) >= 2 and before[-1] in TIME_UNITS and is_number_word(before[-2]) and words[at - 1] != ",":
        return at - 3 if words[at - 1] in {"kemudian", "lagi"} else at - 2
    if words[at - 1] in JUST | {","}:   # "sampai busa putih, baru bawa": the next step, no wait
        return None
    for start in range(at - 2, -1, -1):
        if words[start] in CONDITIONS:
            return start
    return None


def _recent(words: list[str]) -> bool:
    """Does the sentence's opening *baru* (`words` from it) say a time only or just reached, a count of
    time with no later point after it ("Baru dua minggu saya ...") or a recent time ("Baru kemarin")?"""
    span = words[1:4]
    if span and is_number_word(span[0]):
        return not LATER.intersection(span[2:3])
    return bool(span) and span[0] in RECENT
