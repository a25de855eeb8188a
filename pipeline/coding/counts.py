"""The documents convention: does a planned measure count for a code? (`counts:` in the codebook)

In documents (plans, regulations, reports, news) a measure that is planned, proposed, required
or recommended counts for a code that names a strategy or an action as much as one reported
done (`counts: any`, the default): an action plan is a list of strategies. A codebook may say
`counts: reported` for a theme, category or code that wants only what was done or found; the
coder then drops such a code from a document paragraph when the sentences its evidence comes
from plan, propose, require or recommend ("akan", "direncanakan", "wajib", "disarankan",
"diminta", "paling sedikit", a regulation's "Pasal"): all of them, as a news paragraph may name
the topic in a sentence about what will happen and report the event in the next.

Interview turns are not affected: the convention is about documents.
"""

from __future__ import annotations

import re
from itertools import islice, product

import pandas as pd

from pipeline.coding.applicant_steps import applicants_step
from pipeline.coding.attribution import in_source_title
from pipeline.coding.background import in_indicators
from pipeline.coding.captions import only_where_taken, shows_a_scene
from pipeline.coding.data_sources import cites_a_statistic, gives_a_figure
from pipeline.coding.shares import A_SHARE, SHARE, reports_a_share
from pipeline.coding.evidence import last_firing, sentence_at, sentences_holding, term_places, term_words, terms
from pipeline.coding.keyword_rule import KEYWORD, WEAK_PAIR_KINDS
from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.negation import PROBLEM
from pipeline.coding.other_actors import Sources, done_by_another
from pipeline.coding.quotations import quotation_names
from pipeline.coding.report_duties import reported_by_deadline
from pipeline.coding.scheme_rules import states_scheme_rules
from pipeline.coding.sentences import sentence_span
from pipeline.coding.spared_trips import spared_by_health
from pipeline.coding.specificity import AREAS, PLACE, ROLE
from pipeline.coding.staff_training import trains_staff
from pipeline.coding.supplies import names_a_supply
from pipeline.coding.taught_topics import names_taught_topic
from pipeline.coding.urged_against import urged_against
from pipeline.coding.urged_targets import urges_a_target
from pipeline.records.codebook import Code

REPORTED = "reported"
# surface forms: a handful of words marks the register, and their affixed forms are few
PLANNED_WORDS = frozenset({
    "akan", "rencana", "rencananya", "berencana", "merencanakan", "direncanakan", "wajib", "diwajibkan",
    "mewajibkan", "sebaiknya", "hendaknya", "disarankan", "menyarankan", "saran", "rekomendasi",
    "merekomendasikan", "direkomendasikan", "dianjurkan", "menganjurkan", "diharapkan", "diminta",
    "meminta", "menargetkan", "ditargetkan", "target", "pasal", "ayat", "semestinya", "seharusnya",
    "idealnya",
})
# (not "harus" or "perlu": reports say "anak harus dirawat", "merasa tidak perlu")
PLANNED_PHRASES = ("paling sedikit", "paling lambat", "tindak lanjut", "dalam hal")
_DONE = frozenset({"telah", "sudah", "pernah", "sempat", "so"})
_WINDOWS = 512   # the placings of a paragraph's evidence pieces weighed, at most
_ATTRIBUTE = "yang"   # "berkas yang diminta": the marker describes a noun, the sentence reports
REGULATION_ARTICLE = ("pasal", "ayat")   # a paragraph that is an article of a regulation prescribes
# what an item of a plan does when it only keeps the programme running: records, reports,
# trains staff or monitors (lemmas of its first word: pencatatan, pelaporan, pelatihan ...)
ADMINISTRATIVE_ACTS = frozenset({"catat", "lapor", "latih", "pantau", "monitoring", "monitor", "evaluasi",
                                 "supervisi", "rekapitulasi", "rekap"})
_FIRST_WORD = re.compile(r"^[\W\d_]*([^\W\d_]+)")
_WORD = re.compile(r"\w+")


