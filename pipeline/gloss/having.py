"""Possession and the superlative: ada between a person and a noun, paling between a noun and an adjective.

  ada -> punya  possession (torang nda ada KK -> kami tidak punya KK; torang nelayan nyanda ada
              asuransi: the pronoun and the people it names; also in a relative clause on
              people, sapa-sapa yang blum ada KTP, and of no one, dia nyanda ada sapa-sapa); not before
              what one is busy at (dia ada kerja, ada sekolah)
  paling      after a noun, before an adjective: a relative clause (anak paling kacili ->
              anak yang paling kecil)
Read by `predicates.after_context`, after the context rules.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import PERSON_NOUNS, SENTENCE_END
from pipeline.gloss.demonstratives import is_plain_noun
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.lasting import state_since
from pipeline.gloss.morphology import ACRONYM
from pipeline.gloss.units import Unit

_ANYONE = frozenset({"sapa-sapa", "siapa-siapa"})  # what a person has none of: nyanda ada sapa-sapa
# Aches named by their seat: a passing state (ada saki kapala -> sedang sakit kepala), unlike a
# disease one has (ada sakit gula -> punya sakit gula; sakit jantung is a disease too). An ache is
# one unit only as a lexicon phrase (saki X -> sakit X): today kepala, perut, gigi, pinggang and mata
# have one (without a row, ada saki kaki is already sedang sakit kaki, by ada + saki). The other
# seats stay so that a phrase row added later (gloss suggest-lexicon proposes them from graders'
# corrections) keeps that reading; without its seat here it would turn into possession (punya sakit kaki).
_ACHES = frozenset(("sakit", seat) for seat in ("kepala", "gigi", "perut", "pinggang", "kaki", "tangan", "mata",
                                                "telinga", "punggung", "leher", "tenggorokan", "dada", "lutut"))
HAVE = {"ada": "punya", "ad": "punya", "nda ada": "tidak punya", "nyanda ada": "tidak punya"}


def superlative(units: list[Unit], k: int) -> None:
    """A noun + paling + adjective is a relative clause: anak paling kacili -> anak yang paling kecil."""
    u = units[k]
    if u.ind != "paling" or not u.joined:
        return
    prev, nxt = units[k - 1], units[k + 1]
    if prev.pos == "n" and prev.joined and nxt.pos in ("adj", "pron") and not _subject_graded(units, k):
        u.ind = "yang paling"


# Before the noun, these make it no subject the sentence grades (saya suka ikan paling basar: an object)
_NOT_SUBJECT_POS = frozenset({"v", "pron", "aux", "neg", "rel", "q"})


def _subject_graded(units: list[Unit], k: int) -> bool:
    """paling + an adjective closing the sentence after the noun phrase that opens it: the predicate
    (brenebon buatan oma paling enak -> brenebon buatan nenek paling enak; own development references
    2 of 2 write no 'yang' there)."""
    nxt = units[k + 1]
    if nxt.pos != "adj" or k + 2 < len(units) and not SENTENCE_END & set(nxt.glue):
        return False
    at = k - 1
    while at > 0 and units[at - 1].joined:
        at -= 1
        if units[at].pos in _NOT_SUBJECT_POS:
            return False
    return True


# Indonesian nouns of what one goes to or is busy at: ada before them is being at it (dia ada kerja di
# Manado, dia ada sekolah: works, is at school), not owning one ('punya kerja')
_BUSY_AT = frozenset({"kerja", "sekolah", "kuliah", "jualan", "dagang", "dinas", "latihan", "praktek", "les"})


def possession(units: list[Unit], k: int, vocabulary: IndonesianVocabulary) -> None:
    """Person + ada + noun is possession: torang nda ada doi -> kami tidak punya uang; also a noun
    the lexicon leaves to Indonesian (dia so ada pacar -> dia sudah punya pacar)."""
    u = units[k]
    if not u.joined or not units[k - 1].joined:
        return
    nxt = units[k + 1]
    if not (nxt.pos in ("n", "acr") or nxt.source == ACRONYM or nxt.key in _ANYONE or is_plain_noun(nxt, vocabulary) and (
            nxt.ind not in _BUSY_AT)):
        return  # kita nyanda ada sapa-sapa di sana: no one of one's own
    if u.key in ("ada", "ad") and nxt.ind.partition(" ")[::2] in _ACHES:
        # oma ada saki gigi: an ache is a state one is in, as ada saki (sedang sakit); measured from its
        # start the state alone (kita ada saki kapala dari pagi -> saya sakit kepala sejak pagi: lasting.py)
        u.ind = "" if state_since(units, k, nxt) else "sedang"
        return
    at = k - 1
    owner = units[at]
    if (owner.pos in ("neg", "aux") or owner.ind == "hanya") and k >= 2 and units[k - 2].joined and (
            owner.key not in HAVE):  # kita cuma ada motor -> saya hanya punya motor
        at -= 1
        owner = units[at]
    if owner.key == "yang" and at >= 1 and units[at - 1].joined:
        owner = units[at - 1]  # sapa-sapa yang blum ada BPJS: the people who have none
        if owner.pos == "q" or owner.key in PERSON_NOUNS:
            u.ind = HAVE[u.key]
            return
    if owner.pos == "pron" or (owner.pos == "n" and at == k - 2 and at >= 1
                               and units[at - 1].pos == "poss") or (  # kita pe anak blum ada BPJS
            owner.key in PERSON_NOUNS and (at == 0 or not units[at - 1].joined or units[at - 1].pos in ("conj", "pron"))):
        u.ind = HAVE[u.key]  # oma ada kartu BPJS: a person opening the clause has it
