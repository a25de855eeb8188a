"""Ingest: odd but valid inputs are read correctly (encodings, Word files, labels, front matter)."""

from __future__ import annotations

import time

import pytest

from pipeline.ingest import read_batch
from pipeline.ingest.batch_files import list_transcripts
from pipeline.ingest.decode import decode_bytes
from pipeline.ingest.turns import find_labels
from pipeline.privacy import redact_batch
from test_ingest_support import DATA, GOOD_TRANSCRIPT, docx_bytes, write_batch


def texts(batch, role: str | None = None) -> list[str]:
    segments = batch.segments if role is None else batch.segments[batch.segments["speaker_role"] == role]
    return segments["text"].tolist()


def assert_offsets(batch) -> None:
    for row in batch.segments.itertuples():
        assert batch.documents[row.document].text[row.start:row.end] == row.text


# -- encodings ---------------------------------------------------------------------------------

def test_mixed_encodings_in_one_batch_are_all_read_correctly():
    batch = read_batch(DATA / "ingest" / "mixed_encodings")
    docs = batch.documents
    assert docs["B1_latin1.txt"].encoding in ("cp1252", "latin-1")
    assert docs["B2_cp1252.txt"].encoding == "cp1252"
    assert docs["B3_utf8bom_crlf.md"].encoding == "utf-8-sig"
    b1 = " ".join(batch.segments.loc[batch.segments["document"] == "B1_latin1.txt", "text"])
    assert "kafé dekat balai désa" in b1 and "Kepala Désa" in b1
    b2 = " ".join(batch.segments.loc[batch.segments["document"] == "B2_cp1252.txt", "text"])
    assert "KK dulu – baru" in b2 and "“nanti jo”" in b2 and "perempuan’" in b2
    b3 = docs["B3_utf8bom_crlf.md"]
    assert "café à la carte" in b3.text
    assert "\r" not in b3.text and "\ufeff" not in b3.text
    assert b3.metadata == {"informant": "B3", "role": "Ibu balita", "language": "xmm"}
    # informants.csv itself is cp1252 with semicolons and CRLF
    assert batch.informants.set_index("informant").loc["B1", "role"] == "Bidan désa"
    assert sorted(batch.segments["informant"].unique()) == ["B1", "B2", "B3"]
    assert_offsets(batch)


def test_latin1_accents_outside_cp1252_punctuation_are_not_misread_as_central_european(tmp_path):
    text = "P: Makanan apa?\n\nA1: Kami masak à la carte, señor, naïve; ã ô ñ.\n"
    batch = read_batch(write_batch(tmp_path, {"A1.txt": text.encode("latin-1")}))
    assert "à la carte, señor, naïve; ã ô ñ." in texts(batch, "informant")[0]
    assert any("read as" in warning for warning in batch.warnings)


def test_utf16_with_bom_from_word_unicode_text(tmp_path):
    text = "P: Apa kabar?\r\nA1: Baik, terima kasih ibu.\r\n"
    batch = read_batch(write_batch(tmp_path, {"A1.txt": text.encode("utf-16")}))
    assert texts(batch) == ["Apa kabar?", "Baik, terima kasih ibu."]
    assert batch.documents["A1.txt"].encoding == "utf-16"


def test_other_scripts_keep_the_detected_encoding():
    text, encoding = decode_bytes("Привет, как дела? Это тест кодировки файла.".encode("cp1251"), "x.txt")
    assert text.startswith("Привет") and encoding == "cp1251"


def test_line_ends_and_invisible_characters_are_canonical():
    raw = "a\r\nb\rc\u2028d\x0be\u200bf\ufeffg\u00adh\u2060i".encode("utf-8")
    assert decode_bytes(raw, "x.txt")[0] == "a\nb\nc\nd\nefghi"


# -- Word files ----------------------------------------------------------------------------------

