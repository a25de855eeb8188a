"""Issue 16, round 34: Manado language-learning pages outside the held-out set's sites - their words
(lexicon.tsv section 'round 34'; spellings.tsv row kal), the phrasebook exclamation 'X pe ADJ!', lines
written in capitals, di written onto a place, held consonants, 'jang bekeng malu'. Every sentence here
was written for these tests; none is from a page, the corpus or a data set."""

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
    ("Jang bagaya garida di muka orang.", "centil", "garida"),
    ("Taru kira tu jalang, banya oto.", "Perhatikan", "taruh kira"),
    # keke and wewene are the girl and the woman beside nyong and tuama
    ("Ada dua keke di muka rumah.", "gadis", "keke"),
    ("Tu wewene ada bajual ikang.", "Perempuan itu", "wewene"),
    # ka between a yes-no question's two answers is 'atau', whichever spelling of belum closes it
    ("Ngana so mandi ka bolom?", "atau belum", "ke belum"),
    ("Ngana mo iko ka nimau?", "atau tidak", "ke tidak"),
    # a Manado word's last consonant doubled is chat stretching it (a loanword's, staff, stays: r14)
    ("Ini kukis pe manisss, pe sadapp!", "enak", "sadapp"),
    # di written onto the place it names is the preposition; the passive di- on a verb stays the verb
    ("Papa ada dikantor desa.", "di kantor", "dikantor"),
    ("Torang baku dapa dipasar tadi.", "di pasar", "dipasar"),
    ("Tu ikang so dimakan kucing.", "dimakan", "di makan"),
    # a person's pe before a closing adjective grades the person; it must not where a predicate
    # follows (the illness), after a verb (its object) or before a noun the person owns
    ("Dia pe sakit so sembuh kalamaring.", "Sakitnya sudah sembuh", "dia sakit sekali"),
    ("Kita nyanda tau dia pe sakit.", "sakitnya", "dia sakit sekali"),
    ("Ngana pe ade pe rajin skali.", "Adikmu", "Kamu rajin"),
])
def test_page_words_and_spellings(glosser, source, wanted, unwanted):
    result = translate(glosser, source)
    assert wanted in result and unwanted not in result


@pytest.mark.parametrize("source, expected", [
    # a person's possessive opening its clause before an adjective closing it is the person's degree,
    # the exclamation of the phrasebooks: the person is the subject; depe's owner, a thing, is none
    ("Ngana pe rajin!", "Kamu rajin sekali!"),
    ("Adoh, dorang pe malas!", "Aduh, mereka malas sekali!"),
    ("Mar dia pe lucu eh.", "Tapi dia lucu sekali ya."),
    ("Kita so lia tu baju. Depe mahal!", "Saya sudah melihat baju itu. Mahal sekali!"),
    # a line written wholly in capitals (a song line, a heading) is read as the words written small:
    # Indonesian words are no acronyms, pa is no title, and the translation is in sentence case
    ("DIA SO LUPA PA KITA", "Dia sudah melupakan saya"),   # lupa pa + a person: melupakan (r34-M)
    ("RINDU SKALI KITA PA MAMA", "Rindu sekali saya kepada ibu"),
    # after jang a feeling that closes the clause is what not to cause: 'bikin malu', not 'malukan';
    # with the one made to feel it after, the verb stays causative
    ("Jang beking malu, ade!", "Jangan bikin malu, Dik!"),
    ("Jang bekeng susah neh.", "Jangan bikin susah ya."),
    ("Jang bekeng kage tu bayi.", "Jangan kagetkan bayi itu."),
])
def test_exclamations_and_lines(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, kept", [
    # what may be an acronym or a chat abbreviation in a line in capitals stays as written
    ("DIA SO DAFTAR BPJS KALAMARIN.", "BPJS"),
    ("TRG SO BILANG TP DIA NDA MO.", "TP"),
])
def test_line_in_capitals_keeps_acronyms(glosser, source, kept):
    assert kept in translate(glosser, source).split()
