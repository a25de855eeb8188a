"""An informant who says her own full name ("nama saya Maria Lontoh") keeps it in no export when
redaction is on (the default), with one warning per file naming file and line; with --no-redact it
stays. A title, an office or an institution after "saya ibu" is no name."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from pipeline.privacy.self_names import introduced_names
from pipeline.review.render import card_html
from pipeline.review.session import ReviewSession
from pipeline.run import analyze
from tests.test_ingest_support import write_batch

REPO = Path(__file__).resolve().parents[1]
INTERVIEW = ("---\ninformant: K1\nlanguage: xmm\n---\n"
             "P: Selamat pagi, Ibu. Boleh perkenalkan diri?\n"
             "K1: Nama saya Maria Lontoh, umur 34. Torang malas mo urus pendaftaran BPJS, jauh skali kantor.\n"
             "P: Kalau anak sakit bagaimana?\n"
             "K1: Kalau ada rujukan ke rumah sakit, baru torang urus BPJS. Maria sandiri yang pigi.\n")
OTHER = ("---\ninformant: K2\nlanguage: xmm\n---\n"
         "P: Ibu kerja apa?\n"
         "K2: Kita pe nama Yance, kita kader posyandu. Saya ibu Kepala Desa pe ipar.\n")


@pytest.mark.parametrize(("said", "name"), [
    ("Nama saya Maria Lontoh, kader posyandu.", "Maria Lontoh"),
    ("kita pe nama Yance.", "Yance"),
    ("saya ibu Deisy Rumengan dari Wori", "Deisy Rumengan"),
    ("sa pe nama Nelly Pangemanan to", "Nelly Pangemanan"),
    ("nama saya adalah Yohana", "Yohana"),
])
def test_an_introduction_gives_the_name(said, name):
    assert [found for _, found, _ in introduced_names(said)] == [name]


@pytest.mark.parametrize("said", ["Saya Ibu Kepala Desa", "saya ibu rumah tangga", "Saya Ibu Rumah Tangga",
                                  "nama kita Om", "Nama saya BPJS", "saya bapak Hukum Tua", "saya ibu Bidan",
                                  "Saya Ibu Hamil", "saya bapak Pemegang Program Gizi"])
def test_a_title_an_office_or_an_institution_is_no_name(said):
    assert introduced_names(said) == []


def _batch(root: Path) -> Path:
    batch = root / "kenal"
    batch.mkdir(parents=True)
    (batch / "K1.txt").write_text(INTERVIEW, encoding="utf-8")
    (batch / "K2.txt").write_text(OTHER, encoding="utf-8")
    return batch


def _exported_text(out: Path) -> str:
    """Every output's text: CSV, JSON, Markdown, and the members of the .docx and .qdpx archives."""
    texts = []
    for path in sorted(out.rglob("*")):
        if path.suffix in (".docx", ".qdpx", ".qdc") and zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                texts += [archive.read(name).decode("utf-8", "replace") for name in archive.namelist()]
        elif path.is_file() and path.suffix not in (".png", ".svg", ".pdf"):
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(texts)


@pytest.fixture(scope="module")
def redacted(tmp_path_factory):
    root = tmp_path_factory.mktemp("own_name")
    batch = _batch(root)
    result = analyze(batch, codebook_path=REPO / "codebooks" / "wori.yaml", out_dir=root / "out", workers=1,
                     progress=False)
    return batch, result


def test_an_informants_own_name_is_in_no_export(redacted):
    batch, result = redacted
    exported = _exported_text(result.out_dir)
    assert "Lontoh" not in exported and "Maria" not in exported and "Yance" not in exported
    assert "[NAMA]" in exported and "kader posyandu" in exported, "the turn is kept, the name masked"
    session = ReviewSession(batch, result.out_dir, reviewer="T")
    cards = "".join(card_html(row) for _, row in session._view.iterrows())
    assert cards and "Maria" not in cards and "Lontoh" not in cards


def test_one_warning_per_file_names_file_line_and_redact_txt(redacted):
    _, result = redacted
    own = [warning for warning in result.warnings if "own name" in warning]
    assert len(own) == 2, own
    [first] = [warning for warning in own if "K1.txt" in warning]
    assert "K1.txt:6:" in first and "M. L." in first and "redact.txt" in first and "line 6" in first
    assert "Maria" not in first


def test_with_redaction_off_the_name_stays(tmp_path):
    batch = _batch(tmp_path)
    result = analyze(batch, codebook_path=REPO / "codebooks" / "wori.yaml", out_dir=tmp_path / "out", workers=1,
                     progress=False, redact=False)
    assert "Maria Lontoh" in (result.out_dir / "segments.csv").read_text(encoding="utf-8-sig")
    assert not any("own name" in warning for warning in result.warnings)


def _read_redacted(batch: Path):
    from pipeline.ingest import read_batch
    from pipeline.privacy import redact_batch

    return redact_batch(read_batch(batch))


def test_a_word_redact_txt_keeps_visible_is_not_taken_for_a_name(tmp_path):
    batch = _batch(tmp_path)
    (batch / "redact.txt").write_text("# Yance is our cadre's village nickname, no secret\n!Yance\n", encoding="utf-8")
    read = _read_redacted(batch)
    texts = " ".join(read.segments["text"])
    assert "Yance" in texts and "Lontoh" not in texts
    assert [warning for warning in read.warnings if "own name" in warning and "K2.txt" in warning] == []
    assert "!Yance" not in read.redactor.names, "a kept word is no name to mask"


