"""REFI-QDA export and import: schema-valid files, exact offsets, round trips, other tools' files."""

from __future__ import annotations

import dataclasses
import uuid
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from lxml import etree

from pipeline.aggregate.agreement import agreement_table
from pipeline.coder_files import read_codings
from pipeline.records.codebook import Category, Code, Codebook, Theme
from pipeline.errors import InputError
from pipeline.export.refiqda import read_qdc, read_qdpx, write_qdc, write_qdpx
from pipeline.export.refiqda.qdaxml import _GUID_NAMESPACE, guid
from pipeline.export.refiqda.text import to_lf

xmlschema = pytest.importorskip("xmlschema")
SCHEMAS = Path(__file__).parents[1].parent / "shared" / "refi-qda"
NS = {"p": "urn:QDA-XML:project:1.0"}

USAGE, LOW = ("T1", "Pemanfaatan BPJS"), ("C1", "Kepemilikan BPJS rendah")
STRATEGY, SOCIAL = ("T2", "Strategi"), ("C2", "Sosialisasi")

# A CRLF transcript with multi-byte characters (é, ☕ are 2-3 UTF-8 bytes, 😀 is 4 bytes and two
# UTF-16 units) before and inside coded turns, and a turn that spans two lines.
A1_SOURCE = ("---\r\ninformant: A1\r\nlanguage: xmm\r\n---\r\n"
             "P: Ibu so ada kartu BPJS?\r\n"
             "A1: Blum ada, kita nintau cara ba urus di kantor desa. Café ☕ 😀\r\n"
             "kalu ada rujukan ka rumah saki baru kita ba urus.\r\n"
             "P: Kenapa blum urus?\r\n"
             "A1: Malas sto, jauh skali ka Airmadidi.\r\n")
A2_SOURCE = ("P: Ada sosialisasi dari puskesmas?\n"
             "A2: Iyo, puskesmas deng desa da kase sosialisasi — tiap bulan.\n")


def codebook() -> Codebook:
    def code(code_id, label, definition, category, theme, **extra) -> Code:
        return Code(code_id, label, definition, theme[0], theme[1], category[0], category[1], **extra)

    k1 = code("K1", "Mengurus jika ada rujukan ke rumah sakit", "BPJS diurus hanya saat dirujuk.", LOW, USAGE,
              keywords=("rujukan", "ba urus"), include="Menyebut rujukan.", exclude="Rujukan tanpa BPJS.",
              examples=("kalu ada rujukan baru ba urus",),
              rules=({"all": [["rujuk*", "@rumah_sakit"]], "within": 8, "confidence": 0.9},), color="#1F77B4")
    k2 = code("K2", "Malas untuk mengurus pendaftaran", "", LOW, USAGE, keywords=("malas",))
    k3 = code("K3", "Adanya sosialisasi dari pemerintah kabupaten, desa dan puskesmas", "Sosialisasi & <penyuluhan>",
              SOCIAL, STRATEGY, keywords=("sosialisasi", "penyuluhan"))
    return Codebook("wori", "1.2", (
        Theme(USAGE[0], USAGE[1], (Category(LOW[0], LOW[1], (k1, k2), description="Alasan"),),
              description="Tema pertama"),
        Theme(STRATEGY[0], STRATEGY[1], (Category(SOCIAL[0], SOCIAL[1], (k3,)),)),
    ), concepts={"rumah_sakit": ("rumah saki", "rumah sakit", "RS")}, language="xmm")


def segment(document: str, source: str, segment_id: str, speaker: str, text: str) -> dict:
    start = source.index(text)
    return {"segment_id": segment_id, "document": document, "informant": speaker if speaker != "P" else "A1",
            "speaker": speaker, "speaker_role": "interviewer" if speaker == "P" else "informant",
            "start": start, "end": start + len(text), "text": text}


