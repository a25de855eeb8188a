"""oTranscribe's transcripts (round 17, checked against its source): the transcriber's time stamps are
"mm:ss" and a no-break space (src/js/app/timestamps.js), kept as text in its .txt/.md exports, so a
stamped turn reads "00:12 P: words"; its own .otr file is JSON whose `text` is the HTML, each stamp a
<span class="timestamp">. Before, the text export was one informant's document (the questions
included) and the .otr file was passed over."""

from __future__ import annotations

import json

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from test_ingest_support import write_batch

NBSP = "\u00a0"
# invented interview about a school's hand-washing corner, stamped turn by turn
TEXT = (f"00:04{NBSP}P: Bu guru, anak-anak cuci tangan sebelum makan?\n\n"
        f"00:09{NBSP}G2: Kami sediakan ember dan sabun di depan kelas.\n\n"
        f"00:16{NBSP}**P:** Airnya dari mana?\n\n"
        f"00:20{NBSP}G2: Dari sumur sekolah. 00:27{NBSP}Kalau kemarau, orang tua bawa air dari rumah.\n")


def _stamp(time: str, seconds: float) -> str:
    return f'<span class="timestamp" contenteditable="false" data-timestamp="{seconds}">{time}</span>{NBSP}'


def test_an_otranscribe_text_export_has_its_speakers_and_times(tmp_path):
    turns = read_batch(write_batch(tmp_path, {"cuci_G2.md": TEXT})).segments
    assert turns["speaker"].tolist() == ["P", "G2", "P", "G2"]
    assert turns["time_start"].tolist() == ["00:00:04.000", "00:00:09.000", "00:00:16.000", "00:00:20.000"]
    assert turns["text"].iloc[3] == "Dari sumur sekolah. [00:27] Kalau kemarau, orang tua bawa air dari rumah."


def test_an_otr_file_is_read_from_its_html(tmp_path):
    html = (f"<p>{_stamp('00:04', 4.2)}P: Sabunnya siapa yang beli?</p>"
            f"<p>{_stamp('00:08', 8.0)}G2: Dana BOS, tiap bulan satu dus.</p>"
            f"<p>{_stamp('00:15', 15.5)}P: Pernah habis?</p><p>{_stamp('00:18', 18.1)}G2: Pernah, lalu kami pakai "
            f"abu dapur.</p>")
    saved = json.dumps({"text": html, "media": "cuci_G2.m4a", "media-time": 20.4})
    turns = read_batch(write_batch(tmp_path, {"cuci_G2.otr": saved})).segments
    assert turns["speaker"].tolist() == ["P", "G2", "P", "G2"]
    assert turns["text"].iloc[3] == "Pernah, lalu kami pakai abu dapur."
    assert turns["time_start"].iloc[1] == "00:00:08.000"


def test_a_broken_otr_file_is_named_with_its_line(tmp_path):
    with pytest.raises(InputError) as raised:
        read_batch(write_batch(tmp_path, {"cuci_G2.otr": '{"text": "<p>P: halo</p>",\n"media": '}))
    assert "cuci_G2.otr:2" in str(raised.value) and "oTranscribe" in str(raised.value)


def test_an_agenda_with_times_stays_a_document(tmp_path):
    agenda = "08:30 Pembukaan: sambutan kepala desa.\n\n09:00 Penyuluhan: cuci tangan pakai sabun.\n"
    segments = read_batch(write_batch(tmp_path, {"acara.md": "---\ninformant: D1\n---\n" + agenda})).segments
    assert segments["text"].str.startswith(("08:30", "09:00")).all()
