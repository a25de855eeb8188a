"""Whom a news page's later sentences mean by a source's bare name, "ia" or "ujarnya".

News introduces a source once with their office, the title before the name or after it ("Kepala
BPJS Kesehatan Cabang Timur, Yance Lontoh, mengatakan ...", "..., ujar Rina Sumual, anggota DPRD Kota
Bitung") and afterwards names them alone ("Yance menyebut ..."), as "ia", "dia" or "beliau", or only
by "ujarnya" after a quote. Those sentences are the office's acts as much as the first one: each
paragraph of a document gets the `Sources` the page introduced up to it, and other_actors.py reads
a subject naming no body through them.
"""

from __future__ import annotations

import re

from pipeline.coding.other_actors import Sources, office_kind

# a rank opening a title ("Kepala", "Anggota", "Wakil Ketua", "Plt"): the office follows it
_RANK = (r"(?i:kepala|ketua|anggota|direktur|wakil|sekretaris|pimpinan|deputi|asisten|koordinator|komisioner|"
         r"kabid|kadis|kasi|kasubag|plt\.?|pj\.?|staf|petugas|juru bicara)")
# a person's name: capitalised words, after an academic or religious title's abbreviation
_NAME = (r"(?:(?:dr|drg|Dr|Drs|Dra|Ir|Hj|H|Prof|Ns)\.?\s+)*(?P<name>[A-Z][a-z'\u2019-]{2,}"
         r"(?:\s+[A-Z][a-z'\u2019-]+){0,4})")
_OFFICE = r"(?P<title>\b" + _RANK + r"\b[^,.;:\"\u201c\u201d]{1,90}?)"
_TITLE_FIRST = re.compile(_OFFICE + r",\s+" + _NAME + r"\b")
_NAME_FIRST = re.compile(_NAME + r",\s+(?:yang\s+(?:juga\s+)?(?:menjabat\s+)?(?:sebagai\s+)?)?" + _OFFICE
                         + r"(?=[,.;:])")


def introduced(text: str) -> list[tuple[int, str, str]]:
    """The sources a paragraph introduces with their office: (position, name, kind of body)."""
    found = [(match.start("name"), match.group("name"), office_kind(match.group("title")))
             for pattern in (_TITLE_FIRST, _NAME_FIRST) for match in pattern.finditer(text)]
    return sorted((at, name, kind) for at, name, kind in found if kind)


def page_sources(owners: list[str], texts: list[str]) -> list[Sources]:
    """Each paragraph's sources: those its page introduced in it and before it (`owners`: the
    document each paragraph belongs to, in the page's order); "ia" means the one named last
    before the paragraph, or first in it when none was."""
    result: list[Sources] = []
    names: dict[str, str] = {}
    last: str | None = None
    page = None
    for owner, text in zip(owners, texts):
        if owner != page:
            names, last, page = {}, None, owner
        for _, name, kind in introduced(text):
            names.update({word.casefold(): kind for word in name.split() if len(word) > 2})
        named = _named_in(text, names)
        result.append(Sources(dict(names), last or (named[0] if named else None)))
        last = named[-1] if named else last
    return result


def _named_in(text: str, names: dict[str, str]) -> list[str]:
    """The kinds of the known sources a paragraph names, in its order."""
    return [names[word.casefold()] for word in re.findall(r"[A-Z][a-z'\u2019-]{2,}", text) if word.casefold() in names]
