"""A duty to report a thing by a deadline is monitoring, not the thing: "Setiap Puskesmas wajib
melaporkan setiap kasus penyakit dekompresi dalam 1x24 jam", "kekosongan stok dilaporkan paling
lambat tiga hari kepada Dinas Kesehatan".

Circulars and plans tell offices what to report and how soon. The case or the stock-out named is
what the report will carry if it happens, not a case that happened nor a measure against it (round
31: a diver's-illness code and a stock-out code given by such duties in two studies' circulars; their
writers coded neither). The documents convention counts neither monitoring nor reporting unless it
names the code's action (codebooks/README.md), so a code's words in the clause of a verb of
reporting or recording that sets a deadline are no evidence for a minimal code (read by counts.py).
A report of what was found ("tujuh Puskesmas melaporkan kekosongan implan selama enam minggu",
"Kader melaporkan bahwa ...") sets no deadline and still counts.
"""

from __future__ import annotations

import re

from pipeline.coding.evidence import framed_everywhere, term_words, terms
from pipeline.coding.lemmas import word_analyzer

_REPORTING = frozenset({"lapor", "catat"})   # melaporkan, dilaporkan, mencatat, dicatat
_VERB_PREFIXES = ("me", "di")   # the verbs, not an office's name ("Dinas ... Pencatatan Sipil")
_NUMBER = r"(?:\d+\s*[x×]\s*\d+|\d+|satu|dua|tiga|empat|lima|enam|tujuh|sepuluh|empat belas)"
# how soon: "paling lambat tiga hari", "selambat-lambatnya", "dalam (waktu) 1x24 jam", "dalam 3 hari"
_DEADLINE = re.compile(rf"\b(?:paling lambat|selambat-lambatnya|dalam\s+(?:waktu\s+)?{_NUMBER}\s+(?:jam|hari))\b",
                       re.IGNORECASE)
# a duty owed: an obligation, a request, or a rule for every case ("wajib melaporkan", "setiap kasus ... dilaporkan")
_OWED = re.compile(r"\b(?:wajib|diwajibkan|harus|perlu|hendaknya|segera|diminta|mohon|agar|supaya|setiap|tiap)\b",
                   re.IGNORECASE)
_CONTENT = re.compile(r"\bbahwa\b", re.IGNORECASE)   # "melaporkan bahwa ...": what is reported happened
_CLAUSE_BREAK = ";"
_WORD = re.compile(r"[^\W\d_]+")


def reported_by_deadline(text: str, evidence: str) -> bool:
    """Does every piece of a code's evidence in a document paragraph stand in a clause whose verb of
    reporting or recording sets a deadline (a duty to report, not a report)?"""
    words = [term_words(piece) for piece in terms(evidence)]
    return bool(words) and framed_everywhere(text, words, _in_duty)


def _in_duty(before: str, sentence: str) -> bool:
    """Is the clause of `sentence` at the end of `before` a duty to report by a deadline?"""
    clause = before.rpartition(_CLAUSE_BREAK)[2] + sentence[len(before):].partition(_CLAUSE_BREAK)[0]
    deadline = _DEADLINE.search(clause)
    if not deadline or _CONTENT.search(clause):
        return False
    # "dalam 3 hari" is also the stretch a report counts over ("mencatat empat kasus dalam 3 hari
    # setelah penyemprotan"): a duty only where the clause says one is owed
    if deadline.group().casefold().startswith("dalam") and not _OWED.search(clause):
        return False
    # the deadline is the report's: after its verb ("... paling lambat satu minggu setelah kader melapor"
    # sets the deadline of another act), with no passive verb of another act between ("melaporkan dua
    # petani keracunan dan dirujuk ke RSUD dalam 24 jam": the referral's)
    reported, previous = False, ""   # a verb of reporting seen, no other act's passive after it
    for word in _WORD.findall(clause[:deadline.start()]):
        folded = word.casefold()
        if folded.startswith(_VERB_PREFIXES):
            lemma = word_analyzer().analyze(folded)[1]
            if lemma in _REPORTING:
                reported = True
            # "dirujuk", "ditangani"; not "dinas", "diare", nor what is reported ("kasus yang dicurigai")
            elif folded.startswith("di") and lemma != folded and previous != "yang":
                reported = False
        previous = folded
    return reported
