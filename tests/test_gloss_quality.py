"""Translation quality (chrF against references), the evaluate and gloss commands, and speed."""

from __future__ import annotations

import gc
import random
import time
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.gloss import Glosser
from pipeline.gloss.command import main as gloss_main
from evaluation.translation import evaluate_translations, main as evaluate_main
from pipeline.gloss.lexicon import load_lexicon
from pipeline.gloss.tokens import tokenize, words_of

DATA = Path(__file__).parent / "data" / "gloss"
SIX = DATA / "wori_six.tsv"
DEV = DATA / "dev.tsv"
INTERVIEWS = DATA / "interviews.tsv"
DEV2 = DATA / "dev2.tsv"  # written before the broadening pass, on topics the lexicon was thin on
DEV_BLINDWRITTEN = DATA / "dev_blindwritten.tsv"  # written blind to the lexicon and rules (issue 16, round 4)
DEV_ROUND8 = DATA / "dev_round8.tsv"  # written blind too (issue 16, round 8)
DEV_ROUND9 = DATA / "dev_round9.tsv"  # written blind too (issue 16, round 9)
DEV_ROUND10 = DATA / "dev_round10.tsv"  # written blind too (issue 16, round 10)


def test_reference_sets_are_what_they_claim(glosser):
    six = pd.read_csv(SIX, sep="\t", quoting=3)
    dev = pd.read_csv(DEV, sep="\t", quoting=3)
    assert list(six.columns) == ["id", "informant", "xmm", "reference", "source"]
    assert len(six) == 6 and set(six["informant"]) == {"A1", "A3", "A6", "A7", "A9"}
    assert six["xmm"].iloc[0].startswith("Tapi kendala dorang, banyak yang belum menikah. Kalau susah..")
    assert len(dev) >= 45 and dev["xmm"].is_unique
    assert not set(dev["xmm"]) & set(six["xmm"])
    # the dev sentences are Manado Malay, not Indonesian
    assert all(glosser.gloss(text).language != "ind" for text in dev["xmm"])


def test_chrf_on_the_papers_six_quotations(glosser):
    scores = evaluate_translations(SIX, glosser)
    assert scores["sentences"] == 6
    assert scores["copy_chrf"] == pytest.approx(55.6, abs=0.05)
    assert scores["chrf"] >= 78.0


def test_chrf_on_the_development_set(glosser):
    scores = evaluate_translations(DEV, glosser)
    assert scores["sentences"] >= 45
    assert scores["copy_chrf"] < 55
    assert scores["chrf"] >= 88.0  # measured 91.1 (93.0 before the glosser followed real-text wording)


def test_chrf_on_interview_style_turns(glosser):
    scores = evaluate_translations(INTERVIEWS, glosser)
    assert scores["sentences"] >= 70
    assert scores["chrf"] >= 90.0  # measured 93.8; 90.9 and 94.3 on its two halves before any fixes


def test_chrf_on_the_second_development_set(glosser):
    scores = evaluate_translations(DEV2, glosser)
    assert scores["sentences"] == 60
    assert scores["copy_chrf"] < 50
    assert scores["chrf"] >= 90.0  # 88.1 when written, before the lexicon and rules were broadened; now 90.5


def test_chrf_on_the_blind_written_development_set(glosser):
    """Written by a helper who never saw the lexicon or the rules; tuned on since (issue 16, round 4)."""
    scores = evaluate_translations(DEV_BLINDWRITTEN, glosser)
    assert scores["sentences"] == 160
    assert scores["copy_chrf"] < 50
    assert scores["chrf"] >= 83.0  # 81.6 when it arrived, before any change; 83.9 after round 4


def test_chrf_on_the_round8_development_set(glosser):
    """Written blind to the lexicon and rules (issue 16, round 8); tuned on since it arrived."""
    scores = evaluate_translations(DEV_ROUND8, glosser)
    assert scores["sentences"] == 160
    assert scores["copy_chrf"] < 60
    assert scores["chrf"] >= 85.0  # main's code 85.0 when it arrived; 85.7 after round 8


