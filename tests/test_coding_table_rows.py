"""A table row is coded like a list item under the paragraph before its table: an action plan's
heading names the topic ("Strategi sosialisasi JKN ..."), its rows name only the actions
(pipeline/ingest/tables.py marks the rows, pipeline/coding/context.py reads them)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pandas as pd

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.table_cells import readable_row
from pipeline.ingest import read_batch
from pipeline.schema import SEGMENT_COLUMNS, TABLE_ROW

CODEBOOK_YAML = """
name: Kepesertaan (test)
themes:
  - id: strategi
    label: Strategi
    categories:
      - id: informasi
        label: Informasi
        codes:
          - id: sosialisasi
            label: Sosialisasi asuransi kesehatan
            definition: Telling families about the health insurance.
            keywords: [sosialisasi, penyuluhan]
"""
CODEBOOK = parse_codebook(CODEBOOK_YAML)
FRONT = ["---", "informant: R1", "role: Rencana aksi", "type: document", "---"]
TOPIC = "Strategi sosialisasi JKN kepada orang tua balita:"
UNRELATED = "Jadwal pemeliharaan gedung puskesmas"
ACTION = "Pamflet dan brosur di posyandu"


def md_plan(heading: str) -> str:
    return "\n".join([*FRONT, "", heading, "", "| No | Kegiatan | Waktu |", "|---|---|---|",
                      f"| 1 | {ACTION} | Maret |", "| 2 | Pengecatan ulang dinding | April |", "",
                      "Rencana ini ditinjau setiap triwulan.", ""])


def docx_plan(heading: str) -> bytes:
    document = docx.Document()
    for line in [*FRONT, heading]:
        document.add_paragraph(line)
    grid = document.add_table(rows=2, cols=3)
    for row, values in zip(grid.rows, [["No", "Kegiatan", "Waktu"], ["1", ACTION, "Maret"]]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_paragraph("Rencana ini ditinjau setiap triwulan.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def read(folder: Path, name: str, content: bytes | str):
    folder.mkdir(parents=True)
    path = folder / name
    path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, encoding="utf-8")
    return read_batch(folder)


def codes_by_text(batch) -> dict[str, set[str]]:
    codings = code_segments(batch.segments, CODEBOOK, batch.informants)
    return {text: set(codings.loc[codings["segment_id"] == segment_id, "code_id"])
            for segment_id, text in zip(batch.segments["segment_id"], batch.segments["text"])}


def list_item_codes(heading: str) -> set[str]:
    rows = [{"segment_id": f"s{i}", "document": "l.md", "informant": "R1", "speaker": "R1",
             "speaker_role": "informant", "start": i * 100, "end": i * 100 + len(text), "line": i + 1,
             "language": "ind", "text": text, "gloss": "", "translation": ""}
            for i, text in enumerate([heading, f"- {ACTION}"])]
    codings = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), CODEBOOK)
    return set(codings.loc[codings["segment_id"] == "s1", "code_id"])


def test_a_markdown_row_naming_only_the_action_takes_the_topic_of_the_heading(tmp_path):
    batch = read(tmp_path / "m", "plan.md", md_plan(TOPIC))
    marked = dict(zip(batch.segments["text"], batch.segments[TABLE_ROW]))
    row = next(text for text in marked if ACTION in text)
    assert marked[row] and not marked[TOPIC] and not marked["Rencana ini ditinjau setiap triwulan."]
    codes = codes_by_text(batch)
    assert codes[row] == {"sosialisasi"} == list_item_codes(TOPIC)
    assert codes["2 | Pengecatan ulang dinding | April"] == {"sosialisasi"}     # a row naming no other code
    assert codes["Rencana ini ditinjau setiap triwulan."] == set()                # not a row: no heading
    codings = code_segments(batch.segments, CODEBOOK, batch.informants)
    evidence = codings.loc[codings["segment_id"] == batch.segments.loc[batch.segments["text"] == row, "segment_id"].iloc[0],
                           "evidence"].iloc[0]
    assert "(heading)" in evidence


def test_a_row_under_an_unrelated_heading_is_not_coded(tmp_path):
    batch = read(tmp_path / "m", "plan.md", md_plan(UNRELATED))
    row = next(text for text in batch.segments["text"] if ACTION in text)
    assert codes_by_text(batch)[row] == set() == list_item_codes(UNRELATED + ":")


def test_a_word_row_keeps_its_header_labels_and_takes_the_heading_topic(tmp_path):
    related = read(tmp_path / "a", "plan.docx", docx_plan(TOPIC))
    row = f"No: 1; Kegiatan: {ACTION}; Waktu: Maret"
    assert related.segments.loc[related.segments["text"] == row, TABLE_ROW].tolist() == [True]
    assert codes_by_text(related)[row] == {"sosialisasi"}
    unrelated = read(tmp_path / "b", "plan.docx", docx_plan(UNRELATED))
    assert codes_by_text(unrelated)[row] == set()


def test_a_batch_without_tables_has_no_table_row_column(tmp_path):
    text = "\n".join([*FRONT, "", TOPIC, "", f"- {ACTION}", ""])
    batch = read(tmp_path / "p", "plan.md", text)
    assert TABLE_ROW not in batch.segments and list(batch.segments.columns) == SEGMENT_COLUMNS


def test_a_long_paragraph_before_a_table_is_not_its_heading(tmp_path):
    """Only a heading-like line (short, or ending in ":") gives its topic to a table's rows: a
    paragraph of several sentences just before a table is text, not the table's title."""
    paragraph = ("Puskesmas sudah lama melakukan sosialisasi JKN kepada orang tua balita. "
                 "Tahun ini pekerjaan gedung juga perlu dijadwalkan.")
    batch = read(tmp_path / "m", "plan.md", md_plan(paragraph))
    row = next(text for text in batch.segments["text"] if ACTION in text)
    assert codes_by_text(batch)[row] == set()
    short = read(tmp_path / "s", "plan.md", md_plan("Rencana sosialisasi JKN tahun 2024"))
    assert codes_by_text(short)[row] == {"sosialisasi"}   # a title without ":" still heads its table


