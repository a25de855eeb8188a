"""Every word users read, Indonesian (as in the paper) and English: table labels, figure
text, the review notebook's interface and the COREQ checklist's frame. One place, so that a
language option or a relabelling is one edit; `words(area, lang)` is the one lookup.
"""

from __future__ import annotations

import re

TABLES, FIGURES, REVIEW, COREQ = "tables", "figures", "review", "coreq"

_TABLES = {
    "id": {
        "report_title": "Hasil analisis tematik",
        "summary": "{segments} dari {documents}; buku kode {codebook} versi {version}; "
                   "saturasi kode: {saturation}.", "theme": "Tema", "category": "Kategori", "code": "Koding", "quotes": "Kutipan",
        "informants": "Informan", "informant_codes": "Kode informan",
        "informant_code": "Kode Informan", "description": "Keterangan",
        "no_transcript": "tanpa transkrip di batch ini", "table": "Tabel", "table1_title": "Karakteristik informan", "table2_title": "Hasil analisis data",
        "appendix": "Lampiran. Kutipan informan", "agreement_title": "Kesepakatan antarpengode",
        "review_status": "{reviewed} dari {total} koding sudah direview peneliti.",
        "unreviewed": "belum direview", "translation_prefix": "", "original_indonesian": "",
        "whole_translation": "terjemahan seluruh giliran bicara",
        "unreviewed_note": "Kutipan bertanda [belum direview] berasal dari koding otomatis yang belum diperiksa "
                           "peneliti.",
        "masked_note": "Identitas disamarkan: {marks}.", "mask_[NAMA]": "[NAMA] nama atau alamat",
        "mask_[NIK]": "[NIK] nomor NIK, KK atau kartu BPJS", "mask_[TELP]": "[TELP] nomor telepon",
        "mask_[REK]": "[REK] nomor rekening bank",
        "mask_[EMAIL]": "[EMAIL] alamat e-mail",
        "transcriber_notes": "",   # the notes are in the report's language
        "figures": "Gambar", "total": "Jumlah", "all_codes": "(semua)", "not_reached": "belum tercapai",
        "saturation": "Saturasi kode", "matrix": "Koding per informan", "cooccurrence": "Kookurensi koding",
    },
    "en": {
        "report_title": "Thematic analysis results",
        "summary": "{segments} from {documents}; codebook {codebook} version {version}; "
                   "code saturation: {saturation}.", "theme": "Theme", "category": "Category", "code": "Code", "quotes": "Quotations",
        "informants": "Informants", "informant_codes": "Informant codes",
        "informant_code": "Informant code", "description": "Description",
        "no_transcript": "no transcript in this batch", "table": "Table", "table1_title": "Characteristics of informants",
        "table2_title": "Results of the data analysis",
        "appendix": "Appendix. Informant quotations", "agreement_title": "Inter-coder agreement",
        "review_status": "{reviewed} of {total} codings reviewed by the researchers.",
        "unreviewed": "not reviewed", "translation_prefix": "Indonesian translation: ",
        "original_indonesian": "original in Indonesian", "whole_translation": "translation of the whole turn",
        "unreviewed_note": "Quotations marked [not reviewed] come from automatic codings that no researcher "
                           "has checked yet.",
        "masked_note": "Identifying details are masked: {marks}.", "mask_[NAMA]": "[NAMA] a name or address",
        "mask_[NIK]": "[NIK] a NIK (national identity), family-card or BPJS card number", "mask_[TELP]": "[TELP] a phone number",
        "mask_[REK]": "[REK] a bank account number",
        "mask_[EMAIL]": "[EMAIL] an e-mail address",
        "transcriber_notes": "Words in brackets inside a quote are the transcriber's notes, in Indonesian as "
                             "typed: {notes}.",
        "figures": "Figure", "total": "Total", "all_codes": "(all)", "not_reached": "not reached",
        "saturation": "Code saturation", "matrix": "Codes by informant", "cooccurrence": "Code co-occurrence",
    },
}

