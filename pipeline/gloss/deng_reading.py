"""deng 'dan' or 'dengan', by the shape of the clause around it (asked by joining.py).

deng is 'dan' (real free translations: 'dan' 309 times, 'dengan' 108 in the MangARTI mining part),
          'dengan' at the clause start, after a verb that takes a partner or an instrument
          (bacarita deng, sama deng, puas deng, baku- verbs), and before a person after a verb or a
          modal (pigi ka kobong deng kita, musti deng bidan: company, not a second subject), before a
          hand tool or a cloth after an act done to a thing, a state kase makes too (potong ikang deng pisau,
          kase kering rambu deng handuk) and before a relish
          (ikang bakar deng dabu-dabu), before food after a person fed (suap ade deng bubur), and before a
          thing after verb + object + a place (taruh obat di meja deng aer -> dengan air: it goes with
          the object), and before the state an act is done in (sampe deng selamat); 'dan' closing a list of three or more
          (ikang, sayor, deng nasi) and before a second act after a verb, also one that takes a
          partner (bacarita deng tatawa, baku pegang deng manangis), but not after cuma/hanya (the means)
"""

from __future__ import annotations

from pipeline.gloss.clause_words import (
    PERSON_NOUNS, DEMONSTRATIVES, TIME_UNITS, VEHICLES, WEATHER, clause, doer_after_passive, person, starts_predicate)
from pipeline.gloss.demonstratives import is_plain_noun
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.morphology import ACRONYM, NAME, NUMBER

# Words whose partner or instrument deng introduces: 'dengan', not 'dan'.
_WITH_TAKERS = frozenset({"sama", "puas", "kenal", "ketemu", "baku", "bacarita", "bacirita", "cirita", "carita",
                          "bicara", "babicara", "baomong", "omong", "kawin", "menikah", "bamain", "main", "iko",
                          "ikut", "pake", "bapake", "pakai", "isi", "fol", "mau", "penuh", "campur", "bacampur",
                          "tutup", "tutu", "ganti", "baganti", "bagabung", "gabung", "badansa", "bakanal",
                          "marah", "mara", "sayang", "dekat", "jao", "beda", "babeda", "setuju", "cocok",
                          "cape", "capek", "bosan", "bosang", "kaweng", "baku dapa", "sama-sama", "bapacar", "berpacaran",
                          "tako", "takut", "malo", "malu", "heran", "sanang", "senang",  # feelings: tako deng anjing
                          "jengkel", "kesal", "kecewa", "sebal", "binci", "benci", "kangen", "rindu",
                          # full of, jammed with (jalan macet deng oto, pasar basasa deng orang); only with
                          # (cuma deng tangan): MangARTI sample mining and dev parts 3 of 3
                          "macet", "basasa", "sesak", "padat", "cuma", "hanya",
                          # cares about, known for (nda peduli deng dia, tarkanal deng ikang bakar)
                          "peduli", "perduli", "tarkanal", "terkenal"})
# Only with (cuma deng bajalan kaki): deng before an act after them is the means, 'dengan'.
_BY_MEANS = frozenset({"cuma", "hanya"})
_PLACE_PREPOSITIONS = frozenset({"di", "ka", "ke"})
_FROM = frozenset({"dari"})  # taruh obat di meja: the place the object goes
_DEGREE = frozenset({"skali", "sekali", "sakali", "banget"})  # tako skali deng: deng reads the word graded
# Hand tools (Indonesian readings): after an act done to a thing, deng names the tool (potong ikang deng
# pisau -> dengan pisau), unless the thing is itself tableware or a tool (piring deng sendok: a list).
_TOOLS = frozenset({"pisau", "parang", "gunting", "sendok", "garpu", "sapu", "palu", "kuas", "sikat", "jarum",
                    "tali", "rantai", "obeng", "cangkul", "kapak", "sumpit", "gergaji", "linggis", "sekop"})
_CLOTHS = frozenset({"handuk", "kain", "lap", "serbet", "tisu"})  # what one wipes or dries with; cut, no tool
# Substances put on or into what an act treats (Indonesian readings): after an act done to a thing
# they name what it was done with, whatever the thing (semprot dinding deng obat nyamuk, cuci piring
# deng sabun, minum obat deng aer -> dengan).
_SUBSTANCES = frozenset({"obat", "sabun", "air", "minyak", "cat", "racun", "salep", "alkohol", "deterjen",
                         "kapur", "bubuk", "garam", "cuka", "abu", "lem"})
