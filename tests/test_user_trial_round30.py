"""Round 30's new-user trial (carers of family members on six months of tuberculosis treatment in
Manado: one student's Descript .docx exports, the other's Word files typed by hand, one interview in
two files, the codebook kept in the batch folder): what the lecturer tripped over, each fixed with its
test."""

from __future__ import annotations

from pathlib import Path

from test_ingest_support import write_batch

from pipeline.ingest import read_batch

INTERVIEW = "P: Siapa yang kase inga minum obat?\nK2: Kita pasang alarm tiap pagi.\n"


def test_the_codebooks_kept_translations_beside_it_are_no_transcript(tmp_path: Path) -> None:
    """A codebook kept in the batch folder gets `<codebook>.translations.csv` beside its decisions after
    the first corrected translation: every later run warned it was 'ignored, not a transcript'."""
    kept = "batch,words,text,translation,reviewer,timestamp\nb,ab12,Kita pe mama,Ibu saya,DL,2026-11-20\n"
    batch = read_batch(write_batch(tmp_path, {"K2.md": INTERVIEW, "tb.translations.csv": kept,
                                              "tb.translations.csv.bak": kept, "tb.decisions.csv": "x\n"}))
    assert not any("translations.csv" in warning for warning in batch.warnings)
    assert set(batch.segments["document"]) == {"K2.md"}


def test_a_spreadsheet_named_like_translations_is_still_read(tmp_path: Path) -> None:
    """Only the `.translations.csv` suffix is passed over: a transcript saved as `translations_K3.csv`
    (no dot before the word) is still a spreadsheet of turns."""
    rows = "pembicara,teks\nP,Ada yang bantu?\nK3,Kolom ja bantu.\n"
    batch = read_batch(write_batch(tmp_path, {"translations_K3.csv": rows}))
    assert batch.segments["speaker"].tolist() == ["P", "K3"]


def _turns(files: dict[str, str]):
    """Segments of one informant turn per file (file -> informant) and one coding each."""
    import pandas as pd

    segments = pd.DataFrame({"segment_id": [f"s{i}" for i in range(len(files))], "document": list(files),
                             "informant": list(files.values()), "speaker_role": "informant",
                             "text": "Kita pasang alarm."})
    codings = pd.DataFrame({"segment_id": segments["segment_id"], "code": "Alarm", "code_id": "alarm",
                            "source": "rule", "review": ""})
    return segments, codings


def test_an_interview_kept_in_two_files_is_one_interview_of_saturation() -> None:
    """A student saved the rest of K7's interview, after the recorder stopped, as K7_bagian2.docx without
    its facts table: saturation counted 9 interviews of 8 informants and placed the undated second part
    last. The parts are one interview, dated by the part that gives a date."""
    from pipeline.aggregate.saturation import batch_saturation_table, undated_warning

    files = {"K6.docx": "K6", "K7_bagian1.docx": "K7", "K7_bagian2.docx": "K7", "K8.docx": "K8"}
    segments, codings = _turns(files)
    dates = {"K6.docx": "2026-11-15", "K7_bagian1.docx": "2026-11-17", "K8.docx": "2026-11-20"}
    table = batch_saturation_table(segments, codings, dates, {name: "interview" for name in files})
    assert table["document"].tolist() == ["K6.docx", "K7_bagian1.docx + K7_bagian2.docx", "K8.docx"]
    assert table["date"].tolist()[1] == "2026-11-17"
    assert undated_warning(table) is None


def test_two_informants_files_marked_as_parts_stay_two_interviews() -> None:
    """What the rule must not do: files named alike but spoken by two informants (a pair of carers
    interviewed apart, "rumah_A_bagian1", "rumah_A_bagian2") are two interviews; and files named by
    a session, not a part ("K4_sesi1", "K4_sesi2"), stay repeat interviews."""
    from pipeline.aggregate.saturation import batch_saturation_table
    from pipeline.ingest.sessions import interviews_per_informant

    files = {"rumah_A_bagian1.md": "K1", "rumah_A_bagian2.md": "K2", "K4_sesi1.md": "K4", "K4_sesi2.md": "K4"}
    segments, codings = _turns(files)
    table = batch_saturation_table(segments, codings, {}, {name: "interview" for name in files})
    assert table["document"].tolist() == list(files)
    assert interviews_per_informant(segments, segments).to_dict() == {"K1": 1, "K2": 1, "K4": 2}


def test_an_interview_kept_in_two_files_is_no_repeat_interview() -> None:
    """COREQ item 18 read K7's two files as 'Informants interviewed more than once: K7 (2)'."""
    from pipeline.ingest.sessions import interviews_per_informant

    segments, _ = _turns({"K7_bagian1.docx": "K7", "K7_bagian2.docx": "K7", "wawancara_K2.md": "K2",
                          "wawancara_K2_lanjutan.md": "K2", "K5.md": "K5"})
    assert interviews_per_informant(segments, segments).to_dict() == {"K2": 1, "K5": 1, "K7": 1}


