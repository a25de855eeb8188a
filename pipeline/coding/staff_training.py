"""A course for the programme's own staff is not the measure it teaches (the documents convention).

Plans and reports name the training of cadres, midwives and health workers ("Pelatihan kader
tentang konseling berhenti merokok", "orientasi konseling KB ... bagi 48 bidan", "Pengelola
program dan 24 kader mengikuti pelatihan deteksi dini"): the course is about the measure, it is
not the measure done for the people it serves. A course for those people themselves ("Pelatihan
pertolongan pertama di laut bagi kelompok nelayan", "60 nelayan ... mengikuti pelatihan
keselamatan", "pelatihan bagi istri atau keluarga tentang perawatan luka") is a measure done for
them, and counts. So a sentence trains staff when a course noun and a worker (specificity.ROLE,
"tenaga kesehatan", a programme's manager or facilitator) stand in one clause of it.
"""

from __future__ import annotations

import re

from pipeline.coding.specificity import ROLE

# the nouns that name a course, not the verbs ("kader yang sudah dilatih melakukan kunjungan rumah"
# reports the cadres' work)
STAFF_TRAINING = re.compile(r"\b(?:pelatihan|orientasi|bimtek|bimbingan teknis|workshop|lokakarya|"
                            r"peningkatan kapasitas|penyegaran|refreshing)\b", re.IGNORECASE)
# who a programme trains: its workers, and those who run it
_STAFF_WORDS = r"\b(?:" + "|".join(sorted(ROLE)) + r"|tenaga kesehatan|pengelola|fasilitator|pemegang program)\b"
_STAFF = re.compile(_STAFF_WORDS, re.IGNORECASE)
# staff who give the course, not take it: its agent after "oleh", or the subject of a verb of
# holding or giving it ("Petugas Puskesmas menggelar pelatihan ... bagi 30 penyelam", "Kader
# memberikan pelatihan menyusui kepada ibu hamil")
_TRAINER = re.compile(r"\boleh\s+(?:para\s+)?" + _STAFF_WORDS + r"|" + _STAFF_WORDS +
                      r"(?:\s+[\w-]+){0,2}?\s+(?:memberikan|memberi|menggelar|mengadakan|menyelenggarakan|"
                      r"melaksanakan|membawakan|menyampaikan)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;]")


def trains_staff(sentence: str) -> bool:
    """Does a sentence name a course with the staff it trains in the same clause ("Pelatihan
    KPSP bagi 40 kader", "dua perawat dijadwalkan mengikuti pelatihan"), staff other than those
    who give it?"""
    return any(STAFF_TRAINING.search(clause) and _STAFF.search(_TRAINER.sub(" ", clause))
               for clause in _CLAUSE_BREAK.split(sentence))