_TABLEWARE = frozenset({"piring", "gelas", "mangkok", "mangkuk", "cangkir", "panci", "wajan", "kuali", "baskom"})
# Acts that fetch, carry, trade or pay for things, or change how much of them one takes: deng after their
# object adds one more thing (bawa parang deng tali, bayar listrik deng aer, kurang gula deng garam)
# (Manado forms and their Indonesian readings).
_FETCHING = frozenset({"ambe", "ambil", "mengambil", "bawa", "membawa", "bli", "beli", "membeli", "jual", "menjual",
                       "cari", "mencari", "simpan", "menyimpan", "kase", "memberi", "pinjam", "meminjam", "kirim",
                       "mengirim", "taruh", "ada", "bayar", "membayar", "kurang", "kurangi", "mengurangi",
                       "tamba", "tambah", "menambah"})
# Nouns of how an act is done (Manado forms): deng before them after an act is 'dengan' (bilang deng
# samangat, manyanyi deng suara kancang, mulai deng hati bersih; MangARTI mining and dev: dengan 5 of 5;
# warna: cet pagar deng warna ijo, sample 1 of 1).
_MANNERS = frozenset({"samangat", "semangat", "hati", "suara", "mata", "cara", "warna"})  # cet deng warna ijo
# States an act is done in (Manado forms and Indonesian): deng before them after an act or a place is
# 'dengan' (sampe deng selamat, trima deng sanang hati, babuang waktu deng parcuma: MangARTI mining part
# 6 of 6); after another adjective they are a second predicate (sanang deng barkesan -> dan).
_MANNER_STATES = frozenset({"selamat", "slamat", "sanang", "senang", "parcuma", "percuma", "gembira", "sabar",
                            "ati-ati", "hati-hati", "teliti"})
# Acts of feeding a person (Manado forms and Indonesian readings): deng after the one fed names the food
# or the spoon it is done with (suap ade deng bubur -> menyuapi adik dengan bubur), not a second person fed.
_FEEDING = frozenset({"suap", "suapi", "menyuap", "menyuapi", "kase makang", "memberi makan", "kase minum",
                      "memberi minum"})
# Relishes eaten with a dish: deng after the dish is 'dengan' (ikang bakar deng dabu-dabu; own sets 4 of 4).
_RELISHES = frozenset({"sambal"})


def _listed(unit) -> bool:
    return unit.pos in ("n", "acr", "loc") or unit.source in (ACRONYM, NAME, NUMBER)


