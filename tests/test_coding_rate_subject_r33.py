"""Documents, round 33: a sentence whose subject is a rate, giving it as a share, is a statistic
(counts.names_a_rate), the code's own keywords "cakupan" and "persen" too. Sentences written for this test."""

from pipeline.coding.counts import names_a_rate
from tests.helpers import codes_of_paragraph, one_code_codebook

KEYWORDS = ("cakupan", "laporan", "persen")


def _target():
    return one_code_codebook("kejar_target", "Petugas mengejar target cakupan imunisasi",
                             "Petugas mengejar persentase cakupan yang ditetapkan kabupaten.",
                             list(KEYWORDS), name="Studi imunisasi")


def test_a_rate_opening_its_sentence_with_its_share_is_statistics():
    text = "Cakupan imunisasi campak di Kecamatan Wori pada Juni tercatat 62 persen, di bawah target 90 persen."
    assert names_a_rate(text, "Cakupan", KEYWORDS)
    assert codes_of_paragraph(_target(), text) == set()


def test_a_rate_the_sentence_does_not_open_with_is_what_someone_does_or_hopes():
    text = "Kepala puskesmas berharap cakupan bulan depan naik sampai 90 persen sesuai target."
    assert not names_a_rate(text, "cakupan", KEYWORDS)
    assert codes_of_paragraph(_target(), text) == {"kejar_target"}
