"""What a short "yes" says: the answer to a yes/no question affirms what the question names.

In an interview much of an informant's meaning is in the question. Asked "Ada juga yang takut
efek obatnya?", an informant says "Ada, cukup banyak": the fear is the question's and the
answer only affirms it. An Indonesian or Manado Malay yes/no question either opens with
*apakah* or a verb with *-kah* or is a statement read as a question ("Mama pernah periksa
tensi di Posbindu?"); a question word (*siapa, bagaimana, kenapa, ...*) asks for content
instead, and an answer to it affirms nothing. A yes answer opens with a word of assent
(*iya, iyo, betul*) or echoes the question's auxiliary or existential (*ada, pernah, sudah,
so, masih*), the way Indonesian answers yes/no questions; or it repeats the question's
predicate: "Suami setuju?" "Setuju, dia yang antar." (`echoes`, `opening_echo`), the
Manado form read in the turn's Indonesian translation ("Mo." -> "Mau."); or it says how many
there are ("Ada pelampung?" "Dulu ada dua." `opening_count`); or, after what the yes is limited to,
it closes a short first sentence ("Kalau anak-anak iyo." `closing_yes`). A request to tell ("Bisa Ibu
ceritakan ...?") asks for content too: a yes only accepts it.

What a question names is what the codebook's rules find in it, read as a turn of speech: a
keyword, a keyword's words in another order ("takut efek obatnya" for *takut obat*), label,
definition or related words, an absence ("Ada keluarga yang belum punya KK?"), so a yes
affirms any of them (question_reading.read_question keeps them in the `Question` record).

A "no" opening the answer states the question denied (`denied_question`, `opens_with_no`): "Dia
masih sekolah?" "So nyanda, ..." says she is no longer at school, "Pernah periksa tensi?" "Nyanda
pernah." that it was never checked, and "Masih minum obat?" "Kadang-kadang." (or "Iyo, mar nyanda tiap
hari.") that the medicine is stopped now and then; so it takes a code that only the denied question names
(an absence, a keyword holding its negator); the code the question names affirmed only when the
"no" goes straight on with its reason (`gives_reason`: "Bapak pernah datang ke Posbindu?"
"Nyanda, karna Kamis kita kerja."): why a practice is not followed is its code.

A kinship word or title in a question is, in Indonesian, the usual way of saying "you"
("Oma tinggal dengan cucu?": "do you live with your grandchild?"): it names the person asked,
not a topic the answer affirms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipeline.coding.codebook_words import WORD, word_lemma
from pipeline.coding.evidence import untagged
from pipeline.coding.lemmas import prefixed_verb
from pipeline.coding.pronouns import PRONOUNS
from pipeline.coding.negation import CAUSES, NEGATORS, STILL
from pipeline.coding.spans import term_text
from pipeline.coding.specificity import KIN, is_light_verb, names_role, says_who

# question words asking for content (Indonesian and Manado Malay); *apakah* asks yes or no
QUESTION_WORDS = frozenset({"apa", "siapa", "sapa", "bagaimana", "bagimana", "gimana", "bagaimanakah",
                            "kenapa", "kiapa", "mengapa", "berapa", "brapa", "kapan", "mana", "dimana",
                            "manakah", "siapakah", "apa-apa"})
WHO = frozenset({"siapa", "sapa", "siapakah"})
# words that open a yes answer: assent, or the echoed auxiliary or existential of the question
YES_WORDS = ("iya", "iyo", "ya", "yo", "betul", "benar", "bener", "ada", "pernah", "sudah", "so", "masih",
             "sering", "memang")
# modal verbs that are stop words but the predicate a yes/no answer repeats ("Mau ikut KB?" "Mau.")
MODALS = frozenset({"mau", "ingin", "bisa", "boleh", "perlu", "harus", "tahu", "ikut"})
# kinship words for relatives spoken of, never the person spoken to: "Suami setuju?" asks about
# the husband of the woman asked
SPOKEN_OF = frozenset({"anak", "suami", "istri", "isteri", "mertua", "menantu", "mantu", "keluarga", "cucu",
                       "ipar", "bini", "sepupu"})
# kinship words and titles Indonesian speakers address each other with
ADDRESS_TERMS = (KIN - SPOKEN_OF) | frozenset({"bu", "pak", "kak", "kaka", "dik", "ade", "suster", "mbak", "mas", "bung",
                                 "nyong", "nona", "mace", "pace", "tanta"})
# "Bisa Ibu ceritakan ...?", "Boleh dijelaskan ...?": a request to tell, which a yes only accepts
REQUESTS = frozenset({"bisa", "boleh", "coba", "tolong", "mohon", "dapatkah", "bisakah"})
_TELL = re.compile(r"(?:di|men?)?(?:cerita|jelas|sebut|gambar|urai)kan")
# the marks that end a clause (and a quotation's opening), shared by the answer and quotation guesses
CLAUSE = re.compile(r"[,.;:!?\"]")
_SENTENCE_END = re.compile(r"[.!?]")
_CLAUSE_END = re.compile(r"[.,;:!?\n]")


def is_yes_no_question(text: str) -> bool:
    """Does an interviewer turn end with a yes/no question (no question word in its last
    sentence, nor a request to tell: "Bisa diceritakan ...?")?"""
    text = text.rstrip()
    if not text.endswith("?"):
        return False
    words = [word.casefold() for word in WORD.findall(_SENTENCE_END.split(text[:-1])[-1])]
    return QUESTION_WORDS.isdisjoint(words) and not _asks_to_tell(words)


def evidence_words(evidence: str) -> list[str]:
    """The words of a firing's evidence, without its tags ("posyandu … lansia (keyword words)")."""
    return WORD.findall(untagged(evidence))


