"""A document that never names the study's subject may not belong to the batch: the run says so.

A batch of news or plans gathered for a study now and then holds a page about a neighbouring
service: a civil registry's "jemput bola" to record identity cards in a batch on health insurance.
The study's title says what the study is about ("Implementasi penggunaan BPJS Kesehatan ..."); a
document of MIN_PARAGRAPHS or more paragraphs that holds none of its words (as written, or as
another affixed form of an affixed word's root: "bersalin" for "persalinan") is probably not about
it. The codes are left as they are (a title naming a region the pages never repeat would otherwise
lose whole documents); the researcher is told which file to check. A codebook without a title is
never tested.
"""

from __future__ import annotations

import pandas as pd
from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.coding.codebook_words import WORD, word_lemma
from pipeline.coding.counts import document_names
from pipeline.coding.specificity import is_light_verb
from pipeline.records.codebook import Codebook
from pipeline.wording import quantity

# a page, not a line: a text of one or two paragraphs (a turn read as a document, a pasted
# excerpt) need not name its subject
MIN_PARAGRAPHS = 3
SHOWN_TITLE_WORDS = 6   # the title is quoted up to this many words


def subject_words(title: str) -> frozenset[str]:
    """The words of a codebook's title, stop words and single letters aside ("KB pasca
    persalinan"). Not its name: a name is often a file's label ("wori_minimal")."""
    return frozenset(word for word in WORD.findall(title.casefold()) if word not in STOP_WORDS and len(word) > 1)


def _affixed_roots(words: frozenset[str] | set[str]) -> set[str]:
    """The roots of the affixed words among `words` ("bersalin", "persalinan" -> *salin*), light
    verbs aside: a derived word names its root's act, where a bare root is often a common word in
    another sense ("dalam kondisi sehat" beside "kesehatan"), and a light verb's forms are
    everywhere ("menggunakan kapal" beside "penggunaan")."""
    return {root for word in words if (root := word_lemma(word)) != word and not is_light_verb(word)}


def off_subject_documents(title: str, paragraphs: dict[str, list[str]]) -> dict[str, int]:
    """Of `paragraphs` (per document, its paragraphs' texts), the documents of MIN_PARAGRAPHS or
    more paragraphs none of which names the subject of `title`, with their paragraph counts."""
    subject = subject_words(title)
    if not subject:
        return {}
    roots = _affixed_roots(subject)
    found = {}
    for name, texts in paragraphs.items():
        if len(texts) < MIN_PARAGRAPHS:
            continue
        words = {word for text in texts for word in WORD.findall(text.casefold())}
        if subject.isdisjoint(words) and roots.isdisjoint(_affixed_roots(words)):
            found[name] = len(texts)
    return found


def off_subject_warnings(codebook: Codebook, segments: pd.DataFrame) -> list[str]:
    """One warning per document of `segments` (schema.SEGMENT_COLUMNS) that never names the
    subject of the codebook's title; its codes are not touched."""
    if not codebook.title.strip():
        return []
    documents = document_names(segments)
    rows = segments[segments["document"].isin(documents) & (segments["speaker_role"] == "informant")]
    paragraphs = {str(name): [str(text) for text in group["text"]] for name, group in rows.groupby("document", sort=True)}
    words = codebook.title.split()
    shown = " ".join(words[:SHOWN_TITLE_WORDS]) + (" ..." if len(words) > SHOWN_TITLE_WORDS else "")
    return [f"{name}: none of its {quantity(count, 'paragraph')} names the study's subject (the codebook's title: "
            f"'{shown}'): check that it belongs to this batch"
            for name, count in off_subject_documents(codebook.title, paragraphs).items()]