_FIGURES = {
    "id": {
        "interview": "Wawancara ke-", "codes": "Jumlah kode", "cumulative": "Kode kumulatif",
        "new": "Kode baru", "base": "basis",
        "saturation_at": "Saturasi tercapai pada\nwawancara ke-{point} ({label})",
        "saturating_run": "Rangkaian {run} wawancara: \u2264{threshold} kode baru",
        "not_reached": "Saturasi kode belum tercapai",
        "saturation_title": "Saturasi kode (basis {base}, rangkaian {run}, ambang \u2264{threshold})",
        "matrix_title": "Jumlah segmen per koding dan informan", "informant": "Informan", "code": "Koding",
        "cooccurrence_title": "Kookurensi koding (jumlah segmen)", "segments": "Jumlah segmen",
        "no_data": "Tidak ada koding",
    },
    "en": {
        "interview": "Interview no.", "codes": "Number of codes", "cumulative": "Cumulative codes",
        "new": "New codes", "base": "base",
        "saturation_at": "Saturation reached\nat interview {point} ({label})",
        "saturating_run": "Run of {run} interviews: \u2264{threshold} new codes",
        "not_reached": "Code saturation not reached",
        "saturation_title": "Code saturation (base {base}, run {run}, threshold \u2264{threshold})",
        "matrix_title": "Segments per code and informant", "informant": "Informant", "code": "Code",
        "cooccurrence_title": "Code co-occurrence (number of segments)", "segments": "Number of segments",
        "no_data": "No codings",
    },
}

