"""A figure a document cites from a named data source is a statistic, not something done.

Indonesian reports and news give a statistic with its source in a fixed frame: the data as the
subject of a verb of showing ("Data Dinas Pendidikan mencatat hanya ada lima SLB ...", "Data Riset
Kesehatan Dasar menunjukkan, lebih dari separuh rumah tangga ...") or a phrase of basis ("Berdasarkan
pendataan kader tahun 2026, ... terdapat 57 anak ...", "..., menurut data Dinas Kesehatan setempat"),
or the record of a period ("Pada tahun 2026 tercatat 19 sesi tertunda akibat ...").
Such a sentence tells how many, which the documents convention does not count for a researcher's
code (`counts.py`); a finding of the study's own inquiry ("Hasil kunjungan rumah menunjukkan bahwa
sebagian keluarga baru mendaftar ...") tells what people do and is not this frame, nor is a source
giving no figure ("Menurut data puskesmas, banyak balita lebih sering diberi makanan kemasan").
"""

from __future__ import annotations

import re

from pipeline.coding.amounts import is_number_word
from pipeline.coding.evidence import term_places, term_words, terms
from pipeline.coding.sentences import sentence_span

# the data as a verb's subject at the sentence's front, or a phrase of basis anywhere in it
# or a period's record: "tercatat" after the period opening the sentence ("Pada tahun 2026 tercatat 46
# kunjungan karena luka ...", "Hingga akhir September tercatat 142 kasus"), a plan's or a report's
# background (none of 8 in 8 studies' development documents coded); "Dari hasil pendataan kader, tercatat
# 37 balita tidak dapat didaftarkan karena ..." names the inquiry's finding and is not this frame
_SOURCE = re.compile(r"^\W*data\b(?:\s+\S+){0,6}?\s+(?:menunjukkan|mencatat|memperlihatkan|menyebutkan)\b"
                     r"|\b(?:berdasarkan|menurut)\s+(?:data|pendataan|catatan)\b"
                     r"|^\W*(?:pada|selama|sepanjang|hingga|sampai)\s+(?:tahun|semester|triwulan|bulan|periode|akhir)\b"
                     r"[^,.;:]{0,30}?,?\s+tercatat\b", re.IGNORECASE)
# what reads as a date, not a figure: a year ("2025", "tahun 2026"; a count of thousands is written
# "1.900"), a day of a month ("12 Juni"), and "salah satu" ("one of")
_DATE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}\s+(?:januari|februari|maret|april|mei|juni|juli|agustus"
                   r"|september|oktober|november|desember)\b|\bsalah\s+satu\b", re.IGNORECASE)
_TOKEN = re.compile(r"\d[\d.,/]*\d|\w+")
_APART = " … "   # the words of a weak pair stand apart in the text


def gives_a_figure(sentence: str) -> bool:
    """Does a sentence hold a number (amounts.is_number_word: "212", "lima", "separuh") that is not a
    year or a date ("Berdasarkan data tahun 2025, ...", "sejak Maret 2024")?"""
    return any(is_number_word(word) for word in _TOKEN.findall(_DATE.sub(" ", sentence)))


def cites_a_statistic(text: str, evidence: str) -> bool:
    """Does every word of a code's evidence in a document paragraph stand in a sentence giving a
    figure from a named data source (see the module docstring)?"""
    words = {word.casefold() for piece in terms(evidence) for word in term_words(piece).split(_APART) if word.strip()}
    folded = text.casefold()
    places = [(at, word) for word in words for at in term_places(folded, word)]
    if not places:
        return False
    for position, word in places:
        start, end = sentence_span(folded, position, len(word))
        sentence = text[start:end]
        if not (_SOURCE.search(sentence) and gives_a_figure(sentence)):
            return False
    return True