def test_a_markdown_row_is_quoted_with_its_header_labels_like_a_word_row(tmp_path):
    """The segment keeps the file's text and offsets (REFI-QDA selects them); the quotation
    appendix and the Word report read "No: 1; Kegiatan: ...", as for a Word table's row."""
    from pipeline.aggregate.quotations import quotations_markdown, select_quotations
    from pipeline.schema import TABLE_HEADER
    from pipeline.wording import labels

    batch = read(tmp_path / "m", "plan.md", md_plan(TOPIC).replace("| No | Kegiatan | Waktu |",
                                                                     "| No | Kegiatan \\| sasaran | Waktu |"))
    segments = batch.segments
    row = next(text for text in segments["text"] if ACTION in text)
    line = segments.loc[segments["text"] == row].iloc[0]
    assert row == f"1 | {ACTION} | Maret" and batch.documents["plan.md"].text[line["start"]:line["end"]] == row
    assert line[TABLE_HEADER] == "| No | Kegiatan \\| sasaran | Waktu |"
    assert segments.loc[segments["text"] == TOPIC, TABLE_HEADER].tolist() == [""]
    codings = code_segments(segments, CODEBOOK, batch.informants)
    quotes = select_quotations(codings, segments, CODEBOOK)
    assert f"No: 1; Kegiatan | sasaran: {ACTION}; Waktu: Maret" in quotes["text"].tolist()
    assert "Rencana ini ditinjau setiap triwulan." not in quotes["text"].tolist()
    appendix = quotations_markdown(quotes, labels("id"))
    assert f"\u201cNo: 2; Kegiatan | sasaran: Pengecatan ulang dinding; Waktu: April\u201d (R1)" in appendix
    assert f"| {ACTION} |" not in appendix


