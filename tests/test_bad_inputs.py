"""Bad or odd inputs, each with its expected outcome (SPEC "Bad input").

Three tables:
- BATCH_CASES: a batch folder -> `read_batch` raises InputError with exactly these problems
  (file, line, key, words of the message), all of them in one go;
- CODEBOOK_CASES: a codebook file -> `load_codebook` raises InputError naming line and key;
- CLI cases: `python -m pipeline analyze` exits 2 (input) or 1 (outputs), prints one
  `error: FILE:LINE [KEY]: message` line per problem and never a traceback.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from test_ingest_support import (
    GOOD_TRANSCRIPT,
    MINIMAL_CODEBOOK,
    docx_bytes,
    needs_pipeline,
    run_cli,
    write_batch,
)

GOOD = GOOD_TRANSCRIPT
_DOCX = docx_bytes(["P: Apa kabar?", "A1: Baik."])


# (name, files, [(file, line, key, words in the message)])  -- file "" is the batch folder itself
BATCH_CASES = [
    ("empty file", {"A1.txt": ""}, [("A1.txt", None, None, "is empty")]),
    ("only blank lines and spaces", {"A1.txt": " \n\n\t\n\u00a0\n"}, [("A1.txt", None, None, "is empty")]),
    ("only zero-width characters", {"A1.txt": "\u200b\u200b\ufeff\n"}, [("A1.txt", None, None, "is empty")]),
    ("binary file", {"A1.txt": b"\x00\x01\x02\x03binary\x00" * 20}, [("A1.txt", None, None, "binary")]),
    ("PDF saved as .txt", {"A1.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"}, [("A1.txt", None, None, "is a PDF")]),
    ("Word file saved as .txt", {"A1.txt": _DOCX}, [("A1.txt", None, None, "give it the .docx extension")]),
    ("truncated docx", {"A1.docx": _DOCX[: len(_DOCX) // 2]}, [("A1.docx", None, None, "damaged or incomplete")]),
    ("old .doc named .docx", {"A1.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512},
     [("A1.docx", None, None, "old Word .doc")]),
    ("text file named .docx", {"A1.docx": "P: ini sebenarnya teks biasa\n"}, [("A1.docx", None, None, "not a Word file")]),
    ("docx with no text", {"A1.docx": docx_bytes([])}, [("A1.docx", None, None, "is empty")]),
    ("UTF-8 BOM on latin-1 bytes", {"A1.txt": b"\xef\xbb\xbfP: apa?\nA1: caf\xe9\n"},
     [("A1.txt", 2, None, "starts with a UTF-8 mark")]),
    ("unclosed front matter", {"A1.md": "---\ninformant: A1\nrole: Bidan\n\nP: Halo?\nA1: Ya.\n"},
     [("A1.md", 1, None, "never closed")]),
    ("front matter with broken YAML", {"A1.md": "---\ninformant: A1\nrole: [Bidan, desa\n---\nA1: Ya.\n"},
     [("A1.md", 3, None, "front matter: the '[' opened on this line is not closed: end it with ']'")]),
    ("front matter value with an unquoted colon", {"A1.md": "---\ninformant: A1\nrole: Kepala: Puskesmas\n---\nA1: Ya.\n"},
     [("A1.md", 3, None, "put the value in quotes (role: \"Kepala: Puskesmas\")")]),
    ("front matter key indented, after blank lines", {"A1.md": "\n\n---\ninformant: A1\n  role: Bidan\n---\nA1: Ya.\n"},
     [("A1.md", 5, None, "indented differently from the line above it (2 spaces; the line above has 0): every "
                         "'key: value' line of the front matter starts at the beginning of its line")]),
    ("front matter quote left open", {"A1.md": "---\ninformant: A1\nrole: \"Bidan desa\nsite: Wori\n---\nA1: Ya.\n"},
     [("A1.md", 3, None, "the quote opened on this line is not closed")]),
    ("sidecar with a key indented", {"A1.vtt": "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v S00>Apa kabar?\n\n"
                                               "00:00:02.000 --> 00:00:03.000\n<v S01>Baik.\n",
                                     "A1.yaml": "informant: A1\n role: Bidan\n",
                                     "batch.yaml": "speakers:\n  A1.vtt: {S00: P, S01: A1}\n"},
     [("A1.yaml", 2, None, "indented differently from the line above it (1 space; the line above has 0)")]),
    ("front matter that is a list", {"A1.md": "---\n- A1\n- Bidan\n---\nA1: Ya.\n"},
     [("A1.md", 2, None, "must be 'key: value' lines")]),
    ("front matter key given twice", {"A1.md": "---\ninformant: A1\nrole: Bidan\ninformant: A2\n---\nA1: Ya.\n"},
     [("A1.md", 4, "informant", "given twice (first on line 2)")]),
    ("front matter unknown language", {"A1.md": "---\ninformant: A1\nsite: Wori\nlanguage: jawa\n---\nA1: Ya.\n"},
     [("A1.md", 4, "language", "xmm, ind, mixed")]),
    ("front matter informant is a list", {"A1.md": "---\ninformant: [A1, A2]\n---\nA1: Ya.\n"},
     [("A1.md", 2, "informant", "single value")]),
    ("front matter key without a colon", {"A1.md": "---\ninformant B3\nrole: Bidan\n---\nB3: Ya.\n"},
     [("A1.md", 2, None, "write 'informant: B3'")]),
    ("front matter key without a colon between others",
     {"A1.md": "---\nrole: Bidan\nInformant B3\nsite: Wori\n---\nB3: Ya.\n"},
     [("A1.md", 3, None, "write 'informant: B3'")]),
    ("front matter with only a key without a colon", {"A1.md": "---\nlangauge xmm\n---\nB3: Ya.\n"},
     [("A1.md", 2, None, "write 'language: xmm'")]),
    ("front matter key without a colon and other problems after it",
     {"A1.md": "---\ninformant B3\nrole: Bidan\ndate: 2024-13-05\nlangauge: ind\n---\nB3: Ya.\n"},
     [("A1.md", 2, None, "write 'informant: B3'"), ("A1.md", 4, "date", "is not a date (month must be in 1..12): write YYYY-MM-DD"),
      ("A1.md", 5, "langauge", "did you mean 'language'?")]),
    ("front matter key misspelled", {"A1.md": "---\ninformant: B3\nlangauge: xmm\nsites: Wori\n---\nB3: Ya.\n"},
     [("A1.md", 3, "langauge", "did you mean 'language'?"), ("A1.md", 4, "sites", "did you mean 'site'?")]),
    ("front matter key in two cases", {"A1.md": "---\ninformant: B3\nInformant: B4\n---\nB3: Ya.\n"},
     [("A1.md", 3, "informant", "given twice (first on line 2)")]),
    ("front matter unknown type", {"A1.md": "---\ninformant: A1\ntype: artikel\n---\nA1: Ya.\n"},
     [("A1.md", 3, "type", "'document', 'interview' or 'quotations'")]),
    ("front matter impossible date", {"A1.md": "---\ninformant: A1\ndate: 2023-13-45\n---\nA1: Ya.\n"},
     [("A1.md", 3, "date", "'2023-13-45' is not a date")]),
    ("front matter and no body", {"A1.md": "---\ninformant: A1\n---\n\n   \n"},
     [("A1.md", None, None, "no text after its front matter")]),
    ("a '---' rule read as front matter", {"A1.md": "---\nP: Apa kabar?\nA1: Baik.\n---\nP: Lagi?\n"},
     [("A1.md", 2, "P", "looks like a speaker label")]),
    ("dangling link to a transcript", {"A1.md": GOOD}, [("A2.txt", None, None, "cannot read the file")]),
    ("informants.csv without an informant column", {"A1.md": GOOD, "informants.csv": "nama,peran\nA1,Bidan\n"},
     [("informants.csv", 1, "informant", "no 'informant' column")]),
    ("informants.csv lists a code twice", {"A1.md": GOOD, "informants.csv": "informant,role\nA1,Bidan\nA2,Kader\nA1,Ibu\n"},
     [("informants.csv", 4, "informant", "listed twice (first on line 2)")]),
    ("informants.csv row with too many fields",
     {"A1.md": GOOD, "informants.csv": 'informant,role\n"A1","Bidan, desa"\nA2,Kader, Posyandu\n'},
     [("informants.csv", 3, None, "3 fields but the header has 2")]),
    ("informants.csv line numbers after a quoted multi-line value",
     {"A1.md": GOOD, "informants.csv": 'informant,role\nA1,"Kepala\nPuskesmas"\nA2,Kader\nA1,lagi\n'},
     [("informants.csv", 5, "informant", "listed twice (first on line 2)")]),
    ("informants.csv empty code", {"A1.md": GOOD, "informants.csv": "informant,role\n,Bidan\n"},
     [("informants.csv", 2, "informant", "code is empty")]),
    ("informants.csv empty", {"A1.md": GOOD, "informants.csv": ""}, [("informants.csv", 1, None, "is empty")]),
    ("informants.csv repeated column", {"A1.md": GOOD, "informants.csv": "informant,role,role\nA1,a,b\n"},
     [("informants.csv", 1, None, "role appear more than once")]),
    ("informants.csv binary", {"A1.md": GOOD, "informants.csv": b"PK\x03\x04\x00\x00"},
     [("informants.csv", None, None, "zip file")]),
    ("batch.yaml broken", {"A1.md": GOOD, "batch.yaml": "codebook: [wori.yaml\n"},
     [("batch.yaml", 1, None, "the '[' opened on this line is not closed: end it with ']' on the same line")]),
    ("batch.yaml speaker entry indented less", {"A1.md": GOOD, "batch.yaml": "speakers:\n    a.vtt: {S00: P}\n  b.vtt: K1\n"},
     [("batch.yaml", 3, None, "indented differently from the lines above it (2 spaces; the line above has 4): the keys "
                              "of one level (codebook, title, type, speakers) must line up")]),
    ("batch.yaml title with a colon", {"A1.md": GOOD, "batch.yaml": "title: Stunting: wawancara ibu\n"},
     [("batch.yaml", 1, None, "put the value in quotes (title: \"Stunting: wawancara ibu\")")]),
    ("batch.yaml not a mapping", {"A1.md": GOOD, "batch.yaml": "- wori.yaml\n"},
     [("batch.yaml", None, None, "must be a mapping")]),
    ("redact.txt lists a token", {"A1.md": GOOD, "redact.txt": "# nama\nSari\nNAMA\n"},
     [("redact.txt", 3, None, "may not be one of the tokens")]),
    ("no transcripts, only other files", {"README.md": "# batch", "notes.pdf": b"%PDF"},
     [("", None, None, "no transcripts found")]),
    ("every problem of a batch at once", {
        "A1.md": "---\ninformant: A1\n", "A2.txt": b"\x00\x00", "A3.md": GOOD, "A4.txt": "",
        "informants.csv": "informant,role\nA1,x\nA1,y\n"},
     [("A1.md", 1, None, "never closed"), ("A2.txt", None, None, "binary"), ("A4.txt", None, None, "is empty"),
      ("informants.csv", 3, "informant", "listed twice")]),
]


PARSER_WORDS = ("<block end>", "block mapping", "block sequence", "while parsing", "while scanning", "token",
                "scalar", "expected", "not valid YAML")


@pytest.mark.parametrize("name", [name for name, _, _ in BATCH_CASES if any(
    words in name for words in ("broken", "indented", "unquoted colon", "quote left open", "title with a colon"))])
def test_yaml_slips_in_front_matter_sidecars_and_batch_yaml_are_in_plain_words(tmp_path, name):
    """Codebooks were explained in plain words; front matter and batch.yaml said "while parsing a
    block mapping ... expected <block end>" (and one line off for an unclosed bracket)."""
    files = next(files for case, files, _ in BATCH_CASES if case == name)
    with pytest.raises(InputError) as caught:
        read_batch(_make(tmp_path, name, files))
    assert not any(word in problem.message for problem in caught.value.problems for word in PARSER_WORDS)


