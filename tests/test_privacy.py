"""Redaction: NIK, phone numbers, e-mail addresses and listed names never reach an export."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from pipeline.ingest import read_batch
from pipeline.privacy import Redactor, read_redact_list, redact_batch
from test_ingest_support import MINIMAL_CODEBOOK, REPO, docx_bytes, pipeline_runs, run_cli, write_batch

REDACTOR = Redactor(["Sari Dewi", "Sari", "Yohanis Rumengan"])


@pytest.mark.parametrize("text, expected", [
    # NIK: sixteen digits, plain or grouped
    ("NIK saya 3171012345678901.", "NIK saya [NIK]."),
    ("NIK: 3171 0123 4567 8901 ya", "NIK: [NIK] ya"),
    ("no 31.71.01.234567.0001", "no [NIK]"),
    ("KTP 7106-0101-0190-0002, KK juga", "KTP [NIK], KK juga"),
    # a BPJS (JKN-KIS) card: thirteen digits beginning 000
    ("kartu BPJS 0002345678912 hilang", "kartu BPJS [NIK] hilang"),
    ("No. kartu: 0001 223 344 556 ya", "No. kartu: [NIK] ya"),
    # phone numbers
    ("HP 081234567890", "HP [TELP]"),
    ("hubungi 0812-3456-7890 atau 0813 1111 2222", "hubungi [TELP] atau [TELP]"),
    ("WA +62 812 3456 7890.", "WA [TELP]."),
    ("WA +62-812-3456-789", "WA [TELP]"),
    ("nomor 6281234567890", "nomor [TELP]"),
    ("kantor (0431) 862123 buka", "kantor [TELP] buka"),
    ("puskesmas 0431-862123", "puskesmas [TELP]"),
    ("0812 3456 7890 2 anak", "[TELP] 2 anak"),
    # e-mail
    ("surel sari.dewi85@gmail.com.", "surel [EMAIL]."),
    ("ke kader_wori+bpjs@puskesmas.minut.go.id ya", "ke [EMAIL] ya"),
    # names: case, spacing, longest first, word boundaries
    ("Ibu SARI  dewi datang", "Ibu [NAMA] datang"),
    ("Sari\u00a0Dewi dan sari", "[NAMA] dan [NAMA]"),
    ("Sarinah dan Sarii bukan", "Sarinah dan Sarii bukan"),
    ("file Ibu_Sari-2.docx", "file Ibu_[NAMA]-2.docx"),
    ("Pak Yohanis Rumengan, kepala desa", "Pak [NAMA], kepala desa"),
    # not identifiers
    ("jam 10:30 tanggal 12-05-2023", "jam 10:30 tanggal 12-05-2023"),
    ("Rp 1.500.000 dan Rp 150.000.000.000", "Rp 1.500.000 dan Rp 150.000.000.000"),
    ("tahun 2023, 3 anak, umur 24 bulan, kode A1", "tahun 2023, 3 anak, umur 24 bulan, kode A1"),
    ("nomor pendek 08123 dan 12345678901234567", "nomor pendek 08123 dan 12345678901234567"),
    ("kode 1002345678912 dan 000234567891", "kode 1002345678912 dan 000234567891"),
    ("sudah [NAMA] dan [TELP]", "sudah [NAMA] dan [TELP]"),
])
def test_identifiers_are_replaced_by_their_token(text, expected):
    assert REDACTOR.redact(text) == expected


def test_a_listed_name_equal_to_a_token_word_does_not_redact_inside_tokens():
    redactor = Redactor(["Telp"])
    assert redactor.redact("Telp 081234567890 Telp") == "[NAMA] [TELP] [NAMA]"


def test_offsets_inside_a_replacement_move_to_its_edges():
    text, offsets = REDACTOR.redact_with_map("A Sari Dewi B")
    assert text == "A [NAMA] B"
    assert [offsets.start(i) for i in (0, 2, 5, 11, 12)] == [0, 2, 2, 8, 9]
    assert [offsets.end(i) for i in (2, 5, 11, 13)] == [2, 8, 8, 10]


def test_redact_list_comments_blank_lines_and_encodings(tmp_path):
    path = tmp_path / "redact.txt"
    path.write_bytes("# keluarga informan\n\nSari Dewi   # ibu A6\n  Agustinus Wénas \nAb\n".encode("latin-1"))
    warnings: list[str] = []
    assert read_redact_list(path, warnings) == ["Sari Dewi", "Agustinus Wénas", "Ab"]
    assert len(warnings) == 1 and ":5:" in warnings[0] and "Ab" not in warnings[0]


def test_redact_frame_touches_text_columns_only():
    frame = pd.DataFrame({"note": ["telp 081234567890", "Sari"], "count": [3171012345678901, 2]})
    redacted = REDACTOR.redact_frame(frame)
    assert redacted["note"].tolist() == ["telp [TELP]", "[NAMA]"]
    assert redacted["count"].tolist() == [3171012345678901, 2]
    assert frame["note"].tolist()[0] == "telp 081234567890"  # the input is left alone


PLANTED_TRANSCRIPT = """\
---
informant: A6
role: Ibu balita
hp: 0812-3456-7890
language: xmm
---

