"""A news article or a plan in a batch of interviews is read as the document code its file is named
after (D1), but it is no informant: Tabel 1 describes the people interviewed. Before round 20 such a
code sat in Tabel 1 with an empty role, and the warning said to "correct the label if it is a typo"
for a file that has no label (round 19 and 20 new-user trials)."""

from __future__ import annotations

from pipeline.ingest import read_batch
from test_ingest_support import write_batch

# invented: a fishing-village interview and a pasted news item about a new boat ramp
INTERVIEW = ("---\ninformant: N2\nrole: Nelayan\n---\n"
             "P: Bapak biasa melaut jam berapa?\n"
             "N2: Jam tiga subuh, pulang sebelum siang.\n")
NEWS = ("Dermaga Baru Dibangun di Pesisir Likupang\n\n"
        "Pemerintah desa mulai membangun dermaga perahu yang baru pada pekan ini.\n\n"
        "Warga berharap dermaga selesai sebelum musim angin barat.\n")


def test_a_document_is_no_row_of_tabel_1_beside_informants_csv(tmp_path):
    result = read_batch(write_batch(tmp_path, {"N2.txt": INTERVIEW, "berita_D4.txt": NEWS,
                                               "informants.csv": "informant,role\nN2,Nelayan\n"}))
    assert result.informants["informant"].tolist() == ["N2"]
    assert set(result.segments.loc[result.segments["document"] == "berita_D4.txt", "informant"]) == {"D4"}
    told = [warning for warning in result.warnings if "berita_D4.txt" in warning and "Tabel 1" in warning]
    assert told and "typo" not in told[0] and "informants.csv" in told[0]


def test_a_document_is_no_row_of_tabel_1_without_informants_csv(tmp_path):
    result = read_batch(write_batch(tmp_path, {"N2.txt": INTERVIEW, "berita_D4.txt": NEWS}))
    assert result.informants["informant"].tolist() == ["N2"]
    assert not any("no role for D4" in warning for warning in result.warnings)


def test_a_listed_document_stays_in_tabel_1(tmp_path):
    result = read_batch(write_batch(tmp_path, {"N2.txt": INTERVIEW, "berita_D4.txt": NEWS,
                                               "informants.csv": "informant,role\nN2,Nelayan\nD4,Berita daring\n"}))
    assert result.informants["informant"].tolist() == ["N2", "D4"]


def test_a_batch_of_documents_alone_keeps_them(tmp_path):
    result = read_batch(write_batch(tmp_path, {"berita_D4.txt": NEWS, "berita_D5.txt": NEWS.replace("Likupang", "Wori")}))
    assert sorted(result.informants["informant"]) == ["D4", "D5"]


def test_a_documents_own_front_matter_role_describes_it(tmp_path):
    # the warning's own advice: front matter with 'role:' (no 'informant:') shows the document in Tabel 1
    result = read_batch(write_batch(tmp_path, {"N2.txt": INTERVIEW,
                                               "berita_D4.txt": "---\ntype: document\nrole: Berita daring\n---\n" + NEWS}))
    assert sorted(result.informants["informant"]) == ["D4", "N2"]   # code order without informants.csv
    assert result.informants.set_index("informant").loc["D4", "role"] == "Berita daring"
    assert not any("berita_D4.txt" in warning and "left out" in warning for warning in result.warnings)
