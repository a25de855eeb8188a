"""In a document, urging or explaining whose object is a rate, a target or regions reaching one
("mendorong tiga kecamatan mencapai ...", "mendorong tingkat kepatuhan ...") is an office's aim,
not outreach to people (coding/urged_targets.py); urging people keeps its code."""

from pipeline.coding.urged_targets import urges_a_target
from tests.helpers import codes_of_paragraph, one_code_codebook


def _appeals():
    return one_code_codebook("ajakan", "Ajakan dari dinas kepada warga", "The health office urges or "
                             "encourages residents to have their water tested.", ["mendorong warga", "mengimbau"])


def test_urging_a_rate_is_no_appeal_to_people():
    assert urges_a_target("Dinas Lingkungan Hidup mendorong tiga kecamatan di pesisir mencapai cakupan air bersih "
                          "penuh tahun depan.", "Dinas … mendorong")
    assert urges_a_target("Kantor cabang terus mendorong tingkat kepatuhan pembayaran di atas 90 persen.",
                          "mendorong … pembayaran")
    assert urges_a_target("Kepala bidang menjelaskan target pemeriksaan sumur harus dicapai sebelum musim hujan.",
                          "menjelaskan … sumur")


def test_urging_people_is_still_an_appeal():
    assert not urges_a_target("Puskesmas mengajak warga meningkatkan kebiasaan memeriksa air sumur.",
                              "mengajak … warga")
    assert not urges_a_target("Dinas mengimbau agar segera memeriksakan air sumur untuk mencapai target desa sehat.",
                              "mengimbau")
    assert not urges_a_target("Dinas mengimbau pemilik sumur memeriksakan airnya.", "Dinas … sumur")   # no urging word
    assert codes_of_paragraph(_appeals(), "Dinas Kesehatan mengimbau pemilik sumur gali memeriksakan airnya ke "
                                          "laboratorium kabupaten.") == {"ajakan"}


def test_a_paragraph_urging_only_a_target_takes_no_appeal():
    assert codes_of_paragraph(_appeals(), "Dinas Kesehatan mengimbau tiga kecamatan pesisir mencapai target "
                                          "pemeriksaan air sumur tahun ini.") == set()
