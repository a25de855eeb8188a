"""COREQ checklist: the batch fills what it can, the rest are prompts, informants by code only."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from pipeline.aggregate.agreement import agreement_table
from pipeline.aggregate.saturation import saturation_point, saturation_table
from pipeline.records.codebook import Category, Code, Codebook, Theme
from pipeline.export.coreq import ITEMS, coreq_markdown

CODES = {"K1": "Mengurus jika ada rujukan ke rumah sakit", "K2": "Malas untuk mengurus pendaftaran",
         "K3": "Puskesmas dan desa membantu dalam rujukan"}


def codebook() -> Codebook:
    low = [Code(code_id, CODES[code_id], "", "T1", "Pemanfaatan BPJS", "C1", "Kepemilikan BPJS rendah")
           for code_id in ("K1", "K2")]
    help_ = Code("K3", CODES["K3"], "", "T2", "Strategi", "C2", "Fasilitasi")
    return Codebook("wori", "1.0", (
        Theme("T1", "Pemanfaatan BPJS", (Category("C1", "Kepemilikan BPJS rendah", tuple(low)),)),
        Theme("T2", "Strategi", (Category("C2", "Fasilitasi", (help_,)),)),
    ))


def batch() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Six interviews with A1..A5 (A2 twice); K3 is raised by one informant only."""
    plan = [("A1", ["K1", "K2"]), ("A2", ["K1"]), ("A3", ["K2", "K3"]), ("A4", ["K1"]), ("A2", ["K2"]), ("A5", ["K1"])]
    segments, codings = [], []
    for number, (informant, codes) in enumerate(plan, start=1):
        document = f"w{number}.txt"
        segments.append({"segment_id": f"w{number}-q", "document": document, "informant": informant,
                         "speaker_role": "interviewer", "language": "ind"})
        for index, code_id in enumerate(codes):
            segment_id = f"w{number}-{index}"
            segments.append({"segment_id": segment_id, "document": document, "informant": informant,
                             "speaker_role": "informant", "language": "xmm"})
            codings.append({"segment_id": segment_id, "informant": informant, "code": CODES[code_id],
                            "code_id": code_id, "source": "rule", "review": ""})
    informants = pd.DataFrame({
        "informant": ["A1", "A2", "A3", "A4", "A5"],
        "role": ["Ibu balita", "Ibu balita", "Kader", "Bidan", "Ibu balita"],
        "nama": ["Maria Lumempouw", "Sisca Rondonuwu", "Yohana Kaunang", "Debby Mamahit", "Rina Sumual"],
        "age": ["24", "31", "45", "38", "29"],
        "site": ["Wori", "Wori", "Talawaan Bantik", "Wori", "Wori"],
    })
    return pd.DataFrame(segments), pd.DataFrame(codings), informants


def checklist(lang: str = "en", agreement: pd.DataFrame | None = None) -> str:
    segments, codings, informants = batch()
    result = saturation_point(saturation_table(segments, codings), base=4, run=2)
    return coreq_markdown(segments=segments, informants=informants, codings=codings, codebook=codebook(),
                          saturation_result=result, coders=["rule-based coder (pipeline)", "reviewer RW"],
                          software="pipeline 0.1.0", agreement=agreement, lang=lang)


def item(text: str, number: int) -> str:
    """The answer lines of one item."""
    match = re.search(rf"^\*\*{number}\. .*?(?=^\*\*\d+\. |\Z)", text, flags=re.S | re.M)
    assert match, f"item {number} missing"
    return match.group(0)


def test_all_32_items_in_order_with_the_three_domains():
    text = checklist()
    numbers = [int(n) for n in re.findall(r"^\*\*(\d+)\. ", text, flags=re.M)]
    assert numbers == list(range(1, 33)) == [entry.number for entry in ITEMS]
    assert text.count("\n## Domain") == 3


def test_items_the_batch_can_answer_are_filled():
    segments, codings, _ = batch()
    agreement = agreement_table(codings, codings[codings["code_id"] != "K3"], units=list(segments["segment_id"]))
    text = checklist(agreement=agreement)
    assert "5 informants (A1, A2, A3, A4, A5) in 6 interview documents" in item(text, 12)
    assert "A2 (2)" in item(text, 18)
    # K1-K3 all appear in the first four interviews; interviews 5 and 6 add none.
    assert "was reached at 4+2 (4 base interviews, then 2 that added \u22645% new codes); 6 of 6 interviews" in item(text, 22) and "code saturation" in item(text, 22)
    pooled = agreement.iloc[-1]
    assert f"Cohen's kappa {pooled['cohen_kappa']:.2f}" in item(text, 24) and "2 coders" in item(text, 24)
    tree = item(text, 25)
    assert "2 themes, 2 categories, 3 codes" in tree
    assert f"{CODES['K1']} (4 segments, 4 informants)" in tree
    assert "Deductive" in item(text, 26) and "rule 8" in item(text, 26)
    assert item(text, 27).count("pipeline 0.1.0") == 1
    assert "identified by informant code" in item(text, 29) and "8 coded segments from 5 informants" in item(text, 29)
    assert f"{CODES['K3']} (1)" in item(text, 32)
    assert "Pemanfaatan BPJS: 5 informants" in item(text, 31)


