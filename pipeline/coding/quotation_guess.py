"""The code a printed quote most likely sits under when neither a rule nor its code's own words place it.

An author put every quote of a quotation set under a theme, so a quote left uncoded is a code
missed, not a turn without one (quotations.py). Most such quotes say the code's meaning in words
of their own; one word a code's description shares with the quote is weak evidence, yet the code
whose description it shares most with is the author's about half the time, and pooled agreement
gains from a placement right more than about a third of the time (a missed code and a wrong one
each cost one decision). The score:

* each code's description (`description_lemmas`: its label, an English label's words through
  their Indonesian correspondences (`english_labels.py`: an English "for" placed a Manado quote's
  "for"), a Manado Malay label's or keyword's words also as their Indonesian words
  (`keyword_forms.added_words`: "doi" is *uang*; not weighed as the label's own: "tidur" of "Malam
  nyanda bisa tidor" placed a crowded sleeping place's cough), what its definition affirms, an English definition through its Indonesian correspondences, its keywords' words, and here its
  `examples:`, quotes its author would place under it, whose words name the code's scenes in
  the informants' own words: on the leprosy study's two development quotation sets 13 right / 5
  wrong guesses -> 15 / 4; no other development codebook without rules gives examples; not the
  Manado function words an example is written with, `example_content_words`: one more right) weighs a word
  1/(number of codes whose description holds it): "anjing" in every code's definition tells
  none apart;
* a light verb (`specificity.is_light_verb`: "bilang", "kasih", "bawa") says what only with its
  object and weighs nothing (it placed 11 development quotes wrongly for 1 rightly);
* a word many of the set's own quotes hold (`study_words`: "anak", "susu" in a breastfeeding
  study) names the study more than one theme and weighs half (STUDY_WEIGHT): weighing nothing it
  left ties a code's study word decides ("kaki" beside "dipotong" in a diabetes study); half
  placed 5 more development quotes rightly for 2 wrongly (full weight: more wrong than right);
* a word of the code's own label weighs more (LABEL_WEIGHT): the label is the author's name for
  the code's point, the definition and keywords also name its circumstances; not a word naming
  who or where (`specificity.names_setting`: "dokter", "sekolah" in a label say a setting) (3 more
  right for 2 wrong after the study words' half, at 1.5: 7 for 6);
* a sum paid or money lacking ("dua ratus ribu", "doi dari mana?": `amounts.cost_said`) says
  *biaya* as the rules read it, though the quote does not write it (an uncoded quote naming a
  price went under a code sharing an incidental word: 4 development quotes of 3 studies placed
  rightly, none wrongly); an act done only after a wait ("dua bulan baru sadar", "kalau sudah
  bergerak anak baru pergi", "... Baru istri paksa pergi": `late_acts.late_said`) says *terlambat*
  and *tunda* alike (6 development quotes of 3 studies placed rightly under their delay code,
  none wrongly; *baru* before an act then a condition, "baru datang kalau ...", placed 1 wrongly);
* equal scores are told apart by the words of the code's category and theme labels.

A quote tied between codes, or whose best score is below MIN_SCORE (one word two codes share:
right on 7 of 33 development quotes) stays uncoded; so does a quote opening with a bare reply
("Iya, ...", "Ada, ...", "Belum pernah.": `is_reply`), which answers a question printed without
it, where its subject was named (its words placed 12 of 29 rightly, 55 of 102 otherwise). Nor is
a quote opening by sorting people ("Ada yang senang, ada yang marah.", "Ada yang datang, ada juga
yang nyanda": `sorts_people`): it answers how people took what the question named, and its words
are the reactions, not the subject (4 development quotes of 4 studies: 2 placed, both wrongly).
A noun of position after a locative preposition ("di samping kopi", "ke belakang") is part of a
preposition saying where: it counts only for a code whose own label or keyword says the same
("merokok di luar"), not for one whose compound holds it in another sense ("efek samping": 2
development quotes of 2 studies placed wrongly, none rightly).
Tried and left: related words (`related.py` groups) as a tie-break, right on 22 of 65.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from pipeline.coding.amounts import COST_LEMMAS, cost_said
from pipeline.coding.codebook_words import (
    PEOPLE, affirmed_text, content_words, holders, name_lemmas,
    word_lemma,
)
from pipeline.coding.english_labels import label_words
from pipeline.coding.keyword_forms import added_words
from pipeline.coding.late_acts import LATE_LEMMAS, late_said
from pipeline.coding.function_words import example_content_words
from pipeline.coding.answers import CLAUSE, NO_WORDS, SELDOM_ANSWERS, WORD, YES_WORDS
from pipeline.coding.negation import NEGATORS
from pipeline.coding.related import in_indonesian, is_english
from pipeline.coding.pronouns import PRONOUNS
from pipeline.coding.specificity import is_light_verb, names_setting
from pipeline.records.codebook import Codebook

GROUP_WEIGHT = 1e-3   # a category's or theme's words decide only between equal scores
REPLY_WORDS = frozenset(YES_WORDS) | NO_WORDS | SELDOM_ANSWERS
MIN_SCORE = 0.75     # above one word two codes share (0.5)
LABEL_WEIGHT = 1.25   # a word of the code's own label: its author's name for the code's point
STUDY_WEIGHT = 0.5   # a word many of the set's quotes say names the study more than one theme


LOCATIVES = frozenset({"di", "ke", "ka", "dari", "pada", "dekat"})
POSITIONS = frozenset({"samping", "sebelah", "sabla", "depan", "muka", "belakang", "blakang", "balakang",
                       "atas", "bawah", "dalam", "luar", "tengah", "pinggir", "ujung"})


def positions_said(texts: tuple[str, ...] | list[str], only: bool = True) -> frozenset[str]:
    """The lemmas of POSITIONS `texts` say after a locative preposition ("di samping"); `only`:
    and nowhere else."""
    after, elsewhere = set(), set()
    for text in texts:
        words = WORD.findall(text.casefold())
        for before, word in zip(["", *words], words):
            if word in POSITIONS:
                (after if before in LOCATIVES else elsewhere).add(word_lemma(word))
    return frozenset(after - elsewhere if only else after)


def description_lemmas(codebook: Codebook, examples: bool = False) -> dict[str, dict[str, str]]:
    """Code id -> lemma -> word of its description (see the module), not the codebook's name,
    pronouns or people at large ("warga": who, not what); `examples`: with its examples' words."""
    name = name_lemmas(codebook)
    found: dict[str, dict[str, str]] = {}
    for code in codebook.codes:
        words = label_words(code.label) + added_words(code.label)
        for word in content_words(affirmed_text(code)):
            words += list(in_indonesian(word)) if is_english(word) else [word]
        words += [word for keyword in code.keywords for word in content_words(keyword) + added_words(keyword)]
        if examples:
            words += [word for example in code.examples for word in example_content_words(example)]
        found[code.id] = _lemmas(words, name)
    return found


