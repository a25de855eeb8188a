"""kase pulang of a thing is 'kembalikan' (give it back), not 'pulangkan' (send a person home).

MangARTI mining and dev parts: kase/se pulang with a thing as its object (tape doi, tu buku, barang)
or as the subject it happens to (buku ini musti kase pulang) is 'mengembalikan'/'dikembalikan' 5 of 5;
of a person (kase pulang anak-anak) or with nothing to say what goes back it stays 'memulangkan'.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import DEMONSTRATIVES, ber_root, is_time, person, thing
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.voice import thing_undergoes

_HOME = frozenset({"pulang", "pulangkan"})


def causative_root(units: list, k: int, nxt, vocabulary: IndonesianVocabulary) -> str:
    """The root kase at units[k] makes causative of the word `nxt` after it (ber_root): 'kembali'
    for pulang of a thing."""
    root = ber_root(nxt)
    if root not in _HOME:
        return root
    after = k + 2
    if after < len(units) and units[k + 1].joined:
        obj = units[after]
        if (obj.key in DEMONSTRATIVES or obj.pos == "poss") and after + 1 < len(units) and obj.joined:
            obj = units[after + 1]  # tu buku, tape doi: the thing after its opener
        if person(obj) or obj.pos in ("pron", "poss"):
            return root  # kase pulang anak-anak: sends them home
        if thing(obj, vocabulary) and not is_time(obj):
            return "kembali"
    # nothing after it but a time: a thing as subject before a modal undergoes it (buku ini musti kase
    # pulang), as voice.py reads every kase of a thing (obat ini musti kase abis -> harus dihabiskan)
    return "kembali" if thing_undergoes(units, k, k + 1) else root
