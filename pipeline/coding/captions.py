"""What a photo caption says by itself: an act, or only a scene and where it was taken.

A caption is coded like a paragraph when it states a code's act, who does what ("Petugas
menyuntik seekor anjing di halaman rumah warga", "Kader memeriksa tekanan darah seorang opa saat
Posyandu Lansia"): codebooks/README.md. One that shows a scene ("Suasana ruang tunggu Pengadilan
Agama ...") or a thing or a person without a verb of their own ("Bayi ... bersama ibunya di ruang
nifas Puskesmas ...", "Perahu motor yang melayani penyeberangan ...") or people posing, waiting or
giving a speech ("... berfoto bersama usai pertemuan", "... memberikan sambutan pada peluncuran ...")
states no act, unless a
sentence after it does ("Suasana ibadah kolom .... Kini tidak tampak lagi piring berisi rokok").
And where the picture was taken ("... di lorong unit rehabilitasi medik rumah sakit di Manado")
says where, not what: a code's words only there are no evidence (read by counts.py in documents).
"""

from __future__ import annotations

import re

from pipeline.coding.evidence import framed_everywhere, term_words, terms
from pipeline.coding.lemmas import prefixed_verb
from pipeline.coding.sentences import sentences
from pipeline.ingest.documents import CAPTION_LABEL, PHOTO_CREDIT, is_caption

# a caption opening with the scene it shows
_SCENE = re.compile(r"^\W*(?:suasana|situasi|pemandangan|panorama)\b", re.IGNORECASE)
# a verb of the caption's subject: a meN-, di-, ber- or ter- word whose prefix comes off (not a
# noun of that shape, "Dinas", "medis", "menteri", "terumbu": lemmas.prefixed_verb, nor one of the
# few prepositions and adjectives built so), outside a "yang" clause that describes a thing shown
_VERB = re.compile(r"\b(?:me|di|ber|ter)[a-z]{3,}\b", re.IGNORECASE)
_NOT_VERBS = frozenset({"bersama", "beserta", "terhadap", "tersebut", "terakhir", "terutama", "merah", "meter",
                        "bersih", "tertentu", "termasuk"})
_RELATIVE = re.compile(r"\byang\b.*$", re.IGNORECASE)
# people posing, waiting or giving a speech at a ceremony do nothing a code is about (the convention,
# codebooks/README.md): these verbs are no act of the caption's subject
_NO_ACT = re.compile(r"\b(?:berfoto|berpose|berswafoto|menunggu|menanti|mengantre|mengantri|antre|antri|berpidato"
                     r"|(?:memberikan|memberi|menyampaikan|membacakan)\s+(?:kata\s+)?sambutan)\b", re.IGNORECASE)
# where the picture was taken: a place after "di" or "dalam" up to the clause's end (its date)
# a labelled caption's last bracket is its credit ("(SULUTNEWS/dok. Puskesmas)", "(Istimewa)")
_LAST_BRACKET = re.compile(r"\([^()]*\)\W*$")
_WHERE = re.compile(r"\b(?:di|dalam)\s+[^,.;()]*$", re.IGNORECASE)


def _verbs(text: str) -> list[str]:
    """The words of `text` shaped and built as a verb: a prefix on a root of their own."""
    return [word for word in _VERB.findall(text) if word.casefold() not in _NOT_VERBS and prefixed_verb(word)]


def _body(text: str) -> str:
    """The caption without its label and its credit."""
    label = CAPTION_LABEL.match(text)
    body = text[label.end():] if label else text
    credit = PHOTO_CREDIT.search(body) or _LAST_BRACKET.search(body)
    return body[:credit.start()] if credit else body


def shows_a_scene(text: str, evidence: str = "") -> bool:
    """Is a document paragraph a caption of one sentence showing a scene, a thing or a person
    without a verb of their own, or people posing, waiting or giving a speech (no act)? Waiting
    is an act where a code's `evidence` is that verb ("Pasien mengantre di depan ruang
    hemodialisis" for a code about the queue): it is then what the code is about."""
    if not is_caption(text):
        return False
    said = sentences(_body(text).strip())
    if len(said) != 1:
        return not said
    first = said[0]
    if _SCENE.match(first):
        return True
    main = _RELATIVE.sub("", first)
    said_words = {word for piece in terms(evidence) for word in _words(term_words(piece))}
    return not _verbs(_NO_ACT.sub(lambda idle: idle.group(0) if _words(idle.group(0)) & said_words else "", main))


def _words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"\w+", text)}


def only_where_taken(text: str, evidence: str) -> bool:
    """Does every piece of a code's evidence in a caption stand in the place where its picture was
    taken ("di lorong unit rehabilitasi medik rumah sakit di Manado")? Not where a verb follows
    the place or is the evidence: "Bidan di Desa Wori memberikan imunisasi", "Kader di Posyandu
    menimbang bayi" say what the midwife and the cadre do there."""
    return is_caption(text) and framed_everywhere(
        text, [term_words(piece) for piece in terms(evidence)], _after_where_taken)


def _after_where_taken(before: str, sentence: str) -> bool:
    """Does the caption's sentence up to a piece of evidence end in the place, with no act after it
    nor in the evidence's first word?"""
    place = _WHERE.search(before)
    if place is None:
        return False
    evidence_start = sentence[len(before):].split(maxsplit=1)
    return not _verbs(" ".join([place.group(0), *evidence_start[:1]]))
