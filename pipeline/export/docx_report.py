"""The Word document authors paste into a paper: Tabel 1, Tabel 2, figures, quotation appendix.

Tables follow the usual journal style (three horizontal rules, no vertical lines, merged
theme and category cells as the Wori paper prints them), not a grid data dump.
"""

from __future__ import annotations

from copy import deepcopy
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Pt, RGBColor
from docx.table import _Cell

from pipeline.aggregate.agreement import ALL_CODES
from pipeline.aggregate.quotations import appendix_notes, quote_line, translation_line, unreviewed
from pipeline.aggregate.tables import NO_TRANSCRIPT_MARK, marked_codes, without_transcript
from pipeline.export.code_runs import informant_cell

FONT = "Times New Roman"
RULE_HEAVY, RULE_LIGHT = "12", "4"  # eighths of a point


def _set_cell_border(cell, **edges: str) -> None:
    """edges: top/bottom/left/right -> size in eighths of a point, or "nil"."""
    properties = cell._tc.get_or_add_tcPr()
    borders = properties.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        properties.append(borders)
    for edge, size in edges.items():
        element = borders.find(qn(f"w:{edge}"))
        if element is None:
            element = OxmlElement(f"w:{edge}")
            borders.append(element)
        if size == "nil":
            element.set(qn("w:val"), "nil")
        else:
            element.set(qn("w:val"), "single")
            element.set(qn("w:sz"), size)
            element.set(qn("w:color"), "000000")


def _clear_table_borders(table) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def _write_cell(cell, text: str, bold: bool = False, italic: bool = False, size: float = 10) -> None:
    cell.text = ""
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(1)
    paragraph.paragraph_format.space_before = Pt(1)
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic
    run.font.size = Pt(size)
    run.font.name = FONT


def _row_cells(table, index: int) -> list:
    """Cells of an unmerged row, without python-docx re-scanning the whole table per call.

    `table.cell()` and `row.cells` walk every cell of the table each time, which makes a
    300-informant Tabel 1 take seconds; before any merge, a row's cells are its <w:tc>s.
    """
    return [_Cell(tc, table) for tc in table.rows[index]._tr.tc_lst]


def journal_table(document, header: list[str], rows: list[list[str]], widths_cm: list[float],
                  merge_columns: tuple[int, ...] = ()):
    """A three-rule table; equal consecutive values in `merge_columns` become merged cells."""
    table = document.add_table(rows=1 + min(len(rows), 1), cols=len(header))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _clear_table_borders(table)
    for column, width in enumerate(widths_cm):
        table.columns[column].width = Cm(width)   # the grid: what Word and LibreOffice lay out by
    _write_row(table, 0, header, widths_cm, bold=True)
    _repeat_as_header(table.rows[0])
    for cell in _row_cells(table, 0):
        _set_cell_border(cell, top=RULE_HEAVY, bottom=RULE_LIGHT)
    if rows:
        _write_row(table, 1, rows[0], widths_cm)
        _append_rows_like(table, 1, rows[1:])
    for cell in _row_cells(table, len(rows)):
        _set_cell_border(cell, bottom=RULE_HEAVY)
    for column in merge_columns:
        _merge_runs(table, rows, column)
    return table


def _write_row(table, index: int, values: list[str], widths_cm: list[float], bold: bool = False) -> None:
    for column, (cell, value) in enumerate(zip(_row_cells(table, index), values)):
        _write_cell(cell, str(value), bold=bold)
        cell.width = Cm(widths_cm[column])


def _append_rows_like(table, index: int, rows: list[list[str]]) -> None:
    """Rows formatted as row `index`: copies of its XML with their own text.

    Formatting every cell through python-docx takes most of a long Tabel 1 (hundreds of
    informants); a copy of a finished row gives the same XML at a fraction of the cost.
    """
    template = table.rows[index]._tr
    for values in rows:
        row = deepcopy(template)
        template.getparent().append(row)
        for tc, value in zip(row.tc_lst, values):
            _Cell(tc, table).paragraphs[0].runs[-1].text = str(value)