def echoes(evidence: str) -> frozenset[str]:
    """The words of what a yes/no question names an answer may repeat to say yes, with their
    lemmas: its content words and modals, not a negator, address or relative. Only what names the code
    is its predicate: "Posyandu dari rumah jauh?" "Posyandu cuma di blakang gereja." repeats
    the subject and says no."""
    words = {word.casefold() for word in evidence_words(evidence)}
    kept = {word for word in words if (word in MODALS or word not in STOP_WORDS)
            and word not in NEGATORS and word not in ADDRESS_TERMS and word not in KIN}
    return frozenset(kept | {word_lemma(word) for word in kept})


def predicate_echoes(text: str) -> frozenset[str]:
    """The light verbs (`is_light_verb`) of a yes/no question's last sentence, with their lemmas:
    the predicate whose object names the code, which an answer repeats to say yes ("Dapat BLT
    juga?" "Dapat, tiap bulan."; "Pakai kelambu?" "Pakai."). Not a modal (`MODALS`: "ikut", "mau"),
    which echoes only inside what names the code (`echoes`), nor a verb the question denies ("Ada
    keluarga yang belum punya KK?" "Punya, semua." says every family has one)."""
    words = [word.casefold() for word in WORD.findall(_SENTENCE_END.split(text.rstrip().rstrip("?"))[-1])]
    kept = {word for before, word in zip(["", *words], words)
            if is_light_verb(word) and word_lemma(word) not in MODALS and before not in NEGATORS}
    return frozenset(kept | {word_lemma(word) for word in kept})


def opening_echo(doc: Doc, words: frozenset[str]) -> tuple[int, int] | None:
    """The span of the answer's first word when it repeats one of a question's `words` (by its
    form or lemma): "Setuju, dia yang antar." after "Suami setuju?"."""
    if not words:
        return None
    for token in doc:
        if not token.is_punct and not token.is_space:
            hit = token.norm_ in words or token.lower_ in words or token.lemma_.casefold() in words
            return (token.i, token.i + 1) if hit else None
    return None


# a quantity answering whether there is or was something: "Dulu ada dua.", "Tahun ini satu, ...",
# "Banyak.", "Sebagian besar PBI, ..."; Manado forms of numerals spaCy does not know
QUANTITY_WORDS = frozenset({"banyak", "banya", "sebagian", "beberapa", "semua", "samua", "separuh", "setengah",
                            "ampa", "anam", "dua-dua", "tiga-tiga"})
# a number after these says when, how old or which, not how many ("tahun 2022", "jam tujuh", "kelas dua");
# after a pronoun it says who ("Dorang dua.": the two of them)
_NOT_A_COUNT_AFTER = frozenset({"tahun", "taon", "taong", "jam", "pukul", "tanggal", "umur", "kelas", "nomor",
                                "no"}) | PRONOUNS