def test_a_run_quotes_a_markdown_row_with_its_labels_in_the_appendix_and_the_report(tmp_path):
    from pipeline.run import analyze

    folder = tmp_path / "plans"
    read(folder, "plan.md", md_plan(TOPIC))
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text(CODEBOOK_YAML, encoding="utf-8")
    out = tmp_path / "out"
    analyze(folder, codebook_path=codebook, out_dir=out, workers=1, progress=False)
    quoted = f"No: 1; Kegiatan: {ACTION}; Waktu: Maret"
    assert quoted in (out / "quotations.md").read_text(encoding="utf-8")
    report = docx.Document(str(next(out.glob("*_report.docx"))))
    assert any(quoted in paragraph.text for paragraph in report.paragraphs)
    segments = pd.read_csv(out / "segments.csv", keep_default_na=False)
    assert f"1 | {ACTION} | Maret" in segments["text"].tolist()   # the segment is the file's text


FEEDING_YAML = """
name: Pemberian makan (test)
themes:
  - id: pengaruh
    label: Pengaruh keluarga
    categories:
      - id: keluarga
        label: Keluarga
        codes:
          - id: nasihat_nenek
            label: Nasihat nenek
            definition: The grandmother tells the mother what to feed the baby.
            keywords: [nenek, oma]
          - id: edukasi
            label: Edukasi gizi
            definition: Health workers teach families about feeding.
            keywords: [penyuluhan, demo masak, kelas ibu]
"""
INTRO = "Kegiatan disepakati dalam rapat desa. Tabel berikut memuat rinciannya."


def feeding_codes(folder: Path, name: str, content: bytes | str) -> dict[str, set[str]]:
    batch = read(folder, name, content)
    codings = code_segments(batch.segments, parse_codebook(FEEDING_YAML), batch.informants)
    return {text: set(codings.loc[codings["segment_id"] == segment_id, "code_id"])
            for segment_id, text in zip(batch.segments["segment_id"], batch.segments["text"])}


def test_who_when_and_indicator_cells_of_a_plan_row_carry_no_code(tmp_path):
    plan = "\n".join([*FRONT, "", INTRO, "", "| No | Masalah | Kegiatan | Sasaran | Indikator | Waktu |",
                      "|---|---|---|---|---|---|",
                      "| 1 | Bayi diberi bubur terlalu dini | Demo masak bubur sayur | Ibu dan nenek bayi | 20 ibu hadir | Mei |",
                      "| 2 | Nenek menyuruh beri air tajin | Kunjungan bidan | Keluarga bayi | Oma ikut kelas ibu | Juni |",
                      "| 3 | Nenek menyuruh beri air tajin | Kunjungan bidan | Keluarga bayi | 10 rumah | Juni |", ""])
    codes = feeding_codes(tmp_path / "m", "plan.md", plan)
    first = next(text for text in codes if text.startswith("1 |"))
    second = next(text for text in codes if text.startswith("2 |"))
    third = next(text for text in codes if text.startswith("3 |"))
    assert codes[first] == {"edukasi"}              # the grandmother is only whom the cooking class is for
    assert codes[second] == {"nasihat_nenek"}       # the indicator's class is monitoring, not the activity
    assert codes[third] == {"nasihat_nenek"}        # the problem cell names her advice


def test_a_word_rows_target_group_is_not_its_topic(tmp_path):
    document = docx.Document()
    for line in [*FRONT, INTRO]:
        document.add_paragraph(line)
    grid = document.add_table(rows=2, cols=3)
    for row, values in zip(grid.rows, [["Kegiatan", "Sasaran kegiatan", "Penanggung jawab"],
                                       ["Demo masak bubur sayur", "Ibu dan nenek bayi", "Bidan, oma kader"]]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    codes = feeding_codes(tmp_path / "w", "plan.docx", buffer.getvalue())
    row = "Kegiatan: Demo masak bubur sayur; Sasaran kegiatan: Ibu dan nenek bayi; Penanggung jawab: Bidan, oma kader"
    assert codes[row] == {"edukasi"}


def test_a_markdown_row_with_its_outer_pipes_blanks_the_same_cells():
    header = "| No | Kegiatan | Sasaran | Waktu |"
    inner = readable_row("1 | Penyuluhan ibu | Ibu dan nenek balita | Maret", header)
    outer = readable_row("| 1 | Penyuluhan ibu | Ibu dan nenek balita | Maret |", header)
    for row in (inner, outer):
        assert "Penyuluhan ibu" in row
        assert "nenek" not in row and "Maret" not in row and "1" not in row
