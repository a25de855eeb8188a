"""A document of three or more paragraphs that never names the study's subject (a word of the
codebook's title, as written or as another affixed form of an affixed title word's root) is
named in a warning (coding/off_subject.py); its codes are left as they are, and a codebook
without a title never warns."""

from __future__ import annotations

import pandas as pd
import pytest
import yaml

from pipeline.codebook.load import parse_codebook
from pipeline.coding.off_subject import off_subject_documents, off_subject_warnings
from pipeline.schema import SEGMENT_COLUMNS
from test_ingest_support import write_batch
from test_review_support import analyze_unavailable
from tests.helpers import minimal_codebook_yaml

TITLE = "Kepesertaan jaminan kesehatan keluarga nelayan di kepulauan"
# a harbour office's page in a batch on fishing families' health insurance
HARBOUR = ["Kantor syahbandar membuka loket keliling untuk surat izin berlayar di dermaga utara.",
           "Petugas datang dengan perahu dinas setiap Kamis pagi agar pemilik kapal tidak perlu ke kota.",
           "Surat yang sudah jadi dapat diambil di pos jaga pelabuhan sepekan kemudian."]
# a page on the study's subject, naming it only through an affixed form ("terdaftar" for a
# title's "pendaftaran" would be one; here "peserta" for "kepesertaan")
ENROLMENT = ["Loket keliling datang ke dermaga utara setiap Kamis pagi.",
             "Petugas mencatat istri dan anak para awak kapal sebagai peserta baru.",
             "Kartu yang sudah jadi dapat diambil di kantor desa sepekan kemudian."]


def _codebook_yaml(title: str) -> str:
    tree = yaml.safe_load(minimal_codebook_yaml([("keliling", "Layanan keliling", "An office brings its service "
                                                  "to where people live.", ["loket keliling", "perahu dinas"])]))
    if title:
        tree["title"] = title
    return yaml.safe_dump(tree, allow_unicode=True, sort_keys=False)


def _segments(pages: dict[str, list[str]]) -> pd.DataFrame:
    rows = [{"segment_id": f"{name}-{i}", "document": name, "informant": name, "speaker": name,
             "speaker_role": "informant", "start": i * 100, "end": i * 100 + 50, "line": i + 1,
             "language": "ind", "text": text, "gloss": "", "translation": ""}
            for name, paragraphs in pages.items() for i, text in enumerate(paragraphs)]
    return pd.DataFrame(rows, columns=SEGMENT_COLUMNS)


def test_a_page_that_never_names_the_subject_is_named_in_a_warning():
    codebook = parse_codebook(_codebook_yaml(TITLE), source="test.yaml")
    warnings = off_subject_warnings(codebook, _segments({"H1.md": HARBOUR, "E1.md": ENROLMENT}))
    assert warnings == ["H1.md: none of its 3 paragraphs names the study's subject (the codebook's title: "
                        "'Kepesertaan jaminan kesehatan keluarga nelayan di ...'): check that it belongs to this batch"]


def test_an_affixed_form_of_a_title_root_names_the_subject():
    assert off_subject_documents(TITLE, {"E1.md": ENROLMENT}) == {}
    # a bare root in another sense does not: "sehat" beside a title's "kesehatan"
    assert off_subject_documents(TITLE, {"H2.md": ["Awak kapal yang sehat berlayar lagi.", *HARBOUR[1:]]}) == {"H2.md": 3}
    # nor a light verb's other form: "menggunakan" beside a title's "penggunaan"
    assert off_subject_documents("Penggunaan kartu", {"H3.md": ["Petugas menggunakan perahu.", *HARBOUR[1:]]}) == {"H3.md": 3}


def test_no_title_a_short_page_or_an_interview_never_warns():
    untitled = parse_codebook(_codebook_yaml(""), source="test.yaml")
    assert off_subject_warnings(untitled, _segments({"H1.md": HARBOUR})) == []
    titled = parse_codebook(_codebook_yaml(TITLE), source="test.yaml")
    assert off_subject_warnings(titled, _segments({"H1.md": HARBOUR[:2]})) == []
    interview = _segments({"A1.md": HARBOUR})
    interview.loc[0, "speaker_role"] = "interviewer"
    assert off_subject_warnings(titled, interview) == []


@pytest.mark.skipif(bool(analyze_unavailable()), reason="analyze unavailable")
def test_a_run_warns_and_codes_the_page_as_without_a_title(tmp_path):
    import pipeline.run as run

    pages = {"H1.md": "\n\n".join(HARBOUR) + "\n", "E1.md": "\n\n".join(ENROLMENT) + "\n"}
    results = {}
    for title in (TITLE, ""):
        batch = write_batch(tmp_path / (title[:5] or "untitled"), pages)
        (batch.parent / "codebook.yaml").write_text(_codebook_yaml(title), encoding="utf-8")
        results[title] = run.analyze(batch, batch.parent / "codebook.yaml", out_dir=batch.parent / "out",
                                     workers=1, progress=False)
    warned = [warning for warning in results[TITLE].warnings if "names the study's subject" in warning]
    assert len(warned) == 1 and warned[0].startswith("H1.md: none of its 3 paragraphs")
    assert not any("names the study's subject" in warning for warning in results[""].warnings)
    # segment ids hold the batch's folder: the turns are compared by file and line
    coded = []
    for title in (TITLE, ""):
        analysis = results[title].analysis
        where = analysis.segments.set_index("segment_id")[["document", "line"]]
        codings = analysis.codings.join(where, on="segment_id").drop(columns=["segment_id"])
        coded.append(codings.sort_values(["document", "line", "code_id"]).reset_index(drop=True))
    assert set(coded[0].loc[coded[0]["document"] == "H1.md", "code_id"]) == {"keliling"}
    pd.testing.assert_frame_equal(coded[0], coded[1])
