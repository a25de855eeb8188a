"""What a new user met on a first run with their own batch (round 7's trial of the workflow):
each message must say where the problem is and what to do, with paths a person can open."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from test_ingest_support import GOOD_TRANSCRIPT, write_batch


def test_batch_yaml_codebook_moved_names_batch_yaml_and_the_resolved_path(tmp_path):
    """A batch folder copied out of the repository keeps batch.yaml's relative path: the error names
    batch.yaml and its key, shows where the path leads without '..', and points at the repository's
    codebook of that name."""
    from pipeline.run_inputs import REPO_ROOT, resolve_codebook

    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT})
    with pytest.raises(InputError) as raised:
        resolve_codebook(batch, {"codebook": "../../../codebooks/wori.yaml"}, None)
    message = str(raised.value.problems[0])
    assert message.startswith(f"{batch / 'batch.yaml'} [codebook]: ")
    assert "../" not in message.split("'")[2]
    assert str((batch / "../../../codebooks/wori.yaml").resolve()) in message
    assert f"of that name: --codebook {REPO_ROOT / 'codebooks' / 'wori.yaml'}" in message


def test_missing_codebook_option_shows_the_full_path(tmp_path):
    from pipeline.run_inputs import resolve_codebook

    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT})
    with pytest.raises(InputError) as raised:
        resolve_codebook(batch, {}, tmp_path / "sub" / ".." / "mine.yaml")
    assert str(tmp_path / "mine.yaml") in str(raised.value.problems[0])


def test_a_codebook_batch_yaml_names_by_a_relative_path_is_shown_without_dots(tmp_path):
    """The run summary printed 'codebook: ... (transcripts/wori/../../codebooks/wori.yaml)'."""
    from pipeline.run_inputs import resolve_codebook

    (tmp_path / "codebooks").mkdir()
    (tmp_path / "codebooks" / "mine.yaml").write_text("themes: []\n", encoding="utf-8")
    batch = write_batch(tmp_path / "studies", {"A1.md": GOOD_TRANSCRIPT})   # studies/batch
    found = resolve_codebook(batch, {"codebook": "../../codebooks/mine.yaml"}, None)
    assert found == tmp_path / "codebooks" / "mine.yaml"


def test_speaker_missing_from_informants_csv_is_named_with_file_and_line(tmp_path):
    """A mistyped label (H9 for H09) becomes a new informant: the warning must say where it speaks."""
    transcript = "---\ninformant: A1\n---\nP: Apa kabar?\nA1: Baik.\nP: Lalu?\nA9: Kita nyanda tau.\n"
    batch = write_batch(tmp_path, {"A1.md": transcript, "informants.csv": "informant,role\nA1,Ibu\n"})
    warnings = read_batch(batch).warnings
    [missing] = [warning for warning in warnings if "informants.csv does not list" in warning]
    assert "A9 (A1.md line 7)" in missing
    assert "empty role" in missing


def test_an_unlisted_informant_is_named_at_its_own_first_turn_with_its_front_matter_role(tmp_path):
    """The warning said 'an empty role' where front matter gave one, and pointed at the question."""
    transcript = "---\ninformant: N5\nrole: Ibu nifas\n---\nP: Ibu sudah periksa?\nN5: Sudah, dua kali.\n"
    batch = write_batch(tmp_path, {"N5.md": transcript, "informants.csv": "informant,role\nA1,Ibu\n"})
    [missing] = [warning for warning in read_batch(batch).warnings if "informants.csv does not list" in warning]
    assert "N5 (N5.md line 6)" in missing
    assert "with the role its front matter gives" in missing and "empty role" not in missing


def test_an_unlabelled_question_inside_an_informant_turn_is_named_with_its_line(tmp_path):
    """'Kiapa?' on a line of its own, or 'P Kalau KB?' without its colon, went silently into the
    informant's quotation."""
    transcript = ("---\ninformant: N5\n---\nP: Ibu pake KB?\nN5: Nyanda, kita pe laki nda kase ijin.\n"
                  "Kiapa?\nN5: Dia bilang nanti jo.\nP Kalau suntik?\nApa itu bagus? Torang nda tau, jadi tunggu jo.\n")
    batch = write_batch(tmp_path, {"N5.md": transcript})
    [warning] = [w for w in read_batch(batch).warnings if "without a label" in w]
    assert "line 6 ('Kiapa?')" in warning and "line 8 ('P Kalau suntik?')" in warning
    assert "line 9" not in warning, "a question inside a longer line is the informant's own"
    assert "start the line with 'P: '" in warning


