"""A problem in an ordinary paragraph of a Word transcript names the paragraph ("K2.docx,
paragraph 14"), as one in a table names the table and row: the line of the extracted text it
used to name cannot be found in Word (a paragraph with line breaks holds several such lines, and
empty paragraphs and tables shift them)."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from test_ingest_support import docx_bytes, write_batch

# paragraph 1 "P: ...", 2 empty, 3 "Ibu Sari: ..." (a name as the label), 4 "P: ...", 5 "Ibu Sari: ..."
PARAGRAPHS = ["P: Ibu sudah periksa tensi?", "", "Ibu Sari: Jarang, cuma kalau pusing.", "P: Kenapa?",
              "Ibu Sari: Jauh, nda ada oto."]


def _warnings(tmp_path, paragraphs, table=None):
    batch = write_batch(tmp_path, {"K2.docx": docx_bytes(paragraphs, table)})
    return batch, read_batch(batch).warnings


def test_a_name_as_speaker_label_names_its_paragraph(tmp_path):
    batch, warnings = _warnings(tmp_path, PARAGRAPHS)
    [warned] = [warning for warning in warnings if "is not an informant code" in warning]
    assert warned.startswith(f"{batch / 'K2.docx'}, paragraph 3: speaker label 'Ibu Sari'"), warned


def test_a_paragraph_with_line_breaks_names_the_line_in_it(tmp_path):
    batch, warnings = _warnings(tmp_path, ["P: Ibu sudah periksa tensi?\nIbu Sari: Jarang.", "P: Kenapa?\nIbu Sari: Jauh."])
    [warned] = [warning for warning in warnings if "is not an informant code" in warning]
    assert warned.startswith(f"{batch / 'K2.docx'}, paragraph 1, line 2: speaker label 'Ibu Sari'"), warned


def test_a_front_matter_slip_in_word_names_its_paragraph(tmp_path):
    batch = write_batch(tmp_path, {"K2.docx": docx_bytes(["---", "informant: K2", "role: [Kader, posyandu", "---",
                                                           "P: Apa kabar?", "K2: Baik."])})
    with pytest.raises(InputError) as raised:
        read_batch(batch)
    [problem] = raised.value.problems
    assert str(problem).startswith(f"{batch / 'K2.docx'}, paragraph 3: front matter: the '[' opened"), str(problem)
