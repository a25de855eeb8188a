"""A keyword made of the study's subject and one word of the code's own: in speech, that word alone.

A fresh codebook's keywords often pair the study's subject (a word of the codebook's name or
title) with what the code is about: "berhenti merokok", "kurangi rokok", "suguhan rokok" in a
study of smoking. Where everyone talks about the subject, the subject goes unsaid ("sudah
berhenti tiga tahun") or stands further off than a keyword's window, and the code's own word is
what says which code. In speech that word alone is weak evidence of the code, of its own kind
(KEYWORD_WORD_ALONE, below a keyword's words in any order): as the other weak kinds
(`weak_evidence.py`) it yields to another code's keyword in the same turn, a second weak piece
seconds it, and a yes/no question naming it lends its code to a yes (on the development sets only
the last moves a figure: without it the fifteenth study's interviews fall 0.397 -> 0.374). It is
taken when the keyword's other words are the subject, the study's topic words
(`codebook_words.topic_lemmas`) or stop words, and the word

* heads the keyword: Indonesian writes what qualifies a noun after it, so a word after the
  subject only narrows it ("hamil muda", "perokok pasif", "air minum") unless a preposition opens
  it ("rokok di pesta");
* is no other code's label or keyword word, names no person or place only, is no light verb nor
  a word of the label's circumstance (`specificity.py`);
* is not reduplicated: "coba-coba" (experimenting) would match any "coba" (to try) through its
  lemma;
* is no cost word: a sum of money stands for *biaya* (`amounts.py`), so alone it would take any
  sum, a village's population in thousands too.

The same holds without the subject when the keyword's other words are only stop words that its
code's label does not write ("jam pertama", "masak sendiri": spaCy's Indonesian stop list holds
*pertama*, *sendiri*, *bersama*, *belakang*): the one content word is what the keyword names. Not
beside a number ("jam tiga": three hours, *tiga* a stop word too): the keyword is an amount of
its word, and the word alone ("jam") is any amount.
Over the development sets 10 codings right, 4 wrong (devcmp 0.7319 -> 0.7343); without the
label's exception "tinggal" of "tinggal sendiri" ("Lansia tinggal sendiri ...") took any living.

Not in documents: a plan or a news report names its measures in full, and there the lone word
took background paragraphs (the fifteenth study's documents 0.533 -> 0.515).
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.coding.amounts import COST_LEMMAS, is_number_word
from pipeline.coding.codebook_words import WORD, content_words, is_plain_keyword, topic_lemmas, word_lemma
from pipeline.coding.keyword_rule import KEYWORD_WORD_ALONE, SPOKEN, KeywordRule, keyword_words
from pipeline.coding.negation import NEGATORS
from pipeline.coding.pronouns import PRONOUNS
from pipeline.coding.specificity import is_light_verb, names_setting, qualifies
from pipeline.records.codebook import Code, Codebook

# health, the field a title names ("Kesehatan pengungsi ..."), is no subject everyone leaves unsaid:
# "posko" alone is any post of a camp, not "posko kesehatan"
FIELD = frozenset({"sehat"})
TOPIC_KEYWORD_CONFIDENCE = 0.45   # as a label's two words: below a keyword's words in any order (0.55)


def topic_keyword_rules(code: Code, codebook: Codebook, keywords: list[str], negatable: bool) -> list[KeywordRule]:
    """The rule of each keyword's one word beside the study's topic words, as one word alone."""
    subject = {word_lemma(w.casefold()) for w in content_words(f"{codebook.name} {codebook.title}")} - FIELD
    topic = topic_lemmas(codebook) | subject
    others = {word_lemma(w.casefold()) for other in codebook.codes if other.id != code.id
              for w in content_words(other.label) + [w for k in other.keywords for w in k.split()]}
    label = {word.casefold() for word in WORD.findall(code.label)}
    found = []
    for keyword in (k for k in keywords if is_plain_keyword(k)):
        words = keyword_words(keyword)
        own = [w for w in words if word_lemma(w.casefold()) not in topic and w.casefold() not in STOP_WORDS]
        if not subject.intersection(word_lemma(w.casefold()) for w in words) and not _stop_words_beside(words, label):
            continue
        if len(words) < 2 or len(own) != 1 or any(w.casefold() in NEGATORS or is_number_word(w) for w in words):
            continue
        word = own[0]
        if not _heads(word, keyword):
            continue
        if ("-" in word or word_lemma(word.casefold()) in others | COST_LEMMAS or names_setting(word) or is_light_verb(word)
                or qualifies(word, code.label)):
            continue
        found.append(word)
    if not found:
        return []
    return [KeywordRule((), tuple(dict.fromkeys(found)), None, TOPIC_KEYWORD_CONFIDENCE, KEYWORD_WORD_ALONE, negatable,
                        denied_only=not negatable, register=SPOKEN)]


def _stop_words_beside(words: list[str], label: set[str]) -> bool:
    """Are the keyword's other words stop words its code's label does not write ("pertama" of "jam
    pertama", "sendiri" of "masak sendiri")? Then its one content word is what it names, unless a
    pronoun ("torang" of "torang antar": spaCy lists *antar* as a stop word); a stop
    word the label writes is the code's matter too ("sendiri" of "tinggal sendiri" under "Lansia
    tinggal sendiri ...": living anywhere is not living alone)."""
    others = [w.casefold() for w in words if w.casefold() in STOP_WORDS]
    content = [w.casefold() for w in words if w.casefold() not in STOP_WORDS]
    return len(others) == len(words) - 1 and label.isdisjoint(others) and PRONOUNS.isdisjoint(content)


PREPOSITIONS = frozenset({"di", "ke", "dari", "pada", "dalam"})


def _heads(word: str, keyword: str) -> bool:
    """Is `word` the head of `keyword`, not a modifier of a topic word? Indonesian writes the head
    first and what qualifies it after ("hamil muda", "perokok pasif", "air minum"): a word after
    the topic word only narrows the topic, unless a preposition opens it ("rokok di pesta")."""
    written = keyword.casefold().split()
    at = written.index(word.casefold()) if word.casefold() in written else -1
    return at == 0 or (at > 0 and written[at - 1] in PREPOSITIONS)
