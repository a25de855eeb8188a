"""What in a document paragraph is background under the documents convention: it frames the
document (a definition, an aim, a regulation's grounds, a meeting's frame, a plan's indicators, a
letter's closing) rather than reporting or planning an act, whatever words of a code it uses
(read by counts.py for codes without rules)."""

from __future__ import annotations

import re

from pipeline.coding.evidence import term_places, term_words, terms
from pipeline.coding.function_words import NUMERALS
from pipeline.coding.lemmas import prefixed_verb
from pipeline.coding.negation import PROBLEM
from pipeline.coding.sentences import SENTENCE_BREAK

# a paragraph that defines, lists what a programme consists of ("STBM terdiri atas lima pilar,
# yaitu ..."), states an aim, or weighs a regulation's grounds is
# background under the documents convention, whatever words of a code it uses; so is the
# paragraph of minutes or an announcement that sets a meeting's day, place and attendance
# ("Hari/tanggal: ...; Tempat: ...; Hadir: ...", "Rapat dilaksanakan pada hari Kamis ..., dihadiri ..."),
# or opens or closes it ("Rapat dibuka oleh hukum tua", "Rapat ditutup pukul 18.10 dengan doa")
BACKGROUND = re.compile(r"\b(?:yang dimaksud dengan|dimaksud dengan|bertujuan|tujuan (?:dari )?(?:kegiatan|evaluasi|"
                        r"kajian|penelitian|laporan) ini|definisi)\b"
                        # a regulation's considerations ("Menimbang : a. bahwa ..."), not weighing a child
                        r"|\bmenimbang\s*(?::|,?\s*(?:a\.\s*)?bahwa\b)"
                        r"|\bterdiri (?:atas|dari)\b[^.]{0,40}\b(?:yaitu|yakni)\b"
                        r"|\bhari\s*/\s*tanggal\s*:|\bhadir\s*:"
                        r"|\b(?:rapat|musyawarah)\b[^.]{0,40}\b(?:dilaksanakan|diadakan|digelar|dihadiri|dibuka|ditutup|berlangsung)\b", re.IGNORECASE)
# a paragraph opening with a term's definition: the term (at most four words, no clause of its own),
# "adalah / merupakan / ialah", its class in at most three words and "yang" with what sets it apart
# ("Perokok pasif adalah orang yang ...", "Rabies merupakan penyakit zoonosis yang ..."); a named
# finding ("Hambatan utama yang ditemukan adalah ...") or a list's item ("Kegiatan pertama adalah
# penyuluhan ...") gives no class with "yang" there
# a term is named, not owned nor judged: a word in -nya ("Masalahnya adalah obat yang ...") or an
# evaluative head ("Kendala utama adalah biaya yang ...", "Penyebabnya ...") opens a finding instead
_EVALUATIVE = PROBLEM | {"penyebab", "sebab", "alasan", "tantangan", "faktor", "kesulitan", "akibat", "dampak",
                         "keluhan", "kekurangan", "kelemahan"}
# nor counted or pointed at: "Tiga kasus tahun ini adalah kematian ibu akibat ..." reports cases
_COUNTED = (*NUMERALS, "beberapa", "banyak", "sebagian", "ini", "itu", "tersebut")
_OWNED = r"(?!yang\b)(?![\w-]*nya\b)(?!(?:" + "|".join(_COUNTED) + r")\b)"
_HEAD = _OWNED + r"(?!(?:" + "|".join(sorted(_EVALUATIVE)) + r")\b)"
DEFINITION = re.compile(r"^\W*" + _HEAD + r"[^\W\d_][\w-]*(?:\s+" + _OWNED + r"[\w-]+){0,3}\s+(?:adalah|merupakan|ialah)\s+"
                        r"(?!yang\b)[\w-]+(?:\s+(?!yang\b)[\w-]+){0,2}\s+(?:yang|akibat)\b", re.IGNORECASE)
# a plan's indicators ("Indikator keberhasilan: ...", "E. Indikator: persentase ...; jumlah peserta ..."):
# what success will be measured by, not a measure (none of 12 in 11 studies' development documents is
# coded); also a sentence of its own after the plan's monitoring ("Kepala unit melaporkan capaian setiap
# triwulan. Indikator: jumlah sesi tertunda, ...")
INDICATORS = re.compile(r"^\W*(?:[a-z0-9]{1,3}[.)]\s+)?indikator\b", re.IGNORECASE)
# a plan's line naming who is responsible for it or carries it out ("Penanggung jawab: pengelola program,
# dibantu bidan desa dan kader", "Pelaksana kegiatan: ..."): who, not a measure (round 31: two studies'
# plans, neither coded), as a table's who column is (table_cells.py)
_WORD = re.compile(r"[^\W\d_]+")
RESPONSIBLE = re.compile(r"^\W*(?:[a-z0-9]{1,3}[.)]\s+)?(?:penanggung\s*jawab|pelaksana)(?:\s+[^\W\d_]+){0,2}\s*:",
                         re.IGNORECASE)
