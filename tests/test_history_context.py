"""An earlier batch's reviewed turn is re-coded as its own batch coded it (issue 15, rounds 12-13): the
decisions history keeps the interviewer's question before it, the informant's role, a document
list item's heading and a table row's header, so a question rule, a role's topic or a heading's
topic fires again (and a row's cells of who, when and where stay unread) and a grader's reject of
that coding is a correction (round 14: table rows)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.codebook.load import load_codebook
from pipeline.coding.learned_codings import history_units, learn
from pipeline.coding.coder import code_segments
from pipeline.ingest import read_batch
from pipeline.review.history import HISTORY_COLUMNS, WITHOUT_CONTEXT, read_history, record_decisions
from test_coding_table_rows import CODEBOOK as PLAN_CODEBOOK     # one code, keyword "penyuluhan"
from test_learning import FILLER, codebook, segments_of  # noqa: F401 (the fixture)

ASKED = "Berapa ongkos ke posyandu?"
ANSWER = "Mahal sekali, kami tidak sanggup bayar."     # fare only through the question's keyword

CLINIC_YAML = """
name: role test
version: "1"
themes:
  - id: layanan
    label: Layanan
    categories:
      - id: obat
        label: Obat
        codes:
          - id: obat_klinik
            label: Obat dari Puskesmas
            definition: Menerima obat darah tinggi atau gula dari Puskesmas.
            keywords: [obat, puskesmas]
          - id: periksa
            label: Pemeriksaan gula darah
            definition: Diperiksa tensinya atau kadar kolesterolnya di posbindu.
            keywords: [tensi, "gula darah"]
"""


def interview(question: str, answer: str) -> pd.DataFrame:
    """An interviewer's question and the informant's answer to it, in one file."""
    return pd.DataFrame({"segment_id": ["Q-1", "A-1"], "document": "wawancara.md", "informant": "L1",
                         "speaker": ["P", "L1"], "speaker_role": ["interviewer", "informant"], "start": [0, 10],
                         "end": [5, 20], "line": [1, 2], "language": "ind", "text": [question, answer], "gloss": "",
                         "translation": ""})


def reject(segment_id: str, code_id: str) -> pd.DataFrame:
    return pd.DataFrame([{"segment_id": segment_id, "code_id": code_id, "decision": "reject", "reviewer": "RM",
                          "timestamp": "2026-12-01T00:00:00"}])


def test_a_history_turn_is_recoded_with_its_question_and_gets_the_question_rules_coding(tmp_path: Path, codebook):
    turns = interview(ASKED, ANSWER)
    assert set(code_segments(turns, codebook)["code_id"]) == {"biaya"}     # the batch's own coding: the question's
    path = tmp_path / "learning.decisions.csv"
    record_decisions(path, "tahap1@0123456789", reject("A-1", "biaya"), turns)
    kept = read_history(path)
    assert kept.loc[0, "asked"] == ASKED and not kept.attrs[WITHOUT_CONTEXT]
    units = history_units(kept, codebook)
    biaya = [c.id for c in codebook.codes].index("biaya")
    assert units.rules[0, biaya] == 1 and units.labels[0, biaya] == 0     # the rule's coding, rejected
    assert history_units(kept.assign(asked=""), codebook).rules[0, biaya] == 0   # without it the rule is silent


def test_a_rejected_question_coding_of_an_earlier_batch_counts_as_a_correction(tmp_path: Path, codebook):
    path = tmp_path / "learning.decisions.csv"
    record_decisions(path, "tahap1@0123456789", reject("A-1", "biaya"), interview(ASKED, ANSWER))
    segments = segments_of(FILLER)
    rules = code_segments(segments, codebook)
    reasons = learn(segments, rules, None, codebook, read_history(path)).reliability.set_index("code_id")["why"]
    assert "no grader rejected" not in reasons["biaya"] and "no grader rejected" in reasons["lupa"]


def test_a_history_turn_is_recoded_with_its_informants_role(tmp_path: Path):
    book = clinic_codebook(tmp_path)
    turns = interview("Bagaimana pelaksanaan posbindu di wilayah kerja Bapak?",
                      "Kami periksa tekanan darah, lalu kasih tablet untuk sebulan.")   # tablet: a word of obat
    # the role's topic (puskesmas) codes the answer only with a word related to the code's keywords (round 34)
    informants = pd.DataFrame({"informant": ["L1"], "role": ["Petugas Puskesmas"]})
    own = set(code_segments(turns, book, informants)["code_id"])
    assert "obat_klinik" in own and "obat_klinik" not in set(code_segments(turns, book)["code_id"])
    path = tmp_path / "klinik.decisions.csv"
    record_decisions(path, "tahap1@0123456789", reject("A-1", "obat_klinik"), turns, informants)
    kept = read_history(path)
    assert kept.loc[0, "role"] == "Petugas Puskesmas"
    recoded = history_units(kept, book).rules[0]
    assert {c.id for c, flag in zip(book.codes, recoded) if flag} == own


def report(*paragraphs: str) -> pd.DataFrame:
    """A document's paragraphs, one file."""
    n = len(paragraphs)
    return pd.DataFrame({"segment_id": [f"P-{i + 1}" for i in range(n)], "document": "laporan.md", "informant": "D1",
                         "speaker": "D1", "speaker_role": "informant", "start": [10 * i for i in range(n)],
                         "end": [10 * i + 5 for i in range(n)], "line": list(range(1, n + 1)), "language": "ind",
                         "text": list(paragraphs), "gloss": "", "translation": ""})


