"""A Word transcript's first paragraph of interview facts is read as its front matter, with the
front matter's checks; a paragraph that is a turn stays a turn."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from test_ingest_support import docx_bytes, write_batch

TURNS = ["P: Sejak kapan Ibu bantu persalinan di desa?",
         "Informan: Sejak 2015. Dulu banyak yang melahirkan di rumah dengan dukun.",
         "P: Sekarang bagaimana?",
         "Informan: Sekarang hampir semua ke Puskesmas."]


def _read(tmp_path, first: str):
    return read_batch(write_batch(tmp_path, {"bidan_R7.docx": docx_bytes([first, *TURNS])}))


def test_a_first_paragraph_of_facts_is_the_files_front_matter(tmp_path):
    batch = _read(tmp_path, "Informan: R7, Jabatan: Bidan desa, Lokasi: Desa Sea, Kec. Pineleng, Tanggal 2026-09-03")
    metadata = batch.documents["bidan_R7.docx"].metadata
    assert str(metadata["date"]) == "2026-09-03"
    assert metadata["informant"] == "R7" and metadata["role"] == "Bidan desa"
    assert metadata["site"] == "Desa Sea, Kec. Pineleng"
    segments = batch.segments
    assert len(segments) == 4 and not segments["text"].str.contains("Bidan desa").any()
    assert segments["informant"].unique().tolist() == ["R7"]
    assert batch.informants.set_index("informant").loc["R7", "role"] == "Bidan desa"


def test_a_fact_without_its_key_stops_the_run_with_the_line_to_write(tmp_path):
    with pytest.raises(InputError) as raised:
        _read(tmp_path, "Informan: R7, Bidan desa, Tanggal 2026-09-03")
    problem = raised.value.problems[0]
    assert problem.file.endswith("bidan_R7.docx") and problem.place == "paragraph 1"
    assert "'Bidan desa' has no key" in problem.message
    assert "'Informan: R7, Peran: Bidan desa, Tanggal: 2026-09-03'" in problem.message


def test_the_facts_get_the_front_matter_checks(tmp_path):
    with pytest.raises(InputError) as raised:
        _read(tmp_path, "Informan: R7; Bahasa: Sangihe; Tanggal: 2026-09-03")
    assert "language must be one of" in str(raised.value)


@pytest.mark.parametrize("first", ["Informan: Iya, tanggal 5 saya ke posyandu, desa kami jauh.",
                                   "Informan: Sejak 2015, Ibu."])
def test_a_first_turn_with_commas_stays_a_turn(tmp_path, first):
    segments = _read(tmp_path, first).segments
    assert len(segments) == 5 and segments["text"].iloc[0] == first.partition(": ")[2]


def test_a_site_that_informants_csv_contradicts_is_warned_about_once_with_both_values(tmp_path):
    """A Word file's 'Lokasi:' fact and a front matter 'site:' that informants.csv's site column
    contradicts: one warning per informant names both files and values and says the CSV's is used."""
    batch = read_batch(write_batch(tmp_path, {
        "R7.docx": docx_bytes(["Informan: R7, Peran: Kader, Lokasi: Desa Lolak, Tanggal: 2027-03-02",
                               "P: Posyandu ramai?", "R7: Ramai kalau ada PMT."]),
        "R8.md": "---\ninformant: R8\nsite: Desa Buko\n---\nP: Posyandu ramai?\nR8: Sepi.\n",
        "R9.md": "---\ninformant: R9\nsite: desa inobonto\n---\nP: Posyandu ramai?\nR9: Ramai.\n",
        "informants.csv": "informant,role,lokasi\nR7,Kader,Desa Inobonto\nR8,Bidan,Desa Inobonto\n"
                          "R9,Ibu balita,Desa Inobonto\n"}))
    r7, r8 = [warning for warning in batch.warnings if "different sites" in warning]
    assert "for R7: 'Desa Inobonto' in informants.csv (line 2), 'Desa Lolak' in " in r7
    assert "R7.docx, paragraph 1 (Lokasi)" in r7
    assert "for R8: 'Desa Inobonto' in informants.csv (line 3), 'Desa Buko' in " in r8 and "R8.md:3" in r8
    assert "use informants.csv's" in r7 and "use informants.csv's" in r8
    assert list(batch.informants["lokasi"]) == ["Desa Inobonto"] * 3


def test_a_site_given_in_a_sidecar_is_named_there(tmp_path):
    batch = read_batch(write_batch(tmp_path, {
        "R8.md": "P: Posyandu ramai?\nR8: Sepi.\n", "R8.yaml": "informant: R8\nrole: Bidan\nsite: Desa Buko\n",
        "informants.csv": "informant,role,site\nR8,Bidan,Desa Inobonto\n"}))
    [said] = [warning for warning in batch.warnings if "different sites" in warning]
    assert f"'Desa Buko' in {tmp_path / 'batch' / 'R8.yaml'}:3" in said
