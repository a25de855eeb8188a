"""A document that never names the study's subject is about something else: it takes no code.

A batch of news or plans gathered for a study now and then holds a page about a neighbouring
service: a civil registry's "jemput bola" to record identity cards, a notice on identity numbers.
Its help and appeals read like the study's codes ("pelayanan jemput bola", "mengimbau warga ...")
but are about another office's papers. The study's title says what the study is about
("Implementasi penggunaan BPJS Kesehatan dalam penanganan balita stunting ..."); a document that
holds none of its words (as written, or as another affixed form of an affixed word's root:
"bersalin" for "persalinan") is not about it. Any one word keeps the document, so a broad title
(one with "kesehatan" or a province) only makes the test milder; a codebook without a title is
never tested.
"""

from __future__ import annotations

from collections import Counter

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.coding.codebook_words import WORD, word_lemma
from pipeline.coding.specificity import is_light_verb
from pipeline.ingest.documents import furniture_flags
from pipeline.records.codebook import Codebook

# a page, not a line: a text of one or two paragraphs (a turn read as a document, a pasted
# excerpt) need not name its subject
MIN_PARAGRAPHS = 3


def subject_words(codebook: Codebook) -> frozenset[str]:
    """The words of the codebook's title, stop words and single letters aside ("KB pasca
    persalinan", "Implementasi penggunaan BPJS Kesehatan ..."). Not its name: a name is often a
    file's label ("wori_minimal") or a working title ("Studi kualitatif")."""
    return frozenset(word for word in WORD.findall(codebook.title.casefold()) if word not in STOP_WORDS and len(word) > 1)


def _affixed_roots(words: frozenset[str] | set[str]) -> set[str]:
    """The roots of the affixed words among `words` ("bersalin", "persalinan" -> *salin*), light
    verbs aside: a derived word names its root's act ("bersalin" beside a title's "persalinan"),
    where a bare root is often a common word in another sense ("dalam kondisi sehat" beside
    "kesehatan"), and a light verb's forms are everywhere ("menggunakan kapal" beside "penggunaan")."""
    return {root for word in words if (root := word_lemma(word)) != word and not is_light_verb(word)}


def off_topic_flags(codebook: Codebook, texts: list[str], owners: list[str], in_document: list[bool]) -> list[bool]:
    """Per row, whether it belongs to a document of MIN_PARAGRAPHS or more rows none of which
    names the study's subject: a title's word as written or another affixed form of an affixed
    title word's root."""
    subject = subject_words(codebook)
    if not subject or not any(in_document):
        return [False] * len(texts)
    roots = _affixed_roots(subject)
    sizes = Counter(owner for owner, document in zip(owners, in_document) if document)
    named: dict[str, bool] = {owner: True for owner, size in sizes.items() if size < MIN_PARAGRAPHS}
    for text, owner, document in zip(texts, owners, in_document):
        if document and not named.get(owner):
            words = set(WORD.findall(text.casefold()))
            named[owner] = not subject.isdisjoint(words) or not roots.isdisjoint(_affixed_roots(words))
    return [bool(document) and not named.get(owner, True) for owner, document in zip(owners, in_document)]


def uncoded_document_rows(codebook: Codebook, texts: list[str], owners: list[str], in_document: list[bool]) -> list[bool]:
    """Per row, whether a document's row takes no code: a page's furniture (a link, a byline,
    `ingest.documents.furniture_flags`) or a row of a document off the study's subject."""
    furniture = furniture_flags(texts, owners)
    return [link or away for link, away in zip(furniture, off_topic_flags(codebook, texts, owners, in_document))]