def _merge_runs(table, rows: list[list[str]], column: int) -> None:
    """Merge vertically adjacent equal cells (within the same parent group for inner columns)."""
    start = 0
    for index in range(1, len(rows) + 1):
        same = index < len(rows) and rows[index][: column + 1] == rows[start][: column + 1]
        if same:
            continue
        if index - start > 1:
            text = rows[start][column]
            merged = table.cell(start + 1, column).merge(table.cell(index, column))
            _write_cell(merged, text)
            if index == len(rows):
                _set_cell_border(merged, bottom=RULE_HEAVY)
        start = index


def _repeat_as_header(row) -> None:
    """Word repeats this row at the top of every page the table runs onto."""
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)


def _caption(document, label: str, number: int, title: str, *, above: bool = True,
             alignment=WD_ALIGN_PARAGRAPH.LEFT) -> None:
    """A Word caption ("Tabel 1. ..."): the Caption style and a SEQ field, so that Insert >
    Cross-reference lists it and the numbers follow when tables are added or moved. The field is
    written as runs of the paragraph (begin, instruction, separate, its number, end), not as a
    w:fldSimple wrapper, so that any reader of the paragraph's runs (python-docx, converters,
    screen readers) sees "Tabel 1." before Word updates the fields."""
    paragraph = document.add_paragraph(style="Caption")
    paragraph.alignment = alignment
    paragraph.paragraph_format.space_before = Pt(12 if above else 2)
    paragraph.paragraph_format.space_after = Pt(4 if above else 10)
    paragraph.paragraph_format.keep_with_next = above
    _caption_run(paragraph, f"{label} ", above)
    _field_mark(_caption_run(paragraph, "", above), "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" SEQ {label} \\* ARABIC "
    _caption_run(paragraph, "", above)._r.append(instruction)
    _field_mark(_caption_run(paragraph, "", above), "separate")
    _caption_run(paragraph, str(number), above)   # the field's current result, shown until Word updates it
    _field_mark(_caption_run(paragraph, "", above), "end")
    _caption_run(paragraph, f". {title}", above)


def _field_mark(run, kind: str) -> None:
    mark = OxmlElement("w:fldChar")
    mark.set(qn("w:fldCharType"), kind)
    run._r.append(mark)


def _caption_run(paragraph, text: str, bold: bool):
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, False
    run.font.size = Pt(11 if bold else 10)
    run.font.color.rgb = RGBColor(0, 0, 0)
    return run


PAPER_SIZES = {"a4": (Cm(21.0), Cm(29.7)), "letter": (Inches(8.5), Inches(11))}


def _base_document(paper: str = "a4") -> Document:
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r}; use one of {', '.join(PAPER_SIZES)}")
    document = Document()
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(11)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for section in document.sections:
        section.page_width, section.page_height = PAPER_SIZES[paper]
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2.5)
    for name, size in (("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11), ("Heading 4", 11)):
        heading = document.styles[name]
        heading.font.name = FONT
        heading.font.size = Pt(size)
        heading.font.color.rgb = RGBColor(0, 0, 0)
        fonts = heading.element.rPr.rFonts
        for theme_attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme_attribute), None)  # theme fonts would override Times New Roman
        fonts.set(qn("w:eastAsia"), FONT)
    return document


def set_properties(document: Document, title: str, author: str, created: datetime | None) -> None:
    """The file's own properties (what Word's Info pane and a journal's submission system show):
    python-docx leaves its own (author "python-docx", a comment, created in 2013)."""
    properties = document.core_properties
    properties.title = title
    properties.author = properties.last_modified_by = author
    properties.comments = ""
    properties.revision = 1
    if created is not None:   # python-docx writes the time as UTC ("...Z") whatever its zone
        created = created.astimezone(timezone.utc).replace(tzinfo=None) if created.tzinfo else created
        properties.created = properties.modified = created