def test_translations_csv_is_a_batch_file_not_an_ignored_transcript(tmp_path):
    """The notebook writes translations.csv into the batch and the run applies it: warning that it
    was 'ignored, not a transcript' told the user their correction was lost."""
    from pipeline.review.translations import TRANSLATIONS_FILE

    corrections = "segment_id,text_hash,text,translation,reviewer,timestamp,note\n"
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT, TRANSLATIONS_FILE: corrections})
    assert not [warning for warning in read_batch(batch).warnings if TRANSLATIONS_FILE in warning]


class _WordGlosser:
    """A glosser that reads each word alone from a table (the sentence is the words' readings)."""

    def __init__(self, readings: dict[str, str], indonesian: frozenset[str] = frozenset()) -> None:
        from types import SimpleNamespace

        self.readings = readings
        self.vocabulary = SimpleNamespace(is_form=indonesian.__contains__)

    def gloss(self, text: str, language: str):
        from types import SimpleNamespace

        words = [word.strip(".,").lower() for word in text.split()]
        return SimpleNamespace(words=words, translation=" ".join(self.readings.get(w, w) for w in words),
                               unknown=[w for w in words if w not in self.readings])


def test_suggest_lexicon_pairs_a_replaced_run_word_for_word(tmp_path):
    """'dorang ukur, kase kertas' read 'mereka ukur kasih kertas', corrected to 'mereka mengukur memberi
    kertas': ukur -> mengukur and kase -> memberi, not both -> 'mengukur memberi'."""
    from pipeline.review.lexicon_candidates import candidates
    from pipeline.review.translations import text_hash

    text = "Dorang ukur, kase kertas."
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT, "translations.csv": (
        "segment_id,text_hash,text,translation,reviewer,timestamp,note\n"
        f"A1-1,{text_hash(text)},{text!r},Mereka mengukur memberi kertas.,GR,2026-12-01T10:00:00+00:00,\n"
        .replace("'", '"'))})
    glosser = _WordGlosser({"dorang": "mereka", "kase": "kasih"})
    found = {(c.xmm, c.ind): c.rendered for c in candidates(batch, glosser)}
    assert found == {("ukur", "mengukur"): False, ("kase", "memberi"): True}


def test_suggest_lexicon_shows_a_correction_of_a_rendered_word_as_a_sense_with_the_lines_it_would_change(
        tmp_path, capsys):
    from pipeline.review.lexicon_candidates import main as suggest_lexicon
    from pipeline.review.translations import text_hash

    corrected = "Mama nda kase kita makang."  # glossed as giving food; the grader reads it as letting
    transcript = ("---\ninformant: B2\nlanguage: xmm\n---\nP: Bagaimana?\n\n"
                  f"B2: {corrected}\n\nP: Lalu?\n\nB2: Dorang kase doi for beli gula.\n\n"
                  "P: Kemudian?\n\nB2: Kase tau pa kader jo.\n\nP: Ada lagi?\n\nB2: Torang pigi ka pasar.\n")
    batch = write_batch(tmp_path, {"B2.md": transcript, "translations.csv": (
        "segment_id,text_hash,text,translation,reviewer,timestamp,note\n"
        f"B2-1,{text_hash(corrected)},\"{corrected}\",Ibu tidak mengizinkan saya makan.,GR,2026-12-01T10:00:00+00:00,\n")})
    assert suggest_lexicon([str(batch)]) == 0
    out = capsys.readouterr().out
    assert "kase\tmengizinkan" not in out                 # no plain row replacing 'kasih' everywhere
    sense = next(line for line in out.splitlines() if line.startswith("#   kase -> mengizinkan"))
    assert "'kasih'" in sense and "2 other lines" in sense


