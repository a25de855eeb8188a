"""Negation scope: the tokens a negator denies ("tidak takut", "nyanda ada yang tolak karna agama").

A keyword inside a negation scope is not evidence of its code: "Saya tidak takut" is not fear.
Two scopes, read on token norms (Indonesian and Manado Malay negators):

* a negator denies the next few words of its clause ("tidak terlalu takut"), not counting
  auxiliaries, pronouns and prepositions ("tidak bisa kami usulkan ke PBI"), but not a reason
  or a contrast that follows ("tidak datang karena jauh": the distance is asserted);
* a negated existence ("tidak ada yang", "nyanda ada", "bukan karena") denies its whole clause,
  reason included ("nyanda ada yang tolak karna agama");
* a negator that closes its clause denies the word before it ("Takut nyanda, dia brani.").

A negation that names what to prevent or what is feared ("agar tidak batal lagi", "jangan
sampai step") denies nothing. A clause ends at punctuation or at a conjunction of contrast (tapi, mar, namun, ...).
"""

from __future__ import annotations

from spacy.attrs import NORM
from spacy.strings import hash_string
from spacy.tokens import Doc

from pipeline.coding.class_names import class_name_end
from pipeline.coding.lemmas import prefixed_verb, word_analyzer

NOT_YET = frozenset({"belum", "blum", "blom", "blm"})   # "belum ada biaya": the money is not there yet
NEGATORS = NOT_YET | {"tidak", "tdk", "nda", "nyanda", "ndak", "tak", "bukan", "bukang", "jangan", "tanpa",
                      "nimau", "ndada",
                      "jang", "jangang", "nimbole",   # Manado: jangan, jangan, tidak boleh
                      # colloquial (Jakarta) Indonesian, as spoken across the country
                      "nggak", "enggak", "engga", "ngga", "gak", "ga", "kagak"}
# after a negator these make it deny the whole clause: "tidak ada (yang)", "bukan karena"
EXISTENTIAL = frozenset({"ada", "karena", "karna", "sebab", "lantaran", "soal"})
WHOLE_CLAUSE_NEGATORS = frozenset({"bukan", "bukang", "ndada"})
# conjunctions of contrast ("but", "although"; Manado "mar")
CONTRASTS = frozenset({"tapi", "tetapi", "mar", "namun", "melainkan", "padahal", "sedangkan", "walaupun",
                       "walau", "meskipun", "biarpun"})
CLAUSE_ENDS = CONTRASTS | {"cuma", "hanya", "kecuali", "biar", "sehingga", "jadi", "lalu", "kemudian", "terus",
                           "kong", "dan", "atau", "sedang"}
CAUSES = frozenset({"karena", "karna", "sebab", "lantaran", "soalnya", "akibat"})   # "because"
REASON_STARTS = CAUSES | {"supaya", "agar", "kalau", "kalu", "jika", "waktu", "saat", "setelah"}
# "agar tidak batal lagi", "jangan sampai step": the problem is named as what to prevent or fear
PURPOSE = frozenset({"agar", "supaya", "biar", "bia", "spaya", "hindari", "mencegah", "cegah"})
FEARED = frozenset({"sampai", "sampe", "sampi"})
# "tidak perlu", "tidak penting": a denied judgement is an attitude held, not an absence; "tidak mau",
# "tidak bisa" are left out: a refusal or an inability is the absence of the act the label names
JUDGEMENTS = frozenset({"perlu", "penting", "butuh", "berguna", "bermanfaat", "manfaat", "setuju",
                        "percaya", "yakin", "suka", "cocok", "wajar", "aman", "nyaman", "puas"})