P: Boleh sebut nama dan nomor KTP ibu?

A6: Kita pe nama Sari Dewi, NIK 7106 0101 0190 0002. Kalau mo telepon, 0812-3456-7890 atau
email sari.dewi85@gmail.com.

P: Siapa yang bantu urus BPJS?

A6: Pak Yohanis Rumengan dari desa. Dia pe nomor +62 813 1111 2222.
"""


def _planted_batch(root: Path) -> Path:
    return write_batch(root, {
        "A6_Sari.md": PLANTED_TRANSCRIPT,
        "redact.txt": "# nama yang disebut\nSari Dewi\nSari\nYohanis Rumengan\n",
        "informants.csv": "informant,role,kontak\nA6,Ibu balita (Sari Dewi),sari.dewi85@gmail.com\n",
    })


def test_redact_batch_hides_identifiers_everywhere_and_keeps_offsets_and_ids(tmp_path):
    batch = read_batch(_planted_batch(tmp_path))
    redacted = redact_batch(batch)
    assert list(redacted.documents) == ["A6_[NAMA].md"]
    doc = redacted.documents["A6_[NAMA].md"]
    assert "hp" not in doc.metadata and doc.metadata["informant"] == "A6"   # an identifying fact: identity_facts.py
    assert "Kita pe nama [NAMA], NIK [NIK]. Kalau mo telepon, [TELP] atau\nemail [EMAIL]." in doc.text
    for row in redacted.segments.itertuples():
        assert doc.text[row.start:row.end] == row.text
        assert row.document == "A6_[NAMA].md"
    assert redacted.segments["segment_id"].tolist() == batch.segments["segment_id"].tolist()
    assert redacted.informants.loc[0, "role"] == "Ibu balita ([NAMA])"
    assert redacted.informants.loc[0, "kontak"] == "[EMAIL]"
    # the original batch is not modified
    assert "Sari Dewi" in batch.documents["A6_Sari.md"].text


def test_segment_ids_carry_no_identifier(tmp_path):
    first = read_batch(_planted_batch(tmp_path / "one"))
    other = PLANTED_TRANSCRIPT.replace("Sari Dewi", "Sari").replace("0812-3456-7890", "081398765432") \
        .replace("7106 0101 0190 0002", "7106010101900099").replace("sari.dewi85@gmail.com", "x@y.id")
    second = read_batch(write_batch(tmp_path / "two", {"A6_Sari.md": other,
                                                       "redact.txt": "Sari Dewi\nSari\nYohanis Rumengan\n"}))
    assert first.segments["segment_id"].tolist() == second.segments["segment_id"].tolist()
    assert all(segment_id.startswith("A6_[NAMA]-") for segment_id in first.segments["segment_id"])


def test_warnings_carry_no_identifiers(tmp_path):
    batch_dir = write_batch(tmp_path, {
        "Wawancara Sari.txt": "Catatan awal.\n\nP: Halo?\nA6: Halo.\n".encode("latin-1"),
        "redact.txt": "Sari\n"})
    batch = read_batch(batch_dir)
    assert any("Sari" in warning for warning in batch.warnings)
    redacted = redact_batch(batch)
    assert redacted.warnings and not any("Sari" in warning for warning in redacted.warnings)


def test_two_file_names_that_redact_alike_stay_distinct(tmp_path):
    batch = read_batch(write_batch(tmp_path, {"Sari.md": "A1: Ya.\n", "Budi.md": "A1: Ya.\n",
                                              "redact.txt": "Sari\nBudi\n"}))
    redacted = redact_batch(batch)
    assert sorted(redacted.documents) == ["[NAMA] (2).md", "[NAMA].md"]
    assert redacted.segments["segment_id"].is_unique


# -- end to end: nothing planted reaches any file under the outputs ------------------------------------

PLANTED = {
    "NIK": ["7106 0101 0190 0002", "7106010101900002"],
    "phone": ["0812-3456-7890", "081234567890", "+62 813 1111 2222", "6281311112222"],
    "account": ["5566-01-778899-50-3", "556601778899503"],
    "e-mail": ["sari.dewi85@gmail.com", "wulan.p@yahoo.co.id"],
    "name": ["Sari Dewi", "Yohanis Rumengan", "Wulandari",
             # parts of listed full names, said alone (A9.txt): masked too
             "Yohanis", "Rumengan", "Dewi"],
}


def _full_planted_batch(root: Path) -> Path:
    docx_paragraphs = ["P: Siapa yang bantu?",
                       "A7: Ibu Wulandari, kader. Dia pe email wulan.p@yahoo.co.id, WA 0812 3456 7890.",
                       "P: Terima kasih."]
    return write_batch(root, {
        "A6_Sari.md": PLANTED_TRANSCRIPT,
        "A7_Wulandari.docx": docx_bytes(docx_paragraphs),
        "A8.txt": ("P: Siapa kader di sini?\n\nWulandari: Kita, kader posyandu. Nomor 081234567890. Honor masuk no rek BRI 5566-01-778899-50-3.\n\n"
                   "P: Ada yang malas urus?\n\nWulandari: Banyak yang malas urus KK.\n").encode("cp1252"),
        "A9.txt": ("P: Siapa yang antar ke Puskesmas?\n\nA9: YOHANIS ja antar, kong si rumengan deng "
                   "om Yohanis-nya. Tante Dewi juga datang.\n"),
        "redact.txt": "Sari Dewi\nSari\nYohanis Rumengan\nWulandari\n",
        "informants.csv": ("informant,role,kontak\nA6,Ibu balita (Sari Dewi),sari.dewi85@gmail.com\n"
                           "A7,Kader,NIK 7106010101900002\nA8,Kader,+62 813 1111 2222\nA9,Kader,\n"),
        # a review of a segment that no longer exists is reported in run.json, note and all
        "reviews.csv": ("segment_id,code,decision,reviewer,timestamp,note\n"
                        "A6_[NAMA]-0000000000,C1,accept,rk,2024-05-01T09:30:00+00:00,kata Sari Dewi 0812-3456-7890\n"),
    }, name="rahasia")


def _output_texts(folder: Path) -> dict[str, str]:
    """Every file's readable content, zip members (docx, qdpx) unpacked; file names included."""
    texts: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        relative = str(path.relative_to(folder))
        texts[f"name of {relative}"] = relative
        if not path.is_file() or path.suffix == ".png":
            continue
        data = path.read_bytes()
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                for member in archive.namelist():
                    texts[f"{relative}!{member}"] = archive.read(member).decode("utf-8", errors="replace")
        else:
            texts[relative] = data.decode("utf-8", errors="replace")
    return texts