def _make(tmp_path: Path, name: str, files: dict) -> Path:
    batch = write_batch(tmp_path, files)
    if name == "dangling link to a transcript":
        os.symlink(tmp_path / "missing.txt", batch / "A2.txt")
    return batch


@pytest.mark.parametrize("name, files, expected", BATCH_CASES, ids=[case[0] for case in BATCH_CASES])
def test_bad_batch_is_reported_with_file_line_and_key(tmp_path, name, files, expected):
    batch = _make(tmp_path, name, files)
    with pytest.raises(InputError) as caught:
        read_batch(batch)
    problems = caught.value.problems
    assert len(problems) == len(expected), "\n".join(map(str, problems))
    for file, line, key, words in expected:
        wanted = str(batch / file) if file else str(batch)
        matching = [p for p in problems if p.file == wanted and p.line == line and (p.key or None) == key and words in p.message]
        assert matching, f"no problem ({file}, {line}, {key}, {words!r}) in:\n" + "\n".join(map(str, problems))


@pytest.mark.parametrize("name, setup, words", [
    ("missing batch folder", lambda root: root / "nothing_here", "does not exist"),
    ("batch path is a file", lambda root: write_batch(root, {"A1.md": GOOD}) / "A1.md", "is a file"),
    ("empty batch folder", lambda root: write_batch(root, {}), "no transcripts found (.txt, .md, .docx, .html, .htm,"),
    ("only a sub-folder", lambda root: write_batch(root, {"sub/A1.md": GOOD}), "no transcripts found"),
])
def test_missing_or_empty_batch_folders(tmp_path, name, setup, words):
    with pytest.raises(InputError) as caught:
        read_batch(setup(tmp_path))
    assert len(caught.value.problems) == 1 and words in caught.value.problems[0].message


