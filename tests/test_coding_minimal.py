"""A researcher's minimal codebook (labels, definitions, a few keywords) coded generically:
negation scope, affixed forms, keywords in any order, weaker evidence from labels, the
documents convention (`counts:`), list items under their heading, and the previous turn."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from pipeline.errors import InputError
from pipeline.schema import SEGMENT_COLUMNS

MINIMAL = """
name: Imunisasi (test)
themes:
  - id: keyakinan
    label: Keyakinan orang tua
    categories:
      - id: kekhawatiran
        label: Kekhawatiran
        codes:
          - id: takut
            label: Takut efek samping imunisasi
            definition: Fear of reactions after immunization (demam, bengkak).
            keywords: [takut, KIPI]
          - id: agama
            label: Keberatan agama atau kehalalan vaksin
            definition: Immunization refused for religious reasons.
            keywords: [agama, haram]
          - id: kunjungan
            label: Kader mengunjungi rumah
            definition: Cadres visit homes of children who missed a dose.
            keywords: [kunjungan rumah, ingatkan]
          - id: tanpa_kk
            label: Tidak memiliki kartu keluarga
            definition: No family card.
            keywords: [KK]
"""


def segments(*turns: tuple[str, str], document: str = "t.md") -> pd.DataFrame:
    """(role, text) pairs as one file's segments; role "P" is the interviewer, "doc" a paragraph."""
    rows = []
    for i, (role, text) in enumerate(turns):
        interviewer = role == "P"
        rows.append({"segment_id": f"s{i}", "document": document, "informant": "T1",
                     "speaker": "P" if interviewer else "T1",
                     "speaker_role": "interviewer" if interviewer else "informant",
                     "start": i * 1000, "end": i * 1000 + len(text), "line": i + 1, "language": "ind",
                     "text": text, "gloss": "", "translation": ""})
    return pd.DataFrame(rows, columns=SEGMENT_COLUMNS)


def coded(codebook_yaml: str, *turns: tuple[str, str]) -> pd.DataFrame:
    return code_segments(segments(*turns), parse_codebook(codebook_yaml))


def answer_codes(codebook_yaml: str, question: str, answer: str) -> set[str]:
    """The codes of `answer`, the informant's turn after the interviewer's `question`."""
    result = coded(codebook_yaml, ("P", question), ("A", answer))
    return set(result.loc[result["segment_id"] == "s1", "code_id"])


def codes_of(text: str, codebook_yaml: str = MINIMAL) -> set[str]:
    return set(coded(codebook_yaml, ("A", text))["code_id"])


# -- negation ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Saya tidak takut, anak saya sudah lengkap.", "takut"),
    ("Kita nyanda takut, biasa jo.", "takut"),
    ("Nyanda ada yang tolak karna agama di sini.", "agama"),
    ("Tidak ada yang menolak karena agama.", "agama"),
    ("Di sini agama bukan masalah, semua mau.", "agama"),          # a problem denied after the noun
    ("Rasa takut tidak jadi kendala buat kami.", "takut"),
    ("Takut nyanda, dia lebe brani dari kita.", "takut"),         # a negator closing its clause
    ("Haram tidak, itu kata ustaz di kampung.", "agama"),
    ("Anak saya blom pernah takut disuntik.", "takut"),           # chat spellings of belum
    ("Saya blm takut, nanti liat dulu.", "takut"),
    ("Mama bilang ngana jang takut, cuma digigit semut.", "takut"),   # Manado "jang": jangan
    ("Dokter bilang torang nimbole takut sama vaksin.", "takut"),     # Manado "nimbole": tidak boleh
])
def test_a_negated_keyword_is_no_evidence(text, code):
    assert code not in codes_of(text)


def test_a_reduplication_hyphen_ends_no_negation_scope():
    from pipeline.coding.negation import negated_tokens
    from pipeline.coding.nlp import coding_nlp

    doc = coding_nlp()("Di posyandu itu tidak ada vaksin-vaksin baru bulan ini.")
    words = [token.text for token in doc]
    assert words[5:8] == ["vaksin", "-", "vaksin"]
    assert {5, 7} <= negated_tokens(doc)


