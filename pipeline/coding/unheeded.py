"""A code about not bothering, ignoring or being reluctant: a request left unheeded tells it.

A definition such as "Families do not bother to register ..., ignore invitations" or a label
"Orang tua enggan ..." names an attitude that documents rarely name with the code's words:
they tell what happened instead, a request made and not followed ("sudah diundang dua kali
tetapi tidak datang", "berkas tidak dilengkapi walaupun sudah diingatkan berkali-kali",
"kami ajak berkali-kali, tidak pernah datang"). A word of asking as written (its root alone
is another word: "datang" is not "didatangi"), a denial or refusal, and either a contrast
("tetapi", "meskipun") or a repetition ("berkali-kali", "dua kali"), close together, are
evidence of such a code.
"""

from __future__ import annotations

import re

from pipeline.coding.keyword_rule import UNHEEDED, KeywordRule
from pipeline.coding.negation import CONTRASTS, NEGATORS
from pipeline.records.codebook import Code

UNHEEDED_CONFIDENCE = 0.5
UNHEEDED_WINDOW = 12
# being asked, invited, reminded, visited or offered, as written; and the asker's "kami ajak"
ASKED = ("diminta", "dimintai", "diingatkan", "diundang", "didatangi", "dikunjungi", "diajak", "ditawari",
         "ditawarkan", "disuruh", "diimbau", "dihimbau", "ditegur", "dijemput", "dibujuk",
         "kami ajak", "kami undang", "kami minta", "kami ingatkan", "kami datangi", "kami tawarkan")
# a denial (every negator but a prohibition: "diingatkan jangan ..." was told not to) or a refusal
NOT_DONE = tuple(sorted(NEGATORS - {"jangan"})) + ("enggan", "menolak", "ogah")
CONTRAST = tuple(sorted(CONTRASTS)) + ("sekalipun",)   # "sekalipun" (even though) also means "even once"
REPEATED = ("berkali-kali", "berulang kali", "berulang-ulang", "dua kali", "tiga kali", "beberapa kali")
# "do not bother", "ignore", "reluctant", "unwilling", "indifferent"; Indonesian malas, enggan, abai
_ATTITUDE = re.compile(r"\b(?:bother|ignor\w*|reluctan\w*|unwilling\w*|indifferen\w*|malas|enggan|"
                       r"mengabaikan|abai|acuh)\b", re.I)


def unheeded_rules(code: Code) -> list[KeywordRule]:
    """The rules of a code without rules whose label or definition names not bothering,
    ignoring or reluctance; none for any other code."""
    if code.rules or not _ATTITUDE.search(f"{code.label} {code.definition} {code.include}"):
        return []
    return [KeywordRule((ASKED, NOT_DONE, linking), (), UNHEEDED_WINDOW, UNHEEDED_CONFIDENCE, UNHEEDED,
                        negatable=False, by_lemma=False) for linking in (CONTRAST, REPEATED)]
