"""A typed transcript's title line above its first turn gives the interview's date when nothing else does
(round 19 trial: "Wawancara S07, ..., 12 Oktober 2026" was kept as a note, and saturation warned that no
file had a date); the same rule as a tool export's title (Teams' meeting date)."""

from __future__ import annotations

from pipeline.ingest import read_batch
from test_ingest_support import write_batch

TURNS = "P: Bapak melaut jam berapa?\nN3: Dari subuh sampai siang.\n"


def test_a_title_line_dates_the_interview(tmp_path):
    batch = write_batch(tmp_path, {"N3.txt": "Wawancara N3, nelayan, Kel. Girian, 3 Oktober 2026\n\n" + TURNS,
                                   "N4.txt": "Transkrip wawancara 2026-09-28\n" + TURNS.replace("N3", "N4")})
    documents = read_batch(batch).documents
    assert documents["N3.txt"].metadata["date"] == "2026-10-03"
    assert documents["N4.txt"].metadata["date"] == "2026-09-28"


def test_front_matter_wins_and_a_long_preamble_gives_no_date(tmp_path):
    preamble = "".join(f"Catatan baris {number}, ditulis 1 Mei 2026.\n" for number in range(1, 7))
    batch = write_batch(tmp_path, {"N3.md": "---\ninformant: N3\ndate: 2026-11-02\n---\nWawancara 3 Oktober 2026\n\n" + TURNS,
                                   "N4.txt": preamble + TURNS.replace("N3", "N4")})
    documents = read_batch(batch).documents
    assert str(documents["N3.md"].metadata["date"]) == "2026-11-02"
    assert not documents["N4.txt"].metadata.get("date")


def test_a_birth_date_in_the_title_is_no_session_date(tmp_path):
    batch = write_batch(tmp_path, {
        "N3.txt": "Wawancara N3, nelayan, lahir 3 Mei 1975\n\n" + TURNS,
        "N4.txt": "Wawancara N4 (TTL: Bitung, 12 Juni 1980), 5 Oktober 2026\n" + TURNS.replace("N3", "N4"),
        "N5.txt": "Wawancara N5, lahir 1975, 7 Oktober 2026\n" + TURNS.replace("N3", "N5")})
    documents = read_batch(batch).documents
    assert not documents["N3.txt"].metadata.get("date")
    assert documents["N4.txt"].metadata["date"] == "2026-10-05"
    assert documents["N5.txt"].metadata["date"] == "2026-10-07"


def test_a_birth_place_of_one_or_two_words_without_a_comma_is_still_a_birth_date(tmp_path):
    batch = write_batch(tmp_path, {
        "N3.txt": "Wawancara N3, lahir di Bitung 12 Juni 1980\n\n" + TURNS,
        "N4.txt": "Wawancara N4, TTL: Kota Bitung, 12 Juni 1980\n" + TURNS.replace("N3", "N4")})
    documents = read_batch(batch).documents
    assert not documents["N3.txt"].metadata.get("date") and not documents["N4.txt"].metadata.get("date")


def test_a_sentence_of_context_above_the_first_turn_gives_no_date(tmp_path):
    note = "Informan bercerita tentang banjir besar 12 Januari 2023 yang merusak perahunya.\n\n"
    batch = write_batch(tmp_path, {"N3.txt": note + TURNS})
    assert not read_batch(batch).documents["N3.txt"].metadata.get("date")