def _lemmas(words: list[str], leave_out: frozenset[str]) -> dict[str, str]:
    own: dict[str, str] = {}
    for text in words:
        for word in content_words(text):
            lemma = word_lemma(word)
            if lemma not in leave_out and word not in PRONOUNS | PEOPLE and not is_light_verb(lemma):
                own.setdefault(lemma, word)
    return own


def label_lemmas(codebook: Codebook) -> dict[str, frozenset[str]]:
    """Code id -> the lemmas of its own label."""
    name = name_lemmas(codebook)
    return {code.id: frozenset(lemma for lemma, word in _lemmas(label_words(code.label), name).items()
                               if not names_setting(word)) for code in codebook.codes}


def word_weight(lemma: str, holding: Counter | dict[str, int], label: frozenset[str], study: frozenset[str]) -> float:
    """What one description word a quote holds says for a code (see the module): 1 / the codes
    holding it, LABEL_WEIGHT times that in the code's label, STUDY_WEIGHT times it when the set's
    quotes say it often."""
    weight = 1 / holding[lemma] * (LABEL_WEIGHT if lemma in label else 1)
    return weight * STUDY_WEIGHT if lemma in study else weight


def _group_lemmas(codebook: Codebook) -> dict[str, frozenset[str]]:
    """Code id -> the lemmas of its category's and theme's labels."""
    name = name_lemmas(codebook)
    return {code.id: frozenset(_lemmas(content_words(f"{category.label} {theme.label}"), name))
            for theme in codebook.themes for category in theme.categories for code in category.codes}


def is_reply(text: str) -> bool:
    """Does `text` open with a clause of reply words only ("Iyo, ...", "So nyanda. ...", "Ada, ...")?"""
    parts = CLAUSE.split(text.strip(), maxsplit=1)
    words = WORD.findall(parts[0].casefold())
    return len(parts) > 1 and bool(words) and all(word in REPLY_WORDS for word in words)


# "Ada yang X, ada (juga/le) yang Y": the second "ada yang" within the first two sentences, not
# denied ("..., padahal tidak ada yang bayar" says nobody does: one group, not two)
_SORTING = re.compile(r"\W*ada\s+yang\b([^.!?]*(?:[.!?]+[^.!?]*)?)", re.I)
_SECOND_SORT = re.compile(r"(\w+)?\s*\bada\s+(?:juga\s+|le\s+|lagi\s+)?yang\b", re.I)


