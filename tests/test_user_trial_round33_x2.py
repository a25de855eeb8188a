"""Round 33's new-user trial, what it left: each trip fixed with its test."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
from test_user_trial_round32_review import _graders


def test_a_retired_code_decided_again_everywhere_is_no_warning_on_every_run(tmp_path: Path) -> None:
    """Once the graders had decided every turn of a split code again, each later run still warned so; the
    summary line now says it, and a turn still to decide keeps its warning."""
    from pipeline.review.apply import apply_reviews
    from pipeline.run_summary import _since_last_run

    reviews, machine, segments, codebook = _graders(tmp_path)
    again = pd.DataFrame([(turn, "Ongkos ke Manado", "ongkos", "accept", "EM", "2026-11-12T09:00:00", "")
                          for turn in ("L1-b", "L1-c")], columns=reviews.columns)
    outcome = apply_reviews(machine.assign(confidence=1.0), pd.concat([reviews, again], ignore_index=True),
                            segments, codebook)
    assert not [line for line in outcome.messages() if "Ongkos dan pendamping" in line]
    record = SimpleNamespace(reviews=outcome.report(), orphan_reviews=[])
    summary = " ".join(_since_last_run(SimpleNamespace(previous=None, record=record)))
    assert "2 turns decided under a code the codebook no longer has, decided again since" in summary
    assert "not applied" not in summary
    # one turn left to decide: still a warning, and counted as not applied
    waiting = apply_reviews(machine.assign(confidence=1.0), pd.concat([reviews, again[:1]], ignore_index=True),
                            segments, codebook)
    assert [line for line in waiting.messages() if "Ongkos dan pendamping" in line and "L1-c" in line]
    record = SimpleNamespace(reviews=waiting.report(), orphan_reviews=[])
    assert "1 not applied" in " ".join(_since_last_run(SimpleNamespace(previous=None, record=record)))


def test_an_english_run_names_the_informants_columns_it_prints_in_indonesian() -> None:
    """An English run printed 'Rumah tangga' in Table 1 and COREQ item 16 with no warning; it now names the
    column and its values, as it does a role with no English. Places, genders, numbers, a column's English
    given beside it and values already in English are not named."""
    from pipeline.run_messages import english_warnings

    informants = pd.DataFrame({
        "informant": ["W1", "W2", "W3"], "role": ["Guru", "Guru", "Petani"], "site": ["Kakas", "Tondano", "Kakas"],
        "gender": ["P", "L", "P"], "age": [40, 52, 33],
        "occupation": ["Pedagang pasar", "Ibu rumah tangga", "Ibu rumah tangga"],
        "education": ["Sarjana", "Sarjana", "Sarjana"], "education_en": ["Bachelor's degree", "", "Bachelor's degree"],
        "household": ["Nuclear family", "Extended family", "Nuclear family"]})
    codebook = SimpleNamespace(themes=[], codes=[], language="en", title="Cough", title_en="Cough", name="x")
    said = [line for line in english_warnings(codebook, {}, [], informants) if "informants.csv column" in line]
    assert len(said) == 1
    assert "'occupation' ('Pedagang pasar', 'Ibu rumah tangga')" in said[0]
    assert "'education' ('Sarjana')" in said[0]          # the one row whose English is left empty
    assert "'occupation_en' and 'education_en'" in said[0]
    for quiet in ("Kakas", "household", "'gender'", "'role'", "'age'"):
        assert quiet not in said[0]
    translated = informants.assign(occupation_en=["Civil servant", "Housewife", "Housewife"],
                                   education_en="Bachelor's degree")
    assert not [line for line in english_warnings(codebook, {}, [], translated) if "informants.csv column" in line]


def test_a_greeting_is_no_evidence_for_the_suggestion_model() -> None:
    """A turn returning the interviewer's greeting ("Pagi.") carried a model suggestion whose evidence was
    "pagi": the model now reads no greeting or thanks, and a turn that only greets gets no suggestion. A time
    of day that says when something happened is kept."""
    from test_suggest import CODEBOOK, KK_TURNS, LAZY_TURNS, OTHER_TURNS, _frame

    from pipeline.coding import code_segments
    from pipeline.coding.courtesies import without_greetings
    from pipeline.coding.suggest import suggest_codes, train_suggester
    from pipeline.coding.suggest_training import segment_texts

    assert without_greetings("Sore, Ibu. Kita baru pulang dari kebun.") == "Kita baru pulang dari kebun."
    assert without_greetings("Terima kasih. Makase, Pak.") == ""
    assert without_greetings("Pagi tadi anak muntah dua kali.") == "Pagi tadi anak muntah dua kali."   # NOT a greeting
    assert without_greetings("Malam itu dorang malas urus.") == "Malam itu dorang malas urus."
    frame = _frame(["Malam.", "Selamat siang, Pak. Dorang malas urus kartu."])
    assert segment_texts(frame) == ["", "Dorang malas urus kartu."]

    segments = _frame(LAZY_TURNS + KK_TURNS + OTHER_TURNS + ["Pagi.", "Selamat malam, Ibu."])
    suggester = train_suggester(segments, code_segments(segments, CODEBOOK), codebook=CODEBOOK)
    suggested = suggest_codes(suggester, segments, CODEBOOK, threshold=0.0)
    greetings = set(segments["segment_id"].iloc[-2:])
    assert not greetings & set(suggested["segment_id"]) and not suggested.empty


ADVICE_CODEBOOK = """\
name: demam
themes:
  - id: T1
    label: Advice
    categories:
      - id: K1
        label: Advice heard
        codes:
          - id: told
            label: Told by the midwife
            definition: A health worker tells the parent what to do.
            keywords: [kase tau]
"""


def test_a_causative_keywords_words_apart_count_only_in_its_order(tmp_path: Path) -> None:
    """'kase tau' (tell) was found as 'tau ... kase' in a denial ("I only know: fever, give medicine"): a keyword
    opened by a causative holds in its own order only; its words apart in order (the one told between) still count."""
    from pipeline.codebook import load_codebook
    from pipeline.coding import code_segments
    from pipeline.schema import SEGMENT_COLUMNS

    (tmp_path / "demam.yaml").write_text(ADVICE_CODEBOOK, encoding="utf-8")
    codebook = load_codebook(tmp_path / "demam.yaml")
    texts = ["Nyanda pernah. Kita cuma tau kalau muntah, kase air gula.",   # reversed: not telling
             "Suster kase torang tau supaya kompres deng aer anget."]         # the ones told between: telling
    rows = [{"segment_id": f"s{i}", "document": "d.txt", "informant": "W1", "speaker": "W1", "speaker_role": "informant",
             "start": 0, "end": len(text), "line": i + 1, "language": "xmm", "text": text, "gloss": "", "translation": ""}
            for i, text in enumerate(texts)]
    codings = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), codebook)
    assert codings["segment_id"].tolist() == ["s1"]