def document_names(segments: pd.DataFrame) -> frozenset[str]:
    """Files read as documents: their segments have no interviewer turn between them and are not
    a quotation set's quotes (quotations.py)."""
    if segments.empty or "document" not in segments:
        return frozenset()
    interviews = set(segments.loc[segments["speaker_role"] == "interviewer", "document"])
    return frozenset(set(segments["document"]) - interviews - quotation_names(segments))


def is_planned(sentence: str) -> bool:
    """Does a sentence plan, propose, require or recommend rather than report?

    A marker after "telah", "sudah" ... reports a past request ("telah diminta berulang kali");
    one after "yang" names what was asked for ("berkas yang diminta sering tidak dilengkapi").
    """
    folded = sentence.casefold()
    if any(phrase in folded for phrase in PLANNED_PHRASES):
        return True
    words = _WORD.findall(folded)
    return any(word in PLANNED_WORDS and (i == 0 or words[i - 1] not in _DONE and words[i - 1] != _ATTRIBUTE)
               for i, word in enumerate(words))


def evidence_sentence(text: str, piece: str) -> str:
    """The sentence of `text` holding `piece` of a code's evidence first (the text if not found)."""
    return sentences_holding(text, piece)[0]


def planned_in_document(text: str, evidence: str) -> bool:
    """Is the evidence of a code in a document paragraph planned rather than reported (every
    sentence a piece of it comes from)?"""
    if text.lstrip().casefold().startswith(REGULATION_ARTICLE):
        return True
    return all(is_planned(sentence) for sentence in evidence_window(text, evidence))


def evidence_window(text: str, evidence: str) -> list[str]:
    """The sentences a code's evidence comes from: its pieces in as few sentences as they can
    stand in, the earliest such, as a rule fires on words close together and a topic word ("UHC")
    may stand in an earlier sentence too ("... menyediakan Corner UHC. Jika pasien gawat darurat,
    kami akan bantu mendaftarkan ke UHC")."""
    found = {piece: [sentence_span(text, at, len(term_words(piece))) for at in places]
             for piece in terms(evidence) if (places := term_places(text, term_words(piece)))}
    if not found:
        return [evidence_sentence(text, piece) for piece in terms(evidence)]
    choices = islice(product(*found.values()), _WINDOWS)
    fewest = min(choices, key=lambda spans: (len(set(spans)), min(spans)))
    return [text[start:end] for start, end in dict.fromkeys(fewest)]


# "Bagi warga yang belum memiliki KK, petugas akan ...", "warga yang anaknya belum tercantum dalam
# KK dapat ...": a relative clause that denies says whom a measure is for, within a few words
_ADDRESSEE = re.compile(r"\byang\s+(?:\w+nya\s+)?(?:belum|tidak|tak|tanpa)\b(?:\s+\S+){0,4}?\s+$", re.IGNORECASE)
# a sentence that offers a measure to them: planned (is_planned), or one they may use
_OFFERED = re.compile(r"\b(?:bagi|dapat|bisa|boleh)\b", re.IGNORECASE)


def names_addressees(text: str, evidence: str) -> bool:
    """Does every piece of a code's evidence in a document paragraph stand in a denying relative
    clause of a sentence that offers or plans a measure for those people ("Bagi warga yang belum
    memiliki KK, petugas Dukcapil akan hadir ...")? Then the paragraph says whom a service is
    for, not that anyone lacks the thing: no evidence for a code naming an absence."""
    for piece in terms(evidence):
        first = term_words(piece)
        sentence = evidence_sentence(text, piece)
        position = sentence.find(first) if first else -1
        if position < 0 or not _ADDRESSEE.search(sentence[:position]):
            return False
        if not (is_planned(sentence) or _OFFERED.search(sentence)):
            return False
    return True


