"""Which files of a batch saturation counts (`aggregate/saturation.batch_saturation_table`): the
interviews of a batch that also holds documents; every document of a batch of documents alone."""

from __future__ import annotations

import pandas as pd

from pipeline.aggregate.saturation import batch_saturation_table


def _batch(files: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    segments = pd.DataFrame({"segment_id": [f"s{i}" for i in range(len(files))], "document": list(files),
                             "informant": [f"I{i}" for i in range(len(files))], "speaker_role": "informant",
                             "text": list(files.values())})
    codings = pd.DataFrame({"segment_id": segments["segment_id"], "code": "Akses layanan", "code_id": "akses",
                            "source": "rule", "review": ""})
    return segments, codings


def test_a_batch_with_interviews_counts_them_and_leaves_its_documents_out():
    segments, codings = _batch({"wawancara_1.md": "Sa pigi ka pustu naik oto.", "surat_edaran.txt": "Pustu buka tiap hari.",
                                "wawancara_2.md": "Torang pigi ka rumah sakit."})
    kinds = {"wawancara_1.md": "interview", "surat_edaran.txt": "document", "wawancara_2.md": "interview"}
    table = batch_saturation_table(segments, codings, {}, kinds)
    assert table["document"].tolist() == ["wawancara_1.md", "wawancara_2.md"]
    assert table.attrs.get("unit", "interviews") == "interviews"


def test_a_batch_of_documents_alone_counts_them_as_documents():
    segments, codings = _batch({"profil.txt": "Pustu melayani dua desa.", "laporan.txt": "Kunjungan naik."})
    table = batch_saturation_table(segments, codings, {"laporan.txt": "2026-03-02"},
                                   {"profil.txt": "document", "laporan.txt": "document"})
    assert table["document"].tolist() == ["laporan.txt", "profil.txt"]
    assert table.attrs["unit"] == "documents"
