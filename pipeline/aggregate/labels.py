"""User-facing table labels: Indonesian as in the paper, English for international journals."""

from __future__ import annotations

LABELS = {
    "id": {
        "report_title": "Hasil analisis tematik",
        "summary": "{segments} segmen informan dari {documents} dokumen; buku kode {codebook} versi {version}; "
                   "saturasi kode: {saturation}.", "theme": "Tema", "category": "Kategori", "code": "Koding", "quotes": "Kutipan",
        "informants": "Informan", "informant_codes": "Kode informan",
        "informant_code": "Kode Informan", "description": "Keterangan",
        "table1": "Tabel 1. Karakteristik informan", "table2": "Tabel 2. Hasil analisis data",
        "appendix": "Lampiran. Kutipan informan", "agreement": "Tabel 3. Kesepakatan antarpengode",
        "figures": "Gambar", "total": "Jumlah", "all_codes": "(semua)",
        "saturation": "Saturasi kode", "matrix": "Koding per informan", "cooccurrence": "Ko-okurensi koding",
    },
    "en": {
        "report_title": "Thematic analysis results",
        "summary": "{segments} informant segments from {documents} documents; codebook {codebook} version {version}; "
                   "code saturation: {saturation}.", "theme": "Theme", "category": "Category", "code": "Code", "quotes": "Quotations",
        "informants": "Informants", "informant_codes": "Informant codes",
        "informant_code": "Informant code", "description": "Description",
        "table1": "Table 1. Characteristics of informants", "table2": "Table 2. Results of the data analysis",
        "appendix": "Appendix. Informant quotations", "agreement": "Table 3. Inter-coder agreement",
        "figures": "Figure", "total": "Total", "all_codes": "(all)",
        "saturation": "Code saturation", "matrix": "Codes by informant", "cooccurrence": "Code co-occurrence",
    },
}


def labels(lang: str) -> dict[str, str]:
    if lang not in LABELS:
        raise ValueError(f"unknown table language {lang!r}; use one of {', '.join(LABELS)}")
    return LABELS[lang]
