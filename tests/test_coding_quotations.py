"""Quotation sets (informants' quotes, each placed under a code by its author): how a file is
recognised as one (ingest/documents.py) and how its quotes are coded (coding/quotations.py)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
import pytest

from pipeline.codebook.load import load_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.evidence import FILL_EVIDENCE, GUESS_EVIDENCE
from pipeline.coding.quotations import FILL_CONFIDENCE
from pipeline.ingest import read_batch
from pipeline.records.codebook import Codebook
from pipeline.runtime.annotate import annotate_batch
from pipeline.schema import QUOTATION
from tests.conftest import REPO

HERBS_ONLY = "Kalau pagi saya minum jamu kunyit buatan istri."        # jamu, kunyit: the herbal code's words
HERBS_AND_TRANSPORT = "Kalau pagi jamu kunyit, kalau sore naik becak lalu perahu."   # two codes, two words each
FRONT = "---\ninformant: {0}\nlanguage: ind\n---\n\n"


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_codebook(REPO / "codebooks" / "ht_minimal.yaml")


def _batch(folder: Path, files: dict[str, str], settings: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    if settings:
        (folder / "batch.yaml").write_text(settings, encoding="utf-8")
    return folder


def _quotes(informant: str, *lines: str) -> str:
    return FRONT.format(informant) + "\n\n".join(f"{informant}: {line}" for line in lines) + "\n"


def _codings(batch_dir: Path, codebook: Codebook) -> pd.DataFrame:
    batch = read_batch(batch_dir)
    codings = code_segments(batch.segments, codebook, batch.informants)
    return codings.merge(batch.segments[["segment_id", "document", "text"]], on="segment_id")


def test_speaker_labelled_lines_without_an_interviewer_are_read_as_quotations_and_the_run_says_so(tmp_path):
    batch = read_batch(_batch(tmp_path / "b", {"Q1.md": _quotes("Q1", HERBS_ONLY, HERBS_AND_TRANSPORT)}))
    assert batch.documents["Q1.md"].kind == "quotations"
    assert batch.segments[QUOTATION].tolist() == [True, True]
    assert [w for w in batch.warnings if w.startswith("read as quotations: Q1.md")]


@pytest.mark.parametrize("where", ["front matter", "batch.yaml"])
def test_type_quotations_is_final_and_needs_no_warning(tmp_path, where):
    text = FRONT.format("Q1") + f"P: Apa yang Ibu minum?\n\nQ1: {HERBS_ONLY}\n"
    if where == "front matter":
        text = text.replace("language: ind\n", "language: ind\ntype: quotations\n")
    batch = read_batch(_batch(tmp_path / "b", {"Q1.md": text}, "type: quotations\n" if where == "batch.yaml" else ""))
    assert batch.documents["Q1.md"].kind == "quotations"
    assert not [w for w in batch.warnings if "read as quotations" in w]


def test_a_batch_type_that_is_no_kind_is_an_input_problem(tmp_path):
    from pipeline.errors import InputError

    with pytest.raises(InputError, match="quotations"):
        read_batch(_batch(tmp_path / "b", {"Q1.md": _quotes("Q1", HERBS_ONLY)}, "type: kutipan-kutipan\n"))


def test_an_interview_with_interviewer_turns_is_never_read_as_quotations(tmp_path):
    text = FRONT.format("I1") + f"P: Apa yang Ibu minum?\n\nI1: {HERBS_ONLY}\n\nP: Lalu?\n\nI1: Sudah.\n"
    batch = read_batch(_batch(tmp_path / "b", {"I1.md": text}))
    assert batch.documents["I1.md"].kind == "interview"
    assert QUOTATION not in batch.segments
    assert not [w for w in batch.warnings if "read as quotations" in w]


@pytest.mark.parametrize("where", ["front matter", "batch.yaml"])
def test_a_declared_interview_without_an_interviewer_turn_is_read_as_quotations_in_one_warning(tmp_path, codebook, where):
    """Quotations a paper prints under its themes, saved as `type: interview`: no question to read
    them by, so they are quotes (each placed by its author), and one warning names every such file."""
    files = {"Q1.md": _quotes("Q1", HERBS_ONLY), "Q2.md": _quotes("Q2", "Sore-sore saya rebus daun sirsak dan jahe.")}
    if where == "front matter":
        files = {name: text.replace("language: ind\n", "language: ind\ntype: wawancara\n") for name, text in files.items()}
    interview = FRONT.format("I1").replace("language: ind\n", "language: ind\ntype: interview\n")
    files["I1.md"] = interview + "P: Apa kabar?\n\nI1: Baik, baru pulang dari kebun.\n\nI1: Sudah.\n"
    batch_dir = _batch(tmp_path / "b", files, "type: interview\n" if where == "batch.yaml" else "")
    batch = read_batch(batch_dir)
    assert {name: doc.kind for name, doc in batch.documents.items()} == {
        "I1.md": "interview", "Q1.md": "quotations", "Q2.md": "quotations"}   # one interviewer turn keeps it
    said = [w for w in batch.warnings if "read as quotations" in w]
    assert len(said) == 1 and "Q1.md, Q2.md" in said[0] and "'type: interview'" in said[0]
    assert _codings(batch_dir, codebook)["code_id"].tolist() == ["ramuan_herbal", "ramuan_herbal"]


def test_an_uncoded_quote_with_two_words_of_one_code_is_placed_under_it(tmp_path, codebook):
    codings = _codings(_batch(tmp_path / "b", {"Q1.md": _quotes("Q1", HERBS_ONLY)}), codebook)
    assert codings["code_id"].tolist() == ["ramuan_herbal"]
    row = codings.iloc[0]
    assert row["evidence"] == FILL_EVIDENCE + "jamu … kunyit"
    assert row["confidence"] == FILL_CONFIDENCE


def test_two_codes_holding_as_many_words_leave_the_quote_to_the_descriptions_guess(tmp_path, codebook):
    """Neither code's own words place it; the word only one code's description holds does
    (quotation_guess.py), not the transport words two codes share."""
    codings = _codings(_batch(tmp_path / "b", {"Q1.md": _quotes("Q1", HERBS_AND_TRANSPORT)}), codebook)
    assert codings["code_id"].tolist() == ["ramuan_herbal"]
    assert codings["evidence"].tolist() == [GUESS_EVIDENCE + "jamu"]


def test_documents_and_interview_turns_are_never_filled(tmp_path, codebook):
    files = {"D1.md": FRONT.format("D1") + HERBS_ONLY + "\n",
             "I1.md": FRONT.format("I1") + f"P: Apa kabar?\n\nI1: {HERBS_ONLY}\n"}
    batch_dir = _batch(tmp_path / "b", files)
    assert {name: doc.kind for name, doc in read_batch(batch_dir).documents.items()} == {
        "D1.md": "document", "I1.md": "interview"}
    assert _codings(batch_dir, codebook).empty


@pytest.fixture
def first_reading_only(monkeypatch):
    """The quotes' own-word reading alone, without the description guess that follows it
    (quotation_guess.py, tests/test_coding_round22_quotations.py)."""
    monkeypatch.setattr("pipeline.coding.quotations.guessed_codes",
                        lambda codebook, views, study=frozenset(): [None] * len(views))


def _with_keyword(codebook: Codebook, code_id: str, keyword: str) -> Codebook:
    return dataclasses.replace(codebook, themes=tuple(dataclasses.replace(theme, categories=tuple(
        dataclasses.replace(category, codes=tuple(
            dataclasses.replace(code, keywords=(*code.keywords, keyword)) if code.id == code_id else code
            for code in category.codes)) for category in theme.categories)) for theme in codebook.themes))


def test_a_recode_of_one_code_drops_the_fill_another_code_had(tmp_path, codebook):
    """`buatan` made a keyword of family support codes the quote by rule: its herbal fill goes,
    though only the family code was edited and the others come from the cache. (Not `istri`: a
    kinship word alone names who, not what, and needs another word of its code.)"""
    segments = read_batch(_batch(tmp_path / "b", {"Q1.md": _quotes("Q1", HERBS_ONLY, HERBS_AND_TRANSPORT),
                                                   "Q2.md": _quotes("Q2", "Pagi-pagi sudah daun sirsak, sore-sore jahe merah.")})).segments
    cache = tmp_path / "cache"
    before = annotate_batch(segments, codebook, workers=1, cache_dir=cache, progress=False).codings
    edited = _with_keyword(codebook, "dukungan_keluarga", "buatan")
    only = code_segments(segments, edited, codes=["ramuan_herbal"])
    got = annotate_batch(segments, edited, workers=1, cache_dir=cache, progress=False).codings
    cold = annotate_batch(segments, edited, workers=1, progress=False).codings
    pd.testing.assert_frame_equal(got, cold)
    assert "ramuan_herbal" in before["code_id"].tolist() and "dukungan_keluarga" in cold["code_id"].tolist()
    assert cold["code_id"].tolist().count("ramuan_herbal") == before["code_id"].tolist().count("ramuan_herbal") - 1
    whole = code_segments(segments, edited)
    pd.testing.assert_frame_equal(only.reset_index(drop=True),
                                  whole[whole["code_id"] == "ramuan_herbal"].reset_index(drop=True))


def test_an_interview_batch_becomes_a_quotation_set_of_its_coded_turns(tmp_path):
    from evaluation.coding import load_gold
    from evaluation.quotation_sets import write_quotation_set

    source = REPO / "tests" / "data" / "tb_dev_interviews"
    count = write_quotation_set(source, tmp_path / "q")
    batch = read_batch(tmp_path / "q")
    assert {doc.kind for doc in batch.documents.values()} == {"quotations"}
    assert (batch.segments["speaker_role"] == "informant").sum() == count
    tb = load_codebook(REPO / "codebooks" / "tb_kepatuhan.yaml")
    assert set(load_gold(tmp_path / "q", batch.segments, tb)["segment_id"]) == set(batch.segments["segment_id"])
    with pytest.raises(ValueError, match="blind"):
        write_quotation_set(tmp_path / "q_blind_quotes", tmp_path / "never")


@pytest.mark.parametrize("quote, placed", [
    # one keyword of one code, and no word of any other: the author's code (here negated, so no rule fired)
    ("Makanan begitu kalau tidak asin, tidak enak di mulut.", ["sulit_kurangi_garam"]),
    # a keyword naming only who ("kader") says where the speaker stands, not the quote's matter
    ("Dulu saya juga pernah jadi kader.", []),
    # one word of one code's label, no keyword of it and no word of another code
    ("Dari Natal kemarin bapak sudah berhenti.", ["berhenti_merasa_sehat"]),
    # a label word of the code's circumstance ("... ketika merasa sehat") is not what the code is about
    ("Sekarang cucu saya sehat.", []),
    # one word of a longer keyword ("rebusan daun"), no word of another code ("penyedap" of "penyedap
    # rasa" is a rule's evidence already: "rasa" is a stop word, topic_keywords.py)
    ("Bapak sekarang pakai daun sirsak.", ["ramuan_herbal"]),
])
def test_an_uncoded_quote_with_one_keyword_or_label_word_of_one_code_only_is_placed_under_it(tmp_path, codebook, first_reading_only, quote, placed):
    codings = _codings(_batch(tmp_path / "b", {"Q1.md": _quotes("Q1", quote)}), codebook)
    assert codings["code_id"].tolist() == placed
    assert codings["confidence"].tolist() == [FILL_CONFIDENCE] * len(placed)


SUBHEADINGS = """name: studi_kader
title: Peran kader
language: ind
themes:
  - id: tema
    label: Peran kader di desa
    categories:
      - id: kat_kunjungan
        label: Kunjungan rumah
        codes:
          - id: jadwal_kunjungan
            label: Jadwal kunjungan rumah
            definition: When and how often cadres go from house to house.
            keywords: ["jadwal kunjungan", "tiap minggu"]
          - id: kendala_kunjungan
            label: Kendala dalam kunjungan rumah
            definition: Obstacles cadres meet when they go from house to house.
            keywords: ["hambatan kunjungan", "sulit mengunjungi"]
      - id: kat_pelatihan
        label: Pelatihan kader
        codes:
          - id: materi_pelatihan
            label: Materi pelatihan
            definition: What the cadres were taught.
            keywords: ["materi pelatihan", "modul"]
          - id: kendala_pelatihan
            label: Kendala dalam pelatihan
            definition: Obstacles to holding the training.
            keywords: ["hambatan pelatihan", "dana pelatihan"]
