"""The rule language and the CODE stage's contract, on small hand-made codebooks and segments."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.codebook import parse_codebook
from pipeline.coding import code_segments
from pipeline.schema import CODING_COLUMNS, SEGMENT_COLUMNS

HEAD = """\
concepts:
  register: [urus, daftar, "ba urus"]
  sick: [sakit, "rumah sakit", opname]
  clinic: ["@staff", desa]
  staff: [puskesmas, bidan]
themes:
  - id: t
    label: Tema
    categories:
      - id: c
        label: Kategori
        codes:
"""


def book(codes: str):
    return parse_codebook(HEAD + codes, source="test.yaml")


def code(code_id: str, keywords: str, extra: str = "") -> str:
    text = f"""\
          - id: {code_id}
            label: Label {code_id}
            definition: Definition of {code_id}.
            keywords: {keywords}
"""
    return text + "".join(f"            {line}\n" for line in extra.strip("\n").splitlines())


def segments(*turns: tuple[str, str] | tuple[str, str, str], document: str = "doc.md") -> pd.DataFrame:
    """Rows of (role, text[, translation]) in document order."""
    rows = []
    position = 0
    for index, turn in enumerate(turns):
        role, text = turn[0], turn[1]
        translation = turn[2] if len(turn) > 2 else ""
        rows.append({"segment_id": f"s{index}", "document": document, "informant": "X1",
                     "speaker": "P" if role == "interviewer" else "X1", "speaker_role": role,
                     "start": position, "end": position + len(text), "line": index + 1,
                     "language": "xmm", "text": text, "gloss": "", "translation": translation})
        position += len(text) + 2
    return pd.DataFrame(rows, columns=SEGMENT_COLUMNS)


def codes_of(result: pd.DataFrame, segment_id: str) -> set[str]:
    return set(result.loc[result["segment_id"] == segment_id, "code_id"])


def test_output_contract_and_interviewer_turns_never_coded():
    codebook = book(code("k", "[malas]"))
    frame = segments(("interviewer", "Apakah mereka malas?"), ("informant", "Iyo, dorang malas."))
    result = code_segments(frame, codebook)
    assert list(result.columns) == CODING_COLUMNS
    assert result["segment_id"].tolist() == ["s1"]
    row = result.iloc[0]
    assert (row["source"], row["code"], row["theme"], row["category"], row["review"]) == ("rule", "Label k", "Tema", "Kategori", "")
    assert row["evidence"] == "malas" and row["evidence_in"] == "text"
    assert 0 < row["confidence"] <= 1


def test_matching_is_case_blind_and_uses_lemmas_of_roots_only():
    # in a code with rules, keywords and rule terms match as written: a derived form only itself
    codebook = book(code("root", "[daftar]", "rules: [{any: [daftar]}]")
                    + code("derived", "[pendaftaran]", "rules: [{any: [pendaftaran]}]")
                    + code("minimal", "[pendaftaran]"))
    frame = segments(("informant", "Mereka sudah MENDAFTAR kemarin."), ("informant", "Pendaftarannya lama."),
                     ("informant", "Anaknya didaftarkan oleh kader."))
    result = code_segments(frame, codebook)
    assert codes_of(result, "s0") == {"root", "minimal"}             # mendaftar -> daftar
    assert codes_of(result, "s1") == {"root", "derived", "minimal"}  # pendaftarannya -> pendaftaran -> daftar
    assert codes_of(result, "s2") == {"root", "minimal"}             # di- passive, stemmed
    # a code without rules (a minimal codebook's) matches its keyword's affixed forms too


def test_prefix_terms_and_concept_references():
    codebook = book(code("p", '["sosialisasi*"]') + code("cl", '["@clinic"]'))
    frame = segments(("informant", "Kegiatan sosialisasinya di balai."), ("informant", "Ibu ke puskesmas."),
                     ("informant", "Tidak ada apa-apa."))
    result = code_segments(frame, codebook)
    assert codes_of(result, "s0") == {"p"}
    assert codes_of(result, "s1") == {"cl"}  # @clinic -> @staff -> puskesmas
    assert codes_of(result, "s2") == set()


def test_within_limits_the_distance_between_terms():
    codebook = book(code("r", "[zzz]", """
rules:
  - all: ["@register", "@sick"]
    within: 5
"""))
    frame = segments(("informant", "Dorang baru urus waktu anak sakit."),
                     ("informant", "Dorang urus kartu keluarga di kantor desa, dan bulan lalu anaknya sakit."))
    result = code_segments(frame, codebook)
    assert codes_of(result, "s0") == {"r"}
    assert codes_of(result, "s1") == set()
    assert result.iloc[0]["evidence"] == "urus … sakit"


def test_each_term_list_needs_its_own_word():
    codebook = book(code("r", "[zzz]", """
