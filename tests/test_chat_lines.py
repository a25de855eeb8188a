"""A voice-note interview typed back as chat lines, or a chat exported from WhatsApp: each message
opens with its date and clock time, "[20/11/26 10.14] Name: words" (iOS; Indonesian phones write the
time with dots) or "20/11/26 10.14 - Name: words" (Android). Read as a typed transcript, no line
opened with a label, so the whole interview became one informant's document, the questions coded
as the informant's words (round 20 new-user trial). The senders are labels the batch maps, as a
tool export's speakers are; the clock times are not times in a recording, so no turn gets one."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from test_ingest_support import write_batch

# invented: a village head answering questions about a flooded footpath, typed back from voice notes
IOS = ("[03/02/27 08.41] Peneliti: Pak, jalan setapak ke kebun masih tergenang?\n"
       "[03/02/27 08.43] Pak Hein: Masih, sudah dua minggu air tidak turun.\n"
       "Anak-anak sekolah terpaksa lewat pematang.\n"
       "[03/02/27 08.44] Peneliti: Sudah lapor ke kecamatan?\n"
       "[03/02/27 08.47] Pak Hein: Sudah, tapi belum ada jawaban.\n")
ANDROID = ("03/02/27, 08.41 - Peneliti: Pak, jalan setapak ke kebun masih tergenang?\n"
           "03/02/27, 08.43 - Pak Hein: Masih, sudah dua minggu air tidak turun.\n"
           "03/02/27, 08.44 - Peneliti: Sudah lapor ke kecamatan?\n"
           "03/02/27, 08.45 - Pak Hein: <Media tidak disertakan>\n"
           "03/02/27, 08.47 - Pak Hein: Sudah, tapi belum ada jawaban.\n")
SIDECAR = "informant: H2\nspeakers: {\"Pak Hein\": H2}\n"


@pytest.mark.parametrize("text", [IOS, ANDROID])
def test_chat_lines_are_turns_of_mapped_senders(tmp_path, text):
    result = read_batch(write_batch(tmp_path, {"catatan_H2.txt": text, "catatan_H2.yaml": SIDECAR}))
    segments = result.segments
    assert segments["speaker_role"].tolist() == ["interviewer", "informant", "interviewer", "informant"]
    assert segments["speaker"].tolist()[1::2] == ["H2", "H2"] and set(segments["informant"]) == {"H2"}
    assert segments["text"].iloc[2] == "Sudah lapor ke kecamatan?"
    assert not segments["text"].str.contains("08.4").any()
    assert segments["time_start"].tolist() == [""] * 4


def test_the_continuation_line_stays_in_its_message(tmp_path):
    segments = read_batch(write_batch(tmp_path, {"catatan_H2.txt": IOS, "catatan_H2.yaml": SIDECAR})).segments
    assert segments["text"].iloc[1] == ("Masih, sudah dua minggu air tidak turun. "
                                        "Anak-anak sekolah terpaksa lewat pematang.")


def test_an_attachment_line_is_left_out_with_a_warning(tmp_path):
    result = read_batch(write_batch(tmp_path, {"catatan_H2.txt": ANDROID, "catatan_H2.yaml": SIDECAR}))
    assert not result.segments["text"].str.contains("Media").any()
    assert any("catatan_H2.txt:4" in warning and "Media tidak disertakan" in warning for warning in result.warnings)


def test_an_unmapped_sender_stops_the_run_naming_it(tmp_path):
    with pytest.raises(InputError) as raised:
        read_batch(write_batch(tmp_path, {"catatan_H2.txt": IOS}))
    assert "Pak Hein" in str(raised.value)


def test_an_agenda_with_dated_lines_stays_a_document(tmp_path):
    agenda = ("03/02/27 08.00 Pembukaan oleh kepala desa\n\n"
              "03/02/27 09.00 Paparan dinas pekerjaan umum\n\n"
              "03/02/27 10.00 Tanya jawab\n")
    segments = read_batch(write_batch(tmp_path, {"agenda_D2.txt": agenda})).segments
    assert set(segments["speaker_role"]) == {"informant"} and len(segments) == 3


def test_a_chat_declared_a_document_stays_one(tmp_path):
    # a group's announcements kept as a document: its front matter says so
    text = "---\ninformant: H3\ntype: document\n---\n" + IOS
    segments = read_batch(write_batch(tmp_path, {"grup_H3.txt": text})).segments
    assert set(segments["speaker_role"]) == {"informant"} and segments["text"].iloc[0].startswith("[03/02/27 08.41]")


def test_a_misspelt_mapping_is_named_beside_the_unmapped_label(tmp_path):
    # the sidecar maps "Pak Hain"; the file's sender is "Pak Hein": the stop says which mapping was meant
    batch = write_batch(tmp_path, {"catatan_H2.txt": IOS, "catatan_H2.yaml": SIDECAR.replace("Hein", "Hain")})
    with pytest.raises(InputError) as raised:
        read_batch(batch)
    assert "Pak Hein (2 turns, first on line 2, not mapped; 'Pak Hain' is mapped: a misspelling?)" in str(raised.value)


def test_a_system_note_quoting_a_subject_is_no_sender_and_an_attached_file_no_words():
    # written for this test: Android's "with media" export and a subject change
    from pipeline.ingest.chat_lines import ATTACHMENT, SENDER
    assert SENDER.match('Ani mengubah subjek ke "Rapat: Mei"') is None
    assert SENDER.match("Ibu A: Iyo, so pigi") is not None
    assert ATTACHMENT.match("IMG-20261120-WA0003.jpg (file attached)")
