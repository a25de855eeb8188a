"""The learning model learns from graders' decisions (issue 15)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from pipeline.codebook.load import load_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.learned_codings import learn
from pipeline.coding.learning import Units, batch_units, example_units
from pipeline.coding.reliability import code_reliability, cross_validated

CODEBOOK_YAML = """
name: learning test
version: "1"
themes:
  - id: akses
    label: Akses
    categories:
      - id: hambatan
        label: Hambatan
        codes:
          - id: biaya
            label: Biaya transportasi
            definition: The fare to the clinic is a burden.
            keywords: [ongkos]
          - id: lupa
            label: Lupa jadwal
            definition: The mother forgot the date.
            keywords: [lupa]
"""

FILLER = ["Anak saya suka makan pisang goreng di pagi hari.", "Cuaca hari ini panas sekali di kampung.",
          "Kami tinggal dekat gereja di ujung desa.", "Suami saya nelayan, pergi ke laut tiap malam.",
          "Anak kedua sudah sekolah di SD kelas dua.", "Kami punya kebun kelapa di belakang rumah.",
          "Di desa ada pesta panen setiap bulan Agustus.", "Nenek tinggal bersama kami sejak tahun lalu.",
          "Tetangga kami baru membangun rumah batu.", "Air sumur kami jernih dan tidak pernah kering.",
          "Anak saya senang bermain bola dengan temannya.", "Pasar ikan buka setiap hari Sabtu pagi."]
# the fare in words no rule, keyword or related-word table knows (pete-pete: a minibus in
# South Sulawesi; "kantong kering": no money), so only graders' decisions can teach it
FARE = ["Naik pete-pete ke posyandu tidak sanggup, kantong kami kering untuk pete-pete.",
        "Pete-pete ke puskesmas itu tidak sanggup, kantong kering karena pete-pete.",
        "Kami tidak datang karena pete-pete tidak sanggup dan kantong kering.",
        "Kantong kering untuk pete-pete, jadi anak tidak dibawa ke posyandu."]
PARAPHRASE = "Sewa pete-pete tidak sanggup, kantong kami kering untuk pete-pete ke posyandu."


@pytest.fixture(scope="module")
def codebook(tmp_path_factory):
    path = tmp_path_factory.mktemp("codebook") / "learning.yaml"
    path.write_text(CODEBOOK_YAML, encoding="utf-8")
    return load_codebook(path)


def segments_of(texts: list[str]) -> pd.DataFrame:
    n = len(texts)
    return pd.DataFrame({"segment_id": [f"T-{i:03d}" for i in range(n)], "document": "T.txt", "informant": "A1",
                         "speaker": "A1", "speaker_role": "informant", "start": 0, "end": 0, "line": range(1, n + 1),
                         "language": "ind", "text": texts, "gloss": "", "translation": ""})


def decisions_of(pairs: list[tuple[str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(pairs, columns=["segment_id", "code_id", "decision"])


def model_codes(learned, segment_id: str) -> set[str]:
    rows = learned.codings[learned.codings["segment_id"] == segment_id]
    return set(rows.loc[rows["confidence"] >= 0.5, "code_id"])


def test_an_add_on_a_few_turns_makes_the_model_suggest_the_code_on_a_paraphrase(codebook):
    texts = FILLER + FARE + [PARAPHRASE]
    segments = segments_of(texts)
    rules = code_segments(segments, codebook)
    assert rules[rules["code_id"] == "biaya"].empty            # no rule knows "pete-pete ... kantong kering"
    added = [(f"T-{len(FILLER) + i:03d}", "biaya", "add") for i in range(3)]
    learned = learn(segments, rules, decisions_of(added), codebook)
    paraphrase = f"T-{len(texts) - 1:03d}"
    assert "biaya" in model_codes(learned, paraphrase)
    assert not any("biaya" in model_codes(learned, f"T-{i:03d}") for i in range(len(FILLER)))
    without = learn(segments, rules, decisions_of([]), codebook)
    assert without is None                                        # nobody decided anything: nothing learnt


def test_a_reject_stops_the_next_run_suggesting_the_code_on_near_identical_text(codebook):
    texts = FILLER + FARE + [PARAPHRASE, PARAPHRASE.replace("posyandu.", "posyandu itu.")]
    segments = segments_of(texts)
    rules = code_segments(segments, codebook)
    added = [(f"T-{len(FILLER) + i:03d}", "biaya", "add") for i in range(4)]
    first = learn(segments, rules, decisions_of(added), codebook)
    target, twin = f"T-{len(texts) - 2:03d}", f"T-{len(texts) - 1:03d}"
    assert "biaya" in model_codes(first, target)
    # the grader says no: this turn is not about the fare (in this imagined study)
    second = learn(segments, rules, decisions_of(added + [(target, "biaya", "reject")]), codebook)
    assert "biaya" not in model_codes(second, target)            # decided: never suggested again
    assert "biaya" in model_codes(first, twin)
    assert "biaya" not in model_codes(second, twin)              # near-identical: not suggested any more


def test_reliability_figures_match_a_hand_computation(codebook):
    texts = FILLER + FARE + [PARAPHRASE, "Saya lupa tanggal posyandu bulan ini.", "Saya lupa lagi jadwalnya."]
    segments = segments_of(texts)
    rules = code_segments(segments, codebook)
    ids = segments["segment_id"].tolist()
    decisions = decisions_of([(ids[len(FILLER) + i], "biaya", "add") for i in range(4)]
                             + [(ids[-2], "lupa", "accept"), (ids[-1], "lupa", "reject"), (ids[0], "lupa", "add")])
    code_ids = [c.id for c in codebook.codes]
    units = Units.concat([batch_units(segments, rules, decisions, code_ids), example_units(codebook)])
    table = code_reliability(units, [(c.id, c.label) for c in codebook.codes])
    rows, verdicts = cross_validated(units, code_ids)
    reviewed_turns = {ids[len(FILLER) + i] for i in range(4)} | {ids[-2], ids[-1], ids[0]}
    assert sorted(units.keys[i] for i in rows) == sorted(reviewed_turns)
    for j, code_id in enumerate(code_ids):
        truth, said = units.labels[rows, j].astype(int), verdicts[:, j].astype(int)
        observed = float(np.mean(truth == said))
        chance = truth.mean() * said.mean() + (1 - truth.mean()) * (1 - said.mean())
        expected = (observed - chance) / (1 - chance) if chance < 1 else float("nan")
        row = table.set_index("code_id").loc[code_id]
        assert row["reviewed_units"] == 7 and row["positives"] == truth.sum()
        assert row["decisions"] == (4 if code_id == "biaya" else 3)
        if np.isnan(expected):
            assert np.isnan(row["kappa_model"])
        else:
            assert row["kappa_model"] == pytest.approx(expected, abs=1e-3)
        assert row["verdict"] == "person"                         # seven turns are not enough to trust anyone


def test_a_code_whose_rule_the_graders_always_confirm_stays_with_the_rules(codebook):
    forgot = ["Saya lupa tanggal posyandu bulan ini.", "Ibu itu lupa jadwal imunisasi anaknya.",
              "Kami lupa lagi hari posyandu.", "Dia lupa bawa buku KIA ke posyandu."]
    texts = FILLER + FARE + forgot + [PARAPHRASE]
    segments = segments_of(texts)
    rules = code_segments(segments, codebook)
    ids = segments["segment_id"].tolist()
    fired = set(rules.loc[rules["code_id"] == "lupa", "segment_id"])
    assert fired == set(ids[len(FILLER) + len(FARE):len(FILLER) + len(FARE) + 4])   # the rule is right every time
    decisions = decisions_of([(sid, "lupa", "accept") for sid in sorted(fired)]
                             + [(ids[len(FILLER) + i], "biaya", "add") for i in range(4)])
    learned = learn(segments, rules, decisions, codebook)
    table = learned.reliability.set_index("code_id")
    assert table.at["lupa", "kappa_rules"] == 1.0 and table.at["lupa", "decided_by"] == "rules"
    assert learned.codings[learned.codings["code_id"] == "lupa"].empty          # no suggestion, no doubt
    assert np.isnan(learned.probabilities[:, 1]).all()
    assert table.at["biaya", "decided_by"] == "model"                # adds only: nothing to compare, the model learns
    assert "biaya" in model_codes(learned, ids[-1])