def test_docx_paragraphs_line_breaks_and_tabs_keep_turns_apart(tmp_path):
    body = ('<w:p><w:r><w:t>P: Apa kendalanya?</w:t><w:br/><w:t>A1: Dorang malas</w:t><w:tab/>'
            '<w:t>mo urus KK.</w:t></w:r></w:p>')
    batch = read_batch(write_batch(tmp_path, {"A1.docx": docx_bytes(body_xml=body)}))
    assert texts(batch) == ["Apa kendalanya?", "Dorang malas\tmo urus KK."]
    assert batch.documents["A1.docx"].encoding == "docx"
    assert_offsets(batch)


def test_docx_table_transcript_reads_as_turns(tmp_path):
    table = [["P", "Apa kendala BPJS?"], ["A2", "Tidak ada KK."], ["P", "Siapa membantu?"], ["A2", "Kader posyandu."]]
    batch = read_batch(write_batch(tmp_path, {"A2.docx": docx_bytes(["Wawancara A2"], table=table)}))
    informant = batch.segments[batch.segments["speaker_role"] == "informant"]
    assert informant["text"].tolist() == ["Tidak ada KK.", "Kader posyandu."]
    assert set(informant["informant"]) == {"A2"}
    assert any("before the first speaker label" in warning for warning in batch.warnings)  # the title line


