"""Front matter keys in Indonesian (`tanggal:`, `peran:`, `informan:` ...) mean what they mean in
a Word table or paragraph of facts, in every kind of file: `.md` front matter read `tanggal:` as
an attribute of its own, so the interview had no date and Tabel 1 an extra column."""

from __future__ import annotations

import datetime
import io

import docx
import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from test_ingest_support import docx_bytes, write_batch

FACTS = [("Informan", "A1"), ("Peran", "Bidan desa"), ("Tanggal", "2024-05-13"), ("Lokasi", "Wori"),
         ("Bahasa", "Manado"), ("Jenis", "wawancara"), ("Institusi", "Puskesmas Wori")]
TURNS = ["P: Ibu sudah pernah urus BPJS?", "A1: So pernah, mar lama skali."]
VTT = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v S00>Ibu sudah pernah urus BPJS?\n\n"
       "00:00:03.000 --> 00:00:05.000\n<v S01>So pernah, mar lama skali.\n")
EXPECTED = {"informant": "A1", "role": "Bidan desa", "date": datetime.date(2024, 5, 13), "site": "Wori",
            "language": "xmm", "type": "wawancara"}


def _docx_with_table() -> bytes:
    document = docx.Document()
    grid = document.add_table(rows=len(FACTS), cols=2)
    for row, (key, value) in zip(grid.rows, FACTS):
        row.cells[0].text, row.cells[1].text = key, value
    for line in TURNS:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


FILES = {
    "front matter": {"A1.md": "---\n" + "".join(f"{key.lower()}: {value}\n" for key, value in FACTS) + "---\n"
                     + "\n".join(TURNS) + "\n"},
    "Word table of facts": {"A1.docx": _docx_with_table()},
    "Word paragraph of facts": {"A1.docx": docx_bytes([", ".join(f"{key}: {value}" for key, value in FACTS), *TURNS])},
    "sidecar": {"A1.vtt": VTT, "A1.yaml": "".join(f"{key.lower()}: {value}\n" for key, value in FACTS)
                + "speakers: {S00: P, S01: A1}\n"},
}


@pytest.mark.parametrize("kind", FILES)
def test_indonesian_keys_mean_the_same_in_every_kind_of_file(tmp_path, kind):
    batch = read_batch(write_batch(tmp_path, FILES[kind]))
    metadata = next(iter(batch.documents.values())).metadata
    assert {key: metadata.get(key) for key in EXPECTED} == EXPECTED
    assert {key.casefold(): value for key, value in metadata.items() if key not in EXPECTED} == {
        "institusi": "Puskesmas Wori"}   # not a key: an attribute under the name written, in each kind of file
    assert batch.informants.set_index("informant").loc["A1", "role"] == "Bidan desa"   # Tabel 1


def test_an_indonesian_key_beside_its_english_key_is_an_attribute(tmp_path):
    # site: the district, desa: the village; role: what she is, pekerjaan: her job
    batch = read_batch(write_batch(tmp_path, {"A1.md": "---\ninformant: A1\nsite: Minahasa Utara\nrole: Ibu\n"
                                                       "desa: Wori\npekerjaan: Nelayan\n---\n" + "\n".join(TURNS) + "\n"}))
    metadata = next(iter(batch.documents.values())).metadata
    assert (metadata["site"], metadata["role"]) == ("Minahasa Utara", "Ibu")
    assert (metadata["desa"], metadata["pekerjaan"]) == ("Wori", "Nelayan")


def test_two_indonesian_names_of_one_key_are_one_key_given_twice(tmp_path):
    with pytest.raises(InputError) as caught:
        read_batch(write_batch(tmp_path, {"A1.md": "---\ninformant: A1\ntanggal: 2024-05-13\ntgl: 2024-05-14\n---\n"
                                                   + "\n".join(TURNS) + "\n"}))
    [problem] = caught.value.problems
    assert (problem.line, problem.key) == (4, "date")
    assert "'tgl' is another name of 'date': key given twice (first on line 3)" in problem.message


def test_a_missing_role_is_named_at_its_indonesian_line(tmp_path):
    batch = read_batch(write_batch(tmp_path, {"A1.md": "---\ninformant: A1\nperan:\n---\n" + "\n".join(TURNS) + "\n"}))
    assert any("A1 (" in warning and "A1.md:3)" in warning for warning in batch.warnings), batch.warnings
