"""read_batch lists the batch folder once: the transcripts, the files passed over and the unconverted
files that stop the run are all read from one listing (batch_files.folder_entries)."""

from __future__ import annotations

from pathlib import Path

from pipeline.ingest import read_batch
from test_ingest_support import write_batch


def test_the_batch_folder_is_listed_once(tmp_path, monkeypatch):
    batch = write_batch(tmp_path, {"K1.txt": "P: Ibu tinggal di mana?\nK1: Di dekat pasar ikan.\n",
                                   "catatan.pdf": b"%PDF-1.4"})
    listed = []
    iterdir = Path.iterdir

    def counted(path):
        if path == batch:
            listed.append(path)
        return iterdir(path)

    monkeypatch.setattr(Path, "iterdir", counted)
    assert len(read_batch(batch).documents) == 1
    assert len(listed) == 1