_COUNT_REACH = 4   # a count within the answer's first four words, before any punctuation
# a number before these says how long or how long ago ("Dua tahun lalu ...", "Tiga bulan."), not how many
TIME_UNITS = frozenset({"tahun", "taon", "taong", "bulan", "minggu", "pekan", "hari", "jam", "menit", "detik",
                         "abad", "dekade", "windu", "semester"})


def opening_count(doc: Doc) -> tuple[int, int] | None:
    """The span from the answer's first word to a count in its first clause ("Tahun ini satu, anak
    muda jatuh ..." after "Ada kasus tenggelam ...?"): saying how many there are or were answers a
    question whether there are any with yes, as "ada" does. Not a year, an hour, an age or a
    grade, nor a span of time ("Dua tahun lalu ...": when, not how many), nor people named by a
    pronoun and their number (`_NOT_A_COUNT_AFTER`); a negated count ("Satu pun tidak") is a no (the caller's
    `denies_first_clause`)."""
    words = [token for token in doc if not token.is_space]
    before = ""
    for at, token in enumerate(words[:_COUNT_REACH]):
        if token.is_punct:
            return None
        norm = token.norm_.casefold()
        counts = norm in QUANTITY_WORDS or (token.like_num and not (norm.isdigit() and len(norm) == 4))
        after = words[at + 1].norm_.casefold() if at + 1 < len(words) else ""
        if counts and before not in _NOT_A_COUNT_AFTER and after not in TIME_UNITS:
            return (words[0].i, token.i + 1)
        before = norm
    return None


# words of assent that may close a first sentence after what the yes is limited to ("Kalau anak-anak
# iyo."); not the bare "ya", which closes a sentence as a tag ("Mahal, ya.") as often as it assents
ASSENT = frozenset({"iya", "iyo", "betul", "benar", "bener"})
_CLOSING_REACH = 8   # a yes closing a first sentence of at most eight words
# before a word of assent, these make it an adjective: "kurang" not quite so ("Kurang betul."), "yang" the
# right one ("Ikut bidan, itu yang benar."), "paling" / "lebih" the best of several ways ("itu paling betul"):
# a judgement of a way, no assent to the question
_ADJECTIVE_BEFORE = frozenset({"kurang", "yang", "paling", "lebih"})


def closing_yes(doc: Doc) -> tuple[int, int] | None:
    """The span from the answer's first word to a word of assent closing its first sentence ("Kalau
    anak-anak iyo.", "Latihan dorang tanggung, iyo.", "Kalu ada kader datang ka rumah, iyo."):
    Indonesian and Manado Malay front what a reply is limited to, a topic or a condition, and the
    yes then closes it, a yes all the same. Not a sentence that denies anywhere ("Kita nyanda
    pigi, iyo."), nor a longer one, where a closing "iyo" agrees with the speaker's own account; nor
    a sentence asked back ("Yang di kampung, iya?": a tag asking the interviewer to confirm), nor
    an adjective judging a way (`_ADJECTIVE_BEFORE`: "Kurang betul.", "itu yang benar")."""
    words = []
    for token in doc:
        if token.is_space or token.text == ",":
            continue
        if token.is_punct:
            if "?" in token.text:
                return None
            break
        words.append(token)
    if not 1 < len(words) <= _CLOSING_REACH or words[-1].norm_.casefold() not in ASSENT:
        return None
    if words[-2].norm_.casefold() in _ADJECTIVE_BEFORE:
        return None
    if any(token.norm_.casefold() in NEGATORS for token in words):
        return None
    return (words[0].i, words[-1].i + 1)


def asks_who(text: str) -> bool:
    """Does an interviewer turn's last question ask who ("Siapa yang mengantar Ibu periksa?")?
    Its answer names a person, and the code whose words the question holds may name another:
    the topic of a code whose label names a worker is then no evidence for the answer
    (question_reading.read_question)."""
    text = text.rstrip()
    words = {word.casefold() for word in WORD.findall(_SENTENCE_END.split(text.rstrip("?"))[-1])}
    return not WHO.isdisjoint(words)


# "ke mana", "di mana", "dari mana" (Manado "ka mana"): a question asking where, whose answer names a place
_WHERE = re.compile(r"\b(?:di|ke|ka|dari|pi)\s*mana\b", re.IGNORECASE)