def test_suggest_lexicon_takes_an_indonesian_word_kept_as_itself_for_a_sense(tmp_path, capsys):
    from pipeline.review.lexicon_candidates import main as suggest_lexicon
    from pipeline.review.translations import text_hash

    corrected = "Kita pe kaka so sakit dari taong 2015."
    transcript = ("---\ninformant: C3\nlanguage: xmm\n---\nP: Bagaimana?\n\n"
                  f"C3: {corrected}\n\nP: Lalu?\n\nC3: Obat itu torang ambe dari Puskesmas.\n")
    batch = write_batch(tmp_path, {"C3.md": transcript, "translations.csv": (
        "segment_id,text_hash,text,translation,reviewer,timestamp,note\n"
        f"C3-1,{text_hash(corrected)},\"{corrected}\",Kakak saya sudah sakit sejak tahun 2015.,GR,2026-12-01T10:00:00+00:00,\n")})
    assert suggest_lexicon([str(batch)]) == 0
    out = capsys.readouterr().out
    assert "dari\tsejak" not in out                      # no row turning every 'dari' into 'sejak'
    sense = next(line for line in out.splitlines() if line.startswith("#   dari -> sejak"))
    assert "Indonesian as it is" in sense and "1 other line" in sense


def test_markdown_appendix_marks_unreviewed_quotations_as_the_word_report_does():
    """An author copying quotations.md must see which quotes no researcher has checked."""
    import pandas as pd

    from pipeline.aggregate.quotations import quotations_markdown
    from pipeline.wording import labels

    rows = [{"theme": "T", "category": "K", "code": "C", "informant": informant, "text": text, "language": "ind",
             "translation": "", "review": review}
            for informant, text, review in (("A1", "Sudah dicek.", "accepted"), ("A2", "Belum dicek.", ""))]
    appendix = quotations_markdown(pd.DataFrame(rows), labels("id"))
    assert "“Sudah dicek.” (A1)\n" in appendix
    assert "“Belum dicek.” (A2) [belum direview]\n" in appendix
    assert labels("id")["unreviewed_note"] in appendix
    reviewed_only = quotations_markdown(pd.DataFrame(rows[:1]), labels("id"))
    assert "[belum direview]" not in reviewed_only and labels("id")["unreviewed_note"] not in reviewed_only


def test_summary_run_outside_the_repository_gives_the_notebook_s_full_path(tmp_path, monkeypatch, capsys):
    """`qualpipe analyze` from a project folder said 'open notebooks/review.ipynb', a folder not there."""
    from pipeline.cli import main
    from pipeline.run_inputs import REPO_ROOT
    from test_ingest_support import MINIMAL_CODEBOOK

    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT})
    codebook = tmp_path / "tes.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", "batch", "--codebook", "tes.yaml", "--out", "out", "--workers", "1",
                 "--no-history"]) == 0
    out = capsys.readouterr().out
    assert f"open {REPO_ROOT / 'notebooks' / 'review.ipynb'} ({REPO_ROOT / '.venv' / 'bin' / 'jupyter'} lab" in out


def test_indonesian_figure_and_caption_words_are_standard_spelling():
    """KBBI writes 'kookurensi' as one word; 'Ko-okurensi' in a caption is an author's hand fix."""
    from pipeline.wording import FIGURES, TABLES, words

    assert words(TABLES, "id")["cooccurrence"] == "Kookurensi koding"
    assert words(FIGURES, "id")["cooccurrence_title"].startswith("Kookurensi koding")
    assert not [word for area in (TABLES, FIGURES) for word in words(area, "id").values() if "Ko-" in str(word)]


