"""A harm a lesson warns against is not the harm found: "penyuluhan tentang bahaya asap rokok".

Plans, regulations and news name an education measure by its topic: "penyuluhan tentang bahaya
asap rokok kepada warga", "konseling ..., termasuk cara menangani demam setelah imunisasi". The
object of "bahaya", "dampak", "risiko" or "menangani" in a sentence that names teaching is what
people are taught to avoid or handle; it is no evidence that anyone smokes at home or fears a fever.
In a document, a code's evidence whose every word stands there (within TOPIC_REACH words of the
opener) does not count, unless the code itself is about teaching, counselling or telling people
(its label or definition says so: the lesson is then that code's act). A practice taught ("cara
meminta suami merokok di luar", "tentang ASI saja") is left alone: the gold often codes it.
"""

from __future__ import annotations

import re

from pipeline.coding.codebook_words import own_description
from pipeline.coding.evidence import framed_everywhere, term_words, terms
from pipeline.records.codebook import Code

# a word opening a harm taught against: its danger, its risk, how to handle it ("bahaya asap rokok",
# "cara menangani demam"); a practice taught ("cara memandikan", "tentang ASI saja") is often the code
_TOPIC = re.compile(r"\b(?:bahaya|dampak|risiko|resiko|menangani|mengatasi|penanganan)\b", re.IGNORECASE)
TOPIC_REACH = 2    # words from the opener to the evidence at most: its object ("bahaya merokok di dalam rumah")
# a sentence that names teaching: a lesson, a session of counselling or telling, or the verb of it
_TEACHING = re.compile(r"\b(?:materi|penyuluhan|menyuluh|suluh|edukasi|konseling|kelas|sosialisasi|pelatihan|"
                       r"lembar balik|brosur|leaflet|pamflet|poster|pesan|informasi|diajari|diajarkan|mengajari|"
                       r"mengajarkan|memperagakan|diperagakan|demonstrasi|ceramah|kampanye)\b", re.IGNORECASE)
# a code about teaching, counselling or telling people (its label and definition, in Indonesian or English;
# an English stem opens a word: not "Informants", "talking")
_TEACHING_CODE = re.compile(r"sosialisa|suluh|edukasi|konseling|kelas|informasi|nasihat|nasehat|promosi|kampanye|"
                            r"ajar|jelas|materi|pesan|\b(?:educat|counsel|inform(?!ant)|teach|advi[cs]|class(?:es)?\b|"
                            r"explain|lesson|outreach|promot|campaign|message|talks?\b)", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def teaches(code: Code) -> bool:
    """Is `code` itself about teaching, counselling or telling people?"""
    return bool(_TEACHING_CODE.search(own_description(code)))


def names_taught_topic(text: str, evidence: str, code: Code) -> bool:
    """Does every piece of a code's evidence in a document paragraph stand, wherever it stands, in
    the harm a lesson warns against (right after "bahaya", "risiko", "menangani" ..., in a sentence
    naming teaching), for a code that is not itself about teaching?"""
    if teaches(code):
        return False
    return framed_everywhere(text, [term_words(piece) for piece in terms(evidence)],
                             lambda before, sentence: bool(_TEACHING.search(sentence)) and _after_topic(before))


def _after_topic(before: str) -> bool:
    openers = list(_TOPIC.finditer(before))
    return bool(openers) and len(_WORD.findall(before[openers[-1].end():])) <= TOPIC_REACH