def asks_where(text: str) -> bool:
    """Does an interviewer turn's last question ask where ("Kalau anak demam, dibawa ke mana?")?
    Its answer names a place, which says where, not the matter of a code whose label names
    places or going: the place is no answer's word of a code the question names."""
    return _WHERE.search(_SENTENCE_END.split(text.rstrip().rstrip("?"))[-1]) is not None


# a question asking how many people or what share of them ("Berapa persen ibu di sini yang ...?",
# "Kira-kira berapa orang ...?", "Berapa banyak ...?"); not how long, how often or until when
HOW_MANY = re.compile(r"\b(?:berapa|brapa|barapa)\s+(?:persen|orang|banyak|jumlah)\b|\bjumlah\s+\w+\s+(?:berapa|brapa)\b",
                      re.IGNORECASE)


def asks_how_many(text: str) -> bool:
    """Does an interviewer turn's last question ask how many people, or what share of them, do
    something ("Berapa persen ibu di sini yang memberi ASI eksklusif?")? Its answer gives a
    figure: what the figure counts is no code of the answer."""
    return HOW_MANY.search(_SENTENCE_END.split(text.rstrip().rstrip("?"))[-1]) is not None


def _asks_to_tell(words: list[str]) -> bool:
    """"Bisa Ibu ceritakan", "bisa dijelaskan": a request word, then (after at most a word
    addressing the informant) a verb of telling."""
    return any(word in REQUESTS and any(_TELL.fullmatch(after) for after in words[i + 1:i + 3])
               for i, word in enumerate(words))


@dataclass(frozen=True)
class Question:
    """What the interviewer turn an answer follows lends it. `terms`: the codebook terms in it,
    with those of the informant's role ("Kader posyandu"), which a rule's `any:` condition may
    find there; `names`: the codes a yes/no question itself names (by any of their rules, none
    for a question asking for content, nor from the role), each with its evidence there, which
    a yes opening the answer affirms."""

    terms: frozenset[str] = frozenset()
    names: tuple[tuple[int, str], ...] = ()   # (code index, evidence in the question)
    denied: tuple[tuple[int, str], ...] = ()  # the codes a "no" to the yes/no question states, with evidence
    topics: tuple[tuple[int, str], ...] = ()  # the same, of a question asking for content, by a keyword
    work: frozenset[str] = frozenset()   # the role's terms naming a work role, not the question's own
    echoes: frozenset[str] = frozenset()   # a yes/no question's words an answer repeats to say yes
    lent: frozenset[str] = frozenset()   # terms only the informant's role holds: cited as the role's, not the question's
    kin: tuple[tuple[int, str], ...] = ()   # the family's code a who-question lends an answer naming a relative
    speaker: frozenset[str] = frozenset()   # the terms the informant's role begins with: who "saya" is (speaker.py)
    topic: frozenset[str] = frozenset()   # a document's headline and lead: a rule's `topic:` terms (document_topic.py)
    existence: bool = False   # a yes/no question asking whether a thing is there or had (`asks_existence`)
    where: bool = False   # a question asking where (`asks_where`): a place answering it supports no code
    quoted: bool = False   # read by a printed quote: its author chose it for who speaks too (rules.py)

    @cached_property
    def asked(self) -> frozenset[str]:
        """The terms a minimal code's question rule takes as what was asked: not the work role
        lent by the informant ("Bidan desa"), which says who answers, not what about; nor a light
        verb, which says what only with its object, as in a turn (label_rules.label_rules): "Kalau
        mau buang air besar, keluarga pakai apa?" asks about latrines, not "Cuci tangan pakai sabun";
        nor a word addressing the informant (`addresses`): "Oma tinggal dengan siapa?" is no
        question about a grandmother's influence. Of the informant's role only the words saying who
        the informant is count (a relative, a place or body: "Suami ibu hamil", "Ketua kaum ibu
        gereja"): what the role says the informant does or lives through ("Menantu yang merawat
        mertua", "Dukun beranak") is the person's circumstance, not the topic of each answer."""
        return frozenset(term for term in self.terms - self.work
                         if not is_light_verb(term_text(term)) and not addresses(term_text(term))
                         and (term not in self.lent or says_who(term_text(term))))

    def with_role(self, role_terms: frozenset[str], speaker: frozenset[str] = frozenset(),
                  quoted: bool = False) -> Question:
        """The question as read by an informant whose role holds `role_terms` and begins with
        `speaker`, in a printed quote when `quoted`."""
        work = frozenset(term for term in role_terms - self.terms if names_role(term))
        return Question(self.terms | role_terms, self.names, self.denied, self.topics, work, self.echoes,
                        role_terms - self.terms, self.kin, speaker, existence=self.existence, where=self.where,
                        quoted=quoted)

    def named(self, code_index: int) -> str | None:
        """The question's evidence of the code at `code_index`, None when it does not name it."""
        return next((evidence for index, evidence in self.names if index == code_index), None)


