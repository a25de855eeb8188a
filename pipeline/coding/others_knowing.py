"""A code about hiding an illness out of shame: the fear that others come to know tells it.

A definition such as "keeps the diagnosis secret ... feels ashamed" or a label "Stigma dan takut
diketahui orang" names a secret kept from people around; informants rarely say "rahasia" or
"sembunyi", they say whom they fear would know: "takut tetangga tahu", "tidak mau suaminya tahu",
"malu kalau orang lain tahu", "jangan sampai teman lihat" (Manado "tako suami tau" through its
gloss). A word of fear, shame, refusal or prohibition close to a person of the speaker's world
followed by a verb of knowing or seeing is evidence of such a code, when its own description
names both the hiding (or being known) and the shame or stigma behind it: a code about owners
hiding their dogs from the vaccinators names no shame.

Not evidence: the fear denied beside it ("tidak malu kalau orang tahu"), and the speaker's own
knowing ("takut tahu hasilnya": no person knows).
"""

from __future__ import annotations

import re

from pipeline.coding.codebook_words import PEOPLE, own_description
from pipeline.coding.keyword_rule import OTHERS_KNOWING, KeywordRule
from pipeline.coding.negation import NEGATORS
from pipeline.coding.specificity import KIN
from pipeline.records.codebook import Code

OTHERS_KNOWING_CONFIDENCE = 0.5
OTHERS_KNOWING_WINDOW = 6
# a person said with a word of their own before the verb ("teman kerja tahu"): the three close together,
# since apart they may be another fear and another seeing ("lihat kakinya, takut yang lain ikut")
CLOSE_WINDOW = 4
# fear, shame, unwillingness or a prohibition (Manado forms the gloss may leave: tako, nda mau)
FEARED = ("takut", "tako", "malu", "khawatir", "tidak mau", "nda mau", "nyanda mau", "tidak ingin", "jangan",
          "jang", "tidak boleh", "nda boleh", "nyanda boleh", "rahasia", "rahasiakan")
# the people around the speaker who could come to know (kin, neighbours, workmates, the village)
OTHERS = tuple(sorted(KIN | PEOPLE | {"lain", "laeng", "tetangga", "teman", "tamang", "kawan", "jemaat", "tamu",
                                      "kampung", "mereka", "dorang", "siapa-siapa", "sapa-sapa"}))
KNOWING = ("tahu", "tau", "lihat", "lia", "dengar")
# a negator beside the fear denies it ("tidak malu kalau orang tahu"); a prohibition is itself the fear
FEAR_DENIED = tuple(sorted(NEGATORS - set(FEARED)))
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
            for slots, within in (((FEARED, known), OTHERS_KNOWING_WINDOW), ((FEARED, OTHERS, KNOWING), CLOSE_WINDOW))]
