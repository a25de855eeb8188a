"""dapa lia / dapa dengar of a person who perceives: 'melihat', 'mendengar', not 'terlihat'.

  Dia dapa lia torang    a person before it and a person right after it: the first sees the second
                         (dia melihat kami); 'terlihat' takes no object
  kita nyanda dapa lia.  a person before it and nothing after it in its clause: the person's own
                         seeing (saya tidak bisa melihat; kita blum dapa lia -> saya belum melihat)
  sapa yang dapa lia    a person or sapa heading a relative with yang: the one who saw (siapa yang melihat;
                         orang yang dapa lia tu oto -> orang yang melihat mobil itu)
A thing before it (kota so dapa lia dari jao: terlihat), an adjective after it (anak itu dapa lia mabo:
looks seasick), no subject before it (dari sini dapa lia gunung: kelihatan) or pa + a person after it
(dapa_forms: the person perceived) are read elsewhere.
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.clause_words import DEMONSTRATIVES, PERSON_NOUNS, is_time, WHO, subject_before, subject_person

_PERCEIVING = frozenset({"dapa lia", "dapa liat", "dapa dengar"})


def perceiver_acts(units: list, k: int) -> bool:
    """units[k] (dapa lia, dapa dengar) is the act of the person before it, past aspect and negation."""
    at = subject_before(units, k - 1) if k else -1
    if units[k].key not in _PERCEIVING or at < 0:
        return False
    relative = units[at].key == "yang" and at > 0 and units[at - 1].joined
    if relative:
        at = subject_before(units, at - 1)  # sapa yang dapa lia: the relative's head perceives
    if at < 0 or not (subject_person(units[at]) or relative and units[at].key in WHO):
        return False
    if k + 1 == len(units) or not units[k].joined:
        return True  # kita nyanda dapa lia.: closing its clause
    after = units[k + 1]
    # in a relative, an object after it (orang yang dapa lia tu oto): terlihat takes none; not a time
    # (orang yang dapa lia kemarin: seen yesterday) nor a bare word that may be a state (anak yang dapa lia
    # pucat: looks pale): an untagged word counts only with its demonstrative (suara itu)
    return after.pos == "pron" or after.key in PERSON_NOUNS or relative and not is_time(after) and (
        after.pos in ("n", "dem", "acr", "loc", "poss") or after.pos == "" and after.ind not in STOP_WORDS and (
            k + 2 < len(units) and after.joined and units[k + 2].key in DEMONSTRATIVES))
