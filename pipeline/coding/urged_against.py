"""A practice a document urges people not to do is not reported done.

News and plans quote appeals, warnings and rules: "Kami harap orang tua tidak menunda pendaftaran sampai
anaknya sakit", "Setiap orang dilarang membuang sampah ke kali", "mengingatkan warga agar tidak membawa korban gigitan ke dukun", "menyurati toko
agar tidak memajang susu formula", "Jangan tunda imunisasi". The clause after the appeal and its
negator names what is to be avoided: nobody is said to delay, to go to the healer or to sell the
formula. In a document, a code's evidence whose words stand only in such clauses (and in other
sentences) does not count. (The negation scopes of negation.py read "agar tidak batal" as a fear
that names the problem, which in an interview it is; here the appeal decides.)
"""

from __future__ import annotations

import re

from pipeline.coding.evidence import term_places, term_words, terms
from pipeline.coding.negation import FEARED
from pipeline.coding.sentences import sentence_span

# surface forms: the words of hoping, asking, advising and reminding that open an appeal
APPEALS = frozenset({
    "harap", "berharap", "diharapkan", "mengharapkan", "mohon", "agar", "supaya", "imbau", "mengimbau",
    "diimbau", "himbau", "menghimbau", "dihimbau", "minta", "meminta", "diminta", "ingatkan", "mengingatkan",
    "diingatkan", "anjurkan", "menganjurkan", "dianjurkan", "sarankan", "menyarankan", "disarankan", "ajak",
    "mengajak", "pesan", "berpesan",
})
# an appeal by itself: "Jangan tunda imunisasi", and a rule's "Setiap orang dilarang membakar sampah"
PROHIBITIONS = frozenset({"jangan", "dilarang"})
DENIALS = frozenset({"tidak", "tak"}) | PROHIBITIONS
# "agar tidak ada lagi sesi yang batal", "agar rokok tidak lagi disuguhkan": what is to stop was done
AGAIN = "lagi"
# "minta orang tua tidak mudah percaya kiriman di grup": a manner is denied, the thing is there;
# "jangan sampai anak step": what is feared may happen (negation.FEARED), no appeal to anyone
MANNER = frozenset({"mudah", "gampang", "terlalu", "asal", "sembarangan"}) | FEARED
# "agar tidak lupa membawa anak ke posyandu", "jangan takut periksa IVA", "agar ibu tidak berhenti
# menyusui": a negative verb or state right after the negator is what is urged against; the act
# after it is urged to be done
NEGATIVE_STATES = frozenset({"lupa", "ragu", "takut", "malu", "segan", "enggan", "berhenti", "lalai", "terlambat"})
APPEAL_REACH = 4    # words between the appeal and its negator ("harap orang tua tidak")
DENIAL_REACH = 6    # words between the negator and the evidence ("tidak membawa korban gigitan ke dukun")
# a clause's end inside a sentence: a comma, or a conjunction that opens another clause
_CLAUSE_END = re.compile(r"[,:()]|\b(?:tetapi|tapi|namun|melainkan|padahal|sedangkan|sehingga|karena|lalu|dan)\b",
                         re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def urged_against(text: str, evidence: str) -> bool:
    """Does every piece of a code's evidence in a document paragraph stand in a clause an appeal
    denies ("harap ... tidak", "agar tidak", "jangan"), or in another sentence than such a clause,
    with at least one piece in one? A piece is in such a clause only where every place of it is:
    "... tidak menunda pengurusan kartu. Namun banyak ibu masih menunda ..." tells the delay."""
    inside = outside = 0
    urged_sentences: set[tuple[int, int]] = set()
    placed: list[tuple[list[tuple[int, int]], bool]] = []
    for piece in terms(evidence):
        words = term_words(piece)
        places = term_places(text, words)
        if not places:
            return False
        spans = [sentence_span(text, place, len(words)) for place in places]
        urged = [_in_urged_clause(text[span[0]:place]) for span, place in zip(spans, places)]
        if any(urged) and not all(urged):
            return False   # urged against in one place, told in another
        placed.append((spans, urged[0]))
        if urged[0]:
            urged_sentences.update(spans)
    for spans, urged in placed:
        if urged:
            inside += 1
        elif not urged_sentences.isdisjoint(spans):
            return False   # a word of the code before the appeal in its sentence: the act is told
        else:
            outside += 1
    return inside > 0


def _in_urged_clause(before: str) -> bool:
    """Does the text of a sentence before a word end in an appeal, its negator and at most
    DENIAL_REACH words of one clause?"""
    clause = _CLAUSE_END.split(before)[-1]
    words = [word.casefold() for word in _WORD.findall(clause)]
    for back in range(1, min(len(words), DENIAL_REACH + 1) + 1):
        if words[-back] not in DENIALS:
            continue
        denied = words[len(words) - back + 1:]
        if AGAIN in denied or (denied and (denied[0] in MANNER or denied[0] in NEGATIVE_STATES)):
            return False
        if words[-back] in PROHIBITIONS:
            return True
        opening = words[max(0, len(words) - back - APPEAL_REACH - 1):len(words) - back]
        return any(word in APPEALS for word in opening)
    return False
