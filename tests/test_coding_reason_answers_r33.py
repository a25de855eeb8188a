"""A printed quote that opens with "karena" (after words that only frame a reply) answers a
why-question the reader does not see: it goes under the codebook's one code about causes or
reasons (pipeline/coding/reason_answers.py). Sentences written for this test."""

from __future__ import annotations

from pipeline.coding.coder import code_segments
from pipeline.coding.reason_answers import cause_code, opening_reason
from pipeline.ingest import read_batch
from pipeline.codebook.load import parse_codebook
from tests.helpers import minimal_codebook_yaml

CODES = [("alasan", "Alasan tidak datang ke posyandu", "Mengapa ibu tidak membawa balitanya menimbang.",
          ["alasan", "tidak datang"]),
         ("kegiatan", "Kegiatan posyandu", "Apa yang dilakukan kader dan bidan saat hari posyandu.",
          ["menimbang", "imunisasi", "pemberian makanan tambahan"]),
         ("biaya", "Biaya transportasi", "Ongkos ojek atau angkutan ke tempat layanan.", ["ongkos", "ojek"])]


def _coded(tmp_path, codes, lines: list[str]) -> dict[str, set[str]]:
    codebook = parse_codebook(minimal_codebook_yaml(codes), source="test.yaml")
    body = "".join(f"Q1: {line}\n\n" for line in lines)
    (tmp_path / "Q1.md").write_text(f"---\ntype: quotations\ninformant: Q1\nlanguage: ind\n---\n\n{body}",
                                    encoding="utf-8")
    batch = read_batch(tmp_path)
    coded = code_segments(batch.segments, codebook, batch.informants)
    texts = batch.segments.set_index("segment_id")["text"]
    found: dict[str, set[str]] = {}
    for segment, code in zip(coded["segment_id"], coded["code_id"]):
        found.setdefault(texts[segment], set()).add(code)
    return found


def test_a_reply_opening_with_because_after_its_frame():
    assert opening_reason("\u201cYa kalau menurut saya bu, karena hujan terus.\u201d") == "karena"
    assert opening_reason("\u201cSoalnya anak sakit.\u201d") == "soalnya"
    # "because" inside the statement is no reply to a why-question
    assert opening_reason("\u201cSaya tidak datang karena hujan.\u201d") is None


def test_the_one_code_about_reasons():
    codebook = parse_codebook(minimal_codebook_yaml(CODES), source="test.yaml")
    assert cause_code(codebook) == "alasan"
    two = CODES + [("sebab_sakit", "Penyebab anak sakit", "Apa yang membuat balita sakit.", ["penyebab"])]
    assert cause_code(parse_codebook(minimal_codebook_yaml(two), source="test.yaml")) is None


def test_a_because_reply_goes_under_the_reasons_code(tmp_path):
    reply = "\u201cMenurut saya karena suami kerja di kebun sampai sore.\u201d P2"
    statement = "\u201cSuami kerja di kebun sampai sore, jadi saya jaga warung.\u201d P2"
    found = _coded(tmp_path, CODES, [reply, statement])
    assert "alasan" in found.get(reply, set())
    assert "alasan" not in found.get(statement, set())


def test_not_when_two_codes_are_about_reasons(tmp_path):
    two = CODES + [("sebab_sakit", "Penyebab anak sakit", "Apa yang membuat balita sakit.", ["penyebab"])]
    reply = "\u201cMenurut saya karena suami kerja di kebun sampai sore.\u201d P2"
    found = _coded(tmp_path, two, [reply])
    assert not found.get(reply, set()) & {"alasan", "sebab_sakit"}
