"""A printed quote that opens with "because" answers a why-question the reader does not see.

A thesis prints, under its sub-heading "Faktor penyebab ...", the replies to "What caused it?":
"Menurut saya mas karena hidupnya kekurangan ...", "Karena kebutuhan ekonominya tidak tercukupi".
The question is gone; what is left of it is the causal conjunction the reply opens with (*karena*,
*soalnya*, *sebab*), after words that only frame a reply (assent, "menurut saya", an address).
When one code of the codebook is itself about causes or reasons (its label says *penyebab*, *sebab*
or *alasan*), such a quote belongs under it too (quotations.author_placings). A codebook with two
such codes ("Alasan berhenti", "Alasan tidak datang") leaves the reply to its words.
"""

from __future__ import annotations

from pipeline.coding.answers import ADDRESS_TERMS
from pipeline.coding.codebook_words import WORD, word_lemma
from pipeline.records.codebook import Codebook

# the conjunctions that open a reason: Indonesian, colloquial, Manado Malay (karna)
REASONS = frozenset({"karena", "karna", "sebab", "soalnya", "lantaran"})
# words before it that only frame a reply: assent, an opinion or a guess, who says it, an address
FRAMES = frozenset({"ya", "iya", "yah", "yo", "iyo", "kalau", "kalo", "kalu", "menurut", "pendapat", "saya",
                    "aku", "kita", "sih", "mungkin", "itu", "ini", "ehm", "hmm"}) | ADDRESS_TERMS
MAX_FRAME = 6   # words of frame before the conjunction
# the words of a label that make its code one about causes or reasons (*alasan*, whose lemma table root
# is *alas* 'base', by its written form)
CAUSES = frozenset({"sebab", "penyebab", "alasan", "musabab"})


def opening_reason(text: str) -> str | None:
    """The causal conjunction a quote opens with, after at most MAX_FRAME words of frame, or None."""
    for position, word in enumerate(WORD.findall(text.casefold())):
        if word in REASONS:
            return word
        if position >= MAX_FRAME or word not in FRAMES:
            return None
    return None


def cause_code(codebook: Codebook) -> str | None:
    """The id of the one code whose label is about causes or reasons, or None (none, or several)."""
    about = [code.id for code in codebook.codes
             if any(word.casefold() in CAUSES or word_lemma(word.casefold()) == "sebab"
                    for word in WORD.findall(code.label))]
    return about[0] if len(about) == 1 else None
