"""What a document is about: the codebook terms of its headline and lead.

A reader takes a news paragraph in the light of its page: "Petugas turun jemput bola ke
rumah-rumah warga" in a story headed "Pemkab daftarkan warga miskin jadi peserta JKN" is
registration help for the insurance; the same sentence on a civil registry's identity-card
campaign page is the registry's own work. A rule's `topic:` terms say what the page must be
about: one of them in the headline or lead of the paragraph's document meets the rule's `any:`
condition, as the question a turn answers does in an interview (answers.Question). Only rules
that say so: a whole page's words lent to every rule code paragraphs for what the page is about
rather than what they say (real news, round 25: 4 codes more, 16 false codes more).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from pipeline.coding.answers import Question
from pipeline.coding.rule_windows import CompiledRule
from pipeline.coding.sentences import is_one_sentence

HEADLINE_WORDS = 25   # a headline is one short line; longer, it is the lead itself


def is_headline_line(text: str) -> bool:
    """A markdown heading, or a short line with no full stop closing it ("Pemkot Singkawang
    Daftarkan 2.489 Warga Miskin Sebagai Peserta JKN"). Only a document's first lines are asked, so
    a lower-case headline counts; headline_verbs.is_title_case_headline, which reads any text, also
    wants title case."""
    stripped = text.strip()
    if stripped.startswith("#"):
        return True
    return (0 < len(stripped.split()) <= HEADLINE_WORDS and not stripped.endswith((".", "?", "!", ":", '"', "”"))
            and is_one_sentence(stripped))


def topic_positions(owners: Sequence[str], texts: Sequence[str], documents: frozenset[str]) -> dict[str, list[int]]:
    """For each document, the positions (in `owners`/`texts`, reading order) of its headline,
    when it has one, and of its lead: the first paragraph of its body, passing over the section
    headings between ("## Latar belakang"), which name a part of the page, not what it reports."""
    firsts: dict[str, list[int]] = {}
    for i, (owner, text) in enumerate(zip(owners, texts)):
        if owner not in documents or not text.strip():
            continue
        taken = firsts.setdefault(owner, [])
        if not taken or (len(taken) == 1 and is_headline_line(texts[taken[0]]) and not is_headline_line(text)):
            taken.append(i)
    return firsts


def with_document_topics(questions: list[Question], owners: Sequence[str], texts: Sequence[str],
                         documents: frozenset[str],
                         terms_of: Callable[[list[str]], list[frozenset[str]]]) -> list[Question]:
    """Each document row's question (the informant's role, no interviewer) with its document's
    topic terms; `terms_of(texts)` gives the codebook terms of each text."""
    if not documents:
        return questions
    positions = topic_positions(owners, texts, documents)
    # each paragraph read by itself: its Doc is the one the coder reads (a recode's stored tokens)
    rows = sorted({i for places in positions.values() for i in places})
    found = dict(zip(rows, terms_of([texts[i] for i in rows])))
    topic = {name: frozenset().union(*(found[i] for i in places)) for name, places in positions.items()}
    shared: dict[tuple[Question, str], Question] = {}
    result = []
    for question, owner in zip(questions, owners):
        terms = topic.get(owner)
        if terms is None:
            result.append(question)
            continue
        key = (question, owner)
        if key not in shared:
            shared[key] = dataclasses.replace(question, topic=terms)
        result.append(shared[key])
    return result


def on_topic(rule: CompiledRule, question: Question) -> frozenset[str]:
    """The terms that may meet `rule`'s `any:` condition outside the view: the question's, and
    in a document on the rule's topic the condition's own."""
    if rule.topic and rule.context and not rule.topic.isdisjoint(question.topic):
        return question.terms | rule.context
    return question.terms
