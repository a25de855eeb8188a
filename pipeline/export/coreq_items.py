"""The 32 items of the COREQ checklist (Tong, Sainsbury & Craig 2007, IJQHC 19(6):349-357), in English
and Indonesian, by domain and group; which of them the batch answers only in part."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    number: int
    domain: int
    group: str
    name: dict[str, str]
    question: dict[str, str]


DOMAINS = {
    1: {"en": "Domain 1: Research team and reflexivity", "id": "Domain 1: Tim peneliti dan refleksivitas"},
    2: {"en": "Domain 2: Study design", "id": "Domain 2: Desain studi"},
    3: {"en": "Domain 3: Analysis and findings", "id": "Domain 3: Analisis dan temuan"},
}
GROUPS = {
    "personal": {"en": "Personal characteristics", "id": "Karakteristik pribadi"},
    "relationship": {"en": "Relationship with participants", "id": "Hubungan dengan partisipan"},
    "framework": {"en": "Theoretical framework", "id": "Kerangka teori"},
    "selection": {"en": "Participant selection", "id": "Pemilihan partisipan"},
    "setting": {"en": "Setting", "id": "Latar"},
    "collection": {"en": "Data collection", "id": "Pengumpulan data"},
    "analysis": {"en": "Data analysis", "id": "Analisis data"},
    "reporting": {"en": "Reporting", "id": "Pelaporan"},
}


def _item(number: int, domain: int, group: str, name_en: str, question_en: str, name_id: str,
          question_id: str) -> Item:
    return Item(number, domain, group, {"en": name_en, "id": name_id}, {"en": question_en, "id": question_id})


ITEMS = (
    _item(1, 1, "personal", "Interviewer/facilitator", "Which author(s) conducted the interviews?",
          "Pewawancara/fasilitator", "Penulis mana yang melakukan wawancara?"),
    _item(2, 1, "personal", "Credentials", "What were the researchers' credentials (e.g. PhD, MD)?",
          "Kredensial", "Apa gelar/kredensial peneliti?"),
    _item(3, 1, "personal", "Occupation", "What was their occupation at the time of the study?",
          "Pekerjaan", "Apa pekerjaan peneliti saat studi dilakukan?"),
    _item(4, 1, "personal", "Gender", "Was the researcher male or female?",
          "Jenis kelamin", "Apakah peneliti laki-laki atau perempuan?"),
    _item(5, 1, "personal", "Experience and training", "What experience or training in qualitative research did they have?",
          "Pengalaman dan pelatihan", "Apa pengalaman atau pelatihan peneliti dalam penelitian kualitatif?"),
    _item(6, 1, "relationship", "Relationship established", "Was a relationship established before the study began?",
          "Hubungan yang terjalin", "Apakah hubungan dengan partisipan terjalin sebelum studi dimulai?"),
    _item(7, 1, "relationship", "Participant knowledge of the interviewer",
          "What did participants know about the researcher (goals, reasons for the research)?",
          "Pengetahuan partisipan tentang pewawancara",
          "Apa yang diketahui partisipan tentang peneliti (tujuan, alasan penelitian)?"),
    _item(8, 1, "relationship", "Interviewer characteristics",
          "What characteristics of the interviewer were reported (bias, assumptions, interests)?",
          "Karakteristik pewawancara", "Karakteristik pewawancara apa yang dilaporkan (bias, asumsi, minat)?"),
    _item(9, 2, "framework", "Methodological orientation and theory",
          "What methodological orientation underpinned the study (e.g. content analysis, grounded theory)?",
          "Orientasi metodologis dan teori",
          "Orientasi metodologis apa yang mendasari studi (mis. analisis isi, grounded theory)?"),
    _item(10, 2, "selection", "Sampling", "How were participants selected (purposive, convenience, snowball)?",
          "Pengambilan sampel", "Bagaimana partisipan dipilih (purposif, kemudahan, bola salju)?"),
    _item(11, 2, "selection", "Method of approach", "How were participants approached (face-to-face, phone, mail)?",
          "Cara pendekatan", "Bagaimana partisipan didekati (tatap muka, telepon, surat)?"),
    _item(12, 2, "selection", "Sample size", "How many participants were in the study?",
          "Jumlah sampel", "Berapa jumlah partisipan dalam studi?"),
    _item(13, 2, "selection", "Non-participation", "How many people refused or dropped out, and why?",
          "Tidak berpartisipasi", "Berapa orang yang menolak atau mundur, dan mengapa?"),
    _item(14, 2, "setting", "Setting of data collection", "Where were the data collected (home, clinic, workplace)?",
          "Latar pengumpulan data", "Di mana data dikumpulkan (rumah, klinik, tempat kerja)?"),
    _item(15, 2, "setting", "Presence of non-participants", "Was anyone else present besides participants and researchers?",
          "Kehadiran non-partisipan", "Apakah ada orang lain yang hadir selain partisipan dan peneliti?"),
    _item(16, 2, "setting", "Description of sample", "What are the important characteristics of the sample?",
          "Deskripsi sampel", "Apa karakteristik penting sampel?"),
    _item(17, 2, "collection", "Interview guide", "Were questions or prompts provided, and was the guide pilot tested?",
          "Panduan wawancara", "Apakah pertanyaan atau panduan disediakan, dan apakah panduan diuji coba?"),
    _item(18, 2, "collection", "Repeat interviews", "Were repeat interviews carried out? If so, how many?",
          "Wawancara ulang", "Apakah dilakukan wawancara ulang? Jika ya, berapa kali?"),
    _item(19, 2, "collection", "Audio/visual recording", "Was audio or visual recording used to collect the data?",
          "Rekaman audio/visual", "Apakah rekaman audio atau visual digunakan untuk mengumpulkan data?"),
    _item(20, 2, "collection", "Field notes", "Were field notes made during and/or after the interviews?",
          "Catatan lapangan", "Apakah catatan lapangan dibuat selama dan/atau setelah wawancara?"),
    _item(21, 2, "collection", "Duration", "How long did the interviews last?",
          "Durasi", "Berapa lama wawancara berlangsung?"),
    _item(22, 2, "collection", "Data saturation", "Was data saturation discussed?",
          "Saturasi data", "Apakah saturasi data dibahas?"),
    _item(23, 2, "collection", "Transcripts returned",
          "Were transcripts returned to participants for comment or correction?",
          "Transkrip dikembalikan", "Apakah transkrip dikembalikan ke partisipan untuk dikomentari atau dikoreksi?"),
    _item(24, 3, "analysis", "Number of data coders", "How many coders coded the data?",
          "Jumlah pengode", "Berapa pengode yang mengode data?"),
    _item(25, 3, "analysis", "Description of the coding tree", "Did the authors describe the coding tree?",
          "Deskripsi pohon koding", "Apakah penulis mendeskripsikan pohon koding?"),
    _item(26, 3, "analysis", "Derivation of themes", "Were themes identified in advance or derived from the data?",
          "Asal tema", "Apakah tema ditentukan sebelumnya atau diturunkan dari data?"),
    _item(27, 3, "analysis", "Software", "What software, if any, was used to manage the data?",
          "Perangkat lunak", "Perangkat lunak apa yang digunakan untuk mengelola data?"),
    _item(28, 3, "analysis", "Participant checking", "Did participants give feedback on the findings?",
          "Pengecekan oleh partisipan", "Apakah partisipan memberi umpan balik atas temuan?"),
    _item(29, 3, "reporting", "Quotations presented",
          "Were participant quotations presented to illustrate the themes, each identified (e.g. by participant number)?",
          "Kutipan yang disajikan",
          "Apakah kutipan partisipan disajikan untuk menggambarkan tema, masing-masing dengan identitas "
          "(mis. kode informan)?"),
    _item(30, 3, "reporting", "Data and findings consistent",
          "Was there consistency between the data presented and the findings?",
          "Konsistensi data dan temuan", "Apakah data yang disajikan konsisten dengan temuan?"),
    _item(31, 3, "reporting", "Clarity of major themes", "Were major themes clearly presented in the findings?",
          "Kejelasan tema utama", "Apakah tema utama disajikan dengan jelas dalam temuan?"),
    _item(32, 3, "reporting", "Clarity of minor themes",
          "Is there a description of diverse cases or discussion of minor themes?",
          "Kejelasan tema minor", "Apakah ada deskripsi kasus yang beragam atau pembahasan tema minor?"),
)

PARTLY_FILLED = frozenset({14, 19, 21, 26, 29, 30, 31, 32})   # the batch gives evidence; the authors still describe
