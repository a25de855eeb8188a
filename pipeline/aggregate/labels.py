"""User-facing table labels: Indonesian as in the paper, English for international journals."""

from __future__ import annotations

LABELS = {
    "id": {
        "report_title": "Hasil analisis tematik",
        "summary": "{segments} segmen informan dari {documents} dokumen; buku kode {codebook} versi {version}; "
                   "saturasi kode: {saturation}.", "theme": "Tema", "category": "Kategori", "code": "Koding", "quotes": "Kutipan",
        "informants": "Informan", "informant_codes": "Kode informan",
        "informant_code": "Kode Informan", "description": "Keterangan",
        "table": "Tabel", "table1_title": "Karakteristik informan", "table2_title": "Hasil analisis data",
        "appendix": "Lampiran. Kutipan informan", "agreement_title": "Kesepakatan antarpengode",
        "review_status": "{reviewed} dari {total} koding sudah direview peneliti.",
        "unreviewed": "belum direview",
        "unreviewed_note": "Kutipan bertanda [belum direview] berasal dari koding otomatis yang belum diperiksa "
                           "peneliti.",
        "figures": "Gambar", "total": "Jumlah", "all_codes": "(semua)",
        "saturation": "Saturasi kode", "matrix": "Koding per informan", "cooccurrence": "Ko-okurensi koding",
    },
    "en": {
        "report_title": "Thematic analysis results",
        "summary": "{segments} informant segments from {documents} documents; codebook {codebook} version {version}; "
                   "code saturation: {saturation}.", "theme": "Theme", "category": "Category", "code": "Code", "quotes": "Quotations",
        "informants": "Informants", "informant_codes": "Informant codes",
        "informant_code": "Informant code", "description": "Description",
        "table": "Table", "table1_title": "Characteristics of informants",
        "table2_title": "Results of the data analysis",
        "appendix": "Appendix. Informant quotations", "agreement_title": "Inter-coder agreement",
        "review_status": "{reviewed} of {total} codings reviewed by the researchers.",
        "unreviewed": "not reviewed",
        "unreviewed_note": "Quotations marked [not reviewed] come from automatic codings that no researcher "
                           "has checked yet.",
        "figures": "Figure", "total": "Total", "all_codes": "(all)",
        "saturation": "Code saturation", "matrix": "Codes by informant", "cooccurrence": "Code co-occurrence",
    },
}


# The numbered titles as printed ("Tabel 1. Karakteristik informan"); the Word report writes
# the number as a caption field instead.
NUMBERED_TABLES = {"table1": "table1_title", "table2": "table2_title", "agreement": "agreement_title"}
for _words in LABELS.values():
    for _number, (_key, _title) in enumerate(NUMBERED_TABLES.items(), start=1):
        _words[_key] = f"{_words['table']} {_number}. {_words[_title]}"


def labels(lang: str) -> dict[str, str]:
    if lang not in LABELS:
        raise ValueError(f"unknown table language {lang!r}; use one of {', '.join(LABELS)}")
    return LABELS[lang]