def _leaks(folder: Path) -> list[str]:
    leaks = []
    for where, content in _output_texts(folder).items():
        digits = re.sub(r"\D", "", content)
        xml_plain = re.sub(r"<[^>]+>", "", content)  # Word splits text into runs
        for kind, values in PLANTED.items():
            for value in values:
                if kind in ("NIK", "phone", "account"):
                    found = value in content or re.sub(r"\D", "", value) in digits
                else:
                    found = value.casefold() in content.casefold() or value.casefold() in xml_plain.casefold()
                if found:
                    leaks.append(f"{kind} {value!r} in {where}")
    return leaks


@pytest.fixture(scope="module")
def planted_runs(tmp_path_factory):
    """The planted batch analysed twice: redacted (the default) and as a private --no-redact copy."""
    reason = pipeline_runs()
    if reason:
        pytest.skip(reason)
    root = tmp_path_factory.mktemp("planted")
    batch = _full_planted_batch(root)
    codebook = root / "codebook.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    runs = {}
    for mode, extra in (("redacted", ()), ("private", ("--no-redact",))):
        out = root / mode
        result = run_cli("analyze", batch, "--codebook", codebook, "--out", out, *extra)
        assert result.returncode == 0, result.stderr
        runs[mode] = (out, result)
    return batch, runs