# -- odd inputs that must be read, not refused -------------------------------------------------------

@pytest.mark.parametrize("name, content, expected_texts", [
    ("latin-1", "P: Kapan?\nA1: Kafé buka jam 10:30.\n".encode("latin-1"), ["Kapan?", "Kafé buka jam 10:30."]),
    ("cp1252 curly quotes", "P: Apa?\nA1: “Nanti jo” – kata dorang’.\n".encode("cp1252"),
     ["Apa?", "“Nanti jo” – kata dorang’."]),
    ("UTF-8 with BOM and CRLF", b"\xef\xbb\xbf" + "P: Apa?\r\nA1: Désa.\r\n".encode("utf-8"), ["Apa?", "Désa."]),
    ("zero-width and non-breaking spaces", "P:\u00a0Apa?\n\u200bA1: Ka\u200brtu\u00a0keluarga.\n".encode("utf-8"),
     ["Apa?", "Kartu\u00a0keluarga."]),
    ("colon inside a turn", "P: Apa?\nA1: Begini: jam 10:30 kami buka.\n".encode("utf-8"),
     ["Apa?", "Begini: jam 10:30 kami buka."]),
])
def test_odd_but_valid_input_is_read(tmp_path, name, content, expected_texts):
    batch = read_batch(write_batch(tmp_path, {"A1.txt": content}))
    assert batch.segments["text"].tolist() == expected_texts


