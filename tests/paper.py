"""The replication target, transcribed once from the Wori paper (Tabel 1, Tabel 2, quotation codes)."""

from __future__ import annotations

TABEL_1 = {
    "A1": "Kepala Puskesmas Wori", "A2": "Petugas JKN Puskesmas", "A3": "Ahli Gizi Puskesmas",
    "A4": "Petugas desa seksi kesejahteraan sosial", "A5": "Petugas desa seksi kesejahteraan sosial",
    "A6": "Ibu dengan riwayat dua anak stunting yang sudah sembuh", "A7": "Ibu dengan anak yang masih stunting",
    "A8": "Kader Posyandu", "A9": "Kader Posyandu",
}

TABEL_2 = [
    ("Pemanfaatan BPJS", "Kepemilikan BPJS rendah", "Mengurus jika ada rujukan ke rumah sakit"),
    ("Pemanfaatan BPJS", "Kepemilikan BPJS rendah", "Malas untuk mengurus pendaftaran"),
    ("Pemanfaatan BPJS", "Kepemilikan BPJS rendah", "Tidak memiliki kartu keluarga"),
    ("Strategi", "Sosialisasi", "Adanya sosialisasi dari pemerintah kabupaten, desa dan puskesmas"),
    ("Strategi", "Fasilitasi", "Puskesmas dan desa membantu untuk pendaftaran"),
    ("Strategi", "Fasilitasi", "Puskesmas dan desa membantu dalam rujukan"),
]

KK = "Tidak memiliki kartu keluarga"
# (informant, opening words of the published quotation, the codes it must carry; A9 none of the six)
PUBLISHED = [
    ("A2", "Dari total 53 kasus", {KK}),
    ("A1", "Tapi kendala dorang", {KK}),
    ("A4", "Kendala belum diurus BPJS", {KK}),
    ("A6", "Pas baru-baru da maso rumah sakit", {"Mengurus jika ada rujukan ke rumah sakit"}),
    ("A7", "Kita so pernah urus", {"Malas untuk mengurus pendaftaran"}),
    ("A1", "Dorang malas mo urus KK", {"Malas untuk mengurus pendaftaran"}),
    ("A3", "Torang so rujuk pa dorang", {"Puskesmas dan desa membantu dalam rujukan"}),
    ("A1", "Kami turun turun di posyandu", {"Puskesmas dan desa membantu untuk pendaftaran"}),
    ("A1", "Karena terkendala biaya", {"Adanya sosialisasi dari pemerintah kabupaten, desa dan puskesmas"}),
    ("A9", "Dorang bilang memang depe orang tua pendek", set()),
]