def test_a_name_as_speaker_label_is_warned_about_with_file_and_line(tmp_path):
    """A typed transcript labelled 'Ibu Sari:' without front matter made 'Ibu Sari' the informant of
    Tabel 1 and of every quote, silently; an informant code or a listed informant is not warned about."""
    named = "P: Ibu sudah periksa tensi?\nIbu Sari: Jarang, cuma kalau pusing.\nP: Kenapa?\nIbu Sari: Jauh.\n"
    coded = "P: Ibu sudah periksa tensi?\nH01: Jarang.\n"
    listed = "P: Kenapa?\nBidan: Puskesmas jauh.\n"
    batch = write_batch(tmp_path, {"sari.md": named, "h01.md": coded, "bidan.md": listed,
                                   "informants.csv": "informant,role\nH01,Pasien\nBidan,Bidan desa\n"})
    read = read_batch(batch)
    warned = [warning for warning in read.warnings if "is not an informant code" in warning]
    assert len(warned) == 1 and warned[0].startswith(f"{batch / 'sari.md'}:2: speaker label 'Ibu Sari'")
    assert "redact.txt" in warned[0]


def test_an_empty_transcript_says_how_to_run_without_it(tmp_path):
    """An interview not typed yet stops the run: the message says how to leave it out."""
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT, "A2.md": "", "A3.md": "---\ninformant: A3\n---\n\n"})
    with pytest.raises(InputError) as raised:
        read_batch(batch)
    messages = {problem.file: problem.message for problem in raised.value.problems}
    assert messages[str(batch / "A2.md")].startswith("is empty; ") and "'_'" in messages[str(batch / "A2.md")]
    assert "'_'" in messages[str(batch / "A3.md")]
    assert read_batch(write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT, "_A2.md": ""}, name="b2")).segments.shape[0]


def test_a_hand_made_cue_time_past_59_seconds_says_what_is_wrong(tmp_path):
    """'00:00:75.000' has the example's shape; the message must say seconds stop at 59."""
    vtt = ("WEBVTT\n\n00:00:05.000 --> 00:00:09.000\n<v S00>Ya?\n\n"
           "00:00:75.000 --> 00:00:79.000\n<v S01>Belum.\n\n00:01:20.000 -> 00:01:24.000\n<v S01>Belum.\n")
    batch = write_batch(tmp_path, {"A1.vtt": vtt, "batch.yaml": "speakers:\n  A1.vtt: {S00: P, S01: A1}\n"})
    with pytest.raises(InputError) as raised:
        read_batch(batch)
    by_line = {problem.line: problem.message for problem in raised.value.problems}
    assert "seconds run from 00 to 59" in by_line[6]
    assert "59" not in by_line[9]   # the arrow is what is wrong there


def test_unmapped_speakers_suggest_the_code_the_file_is_named_after(tmp_path):
    """H06.srt's suggested mapping said 'SPEAKER_01: A1': pasted as is, it made an informant A1."""
    cues = [("SPEAKER_00", "Ya?"), ("SPEAKER_01", "Belum."), ("SPEAKER_00", "Kenapa?"), ("SPEAKER_01", "Jauh.")]
    srt = "".join(f"{n}\n00:00:0{n},000 --> 00:00:0{n},500\n[{label}]: {words}\n\n"
                  for n, (label, words) in enumerate(cues, 1))
    batch = write_batch(tmp_path, {"wawancara_H06.srt": srt, "rekaman_H07.srt": srt.replace("[SPEAKER_0", "[X")
                                   .replace("[X0]: ", "").replace("[X1]: ", "")})
    with pytest.raises(InputError) as raised:
        read_batch(batch)
    messages = {Path(problem.file).name: problem.message for problem in raised.value.problems}
    assert "SPEAKER_00: P\n        SPEAKER_01: H06" in messages["wawancara_H06.srt"]
    assert "'informant: H07'" in messages["rekaman_H07.srt"]


