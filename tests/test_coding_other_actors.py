"""In a document, an act whose agent is a body outside the local ones a code names (a ministry, a
parliament, the national insurer) is another actor's: no evidence for that code
(coding/other_actors.py). The code's own actor acting with a partner, a local body asked to act
and a code naming no actor keep their codes."""

from pipeline.coding.other_actors import agent_kinds, code_actor_kinds, done_by_another
from tests.helpers import codes_of_paragraph, one_code_codebook


def _outreach():
    return one_code_codebook("penyuluhan", "Penyuluhan oleh puskesmas dan desa", "The clinic or the village tells "
                             "families about the water-testing programme and urges them to join it.",
                             ["penyuluhan air", "sosialisasi air"])


def _no_actor():
    return one_code_codebook("info_air", "Informasi tentang air sumur", "Information about testing well water.",
                             ["penyuluhan air", "sosialisasi air"])


def test_agents_read_from_the_subject_head_and_a_passive_by():
    assert agent_kinds("Wakil Ketua Komisi IV DPRD Kota Bitung, Ibu Rina, membuka sosialisasi air.") == {"legislature"}
    assert agent_kinds("Di Kecamatan Tiga, BPJS Kesehatan Cabang Utara menggelar sosialisasi air.") == {"insurer"}
    assert agent_kinds("Sosialisasi air bersih itu dibiayai oleh Kementerian Kesehatan.") == {"national"}
    assert agent_kinds("Puskesmas bersama BPJS Kesehatan menggelar penyuluhan air.") == {"local", "insurer"}
    # the head of "iuran peserta BPJS" is the premium, no agency
    assert agent_kinds("Iuran peserta BPJS di desa itu naik tahun ini.") == set()


def test_a_code_names_its_actor_in_its_own_words():
    assert code_actor_kinds(_outreach().codes[0]) == {"local"}
    assert code_actor_kinds(_no_actor().codes[0]) == frozenset()


def test_another_bodys_act_takes_no_code_naming_a_local_actor():
    text = "Anggota DPR RI asal daerah itu menggelar sosialisasi air di balai desa pada hari Senin."
    assert done_by_another(_outreach().codes[0], text, "sosialisasi air")
    assert codes_of_paragraph(_outreach(), text) == set()
    assert codes_of_paragraph(_outreach(), "Kementerian Kesehatan menggelar penyuluhan air bagi warga pesisir.") == set()


def test_the_codes_own_actor_with_a_partner_keeps_it():
    assert codes_of_paragraph(_outreach(), "Puskesmas bersama BPJS Kesehatan menggelar penyuluhan air di "
                                           "balai desa.") == {"penyuluhan"}
    assert codes_of_paragraph(_outreach(), "Kader desa menggelar sosialisasi air di rumah warga.") == {"penyuluhan"}


def test_a_local_body_asked_to_act_keeps_it():
    assert codes_of_paragraph(_outreach(), "Fraksi Nusantara meminta pemerintah desa memperluas sosialisasi air "
                                           "kepada warga.") == {"penyuluhan"}


def test_a_code_naming_no_actor_is_left_alone():
    assert codes_of_paragraph(_no_actor(), "Anggota DPR RI menggelar sosialisasi air di balai desa.") == {"info_air"}


def test_a_speaker_reporting_what_others_did_is_not_their_agent():
    assert agent_kinds("Kepala BPJS Kesehatan Cabang Timur menyampaikan bahwa kader desa sudah menggelar "
                       "sosialisasi air.") == {"local"}
    assert agent_kinds("Kepala BPJS Kesehatan Cabang Timur menyampaikan bahwa banyak keluarga belum ikut.") == set()


def test_a_quoted_we_is_the_speakers_body_and_an_outlets_tag_no_subject():
    assert agent_kinds("“Penyuluhan air itu kami lakukan di pasar,” kata Kepala BPJS Kesehatan Cabang Timur.") == {
        "insurer"}
    assert agent_kinds("“Penyuluhan air itu kami lakukan di pasar,” kata Kepala Puskesmas Tiga.") == {"local"}
    assert agent_kinds("warta.id - Anggota DPRD Kota Bitung menggelar penyuluhan air.") == {"legislature"}
    # a first person with no speaker named after the quote is the document's own voice
    assert agent_kinds("Penyuluhan air kami lakukan di pasar.") == set()