"""


def test_a_quote_is_placed_by_words_its_codes_share_with_one_other_code(tmp_path):
    """A thesis's sub-headings repeat their category ("Kunjungan rumah") and each other ("Kendala
    dalam ..."): no rule codes those words, yet *kendala* and *rumah* together name one code."""
    (tmp_path / "codebook.yaml").write_text(SUBHEADINGS, encoding="utf-8")
    codebook = load_codebook(tmp_path / "codebook.yaml")
    quotes = _quotes("Q1", "Kalau soal datang ke rumah warga, sepertinya tidak ada kendala.",
                     "Menurut saya tidak ada kendala.")
    codings = _codings(_batch(tmp_path / "b", {"Q1.md": quotes}), codebook)
    assert codings["code_id"].tolist() == ["kendala_kunjungan"]   # the second: one word of two codes
    assert codings["evidence"].iloc[0] == FILL_EVIDENCE + "rumah … kendala"


@pytest.mark.parametrize("quote, placed", [
    # a word of the study's subject ("minum" of the theme "Kepatuhan minum obat") with its label's next word
    ("Tiap malam saya minum obat itu sebelum tidur.", ["berhenti_merasa_sehat"]),
    # alone it is ordinary talk: drinking is not stopping one's medicine
    ("Bapak suka minum kopi sambil main kartu.", []),
])
def test_a_word_of_the_study_subject_places_a_quote_only_with_its_label_neighbour(tmp_path, codebook, quote, placed,
                                                                                 first_reading_only):
    codings = _codings(_batch(tmp_path / "b", {"Q1.md": _quotes("Q1", quote)}), codebook)
    assert codings["code_id"].tolist() == placed


PRONOUN_KEYWORD = """name: studi_pasar
title: Belanja sayur
language: ind
themes:
  - id: tema
    label: Belanja
    categories:
      - id: kat
        label: Cara belanja
        codes:
          - id: antar_sayur
            label: Sayur diantar pedagang
            definition: Sayur yang pedagang atau torang antar ke rumah pembeli.
            keywords: ["torang antar", "diantar"]
          - id: tawar_harga
            label: Menawar harga
            definition: Bargaining over the price.
            keywords: ["tawar", "kurang harga"]
"""


def test_a_pronoun_of_a_keyword_places_no_quote(tmp_path):
    """A keyword and a definition written as a speaker says them ("torang antar") lend no code
    through their pronoun."""
    (tmp_path / "codebook.yaml").write_text(PRONOUN_KEYWORD, encoding="utf-8")
    codebook = load_codebook(tmp_path / "codebook.yaml")
    quotes = _quotes("Q1", "Torang kemarin ke kebun sampe sore.", "Itu ikan torang antar pagi-pagi.")
    codings = _codings(_batch(tmp_path / "b", {"Q1.md": quotes}), codebook)
    assert codings["code_id"].tolist() == ["antar_sayur"]