# "Cakupan ASI eksklusif 55,2 persen", "capaian imunisasi dasar lengkap baru 78%", "jumlah
# perkawinan anak", a share owning it ("kepemilikan jamban sehat 72 persen"), "Dari hasil
# pendataan kader, tercatat 37 balita ..." (the source of a figure):
# the code's words as the object of a rate, a count or a result, within a few words, or
# the thing a reported count counts ("tercatat 23 perkawinan", by a measure word: "terdapat 74
# kelompok Posyandu Lansia"), in a sentence that gives or judges a figure ("bidan melakukan 37
# kunjungan nifas" reports the act)
# nouns that name only a statistic (not "jumlah" nor "hasil": "jumlah rokok dikurangi" is an act's measure)
_STATISTIC_NOUNS = r"cakupan|capaian|persentase|proporsi|prevalensi|angka"
_RATE = re.compile(rf"\b(?:{_STATISTIC_NOUNS}|jumlah|hasil|kepemilikan)\b(?:\s+\S+){{0,3}}?\s*$|"
                   r"\b(?:tercatat|terdapat|sebanyak|sejumlah|ditemukan|dilaporkan)\s+\d[\d.,]*\s+"
                   r"(?:(?:kelompok|unit|buah|pos|titik|lokasi|kali)\s+)?$", re.IGNORECASE)
# a sentence opening with a rate as its subject ("Cakupan minum obat tahun lalu tercatat 68 persen"): a
# share it gives is the statistic, and every word of its clause names what the statistic measures
_RATE_OPENS = re.compile(r"\W*(?:cakupan|capaian|persentase|proporsi|prevalensi)\b")
_NUMBER_ENDS = re.compile(r"\d[\d.,]*\s*$")   # a figure right before a word ("85 persen")
# a share of a counted group before the words, within SHARE_REACH words ("38% di antaranya merokok di
# dalam rumah", "hanya 14 dari 57 anak yang pernah menjalani fisioterapi", "dari 2.140 sasaran, 9 orang
# dinyatakan IVA positif"), in the same clause ("80 persen dan kader melakukan kunjungan rumah") and
# without a verb of doing after the counted group ("30 orang sudah melakukan kunjungan rumah", "3 dari 5
# puskesmas membentuk kelas ibu hamil" report who did it), unless in a clause of "yang"
_SHARE_OF = re.compile(r"(?:" + A_SHARE + r"|\b\d[\d.,]*\s+dari\s+\d[\d.,]*|\bdari\s+\d[\d.,]*\s+\S+,?\s+\d[\d.,]*)",
                       re.IGNORECASE)
SHARE_REACH = 8
# (a clause end but before another figure of the share: "75 ibu diperiksa dan 4 orang dirujuk")
_SHARE_CLAUSE_END = re.compile(r"(?:[,;:]|\b(?:dan|tetapi|tapi|namun)\b)(?!\s*\d)", re.IGNORECASE)
_DOING = re.compile(r"me[a-z]{4,}|ber[a-z]{3,}")   # an active verb: melakukan, membentuk, bekerja
# verbs of having a condition, not of doing ("empat di antaranya sudah mengalami cacat")
_STATIVE = frozenset({"mengalami", "menderita"})
# a count that opens a clause names a counted group, whose words after it say what the group has:
# after a clause break or a verb of finding ("Ditemukan 1 ibu
# HIV reaktif, 3 ibu sifilis reaktif", "dari 14 penderita ..., 2 orang tercatat mangkir"); "N di
# antaranya" names a part of a group counted before ("11 kasus baru, 3 di antaranya ...")
_COUNT_OPENS = re.compile(r"(?:(?P<clause>[,;:])|\b(?:ditemukan|terdapat|tercatat|dilaporkan|sebanyak|sejumlah)\b)\s*"
                          r"(?P<count>\d[\d.,]*\d|\d|[^\W\d_]+)\s|\b(?P<part>\d[\d.,]*\d|\d|[^\W\d_]+)\s+di\s?antaranya\b",
                          re.IGNORECASE)
