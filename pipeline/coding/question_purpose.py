"""What an interviewer turn is for, beyond its words: which of them lend the answer context.

An interviewer greets, thanks and addresses the informant before asking: "Selamat pagi, Pak
Hukum Tua. Berapa jumlah penduduk desa ini?", "Bu Bidan, ...". A greeting or thanks sentence
and an address opening or closing a question name the person asked, not a topic of the
answer: their words are not the question's terms (`addressed_spans`). Likewise the
informant's own work role ("Bidan desa", "Kader posyandu") says who answers, not what was
asked (`answers.Question.asked`). And a place the question puts its matter in ("Apa saja
kegiatan di posyandu?", "Kalau dari kebun ke posyandu bagaimana?") says where, not what: the
word after a preposition of place is no term of the question (`place_spans`). An interview
opens by asking how long the informant has held a role, served, worked or lived somewhere
("Sudah berapa lama Ibu jadi kader?", "Bapak di KUA sudah berapa lama?", `asks_tenure`): the
answer introduces the informant, and the programme or office named there ("Awalnya kader Posyandu
balita, lalu ... untuk Posbindu") is where they work, not a code (none of the 27 such answers of
the development interviews carries one). A question about training the staff ("Apakah Puskesmas
melatih kader jumantik?", "Sudah ada pelatihan pemasangan IUD?", `asks_about_training`) asks about
the course, which is not the measure (the documents convention, staff_training.STAFF_TRAINING): a yes to
it affirms no code the course is about (none of the 9 such answers is coded by its writers).
A question about the informant's own job or origin ("Bapak kerja apa?", "Ibu asli dari mana?",
`asks_background`) is answered by an introduction: the answer's first sentence takes no code, what
it goes on to say may (`after_first_sentence`, the answer without its first sentence, is coded
instead: coder.py). A request for leave to begin ("Selamat sore, Ibu. Boleh torang mulai?",
`asks_leave_to_begin`) is answered by leave and small talk: no code.
"""

from __future__ import annotations

import re

from pipeline.coding.answers import ADDRESS_TERMS
from pipeline.coding.staff_training import STAFF_TRAINING
from pipeline.coding.negation import NEGATORS
from pipeline.coding.courtesies import is_courtesy_sentence
from pipeline.coding.sentences import SENTENCE_BREAK, sentences

ADDRESS_WORDS = 3   # an address is a title and at most this many words of name or role ("Pak Hukum Tua")
_ADDRESS = "|".join(sorted(ADDRESS_TERMS, key=len, reverse=True))
_OPENING = re.compile(rf"^\s*(?:{_ADDRESS})(?:\s+[^\W\d_][\w\-]*){{0,{ADDRESS_WORDS}}}\s*,", re.IGNORECASE)
_CLOSING = re.compile(rf",\s*(?:{_ADDRESS})(?:\s+[^\W\d_][\w\-]*){{0,{ADDRESS_WORDS}}}\s*\?\s*$", re.IGNORECASE)


def addressed_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of `text` that greet, thank or address the informant: its courtesy
    sentences and the address opening or closing a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [match.end() for match in SENTENCE_BREAK.finditer(text)] + [len(text)]:
        sentence = text[start:end]
        if is_courtesy_sentence(sentence):
            spans.append((start, end))
        else:
            for pattern in (_OPENING, _CLOSING):
                match = pattern.search(sentence)
                if match:
                    spans.append((start + match.start(), start + match.end()))
        start = end
    return spans



# a preposition of place and the word after it ("di posyandu", "ka rumah", "dari kebun")
_PLACE_PHRASE = re.compile(r"\b(?:di|ke|ka|dari|pada)\s+([^\W\d_][\w\-]*)", re.IGNORECASE)