@pytest.mark.parametrize("text, code", [
    ("Saya takut anak saya demam tinggi.", "takut"),
    ("Dorang tolak karna agama, katanya vaksin itu haram.", "agama"),
    ("Saya tidak bawa anak karena takut dia demam.", "takut"),     # a reason after the negation
    ("Kita taku, jangan sampai takut anak step.", "takut"),        # what is feared is named
    ("Keluarga itu belum punya KK.", "tanpa_kk"),                  # a code that names an absence
    ("Mama itu blm berani antar de pe anak ke pustu.", "takut"),   # "not yet brave", short spelling
])
def test_an_asserted_keyword_is_evidence(text, code):
    assert code in codes_of(text)


@pytest.mark.parametrize("text", ["Kami tidak punya duit untuk ongkos ke rumah sakit.",
                                  "Dorang nda ada duit for beli obat."])
def test_a_lack_of_money_is_asserted_whatever_the_word_for_money(text):
    from pipeline.coding.negation import negated_tokens
    from pipeline.coding.nlp import coding_nlp

    assert negated_tokens(coding_nlp()(text)) == set()


@pytest.mark.parametrize("text, absent", [
    ("Banyak anak belum masuk KK orang tuanya.", True),
    ("Dorang dari Sangihe, jadi ade pe KK blum ada.", True),     # the denial after the noun
    ("KK-nya hilang waktu banjir.", True),                        # an absence word
    ("Tong pe KK masih di Ternate, belum sempat pulang.", True),     # still held elsewhere
    ("Dia janda, depe KK masih ikut keluarga mantan suami.", True),   # still with someone else
    ("KK saya masih Tomohon, KTP juga.", True),                     # still a named place
    ("KK ada, masih bagus, tinggal bawa ke kantor.", False),       # still good: it is there
    ("KK ada, akte ada, mar dorang malas bawa.", False),           # the paper is there
    ("Staf desa yang bawa fotokopi KK ke kantor capil.", False),
])
def test_a_code_naming_an_absence_needs_the_text_to_say_it_is_missing(text, absent):
    assert ("tanpa_kk" in codes_of(text)) is absent


ALTERNATIVES = """
name: Imunisasi ulang (test)
themes:
  - id: jadwal
    label: Jadwal
    categories:
      - id: kehadiran
        label: Kehadiran
        codes:
          - id: menunda
            label: Menunda atau tidak membawa anak ke posyandu
            definition: Parents put off the next dose or keep the child home.
            keywords: [menunda, tunda dulu]
          - id: tanpa_buku
            label: Tidak memiliki buku KIA atau kartu imunisasi
            definition: The family has no KIA book or card.
            keywords: [buku KIA]
"""


@pytest.mark.parametrize("text, found", [
    ("Mama Rina memilih menunda suntikan campak sampai anaknya sembuh pilek.", True),
    ("Banyak orang tua menunda jadwal berikutnya karena musim panen.", True),
    ("Dorang nyanda menunda, langsung datang waktu dipanggil.", False),   # the affirmed alternative denied
    ("Bapak itu selalu membawa cucunya setiap bulan.", False),   # the denied alternative's word
])
def test_a_label_whose_first_alternative_is_affirmed_names_no_absence(text, found):
    # "Menunda atau tidak membawa ...": the negator governs only its own alternative, so the
    # keywords count where affirmed and "membawa" is not evidence of the code
    assert ("menunda" in codes_of(text, ALTERNATIVES)) is found


def test_a_label_opening_with_its_negator_still_names_an_absence():
    # "Tidak memiliki buku KIA atau kartu imunisasi": the negator governs both alternatives
    assert "tanpa_buku" in codes_of("Ibu itu belum punya buku KIA sejak pindah.", ALTERNATIVES)
    assert "tanpa_buku" not in codes_of("Buku KIA dibawa setiap bulan ke posyandu.", ALTERNATIVES)


# -- affixed forms, any order, weaker evidence ------------------------------------------------------

def test_keywords_match_affixed_forms_and_their_words_in_any_order():
    assert "kunjungan" in codes_of("Kader sudah mengingatkan ibu-ibu soal jadwal.")   # ingatkan
    assert "kunjungan" in codes_of("Kader datang ke rumah untuk kunjungan minggu lalu.")
    assert "kunjungan" not in codes_of("Rumah kami jauh, tidak ada kunjungan dari siapa pun lagi sejak lama itu.")