# one after a clause break is a case told, not a group counted ("Di Desa X, satu keluarga kambuh lagi")
_ONE = frozenset({"1", "satu", "seorang", "sebuah", "seekor"})
# a count whose clause gives its cause tells cases, not a statistic ("tiga pasien kambuh karena efek samping")
_CAUSE = re.compile(r"\b(?:karena|akibat|sebab|gara-gara|lantaran)\b")
# a paragraph opening with the problem its inquiry found ("Masalah utama yang ditemukan adalah
# ketidakteraturan minum obat. Dari 31 pasien ..., 12 orang ...") gives its counts as that finding's
# evidence: the documents convention counts a finding
_NAMES_A_FINDING = re.compile(r"^\W*(?:" + "|".join(sorted(PROBLEM | {"permasalahan", "temuan"})) + r")\b"
                              r"(?:\s+\S+){0,4}?\s+(?:adalah|ialah|yaitu)\b", re.IGNORECASE)
# a share given right after the words, within four words ("PBI APBN 38,2%", "KB suntik 41 persen")
_SHARE = re.compile(r"(?:\s+[^\s\d]\S*){0,4}?\s+" + A_SHARE)
# what a register, a recap or a report records, or the verb of a recap names ("merekap register KB pasca
# salin setiap bulan", "merekap data kunjungan ..."): monitoring
_RECORD = re.compile(r"\b(?:register|rekap|rekapan|rekapitulasi|merekap|direkap|laporan|pelaporan)\b"
                     r"(?:\s+\S+){0,2}?\s*$")
# a figure, or a word judging the rate in its place ("Cakupan KB pasca persalinan masih rendah"), or
# the count reported as an indicator ("dilaporkan setiap bulan, meliputi jumlah kunjungan rumah ...")
_FIGURE = re.compile(r"\d|\b(?:rendah|tinggi|turun|naik|meningkat|menurun|target|dilaporkan|dicatat|direkap|"
                     r"dipantau|indikator)\b", re.IGNORECASE)


def names_a_rate(text: str, evidence: str, keywords: tuple[str, ...] = ()) -> bool:
    """Does a code's evidence in a document paragraph only name what a statistic measures
    ("Cakupan ASI eksklusif kabupaten 55,2 persen", a headline's "Cakupan KB Pasca Persalinan
    Masih Rendah")? A rate of a practice is monitoring, which the documents convention does not
    count: the paragraph reports how many, not that anyone did or planned it; so is a register,
    a recap or a report of it ("merekap register KB pasca salin setiap bulan"). Every place the evidence or one of the code's `keywords` stands must be such a
    rate ("Cakupan kunjungan nifas 60 persen, jadi bidan kini melakukan kunjungan rumah" counts)."""
    folded = text.casefold()
    searched = {term_words(piece).casefold() for piece in terms(evidence)} | {
        keyword.casefold() for keyword in keywords}
    places = [(at, term) for term in searched for at in term_places(folded, term)]
    if not places:
        return False
    finding = _NAMES_A_FINDING.match(folded) is not None
    for position, term in places:
        if re.fullmatch(_STATISTIC_NOUNS, term):   # the statistic's own noun ("Angka merokok ... meningkat")
            continue
        start, end = sentence_span(folded, position, len(term))
        if _SHARE.match(folded, position + len(term)) or _RECORD.search(folded[start:position]):
            continue
        before = folded[start:position]
        if _share_before(before, counts=not finding):   # the share or count is the figure
            continue
        if _RATE_OPENS.match(folded, start) and SHARE.search(folded, start, end) and (
                not _SHARE_CLAUSE_END.search(before) or _NUMBER_ENDS.search(before)):
            continue   # in the clause of a rate opening the sentence, giving it as a share, or the share's own percent
        if not _RATE.search(before) or not _FIGURE.search(folded[start:end]):
            return False
    return True