def segments() -> pd.DataFrame:
    rows = [
        segment("a1.txt", A1_SOURCE, "a1-q1", "P", "Ibu so ada kartu BPJS?"),
        segment("a1.txt", A1_SOURCE, "a1-1", "A1", "Blum ada, kita nintau cara ba urus di kantor desa. Café ☕ 😀\r\n"
                                                   "kalu ada rujukan ka rumah saki baru kita ba urus."),
        segment("a1.txt", A1_SOURCE, "a1-q2", "P", "Kenapa blum urus?"),
        segment("a1.txt", A1_SOURCE, "a1-2", "A1", "Malas sto, jauh skali ka Airmadidi."),
        segment("a2.txt", A2_SOURCE, "a2-q1", "P", "Ada sosialisasi dari puskesmas?"),
        segment("a2.txt", A2_SOURCE, "a2-1", "A2", "Iyo, puskesmas deng desa da kase sosialisasi — tiap bulan."),
    ]
    frame = pd.DataFrame(rows)
    frame.loc[frame["document"] == "a2.txt", "informant"] = "A2"
    return frame


def codings() -> pd.DataFrame:
    book = {code.id: code for code in codebook().codes}

    def row(segment_id, code_id, source, confidence, evidence, review="") -> dict:
        code = book[code_id]
        return {"segment_id": segment_id, "informant": "A2" if segment_id.startswith("a2") else "A1",
                "theme": code.theme, "category": code.category, "code": code.label, "code_id": code_id,
                "source": source, "confidence": confidence, "evidence": evidence,
                "evidence_in": "text" if evidence else "", "review": review}

    return pd.DataFrame([
        row("a1-1", "K1", "rule", 0.9, "rujukan"),
        row("a1-1", "K2", "model", 0.62, "", "accepted"),
        row("a1-2", "K2", "rule", 0.8, "malas"),
        row("a1-2", "K3", "rule", 0.7, "sosialisasi", "rejected"),
        row("a2-1", "K3", "review", 1.0, "", "added"),
    ])


def informants() -> pd.DataFrame:
    return pd.DataFrame({"informant": ["A1", "A2"], "role": ["Ibu balita stunting", "Kader posyandu"],
                         "age": ["31", "45"], "interviewed": ["2022-08-01", "2022-08-03"], "pbi": ["true", "false"]})


@pytest.fixture()
def project(tmp_path) -> Path:
    return write_qdpx(tmp_path / "wori.qdpx", project_name="wori", codebook=codebook(),
                      documents={"a1.txt": A1_SOURCE, "a2.txt": A2_SOURCE}, segments=segments(),
                      codings=codings(), informants=informants())


def schema(name: str):
    if not (SCHEMAS / name).is_file():
        pytest.skip(f"REFI-QDA schema {SCHEMAS / name} not found (expected ../shared/refi-qda next to the repo)")
    return xmlschema.XMLSchema(str(SCHEMAS / name))


def project_xml(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("project.qde"))


def stored_texts(path: Path) -> dict[str, str]:
    """Source name -> the text stored in the archive for it."""
    root = project_xml(path)
    with zipfile.ZipFile(path) as archive:
        return {source.get("name"): archive.read("sources/" + source.get("plainTextPath").removeprefix("internal://"))
                .decode("utf-8") for source in root.iterfind("p:Sources/p:TextSource", NS)}


def test_project_is_valid_against_the_refi_qda_schema(project):
    with zipfile.ZipFile(project) as archive:
        schema("Project.xsd").validate(archive.read("project.qde").decode("utf-8"))
        assert sorted(name.split("/")[0] for name in archive.namelist()) == ["project.qde", "sources", "sources"]


def test_codebook_is_valid_against_the_refi_qda_schema(tmp_path):
    path = write_qdc(tmp_path / "wori.qdc", codebook())
    schema("Codebook.xsd").validate(str(path))
    root = etree.parse(str(path)).getroot()
    themes = root.findall("{urn:QDA-XML:codebook:1.0}Codes/{urn:QDA-XML:codebook:1.0}Code")
    assert [(theme.get("name"), theme.get("isCodable")) for theme in themes] == [
        ("Pemanfaatan BPJS", "false"), ("Strategi", "false")]
    codes = themes[0].findall("{*}Code/{*}Code")
    assert [code.get("isCodable") for code in codes] == ["true", "true"] and codes[0].get("color") == "#1F77B4"
    assert codes[0].findtext("{*}Description").startswith("BPJS diurus hanya saat dirujuk.")


