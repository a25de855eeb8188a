"""kepada before dia or kamu is written as one word where the pronoun closes its phrase: kepadanya,
kepadamu (bilang pa dia, mar ... -> bilang kepadanya, tapi ...). Written Indonesian prefers the
enclitic there; the own development references write kepadanya 6 times and kepada dia once, kepadamu 7
times and kepada kamu never. The pronoun stays free before what else it heads or joins (pa dia pe
anak, pa dia deng ngana), and after tanya (tanya pa dia: own references 'tanya dia' or 'kepada dia').
untuk before them likewise: untuknya, untukmu (salam for ngana, cuma for ngana: own references 5 of 5), not after a
thanks, where the one thanked stays free (makase for dia -> terima kasih untuk dia)."""

from __future__ import annotations

_FUSED = {"dia": "kepadanya", "kamu": "kepadamu"}
_FUSED_FOR = {"dia": "untuknya", "kamu": "untukmu"}
# After the pronoun: a new clause, a time, another person (bilang pa dia kalu ..., senyum pa ngana tadi)
_PHRASE_CLOSED = frozenset({"conj", "adv", "pron"})
_JOINING = frozenset({"deng", "dengan", "dan", "sama", "ato", "atau", "ka"})
_ASKING = frozenset({"tanya", "batanya"})


def fuse_addressee(units: list, k: int, verb) -> None:
    """units[k] reads 'kepada' or 'untuk'; fuse the dia/kamu right after it (units[k + 1]) into one word."""
    if k + 1 >= len(units) or verb is not None and verb.key in _ASKING:
        return
    pronoun = units[k + 1]
    fused = (_FUSED if units[k].ind == "kepada" else _FUSED_FOR if units[k].ind == "untuk" else {}).get(pronoun.ind)
    if fused is None or pronoun.pos != "pron" or not units[k].joined:
        return
    if pronoun.joined and k + 2 < len(units):
        after = units[k + 2]
        if after.pos not in _PHRASE_CLOSED or after.key in _JOINING:
            return
    units[k].ind, pronoun.ind = fused, ""