def test_a_one_word_name_that_is_a_common_word_is_masked_only_where_she_gives_it(tmp_path):
    batch = tmp_path / "bunga"
    batch.mkdir()
    (batch / "K4.txt").write_text("---\ninformant: K4\n---\nP: Siapa nama Ibu?\n"
                                  "K4: Nama saya Bunga. Di halaman ada bunga mawar.\n", encoding="utf-8")
    [text] = _read_redacted(batch).segments.query("speaker_role == 'informant'")["text"]
    assert text == "[NAMA]. Di halaman ada bunga mawar."



def test_a_rerun_from_the_cache_masks_it_too_and_the_cache_holds_no_name(redacted):
    batch, first = redacted
    again = analyze(batch, codebook_path=REPO / "codebooks" / "wori.yaml", out_dir=first.out_dir, workers=1,
                    progress=False)
    assert "ingest" in again.record.reused_stages
    cached = [path.read_bytes() for path in (first.out_dir.parent / ".cache").rglob("*") if path.is_file()]
    assert cached and not any(b"Lontoh" in blob or b"Yance" in blob for blob in cached)
    assert "Lontoh" not in _exported_text(again.out_dir)
    assert len([warning for warning in again.warnings if "own name" in warning]) == 2


@pytest.mark.parametrize(("said", "name"), [
    ("A1: Nama saya Ibu Maria Lontoh, saya dari Tateli.", "Maria Lontoh"),
    ("Nama saya Pak Johny Rondonuwu", "Johny Rondonuwu"),
    ("Nama saya Ny. Maria", "Maria"),
    ("nama saya Bpk. Johny Rondonuwu", "Johny Rondonuwu"),
    ("kita pe nama Sdr. Yance", "Yance"),
])
def test_a_title_after_the_introduction_is_skipped_and_the_name_after_it_read(said, name):
    assert [found for _, found, _ in introduced_names(said)] == [name]


def test_a_name_after_a_title_is_masked_and_warned_and_a_title_is_not_taken_for_it(tmp_path):
    batch = tmp_path / "judul"
    batch.mkdir()
    (batch / "A1.txt").write_text("---\ninformant: A1\n---\nP: Boleh perkenalkan diri?\n"
                                  "A1: Nama saya Ibu Maria Lontoh, saya dari Tateli.\n"
                                  "P: Dan Ibu punya tetangga?\nA1: Nama saya Ny. Yohana, Ny. Kalangi pe ipar.\n",
                                  encoding="utf-8")
    read = _read_redacted(batch)
    texts = " ".join(read.segments["text"])
    assert "Maria" not in texts and "Lontoh" not in texts and "Yohana" not in texts
    assert "Ny. Kalangi" in texts, "a title is no name to mask across the batch"
    [warning] = [warning for warning in read.warnings if "own name" in warning]
    assert "A1.txt:5:" in warning and "M. L." in warning and "Y." in warning


@pytest.mark.parametrize("office", ["Sangadi", "Kapitalaung", "Kaling", "Kapus", "Sekcam", "Babinsa", "Kapolsek",
                                    "Kadus", "Ners", "Hajah", "Pala"])
def test_an_office_said_as_one_word_after_saya_pak_is_no_name(office):
    assert introduced_names(f"Saya pak {office} di Lolak") == []


def test_one_word_after_saya_pak_is_masked_only_in_that_phrase_and_no_file_name(tmp_path):
    batch = write_batch(tmp_path, {
        f"B{number}_{word.casefold()}.txt": f"---\ninformant: B{number}\n---\nP: Bapak kerja apa?\n"
                                            f"B{number}: Saya pak {word} di Lolak. {word} yang urus surat.\n"
        for number, word in ((1, "Sangadi"), (2, "Frengki"))})
    read = _read_redacted(batch)
    assert sorted(read.documents) == ["B1_sangadi.txt", "B2_frengki.txt"]
    texts = list(read.segments.query("speaker_role == 'informant'")["text"])
    assert texts == ["Saya pak Sangadi di Lolak. Sangadi yang urus surat.", "[NAMA] di Lolak. Frengki yang urus surat."]
    assert not any("B1_" in warning and "own name" in warning for warning in read.warnings)
    assert any("B2_frengki.txt:5:" in warning for warning in read.warnings if "own name" in warning)


def test_a_word_of_a_full_name_redact_txt_keeps_visible_leaves_the_other_words_masked(tmp_path):
    batch = _batch(tmp_path)
    (batch / "redact.txt").write_text("!Lontoh\n", encoding="utf-8")
    read = _read_redacted(batch)
    texts = " ".join(read.segments["text"])
    assert "Lontoh" in texts and "Maria" not in texts and "Nama saya [NAMA] Lontoh" in texts
    assert any("K1.txt:6:" in warning and "(M., line 6)" in warning for warning in read.warnings)


def test_an_unmapped_speakers_quoted_turn_shows_no_name_she_gives_as_her_own(tmp_path):
    from pipeline.errors import InputError

    batch = write_batch(tmp_path, {
        "D1.vtt": "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Speaker 1>Ibu so pernah ke puskesmas?\n\n"
                  "00:00:05.000 --> 00:00:09.000\n<v Speaker 2>Nama saya Maria Lontoh, kita tetangga.\n",
        "batch.yaml": 'speakers:\n  D1.vtt: {"Speaker 1": P}\n'})
    with pytest.raises(InputError) as error:
        analyze(batch, codebook_path=REPO / "codebooks" / "wori.yaml", out_dir=tmp_path / "out", workers=1,
                progress=False)
    said = str(error.value)
    assert "\u201cNama saya [NAMA], kita tetangga.\u201d" in said and "Maria" not in said and "Lontoh" not in said
