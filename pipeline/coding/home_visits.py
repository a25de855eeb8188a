"""A health worker asked about as coming, no place named, comes to the informant's home.

Indonesian *datang* (to come) without a goal is deictic: it comes to where the one spoken to is.
An interviewer asking an informant "Ibu kader pernah datang?" or "Perawat dari Puskesmas sudah
datang?" asks whether the worker visited her, at home, where a patient's or a family's interview
is held and where such a worker comes: the question says what a codebook's home-visit terms
("kunjungan rumah", "datang ke rumah") say, and a yes to it ("Pernah sekali.") affirms the visit
(question_reading.read_question reads a question's occurrences through `add_home_visits`). Not a
question naming where the worker comes ("datang ke posyandu", "datang tepat waktu ke pustu") or
any place but the home ("Waktu di rumah sakit, dokter datang tiap hari?", "Kalau posyandu buka, bidan
datang?": she comes there; where she comes from, "Perawat dari Puskesmas", is no such place), nor one about
anyone else coming ("Pasien sudah datang?", "Ada yang datang?"), nor an answer, whose *datang* is
where the speaker was (a camp, a clinic she works at).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.spans import Occurrence, term_text
from pipeline.coding.specificity import PLACE, ROLE

COMING = frozenset({"datang", "kunjung", "singgah", "jenguk"})   # the lemmas of coming and visiting
HOME = "rumah"
# what may stand between the worker and *datang*: who she is and where from, aspect, frequency
WORKER_REACH = 5
# a goal after *datang*: a place preposition; "ke sini" / "kamari" is the informant's place itself
_GOAL = frozenset({"ke", "ka", "di", "dari", "pada", "sampai", "sampe"})
_HERE = frozenset({"sini", "kemari", "kamari"})
_ORIGIN = "dari"   # "Perawat dari Puskesmas": where the worker comes from, not where she comes
# after these a place is her origin or the informant's home ("Abis pulang ke pulau, ada bidan datang?")
_NOT_ELSEWHERE = frozenset({_ORIGIN, "pulang"})
_PLACES = frozenset(place for place in PLACE if " " not in place) - {HOME}
_AT_OR_TO = frozenset({"di", "ke", "ka"})   # not "pada", "sampai": "pada hari Senin", "sampai sekarang" say when


def _names_elsewhere(words: list[str]) -> bool:
    """Does a question (its words, folded) name a place other than the home where the coming is, a
    place word or a place preposition's word not after *dari* or *pulang* ("di posbindu", "rumah
    sakit"; not "pulang ke pulau") nor in a worker's title ("bidan desa", "kader posyandu")?"""
    for at, word in enumerate(words):
        after = words[at + 1] if at + 1 < len(words) else ""
        led = words[at - 2] if at > 1 and words[at - 1] in _AT_OR_TO else ""   # "pulang ke kampung"
        if at and (words[at - 1] in _NOT_ELSEWHERE | ROLE or led in _NOT_ELSEWHERE):
            continue
        if word in _PLACES or (word == HOME and after == "sakit"):
            return True
        if word in _AT_OR_TO and after and after not in _HERE | {HOME} and after.isalpha():
            return True
    return False


def visit_terms(term_keys: Iterable[str]) -> frozenset[str]:
    """The term keys (spans.term_text) of a visit home: a term holding *rumah* and a word of coming
    or visiting ("kunjungan rumah", "datang ke rumah", "mengunjungi rumah")."""
    return _visit_terms(frozenset(term_keys))


@lru_cache(maxsize=64)
def _visit_terms(term_keys: frozenset[str]) -> frozenset[str]:
    """(A recode's restricted codebooks share their terms: read once.)"""
    analyzer = word_analyzer()
    kept = set()
    for key in term_keys:
        words = term_text(key).casefold().split()
        if HOME in words and not COMING.isdisjoint(analyzer.lemma(word) for word in words):
            kept.add(key)
    return frozenset(kept)


def worker_comes(doc: Doc) -> list[Occurrence]:
    """The spans of *datang* in `doc` whose doer is a health or community worker named a few
    words before it in its clause, no goal after it but the informant's place ("ke sini")."""
    tokens = list(doc)
    if _names_elsewhere([token.norm_.casefold() for token in tokens if not token.is_punct]):
        return []
    spans = []
    for at, token in enumerate(tokens):
        if token.norm_.casefold() != "datang":
            continue
        before = []
        for earlier in reversed(tokens[max(0, at - WORKER_REACH):at]):
            if earlier.is_punct:
                break
            before.append(earlier.norm_.casefold())
        if ROLE.isdisjoint(before):
            continue
        after = [t.norm_.casefold() for t in tokens[at + 1:at + 3] if not t.is_punct]
        if after and after[0] in _GOAL and not (len(after) > 1 and after[1] in _HERE | {HOME}):
            continue
        spans.append((token.i, token.i + 1))
    return spans


def add_home_visits(doc: Doc, found: dict[str, list[Occurrence]], keys: frozenset[str]) -> dict[str, list[Occurrence]]:
    """`found` with a worker's coming (`worker_comes`) added to the occurrences of every visit term."""
    spans = worker_comes(doc) if keys else []
    if not spans:
        return found
    added = dict(found)
    for key in keys:
        added[key] = sorted(set(found.get(key, [])) | set(spans))
    return added
