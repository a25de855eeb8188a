"""An interviewer turn made only of courtesies: a greeting, thanks, an apology, a goodbye.

The informant's reply to it ("Sama-sama, semoga berguna untuk penelitiannya.", "Sore, maso jo,
di dalam panas skali.") returns the courtesy or makes small talk: it answers no question of
the study, so the coder gives it no code. A turn that also asks something ("Selamat pagi, Bu.
Apa saja kegiatan kader di sini?") is a question like any other (one asking how long the
informant has served, "Sudah berapa lama Ibu menjadi kader?", introduces the informant:
question_purpose.asks_tenure).
"""

from __future__ import annotations

import re

from pipeline.coding.answers import ADDRESS_TERMS
from pipeline.coding.sentences import sentences

# Indonesian and Manado Malay openings of a courtesy sentence
_COURTESY = re.compile(
    r"(selamat|slamat)\s+(pagi|siang|sore|malam|datang|jalan|tinggal)\b"
    r"|(terima|trima)\s*kasih|makasih|makase|sama-sama|permisi|(mohon\s+)?maaf|sampai\s+jumpa|pamit",
    re.IGNORECASE)


# a sentence that only acknowledges, with at most an address and its name or title, capitalised ("Baik,
# Ibu.", "Oke, Pak Kepala."; not a request, "Oke, Bu silakan lanjut."): beside thanks it closes the talk
# ("Baik, Ibu. Terima kasih banyak."); alone it is a backchannel, the informant's next turn going on
_ADDRESS = "|".join(sorted(ADDRESS_TERMS, key=len, reverse=True))
_ACKNOWLEDGEMENT = re.compile(rf"(baik|oke|ok|okay|iya|ya|nah)(\s*,?\s*({_ADDRESS})(?-i:\s+[A-Z][^\W\d_]*){{0,2}})?"
                              r"\s*[.!]?", re.IGNORECASE)


def is_courtesy(turn: str) -> bool:
    """Is every sentence of `turn` a courtesy (or an acknowledgement beside one), none of them a question?"""
    parts = sentences(turn.strip())
    courtesies = [is_courtesy_sentence(part) for part in parts]
    return any(courtesies) and "?" not in turn and all(
        courtesy or _ACKNOWLEDGEMENT.fullmatch(part.strip()) for part, courtesy in zip(parts, courtesies))


# a sentence that only greets, thanks or takes leave, with at most an address and its name ("Pagi.", "Sore, Ibu.",
# "Terima kasih, Pak."): a bare time of day returns a greeting ("Selamat pagi, Ibu." - "Pagi.")
_GREETING_ALONE = re.compile(rf"(((selamat|slamat)\s+)?(pagi|siang|sore|malam)|{_COURTESY.pattern})"
                             rf"(\s*,?\s*({_ADDRESS})(?-i:\s+[A-Z][^\W\d_]*){{0,2}})?\s*[.!]*", re.IGNORECASE)


def without_greetings(turn: str) -> str:
    """`turn` without its sentences that only greet, thank or take leave: what it says beyond the courtesy
    (the suggestion model's words: "pagi" returning a greeting is no evidence of a code)."""
    return " ".join(part for part in sentences(turn) if not _GREETING_ALONE.fullmatch(part.strip(" \"'\u201c")))


def is_courtesy_sentence(sentence: str) -> bool:
    """Does one sentence greet, thank, apologise or take leave ("Selamat pagi, Pak Hukum Tua.")?"""
    return "?" not in sentence and _COURTESY.match(sentence.strip(" \"'\u201c")) is not None
