"""Issue 16, round 30 (branch r30-G): grammar the development sets leave wrong, counted over all of them.
Every sentence here was written for these tests (none is from the corpus, a blind set or a development
set)."""

from __future__ import annotations

import pytest

CASES = [
    # an Indonesian verb root the lexicon leaves untagged, after a person opening the clause and before
    # its object: the person's act, meN- (subject_acts.py)
    ("Torang tabrak tiang listrik di muka pasar.", "Kami menabrak tiang listrik di depan pasar."),
    ("Dorang so pasang tenda di kintal.", "Mereka sudah memasang tenda di halaman."),
    ("Mama cuma suap ade.", "Ibu hanya menyuapi adik."),
    # ... not a verb Indonesian keeps bare after its subject, nor a word after a negated verb of knowing
    ("Kita nyanda sempat mampir.", "Saya tidak sempat mampir."),
    ("Kita kira dia so pulang.", "Saya kira dia sudah pulang."),
    ("Kita nintau soal pupuk.", "Saya tidak tahu soal pupuk."),
    # ... nor with no person before it (a request, a thing)
    ("Pasang tenda dulu.", "Pasang tenda dulu."),
    # mulai of an event or a thing before the time it starts at: dimulai, and mo before it 'akan' (starting.py)
    ("Acara syukuran mo mulai jam tiga.", "Acara syukuran akan dimulai pukul tiga."),
    ("Dorang bilang pesta mo mulai hari Sabtu.", "Mereka bilang pesta akan dimulai hari Sabtu."),
    # ... not a person beginning, nor an act begun
    ("Dia mulai jam tujuh.", "Dia mulai jam tujuh."),
    ("Kita mulai karja jam tujuh.", "Saya mulai bekerja jam tujuh."),
    # a thing, so + a span of time, then a negation or blum and a bare verb: how long it has been left
    # undone, di- (voice.py); an untagged -an noun is a thing too
    ("Tagihan aer so dua bulan nyanda bayar.", "Tagihan air sudah dua bulan tidak dibayar."),
    ("Kita pe pinjaman so lama blum bayar.", "Pinjaman saya sudah lama belum dibayar."),
    # ... not a person, nor an animal, who acts
    ("Dia so tiga bulan nyanda bayar.", "Dia sudah tiga bulan tidak bayar."),
    ("Tu anjing so dua hari nyanda makang.", "Anjing itu sudah dua hari tidak makan."),
    # pe after a noun before the predicate closing its clause grades it: banyak too, and after an untagged
    # noun whose capital is only the sentence's (graded_pe.py)
    ("Aduh, nyamuk pe banyak!", "Aduh, nyamuk banyak sekali!"),
    ("Aula pe panas, torang pindah jo.", "Aula panas sekali, kita pindah saja."),
    # ... not a pronoun's possession, which owns the noun after pe
    ("Kita pe doi banyak.", "Uang saya banyak."),
    # dari between two acts after lebe + an adjective or lebe bae: the second act is the standard, daripada
    # (degree.acts_compared)
    ("Dia lebe rajin bacirita dari karja.", "Dia lebih rajin mengobrol daripada bekerja."),
    ("Lebe bae tunggu dari pigi sandiri.", "Lebih baik tunggu daripada pergi sendiri."),
    # ... not the place an act comes from
    ("Dia lebe cepat pulang dari kantor.", "Dia lebih cepat pulang dari kantor."),
    # rasa before a clause with sto thinks it: 'rasa', and mungkin opens the clause after it (verbforms.py,
    # particles.py)
    ("Torang rasa sto dia so pulang.", "Kami rasa mungkin dia sudah pulang."),
    ("Kita rasa harga ikang so nae sto.", "Saya rasa mungkin harga ikan sudah naik."),
    # ... a feeling stays merasa, and sto with no rasa still opens its clause
    ("Kita rasa lapar skali.", "Saya merasa sangat lapar."),
    ("Dia so pulang sto.", "Mungkin dia sudah pulang."),
    # mo opening its sentence before a clause of what must be done: the purpose, untuk + meN- (aspect.py)
    ("Mo tanam rica, tanah musti gembur.", "Untuk menanam cabai, tanah harus gembur."),
    ("Mo bayar, ngana musti antri dulu.", "Untuk membayar, kamu harus antre dulu."),
    # ... not before a request, nor after a subject
    ("Mo pigi ka pasar, tunggu kita.", "Mau pergi ke pasar, tunggu saya."),
    ("Kita mo pigi, mar musti tunggu papa.", "Saya mau pergi, tapi harus menunggu ayah."),
    # people of work away from home are persons: the doer after a passive's deng (person_words.py)
    ("Torang dapa tipu deng calo di terminal.", "Kami ditipu oleh calo di terminal."),
    # ... a thing after it stays the means
    ("Dia dapa pukul deng kayu.", "Dia dipukul dengan kayu."),
    # an animal + ada + an untagged Indonesian verb closing the sentence: the act going on, meN-
    # (translate.py, clause_words.animal_before)
    ("Tu anjing ada gonggong.", "Anjing itu sedang menggonggong."),
    ("Dorang pe anjing ada gonggong.", "Anjing mereka sedang menggonggong."),
    # ... a person's ada before a noun that closes the sentence stays possession
    ("Torang ada surat.", "Kami punya surat."),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_round_30_grammar(glosser, source, expected):
    assert glosser.gloss(source).translation == expected
