"""A code about hiding an illness out of shame: the fear that others come to know tells it.

A definition such as "keeps the diagnosis secret ... feels ashamed" or a label "Stigma dan takut
diketahui orang" names a secret kept from people around; informants rarely say "rahasia" or
"sembunyi", they say whom they fear would know: "takut tetangga tahu", "tidak mau suaminya tahu",
"malu kalau orang lain tahu", "jangan sampai teman lihat" (Manado "tako suami tau" through its
gloss). A word of fear, shame, refusal or prohibition close to a person of the speaker's world
followed by a verb of knowing or seeing is evidence of such a code, when its own description
names both the hiding (or being known) and the shame or stigma behind it: a code about owners
hiding their dogs from the vaccinators names no shame.

Not evidence: the fear denied beside it ("tidak malu kalau orang tahu"), the speaker's own
knowing ("takut tahu hasilnya": no person knows), and a refusal or prohibition of an act
("jangan lupa, teman dengar ...", "anak-anak tidak mau tahu": 'does not care').
"""

from __future__ import annotations

import re

from pipeline.coding.codebook_words import PEOPLE, own_description
from pipeline.coding.keyword_rule import OTHERS_KNOWING, KeywordRule
from pipeline.coding.negation import FEARED as MAY_HAPPEN, NEGATORS
from pipeline.coding.specificity import KIN
from pipeline.records.codebook import Code

OTHERS_KNOWING_CONFIDENCE = 0.5
OTHERS_KNOWING_WINDOW = 6
# a person said with a word of their own before the verb ("teman kerja tahu"): the three close together,
# since apart they may be another fear and another seeing ("lihat kakinya, takut yang lain ikut")
CLOSE_WINDOW = 4
# the people around the speaker who could come to know (kin, neighbours, workmates, the village)
OTHERS = tuple(sorted(KIN | PEOPLE | {"lain", "laeng", "tetangga", "teman", "tamang", "kawan", "jemaat", "tamu",
                                      "kampung", "mereka", "dorang", "siapa-siapa", "sapa-sapa"}))
# fear or shame, and a secret (Manado forms the gloss may leave: tako)
FEARS = ("takut", "tako", "malu", "khawatir", "rahasia", "rahasiakan")
KNOWING = ("tahu", "tau", "lihat", "lia", "dengar")
# unwillingness or a prohibition: its complement is an act ("jangan lupa", "tidak boleh ribut", "tidak mau
# tahu" 'does not care'), so it fears others knowing only with the person right after it ("tidak mau
# suaminya tahu": the person's -nya form too, as a phrase's words match as written; "jangan ada yang tahu")
# or after "sampai", "kalau" or "ada" ("jangan sampai teman lihat", "tidak boleh ada orang lain tahu")
REFUSALS = ("tidak mau", "nda mau", "nyanda mau", "tidak ingin", "jangan", "jang", "tidak boleh", "nda boleh",
            "nyanda boleh")
REFUSED_PERSON = (*(f"{refusal} {person}{own}" for refusal in REFUSALS for person in OTHERS for own in ("", "nya")),
                  *(f"{refusal} ada yang" for refusal in REFUSALS))
REFUSED_LINKED = tuple(f"{refusal} {link}" for refusal in REFUSALS
                       for link in (*sorted(MAY_HAPPEN), "kalau", "kalo", "ada"))
# a negator beside the fear denies it ("tidak malu kalau orang tahu"); a prohibition is itself the fear
FEAR_DENIED = tuple(sorted(NEGATORS - set(REFUSALS)))
# a code's own description naming the secret or being known ...
_HIDING = re.compile(r"\b(?:hid(?:e|es|ing|den)|secre\w*|conceal\w*|\w*sembunyi\w*|\w*rahasia\w*|diketahui|"
                     r"ketahuan)\b|orang lain tahu", re.I)
# ... and the shame or stigma behind it
_SHAME = re.compile(r"\b(?:sham\w*|asham\w*|stigma\w*|embarrass\w*|malu|aib|gossip\w*|\w*gunjing\w*|gosip\w*|"
                    r"digosipkan)\b", re.I)


def others_knowing_rules(code: Code) -> list[KeywordRule]:
    """The rule of a code without rules whose own description names both hiding (or being known)
    and shame or stigma; none for any other code."""
    described = own_description(code)
    if code.rules or not (_HIDING.search(described) and _SHAME.search(described)):
        return []
    known = tuple(f"{person} {verb}" for person in OTHERS for verb in KNOWING)   # "tetangga tahu"
    return [KeywordRule(slots, (), within, OTHERS_KNOWING_CONFIDENCE, OTHERS_KNOWING, negatable=False,
                        unless_beside=FEAR_DENIED, unless_reach=1)
            for slots, within in (((FEARS, known), OTHERS_KNOWING_WINDOW), ((FEARS, OTHERS, KNOWING), CLOSE_WINDOW),
                                  ((REFUSED_LINKED, known), OTHERS_KNOWING_WINDOW),
                                  ((REFUSED_PERSON, KNOWING), CLOSE_WINDOW))]