# a letter's grounds and the formula that hands its points over ("Sehubungan dengan meningkatnya kasus ...,
# dengan ini disampaikan hal-hal sebagai berikut:", "Dalam rangka ..., bersama ini kami sampaikan ..."):
# why the letter is written, as a regulation's "Menimbang" (none coded in two studies' development
# documents of three that name a code's words there)
# the formula must hand over the points that follow ("... sebagai berikut"): "Dengan ini diminta kepada
# seluruh puskesmas mencatat ..." is the letter's instruction itself, not its grounds
GROUNDS = re.compile(r"\b(?:dengan|bersama)\s+ini\s+(?:kami\s+)?(?:di)?(?:sampaikan|instruksikan|beritahukan|minta)\b"
                     r"[^.:]{0,30}\bberikut\b", re.IGNORECASE)
# a letter's addressees ("Yth. Para Camat, Hukum Tua dan Lurah, serta Kepala Puskesmas se-Kabupaten ...",
# "Kepada Yth. ..."): whom it is sent to, not what they do (none of 11 in 11 studies' development letters
# coded); a paragraph going on to a verb of its own ("Yth. Kepala Puskesmas, mohon melaksanakan ...") is the letter
ADDRESSEES = re.compile(r"^\W*(?:kepada\s+)?(?:yth\b\.?|yang\s+terhormat\b)", re.IGNORECASE)
ADDRESSEE_WORDS = 40   # a list of offices, not a letter's body
# each office after a comma opens with a capital ("..., Hukum Tua dan Lurah, serta Kepala Puskesmas") or
# a word joining the list or placing it ("..., di Tempat"); a part in lower case is the message itself
# ("Yth. Jemaat, ibadah minggu depan pindah ...")
_NEXT_ADDRESSEE = re.compile(r",\s*(?:(?:dan|serta|para|di|u\.?p\.?)\b|[^\w\s]*[A-Z0-9])")
# a letter's closing formula ("Demikian surat edaran ini untuk dilaksanakan dengan penuh tanggung jawab",
# "Penutup. Demikian laporan ini disampaikan ..."): it hands the letter over, whatever words it uses
# (8 in 8 folders' development documents, none coded); "demikian pula / juga / pun / halnya" is "likewise",
# opening a report of its own ("Demikian pula kader ini memeriksa ...")
CLOSING = re.compile(r"^\W*(?:penutup\W+)?demikian\s+(?!(?:pula|juga|pun|halnya)\b)(?:[\w-]+\s+){0,3}?(?:ini|disampaikan)\b",
                     re.IGNORECASE)


def is_background(text: str) -> bool:
    """A document paragraph that defines terms (opening with a term's definition: "Perokok pasif
    adalah orang yang ...") or a programme's parts, states an aim, weighs a
    regulation's grounds ("yang dimaksud dengan", "terdiri atas ..., yaitu", "bertujuan menilai",
    "Menimbang"), sets a meeting's day, place
    and attendance ("Hari/tanggal:", "Hadir:", "Rapat dilaksanakan pada ...", "Musyawarah desa ...
    berlangsung pada ...") or opens or
    closes it ("Rapat dibuka oleh ..."), lists a plan's indicators ("Indikator keberhasilan: ...") or who
    is responsible for it ("Penanggung jawab: ..."),
    gives a letter's grounds ("Sehubungan dengan ..., dengan ini disampaikan ..."), names its
    addressees ("Yth. Para Camat ...") or closes a letter ("Demikian surat edaran ini ...")."""
    return any(pattern.match(text) for pattern in (DEFINITION, INDICATORS, CLOSING)) or names_who(text) or any(
        pattern.search(text) is not None for pattern in (BACKGROUND, GROUNDS)) or addresses_a_letter(text)


def addresses_a_letter(text: str) -> bool:
    """Is `text` a letter's line of addressees, with no verb and no lower-case clause of its own?"""
    line = ADDRESSEES.match(text)
    return line is not None and len(text.split()) <= ADDRESSEE_WORDS and not any(
        prefixed_verb(word) for word in _WORD.findall(text[line.end():]) if word.casefold().startswith(("me", "di"))
    ) and text.count(",") == len(_NEXT_ADDRESSEE.findall(text))


def names_who(text: str) -> bool:
    """Is `text` a plan's line naming who is responsible or carries it out, no act told after it
    ("Pelaksana: bidan desa melakukan kunjungan rumah ..." tells the measure, a meN- verb)?"""
    line = RESPONSIBLE.match(text)
    return line is not None and not any(word.casefold().startswith("me") and prefixed_verb(word)
                                        for word in _WORD.findall(text[line.end():]))


def in_indicators(text: str, evidence: str) -> bool:
    """Does every piece of a code's evidence in a document paragraph stand in a sentence listing a
    plan's indicators ("... Indikator: jumlah sesi tertunda, lama daftar tunggu")? The list's colon
    and commas do not end that sentence (`sentences.SENTENCE_BREAK`, a prose sentence's end)."""
    places = [at for piece in terms(evidence) for at in term_places(text, term_words(piece))]
    breaks = [match.end() for match in SENTENCE_BREAK.finditer(text)]
    return bool(places) and all(INDICATORS.match(text[max([0, *(end for end in breaks if end <= at)]):at])
                                for at in places)
