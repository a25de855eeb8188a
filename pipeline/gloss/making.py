"""beking in a relative clause or asking what one does: the bare verb Indonesian writes there; and the
verb Indonesian uses for what beking is done to.

'lakukan' for what is done (apa yang ibu bekeng -> apa yang Ibu lakukan), 'buat' for a thing made
(kue yang mama bekeng -> kue yang ibu buat); after its subject before apa closing the question,
'berbuat' (ade bekeng apa? -> adik berbuat apa?). Read by `predicates.after_context`.

Indonesian says mengerjakan of work one does (bekeng PR -> mengerjakan PR; MangARTI beking tugas),
mengadakan of an event one holds (bekeng acara adat, pesta, bakti sosial) and membangun of a building
(bekeng rumah, WC, jembatan); beking bagitu is berbuat (Jang bekeng bagitu -> Jangan berbuat begitu):
own references 14 of 16 write these where the gloss wrote membuat.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import PERSON_NOUNS, subject_before
from pipeline.gloss.units import Unit

MAKING = frozenset({"beking", "biking", "bekeng", "bekin", "bikin"})
# The object's head word -> the verb for making it (meN- form, bare form of a request).
_WORK = frozenset({"pr", "tugas", "soal", "pekerjaan", "karja", "kerjaan", "laporan", "skripsi", "latihan", "ujian"})
_EVENTS = frozenset({"acara", "pesta", "ibadah", "rapat", "arisan", "bakti", "kegiatan", "lomba", "syukuran",
                     "penyuluhan", "pertemuan", "perayaan", "upacara", "kebaktian", "resepsi"})
_BUILDINGS = frozenset({"rumah", "ruma", "wc", "jamban", "jembatan", "jembatang", "sumur", "kandang", "gereja",
                        "pagar", "tembok", "mck", "toilet", "kakus", "gedung", "kios", "warung", "warong",
                        "dapur", "kamar", "septic", "septik", "talud", "bendungan", "pondasi"})  # a sabua or a tent is made
_MADE_AS = ((_WORK, "mengerjakan", "kerjakan"), (_EVENTS, "mengadakan", "adakan"), (_BUILDINGS, "membangun", "bangun"))
_SO = frozenset({"bagitu", "begitu", "bagini", "begini"})
# Feelings (Indonesian readings) a complaint says one is put in: Bekeng malu jo! -> Bikin malu saja!
_FEELINGS = frozenset({"malu", "kaget", "takut", "marah", "pusing", "susah", "repot", "capek", "bingung", "kesal",
                       "jengkel", "sedih", "bosan", "heran", "kecewa", "cemburu"})
_FORBIDDING = frozenset({"jang", "jangang", "jangan"})
_WHAT_ELSE = frozenset({"apa le", "apa lagi"})  # mo beking apa le: the resigned question


def made_in_relative(units: list[Unit], k: int) -> None:
    """beking after its subject in a relative clause on its object: 'lakukan' (apa yang ibu bekeng ->
    apa yang Ibu lakukan), 'buat' after a thing (kue yang mama bekeng -> kue yang ibu buat)."""
    if units[k].ind not in ("membuat", "bikin") or units[k].joined and k + 1 < len(units) and units[k + 1].pos in (
            "n", "loc", "pron", "acr"):
        return  # a causative (bekeng enak), or an object of its own follows: not the relative's verb
    at = subject_before(units, k - 1)
    if at < 1 or not (units[at].pos == "pron" or units[at].key in PERSON_NOUNS):
        return
    at = subject_before(units, at - 1)
    if at >= 0 and units[at].key == "apa" and units[at].ind.endswith(" yang"):
        units[k].ind = "lakukan"  # Apa ngana bekeng? -> Apa yang kamu lakukan? (questions.py wrote the yang)
        return
    if at < 1 or units[at].key != "yang" or not units[at - 1].joined:
        return
    units[k].ind = "lakukan" if units[at - 1].key == "apa" else "buat"


def made_by(units: list[Unit], k: int) -> None:
    """A thing closed by its demonstrative, then a person, da and beking closing the clause: the thing
    is the person's work, 'buatan' (meja ini opa da bekeng -> meja ini buatan kakek; kita pe kaka da
    beking -> buatan kakak saya), not the person making it now; an object after beking keeps membuat."""
    if units[k].ind != "membuat" or units[k].joined and k + 1 < len(units) or units[k - 1].key != "da":
        return
    at = k - 2
    if at < 2 or not (units[at].pos == "pron" or units[at].pos == "n" and units[at].key in PERSON_NOUNS):
        return
    if units[at - 1].pos == "poss" and units[at - 1].joined:
        at -= 1  # kita pe papa, depe mama
    shown = units[at - 1]
    if shown.pos == "dem" and shown.joined and units[at - 2].joined and units[at - 2].pos in ("n", ""):
        shown.ind += " buatan"
        units[k].ind = ""


def resigned(units: list[Unit], k: int) -> None:
    """mo beking apa le opening the sentence and closing its clause, no subject before it: the resigned
    'what else can one do', mau bagaimana lagi (Mo bekeng apa le, dorang so pigi), not what one will make."""
    if k != 1 or units[0].key not in ("mo", "mau") or k + 1 >= len(units) or units[k + 1].key not in _WHAT_ELSE or (
            units[k + 1].joined and k + 2 < len(units)):
        return
    units[k].ind, units[k + 1].ind = "", "bagaimana lagi"


def done_what(units: list[Unit], k: int) -> None:
    """beking + apa closing its clause, after its subject, asks what one does: 'berbuat' (kalu
    demam, ade bekeng apa? -> adik berbuat apa?; nintau mo bekeng apa -> tidak tahu mau berbuat apa),
    not what one makes; one doing it now (ada bekeng apa: sedang membuat apa) is left alone."""
    u, what = units[k], units[k + 1]
    if u.ind != "membuat" or not u.joined or what.key != "apa" or (
            what.joined and k + 2 < len(units)) or units[k - 1].ind == "sedang":
        return
    at = subject_before(units, k - 1)
    if at >= 0 and (units[at].pos == "pron" or units[at].key in PERSON_NOUNS):
        u.ind = "berbuat"



def made_what(units: list[Unit], k: int) -> None:
    """beking before the work done, the event held or the building built: mengerjakan, mengadakan,
    membangun (bekeng PR -> mengerjakan PR); before bagitu: berbuat (jang bekeng bagitu); an adjective
    or jadi after the object keeps the causative membuat (bekeng kamar bersih)."""
    u = units[k]
    if u.ind not in ("membuat", "buat", "bikin") or not u.joined or k + 1 >= len(units):
        return
    head = units[k + 1].key.partition(" ")[0].lower()
    if head in _SO:
        u.ind = "berbuat"
        return
    if _made_into(units, k + 1):
        return  # bekeng kamar bersih, bekeng rumah jadi kotor: the causative, membuat
    for heads, active, bare in _MADE_AS:
        if head in heads:
            u.ind = bare if u.ind == "buat" else active
            return


_BECOMING = frozenset({"jadi", "menjadi"})
# States of condition an act leaves a thing in (Indonesian): after the object they are what beking makes
# of it (bekeng kamar bersih); an adjective of size, age or cost describes the thing or the act (bekeng rumah
# baru, bekeng WC mahal) and keeps the object's own verb.
_CONDITIONS = frozenset({"bersih", "kotor", "rapi", "rapih", "bagus", "rusak", "hancur", "basah", "kering", "terang",
                         "gelap", "panas", "dingin", "sejuk", "nyaman", "indah", "berantakan", "licin", "becek", "bau"})


def _made_into(units: list[Unit], at: int) -> bool:
    """A state of condition or jadi after the object at units[at] (past a demonstrative): beking makes
    it so, whatever it is (bekeng kamar bersih -> membuat kamar bersih), not the object's own making."""
    at += 1
    if at < len(units) and units[at - 1].joined and units[at].pos == "dem":
        at += 1
    return at < len(units) and units[at - 1].joined and (units[at].ind in _CONDITIONS or units[at].key in _BECOMING)


