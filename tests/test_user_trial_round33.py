"""Round 33's new-user trial (antibiotics bought without prescription for children, Manado; an English codebook
for an international journal; transcripts from tools no earlier trial used): what tripped, each with its test."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from test_user_trial import write_batch

def _batch(folder: Path, name: str, text: str, speakers: str) -> Path:
    """A batch of one transcript whose speakers batch.yaml maps."""
    return write_batch(folder, {name: text, "batch.yaml": f"speakers:\n  {name}: {speakers}\n"})


RESOLVE = """[00:00:02:05 - 00:00:05:10]
Interviewer
 Ibu beli obat itu di mana?

[00:00:05:20 - 00:00:09:00]
 Di kios dekat gereja, dorang jual per strip.

[00:00:09:10 - 00:00:12:00]
Ibu Mince
 Nda pake resep dokter.
"""


def test_a_davinci_block_without_its_speaker_line_stops_at_its_line(tmp_path: Path) -> None:
    """A block whose speaker line was deleted was read as the words of the turn above: the mother's answer glued
    into the interviewer's question. Resolve's speaker detection names every block (or none): it now stops there."""
    batch = _batch(tmp_path, "M2.txt", RESOLVE, "{Interviewer: P, Ibu Mince: M2}")
    with pytest.raises(InputError, match=r"M2\.txt:5: this block names no speaker .* where 2 of the file's 3 blocks do"):
        read_batch(batch, id_key=None)
    # with it typed back, the answer is the mother's turn
    typed = RESOLVE.replace("[00:00:05:20 - 00:00:09:00]\n", "[00:00:05:20 - 00:00:09:00]\nIbu Mince\n")
    batch = _batch(tmp_path / "typed", "M2.txt", typed, "{Interviewer: P, Ibu Mince: M2}")
    segments = read_batch(batch, id_key=None).segments
    assert segments["speaker"].tolist() == ["P", "M2"] and segments["text"].iloc[1].startswith("Di kios")
    # no block naming a speaker (detection off): one informant's words, as before
    bare = "\n".join(line for line in RESOLVE.splitlines() if line not in ("Interviewer", "Ibu Mince")) + "\n"
    batch = _batch(tmp_path / "bare", "M3.txt", bare, "M3")
    assert "Di kios dekat gereja" in " ".join(read_batch(batch, id_key=None).segments["text"])


REV = """Interviewer (00:02):
Ibu beli obat di mana?

Ibu Mince (00:06):
Di kios dekat gereja, satu strip lima ribu.

(00:14):
Kalau ke puskesmas antri sampe siang.

PART 1 OF 2 ENDS [00:15:04]

Interviewer (00:21):
Berapa hari diminum?

Ibu Mince (00:25):
Dua hari saja, so bae.
"""


def test_a_rev_paragraph_time_and_part_mark_are_no_words_of_the_turn(tmp_path: Path) -> None:
    """Rev's text export opens a speaker's next paragraph with its time alone, "(00:14):", and marks where a long
    recording's parts meet ("PART 1 OF 2 ENDS [00:15:04]"): both were glued into the mother's quote and its
    translation. The paragraph goes on with her turn; the mark is left out with a warning."""
    batch = _batch(tmp_path, "M4.txt", REV, "{Interviewer: P, Ibu Mince: M4}")
    read = read_batch(batch, id_key=None)
    segments = read.segments
    assert segments["speaker"].tolist() == ["P", "M4", "P", "M4"]
    assert segments["text"].iloc[1] == "Di kios dekat gereja, satu strip lima ribu. Kalau ke puskesmas antri sampe siang."
    assert not segments["text"].str.contains(r"\(00:|PART", regex=True).any()
    assert any("'PART 1 OF 2 ENDS [00:15:04]' is the transcription tool's note" in warning for warning in read.warnings)
    # a time in parentheses before words on their line stays in them: only the time alone opens a paragraph
    inline = REV.replace("(00:14):\nKalau ke puskesmas", "(00:14) kalau ke puskesmas")
    batch = _batch(tmp_path / "inline", "M4.txt", inline, "{Interviewer: P, Ibu Mince: M4}")
    assert "(00:14)" in " ".join(read_batch(batch, id_key=None).segments["text"])


def test_an_english_run_of_a_codebook_written_in_english_asks_for_no_label_en(tmp_path: Path) -> None:
    """Her codebook is written in English, for the journal; --lang en told her to add 'label_en' beside each of its
    14 labels and 'title_en' beside its English title, which would repeat every one. A codebook whose labels read
    as English is printed as it is; an Indonesian one is still asked for its English labels."""
    from pipeline.codebook.load import load_codebook
    from pipeline.coding.english_labels import reads_english
    from pipeline.run_messages import english_warnings

    english = """name: cough
title: Syrups given without a doctor for a child's cough
themes:
  - id: t
    label: Getting the syrup
    categories:
      - id: c
        label: Where it is bought
        codes:
          - id: a
            label: Bought at the stall by the bottle
            definition: The syrup is bought at a stall.
            keywords: [warung]
          - id: b
            label: Given for a week without advice
            definition: The syrup is given for days.
            keywords: [seminggu]
"""
    (tmp_path / "cough.yaml").write_text(english, encoding="utf-8")
    assert english_warnings(load_codebook(tmp_path / "cough.yaml"), {}, []) == []
    indonesian = (english.replace("Syrups given without a doctor for a child's cough", "Sirup obat batuk anak di warung")
                  .replace("Getting the syrup", "Mendapatkan sirup").replace("Where it is bought", "Tempat membeli")
                  .replace("Bought at the stall by the bottle", "Dibeli di warung").replace("Given for a week without advice",
                                                                                            "Diberi seminggu dan tanpa saran"))
    (tmp_path / "batuk.yaml").write_text(indonesian, encoding="utf-8")
    said = " ".join(english_warnings(load_codebook(tmp_path / "batuk.yaml"), {}, []))
    assert "no English label (label_en) for 4 of its 4" in said and "add 'title_en: ...'" in said
    # names and acronyms alone say nothing either way
    assert not reads_english("Kader Posyandu") and not reads_english("Data BPJS") and reads_english("Queue at the Puskesmas")


def test_coreq_prints_an_informants_column_in_english_from_its_en_column() -> None:
    """The English COREQ's item 16 said "institution: Rumah tangga (2), Pedagang (1), ..." in Indonesian, with no way
    to give the English; an informants.csv column NAME_en now gives it, and is no attribute of its own."""
    import pandas as pd

    from pipeline.export.coreq_facts import BatchFacts

    informants = pd.DataFrame({"informant": ["M1", "M2", "A1"], "role": ["Ibu balita", "Ibu balita", "Apoteker"],
                               "institution": ["Rumah tangga", "Rumah tangga", "Apotek swasta"],
                               "institution_en": ["Household", "Household", ""]})
    segments = pd.DataFrame({"segment_id": ["a"], "document": ["M1.txt"], "informant": ["M1"],
                             "speaker_role": ["informant"], "language": ["xmm"]})
    codings = pd.DataFrame(columns=["segment_id", "code_id", "code", "informant"])
    from pipeline.records.codebook import Codebook

    facts = BatchFacts(segments, informants, codings, Codebook("c", "1", ()))
    english, indonesian = facts.sample_description("en"), facts.sample_description("id")
    assert "Household (2), Apotek swasta (1)" in english and "Rumah tangga" not in english
    assert "Rumah tangga (2)" in indonesian and "Household" not in indonesian