def test_selections_select_exactly_the_coded_segment_text(project):
    texts = stored_texts(project)
    assert texts["a1.txt"] == to_lf(A1_SOURCE) and "\r" not in texts["a1.txt"]
    by_id = segments().set_index("segment_id")
    selections = project_xml(project).findall("p:Sources/p:TextSource/p:PlainTextSelection", NS)
    assert sorted(selection.get("name") for selection in selections) == ["a1-1", "a1-2", "a2-1"]
    for selection in selections:
        source = selection.getparent().get("name")
        start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
        assert texts[source][start:end] == to_lf(by_id.loc[selection.get("name"), "text"])
    # Positions are code points after LF conversion: 4 CRLFs of the front matter + question come before a1-2,
    # plus the CRLF inside a1-1; neither UTF-8 bytes nor UTF-16 units.
    a1_2 = next(s for s in selections if s.get("name") == "a1-2")
    original = by_id.loc["a1-2", "start"]
    assert int(a1_2.get("startPosition")) == original - A1_SOURCE[:original].count("\r\n")
    assert int(a1_2.get("startPosition")) != len(to_lf(A1_SOURCE)[:original].encode("utf-8"))


def test_rejected_codings_are_not_exported(project):
    root = project_xml(project)
    code_guid = {code.get("name"): code.get("guid") for code in root.iter("{urn:QDA-XML:project:1.0}Code")}
    a1_2 = root.find("p:Sources/p:TextSource/p:PlainTextSelection[@name='a1-2']", NS)
    assert [ref.get("targetGUID") for ref in a1_2.findall("p:Coding/p:CodeRef", NS)] == [
        code_guid["Malas untuk mengurus pendaftaran"]]


def test_informants_are_cases_with_typed_variables_and_their_sources(project):
    root = project_xml(project)
    variables = {v.get("name"): v.get("typeOfVariable") for v in root.iterfind("p:Variables/p:Variable", NS)}
    assert {name: kind for name, kind in variables.items() if not name.startswith("informant")} == {
        "role": "Text", "age": "Integer", "interviewed": "Date", "pbi": "Boolean"}
    source_guid = {s.get("name"): s.get("guid") for s in root.iterfind("p:Sources/p:TextSource", NS)}
    cases = {case.get("name"): case for case in root.iterfind("p:Cases/p:Case", NS) if case.get("name")}
    assert sorted(cases) == ["A1", "A2"]
    assert [ref.get("targetGUID") for ref in cases["A1"].findall("p:SourceRef", NS)] == [source_guid["a1.txt"]]
    assert cases["A2"].findtext("p:VariableValue/p:TextValue", namespaces=NS) == "Kader posyandu"


def document_variables_as_qualcoder_reads_them(root: etree._Element) -> dict[str, dict[str, str]]:
    """QualCoder 3.x/4.x (refi.py, parse_case_for_file_variables): a Case without a name and with
    exactly one SourceRef gives its VariableValues to that source; a named Case's SourceRefs are
    ignored. Source name -> {variable name: value}."""
    variable_name = {v.get("guid"): v.get("name") for v in root.iterfind("p:Variables/p:Variable", NS)}
    source_name = {s.get("guid"): s.get("name") for s in root.iterfind("p:Sources/p:TextSource", NS)}
    found: dict[str, dict[str, str]] = {}
    for case in root.iterfind("p:Cases/p:Case", NS):
        refs = case.findall("p:SourceRef", NS)
        if case.get("name") is not None or len(refs) != 1:
            continue
        values = found.setdefault(source_name[refs[0].get("targetGUID")], {})
        for value in case.findall("p:VariableValue", NS):
            name = variable_name[value.find("p:VariableRef", NS).get("targetGUID")]
            values[name] = value[1].text
    return found


def test_each_document_names_its_informant_as_qualcoder_reads_it(project):
    """QualCoder linked no case to any transcript: it ignores SourceRef inside a named Case."""
    root = project_xml(project)
    assert document_variables_as_qualcoder_reads_them(root) == {
        "a1.txt": {"informant": "A1", "informant role": "Ibu balita stunting", "informant age": "31",
                   "informant interviewed": "2022-08-01", "informant pbi": "true"},
        "a2.txt": {"informant": "A2", "informant role": "Kader posyandu", "informant age": "45",
                   "informant interviewed": "2022-08-03", "informant pbi": "false"},
    }
    case_variables = {ref.get("targetGUID") for case in root.iterfind("p:Cases/p:Case[@name]", NS)
                      for ref in case.iterfind("p:VariableValue/p:VariableRef", NS)}
    document_variables = {ref.get("targetGUID") for case in root.iterfind("p:Cases/p:Case", NS) if not case.get("name")
                          for ref in case.iterfind("p:VariableValue/p:VariableRef", NS)}
    assert not case_variables & document_variables, "QualCoder makes a variable either a case's or a file's"


