"""Round 29's new-user trial (women who sell fish at the market and their back pain, written up for an
international journal whose ethics committee lets no name, NIK, phone number or address of anyone
reach an output): what the team tripped over, each fixed with its test."""

from __future__ import annotations

import io

import pytest

from test_ingest_support import write_batch

from pipeline.ingest import read_batch
from pipeline.privacy import identifier_spans, redact_batch


def _masked(text: str) -> list[tuple[str, str]]:
    return [(text[span.start:span.end], span.token) for span in identifier_spans(text)]


def test_a_number_read_out_in_words_is_masked() -> None:
    """A transcriber types what was said: a phone number or NIK read out digit by digit reached every
    export as number words, which only the digit patterns were looked for."""
    assert _masked("Telepon jo, kosong dalapan lima dua - satu satu ampa ampa, tujuh tujuh anam anam.") == [
        ("kosong dalapan lima dua - satu satu ampa ampa, tujuh tujuh anam anam", "[TELP]")]
    nik = "tujuh satu dua dua nol tiga empat lima enam tujuh delapan sembilan nol nol nol dua"
    assert _masked(f"NIK saya {nik}, begitu.") == [(nik, "[NIK]")]


def test_counting_in_words_is_no_number() -> None:
    """Nine digit words that spell no NIK or phone number (counting, a tally) stay as said."""
    assert _masked("Anak-anak hitung satu dua tiga empat lima enam tujuh delapan sembilan sepuluh.") == []
    assert _masked("Dua tiga hari, lima enam kali.") == []


def test_figures_with_a_lone_leading_zero_do_not_stop_the_run() -> None:
    """"0.653 / 0.612 / 0.675" (a document's kappas, prices in a table) made the phone rule read a
    second digit of "0" and stopped the whole run with an IndexError."""
    assert _masked("Nilai kappa 0.653 / 0.612 / 0.675 pada akhir putaran.") == []


def _facts_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Transkrip wawancara penjual sayur")
    table = document.add_table(rows=0, cols=2)
    for key, value in [("Informan", "PS4"), ("Nama", "Lientje Korompis"), ("Jabatan", "Penjual sayur"),
                       ("Tanggal", "2026-10-05"), ("Alamat", "Lorong Cempaka, Kelurahan Tikala Baru"),
                       ("No. HP", "0852-7001-2233")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = key, value
    for line in ["P: Ibu jual di mana?", "PS4: Di pasar, Lientje jual rica deng tomat. Rumah di Lorong Cempaka."]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_facts_table_with_the_informants_name_and_address_is_her_front_matter(tmp_path) -> None:
    """A template's table of facts opening with Nama, Alamat and No. HP was no table of facts (three
    keys it did not know), so its rows became turns of a speaker "Informan" and the interview's turns
    the file name's; read as facts, those rows would have been Tabel 1 columns printing her name."""
    batch = read_batch(write_batch(tmp_path, {"PS4.docx": _facts_docx()}))
    assert set(batch.segments["speaker"]) == {"", "P", "PS4"}   # "" the title above the table, a note
    assert set(batch.informants["informant"]) == {"PS4"}
    assert not {"Nama", "Alamat", "No. HP"} & set(batch.informants.columns)
    assert any("'Nama', 'Alamat', 'No. HP' in its facts: facts that identify a person" in warning
               for warning in batch.warnings)
    redacted = redact_batch(batch)
    answer = redacted.segments[redacted.segments["speaker"] == "PS4"]["text"].iloc[0]
    assert answer == "Di pasar, [NAMA] jual rica deng tomat. Rumah di [NAMA]."


def test_a_name_in_front_matter_is_no_tabel_1_column(tmp_path) -> None:
    """`nama:` or `no_hp:` in a typed transcript's front matter became an attribute: informants.csv and
    the report printed the name of an informant who never said it in the interview."""
    transcript = ("---\ninformant: PS5\nrole: Penjual sayur\nnama_lengkap: Nontje Pelealu\nno_hp: 0813 4000 1122\n"
                  "usia: 51\n---\nP: Ibu pe pinggang bagaimana?\nPS5: Sakit, Nontje so tua.\n")
    batch = redact_batch(read_batch(write_batch(tmp_path, {"PS5.txt": transcript})))
    assert list(batch.informants.columns[:3]) == ["informant", "role", "usia"]
    assert "Nontje" not in batch.informants.to_csv()
    assert batch.segments["text"].iloc[-1] == "Sakit, [NAMA] so tua."


def test_the_interviewers_name_in_front_matter_is_refused_with_the_key_to_write(tmp_path) -> None:
    """`pewawancara: ...` (who interviewed) in front matter stops the run as a speaker label; the
    message asked only about a separator, and the team did not know what to write instead."""
    import pytest

    from pipeline.errors import InputError

    transcript = "---\ninformant: PS6\npewawancara: Meiske Rondonuwu\n---\nP: Ibu?\nPS6: Iyo.\n"
    with pytest.raises(InputError) as raised:
        read_batch(write_batch(tmp_path, {"PS6.txt": transcript}))
    assert "PS6.txt:3 [pewawancara]" in str(raised.value) and "'nama_pewawancara: ...'" in str(raised.value)
    fixed = read_batch(write_batch(tmp_path, {"PS6.txt": transcript.replace("pewawancara", "nama_pewawancara")}))
    assert "nama_pewawancara" not in fixed.informants.columns


def test_words_on_a_webvtt_timing_line_are_reported_not_dropped(tmp_path) -> None:
    """A cue typed with its words on the timing line ("... --> 00:00:04.000 PS7: Iyo") lost the words
    unseen: whatever followed the end time was taken for cue settings and left out."""
    import pytest

    from pipeline.errors import InputError

    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000 align:middle line:85%\nP: Ada sakit?\n\n"
           "00:00:03.500 --> 00:00:06.000 PS7: Iyo, pinggang.\n\n")
    with pytest.raises(InputError) as raised:
        read_batch(write_batch(tmp_path, {"PS7.vtt": vtt}))
    assert "PS7.vtt:6" in str(raised.value) and "'PS7: Iyo, pinggang.'" in str(raised.value)
    assert "PS7.vtt:3" not in str(raised.value)   # settings alone are no words