def test_planted_identifiers_appear_in_no_output_file(planted_runs):
    _, runs = planted_runs
    out, result = runs["redacted"]
    assert (out / "segments.csv").exists()
    assert _leaks(out) == []
    segments = pd.read_csv(out / "segments.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    for token in ("NIK", "NAMA", "TELP", "REK", "EMAIL"):
        assert segments["text"].str.contains(rf"\[{token}\]").any()


def test_planted_identifiers_are_not_printed_on_the_terminal(planted_runs):
    _, runs = planted_runs
    printed = runs["redacted"][1].stdout + runs["redacted"][1].stderr
    assert [value for values in PLANTED.values() for value in values if value in printed] == []


def test_the_private_copy_keeps_them(planted_runs):
    """--no-redact is for the researchers' own copy; it also shows the check above can fail."""
    _, runs = planted_runs
    leaks = " ".join(_leaks(runs["private"][0]))
    assert all(kind in leaks for kind in PLANTED)


@pytest.mark.parametrize("name", ["overview", "review"])
def test_notebooks_saved_outputs_carry_no_identifiers(planted_runs, name):
    import json

    import nbformat
    from nbclient import NotebookClient

    batch, runs = planted_runs
    notebook = nbformat.read(REPO / "notebooks" / f"{name}.ipynb", as_version=4)
    notebook.cells[0].source += (f"\nBATCH_DIR = {str(batch)!r}\nOUTPUT_DIR = {str(runs['redacted'][0])!r}"
                                 "\nREVIEWER = 'rk'")
    NotebookClient(notebook, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(REPO)}}).execute()
    saved = json.dumps([cell.get("outputs", []) for cell in notebook.cells], ensure_ascii=False)
    saved += json.dumps(notebook.metadata, ensure_ascii=False)  # widget state is saved here
    assert "[NAMA]" in saved or "[TELP]" in saved or "[NIK]" in saved  # it did show the transcripts
    leaks = [value for values in PLANTED.values() for value in values
             if value.casefold() in saved.casefold() or (value[0].isdigit() and re.sub(r"\D", "", value) in re.sub(r"\D", "", saved))]
    assert leaks == []


def test_identifiers_in_long_documents_are_found_after_the_fast_digit_scan():
    filler = "dorang bilang jam 10:30 so pulang, ada 2 anak deng 3 ekor babi. " * 60
    text = (filler + "Telp 0812-3456-7890 atau (0431) 862123, NIK 3171 0123 4567 8901, +62 812 3456 7890. "
            + filler)
    redacted = Redactor().redact(text)
    assert "0812" not in redacted and "862123" not in redacted and "3171" not in redacted and "+62" not in redacted
    assert redacted.count("[TELP]") == 3 and redacted.count("[NIK]") == 1
    assert redacted.count("jam 10:30") == 120


def test_the_stage_cache_holds_no_identifier_when_redaction_is_on(tmp_path):
    """The ingest cache keeps the batch as the run uses it: redacted, and without the redact.txt
    list. A re-run served from it still writes redacted outputs."""
    from pipeline.run import analyze

    transcript = ("---\ninformant: A1\nrole: Kader\nlanguage: xmm\n---\n\nP: Siapa yang bantu?\n\n"
                  "A1: Ibu Sari Dewi yang bantu urus KK, dia pe nomor 0812-3456-7890.\n")
    batch = write_batch(tmp_path, {"A1.md": transcript, "redact.txt": "Sari Dewi\n"})
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    out = tmp_path / "outputs" / "batch"
    first = analyze(batch, codebook_path=codebook, out_dir=out, workers=1, progress=False)
    again = analyze(batch, codebook_path=codebook, out_dir=out, workers=1, progress=False)
    assert "ingest" in again.record.reused_stages and "ingest" not in first.record.reused_stages
    cached = [path.read_bytes() for path in (out.parent / ".cache").rglob("*") if path.is_file()]
    assert cached, "the run cached its stages"
    for secret in ("Sari Dewi", "0812-3456-7890"):
        assert not any(secret.encode() in blob for blob in cached), secret
        assert secret not in (out / "segments.csv").read_text(encoding="utf-8-sig")
    assert again.analysis.segments["text"].tolist() == first.analysis.segments["text"].tolist()