def test_export_is_reproducible(project, tmp_path):
    again = write_qdpx(tmp_path / "again.qdpx", project_name="wori", codebook=codebook(),
                       documents={"a1.txt": A1_SOURCE, "a2.txt": A2_SOURCE}, segments=segments(),
                       codings=codings(), informants=informants())
    assert again.read_bytes() == project.read_bytes()


def test_codebook_round_trip_through_qdc(tmp_path):
    path = write_qdc(tmp_path / "wori.qdc", codebook())
    back = read_qdc(path)
    assert dataclasses.replace(back, source="", sha256="") == codebook()
    assert back.source == str(path) and len(back.sha256) == 64


def test_project_round_trip_gives_back_codebook_and_codings(project):
    book, back = read_qdpx(project, segments=segments())
    assert dataclasses.replace(book, source="", sha256="") == codebook()
    expected = codings()
    expected = expected[expected["review"] != "rejected"]
    columns = ["segment_id", "informant", "theme", "category", "code", "code_id", "source", "confidence",
               "evidence", "evidence_in", "review"]
    key = ["segment_id", "code_id"]
    pd.testing.assert_frame_equal(back[columns].sort_values(key).reset_index(drop=True),
                                  expected[columns].sort_values(key).reset_index(drop=True), check_dtype=False)


def test_without_segments_codings_keep_document_and_positions(project):
    _, back = read_qdpx(project)
    assert set(back["segment_id"]) == {""}
    texts = stored_texts(project)
    row = back[back["code_id"] == "K3"].iloc[0]
    assert texts[row["document"]][row["start"]:row["end"]].startswith("Iyo, puskesmas")


FOREIGN_PROJECT = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Wori coder B" origin="OtherQDA 3.1">
  <Users><User guid="{AAAAAAAA-0000-4000-8000-000000000001}" name="Coder B"/></Users>
  <CodeBook><Codes>
    <Code guid="{BBBBBBBB-0000-4000-8000-000000000001}" name="Pemanfaatan" isCodable="false">
      <Code guid="{BBBBBBBB-0000-4000-8000-000000000002}" name="mengurus jika ada RUJUKAN ke rumah sakit" isCodable="true"/>
      <Code guid="{BBBBBBBB-0000-4000-8000-000000000003}" name="Malas untuk mengurus pendaftaran" isCodable="true"/>
    </Code>
    <Code guid="{BBBBBBBB-0000-4000-8000-000000000004}" name="Sosialisasi" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="{CCCCCCCC-0000-4000-8000-000000000001}" name="a1" plainTextPath="internal://b1.txt">
      <PlainTextSelection guid="{DDDDDDDD-0000-4000-8000-000000000001}" startPosition="{start}" endPosition="{end}">
        <Coding guid="{EEEEEEEE-0000-4000-8000-000000000001}" creatingUser="{AAAAAAAA-0000-4000-8000-000000000001}">
          <CodeRef targetGUID="{BBBBBBBB-0000-4000-8000-000000000002}"/>
        </Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="{DDDDDDDD-0000-4000-8000-000000000002}" startPosition="0" endPosition="10">
        <Coding guid="{EEEEEEEE-0000-4000-8000-000000000002}">
          <CodeRef targetGUID="{BBBBBBBB-0000-4000-8000-000000000003}"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>