def test_the_one_word_a_label_adds_to_its_keywords_is_weaker_evidence_by_itself():
    # "Kader mengunjungi rumah": kunjungan rumah is a keyword, "kader" is the label's own word
    # (in an interview turn; a document's paragraph also wants the label's next word, below)
    result = coded(MINIMAL, ("P", "Bagaimana ceritanya?"), ("A", "Kemarin kader datang lagi."))
    row = result[result["code_id"] == "kunjungan"].iloc[0]
    assert row["confidence"] < 0.6 and "(label)" in row["evidence"]
    assert "kunjungan" not in codes_of("Di sini tidak ada kader.")


def test_a_keyword_is_also_found_through_its_negated_opposite():
    result = coded(MINIMAL, ("A", "Abis itu badan angat, jadi kita nyanda brani bawa lagi."))
    row = result[result["code_id"] == "takut"].iloc[0]
    assert row["evidence"] == "nyanda brani" and row["confidence"] < 0.6
    assert "takut" not in codes_of("Dia berani sekali, tidak takut apa-apa.")


FAMILY = """
name: Keluarga (test)
themes:
  - id: keluarga
    label: Keluarga
    categories:
      - id: keputusan
        label: Keputusan
        codes:
          - id: penolakan
            label: Penolakan suami atau mertua
            definition: Relatives forbid the immunization.
            keywords: [larang]
"""


def test_label_words_are_weaker_evidence_and_say_so():
    result = coded(FAMILY, ("A", "Mertua deng suami yang bilang jangan dulu."))
    row = result[result["code_id"] == "penolakan"].iloc[0]
    assert row["confidence"] < 0.6
    assert "(label)" in row["evidence"]
    keyword = coded(MINIMAL, ("A", "Saya takut."))
    assert keyword[keyword["code_id"] == "takut"].iloc[0]["confidence"] == pytest.approx(0.6)


def test_label_words_written_together_are_one_piece_of_evidence():
    # "penolakan suami" is one compound of the label: naming it is not two words of the code
    assert "penolakan" not in codes_of("Soal penolakan suami itu torang baca di koran.", FAMILY)
    assert "penolakan" in codes_of("Mertua deng suami yang bilang jangan dulu.", FAMILY)


# -- documents: the planned-measure convention and its opposite --------------------------------------

STRATEGY = """
name: Strategi (test)
{top}
themes:
  - id: strategi
    label: Strategi
    categories:
      - id: penyuluhan
        label: Sosialisasi
        codes:
          - id: sosialisasi
            label: Sosialisasi JKN
            definition: Telling families about JKN.
            keywords: [sosialisasi]
"""
PLANNED = "Puskesmas akan melaksanakan sosialisasi JKN di seluruh posyandu pada triwulan III."
DONE = "Puskesmas telah melaksanakan sosialisasi JKN di seluruh posyandu pada triwulan II."


@pytest.mark.parametrize("top, planned_counts", [("", True), ("counts: any", True), ("counts: reported", False)])
def test_planned_measures_count_unless_the_codebook_wants_only_reported_ones(top, planned_counts):
    codebook = STRATEGY.format(top=top)
    document = coded(codebook, ("doc", "Rencana Aksi"), ("doc", PLANNED), ("doc", DONE))
    coded_ids = set(document["segment_id"])
    assert ("s1" in coded_ids) is planned_counts
    assert "s2" in coded_ids                         # what was done counts either way


def test_counts_reported_leaves_interview_turns_alone():
    codebook = STRATEGY.format(top="counts: reported")
    interview = coded(codebook, ("P", "Ada rencana?"), ("A", PLANNED))
    assert set(interview["segment_id"]) == {"s1"}


