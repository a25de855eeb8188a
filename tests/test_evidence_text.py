"""The evidence column's grammar is written and read in one module (coding/evidence.py)."""

from pipeline.aggregate.excerpts import evidence_firings
from pipeline.coding.counts import weak_pair
from pipeline.coding.evidence import firing_texts, joined, own_words, tagged, term_words, terms


def test_what_is_written_is_read_back_term_by_term():
    evidence = joined(["ibu hamil", tagged("periksa", "label")])
    assert evidence == "ibu hamil \u2026 periksa (label)"
    assert [term_words(term) for term in terms(evidence)] == ["ibu hamil", "periksa"]


def test_a_seconded_piece_is_two_firings_and_its_weak_pair_is_the_second():
    evidence = "takut (label) + jarum \u2026 suntik (related)"
    assert [[words.strip() for words in firing] for firing in firing_texts(evidence)] == [["takut"], ["jarum", "suntik"]]
    assert evidence_firings(evidence) == [[" takut "], [" jarum ", " suntik "]]
    assert weak_pair(evidence, "related") == ["jarum", "suntik"]
    assert weak_pair(evidence, "keyword") == []


def test_the_turns_own_words_come_before_the_translations_brackets():
    assert own_words("kase inga [mengingatkan] (related) \u2026 pigi [pergi]") == "kase inga \u2026 pigi"


def test_the_review_marks_each_phrase_of_the_evidence():
    from pipeline.coding.evidence import marked_phrases
    from pipeline.review.render import evidence_spans

    assert marked_phrases("anak … imunisasi (related)") == ["anak", "imunisasi (related)"]
    text = "Anak saya sudah imunisasi lengkap."
    assert [text[start:end] for start, end in evidence_spans(text, "anak … imunisasi (related)")] == ["Anak", "imunisasi"]


def test_the_fill_prefix_is_no_phrase_the_review_marks_nor_a_word_of_a_firing():
    from pipeline.coding.evidence import marked_phrases
    from pipeline.coding.evidence import FILL_EVIDENCE
    from pipeline.review.render import evidence_spans

    evidence = FILL_EVIDENCE + joined(["sagu", "kelor"])
    assert marked_phrases(evidence) == ["sagu", "kelor"]
    assert [[words.strip() for words in firing] for firing in firing_texts(evidence)] == [["sagu", "kelor"]]
    text = "Its author placed sagu and kelor first in the strongest evidence list."
    assert [text[start:end] for start, end in evidence_spans(text, evidence)] == ["sagu", "kelor"]
