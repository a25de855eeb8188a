"""Words that name a person in Manado Malay and Indonesian: read by the glosser's clause rules
(who can be a subject that wants or feels, titles that stay with a name) and by ingest, which
tells a speaker label that names someone ("Oma Nel:") from a phrase before a colon."""

from __future__ import annotations

PERSON_NOUNS = frozenset({
    "orang", "anak", "ana", "ade", "adik", "kaka", "kakak", "mama", "papa", "ibu", "bapak", "bapa", "om",
    "tanta", "tante", "opa", "oma", "nene", "tamang", "teman", "dokter", "bidan", "kader", "guru", "suster",
    "mantri", "pendeta", "pala", "birman", "tetangga", "pegawai", "petugas", "perawat", "pasien", "ina",
    "paitua", "maitua", "suami", "istri", "bos", "sopir", "turis", "tamu", "warga", "masyarakat",
    "keluarga", "anak-anak", "orang-orang", "mama-mama", "bapa-bapa", "pamuda", "pemuda", "tuhan",
    "nelayan", "petani", "penatua", "polisi", "camat", "lurah", "cucu", "bayi", "ponakan", "keponakan", "sepupu", "pangantin", "pengantin", "pasarta", "peserta",
    "ipar", "mantu", "menantu", "nona", "nyong", "cewek", "cowok", "palayan", "pelayan", "dukun", "tukang",
    # people of work and travel away from home: who hires, oversees, recruits, repairs, rides
    "agen", "mandor", "majikan", "karyawan", "buruh", "pekerja", "montir", "penumpang", "kurir", "calo",
    # village offices, named by their title (hukum tua mo pangge samua orang: the head calls them)
    "hukum tua", "kepala desa", "kepala jaga", "sekretaris"})
# Kin terms and titles: persons pa marks (pamit pa opa), and titles that stay with the name they
# precede (om Yance pe rumah -> rumah om Yance).
TITLES = frozenset({"om", "tanta", "tante", "oma", "opa", "ibu", "bu", "bapak", "pak", "papa", "mama", "kaka", "ade",
                    "nene", "bidan", "dokter", "pendeta", "ibu pendeta", "pala", "suster", "mantri", "guru"})
# Regional titles of office that Indonesian writing keeps when a writer capitalises them as the office's
# name (Hukum Tua, the Minahasa village head: own references keep it 9 of 9 so written); in lower case
# the lexicon's common noun stands (hukum tua -> kepala desa).
KEPT_TITLES = frozenset({"hukum tua"})
# Titles as they are abbreviated in writing (Bpk., Bp., Ny., Sdr., Sdri., Tn.): ingest reads one typed
# before an informant's code ("Bpk. R3") as that code.
TITLE_ABBREVIATIONS = frozenset({"bpk", "bp", "ny", "sdr", "sdri", "tn"})

# People named by their trade or office, each with the readings the glosser gives them; one table, so
# a new trade is written once and each reading takes the subset it needs by its property:
#   CARES      gives care: a carer as subject does the act of care (bidan so suntik -> menyuntik; carers.py)
#   WORKS_AS   what a person is by work, a predicate after a possessed person (dia pe papa polisi ->
#              ayahnya polisi; possessed_compounds.py)
#   ROUTINE    does things as a routine of the role: ada + verb is reported, not watched (kader ada bawa
#              obat -> kader membawa obat; aspect.py)
#   TITLED     addressed as Pak where pa opens a clause before the office (pa guru ada bicara; dative.py)
#   SERVES     one is sent or goes to for care or a service: ka before them stays 'ke' (dative.py)
CARES, WORKS_AS, ROUTINE, TITLED, SERVES = "cares", "works as", "routine", "titled", "serves"
PEOPLE_BY_TRADE: dict[str, frozenset[str]] = {
    word: frozenset(readings) for word, readings in {
        "bidan": (CARES, WORKS_AS, ROUTINE, SERVES),
        "dokter": (CARES, WORKS_AS, ROUTINE, TITLED, SERVES),
        "perawat": (CARES, WORKS_AS, ROUTINE, SERVES),
        "suster": (CARES, WORKS_AS, ROUTINE, SERVES),
        "mantri": (CARES, WORKS_AS, ROUTINE, TITLED, SERVES),
        "kader": (CARES, WORKS_AS, ROUTINE, SERVES),
        "dukun": (CARES, WORKS_AS, SERVES),
        "petugas": (CARES, ROUTINE, SERVES),
        "biang": (CARES,),
        "nakes": (CARES,),
        "tukang urut": (CARES,),
        "pendeta": (WORKS_AS, ROUTINE, TITLED, SERVES),
        "guru": (WORKS_AS, ROUTINE, TITLED, SERVES),
        "polisi": (WORKS_AS, TITLED, SERVES),
        "pala": (WORKS_AS, TITLED, SERVES),
        "kepala": (WORKS_AS, TITLED, SERVES),
        "sopir": (WORKS_AS, TITLED, SERVES),
        "pegawai": (WORKS_AS, ROUTINE),
        "petani": (WORKS_AS,),
        "nelayan": (WORKS_AS,),
        "tukang": (WORKS_AS,),
        "tentara": (WORKS_AS,),
        "penatua": (ROUTINE,),
        "camat": (TITLED, SERVES),
        "lurah": (TITLED, SERVES),
        "hukum tua": (TITLED, SERVES),
        "haji": (TITLED, SERVES),
        "bupati": (TITLED, SERVES),
        "walikota": (TITLED, SERVES),
        "gubernur": (TITLED, SERVES),
    }.items()}


def trades(reading: str) -> frozenset[str]:
    """The people of PEOPLE_BY_TRADE that take `reading` (CARES, WORKS_AS, ROUTINE, TITLED, SERVES)."""
    return frozenset(word for word, readings in PEOPLE_BY_TRADE.items() if reading in readings)


# The places and bodies a worker serves in, as a role names them after the trade ("Kader Posyandu",
# "Bidan Desa", "Petugas Gizi Puskesmas"): with a trade, a label of such words names a role, no person.
SERVICE_PLACES = frozenset({
    "desa", "kelurahan", "kampung", "jaga", "lingkungan", "kecamatan", "kabupaten", "kota", "posyandu", "posbindu",
    "puskesmas", "pustu", "polindes", "poskesdes", "klinik", "rs", "rumah", "sakit", "dinas", "kesehatan", "gizi",
    "sekolah", "gereja", "jemaat", "kolom", "masjid", "kampus", "pkk", "balita", "lansia", "kia", "promkes"})


def names_a_role(label: str) -> bool:
    """Whether a speaker label names a role or a relation rather than a person: titles, kin terms and trades or
    offices (kader, bidan, hukum tua), with only the places a trade serves beside them ("Ibu Kader", "Bidan
    Desa", "Oma"); a name after a title ("Bidan Sari", "Kader Lince", "Mama Rina") is a person."""
    rest, person = f" {' '.join(label.casefold().replace('.', ' ').split())} ", False
    for trade in sorted(PEOPLE_BY_TRADE, key=len, reverse=True):   # "hukum tua" before a one-word trade
        if f" {trade} " in rest:
            rest, person = rest.replace(f" {trade} ", " "), True
    words = rest.split()
    return (person or any(word in TITLES for word in words)) and all(word in TITLES or word in SERVICE_PLACES
                                                                      for word in words)
