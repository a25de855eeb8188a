"""Small, hand-made Wori-like data for the review tests (no tests here).

A codebook object, segments and machine codings with the columns of pipeline.schema, built in
code so every review test states exactly what it starts from.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pandas as pd

from pipeline.records.codebook import Category, Code, Codebook, Theme
from pipeline.schema import CODING_COLUMNS, SEGMENT_COLUMNS

_TREE = [
    ("T1", "Pemanfaatan BPJS", "K1", "Kepemilikan BPJS rendah", [
        ("C1", "Mengurus jika ada rujukan ke rumah sakit", ["rumah sakit", "rujukan"]),
        ("C2", "Malas untuk mengurus pendaftaran", ["malas"]),
        ("C3", "Tidak memiliki kartu keluarga", ["KK", "kartu keluarga"]),
    ]),
    ("T2", "Strategi", "K2", "Sosialisasi", [
        ("C4", "Adanya sosialisasi dari pemerintah kabupaten, desa dan puskesmas", ["sosialisasi"]),
    ]),
    ("T2", "Strategi", "K3", "Fasilitasi", [
        ("C5", "Puskesmas dan desa membantu untuk pendaftaran", ["bantu"]),
        ("C6", "Puskesmas dan desa membantu dalam rujukan", ["rujuk"]),
    ]),
]


def wori_codebook() -> Codebook:
    themes: dict[str, tuple[str, list[Category]]] = {}
    for theme_id, theme_label, category_id, category_label, codes in _TREE:
        category = Category(category_id, category_label, tuple(
            Code(code_id, label, f"definition of {label}", theme_id, theme_label, category_id, category_label,
                 keywords=tuple(keywords))
            for code_id, label, keywords in codes
        ))
        themes.setdefault(theme_id, (theme_label, []))[1].append(category)
    return Codebook("wori-test", "1", tuple(Theme(tid, label, tuple(cats)) for tid, (label, cats) in themes.items()))


SEGMENTS = [
    # segment_id, document, informant, speaker, role, line, language, text, gloss, translation
    ("A1-aaa111", "A1.md", "A1", "P", "interviewer", 9, "ind",
     "Mengapa masih banyak orang tua yang belum mengurus kartu keluarga?", "", ""),
    ("A1-bbb222", "A1.md", "A1", "A1", "informant", 11, "xmm",
     "Dorang malas mo urus KK (Kartu Keluarga).",
     "mereka malas mau urus KK (kartu keluarga).",
     "Mereka malas urus KK."),
    ("A1-ccc333", "A1.md", "A1", "A1", "informant", 15, "xmm",
     "Kami turun turun di posyandu torang cari-cari bayi anak stunting",
     "kami turun turun di posyandu kami cari-cari bayi anak stunting",
     "Kami turun ke posyandu mencari bayi anak stunting"),
    ("A6-ddd444", "A6.md", "A6", "A6", "informant", 7, "xmm",
     "Pas baru-baru da maso rumah sakit <b>dia</b> da saki",
     "waktu baru-baru sudah masuk rumah sakit <b>dia</b> sudah sakit",
     "Baru saja masuk rumah sakit, dia sakit"),
    ("A7-eee555", "A7.md", "A7", "A7", "informant", 5, "xmm",
     "Kita so pernah urus lalu di desa mar nintau le bagaimana.",
     "saya sudah pernah urus lalu di desa tapi tidak.tahu juga bagaimana",
     "Saya sudah pernah urus di desa tapi tidak tahu bagaimana."),
]

CODINGS = [
    # segment_id, informant, code_id, source, confidence, evidence, evidence_in
    ("A1-bbb222", "A1", "C2", "rule", 0.9, "malas", "text"),
    ("A1-bbb222", "A1", "C3", "rule", 0.9, "KK; Kartu Keluarga", "text"),
    ("A1-ccc333", "A1", "C5", "rule", 0.7, "posyandu", "text"),
    ("A6-ddd444", "A6", "C1", "rule", 0.8, "rumah sakit", "text"),
    ("A7-eee555", "A7", "C2", "model", 0.55, "urus", "text"),
]


def segments_frame() -> pd.DataFrame:
    rows = []
    for sid, doc, informant, speaker, role, line, lang, text, gloss, translation in SEGMENTS:
        rows.append({"segment_id": sid, "document": doc, "informant": informant, "speaker": speaker,
                     "speaker_role": role, "start": 0, "end": len(text), "line": line, "language": lang,
                     "text": text, "gloss": gloss, "translation": translation})
    return pd.DataFrame(rows, columns=SEGMENT_COLUMNS)


def codings_frame(codebook: Codebook | None = None) -> pd.DataFrame:
    codes = {code.id: code for code in (codebook or wori_codebook()).codes}
    rows = []
    for sid, informant, code_id, source, confidence, evidence, evidence_in in CODINGS:
        code = codes[code_id]
        rows.append({"segment_id": sid, "informant": informant, "theme": code.theme, "category": code.category,
                     "code": code.label, "code_id": code.id, "source": source, "confidence": confidence,
                     "evidence": evidence, "evidence_in": evidence_in, "review": ""})
    return pd.DataFrame(rows, columns=CODING_COLUMNS)


def write_outputs(out_dir: Path, codebook_file: str = "codebooks/wori-test.yaml") -> Path:
    """segments.csv, codings.csv and a run.json as the analyze run writes them."""
    out_dir.mkdir(parents=True, exist_ok=True)
    segments_frame().to_csv(out_dir / "segments.csv", index=False, encoding="utf-8-sig")
    codings_frame().to_csv(out_dir / "codings.csv", index=False, encoding="utf-8-sig")
    (out_dir / "run.json").write_text(json.dumps({"codebook": {"file": codebook_file}}), encoding="utf-8")
    return out_dir


def write_full_outputs(root: Path) -> tuple[Path, Path]:
    """(batch_dir, outputs_dir) with every file the notebooks read, in the run's columns.

    Stands in for a full analyze run so the notebook tests do not depend on the gloss and coding
    stages; counts are computed here from CODINGS (all rule codings count, the model one does not).
    """
    from pipeline.codebook.dump import dump_codebook

    codebook = wori_codebook()
    batch_dir = root / "transcripts" / "wori"
    batch_dir.mkdir(parents=True)
    out_dir = root / "outputs" / "wori"
    codebook_file = root / "codebooks" / "wori-test.yaml"
    codebook_file.parent.mkdir()
    dump_codebook(codebook, codebook_file)
    write_outputs(out_dir, str(codebook_file))
    segments, codings = segments_frame(), codings_frame(codebook)
    count = codings[codings["source"] != "model"]
    informants = ["A1", "A6", "A7"]
    pd.DataFrame({"informant": informants,
                  "role": ["Kepala Puskesmas Wori", "Ibu dengan riwayat dua anak stunting",
                           "Ibu dengan anak yang masih stunting"],
                  "turns": [2, 1, 1], "words": [17, 9, 10]}).to_csv(out_dir / "informants.csv", index=False)
    theme_rows, matrix_rows = [], []
    for code in codebook.codes:
        rows = count[count["code_id"] == code.id]
        who = sorted(rows["informant"].unique())
        theme_rows.append([code.theme, code.category, code.label, rows["segment_id"].nunique(), len(who), ", ".join(who)])
        per_informant = [int((rows["informant"] == name).sum()) for name in informants]
        matrix_rows.append([code.label, code.theme, code.category, *per_informant])
    pd.DataFrame(theme_rows, columns=["Tema", "Kategori", "Koding", "Kutipan", "Informan", "Kode informan"]).to_csv(
        out_dir / "theme_table.csv", index=False)
    pd.DataFrame(matrix_rows, columns=["code", "theme", "category", *informants]).to_csv(out_dir / "code_matrix.csv", index=False)
    quotes = count.merge(segments[["segment_id", "document", "language", "text", "translation"]], on="segment_id")
    quotes[["theme", "category", "code", "code_id", "segment_id", "informant", "document", "language", "text",
            "translation", "confidence", "source"]].to_csv(out_dir / "quotations.csv", index=False)
    return batch_dir, out_dir


# analyze imports some stages lazily; the end-to-end tests need all of them
_ANALYZE_MODULES = ("pipeline.run", "pipeline.coding.suggest", "pipeline.privacy")


def analyze_unavailable() -> str | None:
    """None when `pipeline.run.analyze` can run, else why not (a stage still being written)."""
    for module in _ANALYZE_MODULES:
        try:
            importlib.import_module(module)
        except ImportError as error:
            return f"analyze cannot run yet: {error}"
    return None