# -- codebooks ----------------------------------------------------------------------------------------

def _codebook(codes: str) -> str:
    return ("name: Tes\nthemes:\n  - id: T1\n    label: Tema\n    categories:\n"
            "      - id: K1\n        label: Kategori\n        codes:\n" + codes)


_CODE = "          - id: {id}\n            label: {label}\n            definition: d\n            keywords: [kata]\n"

# (name, codebook text, [(line, key, words)])
CODEBOOK_CASES = [
    ("unclosed bracket", "name: Tes\nthemes:\n  - id: T1\n    label: [Tema\n", [(4, None, "'[' opened on this line is not closed")]),
    ("tab indentation", "name: Tes\nthemes:\n\t- id: T1\n", [(3, None, "indent with spaces, not tabs")]),
    ("key indented less than its siblings", _codebook(_CODE.format(id="C1", label="Satu")).replace(
        "            definition", "           definition"), [(11, None, "indented differently from the lines above it (11 spaces; the line above has 12)")]),
    ("key indented more than its siblings", _codebook(_CODE.format(id="C1", label="Satu")).replace(
        "            definition", "              definition"), [(11, None, "indented differently from the line above it (14 spaces; the line above has 12)")]),
    ("list item indented less than the first", _codebook(_CODE.format(id="C1", label="Satu")
                                                        + _CODE.format(id="C2", label="Dua").replace("          - ", "         - ")),
     [(13, None, "'-' of every item of a list under the '-' of the first")]),
    ("codebook is a list", "- id: T1\n  label: Tema\n", [(1, None, "must be a mapping")]),
    ("codebook is a sentence", "Ini codebook saya\n", [(1, None, "must be a mapping")]),
    ("empty codebook", "", [(None, None, "empty")]),
    ("no themes", "name: Tes\n", [(1, "themes", "missing required key 'themes'")]),
    ("duplicate code id", _codebook(_CODE.format(id="C1", label="Satu") + _CODE.format(id="C1", label="Dua")),
     [(13, "themes[0].categories[0].codes[1].id", "duplicate id 'C1'")]),
    ("duplicate code label", _codebook(_CODE.format(id="C1", label="Satu") + _CODE.format(id="C2", label="satu ")),
     [(14, "themes[0].categories[0].codes[1].label", "duplicate code label 'satu' (already the label of code 'C1' at line 10)")]),
    ("duplicate id across levels", _codebook(_CODE.format(id="K1", label="Satu")),
     [(9, "themes[0].categories[0].codes[0].id", "duplicate id 'K1'")]),
    ("missing label", _codebook("          - id: C1\n            definition: d\n            keywords: [kata]\n"),
     [(9, "themes[0].categories[0].codes[0].label", "code 'C1': missing required key 'label'")]),
    ("empty label", _codebook(_CODE.format(id="C1", label='""')),
     [(10, "themes[0].categories[0].codes[0].label", "code 'C1': 'label' must not be empty")]),
    ("missing id", _codebook("          - label: Satu\n            definition: d\n            keywords: [kata]\n"),
     [(9, "themes[0].categories[0].codes[0].id", "code labelled 'Satu': missing required key 'id'")]),
    ("unknown key with a suggestion", _codebook(_CODE.format(id="C1", label="Satu") + "            lable: x\n"),
     [(13, "themes[0].categories[0].codes[0].lable", "code 'C1': unknown key 'lable' in a code; did you mean 'label'")]),
    ("keywords not a list", _codebook("          - id: C1\n            label: Satu\n            definition: d\n"
                                      "            keywords:\n              kata: 1\n"),
     [(13, "themes[0].categories[0].codes[0].keywords", "must be a list")]),
    ("keywords written as one text", _codebook("          - id: C1\n            label: Satu\n            definition: d\n"
                                               "            keywords: kader, posbindu lansia\n"),
     [(12, "themes[0].categories[0].codes[0].keywords", "write it as [kader, posbindu lansia]")]),
    ("duplicate key", "name: Tes\nname: Lagi\nthemes: []\n", [(2, "name", "duplicate key 'name'"),
                                                               (3, "themes", "non-empty list")]),
    ("several problems at once", _codebook(_CODE.format(id="C1", label="Satu") + _CODE.format(id="C1", label="Dua")
                                           + "            colour: red\n"),
     [(13, "themes[0].categories[0].codes[1].id", "duplicate id"),
      (17, "themes[0].categories[0].codes[1].colour", "unknown key")]),
]