ALTERNATIVE = "atau"   # joins a label's alternatives
ABILITY = frozenset({"bisa", "mampu", "sanggup"})   # "can", after a negator: "cannot"
# "dapat" is "can" before a verb ("tidak dapat bekerja") but "get" before a thing ("tidak dapat
# bantuan", "belum dapat KIS": a receipt missing); a prefixed verb after it tells the first
CAN_OR_GET = "dapat"
VERB_PREFIXES = ("me", "ber", "be", "di", "ter")
# words that say something is missing without a negator ("KK-nya hilang", "stok kosong")
ABSENCE = frozenset({"hilang", "kehilangan", "kosong", "habis", "kehabisan", "tiada", "minus"})
# words that say an act is rare or has stopped ("jarang periksa", "berhenti minum obat", "putus
# obat"): for a code that names an absence ("Tidak rutin memeriksa ...") they say it is missing
SELDOM = frozenset({"jarang", "berhenti", "berenti", "putus", "lupa"})
# words that say an act is hard to do ("susah tidur", "sulit bernapas"): for a code naming an
# inability ("Tidak bisa tidur") they say it outright; they deny nothing in a text
HARD = frozenset({"susah", "sulit", "sukar", "payah"})
SELDOM_REACH = 3     # words after a seldom word it speaks of
# "KK masih di Bitung", "KK-nya masih ikut mantan suami": a thing still held elsewhere or by
# someone else is missing here (STILL, then a place or a holder)
STILL = "masih"
ELSEWHERE = frozenset({"di", "ikut", "iko", "numpang", "menumpang", "tertinggal", "tinggal"})
# "KK-nya masih tercatat di daerah asal": still recorded, registered or living at another place
RECORDED = frozenset({"tercatat", "terdaftar", "tercantum", "berdomisili", "beralamat"})
# "jarak bukan masalah", "ongkos tidak jadi kendala": the clause before is denied as a problem
PROBLEM = frozenset({"masalah", "kendala", "hambatan", "halangan", "persoalan", "soal", "problem"})
# "tidak punya biaya", "nda ada doi": a lack of money is the cost barrier, asserted, not denied
# ("tidak ada biaya" is left out: it also says a service is free)
POSSESS = frozenset({"punya", "memiliki", "ada"})
MEANS = frozenset({"uang", "doi", "duit", "dana", "modal", "ongkos", "biaya"})
NO_CHARGE = frozenset({"ongkos", "biaya"})   # after "ada" these may name a charge, not money
# "tidak dipungut biaya", "tanpa dikenakan biaya": a denied charge states the price (nothing), which
# is what a code about cost is about; the negator denies the charging, not the cost's words
CHARGING = frozenset({"dipungut", "dikenakan", "ditarik", "dibebankan", "dibebani", "dimintai"})
# only a charge of money: a cost word within CHARGE_REACH words after the charging verb ("tidak
# dikenakan biaya"); "nyanda dimintai KTP", "tidak dikenakan sanksi" deny what follows as ever
COST_WORDS = frozenset({"biaya", "ongkos", "iuran", "bayaran", "tarif", "pungutan", "uang"})
CHARGE_REACH = 2

# not counted in a plain negator's reach: auxiliaries, pronouns, prepositions (Indonesian and
# Manado Malay): "tidak bisa usulkan mereka ke PBI" denies the proposal to PBI
UNCOUNTED = frozenset({"bisa", "dapat", "mau", "mo", "boleh", "perlu", "harus", "musti", "pernah", "akan",
                       "sempat", "usah", "ada", "so", "sudah", "lagi", "le", "juga", "dia", "ia", "mereka",
                       "dorang", "kami", "torang", "kita", "saya", "kamu", "ngana", "depe", "pe", "ke", "ka",
                       "di", "dari", "pa", "for", "untuk", "dengan", "deng"})
SHORT_SCOPE = 3      # words a plain negator denies
ABSENCE_REACH = 3    # words on either side an absence word speaks of
LONG_SCOPE = 12      # words a negated existence denies at most


def negated_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens of `doc` inside a negation scope (the negators themselves excluded)."""
    ids = doc.to_array(NORM).tolist()
    negated: set[int] = set()
    if _NEGATOR_IDS.isdisjoint(ids):
        return negated  # many turns: no look at their tokens' strings
    norms = _Norms(doc, ids)
    count = len(ids)
    for i in [i for i, norm_id in enumerate(ids) if norm_id in _NEGATOR_IDS]:
        norm = norms[i]
        if (i and norms[i - 1] in PURPOSE) or (i + 1 < count and norms[i + 1] in FEARED) or in_a_name(doc, i):
            continue
        if lacks_means(norms[i + 1:i + 3], norm) or (i + 1 < count and _denies_a_charge(norms, i)):
            continue
        if _denies_a_problem(norms, i):
            negated.update(_clause_before(doc, norms, i))
            continue
        if i and not doc[i - 1].is_punct and (i + 1 == count or doc[i + 1].is_punct):
            negated.add(i - 1)   # a negator closing its clause denies the word before: "Takut nyanda, dia brani."
            continue
        whole = norm in WHOLE_CLAUSE_NEGATORS or (i + 1 < count and norms[i + 1] in EXISTENTIAL)
        limit = LONG_SCOPE if whole else SHORT_SCOPE
        stop = class_name_end(norms, i, count, LONG_SCOPE) if norm == "bukan" and not (
            i + 1 < count and norms[i + 1] in EXISTENTIAL) else None   # "warga bukan pekerja" names a class
        j, reach = i + 1, 0
        while j < (stop or count) and reach < limit and j - i <= LONG_SCOPE:
            word = norms[j]
            if doc[j].is_punct and not _joins_a_word(doc, j) or word in CLAUSE_ENDS \
                    or (not whole and word in REASON_STARTS):
                break
            negated.add(j)
            reach += word not in UNCOUNTED
            j += 1
    return negated


NAME_CONTEXT_WORD = 4   # a lower-case word this long shows the text is prose, not a capitalised headline


def in_a_name(doc: Doc, i: int) -> bool:
    """Is the negator at `i` a word of a capitalised name: not the text's first word, capitalised
    itself and between two capitalised words, the next no verb of existence, ability or owning
    ("Kawasan Tanpa Rokok", "Hari Tanpa Tembakau")? The
    negator belongs to the programme's name and denies nothing after it ("Kawasan Tanpa Rokok di
    desa meliputi balai desa"), in prose: a headline capitalises every word."""
    if not 0 < i < len(doc) - 1 or not doc[i].is_title:
        return False
    if not ((doc[i - 1].is_title or doc[i - 1].is_upper) and (doc[i + 1].is_title or doc[i + 1].is_upper)):
        return False
    # a name goes on to a noun: a negator before "Ada", "Bisa", "Punya" denies a clause
    # ("Kata Bidan Tidak Ada obat di sini")
    if doc[i + 1].lower_ in EXISTENTIAL | UNCOUNTED | POSSESS:
        return False
    # a headline capitalises every word ("Jemaat Sepakat Tak Lagi Suguhkan Rokok"): no name told apart
    return any(token.is_lower and token.is_alpha and len(token) >= NAME_CONTEXT_WORD for token in doc)