def _share_before(before: str, counts: bool = True) -> bool:
    """Does the text before a code's words end in a share of a counted group (`_SHARE_OF`) or, with
    `counts`, a count opening a clause (`_COUNT_OPENS`), and at most SHARE_REACH words of its clause,
    with no verb of doing outside a "yang" clause?"""
    opens = [match for match in _COUNT_OPENS.finditer(before) if counts and _counts_a_group(match)]
    for match in [*_SHARE_OF.finditer(before), *opens]:
        tail = before[match.end():]
        words = tail.split()
        if len(words) > SHARE_REACH or _SHARE_CLAUSE_END.search(tail) or (match in opens and _CAUSE.search(tail)):
            continue
        doing = [i for i, word in enumerate(words) if _DOING.fullmatch(word) and word not in _STATIVE]
        if not doing or "yang" in words[:doing[0]]:
            return True
    return False


def _counts_a_group(match: re.Match[str]) -> bool:
    """Is a count opening a clause (`_COUNT_OPENS`) a figure, and more than one after a clause break?"""
    count = match.group("count") or match.group("part")
    return gives_a_figure(count) and not (match.group("clause") and count.casefold() in _ONE)


def names_staff_training(text: str, evidence: str) -> bool:
    """Does every piece of a code's evidence in a document paragraph stand in a sentence that
    names a training course for staff (staff_training.py)?"""
    return all(trains_staff(sentence) for piece in terms(evidence) for sentence in sentences_holding(text, piece))


# a programme's slogan, target or status names the practice it ends ("menargetkan Tomohon bebas
# pasung", "desa yang sudah Stop BABS", "pesan stop BAB sembarangan", "gerakan sekolah bebas rokok"):
# "stop" before the words, or "bebas" after an area (specificity.AREAS, a town, a school, a home) or a
# name ("layanan bebas biaya" is a price)
_FREE_PLACES = sorted(AREAS | {"kota", "wilayah", "lingkungan", "sekolah", "rumah"})
_GOAL = re.compile(rf"\b(?:stop|setop)\s+$|(?:\b(?:{'|'.join(_FREE_PLACES)})|\b(?-i:[A-Z])\w+)\s+bebas\s+$",
                   re.IGNORECASE)


def names_a_goal(text: str, evidence: str) -> bool:
    """Does every piece of a code's evidence in a document paragraph only name what a slogan, a
    target or a status says is ended ("Tomohon bebas pasung pada 2028", "pesan stop BAB
    sembarangan")? The programme is named, not the practice done or a measure against it taken."""
    for piece in terms(evidence):
        first = term_words(piece)
        places = term_places(text, first)
        if not places or not all(_GOAL.search(text[max(0, at - 40):at]) for at in places):
            return False
    return True


RECORDING = "catat"   # mencatat, tercatat, dicatat: the verb that reports a figure


def weak_pair(evidence: str, kind: str) -> list[str]:
    """The words of a weak pair of evidence, a firing of WEAK_PAIR_KINDS (`kind`: the kind of the
    firing the evidence ends with, `Firing.second or Firing.kind`); [] for other evidence."""
    if kind not in WEAK_PAIR_KINDS:
        return []
    return [term_words(piece) for piece in terms(last_firing(evidence))]


def seconded_keyword(evidence: str, kind: str) -> list[str]:
    """The two words of a keyword that is weak alone and the word of its code that seconds it
    ("mencatat … PBI"); [] for other evidence."""
    pieces = terms(last_firing(evidence))
    return [term_words(piece) for piece in pieces] if kind == KEYWORD and len(pieces) == 2 else []