@pytest.mark.parametrize("name, text, expected", CODEBOOK_CASES, ids=[case[0] for case in CODEBOOK_CASES])
def test_bad_codebook_names_line_and_key(tmp_path, name, text, expected):
    from pipeline.codebook.load import load_codebook

    path = tmp_path / "codebook.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_codebook(path)
    problems = caught.value.problems
    assert len(problems) == len(expected), "\n".join(map(str, problems))
    for line, key, words in expected:
        assert any(p.file == str(path) and p.line == line and (p.key or None) == key and words in p.message for p in problems), \
            f"no problem ({line}, {key}, {words!r}) in:\n" + "\n".join(map(str, problems))


def test_codebook_with_bom_and_crlf_loads(tmp_path):
    from pipeline.codebook.load import load_codebook

    path = tmp_path / "codebook.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL_CODEBOOK.replace("\n", "\r\n").encode("utf-8"))
    assert [code.id for code in load_codebook(path).codes] == ["C1", "C2"]


def test_latin1_codebook_is_read_not_refused(tmp_path):
    from pipeline.codebook.load import load_codebook

    path = tmp_path / "codebook.yaml"
    path.write_bytes(MINIMAL_CODEBOOK.replace("Tidak memiliki", "Tidak memiliki (désa)").encode("latin-1"))
    assert load_codebook(path).codes[1].label == "Tidak memiliki (désa) kartu keluarga"


