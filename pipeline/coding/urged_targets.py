"""Urging a rate or a government to reach a target is not telling people anything.

News about an insurance or a programme writes its office's aims as urging: "BPJS Kesehatan
mendorong empat daerah mencapai cakupan 100 persen", "terus mendorong tingkat keaktifan
kepesertaan", "Dia menjelaskan target kepesertaan aktif harus dicapai". The verb of urging or
explaining there has a rate, a target or regions reaching one as its object, not the people a code
of outreach is about ("mengajak masyarakat meningkatkan ..." keeps its people). In a document, a
code's evidence whose only words of urging are of that kind does not count.
"""

from __future__ import annotations

from pipeline.coding.codebook_words import PEOPLE as PEOPLE_AT_LARGE, WORD, word_lemma
from pipeline.coding.evidence import term_places, term_words, terms
from pipeline.coding.specificity import KIN, ROLE, YOUNG

# lemmas of the verbs of urging or explaining a code's evidence may be made of; not
# urged_against.APPEALS (the surface forms of hoping, asking, advising that open an appeal to people,
# "agar" and "supaya" among them), which says where a denied clause begins
URGING = frozenset({"dorong", "jelas", "imbau", "himbau", "ajak", "minta"})
# a rate or a target as what is urged: reach (capai), raise or level (tingkat), target, share
TARGETS = frozenset({"capai", "target", "tingkat", "persentase", "cakup"})
PEOPLE = PEOPLE_AT_LARGE | KIN | ROLE | YOUNG | frozenset({"keluarga", "peserta", "pasien", "ibu", "bapak", "lansia",
                                                           "remaja"})
REACH = 6   # words after the verb where its object's target stands ("empat daerah di wilayah kerjanya mencapai")
# a clause of what people are asked to do opens: "mengimbau agar segera mendaftar untuk mencapai ..."
ASKED = frozenset({"agar", "supaya", "untuk", "segera", "kepada", "bagi"})


def urges_a_target(text: str, evidence: str) -> bool:
    """Does a document paragraph's evidence name urging or explaining only where its object, within
    REACH words and before any word naming people or opening what they are asked to do, is a
    rate or a target?"""
    urging = [words for words in (term_words(piece) for piece in terms(evidence))
              if " " not in words and word_lemma(words.casefold()) in URGING]
    if not urging:
        return False
    for word in urging:
        places = term_places(text, word)
        if not places or not all(_targets(text[at + len(word):at + len(word) + 80]) for at in places):
            return False
    return True


def _targets(after: str) -> bool:
    for word in WORD.findall(after.casefold())[:REACH]:
        if word in PEOPLE or word in ASKED:
            return False
        if word_lemma(word) in TARGETS:
            return True
    return False
