"""A document pasted from a web page, one paragraph per line with no blank line between (round 18's
new-user trial): it was one segment of a hundred words, headline, date line, link and byline
included, coded and quoted whole."""

from __future__ import annotations

from pipeline.ingest import read_batch
from pipeline.ingest.line_layout import text_layout
from test_ingest_support import write_batch

# invented: a regional news item about a school eye-screening day, as a browser copies it
PASTED = ("Skrining Mata Murid SMP di Bitung Temukan Banyak Rabun Jauh\n"
          "Selasa, 3 November 2026 08:40 WITA\n"
          "BITUNG - Puskesmas Girian memeriksa mata 320 murid SMP pekan lalu dan menemukan 41 murid "
          "yang sulit membaca tulisan di papan tulis dari bangku belakang.\n"
          "Baca Juga: Pasar Girian Direnovasi Tahun Depan\n"
          "Kepala puskesmas mengatakan murid yang rabun jauh dirujuk ke dokter mata di rumah sakit daerah "
          "dan orang tua diminta mengurus kacamata lewat BPJS.\n"
          "Editor: Redaksi\n")


def test_a_pasted_article_is_read_a_line_per_paragraph(tmp_path):
    batch = write_batch(tmp_path, {"berita_skrining.txt": "---\ntype: document\n---\n" + PASTED})
    texts = read_batch(batch).segments["text"].tolist()
    assert len(texts) == 6
    assert texts[0] == "Skrining Mata Murid SMP di Bitung Temukan Banyak Rabun Jauh"
    assert texts[3] == "Baca Juga: Pasar Girian Direnovasi Tahun Depan"
    assert texts[-1] == "Editor: Redaksi"


def _paragraphs(text: str) -> list[str]:
    return [" ".join(text[raw.start:raw.end].split()) for raw in text_layout(text, 0).paragraphs]


def test_a_text_wrapped_by_hand_is_read_as_wrapped():
    wrapped = ("Puskesmas Girian memeriksa mata 320 murid SMP pekan lalu dan menemukan\n"
               "41 murid yang sulit membaca tulisan di papan tulis dari bangku belakang.\n"
               "Murid yang rabun jauh dirujuk ke dokter mata di rumah sakit daerah dan\n"
               "orang tua diminta mengurus kacamata lewat BPJS.\n")
    # read as wrapped text: the break inside the first sentence joins; the full-width line that ends
    # a sentence before a capital (line 2) goes on too, and is named for the warning
    layout = text_layout(wrapped, 0)
    assert layout.wrapped and layout.doubtful == [2]
    assert _paragraphs(wrapped) == [" ".join(wrapped.split())]
    # blank lines between paragraphs decide, whatever the lines' length
    assert len(_paragraphs(PASTED.replace("\n", "\n\n"))) == 6
    # one short sentence per line, typed as notes: each line a paragraph
    notes = "Murid kelas 7 diperiksa semua.\nYang rabun dirujuk.\nOrang tua diberi surat.\n"
    assert _paragraphs(notes) == ["Murid kelas 7 diperiksa semua.", "Yang rabun dirujuk.", "Orang tua diberi surat."]


def test_a_document_without_front_matter_is_the_informant_it_is_named_after(tmp_path):
    # the trial's informants.csv listed D1 for the news file D1_berita.txt: the file's stem became a
    # second informant "D1_berita" and D1 was marked as having no transcript
    batch = write_batch(tmp_path, {"D1_berita.txt": PASTED, "rencana_kerja.txt": "Rencana kerja.\n\nSkrining mata.\n",
                                   "informants.csv": "informant,role\nD1,Berita daring\n"})
    segments = read_batch(batch).segments
    by_file = segments.groupby("document")["informant"].agg(set).to_dict()
    assert by_file == {"D1_berita.txt": {"D1"}, "rencana_kerja.txt": {"rencana_kerja"}}


def test_a_file_without_labels_beside_interviews_is_named(tmp_path):
    # the trial's notes of an interview, typed without speaker labels, became one informant's document
    # without a word, the interviewer's questions coded as answers
    notes = "Apakah anak sikat gigi tiap malam?\nKadang lupa kalau sudah capek.\n"
    interview = "P: Anak sudah periksa mata?\nK1: Sudah, di sekolah.\n"
    warnings = read_batch(write_batch(tmp_path, {"K1.txt": interview, "K2_catatan.txt": notes,
                                                 "rencana.txt": "---\ntype: document\n---\nSkrining mata.\n"})).warnings
    said = [warning for warning in warnings if warning.startswith("read as documents")]
    assert len(said) == 1 and "K2_catatan.txt;" in said[0] and "rencana.txt" not in said[0]
    # a batch of documents alone says nothing
    alone = read_batch(write_batch(tmp_path, {"K2_catatan.txt": notes}, name="docs")).warnings
    assert not any(warning.startswith("read as documents") for warning in alone)


def test_a_name_label_in_a_file_named_after_a_code_is_told_that_code(tmp_path):
    # the trial's G5_ayah.txt had 'Pak Ronny:' answers; informants.csv listed G5 "without a transcript"
    text = "Tanya: Anak sikat gigi tiap malam?\nPak Rudi: Kadang lupa.\nTanya: Pagi?\nPak Rudi: Pagi selalu.\n"
    warnings = read_batch(write_batch(tmp_path, {"G5_ayah.txt": text})).warnings
    assert any("G5_ayah.txt:2" in warning and "'G5:', the code the file is named after" in warning
               for warning in warnings)