HEADING = "Obat darah tinggi dari Puskesmas diantar kepada lansia melalui:"   # medicine through the heading only
ITEM = "- Pos keliling di dusun sekali sebulan."


def clinic_codebook(folder: Path):
    path = folder / "klinik.yaml"
    path.write_text(CLINIC_YAML, encoding="utf-8")
    return load_codebook(path)


def test_a_history_list_item_is_recoded_with_its_heading_and_gets_the_headings_coding(tmp_path: Path):
    book = clinic_codebook(tmp_path)
    heading = HEADING
    turns = report("Laporan kegiatan tahun 2025.", heading, ITEM, "- Kunjungan rumah bagi lansia yang sakit.")
    own = code_segments(turns, book)
    assert set(own.loc[own["segment_id"] == "P-3", "code_id"]) == {"obat_klinik"}   # the heading's topic
    path = tmp_path / "klinik.decisions.csv"
    record_decisions(path, "tahap1@0123456789", reject("P-3", "obat_klinik"), turns)   # the heading itself: not decided
    kept = read_history(path)
    assert kept.loc[0, "heading"] == heading and kept.loc[0, "question"] == heading
    obat = [c.id for c in book.codes].index("obat_klinik")
    units = history_units(kept, book)
    assert units.rules[0, obat] == 1 and units.labels[0, obat] == 0     # the heading's coding, rejected
    assert history_units(kept.assign(heading=""), book).rules[0, obat] == 0    # the item alone says no medicine


def test_history_turns_are_recoded_each_on_its_own_not_under_another_turns_heading(tmp_path: Path):
    book = clinic_codebook(tmp_path)
    kept = pd.DataFrame([dict.fromkeys(HISTORY_COLUMNS, "") | {"batch": "tahap1@0123456789", "segment_id": f"P-{i}",
                                                               "code_id": "periksa", "decision": "reject",
                                                               "text": text, "reviewer": "RM"}
                         for i, text in enumerate([HEADING, ITEM])], columns=HISTORY_COLUMNS)
    obat = [c.id for c in book.codes].index("obat_klinik")
    assert history_units(kept, book).rules[:, obat].tolist() == [1, 0]   # two decided turns, no heading kept


def test_a_decisions_file_written_before_the_question_and_role_columns_still_loads(tmp_path: Path, codebook):
    path = tmp_path / "learning.decisions.csv"
    old = ["batch", "segment_id", "code_id", "decision", "text", "translation", "reviewer", "timestamp"]
    pd.DataFrame([["tahap1@0123456789", "A-1", "biaya", "reject", ANSWER, "", "RM", "2026-12-01"]],
                 columns=old).to_csv(path, index=False)
    kept = read_history(path)
    assert list(kept.columns) == HISTORY_COLUMNS and kept.attrs[WITHOUT_CONTEXT]
    assert kept.loc[0, ["question", "asked", "asked_translation", "role", "heading"]].tolist() == ["", "", "", "", ""]
    assert history_units(kept, codebook).rules.sum() == 0      # read as before: the answer alone