def records_a_figure(text: str, pair: list[str]) -> bool:
    """Is one of the two weak words of a code's evidence in a document paragraph (`weak_pair`) the
    verb that reports a figure ("Dinas Kesehatan mencatat 296 kasus ...", "Dari 1.140 lansia yang
    tercatat, hanya separuh ...")? It says who counted, not what the code is about. A figure is what
    data_sources.gives_a_figure reads as one (not a year or a date)."""
    for piece in pair:
        words = piece.split()
        if len(words) == 1 and word_analyzer().analyze(words[0].casefold())[1] == RECORDING and any(
                gives_a_figure(sentence) for sentence in sentences_holding(text, piece)):
            return True
    return False



def names_a_workers_post(text: str, pair: list[str]) -> bool:
    """Is one of the two weak words of a code's evidence in a document paragraph (`weak_pair`) a
    place that only says which health worker, written right after the worker's noun wherever it
    stands ("bidan desa", "kader posyandu", "perawat puskesmas")? The worker's post says who, not
    the place's act. An officer's title ("kepala desa", "sekretaris desa") is the village acting."""
    folded = text.casefold()
    for piece in pair:
        word = piece.casefold()
        if word not in PLACE:
            continue
        befores = [_LAST_WORD.search(folded, max(0, at - 30), at) for at in term_places(folded, word)]
        if befores and all(before is not None and before.group(1) in ROLE for before in befores):
            return True
    return False


_LAST_WORD = re.compile(r"(\w+)\s+$")


def pair_sentences(text: str, pieces: list[str]) -> str:
    """The sentences of a document paragraph that hold every piece of a weak pair of evidence
    (`weak_pair`: two words of a label, definition, example or related words), where the pair is
    evidence: its words elsewhere alone are not ("Jumlah persalinan di fasilitas ... tercatat 2.114.
    Persalinan di rumah masih ditemukan ..."); the whole paragraph for other evidence, or when no
    sentence holds all."""
    if not pieces:
        return text
    held = [sentence for sentence in dict.fromkeys(sentences_holding(text, pieces[0]))
            if all(piece in sentence for piece in pieces)]
    return " ".join(held) if held else text


def counts_in_document(code: Code, text: str, evidence: str, kind: str, *, background: bool, title: bool,
                       names_absence: bool, sources: Sources | None = None) -> bool:
    """Does a code's evidence in a document paragraph count under the documents convention?

    Not in a title; not where a `counts: reported` code's evidence is only planned; for a code
    without rules (a researcher's minimal code), not in a background paragraph nor where its
    words only name what a statistic measures, a course that trains staff or a supply kept in stock;
    for a code naming an absence, not where its evidence only says whom a service is for."""
    if title or shows_a_scene(text, evidence) or only_where_taken(text, evidence) or states_scheme_rules(text, evidence) or urges_a_target(text, evidence) or urged_against(text, evidence)\
            or spared_by_health(text, evidence, kind) or done_by_another(code, text, evidence, sources)\
            or applicants_step(code, text, evidence):
        return False
    if code.counts == REPORTED and planned_in_document(text, evidence):
        return False
    pair = weak_pair(evidence, kind) if not code.rules else []
    held = pair_sentences(text, pair)
    if not code.rules and (background or names_a_rate(held, evidence, code.keywords) or reports_a_share(held, pair)
                           or names_staff_training(text, evidence) or names_a_goal(text, evidence)
                           or in_indicators(text, evidence)
                           or in_source_title(text, evidence) or cites_a_statistic(text, evidence)
                           or records_a_figure(text, pair or seconded_keyword(evidence, kind))
                           or names_a_workers_post(text, pair)
                           or names_taught_topic(text, evidence, code) or names_a_supply(text, evidence, code)
                           or reported_by_deadline(text, evidence)):
        return False
    return not (names_absence and names_addressees(text, evidence))


def is_administrative(text: str) -> bool:
    """Does a paragraph or list item start with recording, reporting, training or monitoring
    ("- Pencatatan dan pelaporan balita drop out ...", "Pelatihan ulang kader ...")?"""
    match = _FIRST_WORD.match(text)
    return bool(match) and word_analyzer().analyze(match.group(1).casefold())[1] in ADMINISTRATIVE_ACTS