NO_QUESTION = Question()


def denies_at_once(text: str) -> bool:
    """Does an answer deny in its first clause ("Nda bayar.", "Di sini torang nyanda pernah
    fogging.")? Then it does not take up the topic its question names."""
    first = _CLAUSE_END.split(text.strip(), 1)[0]
    return any(word.casefold() in NEGATORS for word in WORD.findall(first))


def opens_with(doc: Doc, start: int) -> bool:
    """Is the token at `start` the answer's first word (after opening punctuation)?"""
    for token in doc:
        if not token.is_punct and not token.is_space:
            return token.i == start
    return False


def addresses(term: str) -> bool:
    """Is a keyword a kinship word or title, which a question uses to address the informant?"""
    return term.casefold().strip() in ADDRESS_TERMS


def names_informant(evidence: str) -> bool:
    """Does a question's evidence of a code ("Menantu … Oma (related)") hold a kinship word or
    title, which in a question addresses the informant rather than naming the code?"""
    return any(addresses(word) for word in evidence_words(evidence))


# a short "no" to a yes/no question denies what it asks: where the negator goes in the question
# read as denied ("Pernah periksa?" -> "tidak pernah periksa"; "Masih sekolah?" -> "tidak sekolah
# lagi"; "Sudah punya BPJS?" -> "belum punya BPJS")
_DENIED_AT = re.compile(r"\b(?:pernah|ada|mau|bisa|ingin|ikut|rutin|sering)\b", re.IGNORECASE)
_STILL = re.compile(rf"\b{STILL}\b", re.IGNORECASE)
ALREADY = ("sudah", "so", "udah")
_ALREADY = re.compile(rf"\b(?:{'|'.join(ALREADY)})\b", re.IGNORECASE)
_ASKING = re.compile(r"\bapakah\b\s*|^\s*apa\b\s*|[,\s]*\b(?:ya|kah|toh)\s*$", re.IGNORECASE)
# the words a "no" answer opens with: a negator, or "so/sudah" before one ("So nyanda.")
NO_WORDS = NEGATORS - {"jangan", "tanpa"}


def denied_question(text: str) -> tuple[str, ...]:
    """The last sentence of a yes/no question as a "no" answer states it: its predicate
    negated ("Apakah Bapak pernah memeriksa tekanan darah?" -> "Bapak tidak pernah memeriksa
    tekanan darah"); a practice asked about as still kept ("Masih minum obat?") is also one
    stopped ("berhenti minum obat"); () when `text` asks no yes/no question."""
    if not is_yes_no_question(text):
        return ()
    sentence = _ASKING.sub("", _SENTENCE_END.split(text.rstrip()[:-1])[-1].strip()).strip()
    if not sentence:
        return ()
    still = _STILL.search(sentence)
    if still:
        kept = sentence[still.end():].strip()
        stopped = () if kept.casefold().startswith("ada") else (f"berhenti {kept}",)
        return (f"{_STILL.sub('tidak', sentence, count=1)} lagi", *stopped)
    if _ALREADY.search(sentence):
        return (_ALREADY.sub("belum", sentence, count=1),)
    at = _DENIED_AT.search(sentence)
    return (f"{sentence[:at.start()]}tidak {sentence[at.start():]}" if at else f"tidak {sentence}",)


