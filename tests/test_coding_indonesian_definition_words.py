"""A word that several codes' Indonesian definitions give (the study's diseases, its setting) is
no evidence of any one of them, as an English definition's translated words are not
(`codebook_words.own_definition_words`): "malaria … demam" written in two definitions proposed
both codes in any turn naming the illness."""

from pipeline.codebook.load import parse_codebook
from pipeline.coding.codebook_words import own_definition_words, shared_definition_lemmas
from pipeline.coding.keyword_rule import DEFINITION
from pipeline.coding.keywords import keyword_rules
from tests.helpers import codes_of_paragraph, minimal_codebook_yaml

CODES = [
    ("kelambu_rusak", "Kelambu tidak dipakai",
     "Keluarga tidak tidur di bawah kelambu karena robek, gerah atau dipakai menjaring ikan, "
     "sehingga anak terkena malaria dan demam. Tidak dikode bila kelambu hanya dibagikan.",
     ["kelambu robek", "jaring ikan", "gerah", "tidak pakai kelambu"]),
    ("obat_berhenti", "Berhenti minum obat",
     "Penderita malaria berhenti minum pil sebelum habis karena demam sudah turun atau pahit rasanya. "
     "Tidak dikode bila obat diminum sampai habis.",
     ["berhenti minum", "pil sisa", "pahit", "tidak dihabiskan"]),
]


def _codebook():
    return parse_codebook(minimal_codebook_yaml(CODES, name="Studi pengendalian nyamuk"), source="test.yaml")


def test_the_words_several_definitions_give_are_shared():
    assert {"malaria", "demam"} <= shared_definition_lemmas(_codebook())


def test_a_code_keeps_only_its_own_definition_words():
    codebook = _codebook()
    own = {code.id: own_definition_words(code, codebook) for code in codebook.codes}
    assert "malaria" not in own["kelambu_rusak"] and "demam" not in own["obat_berhenti"]
    assert "robek" in own["kelambu_rusak"] and "turun" in own["obat_berhenti"]


def test_a_turn_naming_only_the_shared_illness_takes_no_code():
    text = "Musim hujan kemarin anak sulung saya demam tinggi, kata mantri itu malaria tropika."
    assert codes_of_paragraph(_codebook(), text, interview=True) == set()


def test_the_code_own_definition_words_still_pair():
    codebook = _codebook()
    code = next(c for c in codebook.codes if c.id == "kelambu_rusak")
    paired = [set(rule.slots[0]) for rule in keyword_rules(code, codebook) if rule.kind == DEFINITION]
    assert any("tidur" in words and "terkena" in words and "malaria" not in words for words in paired)



def _affirmed(definition: str) -> str:
    from pipeline.coding.codebook_words import affirmed_text
    from tests.helpers import one_code_codebook

    return affirmed_text(one_code_codebook("kode", "Kelambu robek", definition, ["robek"]).codes[0]).casefold()


def test_an_indonesian_definition_excludes_as_an_english_one_does():
    # each way an Indonesian researcher writes "not coded when": the excluded matter is not the code's
    for definition in ("Kelambu sobek atau berlubang. Jangan diberi kode ini bila kelambu masih baru.",
                       "Kelambu sobek atau berlubang. Jangan dikode untuk kelambu baru dari puskesmas.",
                       "Kelambu sobek atau berlubang. Tidak mencakup kelambu baru dari puskesmas.",
                       "Kelambu sobek atau berlubang. Kelambu baru dari puskesmas dikecualikan.",
                       "Kelambu sobek atau berlubang, bukan bila kelambu baru dari puskesmas.",
                       "Kelambu sobek atau berlubang, tidak jika kelambu baru dari puskesmas."):
        text = _affirmed(definition)
        assert "sobek" in text and "baru" not in text, definition


def test_a_cross_reference_names_the_other_code():
    text = _affirmed("Kelambu sobek atau dipakai menjaring ikan (lihat pemakaian kelambu).")
    assert "menjaring" in text and "pemakaian" not in text
    assert "bed" not in _affirmed("The net is torn or used for fishing (see bed nets handed out).")
