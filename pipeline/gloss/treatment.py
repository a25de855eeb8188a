"""Acts of care done to a patient (suntik, timbang, urut, rawat): with no carer as their doer, the bare
verb is what the patient undergoes, the Indonesian di- passive.

Manado Malay names the patient and leaves the carer out (abis suntik dia panas; anak so suntik;
musti timbang tiap bulan); Indonesian writes the patient's verb with di- (setelah disuntik dia
demam; anak sudah disuntik; harus ditimbang). The own references: after abis 3 of 3 disuntik, after
so or musti with a patient as subject or none, di- (so suntik tetanus? -> sudah disuntik).
A carer anywhere in the subject noun phrase (bidan so suntik, bidan di puskesmas so suntik, tukang urut
so urut; before for/untuk, the coming one's: bidan datang for suntik) does the act: meN-. A pronoun
subject keeps the bare verb (kita so suntik: a mother's "had the injection" as often as a nurse's "gave
it"; voice._SERVICES), and a person after the verb as its object (kita so suntik anak) keeps the active
verb, which the active-voice rule gives meN-.
opname, the lexicon's 'dirawat inap', names the stay itself where a noun stands (waktu opname, for opname,
Opname opening its sentence) and where another is told to undergo it (dokter suru opname): 'rawat inap'
(own references 5 of 5); after dapa the passive is said once (dapa opname -> dirawat inap).
Dispatched by clauses.py.
"""

from __future__ import annotations

from pipeline.gloss.carers import carer_in_subject
from pipeline.gloss.clause_words import subject_before
from pipeline.gloss.tokens import starts_sentence

# The acts of care a patient undergoes, Manado and Indonesian spellings.
CARE = frozenset({"suntik", "timbang", "urut", "rawat"})
# Words before the verb that leave its doer unnamed: after the act, an aspect word, a modal, a purpose.
_AFTER = frozenset({"abis", "habis", "sasudah", "sesudah", "setelah"})
_UNNAMED_DOER = _AFTER | frozenset({"so", "sudah", "blum", "belum", "musti", "harus", "mesti", "perlu", "for",
                                    "untuk", "mo", "mau", "akan"})


def _undergone(units, k, u, prev, nxt, before, vocabulary):
    if u.ind != u.root or prev is None or prev.key not in _UNNAMED_DOER:
        return
    if _object_follows(nxt) and not (prev.key in _AFTER and _opens_clause(units, k + 1)):
        return  # abis suntik ade manangis: after the act, the person is the next clause's subject
    if prev.key not in _AFTER:
        at = subject_before(units, k - 1)
        if prev.key in _PURPOSE and k > 1 and units[k - 2].pos == "v" and units[k - 2].joined:
            at = subject_before(units, k - 3)  # bidan datang for suntik: the coming one's purpose
        if at >= 0 and units[at].pos == "pron" and (nxt is None or nxt.key not in _VACCINES):
            return  # kita so suntik: the patient's or the carer's act, the bare verb (voice._SERVICES)
        if at >= 0 and carer_in_subject(units, at):
            u.ind = vocabulary.men_form(u.root) or u.ind  # bidan itu so suntik: the carer does it
            return
    u.ind = "di" + u.root


_PURPOSE = frozenset({"for", "untuk"})


def _object_follows(nxt) -> bool:
    """A person or a noun right after the verb in its clause: its object (suntik anak, timbang bayi)."""
    return nxt is not None and nxt.pos in ("n", "poss") and nxt.key not in _VACCINES


def _opens_clause(units: list, at: int) -> bool:
    """A person at units[at] with its own predicate after it (ade manangis, dia panas)."""
    after = units[at + 1] if at + 1 < len(units) and units[at].joined else None
    return units[at].pos in ("n", "pron") and after is not None and after.pos in ("v", "adj", "aux", "neg")


# What is injected, not who: after the verb it keeps the passive (so suntik tetanus? -> sudah disuntik tetanus?).
_VACCINES = frozenset({"tetanus", "vaksin", "imunisasi", "polio", "campak", "kb", "vitamin", "obat"})

# Before opname: a time, a purpose or an order, after which the stay is named, not undergone by a subject.
_STAY_NAMED = frozenset({"waktu", "saat", "pas", "selama", "for", "untuk", "suru", "suruh", "menyuruh", "disuruh",
                         "biaya"})


def _hospital_stay(units, k, u, prev, nxt, before, vocabulary):
    if u.ind.lower() != "dirawat inap":
        return
    if prev is not None and prev.key in ("dapa", "dap") and prev.ind.lower() in ("dapat", "di"):
        prev.ind = ""  # dapa opname -> dirawat inap: the passive said once
    elif prev is None and starts_sentence(units[k - 1].glue if k else None) or (
            prev is not None and (prev.key in _STAY_NAMED or prev.ind in _STAY_NAMED)):
        u.ind = "Rawat inap" if u.ind[:1].isupper() else "rawat inap"  # waktu opname, suru opname, Opname pake BPJS


RULES = {**{key: _undergone for key in CARE}, "opname": _hospital_stay}
FREE_KEYS = CARE