def test_the_appendix_says_what_its_redaction_marks_stand_for() -> None:
    """An English paper's appendix printed "[NAMA]" and "[TELP]" in its quotes and said nowhere what
    they were: a journal's reader cannot know that a name was removed (nor read the Indonesian word)."""
    import pandas as pd

    from pipeline.aggregate.quotations import masked_note, quotations_markdown
    from pipeline.wording import labels

    quotes = pd.DataFrame({"theme": ["Workload"], "category": ["Posture"], "code": ["Lifting"],
                           "informant": ["PS8"], "text": ["Om [NAMA] angkat baskom, telepon [TELP]."],
                           "translation": ["Om [NAMA] mengangkat baskom, telepon [TELP]."], "review": ["accept"]})
    english = labels("en")
    assert masked_note(quotes, english) == ("Identifying details are masked: [NAMA] a name or address; "
                                            "[TELP] a phone number.")
    assert "_Identitas disamarkan: [NAMA] nama atau alamat; [TELP] nomor telepon._" in quotations_markdown(
        quotes, labels("id"))
    assert masked_note(quotes.assign(text="Angkat baskom.", translation="Mengangkat baskom."), english) is None


@pytest.mark.parametrize("address, masked", [
    ("Jl. Kenari No. 4, Kelurahan Tikala, Manado", ["Jl. Kenari No. 4"]),
    ("Lorong Kembang, RT 03/RW 01, Kelurahan Bitung, Kota Manado", ["Lorong Kembang", "RT 03/RW 01"]),
    ("Lingkungan III, Sindulang Satu, Manado", ["Lingkungan III"]),
    ("Desa Wori, Kecamatan Wori", []),
    ("Jaga 2 Desa Wori", ["Jaga 2 Desa Wori"]),
])
def test_an_address_masks_the_pieces_finding_the_household_not_the_study_site(address, masked):
    """Every comma piece of an address was masked: "Manado" or the village became [NAMA] in every
    transcript of the batch, the study's own sites with it."""
    from pipeline.ingest.identity_facts import household_pieces

    assert household_pieces(address) == masked
