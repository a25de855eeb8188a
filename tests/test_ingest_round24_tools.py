"""Round 24's new-user trial: a linguist's transcripts, ELAN (.eaf) and Praat (.TextGrid), one tier
per speaker. Before, both were passed over as "not a transcript": an interview left every table
unnoticed. Each tier is a speaker's turns with their times; a translation tier is the
transcriber's own translation of its turn, never a turn; glosses, notes and point tiers are no
one's words, and the run says what it did with each."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest.batch import read_batch
from pipeline.schema import OWN_TRANSLATION
from tests.test_ingest_support import DATA, write_batch

TOOLS = DATA / "ingest" / "round24_tools"


def _stopped(tmp_path: Path, files: dict[str, str | bytes]) -> str:
    with pytest.raises(InputError) as error:
        read_batch(write_batch(tmp_path, files), id_key=None)
    return str(error.value)


def _eaf(tiers: str, slots: str = "") -> str:
    """A small ELAN file: `tiers` as written in it, time slots ts1..ts8 every 5 seconds unless given."""
    slots = slots or "".join(f'<TIME_SLOT TIME_SLOT_ID="ts{n}" TIME_VALUE="{(n - 1) * 5000}"/>' for n in range(1, 9))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<ANNOTATION_DOCUMENT FORMAT="3.0" VERSION="3.0">\n'
            f'<HEADER TIME_UNITS="milliseconds"/>\n<TIME_ORDER>{slots}</TIME_ORDER>\n{tiers}\n'
            '<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="utt" TIME_ALIGNABLE="true"/>\n</ANNOTATION_DOCUMENT>\n')


def _aligned(number: int, start: int, end: int, text: str) -> str:
    return (f'<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a{number}" TIME_SLOT_REF1="ts{start}" '
            f'TIME_SLOT_REF2="ts{end}"><ANNOTATION_VALUE>{text}</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>\n')


TWO_SPEAKERS = (f'<TIER LINGUISTIC_TYPE_REF="utt" TIER_ID="P">\n{_aligned(1, 1, 2, "Anak so imunisasi?")}</TIER>\n'
                f'<TIER LINGUISTIC_TYPE_REF="utt" TIER_ID="M07">\n{_aligned(2, 2, 3, "Blum, dokter nda datang.")}</TIER>')


def test_elan_speaker_tiers_are_turns_with_their_times_and_places() -> None:
    read = read_batch(TOOLS, id_key=None)
    elan = read.segments[read.segments["document"] == "K02_elan.eaf"]
    assert list(elan["speaker"]) == ["P", "K02", "P", "", "P", "K02"]
    assert list(elan["speaker_role"]) == ["interviewer", "informant", "interviewer", "note", "interviewer", "informant"]
    # two annotations of one speaker in a row are one turn; the tier's name, not its participant's name, speaks
    assert elan["text"].iloc[1] == "Kita periksa di posyandu pulo, mar USG musti ke Manado, naik pambut."
    assert (elan["time_start"].iloc[1], elan["time_end"].iloc[1]) == ("00:00:04.000", "00:00:19.000")
    assert elan["place"].iloc[1] == "tier 'tx@K02' at 00:00:04.000 (line 26)"
    assert "Sintje" not in " ".join(read.segments["speaker"])


def test_a_translation_tier_is_the_turns_own_translation_never_a_turn() -> None:
    read = read_batch(TOOLS, id_key=None)
    elan = read.segments[read.segments["document"] == "K02_elan.eaf"]
    assert list(elan[OWN_TRANSLATION])[1] == ("Saya periksa di posyandu pulau, tetapi USG harus ke Manado, "
                                              "naik perahu motor.")
    assert not elan["text"].str.contains("Saya periksa").any()
    told = "\n".join(read.warnings)
    assert "translation tier 'ft@K02': the transcriber's translation of 3 annotations" in told
    assert "dependent tier 'ge@K02' (glosses or other annotations of a speaker's words) left out" in told
    assert "tier 'Catatan' read as the transcriber's notes" in told


def test_a_word_said_during_another_speakers_turn_is_not_glued_to_the_next_question() -> None:
    """The interviewer's "Oh." during K02's answer was joined to the interviewer's next question."""
    read = read_batch(TOOLS, id_key=None)
    elan = read.segments[read.segments["document"] == "K02_elan.eaf"]
    assert list(elan["text"])[2] == "Oh."
    assert any("1 annotation said during another speaker's (first tier 'P' at 00:00:14.000)" in warning
               for warning in read.warnings)


