"""Round 27 review: behaviour the round's changes read wrongly, each fixed with its own case."""

from pipeline.coding.captions import only_where_taken, shows_a_scene


def test_a_caption_noun_shaped_like_a_verb_is_no_act():
    # "Dinas", "medis", "menteri", "terumbu" begin like meN-/di-/ter- verbs but carry no affix
    assert shows_a_scene("Foto: Kepala Dinas Pertanian bersama tenaga medis di Balai Desa Tiwoho")
    assert shows_a_scene("Foto: Menteri Kelautan di dermaga pelabuhan (Foto Antara/Rina)")
    assert shows_a_scene("Foto: Dua penyelam di atas terumbu karang Pulau Siladen")


def test_a_caption_verb_still_states_an_act():
    assert not shows_a_scene("Foto: Perawat membersihkan luka seorang nelayan di dermaga")


def test_a_place_followed_by_an_act_is_not_only_where_the_photo_was_taken():
    # the act done at the place is the caption's news, not the place
    caption = "Foto: Perawat di Pustu Kinabuhutan membersihkan luka kaki seorang penyelam"
    assert not only_where_taken(caption, "luka")
    assert not only_where_taken("Foto: Kader di Balai Desa Tiwoho mengukur tensi warga", "mengukur tensi")


def test_a_code_word_only_in_the_place_is_still_where_taken():
    caption = "Foto: Seorang nelayan duduk menunggu di lorong klinik fisioterapi rumah sakit di Bitung"
    assert only_where_taken(caption, "fisioterapi")


def test_staff_who_give_a_course_do_not_make_it_staff_training():
    from pipeline.coding.staff_training import trains_staff

    # the workers hold or give the course; fishermen, divers and mothers take it
    assert not trains_staff("Perawat Pustu mengadakan pelatihan pertolongan pertama bagi kelompok penyelam.")
    assert not trains_staff("Pelatihan keselamatan di laut bagi 25 nelayan oleh petugas Puskesmas.")
    assert not trains_staff("Bidan memberikan orientasi perawatan tali pusat kepada para ibu nifas.")


def test_staff_who_take_a_course_still_make_it_staff_training():
    from pipeline.coding.staff_training import trains_staff

    assert trains_staff("Dinas Kesehatan menggelar pelatihan konseling gizi bagi 35 kader.")
    assert trains_staff("Pelatihan perawat oleh petugas Dinas Kesehatan provinsi.")
    assert trains_staff("Bidan koordinator memberikan penyegaran kepada bidan desa yang baru.")


def test_ada_before_a_verb_asks_whether_one_did_it_not_whether_a_thing_is_there():
    from pipeline.coding.answers import asks_existence

    assert not asks_existence("Waktu semprot hama, Bapak ada memakai masker?")
    assert not asks_existence("Kalau luka di laut, ada diobati di kapal?")
    assert asks_existence("Di perahu ada tabung oksigen cadangan?")
    assert asks_existence("Anak buah kapal punya kartu asuransi?")


def test_prefixed_verb_tells_verbs_from_nouns_of_the_same_shape():
    from pipeline.coding.lemmas import prefixed_verb

    assert prefixed_verb("memakai") and prefixed_verb("dibersihkan") and prefixed_verb("berobat")
    assert not prefixed_verb("dinas") and not prefixed_verb("meteran") and not prefixed_verb("terpal")


def test_an_insurer_official_saying_we_is_the_insurers_own_outreach():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_coding_distinctions import INFORM, coded
    from test_coding_round27_realdocs import news

    # quoted in the news, the branch head's "kami" is the insurer, not a village or clinic
    assert INFORM not in news("Kepala Cabang BPJS Kesehatan Tondano mengatakan, kami mengajak para nelayan "
                              "untuk mendaftar JKN sebelum musim angin barat.")
    assert INFORM not in news("Kami dari BPJS Kesehatan mengimbau para petani cengkih agar mendaftar JKN.")
    # a district head's "kami", and an informant's own "torang", stay outreach
    assert INFORM in news("Camat Likupang menyampaikan, kami mengajak warga pesisir segera mendaftar BPJS Kesehatan.")
    assert INFORM in coded("Torang ada mengajak dorang pe keluarga supaya daftar BPJS.", role="Kepala desa")


def test_a_stressed_or_softened_none_there_is_still_none_there():
    from pipeline.coding.answers import denies_existence

    # "Tidak ada." was read as the thing missing; its stressed forms were not
    assert denies_existence("Tidak ada sama sekali, Bu.") == "Tidak ada sama sekali"
    assert denies_existence("Di kapal nyanda ada lagi, so ilang.") == "Di kapal nyanda ada lagi"
    assert denies_existence("Belum ada sih.") == "Belum ada sih"
    # a thing named after "ada" is another matter
    assert denies_existence("Tidak ada dokter di pulau.") is None
