"""Speaker labels typed with a dash instead of a colon ("P- ...", "R1 - ...", "Peneliti – ..."), as some
typists write them, are labels in a file where an interviewer's label is written so (round 19 trial: such
a transcript was read as a document, the interviewer's questions coded as the informant's words)."""

from __future__ import annotations

from pipeline.ingest import read_batch
from test_ingest_support import write_batch


def test_dash_labels_make_turns(tmp_path):
    text = ("P- Ibu biasa belanja ikan di mana?\nN7- Di pasar Girian, pagi-pagi.\n"
            "P - Harganya?\nN7 - Tergantung musim.\nKalau angin kencang, mahal.\n")
    segments = read_batch(write_batch(tmp_path, {"N7.txt": text})).segments
    assert segments["speaker"].tolist() == ["P", "N7", "P", "N7"]
    assert segments["text"].tolist() == ["Ibu biasa belanja ikan di mana?", "Di pasar Girian, pagi-pagi.",
                                         "Harganya?", "Tergantung musim.\nKalau angin kencang, mahal."]


def test_a_document_with_dashes_stays_a_document(tmp_path):
    # no interviewer's label before a dash: list items and ranges are text
    text = ("Jadwal kegiatan\n\nSenin - penyuluhan di balai desa.\n\nSelasa - pemeriksaan tekanan darah.\n\n"
            "Tahap 2- evaluasi oleh puskesmas.\n")
    segments = read_batch(write_batch(tmp_path, {"D3_jadwal.txt": text})).segments
    assert set(segments["speaker_role"]) == {"informant"} and set(segments["informant"]) == {"D3"}
    assert len(segments) == 4
