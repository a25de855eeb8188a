"""A headline's bare verbs read as the active (meN-) forms they stand for.

Indonesian headlines drop meN-: "Pemkot Singkawang Daftarkan 2.489 Warga Miskin Sebagai Peserta JKN",
"Pemkab Lebong Beri Kartu BPJS Kesehatan", "Desa Bayarkan Iuran Warga" say what "mendaftarkan",
"memberi" and "membayarkan" say in the story below them. In prose a bare verb is something else
(an imperative, "daftarkan segera anak Anda"; a passive with a pronoun agent, "kami daftarkan"),
so a rule that names the active form ("mendaftarkan") rightly passes it by there. In a headline -
a markdown heading, or a short line in title case - the bare verb after its subject is the active
verb, and its norm becomes the meN- form (its lemma, the root, is unchanged).

Only after the clause's first word: a headline opening with its verb ("Daftarkan Anak Anda ke
BPJS") may be an appeal, not a report. A -kan / -i verb is a verb wherever it stands; a bare root
("Bentuk", "Sebar", "Data") is read as a verb only as the clause's first verb, right after a
capitalised content word that is no verb itself (the subject's last word): after a verb the same
roots are nouns ("Dorong Desa Aktif Data Warga", "Perbarui Data Ruta"); and only before its object,
since an intransitive root's meN- form means another thing ("Dinkes Turun ke Rumah Warga": goes
down to the houses, not "menurun", declines), and not after a place, tool or cost noun it compounds
with ("Rumah Tunggu", "Mesin Cuci Darah"). No verb after a pronoun subject is read so: "Kami
Daftarkan Anak Kami" is the passive with its agent, as in prose. A root among the stop words is a verb only with an
attested di- passive ("Beri": diberi, "Minta": diminta), not an adverb ("Akan", "Baru", "Terus").
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.negation import COST_WORDS
from pipeline.coding.pronouns import PRONOUNS
from pipeline.gloss.indonesian import IndonesianVocabulary, men_prefix
from pipeline.ingest.line_layout import HEADLINE_SHARE  # of a line's words capitalised: the layout's own measure

HEADLINE_TOKENS = 26    # a headline is one short line (document_topic.HEADLINE_WORDS words, and punctuation)
CLAUSE_BREAKS = frozenset({",", ":", ";", "-", "–", "—", "|", "#"})
SENTENCE_ENDS = frozenset({".", "?", "!"})
# Head nouns of a place, a tool or a cost that a bare root names the use of, a noun compound, not a
# verb: "Rumah Tunggu" (a waiting home), "Mesin Cuci Darah", "Alat Cek Gula", "Biaya Cuci Darah"
COMPOUND_HEADS = frozenset({"rumah", "ruang", "ruangan", "tempat", "pos", "balai", "mesin", "alat", "kotak"}) | COST_WORDS


def is_title_case_headline(words: list[str]) -> bool:
    """A markdown heading, or a short line in title case with no sentence end (tokens). Any turn or
    paragraph is asked, so title case must show it (document_topic.is_headline_line asks only a
    document's first lines and wants no more than their shape)."""
    if not words or len(words) > HEADLINE_TOKENS:
        return False
    if words[0].startswith("#"):
        return True
    if words[-1] in SENTENCE_ENDS:
        return False
    content = [word for word in words if word.isalpha() and len(word) > 3 and word.lower() not in STOP_WORDS]
    return len(content) >= 3 and sum(word[0].isupper() for word in content) >= HEADLINE_SHARE * len(content)


def active_forms(words: list[str]) -> dict[int, str]:
    """Position -> meN- form of each bare verb of a headline (nothing for any other text)."""
    if not is_title_case_headline(words):
        return {}
    vocabulary = word_analyzer().indonesian
    found: dict[int, str] = {}
    previous: str | None = None   # None: at a clause's first word
    verb_seen = False
    for position, word in enumerate(words):
        if word in CLAUSE_BREAKS:
            previous, verb_seen = None, False
            continue
        lower = word.lower()
        verb_root = word.isalpha() and vocabulary.is_verb_root(lower)
        if previous is not None and word[:1].isupper() and word.isalpha() and not word.isupper():
            suffixed = vocabulary.is_suffixed_verb(lower)
            bare = verb_root and not suffixed and not verb_seen and _subject_end(previous, vocabulary) \
                and previous.lower() not in COMPOUND_HEADS \
                and (lower not in STOP_WORDS or vocabulary.is_form("di" + lower)) and _object_next(words, position)
            form = men_prefix(lower) if (suffixed or bare) and not _pronoun_subject(words, position) else None
            if form and vocabulary.is_form(form):
                found[position] = form
        verb_seen = verb_seen or verb_root   # the clause's verb (also "Minta", "Sisir"): roots after it are its objects
        previous = word
    return found


def _pronoun_subject(words: list[str], position: int) -> bool:
    """Is the verb at `position` said by a pronoun ("Kami Daftarkan Anak Kami", "Kami Sudah
    Daftarkan"): a passive with its agent, as in prose, not a report of an active verb?"""
    for word in reversed(words[:position]):
        lower = word.lower()
        if lower in PRONOUNS:
            return True
        if word in CLAUSE_BREAKS or lower not in STOP_WORDS:
            return False
    return False


def _object_next(words: list[str], position: int) -> bool:
    """Does an object follow the bare root ("Bentuk Ambulance Desa"), not a preposition or nothing
    ("Dinkes Turun ke Rumah Warga": an intransitive verb, whose meN- form means another thing)?"""
    following = words[position + 1] if position + 1 < len(words) else ""
    return following not in CLAUSE_BREAKS and following[:1].isalnum() and following.lower() not in STOP_WORDS


def _subject_end(word: str, vocabulary: IndonesianVocabulary) -> bool:
    """Can `word` end a headline's subject: a capitalised content word ("Karangasem" in "Diskes
    Karangasem Bentuk ...", "PMD"), not a function word or a number ("ke Desa", "untuk Data", "228
    Anak"), nor a verb, whose next word is its object ("Perbarui Data", "Validkan Data")?"""
    lower = word.lower()
    return word[:1].isupper() and word.isalpha() and lower not in STOP_WORDS \
        and not lower.endswith("kan") and not (lower.startswith("per") and lower.endswith("i")) \
        and not vocabulary.is_suffixed_verb(lower) and not vocabulary.is_verb_root(lower)
