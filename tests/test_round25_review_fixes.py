"""Faults a reviewer found in round 25's ingest and coding changes by trying small inputs of its own
(issue 14): each test here failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.codebook import load_codebook
from pipeline.codebook.load import parse_codebook
from pipeline.coding.attribution import attributes
from pipeline.coding.counts import names_a_rate
from pipeline.coding.document_topic import topic_positions
from pipeline.coding.evidenceless import evidenceless_codes, evidenceless_codes_warning
from pipeline.coding.nlp import coding_nlp
from pipeline.coding.supplies import about_supply
from pipeline.errors import InputError
from pipeline.ingest.batch import read_batch
from pipeline.run import analyze
from tests.helpers import codes_of_paragraph, minimal_codebook_yaml, one_category_yaml, one_code_codebook
from tests.test_ingest_support import write_batch


def _stopped(tmp_path: Path, files: dict[str, str]) -> str:
    with pytest.raises(InputError) as error:
        read_batch(write_batch(tmp_path, files), id_key=None)
    return str(error.value)


def _utterance(start: object, speaker: object = 0) -> str:
    return ('{"results": {"utterances": [{"start": %s, "end": 9.0, "transcript": "Ada obat.", "speaker": %s}]}}'
            % (start, json.dumps(speaker)))


@pytest.mark.parametrize("start", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_a_non_finite_time_is_refused_naming_the_field(tmp_path: Path, start: str) -> None:
    message = _stopped(tmp_path, {"K07.json": _utterance(start), "batch.yaml": "speakers:\n  K07.json: K07\n"})
    assert "K07.json" in message and "results.utterances[0].start should be a time in seconds" in message


def test_a_true_speaker_is_a_wrong_shape_not_speaker_true(tmp_path: Path) -> None:
    message = _stopped(tmp_path, {"K08.json": _utterance(1.0, speaker=True)})
    assert "K08.json" in message and "results.utterances[0].speaker should be a speaker's number" in message


def _two_channels(utterances: object) -> str:
    channel = [{"alternatives": [{"transcript": "", "words": [
        {"word": "sapa", "punctuated_word": "Sapa?", "start": 0.2 + number, "end": 0.6 + number, "speaker": number}]}]}
        for number in range(2)]
    return json.dumps({"results": {"utterances": utterances, "channels": channel}})


def test_empty_utterances_beside_channel_words_read_the_words(tmp_path: Path) -> None:
    batch = write_batch(tmp_path, {"K09.json": _two_channels([]),
                                   "batch.yaml": 'speakers:\n  K09.json: {"Speaker 0": P, "Speaker 1": K09}\n'})
    turns = read_batch(batch, id_key=None).segments
    assert list(turns["speaker"]) == ["P", "K09"]


def test_a_multichannel_words_place_names_its_channel(tmp_path: Path) -> None:
    batch = write_batch(tmp_path, {"K09.json": _two_channels([]),
                                   "batch.yaml": 'speakers:\n  K09.json: {"Speaker 0": P, "Speaker 1": K09}\n'})
    places = list(read_batch(batch, id_key=None).segments["place"])
    assert places[0].startswith("channel 0 word 1") and places[1].startswith("channel 1 word 1")


def test_a_speakers_entry_for_no_file_lists_json_among_the_kinds(tmp_path: Path) -> None:
    message = _stopped(tmp_path, {"A1.txt": "P: Ada obat?\nA1: Ada.\n", "batch.yaml": "speakers:\n  S1: {S0: P}\n"})
    assert "'S1' is not a" in message and ".csv or .json file of this batch" in message


def test_one_name_twice_names_a_services_json_among_the_timed_kinds(tmp_path: Path) -> None:
    message = _stopped(tmp_path, {"K10.txt": "P: Ada obat?\nK10: Ada.\n", "K10.srt": "1\n00:00:01,000 --> 00:00:02,000\nK10: Ada.\n"})
    assert "(a .vtt, .srt, .sbv, .eaf, .TextGrid or .json keeps each turn's time)" in message


def _said_to_the_reporter(text: str, verb: str) -> bool:
    doc = coding_nlp()(text)
    return attributes(doc, next(token.i for token in doc if token.lower_ == verb))


def test_an_addressee_late_in_the_clause_makes_the_saying_the_act_itself() -> None:
    assert not _said_to_the_reporter("Kepala Klinik menerangkan cara minum obat kusta kepada keluarga pasien.",
                                     "menerangkan")
    # a time after "pada", or "kepada" only past the clause's comma, leaves the official the report's source
    assert _said_to_the_reporter("Kepala Klinik menerangkan jadwal pengobatan kusta pada Senin lalu.", "menerangkan")
    assert _said_to_the_reporter("Ketua Kader menyampaikan hasil survei, kepada warga dibagikan obat.", "menyampaikan")


@pytest.mark.parametrize(("text", "evidence"), [
    ("Di Dusun Tiga, satu keluarga tidak lagi datang ke puskesmas.", "datang ke puskesmas"),   # one is a case told
    ("Menurut kader, empat ibu kambuh lagi akibat bercak di kulit.", "bercak di kulit"),   # a count with its cause
])
def test_a_case_told_after_a_clause_break_is_no_rate(text: str, evidence: str) -> None:
    assert not names_a_rate(text, evidence)


def test_a_count_of_several_after_a_clause_break_still_names_a_rate() -> None:
    assert names_a_rate("Menurut laporan bulan ini, empat ibu mengalami bercak di kulit.", "bercak di kulit")


def test_topic_without_any_is_a_load_problem_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "kusta.yaml"
    path.write_text(one_category_yaml([
        {"id": "penyuluhan", "label": "Penyuluhan kusta", "definition": "Petugas memberi penyuluhan tentang kusta.",
         "keywords": ["penyuluhan"], "rules": [{"all": ["bercak"], "topic": ["kusta"]}]}]), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_codebook(path)
    problems = [problem for problem in caught.value.problems if "'topic:' needs 'any:'" in problem.message]
    assert problems and problems[0].file == str(path) and problems[0].line is not None


def test_the_lead_is_the_first_paragraph_after_the_headline_that_is_no_heading() -> None:
    texts = ["# Kasus Kusta Baru Ditemukan di Pulau Kecil", "## Latar Belakang", "Pemeriksaan Kulit",
             "Petugas puskesmas menemukan dua kasus kusta baru pada pemeriksaan kulit warga.", "Paragraf lain."]
    assert topic_positions(["k.md"] * len(texts), texts, frozenset({"k.md"})) == {"k.md": [0, 3]}


@pytest.mark.parametrize(("label", "definition", "supply"), [
    ("Bersedia diperiksa", "Kontak serumah bersedia diperiksa kulitnya oleh petugas.", False),
    ("Kesediaan berobat", "Pasien menyatakan kesediaan untuk berobat teratur.", False),
    ("Rumah kosong", "Petugas datang tetapi rumah kosong, keluarga sedang ke kebun.", False),
    ("Tuntas berobat", "Pasien minum obat sampai habis sesuai jadwal.", False),
    ("Obat MDT kosong", "Puskesmas kehabisan blister, stok obat kosong berminggu-minggu.", True),
    ("Obat tidak tersedia", "The drug is not at hand at the clinic.", True),
])
def test_a_supply_code_is_told_by_anchored_words(label: str, definition: str, supply: bool) -> None:
    code = one_code_codebook("k1", label, definition, ["periksa"]).codes[0]
    assert about_supply(code) is supply


def test_a_keyword_less_code_without_a_word_of_evidence_is_named_once() -> None:
    codebook = parse_codebook(minimal_codebook_yaml([
        ("lain", "Lainnya", "Hal lain di luar kode di atas.", []),
        ("kontak", "Pemeriksaan kontak serumah", "Petugas memeriksa kulit anggota keluarga pasien kusta.", []),
        ("obat", "Minum obat MDT", "Pasien minum blister MDT setiap hari.", ["mdt"]),
    ]), source="kusta.yaml")
    assert [code.id for code in evidenceless_codes(codebook)] == ["lain"]
    warnings = evidenceless_codes_warning(codebook)
    assert len(warnings) == 1 and "1 code of the codebook has no keywords" in warnings[0] and "lain ('Lainnya')" in warnings[0]
    assert codes_of_paragraph(codebook, "Ada hal lain juga di luar itu, kode di atas tidak cukup.") == set()


def test_a_run_warns_of_a_code_nothing_can_code(tmp_path: Path) -> None:
    batch = write_batch(tmp_path, {"A1.txt": "P: Ibu minum MDT?\nA1: Iyo, tiap hari.\n"})
    book = tmp_path / "kusta.yaml"
    book.write_text(minimal_codebook_yaml([
        ("lain", "Lainnya", "Hal lain di luar kode di atas.", []),
        ("obat", "Minum obat MDT", "Pasien minum blister MDT setiap hari.", ["mdt"])]), encoding="utf-8")
    result = analyze(batch, book, tmp_path / "out")
    assert sum("lain ('Lainnya')" in warning for warning in result.warnings) == 1