def test_other_items_are_prompts_for_the_authors():
    text = checklist()
    for number in (1, 2, 9, 10, 13, 17, 19, 21, 23, 28):
        answer = item(text, number)
        assert "To complete" in answer and "From the batch" not in answer


def test_informant_names_never_appear():
    text = checklist()
    _, _, informants = batch()
    for name in informants["nama"]:
        assert name.split()[0] not in text
    assert "age: 24\u201345" in item(text, 16)
    assert "peran: Ibu balita (3)" in item(checklist(lang="id"), 16)


def test_an_english_checklist_describes_the_sample_by_the_english_roles_given():
    segments, codings, informants = batch()
    english = ["Mother of a young child"] * 2 + ["Health cadre", "Village midwife", "Mother of a young child"]
    informants = informants.assign(role_en=english)
    described = item(coreq_markdown(segments=segments, informants=informants, codings=codings, codebook=codebook(),
                                    saturation_result=None, coders=[], software="pipeline", agreement=None), 16)
    assert "role: Mother of a young child (3)" in described and "Ibu balita" not in described


def test_one_segment_is_counted_in_the_singular():
    tree = item(checklist(), 25)
    assert f"{CODES['K3']} (1 segment, 1 informant)" in tree


def test_an_indonesian_run_writes_its_checklist_in_indonesian(tmp_path):
    from types import SimpleNamespace

    from pipeline.export.formats import FORMATS

    segments, codings, informants = batch()
    analysis = SimpleNamespace(
        segments=segments, counted=codings, codebook_structure=codebook(), agreement=None, reviewers=["RT"],
        grader_agreement=None, graders=(),
        aggregates=SimpleNamespace(informants=informants, saturation_result=None),
        options=SimpleNamespace(lang="id"))
    record = SimpleNamespace(versions={"pipeline": "0.1.0"})
    checklist_format = next(output for output in FORMATS if "coreq.md" in output.name)
    for job in checklist_format.jobs(tmp_path, analysis, record):
        job()
    text = (tmp_path / "coreq.md").read_text(encoding="utf-8")
    assert text.startswith("# Daftar periksa COREQ") and "Tabel 2" in text and "Table 2" not in text
    # A new user's trial found English words left in items 16, 24 and 26 of an Indonesian checklist.
    assert "2 pengode: pengode berbasis aturan (pipeline); peninjau RT." in item(text, 24)
    assert "menurut sumber: aturan " in item(text, 26) and "rule" not in item(text, 26)
    sample = item(text, 16)
    assert "peran: " in sample and "lokasi: " in sample and "umur: " in sample
    assert "role:" not in sample and "site:" not in sample and "age:" not in sample


def test_indonesian_checklist():
    text = checklist(lang="id")
    assert text.startswith("# Daftar periksa COREQ")
    assert "5 informan" in item(text, 12) and "Dilengkapi" not in text.split("\n")[0]
    assert "tercapai pada 4+2" in item(text, 22)
    with pytest.raises(ValueError):
        checklist(lang="fr")


def test_informants_without_transcripts_are_counted_but_flagged():
    segments, codings, informants = batch()
    informants = pd.concat([informants, pd.DataFrame([{"informant": "A6", "role": "Bidan"}])], ignore_index=True)
    text = coreq_markdown(segments=segments, informants=informants, codings=codings, codebook=codebook(),
                          saturation_result=None, coders=[], software="pipeline", agreement=None)
    assert "6 informants (A1, A2, A3, A4, A5, A6)" in item(text, 12)
    assert "transcripts of 5 of them are in this batch" in item(text, 12)
    assert "To complete" in item(text, 22) and "From the batch" not in item(text, 22)


def test_a_document_left_out_of_tabel_1_is_no_informant_of_an_interview():
    """A news page (D1) that Tabel 1 leaves out is neither an informant nor an interview document."""
    segments, codings, informants = batch()
    news = pd.DataFrame([{"segment_id": f"d1-{index}", "document": "D1_berita.txt", "informant": "D1",
                          "speaker_role": "informant", "language": "ind"} for index in range(3)])
    text = coreq_markdown(segments=pd.concat([segments, news], ignore_index=True), informants=informants,
                          codings=codings, codebook=codebook(), saturation_result=None, coders=[],
                          software="pipeline", agreement=None)
    assert "5 informants (A1, A2, A3, A4, A5) in 6 interview documents." in item(text, 12)