@pytest.mark.parametrize("background", [
    ("Pasal 1. Yang dimaksud dengan sosialisasi adalah penyampaian informasi tentang JKN.",
     "Evaluasi ini bertujuan menilai sosialisasi JKN di lima desa."),
    # minutes and announcements: the meeting's day, place and attendance
    ("Hari/tanggal: Sabtu, 14 Maret 2026. Tempat: Balai Desa. Hadir: Hukum Tua, tim sosialisasi JKN.",
     "Rapat dilaksanakan pada hari Kamis di aula kantor camat, dihadiri petugas sosialisasi JKN."),
    # what a programme consists of, listed: its parts named, none of them done
    ("Gerakan desa sehat terdiri atas empat kegiatan, yaitu sosialisasi JKN, senam lansia, kerja bakti dan "
     "pemeriksaan gratis.",
     "Paket layanan terdiri dari tiga bagian, yakni sosialisasi JKN, pendaftaran dan pendampingan rujukan."),
    # minutes: the meeting opened and closed
    ("Rapat koordinasi dibuka oleh camat pukul 09.00, lalu tim sosialisasi JKN memperkenalkan diri.",
     "Rapat ditutup dengan doa yang dipimpin petugas sosialisasi JKN pukul 12.00."),
])
def test_a_document_paragraph_that_defines_states_an_aim_or_sets_a_meeting_is_background(background):
    document = coded(STRATEGY.format(top=""), *[("doc", p) for p in (*background, DONE)])
    assert set(document["segment_id"]) == {"s2"}
    interview = coded(STRATEGY.format(top=""), ("P", "Apa itu?"), ("A", background[1]))
    assert set(interview["segment_id"]) == {"s1"}        # the convention is about documents


def test_a_document_title_in_capitals_carries_no_code():
    title = DONE.rstrip(".").upper()
    document = coded(STRATEGY.format(top=""), ("doc", title), ("doc", DONE))
    assert set(document["segment_id"]) == {"s1"}         # the same words as a sentence are coded
    long_shout = " ".join([DONE.upper()] * 4)             # long prose in capitals is not a title
    assert set(coded(STRATEGY.format(top=""), ("doc", long_shout))["segment_id"]) == {"s0"}


def test_a_document_title_naming_its_kind_carries_no_code():
    """A title in title case or as a markdown heading that names the kind of document it heads
    ("Rencana Aksi ...", "## Laporan ...") is a title too; a sentence opening with "Laporan ..." is not."""
    for title in ("Rencana Aksi Sosialisasi JKN Puskesmas Pineleng Tahun 2026",
                  "## Laporan sosialisasi JKN di posyandu desa Warembungan"):
        document = coded(STRATEGY.format(top=""), ("doc", title), ("doc", DONE))
        assert set(document["segment_id"]) == {"s1"}
    report = "Laporan kader menyebut puskesmas telah melaksanakan sosialisasi JKN di seluruh posyandu desa"
    assert set(coded(STRATEGY.format(top=""), ("doc", report))["segment_id"]) == {"s0"}


def test_a_numbered_section_heading_restating_a_label_carries_no_code():
    """A plan's section heading ("Bagian 2: Sosialisasi JKN di posyandu") names a subject; the
    measures under it carry the code. A longer line after the colon, or one ending a sentence, is text."""
    for heading in ("Bagian 2: Sosialisasi JKN di posyandu", "Kegiatan IV: Sosialisasi JKN bagi warga desa"):
        document = coded(STRATEGY.format(top=""), ("doc", heading), ("doc", DONE))
        assert set(document["segment_id"]) == {"s1"}
    sentence = "Kegiatan 3: puskesmas telah melaksanakan sosialisasi JKN di balai desa."
    assert set(coded(STRATEGY.format(top=""), ("doc", sentence))["segment_id"]) == {"s0"}


def test_counts_must_be_any_or_reported():
    with pytest.raises(InputError, match=r"'counts' must be one of any, reported"):
        parse_codebook(STRATEGY.format(top="counts: planned"))


def test_a_list_item_inherits_the_topic_of_its_heading():
    document = coded(STRATEGY.format(top=""),
                     ("doc", "1. Melakukan kampanye sosialisasi melalui berbagai media, seperti:"),
                     ("doc", "- Pamflet dan brosur dibagikan ke rumah warga"),
                     ("doc", "- Radio komunitas"),
                     ("doc", "2. Menambah jumlah tenaga pencatat di puskesmas."))
    by_segment = dict(zip(document["segment_id"], document["evidence"]))
    assert {"s0", "s1", "s2"} <= set(by_segment) and "s3" not in by_segment
    assert "(heading)" in by_segment["s1"] and "(heading)" not in by_segment["s0"]


ACCESS = """
name: Kehadiran (test)
themes:
  - {id: kehadiran, label: Kehadiran di posyandu, categories: [{id: penghalang, label: Penghalang, codes: [
          {id: jarak, label: Jarak ke posyandu, definition: "The posyandu is far (jauh, ongkos bentor).",
           keywords: [jauh, ongkos]},
          {id: kerja, label: Ibu sibuk bekerja, definition: The mother works., keywords: [bekerja, sibuk]}]}]}
"""