def test_an_unlinked_translation_tier_follows_its_speaker_by_participant_and_time(tmp_path: Path) -> None:
    tiers = (TWO_SPEAKERS.replace('TIER_ID="M07"', 'PARTICIPANT="M07" TIER_ID="M07"')
             + '\n<TIER LINGUISTIC_TYPE_REF="utt" PARTICIPANT="M07" TIER_ID="M07 terjemahan">\n'
             + _aligned(9, 2, 3, "Belum, dokter tidak datang.") + "</TIER>")
    read = read_batch(write_batch(tmp_path, {"M07.eaf": _eaf(tiers)}), id_key=None)
    assert list(read.segments["speaker"]) == ["P", "M07"]
    assert list(read.segments[OWN_TRANSLATION]) == ["", "Belum, dokter tidak datang."]


def test_praat_textgrids_long_in_utf16_and_short_are_read_with_their_lines() -> None:
    read = read_batch(TOOLS, id_key=None)
    praat = read.segments[read.segments["document"] != "K02_elan.eaf"]
    assert list(praat["speaker"]) == ["P", "K03", "P", "K04"]
    assert praat["text"].iloc[1] == 'Pernah, mar kelas itu di desa sebelah. Kalo "angin barat" nda bisa pigi.'
    assert [place.rpartition("(")[2] for place in praat["place"]] == ["line 18)", "line 40)", "line 15)", "line 29)"]
    assert list(praat["time_start"])[2:] == ["00:00:00.000", "00:00:03.000"]


def test_a_textgrid_in_a_windows_code_page_is_read_and_said(tmp_path: Path) -> None:
    grid = (TOOLS / "K04_short.TextGrid").read_text().replace("Jao,", "Jao – désa,").encode("cp1252")
    read = read_batch(write_batch(tmp_path, {"K04.TextGrid": grid}), id_key=None)
    assert read.segments["text"].iloc[1].startswith("Jao – désa,")
    assert any(warning.endswith("K04.TextGrid: read as cp1252") for warning in read.warnings)


def test_a_point_tier_is_left_out_with_a_warning(tmp_path: Path) -> None:
    grid = (TOOLS / "K04_short.TextGrid").read_text().replace("<exists>\n2\n", "<exists>\n3\n")
    grid += '"TextTier"\n"batuk"\n0\n12\n1\n4\n"batuk"\n'
    read = read_batch(write_batch(tmp_path, {"K04.TextGrid": grid}), id_key=None)
    assert len(read.segments) == 2
    assert any("point tier 'batuk' left out" in warning for warning in read.warnings)


def test_one_speakers_overlapping_intervals_stop_the_run_at_their_line(tmp_path: Path) -> None:
    grid = (TOOLS / "K04_short.TextGrid").read_text().replace('"K04"\n0\n12\n2\n0\n3\n""\n3\n', '"K04"\n0\n12\n2\n0\n3\n"Iya"\n2\n')
    said = _stopped(tmp_path, {"K04.TextGrid": grid})
    assert ("K04.TextGrid:29: tier 'K04': the annotation at 00:00:02.000 starts before the one at 00:00:00.000 "
            "ends (00:00:03.000): one speaker's annotations cannot overlap") in said


@pytest.mark.parametrize("name", ["x.eaf", "x.TextGrid"])
def test_an_empty_file_is_said_to_be_empty(tmp_path: Path, name: str) -> None:
    assert f"{name}: is empty" in _stopped(tmp_path, {name: ""})


