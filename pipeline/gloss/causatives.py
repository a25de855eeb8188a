"""kase and bekeng before the word they govern: a causative verb, giving, letting, a feeling caused.

The one word-pair rule of translate.py that reads the most context, kept apart so the word-pair
dispatcher stays a table of short rules:
  kase + V/A  -> meN-...-kan/-i where Indonesian attests it (kase maso -> memasukkan)
  kase + a thing given -> 'memberi', 'beri' in a request (instructions.py)
  kase + a person's act, refused leave -> 'mengizinkan' / 'biarkan' (permission.py)
  kase + a feeling -> 'membuat' + the feeling after its feeler (verbforms.feel_after_object)
  kase pa + a person -> 'memberikan'; bekeng malu as a complaint -> 'bikin'
"""

from __future__ import annotations

from pipeline.gloss.active_voice import IMPERATIVE_MARKERS
from pipeline.gloss.dative import given_before_receiver
from pipeline.gloss.indonesian import IndonesianVocabulary, men_prefix
from pipeline.gloss.instructions import tells_hearer
from pipeline.gloss.making import complains, makes_relative_head
from pipeline.gloss.morphology import ACRONYM, INDONESIAN, UNKNOWN
from pipeline.gloss.particles import URGING
from pipeline.gloss.permission import allows, lets
from pipeline.gloss.predicates import fronted_doer, put_aspect_first
from pipeline.gloss.returning import causative_root
from pipeline.gloss.units import Unit
from pipeline.gloss.verbforms import FEELINGS_CAUSED, feel_after_object

_GIVING = frozenset({"kase", "kaseh", "se"})
_GIVEN_AMOUNTS = frozenset({"sadiki", "dang", "satu", "dulu"})  # kase sadiki, kase dang: what a request gives


def read_causative(units: list[Unit], k: int, u: Unit, prev: Unit | None, nxt: Unit | None, negated: bool,
                   vocabulary: IndonesianVocabulary) -> str | None:
    """Read the causative at units[k] (`u`, between `prev` and `nxt`; `negated`: a negation before it
    in its clause) in place; "moved" when a unit changed place."""
    key = u.key
    # tolong dang kase maso: dang urges the request its opener makes
    imperative = prev is None or prev.key in IMPERATIVE_MARKERS or prev.key in URGING and (
        k < 2 or units[k - 2].key in IMPERATIVE_MARKERS)
    if complains(units, k):
        u.ind = u.root = "bikin"  # Bekeng malu jo! -> Bikin malu saja!
        return None
    root = causative_root(units, k, nxt, vocabulary) if nxt is not None else ""
    form = vocabulary.causative(root) if root and (nxt.pos in ("v", "adj") or nxt.pos == "" and (
        vocabulary.is_verb_root(root) or not given_thing(nxt, vocabulary))) and not makes_relative_head(units, k) else None
    if nxt is not None and key in _GIVING and nxt.ind in FEELINGS_CAUSED:
        # jang kase mara ngana pe papa -> jangan membuat ayahmu marah: a feeling is caused in
        # someone (menakutkan, memarahi say something else)
        u.ind = u.root = "buat" if prev is None else "membuat"
        return "moved" if feel_after_object(units, k + 1) else None
    elif key in _GIVING and allows(units, k, negated, bool(form), vocabulary):
        u.ind = u.root = "biarkan" if imperative else "mengizinkan"  # dia pe suami nda kase (permission.py)
    elif form:
        nxt.root = root  # kase babunyi lonceng -> membunyikan lonceng: the ba- verb's root
        u.ind, u.gloss = "", ("CAUS",)
        # jang kase tinggal -> jangan tinggalkan; se panas dulu -> panaskan dulu; the doer's
        # bare verb after a fronted object, its aspect or modal before the doer (tu kue
        # kita so kase maso -> kue itu sudah saya masukkan)
        doer = -1 if imperative else fronted_doer(units, k, k + 2, vocabulary)
        if doer >= 0:
            put_aspect_first(units, doer, k)
        nxt.ind = nxt.root + form[len(men_prefix(nxt.root)):] if imperative or doer >= 0 else form
    elif nxt is not None and key in _GIVING and nxt.key == "pa":
        # kase pa kita jo: a request to hand something over; dia lupa kase pa oma: to give it
        u.ind = u.root = "berikan" if imperative else "memberikan"
        if given_before_receiver(units, k):
            return "moved"  # kase pa kita tu piring -> berikan piring itu kepada saya
    elif nxt is not None and key in _GIVING and (nxt.pos in ("n", "acr", "pron") or nxt.source == ACRONYM or (
            nxt.key in _GIVEN_AMOUNTS) or given_thing(nxt, vocabulary)):
        # kase bantuan -> memberi bantuan; a request: kase kita satu -> beri saya satu, jang
        # kase anak kopi -> jangan beri anak kopi (own sets: beri 5 of 5, MangARTI: berikan);
        # to a person, giving when a thing follows (dia kase kita doi -> memberi saya uang)
        if lets(units, k, vocabulary):
            u.ind = "biarkan" if imperative else "mengizinkan"  # a person's act: jangan biarkan dia masuk
        elif imperative or tells_hearer(units, k, vocabulary):
            u.ind = "beri"
        elif nxt.pos != "pron" or k + 2 < len(units) and nxt.joined and (
                units[k + 2].pos in ("n", "acr", "num") or given_thing(units[k + 2], vocabulary)):
            u.ind = "memberi"
        u.root = u.ind  # its own root: beri is no ber- verb
    return None


def given_thing(unit: Unit, vocabulary: IndonesianVocabulary) -> bool:
    """An Indonesian word the lexicon lacks that is no verb, a noun-first word, or a word no source
    knows: a thing given (tablet, ambulans, abate)."""
    if unit.source == UNKNOWN:
        return not unit.upper  # kase abate gratis: a word no source knows is mostly a product's name
    root = unit.root or unit.ind
    if unit.pos == "" and root in vocabulary.nouns:
        return True  # also by a sound rule: kalompok -> kelompok
    return unit.pos == "" and unit.source == INDONESIAN and not vocabulary.is_verb_root(root)