def test_a_decisions_file_written_before_the_heading_column_loads_and_says_so(tmp_path: Path, codebook):
    path = tmp_path / "learning.decisions.csv"
    older = [name for name in HISTORY_COLUMNS if name not in ("heading", "table_row", "table_header")]
    pd.DataFrame([["tahap1@0123456789", "A-1", "biaya", "reject", ANSWER, "", ASKED, ASKED, "", "", "RM", "2026-12-01"]],
                 columns=older).to_csv(path, index=False)
    kept = read_history(path)
    assert list(kept.columns) == HISTORY_COLUMNS and kept.attrs[WITHOUT_CONTEXT] and kept.loc[0, "heading"] == ""
    biaya = [c.id for c in codebook.codes].index("biaya")
    assert history_units(kept, codebook).rules[0, biaya] == 1     # its question still read


@pytest.mark.parametrize("missing", [True, False])
def test_an_empty_or_missing_history_is_not_said_to_lack_context(tmp_path: Path, missing: bool):
    path = tmp_path / "learning.decisions.csv"
    if not missing:
        path.write_text(",".join(HISTORY_COLUMNS) + "\n", encoding="utf-8")
    assert not read_history(path).attrs.get(WITHOUT_CONTEXT)


def plan_batch(folder: Path, before_table: str):
    """A markdown action plan whose row says its measure (repainting) and, in its target-group
    column, the code's keyword: the batch reads the row without that cell."""
    folder.mkdir()
    (folder / "plan.md").write_text("\n".join([
        "---", "informant: R1", "role: Rencana aksi", "type: document", "---", "", before_table, "",
        "| No | Kegiatan | Sasaran |", "|---|---|---|", "| 1 | Pengecatan ulang dinding | Peserta penyuluhan |",
        "| 2 | Perbaikan atap | Petugas |", ""]), encoding="utf-8")
    return read_batch(folder)


@pytest.mark.parametrize("before_table", ["Jadwal pemeliharaan gedung puskesmas",            # a heading
                                          "Rencana ini disusun oleh tim puskesmas bersama kader desa setempat "
                                          "pada awal tahun anggaran dan ditinjau kembali setiap triwulan."])
def test_a_history_table_row_is_recoded_without_its_circumstance_cells_as_its_batch_coded_it(tmp_path: Path,
                                                                                             before_table: str):
    book = PLAN_CODEBOOK
    batch = plan_batch(tmp_path / "rencana", before_table)
    segments = batch.segments
    row = segments.loc[segments["text"].str.contains("Pengecatan"), "segment_id"].iloc[0]
    own = code_segments(segments, book, batch.informants)
    assert row not in set(own["segment_id"])      # the batch: "penyuluhan" stands in the target group's cell
    path = tmp_path / "plan.decisions.csv"
    record_decisions(path, "tahap1@0123456789", reject(row, "sosialisasi"), segments, batch.informants)
    kept = read_history(path)
    assert kept.loc[0, "table_row"] == "true" and kept.loc[0, "table_header"] == "| No | Kegiatan | Sasaran |"
    assert history_units(kept, book).rules.tolist() == [[0]]      # as its batch coded it
    assert history_units(kept.assign(table_row="", table_header=""), book).rules.tolist() == [[1]]   # the cell read


def test_a_decisions_file_written_before_the_table_columns_loads_and_says_so(tmp_path: Path, codebook):
    path = tmp_path / "learning.decisions.csv"
    older = [name for name in HISTORY_COLUMNS if name not in ("table_row", "table_header")]
    pd.DataFrame([["tahap1@0123456789", "A-1", "biaya", "reject", ANSWER, "", ASKED, ASKED, "", "", "", "RM",
                   "2026-12-01"]], columns=older).to_csv(path, index=False)
    kept = read_history(path)
    assert list(kept.columns) == HISTORY_COLUMNS and kept.attrs[WITHOUT_CONTEXT]
    assert kept.loc[0, ["table_row", "table_header"]].tolist() == ["", ""]
    assert history_units(kept, codebook).rules[0, [c.id for c in codebook.codes].index("biaya")] == 1