_REVIEW = {
    "id": {
        "": "menunggu", "accepted": "diterima", "rejected": "ditolak", "added": "ditambahkan",
        "pending": "menunggu", "reviewed": "sudah direview", "uncoded": "giliran tanpa kode",
        "again": "putuskan lagi (kode lama)",
        "progress": "{reviewed} dari {total} koding sudah direview", "more": "\u2026 dan {n} lainnya",
        "none": "(tidak ada)", "all": "(semua)",
        "theme": "Tema", "category": "Kategori", "code": "Koding", "informant": "Informan", "status": "Status",
        "search": "Kata", "search_hint": "kata dalam kutipan atau terjemahannya",
        "accept": "\u2713 Terima", "reject": "\u2717 Tolak", "add": "+ Tambah", "add_code": "kode lain\u2026",
        "nothing_to_code": "\u2205 Tidak ada kode di sini",
        "note": "catatan (opsional)", "page": "{first}\u2013{last} dari {n}", "saved": "Tersimpan di {file}: {what}",
        "orphan_intro": "Segmen keputusan ini sudah tidak ada (transkrip diedit). Keputusan tetap disimpan sampai "
                        "Anda memindahkannya ke segmen yang benar atau menghapusnya dengan sengaja.",
        "reattach": "Pindahkan ke segmen ini", "drop": "Hapus (dicatat di reviews_dropped.csv)",
        "reason": "alasan", "segment_gone": "segmen hilang", "no_orphans": "Tidak ada keputusan yatim.",
        "codings": "Jumlah koding",
        "refresh": "\u27f3 Perbarui tabel", "refreshing": "Menganalisis ulang batch\u2026",
        "needs_kernel": "Aplikasi review: buka notebook ini di Jupyter dengan kernel yang berjalan untuk memakainya.",
        "refreshed": "Tabel di {folder} sudah diperbarui dengan semua keputusan.",
        "queue": "saran model, paling ragu dulu", "suggestion": "saran model",
        "doubt": "model meragukan koding aturan ini", "weighted_words": "kata yang paling berbobot",
        "nearest": "giliran terdekat yang diberi kode ini oleh peninjau",
        "carried": "\u21bb seperti direview", "carried_removed": "\u21bb dihapus seperti direview",
        "carried_from": "keputusan peninjau pada giliran {turn} yang hampir sama (kemiripan {similarity}) berlaku di sini",
        "carried_from_batch": ("keputusan peninjau pada giliran {turn} di batch {batch} yang hampir sama (kemiripan "
                               "{similarity}) berlaku di sini"),
        "reliability_none": "Belum ada keputusan review, jadi model belajar belum dijalankan dan belum ada "
                            "reliabilitas per kode. Terima, tolak atau tambahkan kode pada beberapa giliran di "
                            "aplikasi di atas (mulai dari status \u201csaran model, paling ragu dulu\u201d), lalu "
                            "tekan \u201cPerbarui tabel\u201d di akhir notebook ini.",
        "controls": "<b>{accept}</b> mengonfirmasi koding, <b>{reject}</b> mengeluarkannya dari tabel (barisnya "
                    "tetap di <code>codings.csv</code>, ditandai). Pilih kode di <i>{add_code}</i> lalu <b>{add}</b> "
                    "untuk menambah kode yang terlewat; <b>{nothing_to_code}</b> menandai giliran tanpa kode; "
                    "status <i>{uncoded}</i> memuat giliran informan yang belum berkode. Tabel berubah pada "
                    "run batch berikutnya, atau dengan tombol <b>{refresh}</b> di akhir.",
        "reliability_pending": "{n} keputusan Anda belum masuk analisis terakhir, jadi model belajar belum "
                               "membacanya. Tekan \u201cPerbarui tabel\u201d di atas.",
        "reliability_too_few": "Keputusan review masih terlalu sedikit untuk mengukur kappa per kode: model "
                               "belajar perlu giliran yang direview dengan dan tanpa kode itu. Review lebih banyak "
                               "giliran di aplikasi di atas (terima, tolak, tambah kode, atau tandai \u201ctidak "
                               "ada kode\u201d), lalu perbarui tabel.",
    },
    "en": {
        "": "pending", "accepted": "accepted", "rejected": "rejected", "added": "added",
        "pending": "pending", "reviewed": "reviewed", "uncoded": "turns without a code",
        "again": "decide again (code gone)",
        "progress": "{reviewed} of {total} codings reviewed", "more": "\u2026 and {n} more",
        "none": "(none)", "all": "(all)",
        "theme": "Theme", "category": "Category", "code": "Code", "informant": "Informant", "status": "Status",
        "search": "Words", "search_hint": "words in the quote or its translation",
        "accept": "\u2713 Accept", "reject": "\u2717 Reject", "add": "+ Add", "add_code": "another code\u2026",
        "nothing_to_code": "\u2205 Nothing to code here",
        "note": "note (optional)", "page": "{first}\u2013{last} of {n}", "saved": "Saved to {file}: {what}",
        "orphan_intro": "The segment of this decision no longer exists (the transcript was edited). The decision "
                        "is kept until you re-attach it to the right segment or drop it deliberately.",
        "reattach": "Re-attach to this segment", "drop": "Drop (recorded in reviews_dropped.csv)",
        "reason": "reason", "segment_gone": "segment gone", "no_orphans": "No orphaned decisions.",
        "codings": "Number of codings",
        "refresh": "\u27f3 Refresh tables", "refreshing": "Analysing the batch again\u2026",
        "needs_kernel": "Review app: open the notebook in Jupyter with a running kernel to use it.",
        "refreshed": "The tables in {folder} now include every decision.",
        "queue": "model suggestions, least certain first", "suggestion": "model suggestion",
        "doubt": "the model doubts this rule coding", "weighted_words": "words that weigh most",
        "nearest": "nearest turn a grader kept this code on",
        "carried": "\u21bb as reviewed", "carried_removed": "\u21bb removed as reviewed",
        "carried_from": "a grader's decision on the near-identical turn {turn} (similarity {similarity}) applies here",
        "carried_from_batch": ("a grader's decision on the near-identical turn {turn} of batch {batch} (similarity "
                               "{similarity}) applies here"),
        "reliability_none": "No reviewed decisions yet, so the learning model has not run and there is no "
                            "reliability per code. Accept, reject or add codes on a few turns in the app above "
                            "(start with the status \u201cmodel suggestions, least certain first\u201d), then "
                            "press \u201cRefresh tables\u201d at the end of this notebook.",
        "controls": "<b>{accept}</b> confirms a coding, <b>{reject}</b> takes it out of the tables (the row stays "
                    "in <code>codings.csv</code>, flagged). Pick a code under <i>{add_code}</i> and <b>{add}</b> to "
                    "add a code the machine missed; <b>{nothing_to_code}</b> marks a turn with nothing to code; the "
                    "status <i>{uncoded}</i> lists informant turns with no code at all. The tables change on the "
                    "batch's next run, or with the <b>{refresh}</b> button at the end.",
        "reliability_pending": "{n} of your decisions are not in the last run yet, so the learning model has not "
                               "read them. Press \u201cRefresh tables\u201d above.",
        "reliability_too_few": "Too few reviewed decisions to measure a kappa per code: the learning model needs "
                               "reviewed turns with and without each code. Review more turns in the app above "
                               "(accept, reject, add codes, or mark \u201cnothing to code\u201d), then refresh "
                               "the tables.",
    },
}

