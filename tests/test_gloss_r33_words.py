"""Round 33 of the gloss, branch r33-M (issue 16): the village office and its titles, trades named by
their act, feelings caused and complained of, and words of the building trade and of teasing. Every
sentence here is our own."""

import pytest

from tests.helpers import assert_reads as _reads

# Each rule, its sentences: (source, what the translation must say, what it must not say); the last of a
# rule's rows is mostly what the rule must NOT do.
CASES = {
    "hukum_tua_written_as_a_title_is_kept": [
        ("Besok Hukum Tua mo datang ka skola.", "Hukum Tua", "Kepala Desa"),
        ("Surat ini musti ada Hukum Tua pe cap.", "cap Hukum Tua", "Kepala Desa"),
        ("Kita so bilang pa hukum tua kamarin.", "kepala desa", "hukum tua"),   # lower case: the common noun
        ("Pala Jaga so datang.", "Kepala Jaga", "Pala Jaga"),                    # other titles translated
    ],
    "a_village_office_is_a_person": [
        ("Hukum Tua mo pangge samua warga.", "memanggil semua warga", "dipanggil"),
        ("Sekretaris mo pangge samua warga.", "memanggil semua warga", "dipanggil"),
    ],
    "tukang_before_a_verb_names_the_trade": [
        ("Tukang jahit itu so tua.", "Tukang jahit itu", "menjahit"),
        ("Tukang cukur ini murah.", "Tukang cukur ini", "mencukur"),
        ("Om itu ja jahit baju.", "menjahit baju", "biasa jahit"),              # a person sews: the act
    ],
    "nyong_said_to_him_is_nak": [
        ("Nyong, bawa tu kursi ka dalam.", "Nak,", "Anak laki-laki"),
        ("Tu nyong so pulang dari kobong.", "Anak laki-laki itu", "Nak"),         # spoken of, not to
    ],
    "dua_dua_before_a_noun_is_kedua": [
        ("Guru mo pangge dua-dua orang tua.", "kedua orang tua", "keduanya"),
        ("Dua-dua pihak nimau mangalah.", "Kedua pihak", "Keduanya"),
        ("Ade pe mata dua-dua merah.", "keduanya merah", "kedua merah"),      # after the two it counts
        ("Dorang dua-dua so tidor.", "keduanya", "kedua "),
    ],
    "torang_dua_before_a_span_counts_the_span": [
        ("Tanta so tunggu torang dua jam di terminal.", "kami dua jam", "berdua jam"),
        ("Dorang dua hari nyanda pulang.", "Mereka dua hari", "berdua hari"),
        ("Torang dua mo pigi ka kobong.", "Kami berdua", "Kami dua"),          # no span: the two of us
    ],
    "a_feeling_fronted_before_its_feeler_takes_dengan": [
        ("Mara skali kita deng ngana!", "dengan kamu", "dan kamu"),
        ("Kita jengkel deng tetangga.", "jengkel dengan tetangga", "dan tetangga"),
        ("Kita sayang dia deng ngana.", "dia dan kamu", "dengan kamu"),        # two loved, not one
    ],
    "bekeng_a_feeling_jo_complains": [
        ("Adoh, bekeng takut jo!", "bikin takut saja", "takuti"),
        ("Jang tariak bagitu, bekeng malu jo!", "bikin malu saja", "malukan"),
        ("Bekeng bersih jo!", "Bersihkan saja", "bikin"),                      # no feeling: the request
        ("Dia bekeng malu dia pe keluarga.", "keluarganya", "bikin"),         # the act inside a clause
    ],
    "a_feeling_caused_after_kase": [
        ("Dia pe suara kase jatu cinta ngana pe kaka.", "membuat kakakmu jatuh cinta", "menjatuhkan"),
        ("Dia so jatu cinta pa ngana.", "jatuh cinta", "menjatuhkan"),
    ],
    "words_of_trades_and_of_teasing": [
        ("Jang ba gara pa dia trus.", "menggoda", "gara"),
        ("Pongo skali ngana ini.", "Bodoh sekali", "Pongo"),
        ("Kita pe ioran blum bayar.", "Iuran saya", "ioran"),
        ("Truk so bawa dua ret pasir.", "dua rit", "ret"),
        ("Batu tela so abis, musti beli ulang.", "Batu bata", "tela"),
        ("Depe mesin cuci nimau manyala.", "Mesin cucinya", "Mesinnya cuci"),
        ("Dorang ada kuliling kampung cari anjing.", "keliling kampung", "kuliling"),
        ("Biar dia bilang apa, kita nyanda ambe pusing.", "tidak ambil pusing", "mengambil pusing"),
        ("Dia ambe pisang dua sisir.", "mengambil pisang", "ambil pusing"),   # ambe alone takes a thing
        ("So tua mar masih ba gaya anak muda.", "bergaya", "menggaya"),
    ],
    "sayings_scoldings_and_everyday_words": [
        ("Pakatuan wo pakalawiren, Tanta!", "Semoga panjang umur dan sehat selalu", "Pakatuan"),
        ("Ih, kurang ajar skali tu anak!", "kurang ajar", "mengajari"),
        ("Kalu nyanda suka, angka kaki jo!", "angkat kaki", "mengangkat"),
        ("Ade kurang tidor tadi malam.", "kurang tidur", "kurang ajar"),         # kurang alone grades
        ("Torang pi bamolo di Bunaken.", "menyelam", "bamolo"),
        ("Kita nyanda kanal dia pe kaka.", "tidak kenal kakaknya", "kanal"),
        ("Di simpang, bele kanan.", "belok kanan", "belit"),
        ("Motor itu bele ka kiri.", "belok ke kiri", "dibelok"),            # the vehicle turns itself
        ("Tanta ada cemburu pa om.", "sedang cemburu", "punya cemburu"),
        ("Adoh mama e, pe mahal skali!", "Aduh, mahal sekali", "ibu"),
        ("Adoh, mama, kita pe kaki saki.", "Ma,", "Aduh, kaki"),             # said to her
    ],
    "compound_nouns_stay_whole_after_their_possessor": [
        ("Ngana pe tanggung jawab so banyak.", "Tanggung jawabmu", "tanggungmu"),
        ("Kita pe kipas angin so rusak.", "Kipas angin saya", "Kipas saya"),
        ("Ade pe buku tulis basah.", "Buku tulis adik", "ditulis"),
        ("Depe tukang jahit so pindah.", "Tukang jahitnya", "Tukangnya"),
        ("Kita pe buku so basah.", "Buku saya", "Buku tulis"),                 # a noun alone
    ],
}


@pytest.mark.parametrize("source, expected, wrong", [
    pytest.param(*case, id=f"{rule}-{n}") for rule, cases in CASES.items() for n, case in enumerate(cases)])
def test_round_33_words(source, expected, wrong):
    _reads(source, expected, wrong)