def test_parts_of_a_listed_name_are_masked_alone_unless_common_words(tmp_path):
    batch = write_batch(tmp_path, {"redact.txt": "Jemmy Rumengan\nSari Wuisan\nBunga Lumowa\n"})
    warnings: list[str] = []
    redactor = Redactor.for_batch(batch, warnings=warnings)
    assert redactor.redact("Jemmy ja antar, si rumengan deng om JEMMY.") == "[NAMA] ja antar, si [NAMA] deng om [NAMA]."
    assert redactor.redact("Tante Wuisan deng Lumowa") == "Tante [NAMA] deng [NAMA]"
    # common words stay: masking them would hide the word everywhere
    assert redactor.redact("sari buah, bunga mawar, Jemmyanto") == "sari buah, bunga mawar, Jemmyanto"
    assert redactor.redact("Sari Wuisan") == "[NAMA]"
    said = [warning for warning in warnings if "redact.txt" in warning]
    assert len(said) == 1 and "'Sari', 'Bunga'" in said[0] and "line of its own" in said[0]


def test_the_common_word_check_reads_the_lookup_tables_without_scanning_entry_points(monkeypatch):
    """Masking a listed name's parts asks the glosser's vocabulary whether a part is a common word.
    Building it read spaCy's Indonesian tables through `load_lookups`, which scans every installed
    package's entry points and hashes each key: Redactor.for_batch took 0.31 s in a process that
    would not otherwise gloss (a cached re-run, the review notebook), 0.11 s with the tables read
    from their files. Those must be spaCy's own tables, key for key."""
    import spacy.lookups

    from pipeline.gloss import indonesian

    spacy_forms = spacy.lookups.load_lookups("id", ["lemma_lookup"]).get_table("lemma_lookup")
    spacy_norms = spacy.lookups.load_lookups("id", ["lexeme_norm"]).get_table("lexeme_norm")

    def scanned(*_args, **_kwargs):
        raise AssertionError("the tables were looked up through spaCy's registry of entry points")

    monkeypatch.setattr(spacy.lookups, "load_lookups", scanned)
    monkeypatch.setattr(indonesian, "load_lookups", scanned, raising=False)
    indonesian._tables.cache_clear()
    try:
        forms, norms = indonesian._tables()
    finally:
        indonesian._tables.cache_clear()
    assert len(forms) == len(spacy_forms) and all(spacy_forms.get(form) == lemma for form, lemma in forms.items())
    assert len(norms) == len(spacy_norms) and all(spacy_norms.get(form) == norm for form, norm in norms.items())


def test_an_input_error_quoting_a_turn_masks_redact_txt_names_when_redaction_is_on(tmp_path):
    from pipeline.errors import InputError
    from pipeline.run_inputs import read_inputs

    srt = ("1\n00:00:01,000 --> 00:00:04,000\n[SPEAKER_00]: Siapa yang antar Bapak?\n\n"
           "2\n00:00:05,000 --> 00:00:09,000\n[SPEAKER_01]: Tante Wulan Mandagi yang antar kita.\n\n"
           "3\n00:00:10,000 --> 00:00:12,000\n[SPEAKER_00]: Naik apa?\n\n"
           "4\n00:00:13,000 --> 00:00:15,000\n[SPEAKER_01]: Oto.\n\n")
    batch = write_batch(tmp_path, {"antar_R2.srt": srt, "redact.txt": "Wulan Mandagi\n"})
    codebook = tmp_path / "book.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    for redact, shown in ((True, False), (False, True)):
        with pytest.raises(InputError) as raised:
            read_inputs(batch, codebook, redact=redact)
        message = str(raised.value)
        assert "SPEAKER_01 (2 cues" in message
        assert ("Wulan Mandagi" in message) is shown, message
