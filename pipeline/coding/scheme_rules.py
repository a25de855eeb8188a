"""A scheme's rules are not an act: what its members may, must or need not do, who is entitled to
what, or what a programme covers ("Peserta PBI tidak membayar iuran", "Program JKN menjamin ...",
"Ambulans gratis hanya untuk pasien rujukan") describe the service's conditions, not anything a
family, a clinic or a village did or plans (read by counts.py for document paragraphs).
"""

from __future__ import annotations

import re

from pipeline.coding.evidence import sentences_holding, term_words, terms


# who a scheme's rules are for
_ENTITLED = r"(?:peserta|pasien|warga|masyarakat|penduduk)"
# a scheme's rules: what its members may, must or need not do ("Peserta PBI tidak membayar iuran",
# "Peserta dapat berobat di puskesmas tempat terdaftar dan dirujuk ...", "Setiap peserta berhak ..."),
# or what a programme covers ("Program JKN menjamin pelayanan ... sampai rujukan tingkat lanjut")
_SCHEME_RULE = re.compile(r"^\W*(?:(?:setiap|seluruh|semua|bagi)\s+)?peserta\b(?:\s+\S+){0,4}?\s+(?:juga\s+)?"
                          r"(?:dapat|bisa|berhak|boleh|cukup|wajib|tidak (?:perlu|dipungut|membayar|dikenakan))\b"
                          r"|^\W*program\s+\S+(?:\s+\S+)?\s+(?:menjamin|menanggung|mencakup)\b"
                          # an entitlement: a member, a patient or the residents opening a clause "berhak" ("Pasien
                          # gawat darurat rujukan berhak mendapatkan ambulans", "..., maka peserta itu berhak ...",
                          # "Artinya seluruh warga berhak ...")
                          rf"|(?:^|[,;:]|\bmaka\b|\bsehingga\b|\bberarti\b|\bartinya\b)\W*(?:(?:setiap|seluruh|semua)\s+)?"
                          rf"{_ENTITLED}\b(?:\s+\S+){{0,4}}?\s+berhak\b"
                          # whom a service is only for ("Ambulans gratis hanya untuk pasien rujukan", "... hanya berlaku
                          # bagi warga yang ber-KTP kota")
                          rf"|\bhanya\s+(?:berlaku\s+)?(?:untuk|bagi)\s+(?:\S+\s+){{0,2}}?{_ENTITLED}\b"
                          # what those of a class may do, told to the reader: "Bagi peserta nonaktif yang merasa masih
                          # layak ..., kata X, bisa mengajukan reaktivasi melalui Dinas Sosial"
                          r"|^\W*bagi\s+(?:peserta|pasien|warga|masyarakat|penduduk|keluarga)\b[^.;]{0,120}?,\s*"
                          r"(?:(?:kata|ujar|ucap|jelas|tutur|menurut)\b[^,.;]{0,40},\s*)?(?:(?:mereka|anda)\s+)?"
                          r"(?:dapat|bisa|boleh|cukup|berhak|silakan|dipersilakan)\b",
                          re.IGNORECASE)


# what a sentence goes on to tell after the rule: what was done then, or against it ("..., pasien itu tidak
# berhak atas ambulans, jadi bidan desa mengantarnya ...")
_GOES_ON = re.compile(r",\s*(?:jadi|akhirnya|lalu|kemudian|tetapi|tapi|namun|padahal)\b", re.IGNORECASE)

# a day, week or month the sentence happened on: a standing rule is not dated so ("Bulan ini posyandu hanya
# untuk warga Jaga 3 karena hujan" tells one occasion; "mulai tahun ini" may open a rule, and is not here)
_OCCASION = re.compile(r"\b(?:(?:hari|minggu|pekan|bulan)\s+(?:ini|lalu|kemarin)|kemarin|kemaren|tadi)\b", re.IGNORECASE)


def states_scheme_rules(text: str, evidence: str) -> bool:
    """Does every piece of a code's evidence in a document paragraph stand in a sentence that states
    a scheme's rules for its members or what a programme covers, before the sentence goes on to an
    act (`_GOES_ON`), and not dated to one occasion (`_OCCASION`)? Such a sentence describes the service's conditions, not anything a family, a
    clinic or a village did or plans."""
    return all(_rule_covers(sentence, term_words(piece)) for piece in terms(evidence)
               for sentence in sentences_holding(text, piece))


def _rule_covers(sentence: str, words: str) -> bool:
    """Does `sentence` state a scheme's rule holding `words` (a piece's first words) before it goes on?"""
    rule = _SCHEME_RULE.search(sentence)
    goes_on = _GOES_ON.search(sentence, rule.end()) if rule else None
    return rule is not None and not _OCCASION.search(sentence) and (goes_on is None or not words or sentence.find(words) < goes_on.start())