def test_broken_elan_xml_names_its_line(tmp_path: Path) -> None:
    said = _stopped(tmp_path, {"M07.eaf": _eaf(TWO_SPEAKERS.replace("</TIER>", "", 1))})
    assert "M07.eaf:" in said and "is not an ELAN annotation file (.eaf); save it again from ELAN" in said
    assert "Traceback" not in said


def test_an_elan_file_without_a_speaker_tier_says_how_to_transcribe(tmp_path: Path) -> None:
    said = _stopped(tmp_path, {"M07.eaf": _eaf("")})
    assert "M07.eaf: this ELAN file has no speaker tier with words in it" in said


def test_an_annotation_without_a_time_is_named_by_its_line(tmp_path: Path) -> None:
    slots = '<TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="0"/><TIME_SLOT TIME_SLOT_ID="ts2"/><TIME_SLOT TIME_SLOT_ID="ts3" TIME_VALUE="9000"/>'
    said = _stopped(tmp_path, {"M07.eaf": _eaf(TWO_SPEAKERS, slots)})
    assert "M07.eaf:6: tier 'P': an annotation without a time in the recording" in said


def test_a_tier_named_after_a_person_asks_for_its_code(tmp_path: Path) -> None:
    said = _stopped(tmp_path, {"M07.eaf": _eaf(TWO_SPEAKERS.replace('TIER_ID="M07"', 'TIER_ID="Ibu Lidya"'))})
    assert "Ibu Lidya (1 annotation, first in tier 'Ibu Lidya' at 00:00:05.000 (line 9), not mapped)" in said
    assert "      M07.eaf:\n        P: P\n        Ibu Lidya: M07" in said


def test_an_elan_file_and_a_textgrid_of_one_name_are_one_interview_twice(tmp_path: Path) -> None:
    said = _stopped(tmp_path, {"K04.eaf": _eaf(TWO_SPEAKERS), "K04.TextGrid": (TOOLS / "K04_short.TextGrid").read_text()})
    assert "K04.eaf, K04.TextGrid are one name in 2 formats" in said


RECORDER = ("Speaker 1\nSudah berapa kali ke posyandu?\n\nSpeaker 2\nBaru dua kali.\nPerahu jarang ada.\n\n"
            "Speaker 1\nKenapa jarang?\n\nSpeaker 2\nSolar mahal.\n")


def test_a_numbered_speaker_alone_on_its_line_opens_a_turn(tmp_path: Path) -> None:
    """A phone recorder's shared text ("Speaker 1" above the words, no times) was read as one
    informant's paragraphs, "Speaker 1" glued to the words and the questions coded as hers."""
    said = _stopped(tmp_path, {"N08_recorder.txt": RECORDER})
    assert "Speaker 1 (2 turns, first on line 1, not mapped): “Sudah berapa kali ke posyandu?”" in said
    batch = write_batch(tmp_path, {"N08_recorder.txt": RECORDER,
                                   "batch.yaml": "speakers:\n  N08_recorder.txt: {Speaker 1: P, Speaker 2: N08}\n"},
                        name="mapped")
    read = read_batch(batch, id_key=None)
    assert list(read.segments["speaker"]) == ["P", "N08", "P", "N08"]
    assert list(read.segments["text"])[1] == "Baru dua kali. Perahu jarang ada."


def test_elans_default_tier_takes_its_speakers_from_the_labels_in_its_words(tmp_path: Path) -> None:
    """A transcript typed on ELAN's one "default" tier ("P: ...", "M07: ...") asked to map "default"."""
    tier = ('<TIER LINGUISTIC_TYPE_REF="utt" TIER_ID="default">\n' + _aligned(1, 1, 2, "P: Anak so imunisasi?")
            + _aligned(2, 2, 3, "M07: Blum, dokter nda datang.") + _aligned(3, 3, 4, "P: Kiapa?")
            + _aligned(4, 4, 5, "M07: Hujan.") + "</TIER>")
    read = read_batch(write_batch(tmp_path, {"M07.eaf": _eaf(tier)}), id_key=None)
    assert list(read.segments["speaker"]) == ["P", "M07", "P", "M07"]
    assert list(read.segments["text"])[1] == "Blum, dokter nda datang."


