"""A meN- word that can hide two roots (memasak: masak 'cook' or pasak 'peg') takes the root spaCy's
table derives more forms from (lemmas.WordAnalyzer._nasal_twin), so a code naming cooking finds the
bare Manado "masak" and not a peg."""

from pipeline.coding.lemmas import word_analyzer
from tests.helpers import codes_of_paragraph, one_code_codebook


def test_the_commoner_root_wins():
    lemma = lambda word: word_analyzer().analyze(word)[1]
    assert [lemma(w) for w in ("memasak", "memasaknya", "mematikan", "memalukan", "memohon")] == \
        ["masak", "masak", "mati", "malu", "mohon"]
    # where the dropped root is the commoner, the table's reading stays
    assert [lemma(w) for w in ("menipis", "menyaring", "memakai", "menanam", "menyapu", "mengirim")] == \
        ["tipis", "saring", "pakai", "tanam", "sapu", "kirim"]


def test_cooking_is_found_in_its_bare_root_and_not_in_a_peg():
    codebook = one_code_codebook("masak", "Memasak makanan keluarga",
                                 "Who cooks the family's meals and what is cooked.",
                                 ["memasak"], name="Studi dapur")
    assert codes_of_paragraph(codebook, "Tiap sore kakak masak sayur bayam buat adik-adiknya.") == {"masak"}
    assert codes_of_paragraph(codebook, "Tukang itu menancapkan pasak kayu di sambungan tiang.") == set()
