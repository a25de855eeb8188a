"""A code about rules ("Aturan desa ...", "Larangan ...", "Regulasi ..."), found where a rule is stated.

A codebook without keywords names such a code by its rule noun and who makes the rule; the
turns and paragraphs that state one rarely repeat the noun: they state the rule itself, in the
deontic words of Indonesian ("dilarang", "wajib", "tidak boleh", "tidak diizinkan"), Manado Malay
read through its gloss ("nyanda boleh" -> "tidak boleh"). Such a statement is evidence of the
code whose label opens with a rule noun (kind RULE_STATED), whatever the act the rule names; the
act itself is another code's only where the segment says it was done (urged_against.py keeps a
prohibition's act from its code in documents).

Not a permission ("boleh", "tidak dilarang": the rule words are negatable) and not a code whose
label merely holds a rule noun later ("Penegakan aturan ...", "Pengaturan makan": its head is
another act). A code headed by "Larangan" names prohibitions: an obligation ("wajib") is not one.

Not a rule whose maker the code does not name (OTHER_MAKERS, within MAKER_REACH tokens of the
rule word): a household's say ("Istri saya bilang tidak boleh merokok di kamar"), a health
worker's advice ("Kata bidan tidak boleh angkat yang berat") or a custom's due ("wajib bawa gula,
itu adat") is no village's or church's rule, nor is a school's ("sekolah wajib memberi ujian
susulan") or a court's ("anak wajib didengar di persidangan") a village's; each is the rule of a
code whose label or definition names that maker ("Aturan keluarga dan sekolah", "orang tua yang
melarang"). Nor is
"tidak boleh" beside a body's state (BODY_STATES): Manado "bole" also says 'can'.
"""

from __future__ import annotations

import re

from pipeline.coding.codebook_words import own_description
from pipeline.coding.keyword_rule import RULE_STATED, KeywordRule
from pipeline.coding.specificity import KIN
from pipeline.records.codebook import Code

# the nouns that head a label naming rules as a code's matter
RULE_NOUNS = frozenset({"aturan", "peraturan", "larangan", "regulasi", "ketentuan", "batasan", "perda", "perdes"})
# deontic words stating a rule, matched through their lemmas (dilarang, melarang, larangan; diwajibkan, kewajiban)
RULE_WORDS = ("larang", "wajib")
# a prohibition that carries its own negator, matched as written
PROHIBITIONS = ("tidak boleh", "tidak diperbolehkan", "tidak diizinkan", "tidak dibolehkan")
PROHIBITION_NOUNS = frozenset({"larangan"})   # a label headed so names what is forbidden, not what is owed
# makers of a rule other than an authority, each with the words that name them (the first names them all):
# a household (specificity.KIN's kin terms; not ibu, bapak: also a title, "Ibu Lurah"; nor the children
# a rule binds), a health worker advising, a custom, a school, a court
OTHER_MAKERS = (
    ("keluarga", "orang tua", "ortu", "mamak", *sorted(KIN - {"keluarga", "ibu", "bapak", "anak", "cucu"})),
    ("dokter", "bidan", "perawat", "mantri", "suster", "nakes"),
    ("adat", "tradisi", "kebiasaan", "budaya", "turun-temurun"),
    ("sekolah", "madrasah", "guru", "siswa", "siswi", "murid"),
    ("pengadilan", "hakim", "sidang", "persidangan", "panitera"),
)
# a body's state beside "tidak boleh": Manado "bole" also says 'can', and "dia so nyanda bole bajalan, kaki
# so bengka" (glossed "tidak boleh berjalan") is a body that cannot, no rule (nor is a patient's diet one)
BODY_STATES = ("sakit", "bengkak", "lumpuh", "nyeri", "pusing", "demam", "lemas", "luka", "patah", "stroke")
MAKER_REACH = 8   # tokens between a maker and the rule word: one clause ("wajib minum obat tiap hari, kata perawat")
RULE_CONFIDENCE = 0.35   # as a construct's everyday words (constructs.py): weaker than the label's own
_WORD = re.compile(r"[^\W\d_]+")


def is_rule_code(code: Code) -> bool:
    """Does the code's label open with a rule noun ("Aturan keluarga, desa dan sekolah")?"""
    words = _WORD.findall(code.label.casefold())
    return bool(words) and words[0] in RULE_NOUNS


def other_makers(code: Code, classes: tuple[tuple[str, ...], ...] = OTHER_MAKERS) -> tuple[str, ...]:
    """The words of `classes` (a rule's makers) of which the code's own label and definition name none."""
    named = set(_WORD.findall(own_description(code).casefold()))
    return tuple(word for makers in classes if named.isdisjoint(w for m in makers for w in m.split())
                 for word in makers)


def rule_code_rules(code: Code) -> list[KeywordRule]:
    """A rule code's rules: a deontic word (not negated), or a prohibition with its own negator;
    neither beside a maker the code does not name."""
    if not is_rule_code(code):
        return []
    rule_words = ("larang",) if _WORD.findall(code.label.casefold())[0] in PROHIBITION_NOUNS else RULE_WORDS
    makers = other_makers(code)
    return [KeywordRule((), rule_words, None, RULE_CONFIDENCE, RULE_STATED, negatable=True,
                        unless_beside=makers, unless_reach=MAKER_REACH),
            KeywordRule((), PROHIBITIONS, None, RULE_CONFIDENCE, RULE_STATED, negatable=False, by_lemma=False,
                        unless_beside=makers + other_makers(code, (BODY_STATES,)), unless_reach=MAKER_REACH)]
