"""Where personal identifiers sit in a text: NIK, KK and BPJS card numbers, Indonesian phone numbers,
bank account numbers (bank_accounts.py), e-mail addresses.

Numbers are found in two steps. A regular expression finds runs of digit groups ("0812-3456
7890", "(0431) 862123", "3171 0123 4567 8901"); each run is then cut into windows of whole
groups and a window is an identifier when its digit count and prefix say so. Doing it on
groups rather than with one regular expression per format means a number followed by another
figure ("0812 3456 7890 2 anak") is still found, and grouped and ungrouped spellings are one
rule.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.privacy.bank_accounts import REK, account_spans
from pipeline.privacy.spoken_numbers import spoken_digit_runs

NIK, TELP, EMAIL, NAMA = "[NIK]", "[TELP]", "[EMAIL]", "[NAMA]"
TOKENS = (NIK, TELP, REK, EMAIL, NAMA)
MARKS = re.compile("|".join(re.escape(token) for token in TOKENS))


def without_marks(text: str) -> str:
    """`text` with its redaction marks taken out: a masked name is no word anyone said, and two
    tellings of one sentence, one naming a person, are the same sentence."""
    return re.sub(r"  +", " ", MARKS.sub(" ", text)).strip()

EMAIL_PATTERN = re.compile(
    r"(?<![\w.+\-])[\w.+\-]*\w@[\w\-]+(?:\.[\w\-]+)*\.[^\W\d_]{2,}(?![\w\-])"
)
_SEPARATOR = r"(?:[ \u00a0]?[.\-/][ \u00a0]?|[ \u00a0])"
_GROUP = r"\(?\+?\d+\)?"
# the lookahead skips, inside the regex engine, runs too short to hold the shortest number
DIGIT_RUN = re.compile(rf"(?<!\d)(?=[\d()+ .\-/\u00a0]{{9}}){_GROUP}(?:{_SEPARATOR}{_GROUP})*")
# Where a DIGIT_RUN can start: "(", "+" or a digit, not right after a digit, with eight more
# characters of a run after it. It starts with a character class, so the regex engine skips
# the prose between figures at C speed; DIGIT_RUN itself (which starts with a lookbehind) is
# then tried only at these positions. In an ASCII text \d is [0-9], which the engine tests
# twice as fast as the Unicode digit category.
RUN_START = re.compile(r"[\d(+](?<!\d[\d(+])[\d()+ .\-/\u00a0]{8}")
ASCII_RUN_START = re.compile(r"[0-9(+](?<![0-9][0-9(+])[0-9()+ .\-/]{8}")
_DIGITS = re.compile(r"\d+")

NIK_DIGITS = 16
# a JKN-KIS (BPJS Kesehatan) card number: 13 digits, printed with leading zeros ("0001234567891")
BPJS_CARD_DIGITS, BPJS_CARD_PREFIX = 13, "000"
MOBILE_DIGITS = (10, 13)        # 08xx xxxx xxxx: 0 + 9 to 12 digits
INTERNATIONAL_DIGITS = (10, 14)  # 62 8xx xxxx xxxx, with or without "+"
LANDLINE_DIGITS = (9, 12)       # (0431) 862123: area code 02x..09x, then 5 to 8 digits


@dataclass(frozen=True, order=True)
class Span:
    """Characters text[start:end] are replaced by `token`."""

    start: int
    end: int
    token: str


def email_spans(text: str) -> list[Span]:
    if "@" not in text:
        return []
    return [Span(match.start(), match.end(), EMAIL) for match in EMAIL_PATTERN.finditer(text)]


def number_spans(text: str) -> list[Span]:
    """NIK and phone numbers, each as the smallest span of whole digit groups that holds it."""
    spans: list[Span] = []
    for run in digit_runs(text):
        if run.end() - run.start() < LANDLINE_DIGITS[0]:
            continue  # too short to hold the shortest number
        groups = [(match.start() + run.start(), match.end() + run.start(), match.group())
                  for match in _DIGITS.finditer(run.group())]
        if sum(len(digits) for _, _, digits in groups) < LANDLINE_DIGITS[0]:
            continue
        spans.extend(_identifiers_in_run(text, groups))
    return spans


def digit_runs(text: str) -> list[re.Match[str]]:
    """The matches of DIGIT_RUN.finditer(text), found several times faster.

    Every DIGIT_RUN match starts where RUN_START matches, so trying DIGIT_RUN at each RUN_START
    position in turn, and going on after each run found, yields exactly the same runs.
    """
    runs = []
    position = 0
    next_start = (ASCII_RUN_START if text.isascii() else RUN_START).search
    run_at = DIGIT_RUN.match
    while (start := next_start(text, position)) is not None:
        run = run_at(text, start.start())
        if run is None:
            position = start.start() + 1
        else:
            runs.append(run)
            position = run.end()
    return runs


def _identifiers_in_run(text: str, groups: list[tuple[int, int, str]]) -> list[Span]:
    # "0812 3456 7890 2 anak": a lone digit after the first group is the next figure, not part of the number
    windows = _longest_numbers(groups, lambda digits, first, last: _classify(
        digits, plus=text[groups[first][0] - 1:groups[first][0]] == "+", grouped=last > first),
        joins=lambda group: len(group[2]) >= 2)
    return [Span(*_widen(text, groups[first][0], groups[last][1]), token) for first, last, token in windows]


def _longest_numbers(pieces: list[tuple[int, int, str]], classify: Callable[[str, int, int], str | None],
                     joins: Callable[[tuple[int, int, str]], bool] = lambda piece: True) -> list[tuple[int, int, str]]:
    """From each piece (start, end, digits) on, the longest stretch of whole pieces that `classify`
    names (its digits, first and last index), none longer than a NIK; then on after it. A piece
    `joins` refuses ends a stretch. Written digit groups and spoken digit words are read alike."""
    found = []
    first = 0
    while first < len(pieces):
        best: tuple[int, str] | None = None
        digits = ""
        for last in range(first, len(pieces)):
            digits += pieces[last][2]
            if len(digits) > NIK_DIGITS or last > first and not joins(pieces[last]):
                break
            token = classify(digits, first, last)
            if token is not None:
                best = (last, token)
        if best is None:
            first += 1
            continue
        found.append((first, *best))
        first = best[0] + 1
    return found


def _classify(digits: str, plus: bool, grouped: bool) -> str | None:
    count = len(digits)
    if count == NIK_DIGITS and digits[0] != "0":
        return NIK
    if count == BPJS_CARD_DIGITS and digits.startswith(BPJS_CARD_PREFIX):
        return NIK  # an identity card's number, as a KK number is
    if digits.startswith("08") and MOBILE_DIGITS[0] <= count <= MOBILE_DIGITS[1]:
        return TELP
    if digits.startswith("628") and INTERNATIONAL_DIGITS[0] <= count <= INTERNATIONAL_DIGITS[1]:
        return TELP
    if plus and digits.startswith("62") and INTERNATIONAL_DIGITS[0] - 1 <= count <= INTERNATIONAL_DIGITS[1]:
        return TELP
    if (LANDLINE_DIGITS[0] <= count <= LANDLINE_DIGITS[1] and digits[0] == "0" and digits[1] in "234579"
            and (grouped or count >= 10)):
        return TELP
    return None


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in a leading "+" or "(" and a closing ")" that belong to the number."""
    while start > 0 and text[start - 1] in "+(":
        start -= 1
    if end < len(text) and text[end] == ")" and "(" in text[start:end]:
        end += 1
    return start, end


