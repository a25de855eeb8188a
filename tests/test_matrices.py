"""Code-by-informant and co-occurrence matrices count segments, in codebook order."""

from __future__ import annotations

import pandas as pd

from pipeline.aggregate.matrices import code_informant_matrix, cooccurrence_matrix
from pipeline.records.codebook import Category, Code, Codebook, Theme


def codebook() -> Codebook:
    def code(code_id: str, label: str, category: tuple[str, str], theme: tuple[str, str]) -> Code:
        return Code(code_id, label, "", theme[0], theme[1], category[0], category[1])

    usage, low = ("T1", "Pemanfaatan BPJS"), ("C1", "Kepemilikan BPJS rendah")
    strategy, facilitation = ("T2", "Strategi"), ("C2", "Fasilitasi")
    return Codebook("wori", "1", (
        Theme("T1", usage[1], (Category("C1", low[1], (
            code("K1", "Mengurus jika ada rujukan", low, usage), code("K2", "Malas mengurus", low, usage))),)),
        Theme("T2", strategy[1], (Category("C2", facilitation[1], (
            code("K3", "Desa membantu pendaftaran", facilitation, strategy),)),)),
    ))


def codings() -> pd.DataFrame:
    rows = [
        ("a1-1", "A1", "K1", "Mengurus jika ada rujukan", ""),
        ("a1-1", "A1", "K1", "Mengurus jika ada rujukan", ""),      # the same code twice on one turn: one segment
        ("a1-1", "A1", "K2", "Malas mengurus", ""),
        ("a1-2", "A1", "K1", "Mengurus jika ada rujukan", ""),
        ("a2-1", "A2", "K2", "Malas mengurus", ""),
        ("a2-1", "A2", "K3", "Desa membantu pendaftaran", "rejected"),
        ("a2-2", "A2", "", "malas  MENGURUS", ""),                  # no id: matched by label
        ("a3-1", "A3", "X9", "Kode lama", ""),                      # not in the codebook: appended, not dropped
    ]
    frame = pd.DataFrame(rows, columns=["segment_id", "informant", "code_id", "code", "review"])
    return frame.assign(theme="Tema lama", category="Kategori lama")


def test_code_by_informant_counts_segments_in_codebook_order():
    informants = pd.DataFrame({"informant": ["A1", "A2", "A4"], "role": ["Ibu", "Kader", "Bidan"]})
    matrix = code_informant_matrix(codings(), codebook(), informants)
    assert list(matrix.index) == ["Mengurus jika ada rujukan", "Malas mengurus", "Desa membantu pendaftaran",
                                  "Kode lama"]
    assert list(matrix.columns) == ["theme", "category", "A1", "A2", "A4", "A3"]
    assert matrix.loc["Mengurus jika ada rujukan", "A1"] == 2
    assert matrix.loc["Malas mengurus", ["A1", "A2"]].tolist() == [1, 2]
    assert matrix.loc["Desa membantu pendaftaran", "A2"] == 0       # rejected
    assert matrix["A4"].sum() == 0                                   # listed informant, nothing coded
    assert matrix.loc["Kode lama", ["theme", "A3"]].tolist() == ["Tema lama", 1]
    assert matrix.loc["Malas mengurus", "theme"] == "Pemanfaatan BPJS"


def test_cooccurrence_counts_segments_coded_with_both():
    matrix = cooccurrence_matrix(codings(), codebook())
    labels = ["Mengurus jika ada rujukan", "Malas mengurus", "Desa membantu pendaftaran", "Kode lama"]
    assert list(matrix.index) == labels and list(matrix.columns) == labels
    assert matrix.loc["Mengurus jika ada rujukan", "Malas mengurus"] == 1     # a1-1
    assert matrix.loc["Malas mengurus", "Mengurus jika ada rujukan"] == 1
    assert matrix.loc["Mengurus jika ada rujukan", "Mengurus jika ada rujukan"] == 2
    assert matrix.loc["Malas mengurus", "Malas mengurus"] == 3
    assert matrix.loc["Desa membantu pendaftaran"].sum() == 0


def test_empty_codings_give_zero_matrices_with_every_code():
    empty = codings().iloc[0:0]
    assert cooccurrence_matrix(empty, codebook()).to_numpy().sum() == 0
    matrix = code_informant_matrix(empty, codebook(), ["A1"])
    assert list(matrix.index) == [code.label for code in codebook().codes]
    assert matrix["A1"].tolist() == [0, 0, 0]