# -- through the command line ------------------------------------------------------------------------

ERROR_LINE = re.compile(r"^error: (?P<file>[^:\n]+?)(?::(?P<line>\d+))?(?: \[(?P<key>.+?)\])?: (?P<message>.+)$")


def _errors(stderr: str) -> list[re.Match]:
    return [match for line in stderr.splitlines() if (match := ERROR_LINE.match(line))]


@needs_pipeline
def test_cli_reports_every_batch_problem_and_exits_2(tmp_path):
    batch = write_batch(tmp_path, {
        "A1.md": "---\ninformant: A1\nlanguage: jawa\n---\nA1: Ya.\n", "A2.txt": b"\x00\x00binary",
        "A3.md": GOOD, "informants.csv": "informant,role\nA3,x\nA3,y\n"})
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("analyze", batch, "--codebook", codebook, "--out", out)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    found = {(Path(m["file"]).name, m["line"], m["key"]) for m in _errors(result.stderr)}
    assert found == {("A1.md", "3", "language"), ("A2.txt", None, None), ("informants.csv", "3", "informant")}
    assert "3 problems in the input" in result.stderr
    assert not out.exists()


@needs_pipeline
def test_cli_reports_batch_codebook_and_review_problems_together(tmp_path, capsys):
    """One run names every problem: the user should not fix the batch only to meet the codebook's."""
    batch = write_batch(tmp_path, {
        "A1.md": GOOD, "A2.md": "---\ninformant: A2\n",
        "reviews.csv": "segment_id,code,decision,reviewer,timestamp,note\nA1-x,C1,maybe,rk,2024-05-01T09:30:00,\n"})
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text("name: Tes\nthemes:\n  - id: T1\n    label: [Tema\n", encoding="utf-8")
    code, stderr = _main(capsys, "analyze", batch, "--codebook", codebook, "--out", tmp_path / "out")
    assert code == 2
    found = {(Path(m["file"]).name, m["line"], m["key"]) for m in _errors(stderr)}
    assert found == {("A2.md", "1", None), ("codebook.yaml", "4", None), ("reviews.csv", "2", "decision")}