def test_chrf_on_the_round9_development_set(glosser):
    """Written blind to the lexicon and rules (issue 16, round 9); tuned on since it arrived."""
    scores = evaluate_translations(DEV_ROUND9, glosser)
    assert scores["sentences"] == 180
    assert scores["copy_chrf"] < 60
    assert scores["chrf"] >= 87.5  # main's code 86.5 when it arrived; 88.6 after round 9


def test_chrf_on_the_round10_development_set(glosser):
    """Written blind to the lexicon and rules (issue 16, round 10); tuned on since it arrived."""
    scores = evaluate_translations(DEV_ROUND10, glosser)
    assert scores["sentences"] == 150
    assert scores["copy_chrf"] < 60
    assert scores["chrf"] >= 80.0  # main's code 78.2 when it arrived; 81.0 after round 10


def test_chrf_on_the_real_text_dev_part(glosser):
    """The MangARTI dev part (rules are checked on it, never the blind part), when the corpus is here."""
    from evaluation import mangarti
    from evaluation.translation import score

    path = mangarti.corpus_path()
    if path is None or not path.exists():
        pytest.skip(mangarti.HOW_TO_GET)
    dev = mangarti.split_pairs(path)[mangarti.DEV]
    scores = score("mangarti-dev", [p.xmm for p in dev], [p.ind for p in dev], glosser, "xmm")
    assert scores["chrf"] >= 72.0 and scores["chrf"] > scores["copy_chrf"] + 20  # 72.8 (71.7 before round 4)


def test_evaluate_command_prints_every_set(capsys):
    assert evaluate_main([]) == 0
    out = capsys.readouterr().out
    assert "wori_six" in out and "dev" in out and "interviews" in out and "55.6" in out


def test_evaluate_scores_blind_sets_only_when_asked(capsys):
    """A developer running the default command must not see the blind sets' scores (they choose with it)."""
    evaluate_main([str(SIX)])
    assert "blind_translations" not in capsys.readouterr().out
    evaluate_main([str(SIX), "--blind"])
    assert "blind_translations" in capsys.readouterr().out


def test_evaluate_reports_bad_reference_file(tmp_path, capsys):
    bad = tmp_path / "refs.tsv"
    bad.write_text("source\treference\nx\ty\n", encoding="utf-8")
    assert evaluate_main([str(bad)]) == 2
    assert "refs.tsv:1: needs the columns xmm and reference (or ind)" in capsys.readouterr().err


def test_gloss_command_prints_three_lines(capsys):
    assert gloss_main(["Torang so rujuk pa dorang."]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["Torang so    rujuk pa  dorang", "1PL    sudah rujuk OBJ 3PL", "'Kami sudah rujuk mereka.'"]


def test_gloss_command_reports_a_bad_lexicon(tmp_path, capsys):
    bad = tmp_path / "lex.tsv"
    bad.write_text("xmm\tind\tpos\tsource\nngana\t\tpron\tRESEARCH.md\n", encoding="utf-8")
    assert gloss_main(["--lexicon", str(bad), "ngana"]) == 2
    assert "lex.tsv:2 [ngana]: empty 'ind'" in capsys.readouterr().err


_LEXICON_WORDS = sorted({w for e in load_lexicon().entries for w in e.xmm.split()})
_PIECES = st.sampled_from(_LEXICON_WORDS + ["KK", "2x", "Wori", "qwerty", "baru-baru", "urus"])
_GLUE = st.sampled_from([" ", " ", " ", ", ", ". ", "... ", " (", ") ", "? ", "\n", " - "])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_PIECES, _GLUE), min_size=1, max_size=25), st.sampled_from(["xmm", "ind", None]))
def test_any_text_gets_one_gloss_per_word(pieces, prior):
    glosser = _shared()
    text = "".join(word + glue for word, glue in pieces)
    result = glosser.gloss(text, prior)
    assert len(result.gloss.split()) == len(words_of(text))
    assert result.language in ("xmm", "ind", "mixed")
    if result.language == "ind":
        assert result.translation == text