"""


def foreign_project(tmp_path: Path, selected: str) -> Path:
    """Another tool's project: braced upper-case GUIDs, its own code tree, no extension on the source
    name, the text stored with CRLF, and a selection of part of a turn (a phrase)."""
    stored = A1_SOURCE                      # kept with CRLF by the other tool
    start = to_lf(stored).index(selected)
    xml = FOREIGN_PROJECT.replace("{start}", str(start)).replace("{end}", str(start + len(selected)))
    path = tmp_path / "coder_b.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", xml)
        archive.writestr("Sources/b1.txt", stored.encode("utf-8"))
    return path


def test_another_tools_project_is_read_as_a_second_coders_codings(tmp_path, project):
    path = foreign_project(tmp_path, "kalu ada rujukan ka rumah saki")
    book, coder_b = read_qdpx(path, segments=segments())
    placed = coder_b[coder_b["segment_id"] != ""]
    assert list(zip(placed["segment_id"], placed["code"])) == [("a1-1", "mengurus jika ada RUJUKAN ke rumah sakit")]
    assert set(placed["coder"]) == {"Coder B"} and set(placed["source"]) == {"review"}
    # The selection over the front matter lies on no segment: kept, with an empty segment_id.
    assert list(coder_b[coder_b["segment_id"] == ""]["code"]) == ["Malas untuk mengurus pendaftaran"]
    # Its tree: a theme with codes directly under it, and a top-level codable code.
    assert [theme.label for theme in book.themes] == ["Pemanfaatan", "(ungrouped)"]
    assert book.themes[0].categories[0].label == "Pemanfaatan"
    assert book.codes[2].label == "Sosialisasi" and book.codes[2].theme == "(ungrouped)"
    assert len({code.id for code in book.codes}) == 3

    # As CODINGS_B of `agreement`: labels match case-insensitively; the front-matter coding is reported.
    coder_a = read_codings(project, segments=segments())
    table = agreement_table(coder_a, read_codings(path, segments=segments()),
                            units=["a1-1", "a1-2", "a2-1"])
    k1 = table[table["code"] == "Mengurus jika ada rujukan ke rumah sakit"].iloc[0]
    assert (k1["a_count"], k1["b_count"], k1["percent_agreement"]) == (1, 1, 100.0)


def test_segments_read_back_from_csv_map_the_same_way(tmp_path, project):
    """The `agreement --segments segments.csv` path: every column a string, offsets too."""
    segments().to_csv(tmp_path / "segments.csv", index=False)
    from_csv = pd.read_csv(tmp_path / "segments.csv", dtype=str, keep_default_na=False)
    _, direct = read_qdpx(project, segments=segments())
    _, via_csv = read_qdpx(project, segments=from_csv)
    assert list(via_csv["segment_id"]) == list(direct["segment_id"]) and "" not in set(via_csv["segment_id"])


def test_broken_files_are_reported_with_file_and_line(tmp_path):
    broken = tmp_path / "broken.qdc"
    broken.write_text('<?xml version="1.0"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n<Codes>\n</CodeBook>\n')
    with pytest.raises(InputError) as error:
        read_qdc(broken)
    assert str(error.value).startswith(f"{broken}:4")

    wrong = tmp_path / "wrong.qdc"
    wrong.write_text('<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>')
    with pytest.raises(InputError, match="root element is Project"):
        read_qdc(wrong)

    not_zip = tmp_path / "project.qdpx"
    not_zip.write_text("hello")
    with pytest.raises(InputError, match="zip archive"):
        read_qdpx(not_zip)

    dangling = tmp_path / "dangling.qdpx"
    with zipfile.ZipFile(dangling, "w") as archive:
        archive.writestr("project.qde", FOREIGN_PROJECT.replace("{start}", "0").replace("{end}", "5")
                         .replace("BBBBBBBB-0000-4000-8000-000000000003}\"/></Coding>",
                                  "BBBBBBBB-0000-4000-8000-000000000009}\"/></Coding>"))
        archive.writestr("sources/b1.txt", A1_SOURCE)
    with pytest.raises(InputError, match="does not have"):
        read_qdpx(dangling)


def test_writer_refuses_offsets_that_do_not_select_the_segment(tmp_path):
    shifted = segments()
    shifted.loc[shifted["segment_id"] == "a1-2", "start"] += 1
    with pytest.raises(ValueError, match="a1-2"):
        write_qdpx(tmp_path / "x.qdpx", project_name="wori", codebook=codebook(),
                   documents={"a1.txt": A1_SOURCE, "a2.txt": A2_SOURCE}, segments=shifted,
                   codings=codings(), informants=informants())


@pytest.mark.parametrize("parts", [("selection", "S0001-ff68b5da5f"), ("coding", "S1", "biaya_mahal"),
                                   ("case", "Ibu Ani – A1 ✓"), ("source", "")])
def test_guids_are_rfc4122_name_based_uuids(parts):
    """The fast GUID is exactly uuid5: projects exported before keep their GUIDs."""
    assert guid(*parts) == str(uuid.uuid5(_GUID_NAMESPACE, "\x1f".join(parts)))


def test_a_qdc_whose_tool_dropped_the_sets_is_refused_at_import_or_given_its_concepts(tmp_path, capsys):
    """QualCoder re-exports a .qdc without <Sets>: the rules' concepts are gone, and the YAML written
    from it was refused by the next analyze with 171 problems."""
    from pipeline.cli import main
    from pipeline.codebook.load import load_codebook

    original_path = Path(__file__).resolve().parents[1] / "codebooks" / "wori.yaml"
    original = load_codebook(original_path)
    assert original.concepts, "the Wori codebook's rules use concepts"
    exported = write_qdc(tmp_path / "wori.qdc", original)
    root = etree.parse(str(exported)).getroot()
    for sets in root.findall("{urn:QDA-XML:codebook:1.0}Sets"):
        root.remove(sets)
    stripped = tmp_path / "from_qualcoder.qdc"
    stripped.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    target = tmp_path / "imported.yaml"
    assert main(["import-codebook", str(stripped), "--out", str(target)]) == 2
    error = capsys.readouterr().err
    assert f"error: {stripped}: the codes' rules use" in error and "--concepts-from" in error and "<Sets>" in error
    assert not target.exists(), "nothing is written"
    assert main(["import-codebook", str(stripped), "--out", str(target), "--concepts-from", str(original_path)]) == 0
    imported = load_codebook(target)
    assert imported.concepts == original.concepts
    assert [code.rules for code in imported.codes] == [code.rules for code in original.codes]


def test_an_english_runs_qdc_imports_with_the_codebooks_own_labels_next_to_it_and_never_overwrites(tmp_path, capsys):
    """An English run's .qdc shows label_en as the codes' names; importing it gave back the English
    labels as `label:`, and wrote into the repository's codebooks/."""
    from pipeline.cli import main
    from pipeline.codebook.dump import dump_codebook
    from pipeline.codebook.load import load_codebook
    from pipeline.records.shown_labels import shown_codebook

    code = Code("biaya", "Biaya berobat mahal", "Ongkos ke puskesmas.", "akses", "Akses layanan", "hambatan",
                "Hambatan", keywords=("ongkos",), label_en="Costly care")
    category = Category("hambatan", "Hambatan", (code,), label_en="Barriers")
    own = Codebook("akses_tes", "1", (Theme("akses", "Akses layanan", (category,), label_en="Access to care"),),
                   title="Akses layanan di desa", title_en="Access to care in villages")
    folder = tmp_path / "out"
    folder.mkdir()
    qdc = write_qdc(folder / "akses.qdc", shown_codebook(own, "en"))
    assert main(["import-codebook", str(qdc)]) == 0
    imported = load_codebook(folder / "akses.yaml")
    assert [(c.label, c.label_en) for c in imported.codes] == [("Biaya berobat mahal", "Costly care")]
    assert (imported.themes[0].label, imported.themes[0].label_en) == ("Akses layanan", "Access to care")
    assert imported.themes[0].categories[0].label_en == "Barriers"
    assert imported.title_en == "Access to care in villages"
    written = (folder / "akses.yaml").read_bytes()
    assert main(["import-codebook", str(qdc)]) == 2, "an existing codebook is never overwritten"
    assert "already exists" in capsys.readouterr().err and (folder / "akses.yaml").read_bytes() == written

    renamed = dataclasses.replace(own, themes=(dataclasses.replace(own.themes[0], categories=(dataclasses.replace(
        category, codes=(dataclasses.replace(code, label="Ongkos berobat"),)),)),))
    dump_codebook(renamed, folder / "akses_lama.yaml")
    assert main(["import-codebook", str(qdc), "--out", str(tmp_path / "lain.yaml")]) == 0
    warning = capsys.readouterr().err
    assert "1 of the labels differ" in warning and "akses_lama.yaml" in warning and "'Ongkos berobat' there" in warning


