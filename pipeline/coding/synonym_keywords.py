"""A multi-word keyword said with one of its words in a near synonym: weak evidence of its code.

A researcher writes a keyword one way ("kunjungan rumah", "vaksin kosong", "dukun antar"); people
and reports say it with one word swapped for another of the same sense ("mendatangi rumah",
"vaksin tidak ada", "dukun bawa"). Where every word of the keyword is there in any order but one,
and that one is there as another word of its related-word group (`related.py`: one sense), the
code is proposed a little below a keyword's words in any order (`keywords.py` KEYWORD_WORDS).

* The word swapped is one its group lists as written (not only its root: "beranak" is no "anak")
  and that belongs to exactly one group (a word of two senses would stand for both) of at most
  MAX_GROUP words (a wider group is a field, not a synonym); never a negator ("tidak ada" for
  "kosong" is the group's own absence, and kept), nor a word naming a place
  (`specificity.names_place`: "posyandu remaja" is a service, "Puskesmas ... remaja" another).
* A group's affixed word stands for itself and its other affixed forms, not its bare root:
  "datangi" is "mendatangi", not any "datang"; "penghasilan" is no "hasil"; "baikan" no "baik-baik".
* Not a keyword naming only who and where ("petugas Puskesmas": "bidan ... Puskesmas" is anyone's
  visit there), nor where the keyword's other words say nothing alone: a light verb ("pakai",
  "ambil") or a noun of kind ("alat kontrasepsi" with its second word swapped is "alat ...
  spiral", any device).
* In documents only a keyword of two words: a plan or a report names a longer term in full and
  cites it in its background ("batas usia perkawinan" of a marriage law), where a code's
  definition leaves it out.
"""

from __future__ import annotations

from pipeline.coding.codebook_words import is_plain_keyword, word_lemma
from pipeline.coding.keyword_rule import KEYWORD_WINDOW, KEYWORD_WORDS, SPOKEN, KeywordRule, keyword_words
from pipeline.coding.negation import NEGATORS
from pipeline.coding.related import derived, lemma_key, related_words
from pipeline.coding.specificity import is_light_verb, names_place, names_setting, says_who

SYNONYM_KEYWORD_CONFIDENCE = 0.45   # below a keyword's words in any order (0.55), as a topic keyword's word
MAX_GROUP = 12                      # words of a group that still share one sense
# nouns that only say "a thing of" the word after them ("alat kontrasepsi", "cara masak"): with
# their word swapped, a keyword of them is that one synonym alone ("alat ... spiral")
KIND_NOUNS = frozenset({"alat", "barang", "bahan", "hal", "jenis", "macam", "cara", "sarana"})
WRITTEN_WORDS = 2                   # the longest keyword read with a swapped word in documents


def synonym_keyword_rules(keywords: list[str], negatable: bool) -> list[KeywordRule]:
    """One rule per multi-word keyword and swappable word: the other words as written, that one
    as any other word of its group; not where the other words say nothing alone (`_empty`)."""
    rules = []
    for keyword in (k for k in keywords if is_plain_keyword(k)):
        words = keyword_words(keyword)
        if len(words) < 2 or any(w.casefold() in NEGATORS for w in words) or names_setting(keyword) or says_who(keyword):
            continue
        for at, word in enumerate(words):
            mates = synonyms(word)
            if not mates or all(_empty(w) for i, w in enumerate(words) if i != at):
                continue
            rules.append(KeywordRule(tuple(mates if i == at else (w,) for i, w in enumerate(words)), (),
                                     KEYWORD_WINDOW, SYNONYM_KEYWORD_CONFIDENCE, KEYWORD_WORDS, negatable,
                                     denied_only=not negatable,
                                     affixed=frozenset(m for m in mates if derived(m)),
                                     register=SPOKEN if len(words) > WRITTEN_WORDS else ""))
    return rules


def synonyms(word: str) -> tuple[str, ...]:
    """The other words of `word`'s one related-word group of at most MAX_GROUP words, else ()."""
    if names_place(word):
        return ()
    table = related_words()
    key = lemma_key(word)
    groups = table.group_of.get(key, frozenset())
    if len(groups) != 1:
        return ()
    members = table.groups[next(iter(groups))]
    if len(members) > MAX_GROUP or word.casefold() not in {m.casefold() for m in members}:
        return ()
    return tuple(m for m in members if lemma_key(m) != key and m.casefold() not in NEGATORS and not names_place(m))


def _empty(word: str) -> bool:
    """Does the keyword's `word` say nothing without the word beside it (a light verb, a kind noun)?"""
    return is_light_verb(word) or word_lemma(word.casefold()) in KIND_NOUNS