def _main(capsys, *args) -> tuple[int, str]:
    """`pipeline.cli.main` in this process (faster than a new interpreter per case)."""
    from pipeline.cli import main

    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.err


@needs_pipeline
@pytest.mark.parametrize("second_id, second_label, key, words", [
    ("C1", "Dua", "themes[0].categories[0].codes[1].id", "duplicate id 'C1'"),
    ("C2", "Satu", "themes[0].categories[0].codes[1].label", "already the label of code 'C1' at line 10"),
])
def test_cli_reports_codebook_problems_with_line_and_key(tmp_path, capsys, second_id, second_label, key, words):
    batch = write_batch(tmp_path, {"A1.md": GOOD})
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text(_codebook(_CODE.format(id="C1", label="Satu") + _CODE.format(id=second_id, label=second_label)),
                        encoding="utf-8")
    code, stderr = _main(capsys, "analyze", batch, "--codebook", codebook, "--out", tmp_path / "out")
    assert code == 2 and not (tmp_path / "out").exists()
    [error] = _errors(stderr)
    assert (error["file"], error["key"]) == (str(codebook), key) and words in error["message"]
    assert error["line"] == ("13" if key.endswith("id") else "14")


@needs_pipeline
@pytest.mark.parametrize("name, make", [
    ("missing batch folder", lambda root: root / "nope"),
    ("empty batch folder", lambda root: write_batch(root, {})),
])
def test_cli_missing_or_empty_batch_exits_2(tmp_path, capsys, name, make):
    code, stderr = _main(capsys, "analyze", make(tmp_path), "--out", tmp_path / "out")
    assert code == 2 and len(_errors(stderr)) == 1


@needs_pipeline
def test_cli_missing_codebook_exits_2(tmp_path, capsys):
    batch = write_batch(tmp_path, {"A1.md": GOOD})
    code, stderr = _main(capsys, "analyze", batch, "--codebook", tmp_path / "missing.yaml", "--out", tmp_path / "out")
    assert code == 2 and "missing.yaml" in stderr


@needs_pipeline
@pytest.mark.parametrize("name, out", [
    ("output folder is a file", "blocker"),
    ("output folder under a file", "blocker/out"),
])
def test_cli_unwritable_outputs_exit_1_with_a_clear_message(tmp_path, capsys, name, out):
    batch = write_batch(tmp_path, {"A1.md": GOOD})
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    (tmp_path / "blocker").write_text("a file, not a folder", encoding="utf-8")
    code, stderr = _main(capsys, "analyze", batch, "--codebook", codebook, "--out", tmp_path / out)
    assert code == 1, stderr
    assert f"error: {tmp_path / 'blocker'}: " in stderr and "folder" in stderr
    assert (tmp_path / "blocker").read_text(encoding="utf-8") == "a file, not a folder"


@needs_pipeline
def test_an_unreadable_batch_yaml_is_one_problem_not_the_mappings_it_holds(tmp_path, capsys):
    """A tab in batch.yaml hides its speaker mapping: the run names the tab and what it blocks, not a
    subtitle file's 'unmapped' labels (the mapping is there) or a codebook it could not look up;
    a problem of another file is still named."""
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v S00>Kapan posyandu buka?\n\n"
           "00:00:04.000 --> 00:00:08.000\n<v S01>Tiap tanggal lima.\n")
    batch = write_batch(tmp_path, {"posyandu_B4.vtt": vtt, "B5.md": "",
                                   "batch.yaml": "codebook: gone.yaml\nspeakers:\n\tposyandu_B4.vtt: {S00: P, S01: B4}\n"})
    code, stderr = _main(capsys, "analyze", batch, "--out", tmp_path / "out")
    assert code == 2
    found = {(Path(m["file"]).name, m["line"]) for m in _errors(stderr)}
    assert found == {("batch.yaml", "3"), ("B5.md", None)}
    assert "the speakers it maps" in stderr and "not mapped" not in stderr and "gone.yaml" not in stderr