def _screening_codebook(tmp_path: Path) -> Path:
    """A codebook whose keyword is an acronym in capitals and whose code reads the previous turn."""
    from helpers import minimal_codebook_yaml
    text = minimal_codebook_yaml([("kontak", "Skrining kontak serumah", "Anak serumah diperiksa.",
                                   ["TCM", "periksa anak serumah"])], name="skrining_tes")
    path = tmp_path / "skrining.yaml"
    path.write_text(text.replace("      - periksa anak serumah\n",
                                 "      - periksa anak serumah\n      context: previous_turn\n"), encoding="utf-8")
    return path


def test_a_qdc_keeps_keyword_capitals_and_the_context_setting_through_import(tmp_path):
    from pipeline.cli import main
    from pipeline.codebook.load import load_codebook

    original = load_codebook(_screening_codebook(tmp_path))
    assert original.codes[0].context == "previous_turn"
    (tmp_path / "out").mkdir()
    qdc = write_qdc(tmp_path / "out" / "skrining.qdc", original)
    assert "- TCM" in qdc.read_text(encoding="utf-8")
    target = tmp_path / "imported.yaml"
    assert main(["import-codebook", str(qdc), "--out", str(target)]) == 0
    imported = load_codebook(target)
    assert imported.codes[0].keywords_written == ("TCM", "periksa anak serumah")
    assert imported.codes[0].context == "previous_turn"
    assert imported.codes[0].keywords == original.codes[0].keywords