# The review notebook's table headers (col_<column>) and cell words (val_<value>): (Indonesian, English).
_TABLE_WORDS = {
    "col_code_id": ("ID kode", "Code id"),
    "col_code": ("Koding", "Code"),
    "col_decisions": ("Keputusan (dan contoh kodebuku)", "Decisions (and codebook examples)"),
    "col_reviewed_units": ("Giliran direview (dan contoh kodebuku)", "Reviewed turns (and codebook examples)"),
    "col_positives": ("Giliran berkode", "Turns with the code"),
    "col_kappa_model": ("Kappa model", "Kappa, model"),
    "col_kappa_rules": ("Kappa aturan", "Kappa, rules"),
    "col_model_fixed": ("Diperbaiki model", "Fixed by the model"),
    "col_model_broke": ("Dirusak model", "Broken by the model"),
    "col_decided_by": ("Diputuskan oleh", "Decided by"),
    "col_model_changes": ("Perubahan oleh model", "Changes by the model"),
    "col_why": ("Alasan", "Why"),
    "col_verdict": ("Penilaian", "Verdict"),
    "val_rules": ("aturan", "rules"),
    "val_model": ("model", "model"),
    "val_person": ("peninjau", "person"),
    "val_machine": ("mesin", "machine"),
    "val_suggestions": ("saran", "suggestions"),
    "val_doubts": ("keraguan", "doubts"),
    "col_segment_id": ("Segmen", "Segment"),
    "col_text": ("Teks", "Text"),
    "col_translation": ("Terjemahan", "Translation"),
    "col_translation_en": ("Terjemahan Inggris", "English translation"),
    "col_reviewer": ("Peninjau", "Reviewer"),
    "col_timestamp": ("Waktu", "Time"),
    "col_note": ("Catatan", "Note"),
    "col_still_in_batch": ("Teksnya masih di batch", "Text still in the batch"),
    "val_yes": ("ya", "yes"),
    "val_no": ("tidak", "no"),
}
for _key, (_indonesian, _english) in _TABLE_WORDS.items():
    _REVIEW["id"][_key], _REVIEW["en"][_key] = _indonesian, _english
"""Words graders read; Indonesian as in the paper, English as the option."""

_COREQ = {
    "en": {
        "title": "COREQ checklist (Tong, Sainsbury & Craig 2007)",
        "intro": ("Generated by {software} from this batch. Items marked **From the batch** were filled from the "
                  "data and must be checked by the authors; items marked **To complete** are for the authors. "
                  "Informants are identified by code only."),
        "filled": "From the batch", "todo": "To complete",
        "todo_text": "_to be completed by the authors._",
        "rule_coder": "rule-based coder (pipeline)", "reviewer": "reviewer {name}",
        "source_rule": "rule", "source_model": "model", "source_review": "review",
        "column_role": "role", "column_site": "site", "column_gender": "gender", "column_institution": "institution",
        "column_age": "age", "column_education": "education",
    },
    "id": {
        "title": "Daftar periksa COREQ (Tong, Sainsbury & Craig 2007)",
        "intro": ("Dibuat oleh {software} dari batch ini. Butir bertanda **Dari batch** diisi dari data dan harus "
                  "diperiksa penulis; butir bertanda **Untuk dilengkapi** diisi oleh penulis. Informan hanya "
                  "disebut dengan kodenya."),
        "filled": "Dari batch", "todo": "Untuk dilengkapi",
        "todo_text": "_dilengkapi oleh penulis._",
        "rule_coder": "pengode berbasis aturan (pipeline)", "reviewer": "peninjau {name}",
        "source_rule": "aturan", "source_model": "model", "source_review": "peninjau",
        "column_role": "peran", "column_site": "lokasi", "column_gender": "jenis kelamin",
        "column_institution": "institusi", "column_age": "umur", "column_education": "pendidikan",
    },
}

