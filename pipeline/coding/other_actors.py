"""Who does the act a document sentence reports, against the actor a code names.

Many codes name who acts ("Sosialisasi dari pemerintah kabupaten, desa dan puskesmas", "Konseling
oleh bidan", "Kunjungan rumah kader"): local public bodies and their workers (village, clinic,
district offices, hospitals, cadres). News and plans also report acts by bodies above or beside
them: ministries, the president, parliaments and councils, the national insurer. When every
sentence a code's evidence comes from has such a body as its agent (the subject before its verb,
"Kemensos menonaktifkan", "Anggota DPR RI ... menggelar sosialisasi"; a headline's "DPRD Minta
..."; a passive's "oleh Kementerian Sosial") and the code names none of that kind but a local one,
the act is another actor's. The code's own kind of actor anywhere among the agents ("Puskesmas
bersama BPJS Kesehatan menggelar ...") keeps it; a code naming no actor is left alone.

Indonesian noun phrases are head-first ("Anggota DPR RI", "Kepala BPJS Cabang X", "Komisi II DPRD
Kota Y"): the first body named in each conjunct of the agent phrase says whose act it is, and a
place after it only qualifies it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.coding.codebook_words import own_description
from pipeline.coding.evidence import term_places, term_words, terms
from pipeline.coding.sentences import sentence_span
from pipeline.records.codebook import Code

LOCAL, NATIONAL, LEGISLATURE, INSURER = "local", "national", "legislature", "insurer"
OUTSIDE = frozenset({NATIONAL, LEGISLATURE, INSURER})
# the kinds of public body, by the words that name them as an agent (Indonesian, and the English
# of a codebook's definitions); "pemerintah" alone names no kind (None): its level is unsaid
_BODIES: dict[str | None, tuple[str, ...]] = {
    LOCAL: ("desa", "kelurahan", "pemdes", "pemerintah desa", "kepala desa", "kades", "lurah", "hukum tua",
            "sangadi", "perangkat desa", "aparat desa", "kepala dusun", "kepala lingkungan", "rt", "rw",
            "puskesmas", "pustu", "posyandu", "polindes", "poskesdes", "kader", "bidan", "perawat", "dokter",
            "nakes", "tenaga kesehatan", "petugas kesehatan", "sanitarian", "ahli gizi", "promkes",
            "pemerintah daerah", "pemda", "pemerintah kabupaten", "pemerintah kota", "pemerintah provinsi",
            "pemkab", "pemkot", "pemprov", "kabupaten", "kota", "provinsi", "bupati", "wakil bupati",
            "wali kota", "walikota", "gubernur", "camat", "kecamatan", "dinas", "dinkes", "dinsos",
            "disdukcapil", "dukcapil", "opd", "rumah sakit", "rsud", "rs",
            # English
            "village", "villages", "clinic", "clinics", "health centre", "health center", "cadre", "cadres",
            "midwife", "midwives", "nurse", "nurses", "doctor", "doctors", "health worker", "health workers",
            "district", "districts", "regency", "municipality", "city government", "local government",
            "regional government", "province", "provincial", "health office", "social office", "hospital",
            "hospitals"),
    NATIONAL: ("kementerian", "kemenkes", "kemensos", "kemendagri", "kemenko", "kemenko pm", "menteri", "menkes",
               "mensos", "mendagri", "menko", "menko pm", "presiden", "istana", "pemerintah pusat", "djsn", "bps",
               "ministry", "minister", "president", "central government", "national government"),
    LEGISLATURE: ("dpr", "dpr ri", "dprd", "dewan", "anggota dewan", "legislator", "legislatif", "fraksi",
                  "parliament", "legislature", "council"),
    # the insurer as an agency (its scheme is "BPJS" too: as an agent's head the word is the agency)
    INSURER: ("bpjs", "bpjs kesehatan", "badan penyelenggara", "insurer"),
    None: ("pemerintah",),
}
# in a code's own words the insurer is an actor only as an office or its staff ("about BPJS" is a topic)
_CODE_INSURER = re.compile(r"\b(?:kantor|petugas|pegawai|staf|cabang)\s+bpjs\b|\bbpjs\s+(?:office|staff|branch)\b|"
                           r"\bbadan penyelenggara\b|\binsurer\b", re.IGNORECASE)
_KIND_OF = {word: kind for kind, words in _BODIES.items() for word in words}
_LONGEST = max(len(word.split()) for word in _KIND_OF)
_WORD = re.compile(r"[^\W_]+(?:[-/][^\W_]+)*")
# words ending an agent phrase: a verb by its prefix, an aspect word, a negator, a modal, a relative
_VERB = re.compile(r"(?:mem|men|meng|meny|me[lrw]|di|ber|ter)[a-z]{3,}")
_NOT_VERBS = frozenset({"mereka", "menteri", "menko", "mensos", "menkes", "mendagri", "dinas", "direktur", "dirut",
                        "bersama", "beserta", "berdasarkan", "terkait", "termasuk", "terhadap", "terutama",
                        "menurut", "menurutnya", "melalui", "mengenai", "meski", "meskipun", "diri", "dirinya",
                        "terpadu", "terdepan", "tersebut", "tertentu", "terakhir", "berita", "berat"})
_CLAUSE_WORDS = frozenset({"akan", "telah", "sudah", "sedang", "masih", "tidak", "tak", "belum", "bukan", "juga",
                           "pun", "yang", "harus", "wajib", "perlu", "bisa", "dapat", "mulai", "terus", "kembali",
                           "minta", "gelar", "beri", "catat", "serahkan", "salurkan", "bagikan", "sediakan",
                           "siapkan", "ajak", "imbau", "dorong", "usul", "usulkan", "data", "daftarkan",
                           "sosialisasikan", "aktifkan", "nonaktifkan", "pastikan", "sebut", "ungkap", "nilai",
                           "tegaskan", "soroti", "bantu", "kucurkan", "tanggung", "bayar", "bayarkan"})
# a chunk fronted before the subject: where, when, for whom ("Khusus daerah perbatasan, BPJS ...")
_FRONTED = frozenset({"di", "ke", "dari", "pada", "khusus", "untuk", "dalam", "selain", "sementara", "saat",
                      "ketika", "sejak", "setelah", "sebelum", "menurut", "menurutnya", "bagi", "terkait",
                      "meski", "meskipun", "namun", "sebelumnya", "kemudian", "sebagai", "dengan"})
_COORDINATORS = frozenset({"dan", "bersama", "serta", "beserta", "dengan", "atau", "bersama-sama"})
# words naming an office, a rank or a part before the body that is the phrase's head
_TITLES = frozenset({"kepala", "anggota", "ketua", "wakil", "sekretaris", "direktur", "komisi", "staf", "petugas",
                     "pihak", "tim", "kantor", "cabang", "para", "seluruh", "semua", "setiap", "sejumlah", "jajaran",
                     "deputi", "plt", "pj", "kasi", "kabid", "kadis", "pejabat", "perwakilan", "utama", "drg", "dr"})
_NUMERAL = re.compile(r"[ivxlc]+|[a-z]|\d+")   # a roman numeral, a letter or a number
# a verb asking someone else to act: what is asked is the addressee's measure, not the asker's act
_REQUEST = re.compile(r"(?:me(?:minta|ndesak|ndorong|nyarankan|ngusulkan|rekomendasikan|ngimbau|nghimbau|ngharapkan|"
                      r"nuntut|nginstruksikan|nyerukan|ngingatkan)|minta|berharap|desak|dorong)")
# the people a service is for: a request addressed to them ("mengimbau kepada peserta PBI untuk mengecek ...")
# is the asker's own appeal to the public, not another body's measure asked for
_PUBLIC = re.compile(r"\s*(?:(?:kepada|agar|supaya|para|seluruh|semua|setiap)\s+)*(?:masyarakat|warga|peserta|"
                     r"penduduk|pasien|keluarga|orang tua|publik)\b", re.IGNORECASE)
# aspect words and adverbs between a subject and its verb ("Ia juga mengimbau ...")
_AUXILIARIES = frozenset({"akan", "telah", "sudah", "sedang", "masih", "juga", "pun", "terus", "kembali", "pernah"})
# a verb of saying: before "bahwa" what is said is another clause, with its own agent
_SAYING = re.compile(r"me(?:nyampaikan|ngatakan|njelaskan|negaskan|nyatakan|ngungkapkan|nerangkan|nambahkan|nuturkan|"
                     r"nyebut(?:kan)?|ngakui|nilai)")
# a local body addressed ("menyarankan kepada Bupati ...", "meminta Pemkot ..."): its act is asked for
_ADDRESSED = re.compile(r"\b(?:kepada|agar|supaya|meminta|mendesak|mendorong)\s+(?:(?:" + "|".join(
    sorted(_TITLES)) + r")\s+)*(?:" + "|".join(sorted((w for w in _BODIES[LOCAL] if " " not in w or w.startswith(
        "pemerintah ")), key=len, reverse=True)) + r")\b", re.IGNORECASE)
# a title's abbreviation right before a sentence break
_ABBREVIATION = re.compile(r"(?:^|\s)(?:dr|drg|dra|drs|ir|hj|prof|st|[A-Z])\.\s+$", re.IGNORECASE)
# a news outlet's tag before a lead ("tirto.id - ", "portal.com |Mesuji – "): no part of the sentence
_OUTLET = re.compile(r"^\W*[\w-]+\.(?:com|id|co\.id|net)\s*[-\u2013\u2014|]+\s*(?:[A-Z]\w+\s*[-\u2013\u2014]+\s*)?")
# quoted speech said by someone named after it: the speaker's "kami" is the speaker's body
_WE = frozenset({"kami", "kita", "pihaknya"})
_QUOTE_OPENING = 6   # words of a quote with no verb read by its form: "Penyuluhan itu kami lakukan ..."
_SAID = r"[,.!?][\"\u201d']\s*(?:kata|ujar|sebut|jelas|tutur|ungkap|tegas|imbuh|terang|papar)"
_SAID_BY = re.compile(_SAID + r"(?:nya)?\s+([^,.;]{1,80})", re.IGNORECASE)
# "..., ujarnya.": said by the source the page named last (`Sources`)
_SAID_BY_LAST = re.compile(_SAID + r"nya\b(?!\s+[^\W\d_])", re.IGNORECASE)
_PRONOUNS = frozenset({"ia", "dia", "beliau"})
_BY = re.compile(r"\boleh\s+((?:\S+\s*){1,6})", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


def _head_kinds(words: list[str]) -> set[str | None]:
    """The kind of body heading each conjunct of an agent phrase: its first word after a title
    ("Kepala", "Anggota", "Komisi II"), as Indonesian phrases are head-first ("iuran peserta BPJS"
    is no agency's); a conjunct after one headed by no body is inside that one's modifier
    ("Alokasi anggaran untuk kepesertaan ... atau BPJS Kesehatan"). A comma ("," in `words`)
    starts a chunk of its own."""
    kinds: set[str | None] = set()
    conjunct: list[str] = []
    headed = True
    for word in [*words, ","]:
        if word not in _COORDINATORS and word != ",":
            conjunct.append(word)
            continue
        # a parliament's commissions are numbered ("Komisi IX DPR RI", "Komisi E"): the number is no head
        numbers = {at + 1 for at, (w, n) in enumerate(zip(conjunct, conjunct[1:]))
                   if w == "komisi" and _NUMERAL.fullmatch(n)}
        rest = [w for at, w in enumerate(conjunct) if w not in _TITLES and at not in numbers]
        rest = rest or (["dprd"] if numbers else [])
        kind = next((_KIND_OF[" ".join(rest[:size])] for size in range(min(_LONGEST, len(rest)), 0, -1)
                     if " ".join(rest[:size]) in _KIND_OF), False)
        if headed and kind is not False:
            kinds.add(kind)
        headed = word == "," or (headed and kind is not False)
        conjunct = []
    return kinds


def office_kind(title: str) -> str | None:
    """The kind of the first body a title names ("Kepala Bagian Kepesertaan BPJS Kesehatan Manado":
    the insurer), as a title is head-first: its rank and section come before the body."""
    words = _words(title)
    if "komisi" in words:   # a parliament's numbered commission ("Sekretaris Komisi II")
        return LEGISLATURE
    for at in range(len(words)):
        for size in range(min(_LONGEST, len(words) - at), 0, -1):
            kind = _KIND_OF.get(" ".join(words[at:at + size]), False)
            if kind is not False:
                return kind
    return None


def _subject(sentence: str) -> list[str]:
    """The words before a sentence's first verb, a comma between its chunks (each a conjunct of
    its own), without the chunks fronted before its subject; [] when the verb asks another body to
    act (not the public: `_PUBLIC`); the reported clause's when it says what was done ("Kepala BPJS
    menyampaikan bahwa kader ...")."""
    kept: list[str] = []
    chunks = re.split(r"[,;:]", sentence)
    for number, chunk in enumerate(chunks):
        words = _words(chunk)
        for at, word in enumerate(words):
            if word in _CLAUSE_WORDS or (_VERB.fullmatch(word) and word not in _NOT_VERBS and word not in _KIND_OF):
                if _SAYING.fullmatch(word) and words[at + 1:at + 2] == ["bahwa"]:
                    return _subject(sentence[_bahwa_end(sentence):])
                if _SAYING.fullmatch(word) and at == len(words) - 1 and number + 1 < len(chunks):   # "Ia menyebut, ..."
                    return _subject(",".join(chunks[number + 1:]))
                verb = next((v for v in range(at, len(words)) if words[v] not in _AUXILIARIES), at)
                stresses_a_need = words[verb + 1:verb + 2] in (["pentingnya"], ["perlunya"])
                asks_a_body = (_REQUEST.fullmatch(words[verb]) or stresses_a_need) \
                    and not _PUBLIC.match(" ".join(words[verb + 1:]))
                return [] if asks_a_body else [*kept, *words[:at]]
        if words and not (words[0] in _FRONTED and not kept):
            kept += [*words, ","]
    return []


