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
    "ipar", "mantu", "menantu", "nona", "nyong", "cewek", "cowok", "palayan", "pelayan", "dukun", "tukang"})
# Kin terms and titles: persons pa marks (pamit pa opa), and titles that stay with the name they
# precede (om Yance pe rumah -> rumah om Yance).
TITLES = frozenset({"om", "tanta", "tante", "oma", "opa", "ibu", "bu", "bapak", "pak", "papa", "mama", "kaka", "ade",
                    "nene", "bidan", "dokter", "pendeta", "ibu pendeta", "pala", "suster", "mantri", "guru"})
# Titles as they are abbreviated in writing (Bpk., Bp., Ny., Sdr., Sdri., Tn.): ingest reads one typed
# before an informant's code ("Bpk. R3") as that code.
TITLE_ABBREVIATIONS = frozenset({"bpk", "bp", "ny", "sdr", "sdri", "tn"})
