"""A report's attribution: who said it to the reporter, not who told families.

News and minutes attribute what they report: "Kepala Puskesmas menjelaskan, sejak Januari ...",
"... menyebutkan bahwa warga ...", "'...,' ujar Kepala Dinas". The verb of saying there names
the source of the paragraph, so in a document it is no evidence of a code (informing,
explaining, counselling families). A verb of saying with an addressee ("menyampaikan kepada
warga", "menjelaskan cara mendaftar"), or in a clause told as part of the story ("Ia kembali ke
posyandu setelah bidan menjelaskan bahwa ..."), reports the act itself and stays evidence.

The source's title names an office as who speaks ("Kepala Dinas Sosial Minahasa Utara mengatakan,
...", "Direktur rumah sakit menjelaskan bahwa ..."): a code's evidence whose every word stands in
such a title is no evidence (`in_source_title`, read by counts.py); one whose other words stand in
what the source reports still is ("Kepala Bidang Rehabilitasi Sosial menyampaikan bahwa lansia ...
mendapat BLT").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.coding.evidence import term_places, term_words, terms
from pipeline.coding.sentence_span import SENTENCE_ENDS
from pipeline.coding.spans import Occurrence, drop_one_word

# verbs of saying as news attribution uses them (surface forms: their roots, jelas, sebut, tambah,
# are other words); followed by a comma, a colon or "bahwa"
SAYING = frozenset({"mengatakan", "menjelaskan", "menyampaikan", "menyebutkan", "menyebut", "menegaskan",
                    "menuturkan", "mengungkapkan", "menerangkan", "menambahkan", "mengakui", "memaparkan",
                    "melaporkan"})
INTRODUCES = frozenset({",", ":", "bahwa"})
# after the quote: "..., ujarnya", "kata Kepala Dinas" (norms: the enclitic is removed)
AFTER_QUOTE = frozenset({"ujar", "kata", "tutur", "imbuh"})
_QUOTE_END = frozenset({",", '"', "”", "'"})
# roots that are common words after a comma ("..., tambah banyak ibu datang", "..., jelas bahwa"):
# they say who spoke only right after a closing quote mark ('...," jelasnya / imbaunya / tegasnya')
AFTER_QUOTE_MARK = frozenset({"imbau", "jelas", "tegas", "pinta", "tambah", "ungkap", "terang", "papar"})
_QUOTE_MARK = _QUOTE_END - {","}
# a clause opened by one of these tells what happened in the story, not who reported it
SUBORDINATORS = frozenset({"setelah", "sesudah", "sebelum", "ketika", "saat", "waktu", "karena", "sejak",
                           "agar", "supaya", "jika", "kalau", "apabila", "bila", "sehingga", "hingga", "sampai"})


# the passive of a verb of saying opening a sentence, "Dijelaskannya, ...", "Dikatakan Daskim, ...":
# the report's source, as the active verb before a comma
PASSIVE_SAYING = frozenset(f"di{root}{nya}" for root in ("jelaskan", "katakan", "sebutkan", "tambahkan", "tegaskan",
                                                          "ungkapkan", "paparkan", "terangkan", "sampaikan")
                           for nya in ("", "nya"))
NAMED_BEFORE_COMMA = 3   # "Dikatakan Kepala Desa Cihanjaro, ..."
# an addressee after a verb of saying: the act itself ("menjelaskan kepada warga")
ADDRESSEES = frozenset({"kepada", "pada", "ke"})
# "kepada" names an addressee wherever it stands in the clause ("menjelaskan efek samping vaksin kepada
# para ibu"); "pada" and "ke" so far from the verb are mostly a time or a place ("pada Senin", "ke desa")
FAR_ADDRESSEE = "kepada"
NEAR_ADDRESSEE = 3


def attributes(doc: Doc, index: int) -> bool:
    """Does token `index` of `doc` attribute a report to its source?"""
    token = doc[index]
    if token.lower_ in SAYING:
        if _in_story(doc, index):
            return False
        return (index + 1 < len(doc) and doc[index + 1].lower_ in INTRODUCES) or _said_by_the_titled(doc, index)
    if token.lower_ in PASSIVE_SAYING:
        return _opens_sentence(doc, index) and any(
            doc[i].text == "," for i in range(index + 1, min(index + 2 + NAMED_BEFORE_COMMA, len(doc))))
    if index == 0:
        return False
    before = doc[index - 1].text
    return (token.norm_ in AFTER_QUOTE and before in _QUOTE_END) or (token.norm_ in AFTER_QUOTE_MARK and before in _QUOTE_MARK)


def _opens_sentence(doc: Doc, index: int) -> bool:
    return index == 0 or doc[index - 1].lower_ in SENTENCE_ENDS or doc[index - 1].text in ("\n", "\n\n")


def _said_by_the_titled(doc: Doc, index: int) -> bool:
    """Is token `index` the first verb of saying of a sentence an official's title opens, with no
    addressee after it ("Kepala Dinas Sosial X menjelaskan syarat untuk ...")? The official tells
    the reporter; a verb of saying later in the sentence is what is reported ("Kepala Puskesmas
    menambahkan, petugas rutin menjelaskan pentingnya JKN"). So does the pronoun that takes up the
    source a report has named ("Ia menjelaskan aparatur desa sudah didaftarkan", "Dia juga menyebut
    ..."), with no word but an adverb before the verb, where a source is there to take up
    (`_source_named_before`): a pronoun with more before the verb ("Ia datang ke posyandu dan
    menjelaskan ...") or after a story with no one quoted ("Bu guru mengajar sejak 2010. Ia
    menjelaskan pelajaran ...") is someone in the story."""
    if _addressed(doc, index):
        return False
    between = 0
    for i in range(index - 1, -1, -1):
        word = doc[i].lower_
        if word in SAYING or word in SENTENCE_ENDS:
            return False
        if _opens_sentence(doc, i):
            return word in TITLES or (word in SOURCE_PRONOUNS and between == 0 and _source_named_before(doc, i))
        if word not in SOURCE_ADVERBS:
            between += 1
    return False


def _source_named_before(doc: Doc, index: int) -> bool:
    """Is there a source for the pronoun at `index` to take up: it opens the paragraph (the source
    named in one before, as news paragraphs run), or a verb of saying or a quote mark precedes it?"""
    return index == 0 or any(token.lower_ in SAYING or token.lower_ in AFTER_QUOTE or token.text in _QUOTE_MARK
                             for token in doc[:index])


def _addressed(doc: Doc, index: int) -> bool:
    """Does the clause of the verb at `index` name whom it was said to, before its next comma, "bahwa"
    or sentence end?"""
    for i in range(index + 1, len(doc)):
        word = doc[i].lower_
        if word in INTRODUCES or word in SENTENCE_ENDS or doc[i].text in ("\n", "\n\n"):
            return False
        if word == FAR_ADDRESSEE or (word in ADDRESSEES and i - index <= NEAR_ADDRESSEE):
            return True
    return False


def _in_story(doc: Doc, index: int) -> bool:
    """Is token `index` in a clause its sentence subordinates ("setelah bidan menjelaskan")?"""
    for i in range(index - 1, -1, -1):
        word = doc[i].lower_
        if word in SENTENCE_ENDS:
            return False
        if word in SUBORDINATORS:
            return True
    return False


def drop_attributions(doc: Doc, found: dict[str, list[Occurrence]]) -> None:
    """Remove from `found` (term key -> spans) the one-word occurrences of attributing verbs."""
    said = {span[0] for spans in found.values() for span in spans if span[1] - span[0] == 1}
    said = {index for index in said if attributes(doc, index)}
    if said:
        drop_one_word(found, said)


# an official's title opening a sentence, its office (at most eight words), the verb of saying and
# what introduces the report ("Kepala Dinas Sosial Minahasa Utara mengatakan, ...")
# the pronouns a news report takes its named source up with, and the adverbs between one and its verb
SOURCE_PRONOUNS = frozenset({"ia", "dia", "beliau"})
SOURCE_ADVERBS = frozenset({"juga", "pun", "kembali", "pula", "lalu", "kemudian", "lebih", "lanjut", "sempat",
                            "turut", "bahkan", "sendiri"})
TITLES = ("kepala", "direktur", "ketua", "sekretaris", "kabid", "kadis", "koordinator", "pengelola")
_SOURCE_TITLE = re.compile(rf"(?:^|(?<=[.!?\"\u201d])\s+)[\"\u201c]?(?:{'|'.join(TITLES)})\s+((?:[^\s,.;:]+\s+){{1,8}}?)"
                           rf"(?:{'|'.join(sorted(SAYING))})\s*(?:[,:]|bahwa\b)", re.IGNORECASE)


def in_source_title(text: str, evidence: str) -> bool:
    """Does every piece of a code's evidence in a document paragraph stand in the office of the
    title that names a report's source, and nowhere else in the paragraph?"""
    offices = [match.span(1) for match in _SOURCE_TITLE.finditer(text)]
    if not offices:
        return False
    for piece in terms(evidence):
        words = term_words(piece)
        places = term_places(text, words)
        if not places or not all(any(start <= at < end for start, end in offices) for at in places):
            return False
    return True