def deng(units: list, k: int, prev, nxt, vocabulary: IndonesianVocabulary) -> str:
    """'dengan' where deng joins a partner, an instrument or a manner to a verb; 'dan' elsewhere."""
    if doer_after_passive(units, k):
        return "oleh"  # dapa tipu deng orang -> ditipu oleh orang (own sets: oleh 2 of 3, dengan 0): the doer
    if prev is None and k > 0 and units[k - 1].glue.strip() == "," and (_listed(units[k - 1]) or _list_of_three(units, k)):
        if (nxt.key in PERSON_NOUNS or _possessed_person(units, k + 1)) and _place_phrase_ends(units, k - 1):
            return "dengan"  # lahir di rumah, deng dukun: who was with the act there, no list of places
        return "dan"  # KK, KTP, deng kartu BPJS; ikang, sayor, deng nasi: the last item of a list
    if prev is not None and (prev.key in _DEGREE or prev.ind == "sebentar") and k > 1 and units[k - 2].joined:
        prev = units[k - 2]  # tako skali deng, bicara sadiki deng: deng reads the word graded or lasting
    if prev is not None and _new_subject_and_change(units, k, vocabulary):
        return "dan"  # ujang so brenti deng jalan so mulai kering: a second clause, its own subject
    if prev is not None and _same_preposition(units, k):
        return "dan"  # ka kiri deng ka kanan: a second place of one act
    if prev is not None and prev.key in _WITH_TAKERS and prev.pos != "v" and nxt.pos == "adj" and (
            k + 2 >= len(units) or not nxt.joined or units[k + 2].pos not in ("n", "loc")):
        return "dan"  # puas deng kanyang: a second state, no partner of the first
    if prev is not None and _marked_person_object(units, k) and nxt.pos in ("n", "") and not (
            nxt.key in PERSON_NOUNS or nxt.root and vocabulary.is_verb_root(nxt.root)):
        return "dengan"  # sambut pa dorang deng sanyum: what the act done to the person is done with
    if prev is not None and _when(prev) and not _when(nxt) and not starts_predicate(nxt, vocabulary) and (
            _after_act(units, k - 1, vocabulary)):  # bangun pagi deng sadiakan barang: a second act
        return "dengan"  # oma urut tiap pagi deng minya: the act's instrument, past when it happens
    if prev is not None and (nxt.pos == "v" or nxt.key.startswith("baku")) and prev.key not in _BY_MEANS and (
            prev.pos == "v" or prev.key.startswith("baku")):
        return "dan"  # bacarita deng tatawa, baku pegang deng manangis: a second act, not a partner
    if prev is None or prev.key in _WITH_TAKERS or prev.ind in _WITH_TAKERS or prev.key.startswith("baku") or (
            prev.ind.startswith("saling")):  # ba pacar deng: the ba- verb's reading (berpacaran) tells
        return "dengan"
    if prev.pos == "neg" and (nxt.pos in ("n", "acr", "loc", "pron") or nxt.ind in _TOOLS or is_plain_noun(nxt, vocabulary)):
        return "dengan"  # jang deng piso, nyanda deng gula: nothing is listed right after a negation
    if _fed_person(units, k, prev, nxt, vocabulary):
        return "dengan"  # mama suap ade deng bubur -> menyuap adik dengan bubur: what the person is fed
    if (nxt.key in VEHICLES or person(nxt) and nxt.source != NAME) and _place_phrase_ends(
            units, k - 1, _PLACE_PREPOSITIONS | _FROM, named=True):
        return "dengan"  # pulang dari pasar deng bentor: the way; tinggal di Tondano deng depe ade: the company
    if _tool_after_object(units, k, prev, nxt, vocabulary):
        return "dengan"  # dia potong ikang deng pisau -> dia memotong ikan dengan pisau
    if (nxt.key in _MANNER_STATES or nxt.key.endswith(" hati")) and prev.pos != "adj":
        return "dengan"  # sampe deng selamat, trima deng randah hati (the lexicon's X hati states): how it is done
    if starts_predicate(nxt, vocabulary) or nxt.pos in ("adj", "aux"):
        return "dan"  # a second predicate: kunci pintu deng pastikan aman; panjang skali deng itam
    if _verb(prev, vocabulary) and not _object_and_its_participle(units, k, vocabulary):
        return "dengan"  # tidor deng perut kanyang, mulai deng nyanyian
    if _goes_with_object(units, k, vocabulary):
        return "dengan"  # taruh obat di meja deng aer: what goes with the thing put there
    if nxt.pos == "pron" or nxt.key in PERSON_NOUNS or _possessed_person(units, k + 1):
        if prev.pos == "pron" and _fronted_feeling(units, k - 1):
            return "dengan"  # Pe jengkel skali kita deng ngana: the one the feeling is about, not a second feeler
        if prev.pos == "pron" or prev.key in PERSON_NOUNS:
            return "dan"  # two people after the verb: dia periksa kita deng bayi -> saya dan bayi
        words, at = clause(units, k)
        if prev.pos == "aux" or any(c.pos == "v" for c in words[:at]):
            return "dengan"  # musti deng bidan: company after a modal too
    if nxt.key in _MANNERS and _manner(units, k, vocabulary):
        return "dengan"  # bilang makase deng samangat, manyanyi deng suara kancang: how the act is done
    if nxt.ind in _RELISHES and prev.pos in ("n", "adj", "v") and prev.ind not in _RELISHES:
        return "dengan"  # ikang bakar deng dabu-dabu -> ikan bakar dengan sambal
    return "dan"


def _fronted_feeling(units: list, at: int) -> bool:
    """The pronoun at units[at] follows a feeling fronted before it, graded or opening its clause (Mara
    skali kita, Pe jengkel kita): it is the one who feels, and deng after it names whom the feeling is
    about; kita sayang dia deng ngana lists two loved."""
    j = at - 1
    graded = j > 0 and units[j].key in _DEGREE and units[j - 1].joined
    j -= graded
    if j < 0 or not (units[j].key in _WITH_TAKERS and units[j].pos == "adj" or units[j].ind in _WITH_TAKERS):
        return False
    opening = j == 0 or not units[j - 1].joined or units[j - 1].pos in ("poss", "interj")
    return graded or opening