def _joins_a_word(doc: Doc, j: int) -> bool:
    """Is the punctuation at `j` a hyphen inside a word ("ramuan-ramuan", "obat-obatan"), which
    ends no clause?"""
    return doc[j].text == "-" and 0 < j < len(doc) - 1 and not doc[j - 1].whitespace_ and not doc[j].whitespace_


_NEGATOR_IDS = frozenset(hash_string(word) for word in NEGATORS)
_ABSENCE_IDS = frozenset(hash_string(word) for word in ABSENCE)
_SELDOM_IDS = frozenset(hash_string(word) for word in SELDOM)
_STILL_ID = hash_string(STILL)


class _Norms:
    """A doc's token norms, read one by one where the scopes need them (slices too)."""

    def __init__(self, doc: Doc, ids: list[int]) -> None:
        self._strings = doc.vocab.strings
        self._ids = ids

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self._strings[i] for i in self._ids[index]]
        return self._strings[self._ids[index]]


def _recorded_elsewhere(norms: list[str]) -> bool:
    """Do `norms` (the two words after "masih") say a thing is still recorded at a place ("tercatat di")?"""
    return len(norms) == 2 and norms[0] in RECORDED and norms[1] in ("di", "dalam")


def lacks_means(norms: list[str], negator: str = "", possess: frozenset[str] = POSSESS) -> bool:
    """Do `norms` (the two words after `negator`) say someone has no money ("punya biaya")? After
    "belum" (not yet) "ada biaya" says so too: a service that is free has no charge, not yet none.
    `possess`: the words of having money that are read."""
    return (len(norms) == 2 and norms[0] in possess and norms[1] in MEANS
            and not (norms[0] == "ada" and norms[1] in NO_CHARGE and negator not in NOT_YET))


def _denies_a_charge(norms: _Norms, i: int) -> bool:
    """Does the negator at `i` (not the last word) deny a charge of money ("tidak dipungut biaya", "tanpa dikenakan
    iuran apa pun")? Then it denies the charging, not the cost's words."""
    return norms[i + 1] in CHARGING and not COST_WORDS.isdisjoint(norms[i + 2:i + 2 + CHARGE_REACH])


def _denies_a_problem(norms: _Norms, i: int) -> bool:
    """Is the negator at `i` followed by "masalah" (or "jadi masalah")?"""
    after = norms[i + 1:i + 3]
    return bool(after) and (after[0] in PROBLEM or (after[0] == "jadi" and after[1:] and after[1] in PROBLEM))


def _clause_before(doc: Doc, norms: _Norms, i: int) -> range:
    """The tokens of the clause before position `i` (at most LONG_SCOPE of them)."""
    start = i
    while start > 0 and i - start < LONG_SCOPE and not doc[start - 1].is_punct and norms[start - 1] not in CLAUSE_ENDS:
        start -= 1
    return range(start, i)


def denies_first_clause(doc: Doc) -> bool:
    """Does a turn deny in its first clause ("Tidak.", "Nyanda banya.", "Saya tidak takut efek
    samping.")? An answer that does takes no evidence from the question it answers."""
    for token in doc:
        if token.is_punct:
            return False
        if token.norm_ in NEGATORS:
            return True
    return False