def test_an_age_with_its_unit_agrees_with_the_bare_number(tmp_path: Path) -> None:
    """A Word table of facts typed 'Umur | 45 tahun' and informants.csv '45': four warnings, one per
    informant, that the two files disagree. A different age, or months against years, still warns."""
    batch = read_batch(write_batch(tmp_path, {
        "K5.md": "---\ninformant: K5\numur: 45 tahun\n---\n" + INTERVIEW.replace("K2", "K5"),
        "K6.md": "---\ninformant: K6\numur: 52 thn.\n---\n" + INTERVIEW.replace("K2", "K6"),
        "K8.md": "---\ninformant: K8\numur: 30 tahun\n---\n" + INTERVIEW.replace("K2", "K8"),
        "K9.md": "---\ninformant: K9\numur: 9 bulan\n---\n" + INTERVIEW.replace("K2", "K9"),
        "informants.csv": "informant,role,umur\nK5,Istri pasien,45\nK6,Kakak pasien,52\nK8,Suami pasien,29\n"
                          "K9,Anak pasien,9\n"}))
    said = [warning for warning in batch.warnings if warning.startswith("informants.csv and ")]
    assert [warning.split(" for ")[1].split(":")[0] for warning in said] == ["K8", "K9"]


CARE = """
name: Merawat (test)
themes:
  - id: tema
    label: Tema
    categories:
      - id: kategori
        label: Kategori
        codes:
          - id: kunjungan
            label: Kunjungan perawat
            definition: The nurse visits the home.
            keywords: [perawat datang]
          - id: ongkos
            label: Ongkos berobat
            definition: Money spent on the trip to the clinic.
            keywords: [ongkos]
"""


def test_a_transcribers_note_in_brackets_is_no_evidence() -> None:
    """'(perawat datang, rekaman berhenti)' and '[suara tetangga bicara soal ongkos]' typed by the
    transcriber coded a nurse's visit in a turn that says there was none, and a cost from talk in
    the background."""
    from pipeline.codebook.load import parse_codebook

    from helpers import codes_of_paragraph

    codebook = parse_codebook(CARE)
    assert codes_of_paragraph(codebook, "Belum pernah ada. (perawat datang, rekaman berhenti sebentar)",
                              interview=True) == set()
    assert codes_of_paragraph(codebook, "Kami baik saja. [suara tetangga bicara soal ongkos]", interview=True) == set()
    # what it must not do: the informant's own words around a note still code, and a document's
    # brackets are its author's words
    assert codes_of_paragraph(codebook, "Ongkos mahal [tertawa], perawat datang sebulan sekali.",
                              interview=True) == {"ongkos", "kunjungan"}
    assert codes_of_paragraph(codebook, "Biaya transport pasien (ongkos ke Puskesmas) ditanggung desa.") == {"ongkos"}


def test_the_coders_view_keeps_every_offset() -> None:
    """The note is blanked, not cut: evidence found after it still points at the turn's own words."""
    from pipeline.ingest.line_shapes import without_notes

    text = "Kita capek [menangis] skali (diam) no."
    assert len(without_notes(text)) == len(text)
    assert without_notes(text).split() == ["Kita", "capek", "skali", "no."]
    assert without_notes("Nda ada kurung ( di sini") == "Nda ada kurung ( di sini"


def test_p_and_i_are_the_interviewer_and_the_informan(tmp_path: Path) -> None:
    """A student typed 'P:' (Pewawancara) and 'I:' (Informan), as Indonesian transcripts do: both were
    read as the interviewer, and the interview had no informant turn, uncoded without a word."""
    batch = read_batch(write_batch(tmp_path, {
        "wawancara_K4.md": "P: Siapa yang jaga Bapak minum obat?\nI: Kita yang jadi PMO.\nP: Ada efek?\nI: Dia mual.\n"}))
    segments = batch.segments
    assert segments["speaker_role"].tolist() == ["interviewer", "informant"] * 2
    assert set(segments["informant"]) == {"K4"}


def test_i_beside_an_informants_code_stays_the_interviewer(tmp_path: Path) -> None:
    """What it must not do: 'I:' in a file whose informant speaks under her code is the Interviewer,
    as README has it, and so is 'I:' beside another informant label."""
    batch = read_batch(write_batch(tmp_path, {
        "K4.md": "I: Siapa yang jaga Bapak minum obat?\nK4: Kita yang jadi PMO.\n",
        "K5.md": "I: Ada efek?\nInforman: Dia mual.\n"}))
    segments = batch.segments
    assert segments["speaker_role"].tolist() == ["interviewer", "informant"] * 2
    assert segments["informant"].tolist() == ["K4", "K4", "K5", "K5"]


def test_a_file_of_interviewer_labels_alone_is_named(tmp_path: Path) -> None:
    """'P:' and 'T:' (both interviewer labels) left a file without one informant turn: nothing coded,
    and no warning said so. One interviewer label with the informant's code says nothing."""
    batch = read_batch(write_batch(tmp_path, {"K1.md": "P: Siapa yang jaga?\nT: Kita yang jaga.\n",
                                              "K2.md": "P: Siapa yang jaga?\nK2: Kita.\n"}))
    said = [warning for warning in batch.warnings if "every speaker label" in warning]
    assert len(said) == 1 and "K1.md:1" in said[0] and "(P, T)" in said[0] and "'K1:'" in said[0]