# an answer keeping a practice only now and then: "Kadang-kadang.", "Jarang.", "Iyo, mar nyanda tiap hari."
SELDOM_ANSWERS = frozenset({"kadang", "kadang-kadang", "jarang", "sesekali"})
_BUT_NOT = re.compile(r"^[^.;:!?]*?\b(?:mar|tapi|tetapi|namun)\s+(?:%s)\b" % "|".join(sorted(NEGATORS)), re.IGNORECASE)


def opens_with_no(text: str) -> str | None:
    """The "no" an answer opens with ("Nyanda pernah.", "Blum.", "So nyanda, ..."), or the word
    saying the practice asked about is kept only now and then ("Kadang-kadang.", "So jarang.",
    "Iyo, mar nyanda tiap hari."); None for other answers."""
    words = WORD.findall(text)[:2]
    if words and words[0].casefold() in ALREADY:
        words = words[1:]
    if not words:
        return None
    first = words[0].casefold()
    if first in NO_WORDS or first in SELDOM_ANSWERS:
        return words[0]
    return words[0] if first in YES_WORDS and _BUT_NOT.search(text) else None


# a first clause saying the thing asked about is not there: "Belum ada.", "Mana ada.", "Sekarang sudah
# tidak ada.", "Di desa nyanda ada.", "Kalau di sini, tidak ada." (a few words of when or where before it,
# a fronted topic set off by a comma too), stressed or softened
# after it ("Tidak ada sama sekali.", "Nyanda ada lagi.", "Belum ada sih.")
_STRESS = r"(?:\s+(?:sama\s+sekali|lagi|sih|kok|deh|dong|dang|kwa|no|le))*"
_NOT_THERE = re.compile(r"^\W*(?:[\w-]+,?\s+){0,3}?(?:(?:%s)\s+)?(?:%s|mana)\s+(?:pernah\s+)?ada%s\s*(?:[%s]|$)"
                        % ("|".join(ALREADY), "|".join(sorted(NO_WORDS - {"bukan", "bukang"})), _STRESS, ".,;:!?"),
                        re.IGNORECASE)
# a question whether a thing is there or had: "Di perahu ada pelampung?", "Anak buah punya BPJS?"; not
# whether anyone does something, a relative clause ("Ada yang takut disuntik?", "Ada anak yang kena
# KIPI?": "Nyanda ada." says nobody is afraid, no child had it), nor whether one did something, "ada"
# before a verb ("Bapak ada memakai pelampung?": did you wear one)
_THERE = re.compile(r"\b(?:ada|punya|memiliki|mempunyai)\s+(?![^?]*\b(?:yang|yg)\b)(?P<thing>\w+)", re.IGNORECASE)


def denies_existence(text: str) -> str | None:
    """The first clause of an answer saying the thing asked about is not there ("Belum ada.",
    "Mana ada.", "Di desa nyanda ada."), None for other answers."""
    found = _NOT_THERE.match(text.strip())
    return found.group(0).strip(" .,;:!?") if found else None


def asks_existence(text: str) -> bool:
    """Does a yes/no question ask whether a thing is there or had ("Di kampung ada aturan soal
    rokok?", "Anak buah punya BPJS?"), not whether anyone does something ("Ada yang takut?",
    "Ada kader yang datang?") nor whether a thing is missing ("Keluarga itu belum punya KK?")?"""
    if not is_yes_no_question(text):
        return False
    sentence = _SENTENCE_END.split(text.rstrip().rstrip("?"))[-1]
    words = {word.casefold() for word in WORD.findall(sentence)}
    thing = thing_asked(text)
    return bool(thing) and not prefixed_verb(thing) and words.isdisjoint(NEGATORS)


def thing_asked(text: str) -> str:
    """The word after "ada" or "punya" in a question's last sentence ("Sudah ada Posbindu di desa?":
    *Posbindu*), "" when none."""
    there = _THERE.search(_SENTENCE_END.split(text.rstrip().rstrip("?"))[-1])
    return there.group("thing") if there else ""


# a "no" of one or two words ("Nyanda,", "Tidak pernah,") and a word of cause right after it
_REASON = re.compile(r"^\W*\w+(?:\s+\w+)?\W+(?:%s)\b" % "|".join(sorted(CAUSES)), re.IGNORECASE)


def gives_reason(text: str) -> bool:
    """Does a "no" answer go straight on with its reason ("Nyanda, karna Kamis kita kerja.")?"""
    return _REASON.search(text) is not None