def test_a_forced_aligners_word_tiers_are_speakers_and_its_phone_tiers_left_out(tmp_path: Path) -> None:
    """Montreal Forced Aligner writes "K04 - words" and "K04 - phones" tiers: each phone was a turn of a
    speaker called "K04 - phones"."""
    grid = (TOOLS / "K04_short.TextGrid").read_text().replace('"K04"', '"K04 - words"').replace("<exists>\n2\n", "<exists>\n3\n")
    grid += '"IntervalTier"\n"K04 - phones"\n0\n12\n2\n3\n3.2\n"dʒ"\n3.2\n12\n"a"\n'
    read = read_batch(write_batch(tmp_path, {"K04.TextGrid": grid}), id_key=None)
    assert list(read.segments["speaker"]) == ["P", "K04"]
    assert any("tier 'K04 - phones' left out: a forced aligner's sounds, not turns" in warning for warning in read.warnings)


def _referred(number: int, parent: int, text: str) -> str:
    return (f'<ANNOTATION><REF_ANNOTATION ANNOTATION_ID="r{number}" ANNOTATION_REF="{parent}"><ANNOTATION_VALUE>{text}'
            '</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>\n')


def _toolbox(reference_name: str = "ref@{}") -> str:
    """A Toolbox/FLEx-style file: a top tier of record numbers per speaker, the words in its tx@ child."""
    tiers = ""
    for speaker, number, (start, end), words, free in (("P", "017", (1, 2), "Sapa yang bantu waktu melahirkan?", ""),
                                                        ("M07", "018", (2, 4), "Bidan kampung, dokter jauh.",
                                                         "Dukun bayi, dokter jauh.")):
        reference = reference_name.format(speaker)
        tiers += (f'<TIER LINGUISTIC_TYPE_REF="ref" TIER_ID="{reference}">\n'
                  f'{_aligned(start, start, end, number).replace(f"a{start}", f"a{speaker}")}</TIER>\n'
                  f'<TIER LINGUISTIC_TYPE_REF="tx" PARENT_REF="{reference}" TIER_ID="tx@{speaker}">\n'
                  f'{_referred(start, "a" + speaker, words)}</TIER>\n')
        if free:
            tiers += (f'<TIER LINGUISTIC_TYPE_REF="ft" PARENT_REF="{reference}" TIER_ID="ft@{speaker}">\n'
                      f'{_referred(start + 10, "a" + speaker, free)}</TIER>\n')
    return _eaf(tiers)


@pytest.mark.parametrize("reference_name", ["ref@{}", "nomor {}"])
def test_a_toolbox_files_words_are_in_the_tx_tier_under_its_reference_numbers(tmp_path: Path, reference_name: str) -> None:
    """A top tier of record numbers ("017"), by its name or its numbers, was read as the speaker's
    turns and the words in its tx@ child left out."""
    read = read_batch(write_batch(tmp_path, {"M07.eaf": _toolbox(reference_name)}), id_key=None)
    assert list(read.segments["speaker"]) == ["P", "M07"]
    assert list(read.segments["text"]) == ["Sapa yang bantu waktu melahirkan?", "Bidan kampung, dokter jauh."]
    assert list(read.segments[OWN_TRANSLATION]) == ["", "Dukun bayi, dokter jauh."]
    assert list(read.segments["time_start"]) == ["00:00:00.000", "00:00:05.000"]
    assert any("(record numbers) left out: the speakers' words are in 'tx@P', 'tx@M07'" in w for w in read.warnings)


