"""Precision of the coder on formal Indonesian documents (news, regulations, minutes, reports).

Documents say much that a careful coder leaves uncoded: definitions, requirement lists, legal
considerations and references, targets, follow-up plans, recommendations, services offered to
whoever lacks a paper, and attribution ("X menjelaskan bahwa ..."). Codes are for what was
reported to have happened: an obstacle people met, outreach or help actually given.

`tests/data/dev3_documents` was written before the codebook was read and measured once with
codebook 1.2 as it stood: pooled kappa 0.499 (recall 1.0 on every code, precision 0.22-0.60 on
four of them). The general document-register exclusions of the codebook brought it to 0.917;
the floor below sits a little under that. The sentences further down are new wordings written
for this file, not copied from any batch.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from evaluation.coding import evaluate_batch, format_result
from test_coding_distinctions import CODEBOOK, HELP_REFER, HELP_REGISTER, INFORM, LAZY, NO_KK, REACTIVE, coded

DEV3 = Path(__file__).resolve().parents[1] / "tests" / "data" / "dev3_documents"
DEV3_KAPPA_FLOOR = 0.89  # reached 0.930 on the gold relabelled under the documents convention (0.715 before)
# dev4_documents (news from four regions and an action plan with a table, written blind): 0.642 on
# arrival with codebook 1.4, 0.964 after the changes it motivated (a development set since then)
DEV4 = DEV3.parent / "dev4_documents"
DEV4_KAPPA_FLOOR = 0.93


def coded_paragraph(text: str, role: str = "Laporan kegiatan") -> set[str]:
    """Codes of one document paragraph (no speaker labels: the paragraph is the segment)."""
    return coded(text, role, language="ind")


def test_agreement_on_dev3_documents():
    result = evaluate_batch(DEV3, CODEBOOK)
    assert result["pooled"]["kappa"] >= DEV3_KAPPA_FLOOR, format_result(result)
    assert (result["per_code"]["recall"] >= 0.8).all(), format_result(result)


def test_agreement_on_dev4_documents():
    result = evaluate_batch(DEV4, CODEBOOK)
    assert result["pooled"]["kappa"] >= DEV4_KAPPA_FLOOR, format_result(result)
    assert (result["per_code"]["precision"] >= 0.8).all(), format_result(result)


@pytest.mark.parametrize("text", [
    # definitions
    "Yang dimaksud dengan pendampingan adalah bantuan petugas kepada keluarga dalam mengurus pendaftaran JKN.",
    # aims and methods of a report
    "Laporan ini bertujuan menilai capaian program fasilitasi kepesertaan JKN tahun 2024.",
    "Berdasarkan hasil pendataan ulang, 40 balita belum terdaftar sebagai peserta JKN.",
])
def test_definitions_aims_and_methods_stay_uncoded(text):
    assert coded_paragraph(text) == set()


@pytest.mark.parametrize("text, code", [
    # the documents convention (counts: any for the strategies): a planned, recommended or
    # required measure counts as much as one reported done
    ("Rencana tindak lanjut: kader akan mendata balita yang belum punya kartu BPJS dan membantu pendaftarannya.",
     HELP_REGISTER),
    ("Rekomendasi: puskesmas perlu meningkatkan penyuluhan tentang manfaat JKN kepada orang tua balita.", INFORM),
    ("Pemerintah desa disarankan memfasilitasi pengusulan PBI bagi keluarga miskin.", HELP_REGISTER),
    ("Dalam hal peserta dirujuk ke rumah sakit dan kartunya belum aktif, petugas puskesmas membantu pengaktifan.",
     HELP_REGISTER),
    ("Pemerintah kecamatan menyelenggarakan sosialisasi kepesertaan JKN paling sedikit empat kali dalam setahun.",
     INFORM),
    ("Penyuluhan JKN semestinya dilakukan oleh desa, bukan hanya oleh puskesmas.", INFORM),
])
def test_planned_recommended_and_required_strategies_count(text, code):
    assert coded_paragraph(text) == {code}


@pytest.mark.parametrize("text", [
    "Menimbang bahwa kepesertaan jaminan kesehatan bagi balita perlu difasilitasi oleh pemerintah desa.",
    "Mengingat Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan sebagaimana telah diubah.",
])
def test_legal_considerations_stay_uncoded(text):
    assert coded_paragraph(text, role="Peraturan desa") == set()


def test_attribution_is_not_outreach():
    text = "Kepala Dinas Sosial menjelaskan bahwa kepesertaan PBI ditetapkan oleh Kementerian Sosial setiap bulan."
    assert coded_paragraph(text, role="Berita daring") == set()


@pytest.mark.parametrize("text, code", [
    ("Sepanjang Agustus, kader dan bidan desa membantu 18 keluarga mengisi formulir pendaftaran PBI.",
     HELP_REGISTER),
    ("Petugas desa mendata 25 balita tanpa kartu JKN lalu mengusulkan nama mereka ke Dinas Sosial.",
     HELP_REGISTER),
    ("Petugas puskesmas telah memberikan penyuluhan tentang manfaat JKN kepada ibu-ibu di posyandu.", INFORM),
    # a report attributed to someone is still a report of outreach done
    ("Pemegang program melaporkan bahwa penyuluhan JKN telah dilaksanakan di enam posyandu.", INFORM),
    ("Sebanyak 12 balita belum dapat didaftarkan karena orang tuanya belum memiliki Kartu Keluarga.", NO_KK),
    ("Kami menemukan orang tua yang malas mengurus kartu BPJS walaupun sudah diberi formulir.", LAZY),
    ("Sebagian keluarga baru mendaftar JKN ketika anaknya harus dirawat di rumah sakit.", REACTIVE),
    ("Bidan desa mengantar balita yang dirujuk ke RSUD dengan ambulans desa.", HELP_REFER),
])
def test_reported_activities_and_obstacles_are_coded(text, code):
    assert code in coded_paragraph(text)


@pytest.mark.parametrize("text, role, code", [
    # a recommendation letter is help, not a recommendations section
    ("Desa kase surat rekomendasi, kong kami bantu isi formulir BPJS.", "Sekretaris desa", HELP_REGISTER),
    # outreach done, followed by an opinion about who else should do it
    ("Kami so sosialisasi BPJS di posyandu, mar seharusnya desa juga ikut.", "Bidan desa", INFORM),
    # requirements named, then an obstacle or help actually reported
    ("Syaratnya KK dan akta lahir, tapi banyak warga belum memiliki KK.", "Bidan desa", NO_KK),
    ("Syaratnya KK deng KTP, kita yang kumpul kong bawa ka dinas sosial.", "Kader posyandu", HELP_REGISTER),
])
def test_document_register_exclusions_spare_reports_in_interviews(text, role, code):
    assert code in coded_paragraph(text, role=role)


# -- news and plan paragraphs that only mention a service (dev4_documents, round 5) --------------------
# New wordings: PBI named in passing, a family asking for help, an appointment booked at the
# hospital, data kept for reports, outreach about another programme, what is copied or issued.

@pytest.mark.parametrize("text, absent", [
    ("Kuota penerima bantuan iuran di kabupaten itu tahun ini sebanyak 40 ribu jiwa, kata kepala dinas.",
     HELP_REGISTER),
    ("Setelah anaknya dirawat, orang tua itu datang ke kantor desa minta tolong diuruskan kartu BPJS.",
     HELP_REGISTER),
    ("Bidan yang mendaftarkan jadwal pemeriksaan anak di poli anak rumah sakit, lalu menemani ibunya ke sana.",
     HELP_REGISTER),
    ("Pemutakhiran data kepesertaan JKN balita dilakukan setiap triwulan untuk laporan pemantauan.",
     HELP_REGISTER),
    ("Dinas kesehatan menggelar penyuluhan gizi di tiga desa. Cakupan kepesertaan JKN di desa itu sudah "
     "90 persen.", INFORM),
    ("Kader mengirim pesan setiap minggu supaya orang tua tidak lupa mengurus kartu JKN anaknya.", LAZY),
    ("Petugas mengumpulkan fotokopi KK warga yang belum terdaftar sebagai peserta JKN.", NO_KK),
    ("Peserta PBI yang pindah domisili harus melapor ke desa agar datanya diperbarui.", NO_KK),
    ("Anak itu harus dibawa ke rumah sakit, kata petugas puskesmas, tetapi keluarga tidak punya ongkos.",
     HELP_REFER),
    # a quota is the programme's, not names proposed for families
    ("Bupati mengajukan tambahan kuota PBI ke Kementerian Sosial agar lebih banyak warga tertanggung.",
     HELP_REGISTER),
    # a session for staff, not families; staff trained on a topic
    ("BPJS Kesehatan menggelar sosialisasi bagi kepala desa dan kader tentang pendaftaran peserta PBI.", INFORM),
    ("Pelatihan bagi kader tentang cara membantu pendaftaran JKN digelar di aula kecamatan.", HELP_REGISTER),
])
def test_a_service_only_mentioned_is_not_coded(text, absent):
    assert absent not in coded_paragraph(text, role="Berita daring")


@pytest.mark.parametrize("text, code", [
    ("Bidan yang mendaftarkan jadwal pemeriksaan anak di poli anak rumah sakit, lalu menemani ibunya ke sana.",
     HELP_REFER),
    ("Pemerintah desa menghadirkan petugas Dukcapil di balai desa untuk membuat akta kelahiran anak.",
     HELP_REGISTER),
    ("Bidan desa membagikan daftar berkas yang perlu disiapkan untuk mendaftar JKN di kantor desa.", INFORM),
    ("Pemerintah kampung membayar ongkos perahu bagi balita yang harus diperiksa di rumah sakit.", HELP_REFER),
    ("Banyak keluarga tidak melengkapi berkas pendaftaran walaupun sudah diingatkan kader.", LAZY),
    # "yang diminta" names the papers; the sentence reports (counts: reported keeps it)
    ("Dokumen yang diminta petugas sering tidak dibawa keluarga ke kantor desa.", LAZY),
    # the topic in a sentence about what will happen, the registration reported in the next
    ("Anaknya akan dirujuk ke rumah sakit. Baru saat itu orang tuanya mengurus kartu BPJS di kantor desa.",
     REACTIVE),
    ("Pemerintah desa membantu pengusulan warga miskin sebagai peserta Penerima Bantuan Iuran (PBI).",
     HELP_REGISTER),
    ("Desa mengusulkan 40 warga miskin ke dinas sosial untuk masuk kuota PBI daerah.", HELP_REGISTER),
    ("Setelah pelatihan kader bulan lalu, para kader membantu 40 keluarga mendaftar JKN.", HELP_REGISTER),
    ("Kader yang sudah dilatih melakukan sosialisasi JKN kepada warga di setiap dusun.", INFORM),
])
def test_news_and_plan_wordings_of_the_codes(text, code):
    assert code in coded_paragraph(text, role="Berita daring")


def test_a_multi_sentence_evidence_is_planned_only_when_every_sentence_plans():
    from pipeline.coding.counts import planned_in_document

    text = "Anaknya akan dirujuk ke rumah sakit. Baru saat itu orang tuanya mengurus kartu."
    assert not planned_in_document(text, "dirujuk … mengurus")
    assert planned_in_document(text, "dirujuk … rumah sakit")
    assert not planned_in_document("Berkas yang diminta tidak dibawa.", "Berkas … tidak dibawa")


def test_a_piece_said_twice_is_read_where_the_other_pieces_are():
    from pipeline.coding.counts import planned_in_document

    # "UHC" of the rule's window is the second one, in the planned sentence
    text = "Rumah sakit itu membuka Loket UHC di lobi. Jika anak masuk IGD, petugas akan mendaftarkan ke UHC hari itu."
    assert planned_in_document(text, "UHC … IGD … mendaftarkan")
    # a reported registration stays reported, whatever an earlier sentence plans
    text = "Petugas akan membuka Loket UHC di lobi. Begitu anaknya masuk IGD, ibu itu baru mendaftar ke UHC."
    assert not planned_in_document(text, "UHC … IGD … mendaftar")


@pytest.mark.parametrize("furniture", [
    "Baca Juga: Dinkes Gelar Sosialisasi JKN bagi Orang Tua Balita di Posyandu",
    "BACA JUGA — Puskesmas Gelar Sosialisasi JKN bagi Orang Tua Balita di Posyandu",
    "Editor: Tim Sosialisasi JKN Puskesmas",
    "Baca Juga >> Kader Desa Bantu Warga Daftarkan Anak ke BPJS Kesehatan",
    "Baca juga » Dinsos Usulkan Ratusan Balita Jadi Peserta PBI",
    "Artikel ini telah tayang di PortalSulut.com dengan judul Puskesmas Gelar Sosialisasi JKN di Posyandu",
    "Simak berita terbaru tentang sosialisasi JKN lainnya di Google News",
    "Laporan Wartawan Portal Sulut, Petugas Sosialisasi JKN",
    "Informasi lebih lanjut: hubungi kader sosialisasi JKN di kantor desa.",
])
def test_a_news_pages_link_or_byline_is_not_the_articles_text(furniture):
    """A link line names another article and a byline the staff: no code of this one, while the same
    words in the article's own paragraph are one (a photo caption stating an act is coded:
    test_coding_round27_documents.py)."""
    assert INFORM in coded_paragraph("Puskesmas menggelar sosialisasi JKN bagi orang tua balita di posyandu.")
    assert coded_paragraph(furniture) == set()


@pytest.mark.parametrize("caption", [
    "Foto: Petugas puskesmas memberikan sosialisasi JKN kepada orang tua balita di posyandu Kema.",
    "Keterangan foto: Kader menjelaskan sosialisasi JKN di balai desa, Sabtu (4/4/2026).",
])
def test_a_photo_caption_stating_the_act_is_coded_like_a_paragraph(caption):
    assert INFORM in coded_paragraph(caption)


@pytest.mark.parametrize("text", [
    "Peserta PBI bisa berobat di puskesmas tempat terdaftar dan dirujuk ke rumah sakit bila perlu.",
    "Peserta JKN cukup membawa KTP atau KIS saat dirujuk ke rumah sakit, tidak perlu mengurus surat lain.",
    "Peserta PBI yang terdaftar dapat langsung dilayani dan dirujuk ke rumah sakit tanpa biaya.",
])
def test_a_schemes_rules_for_its_members_are_the_services_conditions(text):
    """What members of a scheme may or need not do, or what a programme covers, describes the
    service: no family registering at a referral, no clinic helping one."""
    assert coded_paragraph(text, role="Berita daring").isdisjoint({REACTIVE, HELP_REFER, HELP_REGISTER})


@pytest.mark.parametrize("text", [
    "Pasien kecelakaan yang dirujuk berhak mendapatkan ambulans gratis dari puskesmas ke rumah sakit.",
    "Kalau dari puskesmas harus dirujuk ke rumah sakit, maka peserta itu berhak diantar ambulans.",
    "Bagi peserta yang kartunya mati, kata kepala cabang, bisa mengaktifkan kembali lewat dinas sosial.",
])
def test_an_entitlement_or_an_option_told_to_a_class_of_members_is_a_schemes_rule(text):
    """Who is entitled to what ("berhak"), and what those of a class may do ("Bagi peserta ..., bisa
    ..."), state the scheme's rules, even in a sentence that does not open with its members."""
    assert coded_paragraph(text, role="Berita daring").isdisjoint({REACTIVE, HELP_REFER, HELP_REGISTER})


@pytest.mark.parametrize(("text", "code"), [
    ("Pasien yang dirujuk pekan lalu diantar bidan desa dengan ambulans desa ke rumah sakit.", HELP_REFER),
    ("Bagi keluarga yang kartunya mati, petugas puskesmas langsung membantu mengaktifkan kembali kartunya.",
     HELP_REGISTER),
    ("Bagi keluarga miskin yang kartunya mati, petugas desa bisa langsung membantu mengaktifkan kembali kartunya.",
     HELP_REGISTER),
    ("Bidan desa mengantar pasien yang berhak dirujuk ke rumah sakit dengan ambulans desa.", HELP_REFER),
    # the sentence goes on from the entitlement to what was done
    ("Karena kartunya belum aktif, pasien itu tidak berhak atas ambulans gratis, jadi bidan desa mengantarnya "
     "ke rumah sakit dengan mobil desa.", HELP_REFER),
])
def test_an_act_done_for_patients_or_a_class_is_still_coded(text, code):
    assert code in coded_paragraph(text, role="Berita daring")


def test_a_scheme_sentence_leaves_the_event_beside_it_coded():
    text = ("Peserta dapat berobat di puskesmas tempat terdaftar. Pekan lalu bidan desa mengantar "
            "seorang balita stunting ke rumah sakit dengan mobil desa setelah dirujuk dari puskesmas.")
    assert HELP_REFER in coded_paragraph(text, role="Berita daring")


def test_a_headline_after_a_link_label_on_its_own_line_is_another_article():
    """"Baca juga" alone on a line links the next paragraph, another article's headline; a
    paragraph of the article itself after it keeps its codes, and so does an article's own
    "Informasi lebih lanjut tentang ..." sentence."""
    from pipeline.coding.coder import code_segments
    from pipeline.ingest.documents import is_furniture
    from pipeline.schema import SEGMENT_COLUMNS

    paragraphs = ["Baca juga", "Puskesmas Gelar Sosialisasi JKN bagi Orang Tua Balita di Posyandu",
                  "Puskesmas menggelar sosialisasi JKN bagi orang tua balita di posyandu."]
    rows = [{"segment_id": f"p{i}", "document": "b.md", "informant": "B1", "speaker": "B1",
             "speaker_role": "informant", "start": i * 200, "end": i * 200 + len(text), "line": i * 2 + 1,
             "language": "ind", "text": text, "gloss": "", "translation": ""} for i, text in enumerate(paragraphs)]
    informants = pd.DataFrame({"informant": ["B1"], "role": ["Berita daring"]})
    result = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), CODEBOOK, informants)
    coded_rows = set(result.loc[result["code_id"] == INFORM, "segment_id"])
    assert coded_rows == {"p2"}
    assert not is_furniture("Informasi lebih lanjut tentang JKN disampaikan kader kepada orang tua di posyandu.")
