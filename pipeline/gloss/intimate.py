"""The intimate register of a line of love: kita 'aku' (and its -ku), not 'saya'.

Indonesian has two first persons where Manado Malay has one kita: saya, neutral and polite, what an
informant tells a researcher, and aku, intimate, what one says to the one one loves, what a love song
or a caption says ('aku rindu padamu', 'hatiku hanya untukmu'). The glosser reads kita 'saya'
(RESEARCH.md); a sentence that speaks of love to the one it loves reads it 'aku':
  - a word of love (rindu, kangen, cinta, sayang, kekasih, pacar, jodoh, hati as the seat of love, a
    smile, an embrace, a kiss, parting, being willing to give all: rela), and
  - the one loved addressed: ngana (the intimate 'you') in the sentence, or a vocative of love (sayang,
    kekasih) closing or opening it.
Kita rindu pa ngana -> Aku rindu kepadamu, but Kita rindu pa keluarga (no one addressed), Kita
sanang ngana datang (no word of love), and a love told of another (Tuhan cinta pa ngana) or for another
(kita sayang ngana pe anak, ngana pe pacar) keep 'saya'; sayang skali opening its clause is 'what a pity'.
In that register the pronouns cling as Indonesian writes them: kepada aku -> padaku, untuk kamu ->
untukmu, membuat aku -> membuatku, kita pe hati -> hatiku (possessives.py attaches -ku as -mu).
The own references: 'aku' in every sentence of this kind (dev rounds 18, 22, 34, 35: 15 of 15); the
MangARTI corpus, which has none, never writes 'aku'.
"""

from __future__ import annotations

from pipeline.gloss.morphology import NAME
from pipeline.gloss.units import Unit
from pipeline.person_words import PERSON_NOUNS

_LOVE = frozenset({"rindu", "rindo", "kangen", "cinta", "tercinta", "sayang", "tersayang", "kekasih", "pacar",
                   "jodoh", "jodo", "hati", "ati", "senyum", "peluk", "bapeluk", "cium", "bacium", "rela", "pisah",
                   "bapisah"})
_VOCATIVES = frozenset({"sayang", "kekasih"})
_BELOVED = frozenset({"pacar", "kekasih", "jodoh", "jodo"})   # words of love that name the loved person
_THIRD_PERSONS = frozenset({"dia", "de", "dorang", "dong"})
_HEART = frozenset({"hati", "ati"})
_HEARTBREAK = frozenset({"sakit", "pata", "patah", "ancor", "hancur"})  # sakit hati, pata hati
_ADDRESSEE = frozenset({"ngana", "nga", "ngana pe", "nga pe", "ngape"})
_PITY = frozenset({"skali", "sekali", "banget"})   # sayang skali: 'sayang sekali', what a pity
_FIRST_PERSON = frozenset({"kita", "kt", "ta", "kita pe", "ta pe", "tape", "tepe", "kita sandiri"})
# Words after which Indonesian writes the pronoun as an enclitic: prepositions, and meN- verbs.
_PREPOSITIONS = frozenset({"kepada", "pada", "untuk", "dengan", "bagi"})
_ENCLITICS = {"aku": "ku", "kamu": "mu"}
# To the one loved the pronoun's preposition is pada (aku sayang padamu; own references 2 of 2), the
# kepada clitics.py writes elsewhere.
_TO_THE_LOVED = {"kepadamu": "padamu", "kepadaku": "padaku"}


def speak_intimately(units: list[Unit]) -> bool:
    """Read kita as 'aku' where the sentence speaks of love to the one it loves, and let aku and kamu
    cling to the word before them; True when the register applied."""
    speakers = [unit for unit in units if unit.key in _FIRST_PERSON and "saya" in unit.ind.split()]
    if not speakers or not _is_love_line(units):
        return False  # no one speaks of themselves: the nona who smiled at ngana is told of, not loved aloud
    for unit in speakers:
        unit.ind = " ".join("aku" if word == "saya" else word for word in unit.ind.split())
    for k in range(1, len(units)):
        before, pronoun = units[k - 1], units[k]
        enclitic = _ENCLITICS.get(pronoun.ind)
        if enclitic and pronoun.pos in ("pron", "") and before.joined and _takes_enclitic(before):
            before.ind, pronoun.ind = before.ind + enclitic, ""
    for unit in units:
        unit.ind = _TO_THE_LOVED.get(unit.ind, unit.ind)
    return True


def _is_love_line(units: list[Unit]) -> bool:
    """A word of love, and the one loved addressed (ngana, or a vocative of love at an edge)."""
    keys = [unit.key for unit in units]
    love = [k for k, unit in enumerate(units) if _loves(unit.key) and not _pity(units, k) and not _anothers(units, k)]
    if not love:
        return False
    if _ADDRESSEE.intersection(keys):
        return True
    return any(units[k].key in _VOCATIVES and (k == len(units) - 1 or k == 0 and not units[k].joined) for k in love)


def _loves(key: str) -> bool:
    """A word of love, or a set phrase with one; hati inside a phrase is love only when it breaks or
    hurts (sakit hati, pata hati), not in the states it names (sanang hati 'glad', bae hati 'kind')."""
    words = key.split()
    if len(words) == 1 or words[0] in _HEARTBREAK:
        return bool(_LOVE.intersection(words))
    return bool(_LOVE.intersection(words) - _HEART)


def _anothers(units: list[Unit], k: int) -> bool:
    """Is the love at units[k] a third person's, or for one? Its subject a person named (Tuhan cinta pa
    ngana), the one loved a person after it (sayang ngana pe anak-anak, rindu pa ngana pe mama), or the
    loved one owned by another (ngana pe pacar): ngana is then told of them, not loved aloud."""
    before = units[k - 1] if k else None
    if before is not None and (_person(before) or before.pos == "poss" and before.key not in _FIRST_PERSON
                               and units[k].key in PERSON_NOUNS | _BELOVED):
        return True
    after = next((unit for unit in units[k + 1:] if unit.pos not in ("prep", "poss")), None)
    return after is not None and _person(after)


def _person(unit: Unit) -> bool:
    """A person other than the two speaking: a person noun, a name, a third person pronoun."""
    noun = unit.key.partition("-")[0]   # reduplicated, many (cucu-cucu)
    return noun in PERSON_NOUNS or unit.key in PERSON_NOUNS or unit.key in _THIRD_PERSONS or unit.source == NAME


def _pity(units: list[Unit], k: int) -> bool:
    """sayang skali opening its clause: 'what a pity', no word of love."""
    opens = k == 0 or not units[k - 1].joined
    return units[k].key == "sayang" and opens and k + 1 < len(units) and units[k + 1].key in _PITY


def _takes_enclitic(unit: Unit) -> bool:
    """A preposition, or a one-word meN- verb (membuat aku -> membuatku); not a bare verb, which keeps
    the pronoun free (jangan lupakan aku)."""
    if unit.ind in _PREPOSITIONS:
        return True
    derived = unit.pos == "v" or unit.pos == "" and unit.root and unit.ind != unit.root  # cinta -> mencintai
    return derived and " " not in unit.ind and unit.ind.startswith("me") and len(unit.ind) > 4