def complains(units: list[Unit], k: int) -> bool:
    """beking opening its clause before a feeling and jo, nothing after: the complaint 'bikin X saja'
    (Adoh, bekeng kage jo! -> Aduh, bikin kaget saja!), no request to cause it (kagetkan); after jang
    the feeling closing the clause is what not to cause (Jang bekeng malu! -> Jangan bikin malu!)."""
    if k + 1 >= len(units) or units[k].key not in MAKING or not units[k].joined or units[k + 1].ind not in _FEELINGS:
        return False
    if k > 0 and units[k - 1].joined:
        feeling = units[k + 1]  # nothing but a particle may follow it: malukan would take an object
        return units[k - 1].key in _FORBIDDING and (
            not feeling.joined or k + 2 == len(units) or units[k + 2].pos == "ptc" and not units[k + 2].joined)
    only = units[k + 2] if k + 2 < len(units) else None
    return only is not None and units[k + 1].joined and only.key == "jo" and (not only.joined or k + 3 == len(units))


def makes_relative_head(units: list[Unit], k: int) -> bool:
    """beking right after yang and its doer, a person (kue yang oma bekeng enak skali): it makes the noun
    the relative clause is on, and the adjective after it is said of that noun, no state it causes
    (not 'yang nenek mengenakkan')."""
    if units[k].key not in MAKING:
        return False
    at = subject_before(units, k - 1)
    return at >= 1 and (units[at].pos == "pron" or units[at].key in PERSON_NOUNS) and units[at - 1].key == "yang" and (
        units[at - 1].joined)
