"""A supply kept in stock is not the practice it serves: "ketersediaan blister MDT", "stok vaksin".

Plans, circulars and reports name drugs, vaccines and test strips as the object of a supply noun:
"Puskesmas memastikan ketersediaan blister MDT ... dengan stok penyangga", "memastikan ketersediaan
vaksin dan serum anti rabies", "stok vaksin di gudang farmasi",
"kekosongan vaksin anti rabies". Such a phrase says what the programme keeps at hand, not that a patient
took the drug, a dog was vaccinated or a check was done. In a document, a code's evidence whose
every word stands in such a phrase (within SUPPLY_REACH words of the supply noun, no verb or clause
between) does not count, unless the code itself is about supply or stock-outs (its label or
definition says so: "Stok vaksin kosong", "drugs out of stock"; not what its definition excludes:
"Tidak termasuk: alat tes yang tidak tersedia" leaves a blood-test code a test code). Who keeps the
supply and where (a worker, a health post: "kader ... persediaan RDT habis") is no part of what is
kept, and a list item is read without its heading (round 26, the malaria study: 4 false codes of a
test code beside "pasokan", "persediaan", "ketersediaan", "stok penyangga RDT"). Read by counts.py.
"""

from __future__ import annotations

import re

from pipeline.coding.codebook_words import own_description
from pipeline.coding.evidence import TERMS, framed_everywhere, term_places, term_words, terms
from pipeline.coding.specificity import names_place, names_role
from pipeline.coding.lemmas import word_analyzer
from pipeline.records.codebook import Code

# the nouns of keeping a supply, and of its running out; not of buying or handing out one ("pengadaan
# perahu ambulans", "distribusi larvasida" are the measure), nor of lacking ("keterbatasan dana" is a cost)
KEEPING_NOUNS = ("ketersediaan", "persediaan", "pasokan", "stok", "stock", "kekosongan", "logistik")
_SUPPLY = re.compile(r"\b(?:%s)\b" % "|".join(KEEPING_NOUNS), re.IGNORECASE)
SUPPLY_REACH = 4   # the supply's object: "ketersediaan vaksin dan serum anti rabies"
# what ends the supply's noun phrase: a clause break or conjunction, or a verb (a word whose
# me-, ber-, di- or ter- the lemmatiser strips: "dibagikan", not "digital")
_PHRASE_END = re.compile(r"[,;:.]|\b(?:sehingga|karena|yang|agar|untuk|bagi|supaya|maka)\b", re.IGNORECASE)
_VERB_PREFIXES = ("me", "ber", "di", "ter")
# a code about supply itself (Indonesian words or English stems of its label and definition): "sedia"
# with the affixes of having in stock (tersedia, ketersediaan, persediaan, disediakan; not bersedia or
# kesediaan, being willing); "kosong", "habis" and "empty" only of a supply named just before ("stok
# vaksin kosong", "obat habis"; not "rumah kosong", "perut kosong", or "minum obat sampai habis", a
# course finished)
_HELD = r"(?:stok|stock|stocks|persediaan|logistik|obat|vaksin|reagen|supply|supplies|drugs?|vaccines?|shelves)"
_SUPPLY_CODE = re.compile(r"\b(?:ter|keter|per|di)?sedia|\bstok|\bkekosongan\b|\bpasok|\bdistribusi|"
                          rf"\blogistik|\b{_HELD}(?:\s+(?!sampai\b|hingga\b)\w+)?\s+(?:kosong|habis|empty)\b|\bempty\s+{_HELD}|"
                          r"\b(?:stock|suppl|shortage|out of stock|run(?:s|ning)? out|unavailab|availab)", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def about_supply(code: Code) -> bool:
    """Is `code` itself about a supply, a stock or its running out?"""
    return bool(_SUPPLY_CODE.search(own_description(code)))


def names_a_supply(text: str, evidence: str, code: Code) -> bool:
    """Does every piece of a code's evidence in a document paragraph stand, wherever it stands, in
    the object of a supply noun ("ketersediaan blister MDT"), for a code not itself about supply?"""
    if about_supply(code):
        return False
    own = text.rpartition("\n")[2]   # a list item's own words: its heading is read before it
    words = [word for piece in terms(evidence) for word in term_words(piece).split(TERMS)
             if not (names_role(word) or names_place(word))]   # who keeps it and where: not what is kept
    kept = [word for word in words if term_places(own, word)]
    return bool(kept) and framed_everywhere(own, kept, lambda before, _sentence: _in_supply(before))


def _in_supply(before: str) -> bool:
    nouns = list(_SUPPLY.finditer(before))
    if not nouns:
        return False
    between = before[nouns[-1].end():]
    words = _WORD.findall(between.casefold())
    return len(words) <= SUPPLY_REACH and not _PHRASE_END.search(between) and not any(map(_is_verb, words))


def _is_verb(word: str) -> bool:
    return word.startswith(_VERB_PREFIXES) and word_analyzer().analyze(word)[1] != word