def sorts_people(text: str) -> bool:
    """Does `text` open by sorting people into some who do one thing and some another?"""
    opening = _SORTING.match(text)
    return bool(opening) and any((second.group(1) or "").casefold() not in NEGATORS
                                 for second in _SECOND_SORT.finditer(opening.group(1)))


STUDY_SHARE = 0.15   # a word more of a set's quotes hold than this names the study
STUDY_QUOTES = 3     # ... and at least this many: in a set of a few quotes every word is in a few


def study_words(texts: list[str]) -> frozenset[str]:
    """The lemmas held by more than STUDY_SHARE of `texts` (each quote's text and translation
    together), and by at least STUDY_QUOTES of them."""
    held = Counter(lemma for text in texts for lemma in {word_lemma(word) for word in content_words(text)})
    return frozenset(lemma for lemma, count in held.items()
                     if count >= STUDY_QUOTES and count > STUDY_SHARE * len(texts))


def said_lemmas(views: tuple[str, ...] | list[str], study: frozenset[str]) -> dict[str, tuple[str, int]]:
    """Lemma -> (word as written, the first view holding it) of the content words the views say,
    not pronouns nor the study's own words: what a turn can share with a code's description."""
    said: dict[str, tuple[str, int]] = {}
    for view, text in enumerate(views):
        for word in content_words(text):
            lemma = word_lemma(word)
            if word not in PRONOUNS and lemma not in study:
                said.setdefault(lemma, (word, view))
    return said


def description_held(said: Iterable[str], own: dict[str, str], places: frozenset[str], own_places: frozenset[str]) -> list[str]:
    """The lemmas of `said` in a code's description `own`; a position noun after a locative ("di
    samping") only when the code says it so too (`positions_said`)."""
    return [lemma for lemma in said if lemma in own and (lemma not in places or lemma in own_places)]


def _unwritten_lemmas(views: tuple[str, ...], written: dict[str, tuple[str, int]]) -> dict[str, tuple[str, int]]:
    """COST_LEMMAS (*biaya*) as said by a sum paid or money lacking, LATE_LEMMAS (*terlambat*) as
    said by an act done only after a wait (`late_acts.late_said`), each in the first view stating
    it ("dua ratus ribu [biaya]"), when the views do not write them (see the module)."""
    found: dict[str, tuple[str, int]] = {}
    for said, lemmas in ((cost_said, COST_LEMMAS), (late_said, LATE_LEMMAS)):
        for view, text in enumerate(views):
            span = said(text)
            if span:
                shown = "/".join(sorted(lemmas))   # one span said for its lemmas together: shown once
                found.update({lemma: (f"{span} [{shown}]", view) for lemma in lemmas if lemma not in written})
                break
    return found


def description_scores(codebook: Codebook, views: list[tuple[str, ...]], study: frozenset[str] = frozenset()
                       ) -> Iterator[tuple[dict[str, tuple[float, list[str]]], dict[str, tuple[str, int]]]]:
    """Per quote (its views: text, translation): code id -> (its score, the lemmas of its
    description the quote holds), and the quote's words (`said_lemmas`, a sum paid as *biaya*)."""
    description = description_lemmas(codebook, examples=True)
    weight = holders(description.values())
    groups = _group_lemmas(codebook)
    labels = label_lemmas(codebook)
    own_places = {code.id: positions_said([code.label, *code.keywords], only=False) for code in codebook.codes}
    for quote in views:
        written = said_lemmas(quote, frozenset())
        written.update(_unwritten_lemmas(quote, written))
        places = positions_said(quote)
        scores = {}
        for code, own in description.items():
            held = description_held(written, own, places, own_places[code])
            scores[code] = (sum(word_weight(lemma, weight, labels[code], study) for lemma in held)
                            + GROUP_WEIGHT * len(groups[code] & written.keys()), held)
        yield scores, written


def guessed_codes(codebook: Codebook, views: list[tuple[str, ...]],
                  study: frozenset[str] = frozenset()) -> list[tuple[str, list[str], int] | None]:
    """Per quote (its views: text, translation), (code id, the description's words it holds, the
    last view they were found in) of its best-scoring code (see the module), or None. `study`:
    the set's `study_words`."""
    guesses: list[tuple[str, list[str], int] | None] = []
    for quote, (scores, written) in zip(views, description_scores(codebook, views, study)):
        if any(is_reply(text) or sorts_people(text) for text in quote):
            guesses.append(None)
            continue
        ranked = sorted(scores.items(), key=lambda item: -item[1][0])
        (best, (top, held)) = ranked[0]
        if top < MIN_SCORE or (len(ranked) > 1 and ranked[1][1][0] == top):
            guesses.append(None)
            continue
        guesses.append((best, list(dict.fromkeys(written[lemma][0] for lemma in held)),   # a late act says two
                        max(written[lemma][1] for lemma in held)))
    return guesses