LANGUAGE_NAMES = {
    "en": {"xmm": "Manado Malay", "ind": "Indonesian", "mixed": "Manado Malay and Indonesian mixed", "eng": "English"},
    "id": {"xmm": "bahasa Melayu Manado", "ind": "bahasa Indonesia", "mixed": "campuran Melayu Manado dan Indonesia",
           "eng": "bahasa Inggris"},
}
"""A segment's language code (schema `language`) as a paper names it."""

# The numbered titles as printed ("Tabel 1. Karakteristik informan"); the Word report writes
# the number as a caption field instead.
NUMBERED_TABLES = {"table1": "table1_title", "table2": "table2_title", "agreement": "agreement_title"}
for _words in _TABLES.values():
    for _number, (_key, _title) in enumerate(NUMBERED_TABLES.items(), start=1):
        _words[_key] = f"{_words['table']} {_number}. {_words[_title]}"

_AREAS = {TABLES: _TABLES, FIGURES: _FIGURES, REVIEW: _REVIEW, COREQ: _COREQ}
LANGUAGES = ("id", "en")


_NOUNS = {
    "id": {"segment": ("segmen informan", "segmen informan"), "document": ("dokumen", "dokumen")},
    "en": {"segment": ("informant segment", "informant segments"), "document": ("document", "documents")},
}
"""Nouns the outputs count, singular and plural, per language (Indonesian does not inflect)."""

_TABLE_NAME = re.compile(r"\bTabel (\d+)\b")
_PLACE_WORDS = {"id": {"line": "baris", "row": "baris", "paragraph": "paragraf", "table": "tabel"}}
"""The words of a turn's place (ingest/places.py names it in English, as messages do) per language."""
_PLACE_WORD = re.compile(r"\b(line|row|paragraph|table)\b")


def quantity(count: int, singular: str, plural: str | None = None) -> str:
    """"1 document", "3 documents": every count a message or summary prints goes through here
    (`plural` for the nouns that do not just add an s: "batch", "batches")."""
    return f"{count} {plural_form(count, singular, plural)}"


def plural_form(count: int, singular: str, plural: str | None = None) -> str:
    """The noun (or verb: "speaks", "speak") that agrees with `count`."""
    return singular if count == 1 else (plural if plural is not None else singular + "s")


def shown_numbers(numbers: list[int] | list[str], shown: int = 5) -> str:
    """"7, 9, 12 and 3 more": the first few line numbers (or places) a message names."""
    more = f" and {len(numbers) - shown} more" if len(numbers) > shown else ""
    return ", ".join(map(str, numbers[:shown])) + more


def counted_noun(count: int, noun: str, lang: str) -> str:
    """A count of one of the nouns the outputs print ("segment", "document"), in `lang`."""
    singular, plural = _NOUNS[lang][noun]
    return quantity(count, singular, plural)


def table_names(message: str, lang: str) -> str:
    """`message` with the tables named as the run's report prints them ("Tabel 1" -> "Table 1" in
    English): ingest, whose reading is cached for every language, writes the Indonesian names."""
    return _TABLE_NAME.sub(lambda match: f"{labels(lang)['table']} {match.group(1)}", message)


def shown_place(place: str, lang: str) -> str:
    """A turn's place as a card in `lang` names it: "row 3" -> "baris 3", "paragraph 14, line 2" ->
    "paragraf 14, baris 2"; a table's header label in brackets ("(Tanggal)") is the user's own."""
    named = _PLACE_WORDS.get(lang)
    if not named:
        return place
    place, bracket, label = place.partition(" (")
    return _PLACE_WORD.sub(lambda match: named[match.group(1)], place) + bracket + label


def words(area: str, lang: str) -> dict[str, str]:
    """The words of one area (TABLES, FIGURES, REVIEW or COREQ) in `lang` ("id" or "en")."""
    table = _AREAS[area]
    if lang not in table:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(table)}")
    return table[lang]


def labels(lang: str) -> dict[str, str]:
    """Table labels (Tabel 1-3, the report and its appendix)."""
    return words(TABLES, lang)


THEME_TABLE_KEYS = ("theme", "category", "code", "quotes", "informants", "informant_codes")
"""theme_table.csv's columns, as label keys: its headers are the run's language."""


def theme_table_headers(lang: str) -> list[str]:
    return [labels(lang)[key] for key in THEME_TABLE_KEYS]
