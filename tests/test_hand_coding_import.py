"""Hand coding done in another tool (a QDA project's .qdpx, or a document,quote,code sheet) becomes a
grader's decisions beside the last run: accepts, adds, rejects and "nothing to code" for documents
coded completely, only accepts and adds with --partial; bad rows stop it with their line, nothing
written; a second import adds nothing; a decision made in the notebook is never outvoted."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from helpers import minimal_codebook_yaml
from lxml import etree

from pipeline.errors import InputError
from pipeline.review.store import append_review, read_reviews
from test_review_support import analyze_unavailable

if analyze_unavailable():
    pytest.skip(analyze_unavailable(), allow_module_level=True)

from pipeline.cli import main  # noqa: E402
from pipeline.review.hand_import import import_hand_coding  # noqa: E402
from pipeline.run import analyze  # noqa: E402

CODEBOOK = minimal_codebook_yaml([
    ("C1", "Biaya mahal", "Biaya berobat mahal.", ["mahal"]),
    ("C2", "Takut berobat", "Takut pergi berobat.", ["takut"]),
    ("C3", "Dukungan sosial", "Pertolongan dari orang di luar rumah tangga.", ["dukungan"]),
])
TRANSCRIPT = ("---\ninformant: A1\nrole: Ibu\nlanguage: xmm\n---\n\nP: Bagaimana biaya berobat?\n\n"
              "A1: Mahal skali, torang nda mampu bayar.\n\nP: Kalau ke puskesmas?\n\n"
              "A1: Kader datang ke rumah, mar kita takut.\n\nP: Lalu bagaimana?\n\n"
              "A1: Tetangga antar pake motor tiap bulan.\n\nP: Di puskesmas bagaimana?\n\n"
              "A1: Kita malu kalau dokter marah-marah.\n\nP: Terima kasih.\n\nA1: Sama-sama.\n")
SHEET = ("document,quote,code\nA1.md,Mahal skali,Biaya mahal\nA1.md,Tetangga antar,Dukungan sosial\n"
         "A1.md,dokter marah-marah,Takut berobat\n")


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    """One run, copied for each test (its key file too, so the ids stay the same)."""
    folder = tmp_path_factory.mktemp("hand")
    batch = folder / "batch"
    batch.mkdir()
    (batch / "A1.md").write_text(TRANSCRIPT, encoding="utf-8")
    (folder / "codebook.yaml").write_text(CODEBOOK, encoding="utf-8")
    return folder, analyze(batch, codebook_path=folder / "codebook.yaml", out_dir=folder / "out", workers=1,
                           progress=False)


@pytest.fixture()
def analysed(first_run, tmp_path: Path):
    folder, first = first_run
    for name in ("batch", "out"):
        shutil.copytree(folder / name, tmp_path / name)
    shutil.copy(folder / "codebook.yaml", tmp_path / "codebook.yaml")
    return tmp_path / "batch", tmp_path / "codebook.yaml", tmp_path / "out", first


def _turn(first, words: str) -> str:
    segments = first.analysis.segments
    return segments[segments["text"].str.contains(words)]["segment_id"].item()


def _decisions(batch: Path) -> set[tuple[str, str, str]]:
    reviews = read_reviews(batch)
    return set(zip(reviews["segment_id"], reviews["code"], reviews["decision"]))


def test_a_sheet_of_a_document_coded_completely_accepts_adds_rejects_and_marks(analysed, tmp_path):
    batch, codebook, out, first = analysed
    rules = first.analysis.codings
    assert set(zip(rules["segment_id"], rules["code"])) == {(_turn(first, "Mahal"), "Biaya mahal"),
                                                           (_turn(first, "Kader datang"), "Takut berobat"),
                                                           (_turn(first, "Tetangga"), "Dukungan sosial")}
    sheet = tmp_path / "hand.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    result = import_hand_coding(batch, out, sheet, "RS")
    assert _decisions(batch) == {
        (_turn(first, "Mahal"), "Biaya mahal", "accept"),            # the rules gave it too
        (_turn(first, "Tetangga"), "Dukungan sosial", "accept"),
        (_turn(first, "dokter marah"), "Takut berobat", "add"),      # the rules missed it
        (_turn(first, "Kader datang"), "Takut berobat", "reject"),   # coded by a word, not by its matter
        (_turn(first, "Sama-sama"), "", "none"),                     # nothing on either side
    }
    assert result.written == {"accept": 2, "add": 1, "reject": 1, "none": 1} and result.already_decided == 0

    again = import_hand_coding(batch, out, sheet, "RS")
    assert sum(again.written.values()) == 0 and again.already_decided == 5
    assert len(read_reviews(batch)) == 5

    second = analyze(batch, codebook_path=codebook, out_dir=out, workers=1, progress=False)
    codings = second.analysis.codings
    shown = dict(zip(zip(codings["segment_id"], codings["code"]), codings["review"]))
    assert shown[(_turn(first, "Kader datang"), "Takut berobat")] == "rejected"
    assert shown[(_turn(first, "dokter marah"), "Takut berobat")] == "added"


def test_partial_hand_coding_writes_only_the_persons_own_codes(analysed, tmp_path):
    batch, _, out, first = analysed
    sheet = tmp_path / "hand.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    result = import_hand_coding(batch, out, sheet, "RS", complete=False)
    assert {decision for _, _, decision in _decisions(batch)} == {"accept", "add"}
    assert result.written["reject"] == 0 and result.written["none"] == 0


def test_a_notebook_decision_is_never_outvoted_by_the_sheet(analysed, tmp_path):
    batch, _, out, first = analysed
    append_review(batch, _turn(first, "Mahal"), "Biaya mahal", "reject", "EM", code_id="C1")
    sheet = tmp_path / "hand.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    result = import_hand_coding(batch, out, sheet, "RS")
    mine = read_reviews(batch)
    assert mine[mine["segment_id"] == _turn(first, "Mahal")]["decision"].tolist() == ["reject"]
    assert result.already_decided == 1


def test_bad_rows_stop_the_import_with_their_lines_and_nothing_is_written(analysed, tmp_path, capsys):
    batch, _, out, _ = analysed
    sheet = tmp_path / "hand.csv"
    sheet.write_text(SHEET + "A1.md,tidak ada di transkrip,Biaya mahal\nA1.md,Sama-sama,Transportasi\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        import_hand_coding(batch, out, sheet, "RS")
    message = str(raised.value)
    assert "hand.csv:5" in message and "matches no informant turn" in message
    assert "hand.csv:6" in message and "'Transportasi' is not in codebook" in message
    assert "did you mean" not in message.split("hand.csv:6")[1]    # nothing near it: no guess
    assert not (batch / "reviews.csv").exists()
    assert main(["import-codings", str(batch), str(sheet), "--grader", "RS", "--out", str(out)]) != 0
    assert "Traceback" not in capsys.readouterr().err


def test_a_label_written_with_a_typo_or_another_case_is_named_with_the_codebooks_own(analysed, tmp_path):
    batch, _, out, _ = analysed
    sheet = tmp_path / "hand.csv"
    sheet.write_text("document,quote,code\nA1.md,Mahal skali,biaya mahall\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        import_hand_coding(batch, out, sheet, "RS")
    assert "hand.csv:2" in str(raised.value) and "did you mean 'Biaya mahal'?" in str(raised.value)


def _with_selection_added(project: Path, document: str, words: str, code_name: str, target: Path) -> Path:
    """The project as another QDA tool re-exports it after a person coded `words` by hand: a new
    selection with no provenance block, coded with the codebook's `code_name`."""
    with zipfile.ZipFile(project) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    entry = next(name for name in members if name.endswith(".qde"))
    root = etree.fromstring(members[entry])
    ns = {"q": root.nsmap[None]}
    code = root.xpath(f"//q:Code[@name='{code_name}']", namespaces=ns)[0]
    source = root.xpath(f"//q:TextSource[@name='{document}']", namespaces=ns)[0]
    text_path = source.get("plainTextPath").split("//", 1)[1]
    text = members[f"sources/{text_path}"].decode("utf-8")
    start = text.index(words)
    selection = etree.SubElement(source, f"{{{ns['q']}}}PlainTextSelection", guid="0b1c2d3e-0000-4000-8000-000000000001",
                                 name="hand", startPosition=str(start), endPosition=str(start + len(words)))
    coding = etree.SubElement(selection, f"{{{ns['q']}}}Coding", guid="0b1c2d3e-0000-4000-8000-000000000002")
    etree.SubElement(coding, f"{{{ns['q']}}}CodeRef", targetGUID=code.get("guid"))
    members[entry] = etree.tostring(root, xml_declaration=True, encoding="utf-8")
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def test_a_project_re_exported_by_another_tool_adds_the_persons_selection_and_leaves_the_rules_codings_out(
        analysed, tmp_path):
    batch, _, out, first = analysed
    project = next(out.glob("*.qdpx"))
    edited = _with_selection_added(project, "A1.md", "Kita malu kalau dokter", "Takut berobat",
                                   tmp_path / "coded_by_hand.qdpx")
    result = import_hand_coding(batch, out, edited, "RS", complete=False)
    assert _decisions(batch) == {(_turn(first, "dokter marah"), "Takut berobat", "add")}
    assert any("from this tool's rules or model" in note for note in result.notes)


def test_a_sheet_saved_by_a_spreadsheet_in_an_indonesian_locale_reads_with_its_semicolons(analysed, tmp_path):
    batch, _, out, first = analysed
    sheet = tmp_path / "hand.csv"
    sheet.write_text(SHEET.replace(",", ";"), encoding="utf-8-sig")
    result = import_hand_coding(batch, out, sheet, "RS", complete=False)
    assert result.written["accept"] == 2 and result.written["add"] == 1
