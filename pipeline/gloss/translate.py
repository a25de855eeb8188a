"""Sentence-level rules: multiword expressions, word order and the grammatical words.

Works on units (a word, or a multiword expression from the lexicon) between glue strings, so
rules never reach across punctuation:
  possessive  X pe Y -> Y X; depe/dp Y -> Y-nya; nga pe Y -> Y-mu (possessives.py, at assembly)
  dapa + V    -> di-V (dapa pangge -> dipanggil); otherwise 'dapat'
  kase + V/A  -> meN-...-kan/-i where Indonesian attests it (kase maso -> memasukkan); before a
              thing given 'memberi' (kase kita doi -> memberi saya uang), 'beri' in a request
              (instructions.py: a clause that tells the hearer what to do);
              refused leave, 'mengizinkan' (nda kase maso, suami nda kase: permission.py) (causatives.py)
  ba / ta     separated prefixes join the next word (ba urus -> mengurus; separated_prefixes.py)
  tu/ni + N   -> N itu / N ini
  mo          dropped after a modal or a complement-taking adjective (bole mo dapa -> bisa dapat,
              malas mo urus -> malas urus)
  X X         a word written twice is reduplication (urus urus -> urus-urus)
  ja          (habitual) dropped after a negation (nda ja pigi -> tidak pergi) and after biasa
  le          'juga', but 'lagi' after a negation in the same clause
  da          past marker: dropped before a predicate, 'ada' before a noun
  ada + V     'sedang' (an act going on), also before a verb root the lexicon leaves to Indonesian
              after a person or an animal, before its object (ada pasang tenda -> sedang memasang; papa ada tamu)
  pa          'Pak' before a capitalised name; 'kepada', 'ke' or dropped as a mere object
              marker by the verb before it and the person or place after it (dative.py)
  pigi + place  'ke' is supplied (pigi pasar -> pergi ke pasar; a noun too: pigi pesta -> pergi ke
              pesta); after a verb of taking somewhere pigi is 'ke' alone (bawa pi puskesmas; going_to.py)
  deng        'dan' between two nouns or two predicates, else 'dengan'
Then the rules that read a whole clause or sentence (clauses.py, pronouns.py, voice.py, particles.py), and last
those that read what all of them made (predicates.py: active voice, possession, superlative).
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.clause_words import (
    ALSO, INTENSIFIERS, acts, animal_before, CAUSATIVES, COORDINATORS, asked, nominal, verbal)
from pipeline.gloss.clauses import CLAUSE_KEYS, refine
from pipeline.gloss.causatives import read_causative
from pipeline.gloss.dative import read_ka, read_pa
from pipeline.gloss.framed_demonstratives import drop_doubled
from pipeline.gloss.existential import join_with_yang
from pipeline.gloss.object_relative import bare_in_object_relative
from pipeline.gloss.fronted_subject import front_subjects
from pipeline.gloss.going_to import TOWARDS, read_going
from pipeline.gloss.demonstratives import (
    ASKING_AMOUNT, after_subject_pronoun, close_relative, determines, modifier_phrase_end, opens_subject,
    owner_of_next, phrase_closed)
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.morphology import ACRONYM, INDONESIAN, NAME, RULE
from pipeline.gloss.particles import PARTICLE_KEYS, place
from pipeline.gloss.possessives import possessive
from pipeline.gloss.active_voice import COMPLEMENT_TAKERS, MOTION_VERBS
from pipeline.gloss.predicates import after_context
from pipeline.gloss.phrases import match_phrase
from pipeline.gloss.pronouns import PRONOUN_KEYS, decide_we
from pipeline.gloss.voice import THEY_KEYS, impersonal, undergone_after_da
from pipeline.gloss.attribute_subject import front_attribute
from pipeline.gloss.time_placement import place_now
from pipeline.gloss.units import Unit, hold_brackets, merge_glue, neighbours
from pipeline.gloss.separated_prefixes import join_prefix
from pipeline.gloss.wordtypes import WordType

_NEGATIONS = frozenset({"nyanda", "nda", "ndak", "nd", "ndk", "tidak", "tak", "bukang", "bukan",
                        "nintau", "nimau", "nimbole", "jang", "jangang", "jangan", "blum", "belum"})
_PASSIVES = frozenset({"dapa", "dap"})
_DETERMINERS = frozenset({"tu", "ni"})
_DEMONSTRATIVES = frozenset({"ini", "itu"})  # after a predicate, before a clause-final noun: -> ikan ini
_PROGRESSIVES = frozenset({"ada", "ad", "sementara", "samantara"})
# Verbs of a state, not an event: le after them is 'juga' (ada le, dia tau le)
_NOT_EVENTS = frozenset({"ada", "punya", "tau", "tahu", "mau", "bisa", "suka", "rasa", "pikir", "kira"})
_RAIN = frozenset({"ujang", "hujan"})  # an event though a noun: ujang le -> hujan lagi
_SENTENCE_ENDS = frozenset({".", "?", "!"})
CONTEXT_KEYS = (frozenset({"mo", "ja", "da", "pa", "ka", "tu", "ni", "ini", "itu", "ba", "ta"}) | TOWARDS
                | ALSO | CAUSATIVES | _PASSIVES | COORDINATORS | _PROGRESSIVES | MOTION_VERBS)
# The rules that read a whole clause or sentence after the word-pair rules, in order, each with
# the keys it works on: clause readings, torang, dorang's passive, the particles.
_READY = frozenset({"siap", "bersiap"})  # ready for an act: Indonesian joins it with untuk
_LATER_RULES = ((CLAUSE_KEYS, refine), (PRONOUN_KEYS, decide_we), (THEY_KEYS, impersonal), (PARTICLE_KEYS, place))
# decide_we's place in _LATER_RULES: front_subjects runs where a pronoun key brought it
_PRONOUN_RULE = [rule for _, rule in _LATER_RULES].index(decide_we)
# Every key a rule reads, with the later rule it belongs to (-1: a word-pair rule's only); one
# dictionary look-up per unit tells both.
_RULE_KEYS = {**dict.fromkeys(CONTEXT_KEYS, -1),
              **{key: at for at, (keys, _) in enumerate(_LATER_RULES) for key in keys}}


class SentenceTranslator:
    """Builds the gloss and the free translation of one xmm/mixed segment from word analyses."""

    def __init__(self, vocabulary: IndonesianVocabulary, negations: frozenset[str] = frozenset(),
                 written_together: dict[tuple[str, str], str] | None = None):
        self.vocabulary = vocabulary  # multiword expressions come with the word types (wordtypes.py)
        # ba- verbs and ter- words of the lexicon by prefix and stem: ba or ta written apart reads as the
        # word written together (ba jual -> bajual 'berjualan'; ta kupas -> takupas 'terkelupas')
        self.written_together = written_together or {}
        # What a unit's key asks of the context pass, in one look-up per unit: (the later rule it
        # belongs to or -1, whether a word-pair rule reads it, whether it negates its clause).
        # `negations`: the lexicon's words of part of speech neg (the only units that have it).
        negating = _NEGATIONS | negations
        self._kinds = {key: (_RULE_KEYS.get(key, -1), key in CONTEXT_KEYS, key in negating)
                       for key in _RULE_KEYS.keys() | negating}

    def units(self, types: list[WordType], glues: list[str], keep_homographs: bool) -> list[Unit]:
        """Group words into units: lexicon MWEs (longest first), doubled words, single words."""
        units: list[Unit] = []
        append = units.append
        n = len(types)
        i = 0
        while i < n:
            t = types[i]
            if t.phrases is not None and i + 1 < n and not glues[i].strip():
                candidates = t.phrases.get(types[i + 1].lower)
                if candidates is not None:
                    unit = match_phrase(candidates, i, types, glues, bool(units) and units[-1].pos == "poss")
                    if unit is not None:
                        units.append(unit)
                        i += len(unit.gloss)
                        continue
            if t.doubles and i + 1 < n and types[i + 1].lower == t.lower and not glues[i].strip():
                a = t.analysis
                ind = t.word + "-" + types[i + 1].word if a.ind == t.lower else self.vocabulary.reduplicated(a.ind)
                units.append(Unit(t.lower, ind, (a.gloss, a.gloss), a.pos, "", glues[i + 1],
                                  a.ind != t.lower and t.upper, i, a.source))
                i += 2
                continue
            if keep_homographs:
                ind, cap = t.kept, t.kept_cap
            else:
                ind, cap = t.translation, t.translation_cap
            unit = Unit(t.lower, ind, t.gloss, t.pos, t.root, glues[i], cap, i, t.source, t.upper)
            if t.source == NAME and units and units[-1].glue.endswith("[") and unit.glue.startswith("]"):
                hold_brackets(units[-1], unit)  # om [NAMA] pe oto: the mark is one name in its clause
            append(unit)
            i += 1
        return units

    # --- context rules -------------------------------------------------------------------------

    def apply_context(self, units: list[Unit]) -> bool:
        """Apply the context rules in place; True when a rule moved a unit (tu anak -> anak itu)."""
        reordered = False
        negated = False
        k = 0
        count = len(units)
        later: dict[int, list[int]] = {}  # where each later rule has work
        kinds = self._kinds
        while k < count:
            u = units[k]
            kind = kinds.get(u.key)
            if kind is not None:
                rule_at, paired, negating = kind
                if negating:
                    negated = True
                if rule_at >= 0:
                    later.setdefault(rule_at, []).append(k)
                if paired and u.source == "lexicon" and len(u.gloss) == 1:
                    prev, nxt = neighbours(units, k)
                    moved = self._rule(u, nxt, prev, negated, units, k)
                    if moved == "moved":
                        reordered = True
                    elif moved in ("swap", "subject"):
                        reordered = True
                        opening, past_to, owned = prev is None or prev.pos == "conj", 0, False
                        after_verb = prev is not None and prev.pos == "v"
                        if u.key in _DETERMINERS and (nxt.pos == "v" or nxt.pos == "" and nxt.root and (
                                self.vocabulary.is_verb_root(nxt.root))):
                            nxt.pos = "n"  # lupa tu kunci motor, tu kunci rumah ada: what tu opens is a thing (the key), no act
                        while True:  # tu suara tv -> suara TV itu: past a compound's second noun too
                            units[k], units[k + 1] = nxt, u
                            nxt.swap_glue(u)
                            nxt.cap, u.cap = u.cap, False
                            if moved == "subject" and u.ind[:1].isupper():
                                u.ind, nxt.cap = u.ind.lower(), True  # Itu batu barat -> Batu itu berat
                            if nxt.key in CLAUSE_KEYS:
                                later.setdefault(0, []).append(k)
                            k += 1
                            if k + 1 < past_to:
                                nxt = units[k + 1]
                                continue
                            if owner_of_next(units, k, self.vocabulary):  # tu mobil pe roda -> roda mobil itu
                                past_to, nxt, owned = k + 3, units[k + 1], True
                                continue
                            if phrase_closed(units, k, moved, owned, after_verb, self.vocabulary):
                                past_to = opening and u.key in _DETERMINERS and k + 1 < count and u.joined and (
                                    modifier_phrase_end(units, k + 1, self.vocabulary))
                                if not past_to:
                                    break  # itu batu barat: past the subject's nouns only
                            nxt = units[k + 1]
            if not u.joined:
                negated = False
            k += 1
        for at in sorted(later):
            if _LATER_RULES[at][1](units, later[at], self.vocabulary):  # a rule that moved words says so
                reordered = True
        after_context(units, self.vocabulary)
        join_with_yang(units, self.vocabulary)  # ada orang tolong -> ada orang yang menolong
        bare_in_object_relative(units, self.vocabulary)  # baju yang kita bapake -> baju yang saya pakai
        if place_now(units) | front_attribute(units):  # anakmu sekarang sudah besar; harga beras sudah naik
            reordered = True
        if _PRONOUN_RULE in later and front_subjects(units):  # a pronoun closing its sentence
            reordered = True
        drop_doubled(units)  # tu anak itu -> anak itu, not anak itu itu
        return close_relative(units) or reordered

    def _rule(self, u: Unit, nxt: Unit | None, prev: Unit | None, negated: bool, units: list[Unit],
              k: int) -> str | None:
        key = u.key
        if key in _DEMONSTRATIVES:  # first: the most frequent key, and mostly no rule applies
            if nxt is None:
                return None
            if prev is None:  # opening its clause
                return "subject" if opens_subject(units, k, self.vocabulary) else None
            return "swap" if determines(units, k, self.vocabulary) else None
        if key in _PASSIVES:
            if nxt is not None and nxt.root and (nxt.pos == "v" or (
                    nxt.pos == "" and self.vocabulary.is_verb_root(nxt.root))) and not self.vocabulary.is_ber_form(nxt.root):
                u.ind, u.gloss = "", ("PASS",)
                nxt.ind = self.vocabulary.di_form(nxt.root)
        elif key in CAUSATIVES:
            return read_causative(units, k, u, prev, nxt, negated, self.vocabulary)
        elif key == "mo":
            if prev is not None and prev.key in INTENSIFIERS and k > 1 and units[k - 2].joined:
                prev = units[k - 2]  # susa skali mo cari: mo after the graded predicate
            if prev is not None and (prev.key in COMPLEMENT_TAKERS or prev.ind in COMPLEMENT_TAKERS or (
                    prev.key in ("for", "untuk"))):  # for mo beking; binci mo lia (benci melihat)
                u.ind = "untuk" if prev.ind in _READY else ""  # basiap mo pulang -> bersiap untuk pulang
        elif key == "ja":
            if prev is not None and (prev.key in _NEGATIONS or prev.pos == "neg" or prev.ind == "biasa"):
                u.ind = ""  # nda ja pigi -> tidak pergi; biasa ja pigi -> biasa pergi: the habit said once
        elif key in ALSO:
            # le closing its clause right after an event happens once more: listrik mati le ->
            # mati lagi, ujang le -> hujan lagi; after a person or a thing, or before its predicate,
            # it is 'juga' (kita le mo iko, ngana le)
            if negated or prev is not None and prev.joined and not u.joined and (
                    prev.pos == "v" and prev.key not in _NOT_EVENTS or prev.key in _RAIN):
                u.ind, u.gloss = "lagi", ("lagi",)
        elif key == "da":
            # da before the weather reports it fell (tadi malam da ujang -> tadi malam hujan)
            u.ind = "ada" if nxt is not None and nxt.pos in ("n", "loc", "pron", "num") and nxt.key not in _RAIN else ""
            if undergone_after_da(units, k, prev, nxt, self.vocabulary):
                u.gloss = ("PASS",)  # depe doi da cure -> uangnya dicuri: a thing does not steal
                nxt.ind = self.vocabulary.di_form(nxt.root)
        elif key == "pa":
            read_pa(units, k, prev, nxt, self.vocabulary)
        elif key == "ka":
            read_ka(units, k, nxt)
        elif key in COORDINATORS:
            if (nominal(prev) and nominal(nxt)) or (verbal(prev) and verbal(nxt)):
                u.ind = "dan"
        elif key in _PROGRESSIVES:
            if nxt is not None and (nxt.pos in ("v", "adj") or nxt.key in ("ba", "baku") or (  # ada ba istirahat
                    nxt.pos == "" and self.vocabulary.is_suffixed_verb(nxt.key)) or (  # ada antarkan
                    nxt.source == RULE and nxt.key[:2] == "ba" and nxt.ind[:2] in ("be", "me")) or (  # ada bakerja
                    nxt.pos == "" and nxt.source == INDONESIAN and prev is not None and (
                        acts(prev) and k + 2 < len(units) and nxt.joined or animal_before(units, k)) and (
                        self.vocabulary.is_verb_root(nxt.root)))):  # anjing ada gonggong: an animal owns no verb's noun
                u.ind, u.gloss = "sedang", ("PROG",)
                if nxt.pos == "" and animal_before(units, k):
                    nxt.ind = self.vocabulary.men_form(nxt.root) or nxt.ind  # sedang menggonggong: its own act
                nxt.pos = nxt.pos or "v"  # ada potong rumpu -> sedang memotong rumput
            elif nxt is not None and nxt.key in _PASSIVES and key in ("ada", "ad"):
                # getting or undergoing is done, not going on: ada only asserts it (kita ada dapa
                # surat -> saya dapat surat; dia ada dapa pukul -> dia dipukul)
                u.ind, u.gloss = "", ("PFV",)
                if not nxt.joined and asked(units, k + 1):
                    u.ind = "sudah"  # kelambu ada dapa? -> kelambu sudah dapat?: whether it was got
        elif key in TOWARDS or key in MOTION_VERBS:
            read_going(units, k, u, prev, nxt)
        elif key in ("tu", "ni"):
            if prev is None and nxt is not None and opens_subject(units, k, self.vocabulary):
                return "subject"  # tu kunci rumah ada di meja -> kunci rumah itu ada di meja
            if prev is not None and prev.pos in ("n", "loc", "acr") and key == "ni" and not (
                    k >= 2 and units[k - 2].key in ASKING_AMOUNT and units[k - 2].joined):
                return None  # kukis ni oma yang bekeng: ni already closes its noun (not brapa harga ni ikang)
            if nxt is not None and not after_subject_pronoun(units, k) and (nxt.pos in ("n", "loc", "") and nxt.source in (
                    "lexicon", INDONESIAN, RULE) and not (nxt.pos == "" and nxt.ind in STOP_WORDS) or nxt.pos == "acr" or (
                    nxt.source == ACRONYM) or nxt.pos == "v" and prev is not None and prev.pos == "v"):
                # malam ni di rumah: ni closes its noun, di is no noun; tu TV -> TV itu; angka tu telepon:
                # after a verb, what tu opens is its object; after the subject pronoun tu marks the topic
                return "swap"
        elif key in ("ba", "ta"):
            join_prefix(units, k, u, nxt, self.vocabulary, self.written_together)
        return None

    # --- assembly ------------------------------------------------------------------------------

    def assemble(self, leading: str, units: list[Unit]) -> str:
        """The free translation: units in order, possessives reordered, dropped words removed."""
        out: list[list] = []  # [text, glue, cap]
        pending_cap = False
        k = 0
        count = len(units)
        while k < count:
            u = units[k]
            if u.pos == "poss":
                k = possessive(units, k, out, pending_cap, self.vocabulary)
                pending_cap = False
                continue
            if not u.ind:
                if u.cap:
                    pending_cap = True
                if out:
                    out[-1][1] = merge_glue(out[-1][1], u.glue)
                k += 1
                continue
            out.append([u.ind, u.glue, u.cap or pending_cap])
            pending_cap = False
            k += 1
        if out and units[-1].glue.rstrip()[-1:] in _SENTENCE_ENDS:  # not a keyword or a phrase (nanti jo)
            out[0][2] = True  # a sentence's translation opens as a sentence does (depe rumah bagus. -> Rumahnya ...)
        parts = [leading]
        for text, glue, cap in out:
            if cap and text[:1].islower():
                text = text[0].upper() + text[1:]
            parts.append(text)
            parts.append(glue)
        text = "".join(parts)
        # a dropped last word leaves the space before it (panas skali -> sangat panas, not "... panas ")
        return text.rstrip() if not out or not units[-1].glue else text
