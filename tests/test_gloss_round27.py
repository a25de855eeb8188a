"""Round 27 of the gloss: Manado word orders built of Indonesian-looking words (ada after a subject
before a bare verb, abis before a verb opening a clause) make an interviewer's question Manado Malay
under the Indonesian prior, so it is translated; a time after 'verb kita' is no thing given."""

from pipeline.gloss.glosser import shared_glosser


def test_abis_and_ada_before_a_bare_verb_make_a_question_manado():
    glosser = shared_glosser()
    result = glosser.gloss_turn("Abis mandi, anak ada minum susu?", "xmm", by_interviewer=True)
    assert result.language == "xmm"
    assert result.translation.startswith("Setelah mandi")
    assert "ada minum" not in result.translation
    # a possessive ada before a noun stays Indonesian
    assert glosser.gloss_turn("Ibu ada pesan untuk kepala desa?", "xmm", by_interviewer=True).language == "ind"
    # so does an existential ada opening its clause
    assert glosser.gloss_turn("Sesudah itu ada perawat datang?", "xmm", by_interviewer=True).language == "ind"


def test_ada_after_a_subject_before_a_bare_verb_under_the_indonesian_prior():
    result = shared_glosser().gloss("Kemarin kakak ada jemput dia di sekolah.", "ind")
    assert result.language == "xmm"
    assert "menjemput" in result.translation


def test_a_time_after_verb_kita_is_no_thing_given():
    assert shared_glosser().gloss("Tempat cuci kita hari ini penuh.", None).language == "ind"


def test_a_verb_root_whose_noun_takes_a_suffix_is_a_verb_after_ada():
    # tulis (tulisan), catat (catatan): their bare root is the verb
    result = shared_glosser().gloss("Perawat ada catat berat badan anak?", "ind")
    assert result.language == "xmm"
