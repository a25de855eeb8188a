"""Round 31 (M2) of the gloss: readings the MangARTI mining part showed wrong in longer, narrative speech:
bagus of a view and besar of land (scenery_senses.py), mulai of an event with no time named (starting.py),
deng before the state an act is done in (joining.py),
rakus after eating (taste_senses.py), rasa before a flavour and mati rasa (verbforms.py, lexicon),
pigi ka after a road or a walk (going_senses.py), lanjut -> melanjutkan (indonesian.py)."""

import pytest

from pipeline.gloss.glosser import shared_glosser


def _reads(source: str, expected: str, wrong: str) -> None:
    """The translation says `expected` and not `wrong` (the reading the rule replaces or must keep out)."""
    out = shared_glosser().gloss(source, "xmm").translation + " "
    assert expected in out and wrong not in out, out


# Each rule with the cases it must change and those it must leave alone.
CASES = [
    # bagus of a sight is indah
    ("Dari atas bukit, pemandangan kampung pe bagus.", "indah", "bagus"),      # a view, graded by pe
    ("Semalam kita ada mimpi yang pe bagus.", "indah", "bagus"),
    ("Aer danau bagus skali pagi ini.", "indah", "bagus"),                      # a sight described
    ("Kita pe motor baru bagus skali.", "bagus", "indah"),                      # a thing: stays bagus
    ("Foto di danau bagus skali.", "bagus", "indah"),                           # the photo, not the lake
    ("Pohon di pante bagus skali for bikin perahu.", "bagus", "indah"),         # the tree, not the beach
    # besar of land is luas
    ("Opa pe kobong pala besar di blakang kampung.", "luas", "besar"),          # the area, head of its compound
    ("Anak-anak bamain bola di lapangan yang besar.", "luas", "besar"),
    ("Ladang jagung tabantang basar sampe di pante.", "terbentang luas", "besar"),
    ("Dorang pe rumah besar di ujung jalan.", "besar", "luas"),                 # a house: stays besar
    ("Di kobong ada pohon besar.", "pohon besar", "luas"),                      # the tree is big
    ("Ujang basar skali tadi malam.", "deras", "luas"),                         # rain keeps its own reading
    # mulai of an event is dimulai
    ("Misa blum mulai, pastor masih di jalan.", "belum dimulai", "belum mulai"),    # closing its clause
    ("Kapan lomba karaoke mo mulai?", "dimulai", "akan mulai"),                     # after kapan
    ("Arisan mulai deng doa pendek.", "dimulai dengan", " mulai dengan"),            # before what it starts with
    ("Konser mo mulai tiga menit le.", "dimulai", "akan mulai"),                 # how soon
    ("Sapa yang mulai?", "yang mulai", "dimulai"),                                   # a person asked for
    ("Ujang so mulai.", "sudah mulai", "dimulai"),                                   # rain is no event
    ("Dia mulai deng cerita lucu.", "Dia mulai", "dimulai"),                      # a person begins
    ("Acara mulai bajoget.", "mulai", "dimulai"),                                    # an act begun after it
    # deng before how an act is done is dengan
    ("Torang sampe di rumah deng selamat.", "dengan selamat", "dan selamat"),     # how one arrives
    ("Oma trima tamu deng sanang hati.", "dengan senang hati", "dan senang"),
    ("Dia bajalan deng ati-ati di jalan licin.", "dengan hati-hati", "dan hati-hati"),
    ("Kita nda peduli deng dorang pe omong.", "peduli dengan", "peduli dan"),     # cares about
    ("Tomohon tarkanal deng bunga.", "terkenal dengan", "terkenal dan"),          # known for
    ("Kue ini manis deng enak.", "dan enak", "dengan enak"),                      # two states: a list
    # rakus after eating is dengan lahap
    ("Anak-anak makan rakus skali di pesta.", "makan dengan lahap di pesta", "rakus"),   # how they eat
    ("Om Jon makang rakus.", "dengan lahap", "rakus"),
    ("Tu kucing rakus skali.", "sangat rakus", "lahap"),                                  # greedy, no eating
    ("Dia orang rakus.", "orang rakus", "lahap"),
    # rasa of a flavour and mati rasa
    ("Ade minum susu rasa coklat tiap pagi.", "susu rasa cokelat", "terasa"),     # the flavour, a noun
    ("Tadi pagi kita pe tangan so mati rasa.", "mati rasa", "terasa"),            # numb
    ("Te ini rasa manis skali.", "terasa", "rasa manis"),                          # how it tastes: terasa
    # pigi ka after a road or a walk is menuju
    ("Jalan pigi ka pasar so macet.", "Jalan menuju pasar", "pergi"),              # the road heading there
    ("Opa bajalan kaki pigi ka kobong.", "berjalan kaki menuju kebun", "ke kebun"),
    ("Dia balari palang-palang pigi ka pante.", "menuju pantai", "pergi"),
    ("Torang pigi ka pasar.", "pergi ke pasar", "menuju"),                         # one goes: pergi
    ("Torang bajalan, kong pigi ka rumah.", "pergi ke rumah", "menuju"),           # another clause
    # lanjut before what goes on is melanjutkan
    ("Torang musti lanjot parjalanan ka Tomohon sebelum gelap.", "melanjutkan perjalanan", "melanjut "),  # goes on with it
    ("Rapat so dapa lanjut minggu lalu.", "dilanjutkan", "dilanjut "),
    ("Kita lanjot karja abis makan.", "lanjut bekerja", "melanjutkan"),            # before an act: bare lanjut
]


@pytest.mark.parametrize("source, expected, wrong", CASES)
def test_round_31_m2_readings(source, expected, wrong):
    _reads(source, expected, wrong)
