"""A document that never names the study's subject (the codebook's title) is about something else,
a neighbouring office's service, and takes no code (coding/off_topic.py); one word of the title, as
written or as another affixed form of an affixed title word's root, keeps it; interviews and
codebooks without a title are never tested."""

import dataclasses

import pandas as pd

from pipeline.coding.coder import code_segments
from pipeline.coding.off_topic import off_topic_flags, subject_words
from pipeline.schema import SEGMENT_COLUMNS
from tests.helpers import one_code_codebook


def _outreach(title: str = "Kepesertaan jaminan kesehatan keluarga nelayan"):
    codebook = one_code_codebook("jemput", "Layanan keliling dari kantor", "An office brings its service to the "
                                 "village so that families can enrol there.", ["jemput bola", "layanan keliling"])
    return dataclasses.replace(codebook, title=title)


def _codes(codebook, paragraphs: list[str]) -> list[set[str]]:
    """The codes of each paragraph of one document (no interviewer line: the document rules)."""
    rows = [{"segment_id": f"s{i}", "document": "p.md", "informant": "P1", "speaker": "P1",
             "speaker_role": "informant", "start": i * 100, "end": i * 100 + 50, "line": i + 1,
             "language": "ind", "text": text, "gloss": "", "translation": ""}
            for i, text in enumerate(paragraphs)]
    found = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), codebook)
    return [set(found.loc[found["segment_id"] == f"s{i}", "code_id"]) for i in range(len(paragraphs))]


def test_a_page_about_another_office_takes_no_code():
    page = ["Kantor imigrasi membuka layanan keliling pembuatan paspor di kecamatan pesisir pekan ini.",
            "Petugas melakukan jemput bola ke pulau-pulau kecil agar warga tidak perlu menyeberang ke kota.",
            "Paspor yang sudah jadi diantar ke kantor camat dua minggu kemudian."]
    codes = _codes(_outreach(), page)
    assert codes == [set(), set(), set()]


def test_one_word_of_the_title_keeps_the_page():
    page = ["Petugas melakukan jemput bola ke pulau-pulau kecil agar warga tidak perlu menyeberang ke kota.",
            "Layanan itu untuk mendaftarkan nelayan sebagai peserta jaminan kesehatan.",
            "Petugas datang setiap Sabtu."]
    codes = _codes(_outreach(), page)
    assert codes[0] == {"jemput"}


def _off(codebook, text: str, document: bool = True) -> bool:
    """Is a page of `text` and two paragraphs without any title word off the study's subject?"""
    page = [text, "Kegiatan berlangsung sampai sore.", "Warga menyambut baik kegiatan itu."]
    return off_topic_flags(codebook, page, ["a.md"] * 3, [document] * 3)[0]


def test_an_affixed_form_of_a_title_root_names_the_subject():
    assert not _off(_outreach("Pendaftaran nelayan"), "Warga yang belum terdaftar didatangi petugas.")
    # a bare root in another sense does not: "sehat" beside a title's "kesehatan"
    assert _off(_outreach(), "Warga yang dalam kondisi sehat datang sendiri.")
    # nor a light verb's other form: "menggunakan" beside a title's "penggunaan"
    assert _off(_outreach("Penggunaan kartu"), "Petugas menggunakan perahu.")


def test_no_title_an_interview_or_a_short_text_is_never_tested():
    assert subject_words(_outreach("")) == frozenset()
    assert not _off(_outreach(""), "Petugas melakukan jemput bola ke pulau.")
    assert not _off(_outreach(), "Petugas melakukan jemput bola ke pulau.", document=False)
    assert off_topic_flags(_outreach(), ["Petugas melakukan jemput bola ke pulau."], ["a.md"], [True]) == [False]