def is_negative_label(label_norms: list[str]) -> bool:
    """A code that names an absence ("Tidak memiliki kartu keluarga") is found *through* negation;
    a label denying a judgement ("Posyandu dianggap tidak perlu") names an opinion held, whose
    words are evidence where they are affirmed. Of a label's alternatives, the first decides: a
    negator opening it denies them all ("Tidak memiliki KK atau akta"), one after an affirmed
    first alternative only its own ("Menunda atau tidak memakai KB" names a delay). A label naming a
    consequence with its cause ("Tidak masuk sekolah karena sakit gigi") names no missing thing: its
    cause is told affirmed ("giginya bengkak, jadi izin tiga hari")."""
    if ALTERNATIVE in label_norms[1:]:   # "Menunda atau tidak memakai KB": the first alternative decides
        label_norms = label_norms[:label_norms.index(ALTERNATIVE, 1)]
    if any(norm in CAUSES for norm in label_norms):   # "Tidak masuk sekolah karena sakit": what the cause did
        return False
    following = [*label_norms[1:], ""]
    return any(norm in NEGATORS and after not in JUDGEMENTS and not _qualifies_a_noun(label_norms, i)
               for i, (norm, after) in enumerate(zip(label_norms, following)))


WITHOUT = "tanpa"


def _qualifies_a_noun(label_norms: list[str], i: int) -> bool:
    """Is the "tanpa" at `i` part of a noun phrase, a kind of thing ("tambang tanpa izin", "cara
    tanpa merkuri"), after the noun a label opening with its act (a prefixed verb: process coding)
    names as the act's object or goal? Then the act is affirmed ("Menutup tambang tanpa izin" is a
    closure done); "Bekerja tanpa masker", "Bekerja di lubang tanpa pengaman" (the work is done so)
    stay absences, and so does a label naming a thing ("Aturan kawasan tanpa rokok"), whose
    keywords may say what is forbidden."""
    return label_norms[i] == WITHOUT and i >= 2 and prefixed_verb(label_norms[0]) \
        and not prefixed_verb(label_norms[i - 1]) and label_norms[i - 2] not in PLACE_PREPOSITIONS


PLACE_PREPOSITIONS = frozenset({"di", "pada", "dalam"})   # where an act is done: "di lubang"


def names_inability(label_norms: list[str]) -> bool:
    """A label saying "cannot" ("Malam nyanda bisa tidor") names a hardship: its own words count
    where the text denies them (nda bisa lelap), but the researcher's keywords are its signs
    (trauma, takut), told affirmed, not things said to be missing."""
    return any(norm in NEGATORS and _says_can(after, verb)
               for norm, after, verb in zip(label_norms, label_norms[1:], [*label_norms[2:], ""]))


def _says_can(word: str, following: str) -> bool:
    """Is `word` "can": an ability word, or "dapat" before a prefixed verb (bekerja: kerja)?"""
    return word in ABILITY or (word == CAN_OR_GET and following.startswith(VERB_PREFIXES)
                               and word_analyzer().analyze(following)[1] != following)


def denied_tokens(doc: Doc, negated: set[int] | None = None) -> set[int]:
    """Tokens said to be missing: inside a negation scope ("belum punya KK", "nda ada akte"),
    before a denied existence ("NIK-nya belum ada"), near an absence word ("KK-nya hilang"),
    after a word saying the act is rare or stopped ("jarang periksa tensi") or before a word
    saying it is still elsewhere ("KK masih di Bitung", "masih ikut KK orang tua").
    The evidence of a code that names an absence. `negated`: `negated_tokens(doc)` if known."""
    denied = set(negated_tokens(doc) if negated is None else negated)
    ids = doc.to_array(NORM).tolist()
    norms = _Norms(doc, ids)
    for i, norm_id in enumerate(ids):
        if norm_id in _ABSENCE_IDS:
            denied.update(range(max(0, i - ABSENCE_REACH), min(len(ids), i + ABSENCE_REACH + 1)))
        elif norm_id in _SELDOM_IDS:
            denied.update(range(i + 1, min(len(ids), i + SELDOM_REACH + 1)))
        elif norm_id in _NEGATOR_IDS and i + 1 < len(ids) and norms[i + 1] in ("ada", "punya"):
            denied.update(range(max(0, i - ABSENCE_REACH), i))
        elif norm_id == _STILL_ID and i + 1 < len(ids) and (norms[i + 1] in ELSEWHERE or doc[i + 1].is_title
                                                              or _recorded_elsewhere(norms[i + 1:i + 3])):
            denied.update(range(max(0, i - ABSENCE_REACH), min(len(ids), i + ABSENCE_REACH + 1)))
    return denied
