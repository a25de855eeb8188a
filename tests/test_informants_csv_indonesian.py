"""informants.csv's header may name its columns in Indonesian with the words front matter accepts
(README: `informan`, `responden`, `narasumber` for the code; `peran`, `jabatan`, `keterangan`,
`pekerjaan` for the role). Before round 20 a header 'informan,peran' stopped the run with "has no
'informant' column; did you mean 'informant'?" though the same words work in front matter (round 20
new-user trial)."""

from __future__ import annotations

import pytest

from pipeline.ingest import read_batch
from test_ingest_support import write_batch

INTERVIEW = "P: Ibu jual ikan di mana?\nM3: Di pasar pagi, dekat terminal.\n"


@pytest.mark.parametrize("header", ["informan,peran", "Narasumber;Jabatan", "responden,pekerjaan"])
def test_indonesian_column_names_are_the_code_and_the_role(tmp_path, header):
    delimiter = ";" if ";" in header else ","
    csv = f"{header}\nM3{delimiter}Penjual ikan\n"
    result = read_batch(write_batch(tmp_path, {"M3.txt": INTERVIEW, "informants.csv": csv}))
    assert result.informants[["informant", "role"]].values.tolist() == [["M3", "Penjual ikan"]]