def test_a_list_item_takes_from_a_heading_of_two_codes_the_one_it_speaks_of():
    document = coded(ACCESS,
                     ("doc", "4. Mendekatkan pelayanan bagi keluarga di dusun yang jauh dan bagi ibu yang bekerja:"),
                     ("doc", "- Penggantian ongkos bentor bagi keluarga miskin."),
                     ("doc", "- Posyandu sore pada hari Sabtu di desa yang banyak ibunya bekerja."),
                     ("doc", "- Pos tambahan di dusun atas."),
                     ("doc", "- Pelaporan kunjungan setiap bulan kepada bidan koordinator."))
    codes = document.groupby("segment_id")["code_id"].apply(set).to_dict()
    assert codes["s1"] == {"jarak"} and codes["s2"] == {"kerja"}
    assert codes["s3"] == {"jarak", "kerja"}      # names neither: the heading's topic
    assert "s4" not in codes                       # reporting is not a measure of either


# -- the previous turn ------------------------------------------------------------------------------

REFERRAL = """
name: Rujukan (test)
{top}
themes:
  - id: t
    label: Pemanfaatan
    categories:
      - id: c
        label: Kepemilikan
        codes:
          - id: urus_karena_rujukan
            label: Mengurus jika ada rujukan
            definition: Registering because the child was referred.
            keywords: [urus kalau dirujuk]
            rules:
              - all: [[daftar, urus], [rujuk, "rumah sakit"]]
                within: 12
"""
TURNS = (("A", "Anak itu dirujuk ke rumah sakit minggu lalu."), ("P", "Lalu bagaimana?"),
         ("A", "Bapaknya langsung pigi ke kantor desa untuk daftar."))


def test_evidence_from_the_previous_turn_only_where_the_codebook_allows_it():
    assert coded(REFERRAL.format(top=""), *TURNS).empty
    result = coded(REFERRAL.format(top="context: previous_turn"), *TURNS)
    assert list(result["segment_id"]) == ["s2"]
    evidence = result.iloc[0]["evidence"]
    assert "daftar" in evidence and "(previous turn)" in evidence


def test_the_previous_turn_alone_never_gives_a_code():
    turns = (("A", "Anak itu dirujuk, jadi kami daftar di rumah sakit."), ("P", "Lalu?"), ("A", "Sudah, itu saja."))
    result = coded(REFERRAL.format(top="context: previous_turn"), *turns)
    assert list(result["segment_id"]) == ["s0"]


# -- the interviewer's question ----------------------------------------------------------------

def _answer_codes(question: str, answer: str) -> pd.DataFrame:
    result = coded(MINIMAL, ("P", question), ("A", answer))
    return result[result["segment_id"] == "s1"]


def test_a_short_answer_is_coded_through_the_keyword_of_its_question():
    answer = "Iyo, tiap bulan dorang kirim undangan."      # a word related to the keyword
    result = _answer_codes("Siapa yang biasa ingatkan Ibu sebelum hari posyandu?", answer)
    assert list(result["code_id"]) == ["kunjungan"]
    evidence = result.iloc[0]["evidence"]
    assert "undangan" in evidence and "ingatkan (question)" in evidence
    # the same answer to another question: one related word is no code
    assert _answer_codes("Bagaimana kabar Ibu hari ini?", answer).empty


def test_a_label_word_of_the_question_reaches_the_answer_too():
    result = _answer_codes("Bagaimana dengan efek sesudah disuntik?", "Ada, anak saya bengkak di paha dua hari.")
    assert list(result["code_id"]) == ["takut"]
    assert "(question)" in result.iloc[0]["evidence"]


@pytest.mark.parametrize("answer", [
    "Nyanda, undangan cuma ditempel di papan.",            # the answer denies what was asked
    "Kami tidak pernah, undangan cuma di papan desa.",     # ... in its first clause
])
def test_an_answer_that_denies_the_question_takes_nothing_from_it(answer):
    assert _answer_codes("Pernah ada yang ingatkan Ibu soal jadwal?", answer).empty


