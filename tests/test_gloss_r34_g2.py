"""Round 34 of the gloss, branch r34-G2 (issue 16): grammar faults left by r34-M, read on real Manado Malay
(a dapa passive after a modal, a capitalised place inside an owned compound, deng after a place phrase, an
owner's capital, a set clause after a possessive, so before bagimana, ba' written apart). Every sentence
here is our own."""

import pytest

from tests.helpers import assert_reads as _reads

# Each rule, its sentences: (source, what the translation must say, what it must not say); the last of a
# rule's rows is mostly what the rule must NOT do.
CASES = {
    "a_thing_after_a_modal_undergoes_dapa": [
        ("Tu pintu lama nyanda bisa dapa tutup.", "tidak bisa ditutup", "menutup"),
        ("Ini kamar bole dapa sewa?", "bisa disewa", "menyewa"),
        ("Jam dinding tu nyanda mo parna bisa dapa putar bale.", "bisa diputar kembali", "memutar"),
        ("Ade bisa dapa jawab tu soal.", "bisa menjawab", "dijawab"),           # a person acts
        ("Mata nyanda bisa dapa tahan kantuk.", "menahan kantuk", "ditahan"),   # its object follows
    ],
    "a_place_spelled_with_a_capital_names_the_owned_noun": [
        ("Ngana pe buku Puskesmas ada di lemari?", "Buku Puskesmas", "Bukumu"),
        ("Dia pe buku Posyandu so ilang.", "Buku Posyandu", "Bukunya"),
        ("Kita pe mama Puskesmas.", "Ibu saya", "Puskesmas saya"),             # after a person: the predicate
    ],
    "deng_a_vehicle_or_a_person_after_a_place_phrase_is_the_way_or_company": [
        ("Om ada tunggu di terminal deng oto.", "di terminal dengan mobil", "dan mobil"),
        ("Dia datang dari Bitung deng kapal.", "dari Bitung dengan kapal", "dan kapal"),
        ("Om tinggal di Tondano deng depe ade.", "di Tondano dengan adiknya", "dan adiknya"),  # company
        ("Di garasi ada motor deng oto.", "motor dan mobil", "dengan mobil"),   # two things listed
        ("Dorang pe kobong di Tondano deng Tomohon.", "Tondano dan Tomohon", "dengan Tomohon"),  # two places
    ],
    "an_owner_opening_the_sentence_leaves_its_capital_there": [
        ("Sumur pe tali so putus.", "Tali sumur", "Tali Sumur"),
        ("Pabrik pe asap itam.", "Asap pabrik", "Asap Pabrik"),
        ("Tuhan pe kasih basar.", "Kasih Tuhan", "kasih tuhan"),               # a capital of its own
        ("Yance pe motor baru.", "Motor Yance", "motor yance"),                   # a name
    ],
    "an_owner_before_a_set_clause_owns_its_noun": [
        ("Dia pe lampu mati, kong dia tidor.", "Lampunya mati", "padam"),
        ("Tadi lampu mati di kampung.", "listrik padam", "lampu mati"),          # nobody's: the power cut
    ],
    "so_opening_a_how_question_leads_it_on": [
        ("So bagimana ini?", "Jadi bagaimana", "Sudah bagaimana"),
        ("Kalu bagitu, so bagimana?", "jadi bagaimana", "sudah bagaimana"),
        ("Oma so bagimana skarang?", "sudah bagaimana", "jadi bagaimana"),     # after a subject: her state
    ],
    "a_prefix_written_apart_with_an_apostrophe_reads_as_its_phrase": [
        ("Ade ba'apa di kamar?", "sedang apa", "ber-apa"),
        ("Ade ta'jatuh di kamar.", "terjatuh", "ta'jatuh"),                   # one word: the prefix joined
    ],
}


@pytest.mark.parametrize("source, expected, wrong", [
    pytest.param(*case, id=f"{rule}-{n}") for rule, cases in CASES.items() for n, case in enumerate(cases)])
def test_round_34_g2_grammar(source, expected, wrong):
    _reads(source, expected, wrong)