def write_report(path: Path, *, title: str, labels: dict[str, str], informants: pd.DataFrame,
                 theme_table: pd.DataFrame, quotations: pd.DataFrame,
                 figures: list[tuple[str, Path]] = (), agreement: pd.DataFrame | None = None,
                 notes: list[str] = (), timestamps: bool = False, paper: str = "a4",
                 author: str = "", created: datetime | None = None) -> Path:
    """Write the report on A4 (or US Letter) paper; returns `path`. `timestamps`: quotes show
    their time in the recording; `author` and `created` (the run's start) are the file's properties."""
    document = _base_document(paper)
    set_properties(document, title, author, created)
    heading = document.add_heading(title, level=1)
    heading.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for note in notes:
        paragraph = document.add_paragraph(note)
        paragraph.runs[0].font.size = Pt(9)

    _caption(document, labels["table"], 1, labels["table1_title"])
    journal_table(document, [labels["informant_code"], labels["description"]],
                  [[code, role] for code, role in zip(marked_codes(informants), informants["role"])], [4.0, 11.0])
    if without_transcript(informants).any():
        note = document.add_paragraph(f"{NO_TRANSCRIPT_MARK} {labels['no_transcript']}")
        note.runs[0].font.size = Pt(9)

    _caption(document, labels["table"], 2, labels["table2_title"])
    rows = [[row["Tema"], row["Kategori"], row["Koding"], informant_cell(row["Kode informan"])]
            for _, row in theme_table.iterrows()]
    journal_table(document, [labels["theme"], labels["category"], labels["code"], labels["informants"]],
                  rows, [3.5, 4.0, 5.5, 3.0], merge_columns=(0, 1))

    if agreement is not None and not agreement.empty:
        _caption(document, labels["table"], 3, labels["agreement_title"])
        journal_table(document, [labels["code"], "Cohen's κ", "%", "Krippendorff's α"],
                      [[labels["all_codes"] if row["code"] == ALL_CODES else row["code"], _fmt(row["cohen_kappa"]),
                        _fmt(row["percent_agreement"], 1),
                        _fmt(row["krippendorff_alpha"])] for _, row in agreement.iterrows()],
                      [8.0, 2.5, 2.0, 3.0])

    for number, (caption, figure) in enumerate(figures, start=1):
        if not Path(figure).exists():
            continue
        document.add_picture(str(figure), width=Cm(15))
        document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        document.paragraphs[-1].paragraph_format.keep_with_next = True
        _caption(document, labels["figures"], number, caption, above=False, alignment=WD_ALIGN_PARAGRAPH.CENTER)

    _appendix(document, quotations, labels, timestamps)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return Path(path)


def _appendix(document, quotations: pd.DataFrame, labels: dict[str, str], timestamps: bool) -> None:
    document.add_page_break()
    document.add_heading(labels["appendix"], level=1)
    marked = unreviewed(quotations)
    for text in appendix_notes(quotations, labels):
        document.add_paragraph().add_run(text).font.size = Pt(9)
    theme = category = None
    for code_label, group in quotations.groupby("code", sort=False):
        first = group.iloc[0]
        if first["theme"] != theme:
            theme, category = first["theme"], None
            document.add_heading(f"{labels['theme']}: {theme}", level=2)
        if first["category"] != category:
            category = first["category"]
            document.add_heading(f"{labels['category']}: {category}", level=3)
        document.add_heading(f"{labels['code']}: {code_label}", level=4)
        for _, row in group.iterrows():
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.left_indent = Cm(1)
            paragraph.paragraph_format.space_after = Pt(2)
            paragraph.add_run(quote_line(row, timestamps)).italic = True
            if marked.loc[row.name]:
                mark = paragraph.add_run(f" [{labels['unreviewed']}]")
                mark.font.size = Pt(9)
                mark.font.color.rgb = RGBColor(0x99, 0x1B, 0x1B)
            if (line := translation_line(row, labels)) is not None:
                translation = document.add_paragraph(line)
                translation.paragraph_format.left_indent = Cm(1)
                translation.paragraph_format.space_after = Pt(8)
            else:
                paragraph.paragraph_format.space_after = Pt(8)


def _fmt(value, digits: int = 3) -> str:
    return "–" if pd.isna(value) else f"{value:.{digits}f}"