rules:
  - all: [[daftar], [daftar, sakit]]
"""))
    result = code_segments(segments(("informant", "Mereka mendaftar."), ("informant", "Mereka mendaftar waktu sakit.")), codebook)
    assert codes_of(result, "s0") == set() and codes_of(result, "s1") == {"r"}


def test_none_vetoes_the_rule_anywhere_or_only_near_the_first_list():
    codebook = book(code("anywhere", "[zzz]", """
rules:
  - all: [[bantu], ["@register"]]
    none: [tidak]
""") + code("near", "[zzz]", """
rules:
  - all: [[bantu], ["@register"]]
    none: [tidak, "tidak mau"]
    none_within: 0
"""))
    frame = segments(("informant", "Desa tidak bantu urus."),
                     ("informant", "Desa bantu urus yang tidak punya kartu."),
                     ("informant", "Desa bantu urus."))
    result = code_segments(frame, codebook)
    assert codes_of(result, "s0") == set()
    assert codes_of(result, "s1") == {"near"}
    assert codes_of(result, "s2") == {"anywhere", "near"}


def test_a_none_term_inside_a_matched_phrase_blocks_nothing():
    codebook = book(code("k", "[zzz]", """
rules:
  - all: [["tidak mau"], ["@register"]]
    none: [tidak]
"""))
    assert codes_of(code_segments(segments(("informant", "Dorang tidak mau urus.")), codebook), "s0") == {"k"}


def test_any_may_come_from_the_question_but_keywords_may_not():
    codebook = book(code("k", "[kartu]", """
rules:
  - all: [[malas]]
    any: [kartu]
"""))
    frame = segments(("interviewer", "Kenapa belum urus kartu?"), ("informant", "Dorang malas."),
                     ("interviewer", "Bagaimana cuacanya?"), ("informant", "Dorang malas."),
                     ("interviewer", "Ada kartu?"), ("informant", "Iyo."))
    result = code_segments(frame, codebook)
    assert codes_of(result, "s1") == {"k"}
    assert codes_of(result, "s3") == set()
    assert codes_of(result, "s5") == set()


def test_informant_role_supplies_the_actor():
    codebook = book(code("k", "[zzz]", """
rules:
  - all: [[antar], ["rumah sakit"]]
    any: ["@staff"]
"""))
    # in an interview (after the interviewer's turn); a lone turn is a document, whose author lends no role
    frame = segments(("interviewer", "Lalu?"), ("informant", "Kita antar ka rumah sakit."))
    informants = pd.DataFrame({"informant": ["X1"], "role": ["Bidan desa"]})
    assert codes_of(code_segments(frame, codebook, informants), "s1") == {"k"}
    assert codes_of(code_segments(frame, codebook), "s1") == set()


def test_exclude_if_vetoes_the_code():
    codebook = book(code("k", "[antar]", """
exclude_if:
  - any: ["biaya sendiri"]
"""))
    frame = segments(("informant", "Bidan antar."), ("informant", "Kami antar dengan biaya sendiri."))
    result = code_segments(frame, codebook)
    assert codes_of(result, "s0") == {"k"} and codes_of(result, "s1") == set()


def test_translation_view_and_confidence_bonus():
    codebook = book(code("k", "[zzz]", """
rules:
  - all: [[daftar], [sakit]]
    within: 6
"""))
    frame = segments(("informant", "Pas ade saki baru ba daftar.", "Waktu anak sakit baru mendaftar."),
                     ("informant", "Dorang ba daftar pas saki.", "Mereka mendaftar waktu sakit."),
                     ("informant", "Torang daftar waktu sakit.", "Kami mendaftar waktu sakit."))
    codebook2 = book(code("k", "[zzz]", """
rules:
  - all: [[daftar, "ba daftar"], [sakit, saki]]
    within: 6
"""))
    only_translation = code_segments(frame.iloc[:1], codebook).iloc[0]
    assert only_translation["evidence_in"] == "translation"
    assert only_translation["evidence"] == "sakit … mendaftar"
    both = code_segments(frame, codebook2).set_index("segment_id")["confidence"]
    single = code_segments(frame.assign(translation=""), codebook2).set_index("segment_id")["confidence"]
    assert (both > single).all()


@pytest.mark.parametrize("text", ["", "   ", "...", "123"])
def test_empty_or_wordless_segments_get_no_code(text):
    codebook = book(code("k", "[malas]"))
    assert code_segments(segments(("informant", text)), codebook).empty
