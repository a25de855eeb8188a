"""ada (nyanda ada) + a person + what the person does or may do: Indonesian joins them with 'yang'.

  untung ada orang tolong            -> untung ada orang yang menolong (a bare transitive verb: meN-)
  ada mama-mama nimau anak dapa suntik -> ada ibu-ibu yang tidak mau anak disuntik (a negation)
  kalu ada mama mo melahirkan        -> kalau ada ibu yang mau melahirkan (a modal or aspect word)
What happens to the person or what the person simply does (ada orang meninggal, ada anak manangis,
ada orang datang: a verb kept bare or already inflected) takes no yang, as the references write it.
A subject before ada (kita ada anak) makes it possession, not 'there is'.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import KEPT_BARE, person, subject_person
from pipeline.gloss.indonesian import IndonesianVocabulary

_THERE_IS = frozenset({"ada", "ad", "nyanda ada", "nda ada", "blum ada", "belum ada", "tidak ada"})
_OPENERS = frozenset({"aux", "neg"})  # mo, bole, so, ja; nimau, nyanda


def join_with_yang(units: list, vocabulary: IndonesianVocabulary) -> None:
    """'yang' after the person that ada introduces, before a modal, a negation or a bare transitive
    verb, which takes meN- (see the module docstring)."""
    for k in range(len(units) - 2):
        there, who, act = units[k], units[k + 1], units[k + 2]
        if there.key not in _THERE_IS or not there.ind.lower().endswith("ada") or not (there.joined and who.joined):
            continue
        if k > 0 and units[k - 1].joined and (subject_person(units[k - 1]) or units[k - 1].pos == "n"):
            continue  # kita ada anak, oto ada: a subject's ada
        if who.pos != "n" or not person(who) or who.ind.endswith(" yang"):
            continue
        if act.pos in _OPENERS and act.key not in _THERE_IS and act.ind:
            who.ind += " yang"
        elif act.pos == "v" and act.key not in KEPT_BARE and act.root and act.ind == act.root:
            form = vocabulary.men_form(act.root)
            if form:
                who.ind += " yang"
                act.ind = form
