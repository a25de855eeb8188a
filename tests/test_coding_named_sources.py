"""A news page introduces a source once with their office and then names them alone, as "ia" or
by "ujarnya": those later sentences are the office's acts (coding/named_sources.py, read by
coding/other_actors.py). A request addressed to the public is the asker's own appeal."""

import pandas as pd

from pipeline.coding.coder import code_segments
from pipeline.coding.named_sources import introduced, page_sources
from pipeline.coding.other_actors import Sources, agent_kinds
from pipeline.schema import SEGMENT_COLUMNS
from tests.helpers import one_code_codebook


def _outreach():
    return one_code_codebook("penyuluhan", "Penyuluhan oleh puskesmas dan desa", "The clinic or the village tells "
                             "families about the water-testing programme and urges them to join it.",
                             ["penyuluhan air", "sosialisasi air"])


def _page_codes(paragraphs: list[str]) -> list[set[str]]:
    """The code ids each paragraph of one news page takes."""
    rows = [{"segment_id": f"s{i}", "document": "berita.md", "informant": "B1", "speaker": "B1",
             "speaker_role": "informant", "start": i * 300, "end": i * 300 + 10, "line": 2 * i + 1,
             "language": "ind", "text": text, "gloss": "", "translation": ""} for i, text in enumerate(paragraphs)]
    found = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), _outreach())
    return [set(found.loc[found["segment_id"] == f"s{i}", "code_id"]) for i in range(len(paragraphs))]


def test_a_source_is_introduced_with_the_office_before_or_after_the_name():
    assert introduced("TOMOHON - Kepala BPJS Kesehatan Cabang Timur, Yance Lontoh, membuka acara itu.") == [
        (46, "Yance Lontoh", "insurer")]
    assert [(name, kind) for _, name, kind in introduced(
        "“Air harus diperiksa,” ujar Rina Sumual, yang juga menjabat sebagai Wakil Ketua Komisi IV DPRD Bitung.")] == [
        ("Rina Sumual", "legislature")]
    # a rank before no body names no office
    assert introduced("Kepala Seksi, Yance Lontoh, hadir.") == []


def test_a_later_sentence_naming_the_source_alone_is_the_office_act():
    sources = page_sources(["a.md", "a.md"], ["Kepala BPJS Kesehatan Cabang Timur, Yance Lontoh, hadir di sana.",
                                              "Yance juga menggelar sosialisasi air."])
    assert agent_kinds("Yance juga menggelar sosialisasi air.", sources[1]) == {"insurer"}
    assert agent_kinds("Ia menggelar sosialisasi air.", sources[1]) == {"insurer"}
    # a name inside an attribution is not the subject
    assert agent_kinds("Padahal, kata Yance, kader desa menggelar sosialisasi air.", sources[1]) == {"local"}
    # without the page's sources the name is nobody
    assert agent_kinds("Yance juga menggelar sosialisasi air.") == set()


def test_the_insurers_source_named_alone_takes_no_local_outreach_code():
    page = ["TONDANO - Kepala BPJS Kesehatan Cabang Timur, Yance Lontoh, membuka kantor layanan baru, Senin.",
            "Yance juga menggelar sosialisasi air bersih bagi warga di balai desa.",
            "Ia mengimbau kepada warga agar ikut sosialisasi air di kantor cabang."]
    assert _page_codes(page) == [set(), set(), set()]


def test_a_local_source_named_alone_keeps_the_code():
    page = ["TONDANO - Kepala Puskesmas Tiga, Maria Runtu, membuka kelas ibu hamil, Senin.",
            "Maria juga menggelar sosialisasi air bersih bagi warga di balai desa."]
    assert _page_codes(page) == [set(), {"penyuluhan"}]


def test_a_request_to_a_body_still_asks_for_its_act():
    sources = Sources({"yance": "insurer"}, "insurer")
    # asking the village to act: the village's measure, not the asker's
    assert agent_kinds("Ia meminta pemerintah desa memperluas sosialisasi air.", sources) == {None}
    assert agent_kinds("Ia juga menekankan pentingnya sosialisasi air di desa.", sources) == set()
    # appealing to the public: the asker's own act
    assert agent_kinds("Ia mengimbau kepada warga agar ikut sosialisasi air.", sources) == {"insurer"}