def test_the_question_alone_gives_a_code_only_through_its_keyword_or_a_yes():
    # (a yes opening the answer to a yes/no question, and the topic a question asking for
    # content names by a keyword, do: tests/test_coding_answers.py)
    assert _answer_codes("Siapa yang ragu soal kehalalan vaksin?", "Dorang dua.").empty   # label words
    assert _answer_codes("Apakah ada yang ingatkan Ibu?", "Dorang dua.").empty            # no yes


def test_interview_turns_read_weak_pairs_over_a_wider_window_than_documents():
    # two label words nine tokens apart: a spoken turn's pair, not a paragraph's
    text = "Dorang bilang efek so biasa, kong ee le itu dia samping."
    turn = coded(MINIMAL, ("P", "Bagaimana?"), ("A", text))
    assert "takut" in set(turn["code_id"])
    assert "(label)" in turn[turn["code_id"] == "takut"].iloc[0]["evidence"]
    assert "takut" not in set(coded(MINIMAL, ("doc", text))["code_id"])   # no interviewer: a document


ONE_CODE_CATEGORY = """
name: Persalinan (test)
themes:
  - id: akses
    label: Akses layanan
    categories:
      - id: biaya_jarak_cat
        label: Biaya dan jarak
        codes:
          - id: biaya_jarak
            label: Biaya dan jarak ke fasilitas
            definition: Money or distance stand in the way of a visit.
            keywords: [biaya, jauh]
{second}
"""
SECOND = """          - id: antre
            label: Antrean lama di fasilitas
            definition: Long waiting at the clinic.
            keywords: [antre, lama]"""


def test_a_category_of_one_code_names_that_code_not_the_study():
    text = "Biayanya itu yang berat buat kami."
    # alone under "Biaya dan jarak", the code owns its words: "biaya" is a keyword like any other
    assert codes_of(text, ONE_CODE_CATEGORY.format(second="")) == {"biaya_jarak"}
    # with a second code the category names both, but "biaya" is still this code's own keyword
    # (codebook_words.keyword_topic): the category's name does not weaken it
    assert codes_of(text, ONE_CODE_CATEGORY.format(second=SECOND)) == {"biaya_jarak"}


EXCLUSION = """
name: Kehamilan (test)
themes:
  - id: hambatan
    label: Hambatan
    categories:
      - id: semua
        label: Semua hambatan
        codes:
          - id: menunda
            label: Menunda pemeriksaan
            definition: >-
              The woman starts her visits late. Not coded when the delay is explained only by
              cost or distance (code those).
            keywords: [menunda, terlambat]
          - id: biaya
            label: Biaya ke fasilitas
            definition: Money stands in the way of a visit, except when it is said to be no problem.
            keywords: [ongkos, jauh]
"""


def test_what_a_definition_excludes_is_not_the_codes_own_word():
    # "cost or distance" in the other code's "Not coded when ..." does not make "ongkos" shared
    assert codes_of("Ongkos ke sana dua puluh ribu.", EXCLUSION) == {"biaya"}


SHARED_LABEL_WORDS = """
name: Persalinan (test)
themes:
  - id: dukungan
    label: Dukungan
    categories:
      - id: semua
        label: Semua
        codes:
          - id: antar_periksa
            label: Kader dan bidan mengantar untuk pemeriksaan
            definition: Cadres or midwives take pregnant women to their checks.
            keywords: [jemput]
          - id: antar_bersalin
            label: Kader dan bidan mengantar dalam persalinan
            definition: Cadres or midwives take women in labour to the clinic.
            keywords: [ambulans]
          - id: tunda_periksa
            label: Menunda pemeriksaan kehamilan
            definition: The woman starts her visits late.
            keywords: [terlambat]
          - id: penyuluhan
            label: Penyuluhan oleh kader dan bidan
            definition: Talks given to groups of mothers.
            keywords: [penyuluhan]
"""


@pytest.mark.parametrize("text", [
    "Waktu itu torang pe mama-mama diantar ke puskesmas untuk diperiksa.",
    "Kita yang antar dia ke pemeriksaan bulanan di pustu.",
])
def test_a_label_whose_every_word_is_shared_is_found_by_a_pair_no_other_label_holds(text):
    # every word of "Kader dan bidan mengantar untuk pemeriksaan" is another label's too, but
    # "mengantar ... pemeriksaan" together is this code's alone
    assert codes_of(text, SHARED_LABEL_WORDS) == {"antar_periksa"}


