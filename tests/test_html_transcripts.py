"""noScribe's default transcript is HTML (round 17, checked against noScribe/main.py): a title
paragraph, a paragraph about the transcription with <br> between its lines, then one <p> per turn,
"S00: [00:00:01] words" with its Timestamps option, the words in <a name="ts_..."> spans. Before, an
.html file was passed over ("ignored, not a transcript") and the interview was lost to the run."""

from __future__ import annotations

from pipeline.ingest import read_batch
from pipeline.ingest.html_text import html_text
from test_ingest_support import write_batch

# invented interview about a market's fish prices, laid out as noScribe writes its HTML
HEAD = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0//EN"><html><head><meta charset="UTF-8">'
        '<style>p {{ margin: 0 }}</style><title>pasar_M2</title></head><body><div class="WordSection1">'
        '<p style="font-weight: 600">pasar_M2</p><p><span style="color: #909090">Transcribed with noScribe '
        'vers. 0.6.2<br />Audio file: E:/rekaman/pasar_M2.wav<br />(Language: Indonesian (id) | '
        'Speaker detection: 2 | Timestamps: {timestamps})</span></p>')
TIMED = ('<p><a name="ts_800_4100_S00">S00: <span style="color: #78909C">[00:00:00]</span> Bu, harga ikan '
         'naik minggu ini?</a></p><p><a name="ts_4500_9000_S01">S01: <span>[00:00:04]</span> Naik, karena '
         'ombak besar.</a><a name="ts_9000_12600_S01"> Nelayan &amp; pedagang sama-sama rugi.</a></p>'
         '<p><a name="ts_13000_15000_S00">S00: <span>[00:00:13]</span> Ibu beli dari siapa?</a></p>'
         '<p><a name="ts_15400_19000_S01">S01: <span>[00:00:15]</span> Dari kapal di dermaga.</a></p>')
UNTIMED = ('<p><a name="ts_800_4100_S00">S00: Bu, harga ikan naik minggu ini?</a></p>'
           '<p><a name="ts_4500_9000_S01">S01: Naik, karena ombak besar.</a></p>')
TAIL = "</div></body></html>"
SIDECAR = "informant: M2\nspeakers: {S00: P, S01: M2}\n"


def test_the_paragraphs_of_an_html_file_are_its_text():
    text = html_text(HEAD.format(timestamps="True") + UNTIMED + TAIL)
    assert text.split("\n\n")[:2] == ["pasar_M2", "Transcribed with noScribe vers. 0.6.2\nAudio file: "
                                      "E:/rekaman/pasar_M2.wav\n(Language: Indonesian (id) | Speaker detection: 2 | "
                                      "Timestamps: True)"]
    # noScribe's first span of a turn gives its start when its visible timestamps are off
    assert "p { margin" not in text and "S00: [00:00:00.800] Bu, harga ikan naik minggu ini?" in text


def test_a_noscribe_html_transcript_with_timestamps_is_read_with_its_times(tmp_path):
    batch = write_batch(tmp_path, {"pasar_M2.html": HEAD.format(timestamps="True") + TIMED + TAIL,
                                   "pasar_M2.yaml": SIDECAR})
    turns = read_batch(batch).segments.query("speaker_role != 'note'")
    assert turns["speaker"].tolist() == ["P", "M2", "P", "M2"]
    assert turns["text"].iloc[1] == "Naik, karena ombak besar. Nelayan & pedagang sama-sama rugi."
    assert turns["time_start"].tolist() == ["00:00:00.000", "00:00:04.000", "00:00:13.000", "00:00:15.000"]


def test_a_noscribe_html_transcript_without_timestamps_is_mapped_too(tmp_path):
    batch = write_batch(tmp_path, {"pasar_M2.html": HEAD.format(timestamps="False") + UNTIMED + TAIL,
                                   "pasar_M2.yaml": SIDECAR})
    turns = read_batch(batch).segments.query("speaker_role != 'note'")
    assert turns["speaker"].tolist() == ["P", "M2"]
    assert turns["text"].tolist() == ["Bu, harga ikan naik minggu ini?", "Naik, karena ombak besar."]
    assert turns["time_start"].tolist() == ["00:00:00.800", "00:00:04.500"]
    assert turns["time_end"].tolist() == ["00:00:04.500", ""]



def test_a_saved_web_page_gives_its_article_not_its_menus_or_forms():
    page = ('<html><head><title>Kabar desa</title><script>var menu = "Beranda";</script></head><body>'
            '<nav><a href="/">Beranda</a> | <a href="/sehat">Sehat</a></nav>'
            '<form><input name="q"><button>Cari</button></form>'
            '<article><h1>Kader posyandu datangi rumah balita</h1>'
            '<p>Kader mencatat berat badan anak yang tidak datang ke posyandu.</p></article></body></html>')
    assert html_text(page).strip().split("\n\n") == ["Kader posyandu datangi rumah balita",
                                            "Kader mencatat berat badan anak yang tidak datang ke posyandu."]


def test_a_message_about_an_html_file_names_its_paragraph_not_a_line_of_converted_text(tmp_path):
    # a typed interview saved as a web page: the third paragraph's label is a person's name
    page = ("<html><body><p>Wawancara warung</p><p>P: Sudah lama berjualan di sini?</p>"
            "<p>Ibu Ani: Sudah sepuluh tahun,<br>sejak pasar dibangun.</p><p>P: Ramai pembeli?</p>"
            "<p>Ibu Ani: Kalau hari pasar saja.</p></body></html>")
    warnings = read_batch(write_batch(tmp_path, {"warung.html": page})).warnings
    assert any("warung.html, paragraph 3, line 1: speaker label 'Ibu Ani'" in warning for warning in warnings)
    assert any("warung.html, paragraph 1: text before the first speaker label" in warning for warning in warnings)


def test_the_header_warning_does_not_call_noscribe_s_header_a_meeting(tmp_path):
    # round 18's trial: noScribe's header was "the export's title (meeting name, date, length)"
    batch = write_batch(tmp_path, {"pasar_M2.html": HEAD.format(timestamps="False") + UNTIMED + TAIL,
                                   "pasar_M2.yaml": SIDECAR})
    said = [warning for warning in read_batch(batch).warnings if "the export's title" in warning]
    assert len(said) == 1 and "the recording's name and the tool's settings" in said[0]