def test_docx_tracked_insertions_and_text_boxes_are_read_and_deletions_are_not(tmp_path):
    body = ('<w:p><w:r><w:t xml:space="preserve">A1: Kami </w:t></w:r>'
            '<w:ins w:id="1" w:author="t" w:date="2024-01-01T00:00:00Z"><w:r><w:t>sudah </w:t></w:r></w:ins>'
            '<w:del w:id="2" w:author="t" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>belum </w:delText></w:r></w:del>'
            '<w:r><w:t>bantu.</w:t></w:r></w:p>'
            '<w:sdt><w:sdtContent><w:p><w:r><w:t>P: Terima kasih.</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    batch = read_batch(write_batch(tmp_path, {"A1.docx": docx_bytes(body_xml=body)}))
    assert texts(batch) == ["Kami sudah bantu.", "Terima kasih."]


# -- front matter ----------------------------------------------------------------------------------

def test_front_matter_after_blank_lines_and_closed_with_dots(tmp_path):
    text = "\n\n---\ninformant: A3\nrole: Ahli gizi\nusia: 41\n...\nP: Halo?\nA3: Ya, halo.\n"
    batch = read_batch(write_batch(tmp_path, {"wawancara.md": text}))
    doc = batch.documents["wawancara.md"]
    assert doc.metadata == {"informant": "A3", "role": "Ahli gizi", "usia": 41}
    assert batch.segments["line"].tolist() == [8, 9]
    assert set(batch.segments["informant"]) == {"A3"}
    row = batch.informants.set_index("informant").loc["A3"]
    assert row["role"] == "Ahli gizi" and row["usia"] == "41"


def test_front_matter_language_is_lowercased_and_used(tmp_path):
    text = "---\ninformant: A1\nlanguage: XMM\n---\nA1: Torang so urus.\n"
    batch = read_batch(write_batch(tmp_path, {"A1.md": text}))
    assert batch.segments["language"].tolist() == ["xmm"]


def test_front_matter_language_may_be_written_as_its_name(tmp_path):
    """As in a Word transcript's table of facts: 'Bahasa Indonesia', 'Manado' are the codes."""
    batch = read_batch(write_batch(tmp_path, {
        "A1.md": "---\ninformant: A1\nlanguage: Bahasa  Indonesia\n---\nA1: Kami sudah urus.\n",
        "A2.md": "---\ninformant: A2\nlanguage: Manado\n---\nA2: Torang so urus.\n"}))
    assert dict(zip(batch.segments["informant"], batch.segments["language"])) == {"A1": "ind", "A2": "xmm"}
    assert batch.documents["A1.md"].metadata["language"] == "ind"



def test_front_matter_keys_are_read_whatever_their_case(tmp_path):
    text = "---\nInformant: B3\nROLE: Bidan desa\nSite: Wori\nLanguage: ind\n---\nB3: Kami sudah urus.\n"
    batch = read_batch(write_batch(tmp_path, {"B3.md": text}))
    assert batch.documents["B3.md"].metadata == {"informant": "B3", "role": "Bidan desa", "site": "Wori", "language": "ind"}
    row = batch.informants.set_index("informant").loc["B3"]
    assert (row["role"], row["site"]) == ("Bidan desa", "Wori")
    assert batch.segments["language"].tolist() == ["ind"]


def test_front_matter_attributes_unlike_known_keys_stay_attributes(tmp_path):
    text = "---\ninformant: B3\nage: 41\nusia: 41\ninformant_age: 41\nPendidikan: SMA\n---\nB3: Ya.\n"
    batch = read_batch(write_batch(tmp_path, {"B3.md": text}))
    assert set(batch.informants.columns) >= {"age", "usia", "informant_age", "Pendidikan"}


def test_a_file_declared_a_document_is_read_as_paragraphs_whatever_looks_like_a_label(tmp_path):
    """A news article's 'Baca Juga:' lines made it an interview with a speaker 'Baca Juga'."""
    text = ("---\ninformant: N1\ntype: Document\n---\n\nJudul berita\n\nBaca Juga: berita lain\n\n"
            "Warga menolak vaksin karena isu halal.\n\nBaca Juga: berita lain lagi\n")
    batch = read_batch(write_batch(tmp_path, {"N1.md": text}))
    assert batch.documents["N1.md"].kind == "document"
    assert texts(batch) == ["Judul berita", "Baca Juga: berita lain", "Warga menolak vaksin karena isu halal.",
                            "Baca Juga: berita lain lagi"]
    assert set(batch.segments["speaker_role"]) == {"informant"} and set(batch.segments["informant"]) == {"N1"}
    assert "type" not in batch.informants.columns

# -- turns -------------------------------------------------------------------------------------------

def test_colons_inside_a_turn_do_not_start_turns(tmp_path):
    text = ("P: Jam berapa posyandu buka?\n"
            "A1: Biasanya jam 10:30 pagi.\n"
            "Jadi begini: kalau hujan, dorang nda datang.\n"
            "Lihat https://bpjs-kesehatan.go.id untuk info.\n"
            "P: Baik.\n")
    batch = read_batch(write_batch(tmp_path, {"A1.txt": text}))
    assert texts(batch) == [
        "Jam berapa posyandu buka?",
        "Biasanya jam 10:30 pagi.\nJadi begini: kalau hujan, dorang nda datang.\nLihat https://bpjs-kesehatan.go.id untuk info.",
        "Baik.",
    ]
    assert any("line 3 ('Jadi begini:')" in warning for warning in batch.warnings)


def test_labels_without_space_in_markdown_bold_and_after_invisible_or_nbsp(tmp_path):
    text = ("P:Apa kabar?\n"
            "**A1:** Baik.\n"
            "**P**: Lalu?\n"
            "\u00a0\u00a0A1\u00a0: Dorang malas.\n"
            "\u200bP: Kenapa?\n"
            "\ufeffA1: Nda tahu.\n")
    batch = read_batch(write_batch(tmp_path, {"A1.md": text}))
    assert batch.segments["speaker"].tolist() == ["P", "A1", "P", "A1", "P", "A1"]
    assert texts(batch) == ["Apa kabar?", "Baik.", "Lalu?", "Dorang malas.", "Kenapa?", "Nda tahu."]
    assert_offsets(batch)


def test_empty_informant_turn_keeps_every_other_turn(tmp_path):
    text = "P: Pertanyaan satu?\nA1:\nP: Pertanyaan dua?\nA1:   \n\nA1: Jawaban dua.\n"
    batch = read_batch(write_batch(tmp_path, {"A1.txt": text}))
    assert texts(batch) == ["Pertanyaan satu?", "Pertanyaan dua?", "Jawaban dua."]


@pytest.mark.parametrize("question, answer", [("T", "J"), ("Q", "A"), ("Pewawancara", "Informan"),
                                               ("P", "Responden"), ("Tanya", "Jawab")])
def test_generic_labels_used_once_still_make_turns(tmp_path, question, answer):
    text = f"---\ninformant: A9\n---\n{question}: Sudah punya BPJS?\n{answer}: Belum, KK belum ada.\n"
    batch = read_batch(write_batch(tmp_path, {"A9.md": text}))
    assert batch.segments["speaker_role"].tolist() == ["interviewer", "informant"]
    assert batch.segments["informant"].tolist() == ["A9", "A9"]
    assert texts(batch, "informant") == ["Belum, KK belum ada."]


def test_focus_group_named_speakers_used_twice_are_turns_with_the_file_informant(tmp_path):
    text = ("---\ninformant: FGD1\n---\n"
            "Moderator: Siapa yang sudah punya BPJS?\n"
            "Ibu Kader: Saya sudah.\n"
            "Ibu Bidan: Saya belum.\n"
            "Ibu Kader: Tapi anak saya belum.\n"
            "Ibu Bidan: Sama.\n")
    batch = read_batch(write_batch(tmp_path, {"fgd.md": text}))
    assert batch.segments["speaker"].tolist() == ["Moderator", "Ibu Kader", "Ibu Bidan", "Ibu Kader", "Ibu Bidan"]
    assert batch.segments["speaker_role"].tolist() == ["interviewer"] + ["informant"] * 4
    assert set(batch.segments["informant"]) == {"FGD1"}


def test_code_shaped_and_known_labels_name_their_own_informant(tmp_path):
    text = "P: Ibu berdua?\nA4: Ya.\nA5: Betul.\na4: Kami berdua dari desa.\n"
    batch = read_batch(write_batch(tmp_path, {"A4_A5.txt": text,
                                              "informants.csv": "informant,role\nA4,Desa\nA5,Desa\n"}))
    assert batch.segments["informant"].tolist() == ["A4_A5", "A4", "A5", "A4"]


def test_document_without_labels_is_split_into_paragraphs(tmp_path):
    text = "---\ninformant: D1\n---\nParagraf satu\nbaris dua.\n\n \n\nParagraf dua: dengan titik dua.\n"
    batch = read_batch(write_batch(tmp_path, {"laporan.md": text}))
    assert batch.documents["laporan.md"].kind == "document"
    assert texts(batch) == ["Paragraf satu\nbaris dua.", "Paragraf dua: dengan titik dua."]
    assert batch.segments["line"].tolist() == [4, 9]
    assert set(batch.segments["informant"]) == {"D1"}


def test_text_before_the_first_label_is_kept_and_reported(tmp_path):
    text = "Wawancara tanggal 3 Mei di Wori.\n\nP: Apa kabar?\nA1: Baik.\n"
    batch = read_batch(write_batch(tmp_path, {"A1.txt": text}))
    assert texts(batch)[0] == "Wawancara tanggal 3 Mei di Wori."
    assert batch.segments["speaker"].tolist()[0] == ""
    assert any(":1: text before the first speaker label" in warning for warning in batch.warnings)


def test_title_lines_of_several_files_are_told_in_one_warning_naming_them(tmp_path):
    files = {f"B{n}.txt": f"Catatan wawancara nelayan {n}\n\nP: Sudah makan?\nB{n}: Sudah, ikan bakar.\n" for n in (1, 2, 3)}
    files["B4.txt"] = "P: Ada perahu?\nB4: Ada satu.\n"      # no title line: not named
    warnings = [w for w in read_batch(write_batch(tmp_path, files)).warnings if "before the first speaker label" in w]
    assert len(warnings) == 1
    assert all(f"B{n}.txt:1" in warnings[0] for n in (1, 2, 3)) and "B4.txt" not in warnings[0]
    assert "3 files" in warnings[0] and warnings[0].count(str(tmp_path)) <= 1    # the folder said once


def test_a_one_megabyte_turn_is_read_whole_and_fast(tmp_path):
    long_turn = ("Dorang malas mo urus KK jam 10:30 kong pigi ka puskesmas. " * 18_000).strip()
    assert len(long_turn) > 1_000_000
    text = f"P: Ceritakan.\nA1: {long_turn}\nP: Terima kasih.\n"
    started = time.perf_counter()
    batch = read_batch(write_batch(tmp_path, {"A1.txt": text}))
    elapsed = time.perf_counter() - started
    assert texts(batch) == ["Ceritakan.", long_turn, "Terima kasih."]
    assert elapsed < 5, f"ingest of a 1 MB turn took {elapsed:.1f} s"


def test_many_turns_keep_line_numbers_right(tmp_path):
    lines = []
    for number in range(2000):
        lines += [f"P: Pertanyaan {number}?", f"A1: Jawaban {number}.", ""]
    batch = read_batch(write_batch(tmp_path, {"A1.txt": "\n".join(lines)}))
    assert len(batch.segments) == 4000
    last = batch.segments.iloc[-1]
    assert last["line"] == 3 * 1999 + 2 and last["text"] == "Jawaban 1999."


# -- ids and files -----------------------------------------------------------------------------------

def test_segment_ids_survive_rewrapping_and_distinguish_repeated_turns(tmp_path):
    first = read_batch(write_batch(tmp_path, {"A1.txt": "P: Ya?\nA1: Dorang malas\nmo urus KK.\nP: Ya?\n"}, "one"))
    second = read_batch(write_batch(tmp_path, {"A1.txt": "P: Ya?\r\n\r\nA1: Dorang   malas mo urus KK.\r\nP: Ya?"}, "two"))
    assert first.segments["segment_id"].tolist() == second.segments["segment_id"].tolist()
    assert first.segments["segment_id"].is_unique


def test_same_stem_in_two_formats_gets_distinct_ids(tmp_path):
    batch = read_batch(write_batch(tmp_path, {"A1.txt": "A1: Sama.\n", "A1.md": "A1: Sama.\n"}))
    assert batch.segments["segment_id"].is_unique
    assert {segment_id.rsplit("-", 1)[0] for segment_id in batch.segments["segment_id"]} == {"A1_txt", "A1_md"}


def test_files_that_are_not_transcripts_are_skipped_or_reported(tmp_path):
    batch_dir = write_batch(tmp_path, {
        "A1.md": GOOD_TRANSCRIPT, "README.md": "# catatan", "_gold.csv": "x", ".hidden.txt": "x",
        "~$A1.docx": b"\x00lock", "reviews.csv": "segment_id,code,decision,reviewer,timestamp,note\n",
        "redact.txt": "Sari\n", "catatan.pdf": b"%PDF-1.4", "sub/A2.md": "A2: halo\n",
    })
    transcripts, warnings = list_transcripts(batch_dir)
    assert [path.name for path in transcripts] == ["A1.md"]
    assert sorted(warning.split(": ", 1)[1] for warning in warnings) == [
        "folder ignored (batches are flat; put sub-batches in their own folder)",
        "ignored, not a transcript (.txt, .md, .docx, .html, .htm, .otr, .vtt, .srt, .sbv, .eaf, .TextGrid, a Deepgram, Speechmatics, AssemblyAI or ElevenLabs .json, or a .csv spreadsheet of turns)",
    ]


def test_the_codebook_batch_yaml_names_and_its_decisions_are_not_warned_about(tmp_path):
    batch_dir = write_batch(tmp_path, {
        "A1.md": GOOD_TRANSCRIPT, "batch.yaml": "codebook: kode_pasar.yaml\n", "kode_pasar.yaml": "name: pasar\n",
        "kode_pasar.decisions.csv": "batch,segment_id\n", "kode_lama.yaml": "name: lama\n"})
    transcripts, warnings = list_transcripts(batch_dir, {"codebook": "kode_pasar.yaml"})
    assert [path.name for path in transcripts] == ["A1.md"]
    assert [warning.split(": ", 1)[0] for warning in warnings] == [str(batch_dir / "kode_lama.yaml")]
    assert not any("kode_pasar" in warning for warning in read_batch(batch_dir).warnings)


def test_label_heuristic_on_a_text_alone():
    text = "P: a\nCatatan: b\nA1: c\nIbu Sari: d\nIbu Sari: e\n"
    scan = find_labels(text, 0, set())
    assert [label.label for label in scan.labels] == ["P", "A1", "Ibu Sari", "Ibu Sari"]
    assert [(label.label, label.line) for label in scan.doubtful] == [("Catatan", 2)]


@pytest.mark.parametrize("line", ["10:30 jam buka", "Pukul 10:30: buka", "http://x.id: situs"])
def test_lines_that_never_are_labels(line):
    assert find_labels(f"P: a\n{line}\n", 0, set()).labels[1:] == []


# a cadre's answer, then a line with an empty label and a line of someone who is no informant
_OTHER_VOICES = ["P: Ada lansia yang kesepian?", "K7: Banyak, anak-anak merantau.",
                 ": Kalau mau hubungi saya, nomor saya 0852-9876-1234.", "Tanta Wiwi: Iyo, kita juga sendiri.",
                 "P: Terima kasih."]


@pytest.mark.parametrize("name, content", [
    ("K7.md", "\n".join(_OTHER_VOICES) + "\n"),
    ("K7.txt", "\n\n".join(_OTHER_VOICES) + "\n"),
    ("K7.docx", docx_bytes(_OTHER_VOICES)),
])
def test_other_voices_are_never_the_informants_words(tmp_path, name, content):
    batch = read_batch(write_batch(tmp_path, {name: content}))
    segments = batch.segments
    informant = segments.loc[segments["speaker_role"] == "informant", "text"].tolist()
    assert informant == ["Banyak, anak-anak merantau."]
    unknown = segments[segments["speaker_role"] == "unknown"]
    assert unknown["speaker"].tolist() == ["", "Tanta Wiwi"]
    assert unknown["text"].str.startswith(("Kalau mau", "Iyo,")).all()
    empty, stranger = [w for w in batch.warnings if "unknown speaker" in w]
    place = f"{name}, paragraph 3:" if name.endswith(".docx") else f"{name}:"   # a Word file names its paragraph
    assert place in empty and "empty speaker label" in empty and "write who speaks before the colon" in empty
    assert "informants.csv" in stranger and "redact.txt" in stranger
    assert "Tanta Wiwi" in batch.redactor.names   # masked in the outputs while redaction is on


@pytest.mark.parametrize("name, content, place", [
    ("K7.md", "\n".join(_OTHER_VOICES) + "\n", "K7.md:4: "),
    ("K7.txt", "\n\n".join(_OTHER_VOICES) + "\n", "K7.txt:7: "),
    ("K7.docx", docx_bytes(_OTHER_VOICES), "K7.docx, paragraph 4: "),
])
def test_an_unknown_speakers_name_is_named_by_its_place_never_as_nama(tmp_path, name, content, place):
    """A redacted run masks the name in its warnings: "speaker '[NAMA]'" could not be found in the file."""
    batch = redact_batch(read_batch(write_batch(tmp_path, {name: content})))
    stranger = next(w for w in batch.warnings if "neither the interviewer" in w)
    assert place in stranger
    assert "'[NAMA]'" not in stranger and "Wiwi" not in stranger and "a name of 2 words" in stranger
    assert "write that code as the label" in stranger


def test_a_phrase_before_a_colon_stays_in_its_turn():
    scan = find_labels("P: a\nA1: b\nJadi begini: c\nWarga diminta membawa: d\n", 0, set())
    assert [label.label for label in scan.labels] == ["P", "A1"] and scan.unknown == ()


def test_a_name_as_the_only_speaker_label_is_named_by_its_place(tmp_path):
    """A file with no informant code whose speaker label is a listed name: the warning that the
    label would name the informant says where it is, and prints neither the name nor '[NAMA]'."""
    transcript = "P: Bagaimana pengalaman Ibu?\n\nIbu Lintje: Kita so pigi ka pustu.\n\nP: Lalu?\n\nIbu Lintje: Dorang kase obat.\n"
    batch = redact_batch(read_batch(write_batch(tmp_path, {"wawancara.md": transcript, "redact.txt": "Ibu Lintje\n"})))
    warning = next(w for w in batch.warnings if "not an informant code" in w)
    assert "wawancara.md:3: " in warning and "a name of 2 words" in warning
    assert "Lintje" not in warning and "'[NAMA]'" not in warning
    assert "write the informant's code in its place" in warning
