"""Bank account numbers: a run of digit groups said after a word that names an account or a bank
("no rek BRI 1234-01-567890-50-3", "rekeningnya di BNI 0123456789").

An account number has no shape of its own (10 digits at one bank, 15 at another, grouped or not), so
unlike a NIK or a phone number (patterns.py) it is known by the word before it, not by its digits:
the same ten digits after "rekening" are an account, alone they may be anything. Amounts said near
an account ("transfer ke rekening Rp 1.500.000") are not masked: they have fewer digits than any
account, or are written in thousands ("150.000.000"), or have "Rp" before them or "ribu", "juta",
"rupiah" after them.
"""

from __future__ import annotations

import re

REK = "[REK]"
ACCOUNT_DIGITS = (9, 20)   # BCA and BNI accounts have 10 digits, BRI 15; virtual accounts up to 16+
# "rekening", "rek", "no. rek.", "norek"; bank acronyms written in capitals only ("BRI", not "bri")
_ACCOUNT_WORD = r"(?i:\b(?:no(?:mor)?\.?\s*)?(?:rekening\w*|rek|norek)\b\.?)"
_BANK = r"\b(?:BRI|BNI|BCA|BSI|BTN|BSG|BPD|CIMB|Mandiri|SulutGo)\b"
_GAP_WORD = r"[^\W\d_]+\.?"      # up to five words between the account word and the number
# numbers are found first (a pattern opening with a digit is skipped through at C speed), then the
# words before each are read for an account word; the other way round, every word is tried as one
NUMBER = re.compile(r"\d(?<![\d.,]\d)(?=[\d \u00a0.\-/]{8})\d*(?:(?:[ \u00a0]?[.\-/][ \u00a0]?)\d+|[ \u00a0]\d{2,})*(?!\d|[.,]\d)")
BEFORE = re.compile(rf"(?:{_ACCOUNT_WORD}|{_BANK})(?P<gap>(?:[\s:=,/()\-]+{_GAP_WORD}){{0,5}}[\s:=,/()\-]+)$")
LOOK_BACK = 80   # characters before a number where its account word may be
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_MONEY_BEFORE = re.compile(r"\bRp\.?\s*$", re.IGNORECASE)
_MONEY_AFTER = re.compile(r"\s*(?:ribu|rb|juta|jt|rupiah|miliar)\b", re.IGNORECASE)
# a phone or card number said after the bank ("BRI, HP saya 0812..."): patterns.py names it
_OTHER_NUMBER = re.compile(r"\b(?:HP|telp|telepon|WA|NIK|KTP|KK|BPJS|KIS)\b", re.IGNORECASE)


def account_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each account number in `text`."""
    spans = []
    for match in NUMBER.finditer(text):
        number = match.group()
        digits = sum(ch.isdigit() for ch in number)
        if not ACCOUNT_DIGITS[0] <= digits <= ACCOUNT_DIGITS[1] or _THOUSANDS.fullmatch(number):
            continue
        before = BEFORE.search(text, max(0, match.start() - LOOK_BACK), match.start())
        if before is None:
            continue
        gap = before.group("gap")
        if _MONEY_BEFORE.search(gap) or _OTHER_NUMBER.search(gap) or _MONEY_AFTER.match(text, match.end()):
            continue
        spans.append(match.span())
    return spans