def test_a_tier_type_naming_the_language_holds_the_speakers_words(tmp_path: Path) -> None:
    """Speaker tiers of the type "Transkrip Bahasa Indonesia" were taken for translations: no speaker tier."""
    tiers = TWO_SPEAKERS.replace('LINGUISTIC_TYPE_REF="utt"', 'LINGUISTIC_TYPE_REF="Transkrip Bahasa Indonesia"')
    read = read_batch(write_batch(tmp_path, {"M07.eaf": _eaf(tiers)}), id_key=None)
    assert list(read.segments["speaker"]) == ["P", "M07"]


def test_a_lone_top_tier_named_as_a_translation_is_the_words_when_no_speaker_tier_remains(tmp_path: Path) -> None:
    """Its words were taken for a translation of no one's: "no speaker tier"; now its label is asked for."""
    tier = ('<TIER LINGUISTIC_TYPE_REF="utt" TIER_ID="Bahasa Indonesia">\n' + _aligned(1, 1, 2, "Sudah ke posyandu?")
            + _aligned(2, 2, 3, "Belum, hujan terus.") + "</TIER>")
    said = _stopped(tmp_path, {"M07.eaf": _eaf(tier)})
    assert "Bahasa Indonesia (2 annotations, first in tier 'Bahasa Indonesia' at 00:00:00.000 (line 6), not mapped)" in said


DEFAULT_TIER = ('<TIER LINGUISTIC_TYPE_REF="utt" TIER_ID="default">\n' + _aligned(1, 1, 2, "P: Ada kartu BPJS?")
                + _aligned(2, 2, 3, "M07: Ada.") + _aligned(3, 3, 4, "Mar so mati.") + "</TIER>\n"
                '<TIER LINGUISTIC_TYPE_REF="tr" PARENT_REF="default" TIER_ID="terjemahan">\n'
                + _referred(1, "a1", "Ada kartu BPJS?") + _referred(2, "a2", "Ada.") + _referred(3, "a3", "Tapi sudah mati.")
                + "</TIER>")


def test_an_unlabelled_annotation_brings_its_translation_to_the_turn_it_continues(tmp_path: Path) -> None:
    """Its words joined the turn but its translation was dropped: half a translation shown for the turn."""
    read = read_batch(write_batch(tmp_path, {"M07.eaf": _eaf(DEFAULT_TIER)}), id_key=None)
    assert list(read.segments["text"]) == ["Ada kartu BPJS?", "Ada. Mar so mati."]
    assert list(read.segments[OWN_TRANSLATION]) == ["Ada kartu BPJS?", "Ada. Tapi sudah mati."]


def test_a_turn_translated_only_in_part_keeps_the_machine_translation_and_says_so(tmp_path: Path) -> None:
    tiers = DEFAULT_TIER.replace(_referred(3, "a3", "Tapi sudah mati."), "")
    read = read_batch(write_batch(tmp_path, {"M07.eaf": _eaf(tiers)}), id_key=None)
    assert list(read.segments[OWN_TRANSLATION]) == ["Ada kartu BPJS?", ""]
    assert any("M07.eaf: 1 turn (tier 'default' at 00:00:05.000 (line 7)) has the transcriber's translation of only "
               "some of the annotations in it: the machine translation is shown" in w for w in read.warnings)


def test_annotations_written_on_one_line_keep_their_own_translations_and_places(tmp_path: Path) -> None:
    """A .eaf saved on one line gave every turn the same translation (all of them) and the same place."""
    tiers = (TWO_SPEAKERS + '\n<TIER LINGUISTIC_TYPE_REF="tr" PARENT_REF="P" TIER_ID="P terjemahan">'
             + _referred(1, "a1", "Anak sudah imunisasi?") + '</TIER><TIER LINGUISTIC_TYPE_REF="tr" PARENT_REF="M07" '
             'TIER_ID="M07 terjemahan">' + _referred(2, "a2", "Belum, dokter tidak datang.") + "</TIER>")
    read = read_batch(write_batch(tmp_path, {"M07.eaf": _eaf(tiers).replace("\n", "")}), id_key=None)
    assert list(read.segments[OWN_TRANSLATION]) == ["Anak sudah imunisasi?", "Belum, dokter tidak datang."]
    assert list(read.segments["place"]) == ["tier 'P' at 00:00:00.000", "tier 'M07' at 00:00:05.000"]