def test_an_informant_listed_but_never_speaking_is_warned_about(tmp_path):
    """A transcript left out of the batch gave Tabel 1 a row with 0 turns and no word about it."""
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT,
                                   "informants.csv": "informant,role\nA1,Ibu\nA2,Kader\nA3,Bidan\n"})
    read = read_batch(batch)
    assert list(read.informants["informant"]) == ["A1", "A2", "A3"]   # Tabel 1 is as listed
    [silent] = [warning for warning in read.warnings if "no transcript in the batch" in warning]
    assert silent.startswith("informants.csv: A2 (line 3), A3 (line 4) have no transcript in the batch: add their "
                             "files or remove the rows")


def test_the_backup_of_kept_decisions_is_not_versioned_either():
    """Each run backs up <codebook>.decisions.csv (turns' text) as .bak beside the codebook: git
    status offered it to commit."""
    import shutil
    import subprocess

    from pipeline.run_inputs import REPO_ROOT

    if shutil.which("git") is None or not (REPO_ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    for name in ("codebooks/mine.decisions.csv", "codebooks/mine.decisions.csv.bak"):
        assert subprocess.run(["git", "check-ignore", "-q", name], cwd=REPO_ROOT).returncode == 0, name


def _corrected_batch(tmp_path, informant: str, corrected: str, translation: str, other_turns: list[str]):
    """A Manado batch whose first informant turn `corrected` a grader translated as `translation`."""
    from pipeline.review.translations import text_hash

    turns = "".join(f"P: Lalu?\n\n{informant}: {turn}\n\n" for turn in other_turns)
    transcript = f"---\ninformant: {informant}\nlanguage: xmm\n---\nP: Bagaimana?\n\n{informant}: {corrected}\n\n{turns}"
    return write_batch(tmp_path, {f"{informant}.md": transcript, "translations.csv": (
        "segment_id,text_hash,text,translation,reviewer,timestamp,note\n"
        f"{informant}-1,{text_hash(corrected)},\"{corrected}\",{translation},GR,2026-12-01T10:00:00+00:00,\n")})


def test_suggest_lexicon_offers_a_row_for_a_spelling_guess_no_other_line_has(tmp_path, capsys):
    """'pangkeng' (a bedroom) is no lexicon word; the spelling rules guess 'pangking'. A row changes
    no other line of the batch, so it is offered as a row, not sent to a Python sense rule."""
    from pipeline.review.lexicon_candidates import main as suggest_lexicon

    batch = _corrected_batch(tmp_path, "D4", "Oma so tidor di pangkeng dari sore.",
                             "Nenek sudah tidur di kamar dari sore.", ["Torang pigi ka pasar kamarin."])
    assert suggest_lexicon([str(batch)]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("pangkeng\t"))
    assert row.split("\t")[1] == "kamar" and "'pangking'" in row
    assert "senses.py" not in out


def test_suggest_lexicon_keeps_a_spelling_guess_other_lines_share_as_a_sense(tmp_path, capsys):
    from pipeline.review.lexicon_candidates import main as suggest_lexicon

    batch = _corrected_batch(tmp_path, "D5", "Oma so tidor di pangkeng dari sore.",
                             "Nenek sudah tidur di kamar dari sore.", ["Dorang bekeng pangkeng baru."])
    assert suggest_lexicon([str(batch)]) == 0
    out = capsys.readouterr().out
    assert not any(line.startswith("pangkeng\t") for line in out.splitlines())
    assert "#   pangkeng -> kamar" in out and "1 other line" in out


def test_one_informant_missing_from_informants_csv_is_told_in_the_singular(tmp_path):
    # round 19 trial: "informants.csv does not list D1 (...); ...: add them to informants.csv"
    batch = write_batch(tmp_path, {"N3.txt": "P: Bapak melaut jam berapa?\nN3: Dari subuh.\n",
                                   "informants.csv": "informant,role\nN2,Nelayan\n"})
    [missing] = [warning for warning in read_batch(batch).warnings if "informants.csv does not list" in warning]
    assert "add it to informants.csv" in missing