def place_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the words a question puts after a preposition of place."""
    return [match.span(1) for match in _PLACE_PHRASE.finditer(text)]


# "selain posyandu, ...", "kecuali obat dokter": what a question sets aside, up to its clause's end
_BESIDES_PHRASE = re.compile(r"\b(?:selain|kecuali)\s+([^,.;:!?]+)", re.IGNORECASE)


def besides_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of what a question sets aside ("Selain posyandu, lansia di sini ada kegiatan
    apa?"): it asks about other things, so those words are not what it asks about."""
    return [match.span(1) for match in _BESIDES_PHRASE.finditer(text)]


_HOW_LONG = r"(?:berapa|brapa|barapa)\s+lama|sejak\s+kapan"
# serving, working, holding a role or a programme, living somewhere; "di" a place right after the
# person asked ("Bapak di KUA") or after how long ("berapa lama di Puskesmas")
_TENURE = re.compile(rf"\b(?:jadi|menjadi|bertugas|bekerja|kerja|karja|tinggal|menjabat|melayani|memegang|pegang)\b"
                     rf"|\b(?:{_ADDRESS})\s+di\b|\b(?:{_HOW_LONG})\s+di\b", re.IGNORECASE)
_ASKS_HOW_LONG = re.compile(rf"\b(?:{_HOW_LONG})\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def asks_tenure(text: str) -> bool:
    """Does an interviewer turn's last question ask how long the informant has held a role,
    served or lived somewhere ("Sudah berapa lama Ibu jadi kader?")? Not how long something has
    been missing or wrong ("Sudah berapa lama dia tidak minum obat?": a negator)."""
    question = SENTENCE_BREAK.split(text.strip())[-1]
    return (question.endswith("?") and _ASKS_HOW_LONG.search(question) is not None
            and _TENURE.search(question) is not None
            and NEGATORS.isdisjoint(word.casefold() for word in _WORD.findall(question)))


# the informant's own work ("Bapak kerja apa?", "Ibu jualan di mana?", "Ibu bertugas di bagian apa?"),
# the question ending there (or with a softener or an address): not "Ibu kerja apa saja waktu
# posyandu?", what she does at some time
_WORK = re.compile(r"\b(?:kerja|karja|bekerja|pekerjaan|jualan|berjualan|bertugas)(?:\s+[^\W\d_]+)?"
                   r"\s+(?:apa|di\s+mana|dimana|di\s+bagian\s+apa)\b", re.IGNORECASE)
# the person's origin: "asli/asal (dari) mana" ("Ibu asli dari mana?", "Bapak asalnya dari mana?"),
# not "asal penolakan itu dari mana?", a thing's source; or "asli" and a place ("Bapak sendiri asli Manado?")
# the number of an identity card or a phone asked for by its value ("NIK Ibu berapa?", "Berapa nomor HP Bapak?"):
# the record's data, answered with the number itself
_IDENTITY = re.compile(r"\b(?:NIK|KTP|(?:nomor|no)\.?\s+(?:HP|hp|telepon|telp|WA|KK|KTP|BPJS|kartu))\b", re.IGNORECASE)
_VALUE = re.compile(r"\bberapa\b", re.IGNORECASE)
_ORIGIN = re.compile(r"\b(?i:asli|asal|asalnya)\s+(?i:dari\s+)?(?:(?i:mana|sini)\b|(?<=asli\s)[A-Z]|(?<=asli dari\s)[A-Z])")
# leave to begin: we talk ("Boleh torang mulai?", "Boleh kita bercerita sebentar?"), not "Boleh
# cerita tentang ...?" (you tell about something), the verb ending the question
_BEGIN = re.compile(r"\b(?:boleh|bole|bisa)\s+(?:torang|kita|kami|saya)\s+(?:mulai|bacirita|bercerita|cerita|ngobrol"
                    r"|bicara|berbicara|wawancara)\b", re.IGNORECASE)
# what may follow the verb of a question that ends there: a softener, a time of now, a place one
# works at ("Ibu jualan apa di pasar?"), an address
_SOFTENERS = frozenset({"dulu", "sadiki", "sedikit", "sebentar", "sabantar", "ya", "jo", "sekarang", "skarang",
                        "sehari", "hari", "di", "sini", "ini", "pasar", "kampung", "desa", "kota", "laut", "kebun"})
# leave to begin may name the talk's topic in general, in at most TOPIC_WORDS words ("Boleh torang
# bacirita sadiki soal imunisasi?": 3 of the development interviews, no answer coded), not an
# experience told at length ("... soal pengalaman Ibu waktu anak diimunisasi?") nor a start "dari ..."
_TOPIC = frozenset({"soal", "tentang", "mengenai"})
TOPIC_WORDS = 3


def _ends_question(question: str, match: re.Match | None, topic: bool = False) -> bool:
    """Does a question end with `match`, only softeners and addresses after it (or, with `topic`,
    a general topic: `_TOPIC` and at most TOPIC_WORDS words)?"""
    if match is None:
        return False
    words = [word.casefold() for word in _WORD.findall(question[match.end():])]
    while words and (words[0] in _SOFTENERS or words[0] in ADDRESS_TERMS):
        words = words[1:]
    if topic and words and words[0] in _TOPIC:
        return 1 < len(words) <= 1 + TOPIC_WORDS
    return all(word in _SOFTENERS or word in ADDRESS_TERMS for word in words)


def asks_background(text: str) -> bool:
    """Does an interviewer turn's last question ask what the informant works at or where they come
    from, addressing them ("Bapak pe kerja apa?", "Ibu asli dari mana?")? The answer's first
    sentence introduces the informant: the boat a fisherman works from, the cakes a trader sells,
    the quit-smoking clinic a nurse staffs are no code of it; what the answer goes on to say may
    be ("Kita guru SD tiga puluh dua tahun. Sekarang hidup dari uang pensiun."). Of the 16 such
    answers of the development interviews one is coded, in its second sentence."""
    question = _last_question(text)
    addressed = question is not None and not ADDRESS_TERMS.isdisjoint(
        word.casefold() for word in _WORD.findall(question))
    return addressed and (_ends_question(question, _WORK.search(question)) or _ORIGIN.search(question) is not None)


def asks_identity_number(text: str) -> bool:
    """Does an interviewer turn's last question ask the value of the informant's identity card or phone
    number for the record ("Untuk data KMS, NIK Ibu berapa?", "Berapa nomor HP Bapak?")? The answer gives
    the number (masked in every output): the register named beside it is no topic of the answer, as a
    question whether she has a card ("Ibu sudah punya kartu BPJS?") is one."""
    question = _last_question(text)
    return question is not None and _IDENTITY.search(question) is not None and _VALUE.search(question) is not None


def asks_leave_to_begin(text: str) -> bool:
    """Does an interviewer turn ask leave to begin ("Selamat sore, Ibu. Boleh torang mulai?")? The
    answer lets the talk begin and makes small talk ("Iyo, silakan. Mar kita malu, rumah ini ada
    babongkar."): no code (none of the 13 such answers of the development interviews has one)."""
    question = _last_question(text)
    return question is not None and _ends_question(question, _BEGIN.search(question), topic=True)


def _last_question(text: str) -> str | None:
    """A turn's last sentence when it asks without a negator ("Ibu tidak kerja di mana-mana?")."""
    question = SENTENCE_BREAK.split(text.strip())[-1]
    if not question.endswith("?") or not NEGATORS.isdisjoint(word.casefold() for word in _WORD.findall(question)):
        return None
    return question


def after_first_sentence(text: str) -> str:
    """`text` without its first sentence ("" for a text of one sentence)."""
    return " ".join(sentences(text)[1:])


_TRAINS = re.compile(r"\b(?:melatih|dilatih|latih)\b", re.IGNORECASE)


def asks_about_training(text: str) -> bool:
    """Does an interviewer turn's last question ask about a course for staff ("Ada pelatihan
    untuk kader tahun ini?", "Apakah Puskesmas melatih kader jumantik?")?"""
    question = SENTENCE_BREAK.split(text.strip())[-1]
    return STAFF_TRAINING.search(question) is not None or _TRAINS.search(question) is not None
