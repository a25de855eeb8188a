"""kang, short akang, after a verb that opens a request and before its object: the benefactive -kan.

kang closing a clause is the tag 'kan' (Dorang so pulang kang? -> ..., kan?; Kita so bilang kang, ...).
Right after a verb that opens its clause (or follows tolong or coba) and before the verb's object it
is akang said short (dionbata.com's list: akang '-kan (akhiran)'), read by the akang rule below (the clause
rule verbforms.RULES dispatches; read_kang is called by particles.py, which reads kang as a tag):
  Ambe kang tu piring.   -> Tolong ambilkan piring itu.
  Tolong bawa kang kita pe tas. -> Tolong bawakan tas saya.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import asked, same_case, thing
from pipeline.gloss.indonesian import men_prefix
from pipeline.gloss.units import neighbours

# Words a request (or a prohibition) opens with before its verb: tolong bawa kang ..., jang ambe kang ...
_REQUEST_OPENERS = frozenset({"tolong", "co", "coba", "jang", "jangan"})
_OBJECT_POS = frozenset({"n", "dem", "pron", "loc", "num", "acr", "poss"})
_GIVING_VERBS = frozenset({"kase", "kaseh", "se", "kasih"})


def read_kang(units: list, k: int, prev, nxt, vocabulary) -> None:
    """Read kang at units[k] as akang where a request's verb and its object are either side."""
    if prev is None or nxt is None or vocabulary is None:
        return
    before = neighbours(units, k - 1)[0]
    if not (before is None or before.key in _REQUEST_OPENERS):
        return
    verb = prev.pos == "v" or prev.pos == "" and prev.root and vocabulary.is_verb_root(prev.root)
    if not verb or not (nxt.pos in _OBJECT_POS or nxt.key in ("tu", "ni") or thing(nxt, vocabulary)):
        return
    u = units[k]
    u.ind, u.gloss = "", ("BEN",)
    akang(units, k, u, prev, nxt, before, vocabulary)


def akang(units, k, u, prev, nxt, before, vocabulary):
    """The clause rule of akang (dispatched through verbforms.RULES)."""
    if prev is not None and prev.root and (prev.pos == "v" or prev.pos == "" and vocabulary.is_verb_root(prev.root)):
        # an Indonesian verb too: bungkus akang -> bungkuskan
        imperative = before is None or before.key in _REQUEST_OPENERS
        if prev.key in _GIVING_VERBS:
            # kase akang pa ngana pe kaka: akang is the thing given, pa the one it goes to
            prev.ind = "berikan" if imperative else "memberikan"
            return
        form = men_prefix(prev.root) + "kan"
        bare = prev.root + "kan"
        if before is None and not asked(units, k):
            bare = "tolong " + bare  # Antar akang sampe di muka -> Tolong antarkan ...: a request for a favour
        prev.ind = same_case(prev.ind, bare if imperative or not vocabulary.is_form(form) else form)
        if nxt is not None and nxt.key == "pa":
            nxt.ind, nxt.gloss = "", ("OBJ",)  # ambe akang pa torang: the beneficiary