def test_a_pair_with_a_word_of_many_labels_is_no_evidence():
    # "bidan" is in three labels: it names the study's setting, not with "pemeriksaan" this code
    assert "antar_periksa" not in codes_of("Bidan baru selesai pemeriksaan tadi pagi.", SHARED_LABEL_WORDS)


CONSENT = """
name: Vasektomi (test)
themes:
  - id: keputusan
    label: Keputusan
    categories:
      - id: pasangan
        label: Pasangan
        codes:
          - id: penolakan_istri
            label: Persetujuan atau penolakan istri
            definition: The wife agrees to or refuses her husband's vasectomy.
            keywords: [izin istri, istri melarang, persetujuan istri]
"""


@pytest.mark.parametrize("paragraph, found", [
    ("Sebagian bapak menolak datang ke klinik karena jadwal kerja di kapal.", False),   # someone else refuses
    ("Di Likupang beberapa istri menolak rencana vasektomi suaminya.", True),          # the word after it too
])
def test_a_label_word_alone_needs_the_word_the_label_writes_after_it_in_a_document(paragraph, found):
    # "penolakan istri": in a document the refusal is the wife's only with the wife named
    assert ("penolakan_istri" in set(coded(CONSENT, ("doc", paragraph))["code_id"])) is found


def test_a_label_word_alone_is_still_weak_evidence_in_speech():
    interview = coded(CONSENT, ("P", "Bagaimana ceritanya?"), ("A", "Dia menolak, katanya takut."))
    assert "penolakan_istri" in set(interview["code_id"])


FARES = """
name: Pulau (test)
themes:
  - id: akses
    label: Akses layanan
    categories:
      - id: ongkos
        label: Ongkos
        codes:
          - id: subsidi_transportasi
            label: Subsidi transportasi
            definition: The village or the district pays the boat or car that takes a patient to care.
            keywords: [subsidi, ongkos ditanggung, biaya perahu]
"""


@pytest.mark.parametrize("paragraph, found", [
    ("Transportasi antarpulau sering terhenti selama musim ombak besar.", False),   # the keyword's matter only
    ("Kabupaten memberi subsidi bagi warga pulau yang dirujuk ke Tahuna.", True),    # the keyword itself
])
def test_a_label_word_completing_a_keyword_is_no_evidence_alone_in_a_document(paragraph, found):
    # "Subsidi transportasi": "transportasi" says what the subsidy is for; a paragraph naming
    # transport only is no subsidy
    assert ("subsidi_transportasi" in set(coded(FARES, ("doc", paragraph))["code_id"])) is found


def test_a_label_word_completing_a_keyword_is_still_weak_evidence_in_speech():
    interview = coded(FARES, ("P", "Bagaimana ke rumah sakit?"), ("A", "Transportasi so dari desa, torang nda bayar."))
    assert "subsidi_transportasi" in set(interview["code_id"])


VISITS = """
name: Kunjungan (test)
themes:
  - id: layanan
    label: Layanan
    categories:
      - id: kunjungan
        label: Kunjungan
        codes:
          - id: kunjungan_kader
            label: Kunjungan rumah oleh kader
            definition: Posyandu cadres visit mothers at home to remind them of the next weighing.
            keywords: [kunjungan rumah, kader, mendatangi]
          - id: biaya
            label: Biaya berobat
            definition: What a visit to the clinic costs the family.
            keywords: [biaya, mahal]
"""


def test_a_role_keyword_is_not_seconded_by_a_place_in_a_document():
    # "kader" is weak alone (a role); "posyandu" of the definition names where, not the visit
    budget = "Dana desa tahun depan dialokasikan untuk honor kader dan kegiatan posyandu."
    assert "kunjungan_kader" not in set(coded(VISITS, ("doc", budget))["code_id"])
    reminder = "Kader posyandu di Kema mengingatkan ibu-ibu lewat pengumuman gereja."
    assert "kunjungan_kader" in set(coded(VISITS, ("doc", reminder))["code_id"])
    # a speaker who names both is still taken at her word, as before
    interview = coded(VISITS, ("P", "Bagaimana ceritanya?"), ("A", "Kader dari posyandu so datang kemarin."))
    assert "kunjungan_kader" in set(interview["code_id"])