def test_a_binary_textgrids_places_name_no_line(tmp_path: Path) -> None:
    from pympi.Praat import TextGrid

    grid = TextGrid(xmax=12)
    grid.add_tier("P").add_interval(0, 2.5, "Rumah jauh dari pustu?")
    grid.add_tier("K04").add_interval(3, 12, "Jao, dua jam jalan kaki.")
    grid.to_file(tmp_path / "K04.TextGrid", mode="binary")
    read = read_batch(write_batch(tmp_path, {"K04.TextGrid": (tmp_path / "K04.TextGrid").read_bytes()}, name="b"),
                      id_key=None)
    assert list(read.segments["place"]) == ["tier 'P' at 00:00:00.000", "tier 'K04' at 00:00:03.000"]


def test_a_backchannel_inside_an_answer_follows_the_answer_which_stays_one_turn(tmp_path: Path) -> None:
    """The interviewer's "iya" during M07's answer cut it in two: question / half / "iya" / half."""
    slots = "".join(f'<TIME_SLOT TIME_SLOT_ID="ts{n}" TIME_VALUE="{value}"/>'
                    for n, value in enumerate((0, 3000, 3500, 6000, 6500, 11000, 16000), start=1))
    tiers = (f'<TIER LINGUISTIC_TYPE_REF="utt" TIER_ID="P">\n{_aligned(1, 1, 2, "Kiapa nda ke puskesmas?")}'
             f'{_aligned(2, 4, 5, "iya")}</TIER>\n<TIER LINGUISTIC_TYPE_REF="utt" TIER_ID="M07">\n'
             f'{_aligned(3, 3, 6, "Jalan rusak, ojek mahal,")}{_aligned(4, 6, 7, "jadi kita tunggu bidan datang.")}</TIER>')
    read = read_batch(write_batch(tmp_path, {"M07.eaf": _eaf(tiers, slots)}), id_key=None)
    assert list(read.segments["speaker"]) == ["P", "M07", "P"]
    assert list(read.segments["text"]) == ["Kiapa nda ke puskesmas?",
                                           "Jalan rusak, ojek mahal, jadi kita tunggu bidan datang.", "iya"]


def test_a_textgrid_tier_with_a_toolbox_prefix_names_its_speaker_as_in_elan(tmp_path: Path) -> None:
    """ELAN and Praat now ask one rule whose a tier is: "tx@K04" in a TextGrid asked to map "tx@K04"."""
    grid = (TOOLS / "K04_short.TextGrid").read_text().replace('"K04"', '"tx@K04"')
    read = read_batch(write_batch(tmp_path, {"K04.TextGrid": grid}), id_key=None)
    assert list(read.segments["speaker"]) == ["P", "K04"]


def test_an_answer_begun_before_the_question_ends_keeps_its_place(tmp_path: Path) -> None:
    slots = "".join(f'<TIME_SLOT TIME_SLOT_ID="ts{n}" TIME_VALUE="{value}"/>'
                    for n, value in enumerate((0, 4000, 3500, 9000, 9500, 12000), start=1))
    tiers = (f'<TIER LINGUISTIC_TYPE_REF="utt" TIER_ID="P">\n{_aligned(1, 1, 2, "Sapa yang antar ke pustu?")}'
             f'{_aligned(2, 5, 6, "Dari kampung?")}</TIER>\n<TIER LINGUISTIC_TYPE_REF="utt" TIER_ID="M07">\n'
             f'{_aligned(3, 3, 4, "Kita pe suami, pake motor.")}</TIER>')
    read = read_batch(write_batch(tmp_path, {"M07.eaf": _eaf(tiers, slots)}), id_key=None)
    assert list(read.segments["text"]) == ["Sapa yang antar ke pustu?", "Kita pe suami, pake motor.", "Dari kampung?"]