# What tells the state of a new subject after deng (deng hari so mulai terang, deng mata semakin berat).
_ALL = frozenset({"semua", "samua", "smua"})
_CHANGE = frozenset({"so", "sudah", "mulai", "smakin", "semakin", "makin", "tambah", "masih", "jadi", "menjadi"})


def _new_subject_and_change(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """deng at units[k] after a clause with an act or a state, before a noun (no person) and a word
    of aspect or change: that noun is the subject of a second clause (kapal so pigi deng lampu pelabuhan
    mulai mati -> dan lampu pelabuhan mulai mati); a negation after the noun is no sign (tidor deng
    lampu nyanda mati: with the lamp on)."""
    at = k + 1
    while at < len(units) and units[at - 1].joined and units[at].key not in PERSON_NOUNS and (
            units[at].pos in ("n", "loc") or is_plain_noun(units[at], vocabulary) or at == k + 1 and (
                units[at].key in _ALL) or at > k + 1 and at + 1 < len(units) and units[at + 1].key in _CHANGE):
        at += 1  # sore hari so, semua oto so, lampu jalan so: a compound's noun that is a verb too
    if at == k + 1 or at >= len(units) or not units[at - 1].joined or units[at].key not in _CHANGE:
        return False
    words, here = clause(units, k)
    return any(_verb(c, vocabulary) or c.pos == "adj" for c in words[:here])


def _object_and_its_participle(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """deng at units[k] follows an object noun and the participle describing it, after their verb,
    and comes before another thing: a list of two things (siapkan pakaian berenang deng handuk, bli
    roti tawar deng te -> dan); not before a relish or a person (ikang bakar deng dabu-dabu)."""
    if k < 3 or not (units[k - 3].joined and units[k - 2].joined):
        return False
    nxt = units[k + 1]
    return units[k - 2].pos == "n" and _verb(units[k - 3], vocabulary) and (
        nxt.pos == "n" or is_plain_noun(nxt, vocabulary)) and nxt.ind not in _RELISHES and nxt.key not in PERSON_NOUNS


def _same_preposition(units: list, k: int) -> bool:
    """deng at units[k] between two phrases the same preposition opens (ka kiri deng ka kanan, di dalam
    deng di luar): two places or directions of one act."""
    opening = units[k + 1].ind
    if opening not in _PLACE_PREPOSITIONS | _FROM:
        return False
    for at in range(k - 2, max(k - 4, -1), -1):
        if not units[at].joined:
            return False
        if units[at].ind == opening:
            return True
    return False


def _marked_person_object(units: list, k: int) -> bool:
    """The person right before deng at units[k] is the object that pa marks after its verb (sambut pa
    dorang, kase bangun pa kita): the clause's act is done, deng adds how."""
    if k < 3 or not units[k - 2].joined or not units[k - 3].joined:
        return False
    person_object = units[k - 1].pos == "pron" or units[k - 1].key in PERSON_NOUNS
    return person_object and units[k - 2].key == "pa" and not units[k - 2].ind


def _list_of_three(units: list, k: int) -> bool:
    """Another comma before the one that ends at units[k - 1] in the sentence: deng closes a list of
    three or more (ikang, sayor, deng nasi -> dan nasi)."""
    for at in range(k - 2, -1, -1):
        glue = units[at].glue.strip()
        if glue == ",":
            return True
        if glue:
            return False
    return False


def _tool_after_object(units: list, k: int, prev, nxt, vocabulary: IndonesianVocabulary) -> bool:
    """deng at units[k] before a hand tool or a substance, after the object of an act done to it (dia
    potong ikang deng pisau, potong tu kayu deng parang, ika tu anjing deng rante: a tool that is also
    a verb; semprot dinding deng obat nyamuk)."""
    if prev.key in DEMONSTRATIVES and k > 1 and units[k - 2].joined:
        prev = units[k - 2]  # the object closed by its demonstrative
    if nxt.ind.partition(" ")[0] in _SUBSTANCES:
        thing = prev.pos in ("n", "loc") or is_plain_noun(prev, vocabulary)  # semprot dinding rumah deng obat
    else:
        thing = prev.pos == "n" and nxt.ind in _TOOLS | _CLOTHS and prev.ind not in _TOOLS | _TABLEWARE
    if not thing:
        return False
    return _done_to(units, k, vocabulary)


def _place_phrase_ends(units: list, at: int, openers: frozenset = _PLACE_PREPOSITIONS, named: bool = False) -> bool:
    """units[at] closes a place phrase its preposition opens (di rumah, ka ruma sakit besar; named: a
    place's name too, dari Tondano)."""
    while at > 0 and units[at - 1].joined and (units[at].pos in ("n", "loc", "adj") or named and (
            units[at].source == NAME)) and units[at].key not in PERSON_NOUNS:
        if units[at - 1].key in openers:
            return True
        at -= 1
    return False


def _fed_person(units: list, k: int, prev, nxt, vocabulary: IndonesianVocabulary) -> bool:
    """deng at units[k] follows a verb of feeding and the person fed, before a thing (suap ade deng bubur);
    a second person after deng is fed too (suap ade deng kaka -> adik dan kakak)."""
    if k < 2 or not units[k - 2].joined or not (prev.pos == "pron" or prev.key in PERSON_NOUNS):
        return False
    verb = units[k - 2]
    return (verb.key in _FEEDING or verb.ind in _FEEDING) and nxt.key not in PERSON_NOUNS and nxt.pos != "pron" and (
        nxt.pos == "n" or is_plain_noun(nxt, vocabulary))


def _goes_with_object(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """deng at units[k] follows verb + object + a place phrase, before a thing that is no place:
    the thing goes with the object (taruh obat di meja deng aer -> dengan air); a second place
    is a list (di meja deng di kursi), and a place phrase right after the verb keeps 'dan' (dapa
    di dispenser deng pot bunga)."""
    if k < 4 or not all(units[at].joined for at in range(k - 4, k)):
        return False
    verb, thing, preposition, nxt = units[k - 4], units[k - 3], units[k - 2], units[k + 1]
    return preposition.key in _PLACE_PREPOSITIONS and nxt.pos != "loc" and is_plain_noun(nxt, vocabulary) and (
        is_plain_noun(thing, vocabulary)) and thing.pos != "loc" and _verb(verb, vocabulary)


def _manner(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """The manner noun after deng at units[k] says how the act of its clause is done: a verb before
    deng, and no predicate of the noun's own after it (dia bacirita deng suara so nyanda jelas: a
    second clause)."""
    if k + 2 < len(units) and units[k + 1].joined and units[k + 2].pos in ("v", "aux", "neg", "adv"):
        return False
    words, at = clause(units, k)
    return any(_verb(c, vocabulary) for c in words[:at])


def _done_to(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """A verb that is not one of fetching or trading acts before the object ending at units[k - 1]; a
    state kase makes is one (kase kering rambu deng handuk -> keringkan rambut dengan handuk)."""
    words, at = clause(units, k)
    verbs = [c for i, c in enumerate(words[:at]) if _verb(c, vocabulary) or i and words[i - 1].gloss == ("CAUS",)]
    return bool(verbs) and verbs[-1].key not in _FETCHING and verbs[-1].ind not in _FETCHING


# Words of when and how often an act happens (tiap pagi, dua kali): deng after them still reads the act.
_HOW_OFTEN = frozenset({"tiap", "setiap", "kali", "brapa", "berapa"})


def _when(unit) -> bool:
    """A word of time or frequency (pagi, tiap, dua kali); a bare number is not (jaga lima: a place)."""
    last = unit.key.rpartition(" ")[2]
    return last in TIME_UNITS or last in WEATHER or last in _HOW_OFTEN


def _after_act(units: list, at: int, vocabulary: IndonesianVocabulary) -> bool:
    """A verb right before the words of time or frequency that end at units[at] (urut tiap pagi,
    melahirkan brapa kali, datang dua kali)."""
    while at > 0 and units[at - 1].joined and (_when(units[at - 1]) or units[at - 1].pos == "num" or (
            units[at - 1].source == NUMBER)):
        at -= 1
    if at == 0 or not units[at - 1].joined:
        return False
    return _verb(units[at - 1], vocabulary)


def _verb(unit, vocabulary: IndonesianVocabulary) -> bool:
    """A verb, or an untagged word whose root Indonesian knows as a verb (iris, urut)."""
    return unit.pos == "v" or unit.pos == "" and bool(unit.root) and vocabulary.is_verb_root(unit.root)


def _possessed_person(units: list, at: int) -> bool:
    """A possessive and a person after it (deng de pe tamang-tamang: company, not 'and')."""
    if units[at].pos != "poss" or not units[at].joined or at + 1 >= len(units):
        return False
    return units[at + 1].key.partition("-")[0] in PERSON_NOUNS
