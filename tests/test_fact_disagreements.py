"""Every fact a transcript gives otherwise than informants.csv (a role, a site, a gender, an
institution, any attribute both give) is warned about once per informant and fact, naming both
files and values and which one the outputs use: informants.csv's."""

from __future__ import annotations

from pipeline.ingest import read_batch
from test_ingest_support import docx_bytes, write_batch

CSV = ("informant,role,gender,institusi,usia\nK1,Kader Posyandu,Perempuan,Puskesmas Wori,41\n"
       "K2,Bidan desa,perempuan,Puskesmas Likupang,35\n")


def test_role_gender_and_institution_disagreements_are_each_warned_about(tmp_path):
    batch = read_batch(write_batch(tmp_path, {
        "K1.md": "---\ninformant: K1\nrole: Kader\ngender: Laki-laki\ninstitution: Puskesmas  wori\n---\n"
                 "P: Sudah lama jadi kader?\nK1: So lima tahun.\n",
        "K2.docx": docx_bytes(["Informan: K2, Jabatan: Bidan Desa, Institusi: Dinas Kesehatan",
                               "P: Ibu bertugas di mana?", "K2: Di desa Wori."]),
        "K2.yaml": "jenis_kelamin: Perempuan\nusia: 36\n",
        "informants.csv": CSV}))
    said = [warning for warning in batch.warnings if warning.startswith("informants.csv and ")]
    assert len(said) == 4
    role, gender = [warning for warning in said if "for K1:" in warning]
    assert "different roles for K1: 'Kader Posyandu' in informants.csv (line 2), 'Kader' in " in role
    assert f"{tmp_path / 'batch' / 'K1.md'}:3" in role and "Tabel 1 and the outputs use informants.csv's" in role
    assert "different genders for K1: 'Perempuan' in informants.csv (line 2), 'Laki-laki' in " in gender
    institution, age = [warning for warning in said if "for K2:" in warning]
    assert "different institutions for K2: 'Puskesmas Likupang' in informants.csv (line 3), 'Dinas Kesehatan' in " \
           in institution and "K2.docx, paragraph 1" in institution
    assert "different 'usia' values for K2: '35' in informants.csv (line 3), '36' in " in age
    assert f"{tmp_path / 'batch' / 'K2.yaml'}:2" in age
    assert list(batch.informants["role"]) == ["Kader Posyandu", "Bidan desa"]   # informants.csv's, as said


def test_facts_that_agree_but_for_spacing_and_case_are_not_warned_about(tmp_path):
    batch = read_batch(write_batch(tmp_path, {
        "K1.md": "---\ninformant: K1\nrole: kader  posyandu\ngender: PEREMPUAN\n---\nP: Lama?\nK1: Lima tahun.\n",
        "informants.csv": CSV}))
    assert not [warning for warning in batch.warnings if warning.startswith("informants.csv and ")]


def test_an_occupation_beside_the_role_is_no_second_role(tmp_path):
    batch = read_batch(write_batch(tmp_path, {
        "K1.md": "---\ninformant: K1\nrole: Kader Posyandu\n---\nP: Lama?\nK1: Lima tahun.\n",
        "informants.csv": "kode,peran,pekerjaan\nK1,Kader Posyandu,Petani\n"}))
    assert not [warning for warning in batch.warnings if "different roles" in warning]


def test_a_detail_in_parentheses_after_the_same_fact_is_no_disagreement(tmp_path):
    """A transcript header adding an age or status in parentheses ('Bidan desa (38 tahun)') gives the
    same role; another role with an aside ('Kader (41 tahun)' for 'Kader Posyandu') still differs."""
    batch = read_batch(write_batch(tmp_path, {
        "K1.md": "---\ninformant: K1\nrole: Kader (41 tahun)\n---\nP: Lama?\nK1: Lima tahun.\n",
        "K2.md": "---\ninformant: K2\nrole: Bidan desa (35 tahun)\n---\nP: Lama?\nK2: Tiga tahun.\n",
        "informants.csv": CSV}))
    said = [warning for warning in batch.warnings if "different roles" in warning]
    assert len(said) == 1 and "for K1: 'Kader Posyandu' in informants.csv (line 2), 'Kader (41 tahun)'" in said[0]
