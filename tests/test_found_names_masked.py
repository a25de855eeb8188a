"""Names the transcripts give (a speaker label mapped in batch.yaml, a name an informant gives as her own)
are masked in a grader's note and a translation correction in every output of a redacted run, a re-run
that reuses the ingest cache included, and in the review notebook; the cache and run.json keep them
only as keyed hashes."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pipeline.privacy.hashed_names import HashedNames, name_hashes
from pipeline.privacy.redactor import Redactor

REPO = Path(__file__).resolve().parents[1]
KEY = bytes(range(32))
# invented: a worker of a fish factory, named by her speaker label, and another who names herself
TRANSCRIPT = """Pewawancara (00:02):
Selamat siang, Ibu. Ibu karja di pabrik ikan?

Ibu Marselina (00:06):
Iyo, kita karja di bagian fillet, shift pagi sampe jam tiga.

Pewawancara (00:12):
Kalau mo kase susu pa anak, bagimana?

Ibu Marselina (00:15):
Kita pompa di WC, karna ruang laktasi dorang da pake for gudang karton.

Pewawancara (00:24):
Ada tamang yang laeng?

Ibu Marselina (00:27):
Ada, tamang kita Yuliana. Dia bilang nama saya Yuliana Pangemanan kalau orang tanya.
"""
NAMES = ("Marselina", "Yuliana", "Pangemanan")


def test_hashed_names_find_a_name_by_its_hash_alone() -> None:
    hashed = HashedNames(name_hashes(["Ibu Marselina", "Marselina", "Yuliana Pangemanan"], KEY), KEY)
    assert not any("arselina" in value for value in hashed.hashes)
    redactor = Redactor([], hashed)
    assert redactor.redact("kata ibu  marselina, lalu Yuliana\u00a0Pangemanan datang") == \
        "kata [NAMA], lalu [NAMA] datang"
    # not: a word that only opens a name, a name's word inside another word, another key's hashes
    assert redactor.redact("Yuliana datang, Marselinanya pergi") == "Yuliana datang, Marselinanya pergi"
    assert Redactor([], HashedNames(hashed.hashes, bytes(32))).redact("Marselina") == "Marselina"


def _outputs_text(out: Path) -> str:
    texts = []
    for path in out.rglob("*"):
        if path.is_file() and path.suffix in (".docx", ".qdpx", ".xlsx", ".zip"):
            with zipfile.ZipFile(path) as archive:
                texts.extend(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
        elif path.is_file():
            texts.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(texts)


def test_a_note_and_a_correction_naming_an_informant_are_masked_in_every_output(tmp_path: Path) -> None:
    from pipeline.review import ReviewSession
    from pipeline.run import analyze

    batch, out = tmp_path / "pabrik", tmp_path / "out"
    batch.mkdir()
    (batch / "F2.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (batch / "batch.yaml").write_text("speakers:\n  F2.txt: {Pewawancara: P, Ibu Marselina: F2}\n", encoding="utf-8")

    def run() -> list[str]:
        analyze(batch, codebook_path=REPO / "codebooks" / "wori.yaml", out_dir=out, workers=1, progress=False,
                learn=False)
        import pandas as pd
        return pd.read_csv(out / "segments.csv", dtype=str)["segment_id"].tolist()

    ids = run()
    session = ReviewSession(batch, out, reviewer="DL")
    session.add(ids[3], "malas_mengurus", note="Ibu Marselina bilang Yuliana Pangemanan juga pompa di WC")
    session.correct_translation(ids[1], "Ya, Marselina bekerja di bagian fillet", note="Marselina: shift pagi")
    result = run()
    assert result == ids
    cache = tmp_path / ".cache"
    assert any(cache.rglob("*.pkl"))
    text = _outputs_text(out) + "".join(path.read_bytes().decode("utf-8", "replace") for path in cache.rglob("*")
                                        if path.is_file())
    assert "Ya, [NAMA] bekerja di bagian fillet" in _outputs_text(out)   # the correction, in segments.csv
    for name in NAMES:
        assert name not in text, name
    again = ReviewSession(batch, out, reviewer="DL")
    shown = again._view
    corrections = again.translation_corrections()   # the notebook's corrections panel
    assert corrections["translation"].tolist() == ["Ya, [NAMA] bekerja di bagian fillet"]
    assert corrections["note"].tolist() == ["[NAMA]: shift pagi"]
    assert not shown["note"].str.contains("Marselina|Yuliana").any()
    assert shown["note"].str.contains(r"\[NAMA\] bilang").any()