def spoken_number_spans(text: str) -> list[Span]:
    """NIK and phone numbers read out as words ("kosong delapan satu dua ..."), by the written rules:
    from each word on, the longest stretch that is a number."""
    spans = []
    for words in spoken_digit_runs(text):
        windows = _longest_numbers(words, lambda digits, first, last: _classify(digits, plus=False, grouped=True))
        spans.extend(Span(words[first][0], words[last][1], token) for first, last, token in windows)
    return spans


def identifier_spans(text: str) -> list[Span]:
    """E-mail addresses first (they may hold digits), then account numbers (an account word before
    them says what they are, whatever their digits), then numbers outside them; sorted."""
    accounts = [Span(start, end, REK) for start, end in account_spans(text)]
    return merge_spans(email_spans(text), accounts, number_spans(text), spoken_number_spans(text))


def merge_spans(*by_priority: list[Span]) -> list[Span]:
    """Non-overlapping spans, in text order; an earlier list wins where spans overlap."""
    taken: list[Span] = []
    for spans in by_priority:
        if not taken:
            taken = _without_overlaps(sorted(spans))
            continue
        starts = [span.start for span in taken]
        added = []
        for span in spans:
            index = bisect.bisect_left(starts, span.end)  # taken spans that start before this one ends
            if index == 0 or taken[index - 1].end <= span.start:
                added.append(span)
        taken = sorted(taken + _without_overlaps(sorted(added)))
    return taken


def _without_overlaps(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in spans:
        if not kept or kept[-1].end <= span.start:
            kept.append(span)
    return kept