def _bahwa_end(sentence: str) -> int:
    match = re.search(r"\bbahwa\b", sentence, re.IGNORECASE)
    return match.end() if match else len(sentence)


@dataclass(frozen=True)
class Sources:
    """The sources a page introduced with their office before a paragraph (named_sources.py): each
    word of a source's name, casefolded, to the kind of body the office is; the kind of the source
    named last, whom "ia", "dia", "beliau" and "ujarnya" mean."""

    names: dict[str, str] = field(default_factory=dict)
    last: str | None = None

    def kinds_of(self, subject: list[str]) -> set[str | None]:
        """The kinds of body a subject means by a pronoun opening it or a source's name heading one
        of its chunks (not a name further in: "Padahal, kata Rina, iuran ..." is an attribution)."""
        if subject[:1] and subject[0] in _PRONOUNS:
            return {self.last} if self.last else set()
        heads = [word for at, word in enumerate(subject) if at == 0 or subject[at - 1] == ","]
        return {self.names[word] for word in heads if word in self.names}


def agent_kinds(sentence: str, sources: Sources | None = None) -> set[str | None]:
    """The kinds of body that do the act a sentence reports: its subject's and a passive's "oleh";
    a subject that only names a source the page introduced, or means one by a pronoun, is that
    source's office (`sources`)."""
    if _ADDRESSED.search(sentence):
        return {None}
    sentence = _OUTLET.sub("", sentence)
    subject = _subject(sentence)
    said = _SAID_BY.search(sentence)
    we = _WE & set(subject or _words(sentence[:said.start() if said else len(sentence)])[:_QUOTE_OPENING])
    # "“... kami lakukan ...,” sebut Kepala BPJS X"; "“Kami minta ...,” ujarnya."
    if said and we:
        subject = _words(said.group(1))
    elif sources and we and _SAID_BY_LAST.search(sentence):
        subject = ["ia"]
    kinds = _head_kinds(subject)
    if not kinds and sources:
        kinds = sources.kinds_of(subject)
    for match in _BY.finditer(sentence):
        kinds |= _head_kinds(_words(re.split(r"[,;.]", match.group(1))[0]))
    return kinds