def test_importing_a_qdc_another_tool_stripped_says_each_key_it_lost(tmp_path, capsys):
    from pipeline.cli import main

    source = _screening_codebook(tmp_path)
    from pipeline.codebook.load import load_codebook
    qdc = write_qdc(tmp_path / "skrining.qdc", load_codebook(source))
    root = etree.parse(str(qdc)).getroot()
    for description in root.iter("{urn:QDA-XML:codebook:1.0}Description"):   # a tool keeping names only
        text, _, data = (description.text or "").partition("\n\n-- pipeline data")
        if "kind: code\n" in data:
            description.text = text
    qdc.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    assert main(["import-codebook", str(qdc), "--out", str(tmp_path / "back.yaml")]) == 0
    lines = [line for line in capsys.readouterr().err.splitlines() if "the .qdc did not carry it" in line]
    assert len(lines) == 2, lines
    assert "has no 'keywords'" in lines[0] and "'keywords: [TCM, periksa anak serumah]'" in lines[0]
    assert "has no 'context'" in lines[1] and str(source) in lines[1]


NVIVO_QDC = """<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo 14">
  <Codes>
    <Code guid="a1a1a1a1-1111-4111-8111-111111111111" name="Air bersih" isCodable="true">
      <Description>Sumber air minum rumah tangga</Description>
      <Code guid="b2b2b2b2-2222-4222-8222-222222222222" name="Sumur gali" isCodable="true">
        <Description>Keluarga mengambil air dari sumur gali</Description>
      </Code>
      <Code guid="c3c3c3c3-3333-4333-8333-333333333333" name="PDAM" isCodable="true"/>
    </Code>
  </Codes>
</CodeBook>
"""


def test_importing_another_tools_two_level_qdc_says_code_by_code_what_is_left_to_write(tmp_path, capsys):
    """A new user's trial: codes under a top-level NVivo code landed in a made-up category without
    a word, and a code with no description was imported with `definition: ''`, which `analyze`
    accepted."""
    from pipeline.cli import main
    from pipeline.codebook.load import load_codebook
    source, target = tmp_path / "nvivo.qdc", tmp_path / "nvivo.yaml"
    source.write_text(NVIVO_QDC, encoding="utf-8")
    assert main(["import-codebook", str(source), "--out", str(target)]) == 0
    said = capsys.readouterr().out
    assert ("'sumur-gali', 'pdam' sat directly under theme 'Air bersih' in the .qdc; they are in a category made "
            "for them, 'air-bersih-codes'") in said
    assert "2 of 2 codes have no keywords" in said
    assert "'pdam' has no description in the .qdc: write each a `definition`" in said
    with pytest.raises(InputError, match=r"nvivo.yaml:\d+ .*code 'pdam': 'definition' is empty: write one sentence"):
        load_codebook(target)