def test_the_first_make_says_it_is_installing_before_minutes_of_silence(tmp_path: Path) -> None:
    """A fresh clone's `make analyze` spent four minutes in `pip install --quiet` with nothing on the
    screen; the lecturer thought it had hung. It says what it does first, and when it is done."""
    import shutil
    import subprocess

    root = Path(__file__).resolve().parents[1]
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(root / name, tmp_path / name)
    import os
    # run as a user would, not as a sub-make of `make test` (which would add make[1] directory lines)
    env = {key: value for key, value in os.environ.items() if key not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    shown = subprocess.run(["make", "--no-print-directory", "-n", "setup"], cwd=tmp_path, capture_output=True,
                           text=True, check=True, env=env).stdout
    lines = shown.splitlines()
    said = next(i for i, line in enumerate(lines) if "a few minutes" in line)
    assert said < next(i for i, line in enumerate(lines) if "pip install" in line)
    assert "is ready" in lines[-1]


def test_a_name_the_informant_gives_is_masked_in_the_ids_of_a_file_named_after_her(tmp_path: Path) -> None:
    """K3_Grace.docx, whose informant says 'Nama saya Ibu Grace Mamahit': the file's name was masked
    (K3_[NAMA].docx) but every segment id kept it ('K3_Grace-2a8f...') in segments.csv, codings.csv,
    quotations.csv and the notebook's lists. The id's hash, which decisions follow, is unchanged; a file
    named after no one keeps its ids."""
    from pipeline.privacy import redact_batch

    batch = read_batch(write_batch(tmp_path, {
        "K3_Yuliana.md": "P: Boleh sebut nama?\nK3: Nama saya Ibu Yuliana Pangkey. Kita jaga suami.\n",
        "K4.md": "P: Siapa yang sakit?\nK4: Kita pe papa.\n"}))
    redacted = redact_batch(batch)
    before, after = batch.segments["segment_id"].tolist(), redacted.segments["segment_id"].tolist()
    assert not any("Yuliana" in value for value in after)
    assert [value.rpartition("-")[2] for value in before] == [value.rpartition("-")[2] for value in after]
    assert [value for value in after if value.startswith("K4-")] == [value for value in before if value.startswith("K4-")]
    assert set(redacted.segments["document"]) == {"K3_[NAMA].md", "K4.md"}


def test_a_persons_batu_is_a_cough(glosser) -> None:
    """A tuberculosis carer's 'malam dia batu, kita bangun' (at night he coughs, I get up) was glossed
    'malam dia batu' (a stone): batu right after the person who does it, closing its clause or
    before how it goes on, is 'batuk'. Not a stone given to a person or owned."""
    from test_gloss import translate

    assert translate(glosser, "Kita kurang tidur, malam dia batu, kita bangun.") == \
        "Saya kurang tidur, malam dia batuk, saya bangun."
    assert translate(glosser, "Opa batu nda berenti.") == "Kakek batuk tanpa henti."  # nyanda barenti after an act: without.py (round 32)
    assert "batuk" not in translate(glosser, "Kase dia batu.")
    assert "batuk" not in translate(glosser, "Dia ambe batu di pante.")


def test_a_note_in_brackets_under_a_heading_is_no_unlabelled_speech(tmp_path: Path) -> None:
    """'(lanjutan wawancara K7, setelah rekaman terputus)' under the second file's title was warned about
    as text someone may have said; a line in brackets is the transcriber's. Words without brackets
    there are still named."""
    batch = read_batch(write_batch(tmp_path, {
        "K7_bagian2.md": "# Wawancara K7 (bagian 2)\n(lanjutan, setelah rekaman terputus)\n" + INTERVIEW.replace("K2", "K7"),
        "K8.md": "# Wawancara K8\nIbu cerita soal obat.\n" + INTERVIEW.replace("K2", "K8")}))
    said = [warning for warning in batch.warnings if "kept with the heading" in warning]
    assert len(said) == 1 and "K8.md" in said[0]


def test_make_analyze_passes_more_options(tmp_path: Path) -> None:
    """The lecturer ran everything with `make analyze BATCH=...`; for the English report README sent her
    to another command. `ARGS="--lang en"` reaches the run; without it the command is as before."""
    import shutil
    import subprocess

    root = Path(__file__).resolve().parents[1]
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(root / name, tmp_path / name)
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / ".installed").touch()   # newer than pyproject.toml: no set-up in the dry run

    def command(*options: str) -> str:
        shown = subprocess.run(["make", "-n", "analyze", "BATCH=transcripts/tb", *options], cwd=tmp_path,
                               capture_output=True, text=True, check=True).stdout
        return next(line for line in shown.splitlines() if "pipeline analyze" in line)

    assert command("ARGS=--lang en").endswith("--lang en")
    assert command().rstrip().endswith('"outputs/$(basename "transcripts/tb")"')
