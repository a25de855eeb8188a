"""Issue 16, round 34: words of Manado language-learning pages outside the held-out set's sites
(lexicon.tsv section 'round 34'; spellings.tsv row kal). Every sentence here was written for these
tests; none is from a page, the corpus or a data set."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, wanted, unwanted", [
    # kal is kalu without its last vowel; ontak is otak with the nasal written
    ("Kal so malam, tutup jo tu jendela.", "Kalau sudah malam", "Kal "),
    ("Pake ngana pe ontak kal ba tulis.", "otak", "ontak"),
    # ulang taon is the birthday; ulang alone stays 'again' (must not turn into ulang tahun)
    ("Besok Oma pe ulang taon.", "ulang tahun", "lagi tahun"),
    ("Bilang ulang, kita nyanda dengar.", "lagi", "ulang tahun"),
    # nae darah is the Indonesian idiom naik darah 'get angry'
    ("Dia pe bicara beking kita nae darah.", "naik darah", "naikkan"),
    ("Tu ana ja karlota di sekolah.", "cerewet", "karlota"),
    ("Jang koleto pa ngana pe ade.", "cubit", "koleto"),
    ("Ade tapalici di kamar mandi.", "terpeleset", "tapalici"),
    ("Dorang ada bamaeng valinggir di lapangan.", "layang-layang", "valinggir"),
    ("Oma ada momasa ikang for makan malam.", "memasak", "momasa"),
    ("Ambe tiga tolor di lemari.", "telur", "tolor"),
    ("Taru kira tu jalang, banya oto.", "Perhatikan", "taruh kira"),
])
def test_page_words(glosser, source, wanted, unwanted):
    result = translate(glosser, source)
    assert wanted in result and unwanted not in result
