"""Clause-level readings of Manado Malay grammar words that the next word alone cannot decide.

Run after the word-pair rules of translate.py, over one clause at a time (never across
punctuation), reading what those rules made:
  mo      'akan' (future) when the subject is not a person, the predicate is a state or a
          passive, or a time word (besok, nanti, kapan) is in the clause;
          'mau' (wish) otherwise (nyanda mo saki -> tidak akan sakit; kita mo makang -> saya mau makan)
  ada+V   'sedang' (progressive), but dropped when the clause reports a past act (a past time
          word: kemarin, tadi, dulu) or after yang (sapa yang ada batoki -> siapa yang mengetuk)
  deng    'dan' (real free translations: 'dan' 309 times, 'dengan' 108 in the MangARTI mining part),
          'dengan' at the clause start, after a verb that takes a partner or an instrument
          (bacarita deng, sama deng, puas deng, baku- verbs), and before a person after a verb
          (pigi ka kobong deng kita: company, not a second subject)
  dapa+V  ability, not passive, with verbs whose subject acts (tako dapa bayar mahal -> takut
          dapat bayar mahal; nyanda dapa tidor -> tidak bisa tidur)
  akang   benefactive -kan on the verb before it (ambe akang -> ambilkan, mengambilkan)
  kelar   'setelah' before the next event (kelar makan -> setelah makan), 'selesai' at the end
  rasa    before a predicate: 'merasa' after a person (kita rasa lalah -> saya merasa lelah), 'terasa'
          after a thing (mata rasa pari -> mata terasa perih); before a noun it is the noun 'rasa'
  lagi    'sedang' between a subject and its predicate (dia lagi baca -> dia sedang membaca)
  jadi    'menjadi' (become) after a subject or so/mo/bisa and before an adjective or noun
  pas     'pas' (exact, fitting) after a noun, an adjective or so/cukup; the conjunction 'waktu' elsewhere
  bagoreng  a ba- cooking verb after the dish is a participle (pisang bagoreng -> pisang goreng)
  dapa    after bisa/bole: ability, with the active verb (bisa dapa jawab -> bisa menjawab)
  dari    'sejak' before a past point a state has lasted from (so nyanda datang dari kalamaring ->
          sudah tidak datang sejak kemarin; dari taong lalu, dari semalam); not in a comparison
          (lebe banyak dari kemarin) or a span (dari kemarin sampe ini hari); dari pagi stays
  capat   'segera' before the act it hurries (musti capat mandi -> harus segera mandi; MangARTI:
          segera in 10 of 12 such clauses), 'cepat' as a result or a manner (supaya capat kering)
  le      'lagi' (more, further) after a counted noun (lima manit le -> lima menit lagi, dua tamang
          le), a comparative (lebe jao le -> lebih jauh lagi) or tamba; 'juga' elsewhere
  satu    se- on a measure word (satu gelas -> segelas, satu tumpuk -> setumpuk, satu kali -> sekali)
          and on the period of a frequency (tiga kali satu hari -> tiga kali sehari),
          'seorang' before a person (ada satu mama -> ada seorang ibu); kilo, ekor, jam stay 'satu'
  biar    concessive 'biarpun' before a state, 'masih' or the weather (Biar lalah, torang musti pigi ->
          Biarpun lelah, ...; MangARTI: meskipun/walaupun in 7 of 8), 'biar' elsewhere; biar jo as
          a clause of its own is 'biarkan saja' (leave it)
  sayang  'kasihan' as a clause of its own before a person (Sayang dia, ... -> Kasihan dia): pity
  skali   'sangat' before the adjective or verb it follows (panas skali -> sangat panas), the
          way free Indonesian translations write it (MangARTI: 'sangat' 918 times, 'sekali' 149)
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.indonesian import IndonesianVocabulary, men_prefix
from pipeline.gloss.morphology import ACRONYM, NAME, NUMBER, RULE
from pipeline.gloss.units import neighbours

# People: the subjects that can want something (mo = 'mau'); other subjects only 'will' (akan).
PERSON_NOUNS = frozenset({
    "orang", "anak", "ana", "ade", "adik", "kaka", "kakak", "mama", "papa", "ibu", "bapak", "bapa", "om",
    "tanta", "tante", "opa", "oma", "nene", "tamang", "teman", "dokter", "bidan", "kader", "guru", "suster",
    "mantri", "pendeta", "pala", "birman", "tetangga", "pegawai", "petugas", "perawat", "pasien", "ina",
    "paitua", "maitua", "suami", "istri", "bos", "sopir", "turis", "tamu", "warga", "masyarakat",
    "keluarga", "anak-anak", "orang-orang", "mama-mama", "bapa-bapa", "pamuda", "pemuda", "tuhan",
    "nelayan", "petani", "penatua", "polisi", "camat", "lurah", "cucu", "bayi", "ponakan", "keponakan", "sepupu",
    "ipar", "mantu", "menantu", "nona", "nyong", "cewek", "cowok"})
_FUTURE_WORDS = frozenset({"besok", "beso", "bsk", "nanti", "nanti-nanti", "lusa", "kapan", "sebentar", "sadiki le"})
# A time unit followed by muka/depan is the next one (bulang muka, taong depan): the future.
_TIME_UNITS = frozenset({"minggu", "taong", "tahun", "bulan", "bulang", "hari"})
_NEXT = ("muka", "depan", "depang")
# mo after these is 'akan': certainty (pasti mo), a promise (janji mo), a relative clause (yang mo
# datang: MangARTI 'akan' 7 times, 'mau' 3), what is still to come (masih mo).
_FUTURE_AFTER = frozenset({"pasti", "tentu", "janji", "bajanji", "berjanji", "yang", "masih"})
# mo before weather or the time of day: it is about to (mo ujang -> akan hujan, so mo malang).
_WEATHER = frozenset({"ujang", "hujan", "gelap", "galap", "malam", "malang", "sore", "siang", "pagi", "terang"})
# Plans of 'we' are announced, not wished: torang mo pigi -> kita akan pergi (MangARTI: akan 9, mau 0).
_WE = frozenset({"torang", "kitorang", "kami"})
_SENSING = frozenset({"rasa", "merasa", "terasa", "talalu", "terlalu", "paling", "lebe", "lebih"})
_GIVEN = frozenset({"makan", "minum", "tahu", "lihat", "pinjam", "izin", "ijin", "obat", "uang"})  # dapa kase makan: diberi
_VEHICLES = frozenset({"oto", "mobil", "motor", "bus", "bis", "mikrolet", "mikro", "angkot", "kapal", "kapal laut",
                       "prahu", "perahu", "taksi", "ojek", "bentor", "sepeda", "pesawat", "truk", "trek", "pickup"})
# After these skali counts (makang skali sehari 'once a day', coba skali lagi 'once more').
_ONCE_AFTER = frozenset({"sehari", "seminggu", "sebulan", "setahun", "sataong", "lagi", "le", "lei", "saja", "jo",
                         "dalam", "satu", "dua", "tiga", "seumur", "sampe", "sampai"})
_CHANGING = frozenset({"baganti", "ganti", "berganti", "antre", "antri"})  # baganti pake: berganti memakai
# Activities that last: sadiki after them is 'sebentar' (MangARTI: tunggu/tidor/piji sadiki).
_FOR_A_WHILE = frozenset({"tunggu", "batunggu", "tidor", "tidur", "istirahat", "baistirahat", "dudu", "duduk",
                          "singga", "mampir", "bacirita", "bacarita", "santai", "basante", "piji", "pijat"})
# Past points a state lasts from: dari kalamaring -> sejak kemarin (dari pagi, dari tadi stay 'dari').
_PAST_POINTS = frozenset({"kalamaring", "kemarin", "kamarin", "kemaren", "samalam", "semalam"})
# After these capat is a result or a degree (supaya capat kering, talalu capat): 'cepat' stays.
_RESULT_BEFORE = frozenset({"supaya", "agar", "biar", "jadi", "menjadi", "semoga", "moga", "talalu", "terlalu", "lebe",
                            "lebih", "paling", "makin", "semakin"})
# Measure words satu fuses with as se- (the forms Indonesian writes: segelas, sepotong, setumpuk).
_MEASURES = frozenset({"gelas", "piring", "mangkok", "mangkuk", "potong", "kotak", "ikat", "tumpuk", "porsi",
                       "batang", "bungkus", "botol", "sendok", "lembar", "buah", "karung", "kali"})
_CONCEDED = frozenset({"masih", "cuma", "hanya", "so", "sudah"}) | _WEATHER  # biar masih kecil: even though
CONCESSIVE = "biarpun"
_NOT_CONCESSIVE = frozenset({"kase", "se", "jang", "jangan"})
_THE_ONE = frozenset({"cuma", "hanya", "tinggal", "sisa", "yang"})  # cuma satu anak: the number counts
_SPAN_OR_MORE = frozenset({"sampe", "sampai", "sampe-sampe", "lebe", "lebih", "kurang"})
_UP_TO = frozenset({"amper", "ampir", "hampir", "sampe", "sampai", "so", "sudah", "blum", "belum"})
_CONDITION = frozenset({"kalu", "kalo", "kalau", "klu", "jika", "kl"})
_PAST_WORDS = frozenset({"kemarin", "kamarin", "kalamaring", "kemaren", "tadi", "dulu", "lalu", "barusan",
                         "waktu", "samalam", "semalam"})
# Verbs whose subject acts after dapa: 'get to, manage to' (ability), never the passive di-.
_AGENT_AFTER_DAPA = frozenset({
    "bayar", "babayar", "beli", "bli", "makan", "makang", "minum", "minung", "tidor", "tidur", "dudu",
    "duduk", "pigi", "pergi", "jalan", "jalang", "bajalan", "bajalang", "kerja", "karja", "bakerja",
    "bakarja", "lari", "balari", "pulang", "bale", "datang", "maso", "masok", "masuk", "kaluar", "keluar",
    "lewat", "naik", "nae", "turun", "turung", "ikut", "iko", "lulus", "hadir", "tinggal", "istirahat",
    "mandi", "sekolah", "skola", "baskola", "sampe", "hidop", "idop", "bernapas", "banapas"})
# Words whose partner or instrument deng introduces: 'dengan', not 'dan'.
_WITH_TAKERS = frozenset({"sama", "puas", "kenal", "ketemu", "baku", "bacarita", "bacirita", "cirita", "carita",
                          "bicara", "babicara", "baomong", "omong", "kawin", "menikah", "bamain", "main", "iko",
                          "ikut", "pake", "bapake", "pakai", "isi", "fol", "penuh", "campur", "bacampur",
                          "tutup", "tutu", "ganti", "baganti", "bagabung", "gabung", "badansa", "bakanal",
                          "marah", "mara", "sayang", "dekat", "jao", "beda", "babeda", "setuju", "cocok",
                          "cape", "capek", "bosan", "bosang", "kaweng", "baku dapa"})
_INTENSIFIERS = frozenset({"skali", "sekali", "sangat", "banget", "amat", "butul"})
_VERB_STARTERS = frozenset({"kase", "kaseh", "se", "beking", "biking", "so", "mo", "ba", "ta", "jang", "tolong"})
_NOT = frozenset({"nyanda", "nda", "ndak", "nd", "tidak", "tak"})
_STATE_POS = frozenset({"adj"})
_DEGREE_AFTER = frozenset({"skali", "sakali", "sekali"})  # X skali -> sangat X
_NOT_GRADED = frozenset({"neg", "aux", "pron", "poss", "prep", "conj", "rel", "ptc", "interj", "q", "dem", "num",
                         "prefix", "n", "loc", "acr"})
_FEELINGS = frozenset({"suka", "senang", "takut", "sayang", "cinta", "rindu", "malu", "marah", "kecewa",
                       "bangga", "ingin", "mau", "butuh", "perlu", "capek", "lapar", "haus", "kenyang"})
_FREE_SOURCES = ("rasa", "lagi", "jadi", "muka", "dari") + tuple(_DEGREE_AFTER)  # rules that also read non-lexicon units
# Kin terms that stay titles before a name (om Yance -> om Yance, not paman Yance).
_KIN_TITLES = {"om": "om", "tanta": "tante", "tante": "tante"}
# ba- cooking verbs after the dish they name are participles: pisang bagoreng -> pisang goreng.
_COOKED = frozenset({"bagoreng", "babakar", "barebus", "bakukus", "bapanggang", "batumis"})
_MODAL_BEFORE_DAPA = frozenset({"bisa", "bole", "boleh", "sempat", "sampat"})
# After these, pas is 'exact, fitting' (doi pas, rasa so pas), not the conjunction 'when'.
_PAS_FITS = frozenset({"so", "sudah", "cukup", "sampe", "sampai", "talalu", "terlalu", "paling"})
_BECOMING_AFTER = frozenset({"so", "sudah", "mo", "akan", "bisa", "bole", "musti", "harus", "nanti", "langsung",
                             "lebe"})
_MORE = frozenset({"lebe", "lebih", "semakin", "makin", "tamba", "tambah", "yang", "paling"})
_NOT_BECOMING = frozenset({"conj", "neg", "prep", "rel", "interj", "ptc", "q", "poss", "adj"})  # pendek jadi: so
_ASKED = frozenset({"lama", "jam", "harga", "umur"})  # brapa lama, brapa harga: a question however written
_SENTENCE_END = frozenset(".!?…")
_FRONT_AFTER = frozenset({"paling", "dari", "ka", "ke", "sampe", "sampai", "di"})
CLAUSE_KEYS = frozenset(_KIN_TITLES) | _COOKED | _DEGREE_AFTER | frozenset({
    "mo", "pas", "jadi", "ada", "ad", "deng", "dapa", "dap", "akang", "kelar", "rasa", "lagi", "sama-sama",
    "so mo", "somo", "abis", "jaga", "brapa", "barapa", "panas", "dari", "sayang", "capat", "le", "lei", "leh", "satu", "biar", "biar jo", "dapa kase", "muka", "pake", "sadiki le", "sadiki"})


def refine(units: list, positions: list[int], vocabulary: IndonesianVocabulary) -> None:
    """Apply the clause rules in place to the units at `positions` (their keys are in CLAUSE_KEYS)."""
    last = len(units) - 1
    for k in positions:
        key = units[k].key
        if key in _CUED_BY_NEXT and (k == last or not _CUED_BY_NEXT[key](units[k + 1].key)):
            continue  # frequent words that mostly need no rule: skip the rule's set-up
        _rule(units, k, vocabulary)


def _same_case(old: str, new: str) -> str:
    """`new` with the capital `old` had (a word that opened the sentence)."""
    return new[0].upper() + new[1:] if old[:1].isupper() else new


def _point_in_time(key: str) -> bool:
    return key in _PAST_POINTS or key in _TIME_UNITS or key.endswith(" lalu")


def _counted(key: str) -> bool:
    return key in _MEASURES or key in PERSON_NOUNS or key in _TIME_UNITS


_CUED_BY_NEXT = {"dari": _point_in_time, "satu": _counted}


def _clause(units: list, k: int) -> tuple[list, int]:
    """The clause around units[k] (no punctuation inside) and k's index in it; built only when a
    rule needs more than the neighbours."""
    first = k
    while first > 0 and units[first - 1].joined:
        first -= 1
    last = k
    while last < len(units) - 1 and units[last].joined:
        last += 1
    return units[first:last + 1], k - first


def _rule(units: list, k: int, vocabulary: IndonesianVocabulary) -> None:
    u = units[k]
    key = u.key
    if u.source != "lexicon" and key not in _FREE_SOURCES:
        return
    prev, nxt = neighbours(units, k)
    before = neighbours(units, k - 1)[0] if prev is not None else None
    if key == "mo" and u.ind == "mau" and nxt is not None:
        if _future(*_clause(units, k)):
            u.ind, u.gloss = "akan", ("FUT",)
    elif key in ("ada", "ad") and u.ind == "sedang":
        if (prev is not None and prev.key == "yang") or (
                before is not None and prev.key in ("le", "juga") and before.key == "yang") or any(
                c.key in _PAST_WORDS for c in _clause(units, k)[0]):
            u.ind, u.gloss = "", ("PFV",)
    elif key == "deng" and nxt is not None:
        u.ind = _deng(units, k, prev, nxt, vocabulary)
    elif key in ("dapa", "dap") and u.gloss == ("PASS",) and nxt is not None and (
            nxt.key in _AGENT_AFTER_DAPA or prev is not None and prev.key in _NOT and _object_follows(units, k + 1)):
        # ability: tako dapa bayar; nyanda dapa urus BPJS (negated, the thing acted on follows); but
        # ade dapa gigit anjing is the passive with its doer
        u.ind, u.gloss = ("bisa" if prev is not None and prev.key in _NOT else "dapat"), ("can",)
        nxt.ind = nxt.root or nxt.ind
        if nxt.key not in _AGENT_AFTER_DAPA:
            nxt.ind = vocabulary.men_form(nxt.ind) or nxt.ind
    elif key in ("dapa", "dap") and u.ind == "dapat" and prev is not None and prev.key in _NOT and nxt is not None and (
            nxt.pos == "v" or nxt.key in _AGENT_AFTER_DAPA or nxt.root and vocabulary.is_verb_root(nxt.root)):
        u.ind = "bisa"  # motor nyanda dapa lewat -> motor tidak bisa lewat
    elif key == "akang" and prev is not None and prev.root and prev.pos == "v":
        imperative = before is None or before.key in ("tolong", "jang", "jangan", "coba", "co")
        form = men_prefix(prev.root) + "kan"
        prev.ind = prev.root + "kan" if imperative or not vocabulary.is_form(form) else form
        if nxt is not None and nxt.key == "pa":
            nxt.ind, nxt.gloss = "", ("OBJ",)  # ambe akang pa torang: the beneficiary
    elif key == "kelar" and nxt is not None and (prev is None or prev.pos not in ("aux", "adv")) and (
            nxt.pos in ("v", "n", "loc", "prep", "adj") or nxt.key in ("dari", "makan", "makang", "mandi")):
        u.ind = "setelah"
    elif key == "lagi" and nxt is not None and prev is not None and (
            prev.pos in ("pron", "n") or prev.key == "yang") and (
            nxt.pos in ("v", "adj") or nxt.key == "ba"):
        u.ind = "sedang"  # torang lagi bacari: colloquial progressive, not 'again'
    elif key == "rasa" and prev is not None and prev.pos != "poss" and nxt is not None and u.ind == "rasa" and (
            nxt.pos not in ("n", "loc", "pron", "poss", "prep", "conj") and nxt.ind):
        u.ind = "merasa" if prev.pos == "pron" or prev.key in PERSON_NOUNS else "terasa"
    elif key in _COOKED and prev is not None and prev.pos == "n" and (nxt is None or nxt.pos != "n"):
        u.ind = key[2:] if vocabulary.is_lemma(key[2:]) else u.ind
    elif key == "jadi" and prev is not None and nxt is not None and (
            nxt.pos == "adj" or _thing(nxt, vocabulary) or nxt.key in _MORE or nxt.ind.startswith("ber")) and (
            prev.pos not in _NOT_BECOMING and prev.key not in _NOT or prev.key in _BECOMING_AFTER):
        # kamar jadi basi -> kamar menjadi bersih, baganti jadi rame -> berganti menjadi ramai; at a
        # clause start (or after kalu, mar) jadi is 'so'
        u.ind = "menjadi"
    elif key == "muka" and u.ind == "muka" and prev is not None and prev.key not in PERSON_NOUNS and (
            prev.pos in ("n", "loc") or prev.key in _FRONT_AFTER or prev.pos == "" and _thing(prev, vocabulary)):
        u.ind = "depan"  # meja muka, paling muka, dari muka -> depan; cuci muka, depe muka stay 'muka'
    elif key == "pas" and nxt is not None and nxt.key in _DEGREE_AFTER:
        u.ind = "cocok"  # pas skali (for ngana): it fits well, not 'when'
    elif key == "pas" and prev is not None and (prev.pos in ("n", "adj", "adv") or prev.key in _PAS_FITS):
        u.ind = "pas"
    elif key in ("dapa", "dap") and u.gloss == ("PASS",) and prev is not None and prev.key in _MODAL_BEFORE_DAPA:
        u.ind, u.gloss = "", ("can",)  # bisa dapa jawab -> bisa menjawab
        if nxt is not None and nxt.root:
            nxt.ind = vocabulary.men_form(nxt.root) or nxt.root
    elif key == "abis" and u.ind == "habis" and nxt is not None and (prev is None or (
            prev.pos not in ("aux", "neg", "pron", "poss") and prev.key not in _UP_TO)) and _event(nxt, prev, vocabulary):
        u.ind = "setelah"  # abis makang -> setelah makan; tape doi so abis stays 'habis'
    elif key == "panas" and u.ind == "panas" and prev is not None and (nxt is None or nxt.pos not in ("n", "loc")) and (
            prev.pos not in ("n", "loc") or prev.key in PERSON_NOUNS or prev.key in _TIME_UNITS) and prev.key not in _SENSING and _of_person(units, k):
        u.ind = "demam"  # anak panas, ade masih panas: a person's fever; aer panas, rasa panas stay 'panas'
        if prev.key in ("ada", "ad") and prev.ind == "sedang":
            prev.ind = ""  # dia ada panas -> dia demam (a noun now, nothing in progress)
    elif key in ("so mo", "somo") and nxt is not None and (nxt.pos == "num" or nxt.source == NUMBER
                                                           or nxt.key == "jam"):
        u.ind = "sudah hampir"  # somo lima taong: almost (so: already)
    elif key == "dapa kase" and nxt is not None and nxt.root and nxt.pos in ("v", "adj", "") and (
            nxt.root not in _GIVEN):
        form = vocabulary.causative(nxt.root)  # dapa kase maso -> dimasukkan (not 'diberi masuk')
        if form:
            u.ind, u.gloss = "", ("PASS",)
            nxt.ind = "di" + nxt.root + form[len(men_prefix(nxt.root)):]
    elif key == "pake" and nxt is not None and u.ind == "pakai" and nxt.key in _VEHICLES:
        u.ind = "naik"  # pake oto, pake motor -> naik mobil, naik motor
    elif key == "pake" and prev is not None and nxt is not None and u.ind == "pakai":
        if prev.key in _NOT and before is not None and _done_with(before):
            prev.ind, u.ind = "", "tanpa"  # minum te nyanda pake gula -> minum teh tanpa gula
        elif _done_with(prev) and prev.key not in _CHANGING:
            u.ind = "dengan"  # cuci pake sabun, bungkus pake kartas -> dengan (MangARTI: 'dengan' 25, 'pakai' 7)
    elif key == "sadiki le" and any(c.key in _NOT or c.pos == "neg" for c in _clause(units, k)[0]):
        u.ind = "sedikit pun"  # nyanda ada awang sadiki le: not a cloud at all
    elif key == "sadiki" and prev is not None and prev.key in _FOR_A_WHILE:
        u.ind = "sebentar"  # tunggu sadiki, tidor sadiki: for a while, not a little
    elif key == "sama-sama" and prev is None and nxt is None:
        u.ind = "sama-sama"  # alone it answers a thanks ('you're welcome'); in a clause it is 'bersama'
    elif key == "dari" and nxt is not None and (nxt.key in _PAST_POINTS or nxt.key.endswith(" lalu") or (
            nxt.key in _TIME_UNITS and k + 2 < len(units) and nxt.joined and units[k + 2].key == "lalu")) and not any(
            c.key in _SPAN_OR_MORE for c in _clause(units, k)[0]):
        u.ind = "sejak"  # so nyanda datang dari kalamaring -> sudah tidak datang sejak kemarin
    elif key in ("le", "lei", "leh") and u.ind == "juga" and prev is not None and (prev.key in ("tamba", "tambah") or (
            before is not None and (before.pos == "num" or before.source == NUMBER or before.key in ("lebe", "lebih"))) or (
            nxt is None and (prev.pos in ("q", "num") or prev.source == NUMBER))):  # apa le? satu le. -> apa lagi? satu lagi.
        u.ind, u.gloss = "lagi", ("more",)  # lima manit le -> lima menit lagi; lebe jao le -> lebih jauh lagi
    elif key == "satu" and nxt is not None and nxt.ind and (prev is None or prev.key not in _THE_ONE) and (
            nxt.key in _MEASURES or nxt.key in PERSON_NOUNS and nxt.key != "orang" or (
                nxt.key in _TIME_UNITS and (prev is not None and prev.key == "kali" or _rate(*_clause(units, k))))):
        if nxt.key not in PERSON_NOUNS:  # tiga kali satu hari -> tiga kali sehari
            u.ind, nxt.ind = "", "se" + nxt.ind  # satu gelas -> segelas
        else:
            u.ind = "seorang"  # ada satu mama -> ada seorang ibu
    elif key == "biar" and nxt is not None and (nxt.pos == "adj" or nxt.key in _CONCEDED) and (
            prev is None or prev.pos not in ("v", "aux", "neg") and prev.key not in _NOT_CONCESSIVE):
        u.ind = _same_case(u.ind, CONCESSIVE)  # Biar lalah, torang musti pigi -> Biarpun lelah, ...
    elif key == "biar jo" and nxt is None:
        u.ind = _same_case(u.ind, "biarkan saja")  # Biar jo, dia so lalah: leave it
    elif key == "capat" and prev is not None and nxt is not None and prev.key not in _RESULT_BEFORE and (
            prev.pos != "neg" and _starts_predicate(nxt, vocabulary) and nxt.key not in ("so", "mo")):
        u.ind = "segera"  # musti capat mandi -> harus segera mandi; supaya capat kering stays 'cepat'
    elif key == "sayang" and prev is None and nxt is not None and (
            nxt.pos == "pron" or nxt.key in PERSON_NOUNS) and neighbours(units, k + 1)[1] is None:
        u.ind = _same_case(u.ind, "kasihan")  # Sayang dia, depe paitua so meninggal: pity, not love
    elif key in _KIN_TITLES and nxt is not None and (nxt.source == NAME or nxt.upper and u.upper):
        u.ind = _KIN_TITLES[key]
    elif key in ("brapa", "barapa") and nxt is not None and (
            nxt.pos == "n" or nxt.key in PERSON_NOUNS or nxt.key in _MEASURES) and nxt.key not in _ASKED and not _asks(units, k):
        u.ind = _same_case(u.ind, "beberapa")  # ada brapa lampu yang so mati: a few (MangARTI 13 of 14)
    elif key in _KIN_TITLES and prev is None and nxt is None and u.upper:
        u.ind = _KIN_TITLES[key].capitalize()  # an address of its own: Slamat pagi, Om! Makase, Tanta.
    elif key == "jaga" and prev is not None and nxt is not None and (
            nxt.pos == "v" or nxt.key in _AGENT_AFTER_DAPA) and prev.pos in ("pron", "n", "adv", "aux", "neg"):
        u.ind = "biasa"  # torang jaga pi gereja: habitual, not 'guard' (jaga anak: a noun follows)
    elif key in _DEGREE_AFTER and before is not None and u.ind == "sekali" and _graded(prev, vocabulary) and (
            nxt is None or not (nxt.key in _ONCE_AFTER or nxt.pos == "num" or nxt.source == NUMBER)):
        if prev.ind[:1].isupper() and prev.source != NAME:  # Dekat skali. -> Sangat dekat.
            prev.ind, prev.cap = prev.ind[0].lower() + prev.ind[1:], True
        prev.ind, u.ind = "sangat " + prev.ind, ""


def _asks(units: list, k: int) -> bool:
    """Whether the sentence of units[k] ends in a question mark."""
    for unit in units[k:]:
        if "?" in unit.glue:
            return True
        if _SENTENCE_END & set(unit.glue):
            return False
    return False


def _rate(clause: list, k: int) -> bool:
    """satu + a time unit is a rate or a span (se-) when another count or brapa shares the clause:
    gaji brapa satu bulang -> gaji berapa sebulan; satu minggu kita karja anam hari -> seminggu."""
    return any(c.key in ("brapa", "berapa") or c.pos == "num" or c.source == NUMBER
               for at, c in enumerate(clause) if at != k)


def _graded(unit, vocabulary: IndonesianVocabulary) -> bool:
    """A predicate 'skali' can grade: an adjective or a verb of feeling (suka skali), never a noun,
    an action (makang skali sehari: 'once') or a function word."""
    if unit.ind in _FEELINGS or unit.pos == "adj":
        return True
    if not unit.ind or " " in unit.ind or unit.pos in _NOT_GRADED or unit.source == NAME:
        return False
    # an Indonesian word the lexicon does not tag (ribut, lancar, manis skali): spaCy's tables
    # give nearly every root a meN- form, so they cannot tell a state from an act; 'once' is told
    # by what follows skali instead (makang skali sehari, coba skali lagi)
    return unit.pos == "" and unit.ind not in STOP_WORDS


def _future(clause: list, k: int) -> bool:
    """Whether mo at clause[k] marks the future (akan) rather than a wish (mau)."""
    nxt = clause[k + 1]
    if nxt.pos in _STATE_POS or nxt.ind.startswith(("di", "ter")) and nxt.source == RULE:
        return True
    if nxt.key.startswith("ta") and nxt.ind.startswith("ter"):
        return True
    if nxt.key in _WEATHER or (k > 0 and clause[k - 1].key in _FUTURE_AFTER):
        return True
    last = len(clause) - 1
    for at, c in enumerate(clause):
        key = c.key
        if key in _FUTURE_WORDS or key in _TIME_UNITS and at < last and clause[at + 1].key in _NEXT or (
                " " in key and key.endswith(_NEXT) and key.partition(" ")[0] in _TIME_UNITS):
            return True
    if clause[0].key in _CONDITION:
        return False  # kalu torang mo urus: 'if we want to'
    for before in reversed(clause[:k]):
        if before.key in _WE:
            return True
        if before.pos == "pron" or before.source == NAME or before.key in PERSON_NOUNS:
            return False
        if before.pos in ("n", "loc"):
            return True  # a thing or a place as subject: it can only 'will'
    return False


def _listed(unit) -> bool:
    return unit.pos in ("n", "acr", "loc") or unit.source in (ACRONYM, NAME, NUMBER)


def _object_follows(units: list, at: int) -> bool:
    """A thing right after the verb at units[at]: its object (urus BPJS), not a person as agent."""
    if at + 1 >= len(units) or not units[at].joined:
        return False
    after = units[at + 1]
    if after.key in PERSON_NOUNS or after.source == NAME or after.pos == "pron":
        return False
    return after.pos in ("n", "acr") or after.source == ACRONYM


def _deng(units: list, k: int, prev, nxt, vocabulary: IndonesianVocabulary) -> str:
    """'dengan' where deng joins a partner, an instrument or a manner to a verb; 'dan' elsewhere."""
    if prev is None and k > 0 and units[k - 1].glue.strip() == "," and _listed(units[k - 1]):
        return "dan"  # KK, KTP, deng kartu BPJS: the last item of a list
    if prev is None or prev.key in _WITH_TAKERS or prev.key.startswith("baku") or prev.ind.startswith("saling"):
        return "dengan"
    if _starts_predicate(nxt, vocabulary) or nxt.pos in ("adj", "aux"):
        return "dan"  # a second predicate: kunci pintu deng pastikan aman; panjang skali deng itam
    if prev.pos == "v" or (prev.pos == "" and prev.root and vocabulary.is_verb_root(prev.root)):
        return "dengan"  # tidor deng perut kanyang, mulai deng nyanyian
    if nxt.pos == "pron" or nxt.key in PERSON_NOUNS:
        clause, at = _clause(units, k)
        if any(c.pos == "v" for c in clause[:at]):
            return "dengan"
    return "dan"


def _done_with(unit) -> bool:
    """An act or a thing before pake, so pake names the instrument; not a person wearing or using."""
    if unit.key in PERSON_NOUNS or unit.source == NAME:
        return False
    return unit.pos in ("n", "loc", "v", "adj", "acr") or (unit.pos == "" and unit.ind not in STOP_WORDS)


def _of_person(units: list, k: int) -> bool:
    """Whether the subject before units[k] in its clause is a person (not a thing, the weather)."""
    clause, at = _clause(units, k)
    for before in reversed(clause[:at]):
        if before.pos == "pron" or before.key in PERSON_NOUNS or before.source == NAME:
            return before.key not in ("itu", "ini", "ni", "tu")
        if (before.pos in ("n", "loc") and before.key not in _TIME_UNITS) or before.key in _WEATHER:
            return False
    return False


def _event(unit, prev, vocabulary: IndonesianVocabulary) -> bool:
    """What abis can follow in time: an act (makang, imunisasi) or the weather (abis ujang)."""
    if unit.key in _WEATHER or unit.key in ("da", "ba"):
        return True
    if unit.pos == "v" or (unit.pos == "" and unit.root and vocabulary.is_verb_root(unit.root)):
        return True
    return unit.pos == "n" and (prev is None or prev.pos not in ("n", "loc"))  # abis imunisasi; not doi abis


def _thing(unit, vocabulary: IndonesianVocabulary) -> bool:
    """A noun, or an Indonesian word that is not a verb (seragam deng dasi -> seragam dan dasi)."""
    if unit.pos == "n":
        return True
    return (unit.pos == "" and unit.source != NAME and unit.key not in _INTENSIFIERS and bool(unit.ind)
            and not (unit.root and vocabulary.is_verb_root(unit.root)))


def _starts_predicate(unit, vocabulary: IndonesianVocabulary) -> bool:
    """A verb (or a verb-forming word) that opens a second predicate after deng."""
    if unit.key in _VERB_STARTERS:
        return True
    if unit.pos == "v":
        return True
    if unit.pos == "" and unit.root and vocabulary.is_verb_root(unit.root):
        return True
    return unit.pos == "" and unit.ind.endswith("kan") and vocabulary.is_form(unit.ind)
