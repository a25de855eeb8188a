"""A keyword written in Manado Malay also matches its Indonesian form.

A researcher writes some keywords as their informants say them ("nanti jo", "nda jadi-jadi",
"maso rumah sakit"); Indonesian text, and the Indonesian translation the coder reads beside a
Manado Malay turn, say "nanti saja", "tidak jadi-jadi", "masuk rumah sakit". The glosser that
translates the turns translates the keyword the same way.

A label's or keyword's single Manado Malay word is also read as the word the gloss gives it
alone (`added_words`: "tidor" *tidur*), for the label's rules and the quotation guess.

A keyword of "only" is also said the other way round: "hanya ASI", "cuma ASI" for "ASI saja"
(`restrictive_forms`; a keyword of two content words already matches without its *saja*).

A sound correspondence of the gloss lexicon re-spells a Manado Malay word as the Indonesian one
("ari" -> *hari*); a keyword whose every such word is an Indonesian word as written ("ari-ari",
the placenta) was written in Indonesian, and keeps its sense: it has no other form.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.coding.codebook_words import WORD, content_words
from pipeline.coding.lemmas import word_analyzer
from pipeline.gloss.glosser import shared_glosser



@lru_cache(maxsize=4096)
def indonesian_form(keyword: str) -> str | None:
    """The keyword's Indonesian translation where it differs from the keyword, else None."""
    translated = shared_glosser().gloss(keyword).translation.strip()
    if not translated or translated.casefold() == keyword.casefold() or _written_in_indonesian(keyword):
        return None
    return translated


def _written_in_indonesian(keyword: str) -> bool:
    """Is every word of `keyword` the gloss lexicon translates an Indonesian word that it only
    re-spells (a sound correspondence: "ari" -> *hari*), alone or reduplicated ("ari-ari")?"""
    glosser = shared_glosser()
    bases = [word.split("-")[0] if word.count("-") == 1 and len(set(word.split("-"))) == 1 else word
             for word in keyword.casefold().split()]
    translated = [respelled for base in bases if (respelled := glosser.respells(base)) is not None]
    return bool(translated) and all(translated)


def added_words(text: str) -> list[str]:
    """The Indonesian words of `text`'s Manado Malay words, each translated alone ("Malam nyanda
    bisa tidor": *tidur*): a label or keyword written as the informants speak also names what an
    Indonesian quote says. Only a word the glosser's Indonesian vocabulary does not know (not
    "pas", "ulang", "laki-laki", Indonesian words too) and whose translation is one word (not
    "biang" -> *dukun beranak*, whose *beranak* is the lemma *anak*) that is a content word itself
    (not "deng" -> *dengan*, "torang" -> *kami*: Manado function words the stop list does not hold)."""
    analyzer = word_analyzer()
    own = content_words(text)
    found = []
    for word in dict.fromkeys(WORD.findall(text)):
        plain = word.casefold()
        if plain not in own or analyzer.is_common(plain):
            continue
        form = indonesian_form(word)
        if form and content_words(form) == [form.casefold()] and form.casefold() not in own:
            found.append(form.casefold())
    return list(dict.fromkeys(found))


def indonesian_forms(keywords: list[str], exclude: list[str]) -> list[str]:
    """The Indonesian forms of `keywords` that have one and are not in `exclude`, once each."""
    written = {k.casefold() for k in exclude}
    forms = [form for form in (indonesian_form(k) for k in keywords) if form is not None]
    return [form for form in dict.fromkeys(forms) if form.casefold() not in written]


# "only": Indonesian says it after the word ("ASI saja") or before it ("hanya ASI"), Manado Malay
# with *cuma* or *jo* ("cuma ASI", "ASI jo")
ONLY_AFTER = ("saja", "aja", "sajalah", "jo", "doang")
ONLY_BEFORE = ("hanya", "cuma", "cuman")


def restrictive_forms(keywords: list[str]) -> tuple[str, ...]:
    """The other ways of saying a keyword of "only" + one word or phrase ("ASI saja": "hanya ASI",
    "cuma ASI"; "cuma ditimbang": "ditimbang saja"), not the keywords themselves, once each; none
    for a keyword whose rest is stop words only ("nanti saja": later, not only later)."""
    written = {keyword.casefold() for keyword in keywords}
    forms: list[str] = []
    for keyword in keywords:
        words = keyword.split()
        rest = words[:-1] if words[-1].casefold() in ONLY_AFTER else words[1:] \
            if words[0].casefold() in ONLY_BEFORE else []
        if len(words) < 2 or all(word.casefold() in STOP_WORDS for word in rest):
            continue
        thing = " ".join(rest)
        forms += [f"{only} {thing}" for only in ONLY_BEFORE] + [f"{thing} {only}" for only in ONLY_AFTER[:2]]
    return tuple(form for form in dict.fromkeys(forms) if form.casefold() not in written)