@pytest.mark.parametrize("text", ["ASI eh eh", "Torang so makang e e.", "bae-bae di jalang e e", "bakubage ac",
                                  "Dorang bakubage nasi."])
def test_a_doubled_closing_tag_gets_a_gloss_per_word(text):
    """A tag said twice at a clause end is one unit of two words: both words keep a gloss (the
    property test above found 'ASI eh eh' glossed 'air.susu.ibu TAG'); so is a reciprocal written as one
    word before what is shared ('bakubage ac' was glossed 'RECP bagi AC')."""
    result = _shared().gloss(text, "xmm")
    assert len(result.gloss.split()) == len(words_of(text))


_GLOSSER: Glosser | None = None


def _shared() -> Glosser:
    global _GLOSSER
    if _GLOSSER is None:
        _GLOSSER = Glosser()
    return _GLOSSER


def test_gloss_frame_throughput(glosser):
    """The stage must keep up with the pipeline (target 150k words/s; asserted loosely here)."""
    sentences = pd.read_csv(DEV, sep="\t", quoting=3)["xmm"].tolist()
    rng = random.Random(7)
    texts = []
    for i in range(3000):
        words = " ".join(rng.sample(sentences, 3)).split()
        rng.shuffle(words)
        texts.append(" ".join(words) + f" {i}")
    frame = pd.DataFrame({"segment_id": range(len(texts)), "text": texts, "language": "xmm"})
    n_words = sum(len(t.split()) for t in texts)
    lexicon = load_lexicon()

    def word_for_word() -> list[str]:
        """The least a glosser does: split each text as the glosser does, look every word up."""
        return [" ".join(entry.translation if (entry := lexicon.get(word.lower())) else word
                         for word in tokenize(text, lexicon.__contains__)[1]) for text in texts]

    # Timed against a word-for-word glosser of the same texts (pure Python, as the glosser is),
    # each side the best of three timings taken in turn, in this process's CPU time
    # (time.process_time), not the clock's: a loaded machine takes the CPU away from the test,
    # which the clock counts and CPU time does not. An absolute words/s limit failed under a load
    # average of 8-13, and the clock's ratio to spaCy's tokenizer failed under load too (its
    # compiled code and the glosser's Python slow down unlike each other); this ratio was 8.6-9.0
    # at a load average of 7 and 9.2 with three more busy loops on two cores. A real slowdown of
    # the glosser is CPU it spends, so it fails here: a loop over 150 lexicon entries per token
    # (twice the glosser's time) made it 16.8 then. By round 34 the rules added since made the
    # ratio 13.4-15.3 on an idle machine (the glosser reads more per word, the baseline does not),
    # so the bound moved from 15 to 20: a doubling of the glosser's time (28) still fails here. Round 35's
    # 13 new gloss modules made it 20.1-20.4 (a fresh clone's suite; the whole `analyze` command's CPU
    # stayed at 0.98 of round 34's by farm-bench), so the bound is 25: a doubling (40) still fails.
    elapsed = baseline_elapsed = float("inf")
    for _ in range(3):
        fresh = Glosser()   # cold: no spelling analysed
        gc.collect()
        started = time.process_time()
        out = fresh.gloss_frame(frame)
        elapsed = min(elapsed, time.process_time() - started)
        gc.collect()
        started = time.process_time()
        word_for_word()
        baseline_elapsed = min(baseline_elapsed, time.process_time() - started)
    assert out["translation"].str.len().gt(0).all()
    assert n_words / elapsed > 10_000
    assert elapsed / baseline_elapsed < 25, f"{n_words / elapsed:,.0f} words/s (CPU), {elapsed / baseline_elapsed:.1f}x word for word"
