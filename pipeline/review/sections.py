"""The review notebook's section headings and instructions, in the run's language.

A notebook's markdown cells are fixed text, so an Indonesian run's notebook spoke English around
Indonesian buttons. Each section is shown by a code cell instead, `section("codings", LANG)`, in
the language the app's controls use.
"""

from __future__ import annotations

from IPython.display import Markdown

from pipeline.wording import REVIEW, words

_SECTIONS = {
    "en": {
        "intro": """Check each coding before the paper goes out. For every quote you see who said it, the code,
the words that triggered it (highlighted), the word-by-word gloss and the Indonesian translation.

* The header below says how each button and menu works, named as the app shows it.
* Every click is saved at once to `transcripts/<batch>/reviews.csv` (with your initials and the time);
  the previous version is kept as `reviews.csv.bak`. Change your mind at any time: the latest decision counts.
* The tables change on the batch's next run, or with the refresh button at the end.""",
        "codings": """## Codings

Filter by theme, category, code, informant or review status; \u25c0 \u25b6 page through.""",
        "orphans": """## Orphaned decisions

A decision whose segment no longer exists (its transcript was edited after the review) is kept in
`reviews.csv` and reported by every run. Re-attach it to the turn it was meant for, or drop it:
a dropped decision is moved to `reviews_dropped.csv`, never deleted.""",
        "progress": "## Progress by code",
        "refresh": """## Refresh the tables

The tables, the Word report and the REFI-QDA project count your decisions after the next run. This
button runs the analysis again, with the codebook and options of the last run, without a terminal
(the same as `python -m pipeline analyze` with the batch and output folders of that run).""",
        "translations": """## Translations

Correct the Indonesian translation of a Manado Malay turn: pick it, type the right translation,
save. Corrections are kept with the batch in `translations.csv` (never lost when a transcript
changes: a correction whose text is gone is kept and reported), the next run puts them in
`segments.csv` and the quotation appendix, and `python -m pipeline gloss suggest-lexicon BATCH`
turns them into lexicon candidates.""",
        "english_translations": """## English translations (for a paper in English)

The glosser translates into Indonesian only. For a paper in English (`--lang en`), type the English
of each quote here: pick it, type, save. They are kept with the batch in `translations_en.csv`
(like the corrections above, never lost when a transcript changes), and the appendix of the next
`--lang en` run prints them. A quote without one keeps its Indonesian translation, headed
*Indonesian translation*, and the run's summary says how many still lack English.""",
        "queue": """## Suggestions, uncertain first

The learning model's suggestions (codes it proposes) and doubts (rule codings it thinks wrong)
that nobody has decided yet, least certain first: a decision on these teaches the model most.
Each card shows whether it is a suggestion or a doubt, the words that weigh most and the nearest
turn a grader kept the code on. Accept or reject it here (the app's status *{queue}*; filter by
code or informant); the batch's next run learns from your decisions.""",
        "reliability": """## Reliability per code

Cross-validated kappa of the learning model against the graders' decisions, the rules' kappa on
the same turns, and how many decisions it rests on: `machine` codes (kappa 0.8 or more over at
least 20 of your decisions; the codebook's examples do not count for this) can be left to the
model, `person` codes need a grader; `decided_by` says whether the model's suggestions and doubts are in
the run at all (`rules`: its cross-validated kappa was below the rules', so the rules decide that
code, except that a code a grader added is still suggested where the model is nearly sure, p >=
0.95). Written by each run to `code_reliability.csv`.""",
    },
    "id": {
        "intro": """Periksa setiap koding sebelum artikel dikirim. Untuk setiap kutipan Anda melihat siapa yang
mengatakannya, kodenya, kata yang memicunya (disorot), glos kata demi kata dan terjemahan bahasa
Indonesianya.

* Keterangan di bawah menjelaskan cara kerja setiap tombol dan menu, dengan nama seperti yang
  ditampilkan aplikasi.
* Setiap klik langsung disimpan ke `transcripts/<batch>/reviews.csv` (dengan inisial Anda dan
  waktunya); versi sebelumnya disimpan sebagai `reviews.csv.bak`. Anda boleh berubah pikiran kapan
  saja: keputusan terakhir yang berlaku.
* Tabel berubah pada run batch berikutnya, atau dengan tombol pembaruan di bagian akhir.""",
        "codings": """## Koding

Saring menurut tema, kategori, kode, informan atau status review; \u25c0 \u25b6 untuk berpindah halaman.""",
        "orphans": """## Keputusan yatim

Keputusan yang segmennya sudah tidak ada (transkripnya diedit setelah direview) tetap disimpan di
`reviews.csv` dan dilaporkan oleh setiap run. Pindahkan ke giliran yang dimaksud, atau hapus:
keputusan yang dihapus dipindahkan ke `reviews_dropped.csv`, tidak pernah dibuang.""",
        "progress": "## Kemajuan per kode",
        "refresh": """## Perbarui tabel

Tabel, laporan Word dan proyek REFI-QDA menghitung keputusan Anda setelah run berikutnya. Tombol ini
menjalankan analisis lagi dengan buku kode dan opsi run terakhir, tanpa terminal (sama dengan
`python -m pipeline analyze` dengan folder batch dan keluaran run itu).""",
        "translations": """## Terjemahan

Perbaiki terjemahan bahasa Indonesia sebuah giliran berbahasa Melayu Manado: pilih gilirannya, ketik
terjemahan yang benar, simpan. Perbaikan disimpan bersama batch di `translations.csv` (tidak hilang
ketika transkrip berubah: perbaikan yang teksnya sudah tidak ada tetap disimpan dan dilaporkan), run
berikutnya memasukkannya ke `segments.csv` dan lampiran kutipan, dan
`python -m pipeline gloss suggest-lexicon BATCH` mengubahnya menjadi usulan entri leksikon.""",
        "english_translations": """## Terjemahan bahasa Inggris (untuk artikel berbahasa Inggris)

Glosser hanya menerjemahkan ke bahasa Indonesia. Untuk artikel berbahasa Inggris (`--lang en`),
ketik terjemahan bahasa Inggris setiap kutipan di sini: pilih, ketik, simpan. Terjemahan disimpan
bersama batch di `translations_en.csv` (seperti perbaikan di atas, tidak hilang ketika transkrip
berubah), dan lampiran run `--lang en` berikutnya mencetaknya. Kutipan yang belum punya terjemahan
Inggris tetap memakai terjemahan Indonesianya, berjudul *Indonesian translation*, dan ringkasan run
menyebut berapa yang belum punya terjemahan Inggris.""",
        "queue": """## Saran, paling ragu dulu

Saran model belajar (kode yang diusulkannya) dan keraguannya (koding aturan yang dianggapnya salah)
yang belum diputuskan siapa pun, yang paling tidak pasti lebih dulu: keputusan atas kartu-kartu ini
paling banyak mengajari model. Setiap kartu menunjukkan apakah itu saran atau keraguan, kata yang
paling berbobot, dan giliran terdekat yang diberi kode itu oleh peninjau. Terima atau tolak di sini
(status aplikasi *{queue}*; saring menurut kode atau informan); run batch berikutnya belajar
dari keputusan Anda.""",
        "reliability": """## Reliabilitas per kode

Kappa tervalidasi silang model belajar terhadap keputusan peninjau, kappa aturan pada giliran yang
sama, dan berapa keputusan yang menjadi dasarnya: kode `machine` (kappa 0,8 atau lebih atas
sedikitnya 20 keputusan Anda; contoh di kodebuku tidak dihitung untuk ini) dapat diserahkan kepada
model, kode `person` memerlukan peninjau; `decided_by` menyebut apakah saran dan keraguan model ikut dalam
run (`rules`: kappa tervalidasi silangnya di bawah kappa aturan, jadi aturan yang memutuskan kode
itu, kecuali bahwa kode yang pernah ditambahkan peninjau tetap disarankan di tempat model hampir
yakin, p >= 0.95). Ditulis oleh setiap run ke `code_reliability.csv`.""",
    },
}