@lru_cache(maxsize=4096)
def _code_kinds(description: str) -> frozenset[str]:
    words = _words(description)
    kinds = {_KIND_OF[" ".join(words[i:i + size])] for i in range(len(words)) for size in range(1, _LONGEST + 1)
             if " ".join(words[i:i + size]) in _KIND_OF} - {None, INSURER}
    if _CODE_INSURER.search(description):
        kinds.add(INSURER)
    return frozenset(kind for kind in kinds if kind is not None)


def code_actor_kinds(code: Code) -> frozenset[str]:
    """The kinds of body a code's own words (label, affirmed definition, English label) name."""
    return _code_kinds(own_description(code))


def _sentence(text: str, position: int) -> str:
    """The sentence holding `position`, not ended by a title's abbreviation ("drg. Putih Sari")."""
    start, end = sentence_span(text, position, 1)
    while start > 0 and _ABBREVIATION.search(text, 0, start):
        start = sentence_span(text, _ABBREVIATION.search(text, 0, start).start(), 1)[0]
    return text[start:end]


def done_by_another(code: Code, text: str, evidence: str, sources: Sources | None = None) -> bool:
    """Do the sentences of a document paragraph a code's evidence comes from report an act by a body
    outside the local ones the code names, none with the code's own kind, a local one or a
    government of unsaid level among its agents (a sentence naming no agent, "Acara ini dihadiri
    ...", goes with the others)?"""
    own = code_actor_kinds(code)
    if LOCAL not in own:
        return False
    places = [at for piece in terms(evidence) if term_words(piece) for at in term_places(text, term_words(piece))]
    others = False
    for sentence in dict.fromkeys(_sentence(text, at) for at in places):
        kinds = agent_kinds(sentence, sources)
        if kinds & own or None in kinds or kinds - OUTSIDE:
            return False
        others = others or bool(kinds - own)
    return others