# The glosser's grammatical labels (Leipzig style; pipeline/gloss/data/README.md), with the Manado
# Malay words they stand for: a grader reading "1SG POSS anak" needs the key.
GLOSS_LABELS = {
    "1SG": ("saya (kita)", "I, me (kita)"), "2SG": ("kamu (ngana)", "you (ngana)"), "3SG": ("dia", "he, she (dia)"),
    "1PL": ("kami (torang)", "we (torang)"), "INCL": ("termasuk yang diajak bicara", "including the hearer"),
    "2PL": ("kalian (ngoni)", "you all (ngoni)"), "3PL": ("mereka (dorang)", "they (dorang)"),
    "POSS": ("milik (pe)", "possessive (pe)"), "CAUS": ("kausatif (kase)", "causative (kase)"),
    "PASS": ("pasif (dapa, ta-)", "passive (dapa, ta-)"), "RECP": ("saling (baku-)", "reciprocal (baku-)"),
    "OBJ": ("penerima (pa, ka)", "recipient (pa, ka)"), "BEN": ("untuk orang lain (akang)", "for someone (akang)"),
    "PFV": ("sudah (so)", "already (so)"), "PST": ("lampau (da)", "past (da)"), "FUT": ("akan (mo)", "future (mo)"),
    "PROG": ("sedang (ada)", "in progress (ada)"), "HAB": ("biasa (ja)", "habitual (ja)"),
    "HORT": ("ajakan (mari, manjo)", "let's (mari, manjo)"), "ACT": ("sedang melakukan (ba-)", "doing (ba-)"),
    "EMPH": ("penegas", "emphasis"), "PTC": ("partikel (dang, kwa, no)", "particle (dang, kwa, no)"),
    "TAG": ("penegas tanya (to, kang)", "question tag (to, kang)"),
}
_LEGEND = {"id": "**Singkatan glos:** ", "en": "**Gloss labels:** "}


def section_text(name: str, lang: str) -> str:
    """The Markdown of one notebook section in `lang` ("id" or "en"); the intro ends with the
    key to the gloss's labels."""
    said = words(REVIEW, lang)   # an unknown language is refused there, naming the known ones
    text = _SECTIONS[lang][name].format(queue=said["queue"])
    if name != "intro":
        return text
    column = 0 if lang == "id" else 1
    return text + "\n\n" + _LEGEND[lang] + "; ".join(f"{label} {meaning[column]}"
                                                     for label, meaning in GLOSS_LABELS.items()) + "."


def section(name: str, lang: str) -> Markdown:
    """A notebook section as a cell shows it: `section("codings", LANG)` as a cell's last line."""
    return Markdown(section_text(name, lang))
