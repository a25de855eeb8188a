"""The learning model learns from graders' decisions (issue 15)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from pipeline.codebook.load import load_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.learned_codings import learn
from pipeline.coding.cuts import binary_kappa
from pipeline.coding.training_units import Units, batch_units, example_units
from pipeline.coding.reliability import code_reliability, repeated_cross_validation

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
    rows, repeated = repeated_cross_validation(units, code_ids)     # every split's verdicts, pooled
    verdicts = repeated.reshape(-1, len(code_ids))
    reviewed_turns = {ids[len(FILLER) + i] for i in range(4)} | {ids[-2], ids[-1], ids[0]}
    assert sorted(units.keys[i] for i in rows) == sorted(reviewed_turns)
    for j, code_id in enumerate(code_ids):
        truth, said = np.tile(units.labels[rows, j], repeated.shape[0]).astype(int), verdicts[:, j].astype(int)
        observed = float(np.mean(truth == said))
        chance = truth.mean() * said.mean() + (1 - truth.mean()) * (1 - said.mean())
        expected = (observed - chance) / (1 - chance) if chance < 1 else float("nan")
        row = table.set_index("code_id").loc[code_id]
        assert row["reviewed_units"] == 7 and row["positives"] == units.labels[rows, j].sum()
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


def test_the_pair_stage_leaves_to_the_rules_what_no_grader_corrected():
    from pipeline.coding.pair_model import corrections, gated

    labels = np.array([[1, 0, 1], [0, 0, 1], [1, 1, 0]])       # reviewed units x codes, as the graders left them
    rules = np.array([[1, 1, 1], [1, 0, 1], [0, 1, 0]])        # where each code's rule fired on them
    corrected = corrections(labels, rules, np.ones(labels.shape, bool))
    # code 0: a rejected rule coding (unit 1) and an add (unit 2); code 1: a reject only; code 2: neither
    assert corrected.tolist() == [[True, True, False], [True, False, False]]
    turns = np.array([[1, 1, 1], [0, 0, 0]])
    assert gated(corrected, turns).tolist() == [[False, False, True], [False, True, True]]


def test_the_add_rate_leaves_out_the_units_own_decision_and_similarities_leave_out_the_unit():
    from pipeline.coding.pair_model import add_rates, mean_similarities

    labels = np.array([[1], [0], [1], [0]])
    rules = np.array([[0], [0], [1], [0]])                     # units 0, 1, 3: rule silent; unit 0 an add
    logit = lambda p: np.log(p / (1 - p))
    assert add_rates(labels, rules, 1)[0, 0] == pytest.approx(logit((1 + 0.5) / (3 + 1)))
    own = add_rates(labels, rules, 4, own=np.arange(4))[:, 0]
    assert own[0] == pytest.approx(logit((0 + 0.5) / (2 + 1)))          # its own add left out
    assert own[1] == pytest.approx(logit((1 + 0.5) / (2 + 1)))
    assert own[2] == pytest.approx(logit((1 + 0.5) / (3 + 1)))          # the rule fired: nothing to leave out
    similarity = np.array([[np.nan, 0.2, 0.6, 0.4]])
    means = mean_similarities(similarity, labels)
    assert means[0, 0, 0] == pytest.approx(0.6) and means[0, 1, 0] == pytest.approx(0.3)


def test_a_text_cut_is_never_chosen_on_units_the_model_was_fitted_on(codebook):
    from pipeline.coding.features import SegmentVectorizer
    from pipeline.coding.learning import _out_of_fold

    texts = FILLER + FARE
    vectorizer = SegmentVectorizer()
    features = vectorizer.fit_transform(vectorizer.tokenize(texts)).stacked()
    y = np.array([0] * len(FILLER) + [1] * len(FARE))
    reviewed = np.array([0, 1, 2, len(FILLER)])                      # one positive among the reviewed units
    scores = _out_of_fold(features, y, np.ones(len(texts)), reviewed, seed=0)
    assert np.isnan(scores).all()                                     # no fold can hold it out: no score
    reviewed = np.arange(len(texts))
    assert not np.isnan(_out_of_fold(features, y, np.ones(len(texts)), reviewed, seed=0)).any()


def _few_and_many_decisions(codebook):
    """The fare batch's units after three adds (too few for the pair model) and after those adds
    plus a reject on every filler turn (enough for it)."""
    code_ids = [c.id for c in codebook.codes]
    segments = segments_of(FILLER + FARE + [PARAPHRASE])
    rules = code_segments(segments, codebook)
    few = [(f"T-{len(FILLER) + i:03d}", "biaya", "add") for i in range(3)]
    many = few + [(f"T-{i:03d}", "biaya", "reject") for i in range(len(FILLER))]
    return (code_ids, batch_units(segments, rules, decisions_of(few), code_ids),
            batch_units(segments, rules, decisions_of(many), code_ids))


def test_each_stage_keeps_its_own_cut_in_refits(codebook):
    from pipeline.coding.learning import fit

    code_ids, few, many = _few_and_many_decisions(codebook)
    small = fit(few, code_ids, cuts=(0.3, 0.7))
    assert small.pairs is None and small.text_cut == 0.3 and small.cuts == (0.3, None)
    large = fit(many, code_ids, cuts=(0.3, 0.7))
    assert large.pairs is not None and large.pairs.cut == 0.7 and large.cuts == (None, 0.7)


def test_a_fold_fit_without_evidence_gives_the_same_verdicts_and_fits_text_models_only_when_it_must(codebook):
    from pipeline.coding.learning import fit

    code_ids, few, units = _few_and_many_decisions(codebook)
    full, folded = fit(units, code_ids), fit(units, code_ids, evidence=False)
    assert full.pairs is not None and "biaya" in full.models       # the run names evidence words
    assert folded.models == {}                                      # the pair model decides: no text model
    np.testing.assert_array_equal(folded.probabilities(units.texts, units.rules),
                                  full.probabilities(units.texts, units.rules))
    small = fit(few, code_ids, evidence=False)
    assert small.pairs is None and "biaya" in small.models          # too few units: the text model decides


def reviewed(labels: np.ndarray, rules: np.ndarray, human: np.ndarray | None = None) -> Units:
    """Units t0, t1, ... with the graders' labels, the rules' flags and (by default every pair) decided."""
    n = len(labels)
    return Units([f"t{i}" for i in range(n)], labels, np.ones(labels.shape), rules,
                 np.ones(labels.shape, bool) if human is None else human, [f"T-{i}" for i in range(n)], ["batch"] * n)


def test_the_model_decides_corrected_codes_only_when_it_beats_the_rules_over_all_codes(codebook, monkeypatch):
    import pipeline.coding.reliability as reliability

    n = 12
    labels = np.zeros((n, 2), dtype=np.int8)
    labels[:6, 0] = 1                     # code a: six positives, the rule finds three
    labels[:4, 1] = 1                     # code b: four positives, the rule finds three and one false
    rules = np.zeros((n, 2), dtype=np.int8)
    rules[:3, 0] = 1
    rules[[0, 1, 2, 8], 1] = 1
    units = reviewed(labels, rules)
    model_says = labels.copy()
    model_says[:, 1] = rules[:, 1]                          # on code b the model says what the rules say
    monkeypatch.setattr(reliability, "cross_validated", lambda *args, **kwargs: (np.arange(n), model_says))
    table = reliability.code_reliability(units, [("a", "A"), ("b", "B")]).set_index("code_id")
    assert table.at["b", "kappa_model"] == table.at["b", "kappa_rules"]     # a tie on code b ...
    assert table.at["b", "decided_by"] == "model"                          # ... but the model wins over all codes
    worse = labels.copy()
    worse[:, 0] = 1 - labels[:, 0]                                         # now it loses over all codes
    monkeypatch.setattr(reliability, "cross_validated", lambda *args, **kwargs: (np.arange(n), worse))
    table = reliability.code_reliability(units, [("a", "A"), ("b", "B")]).set_index("code_id")
    assert (table.at["a", "model_fixed"], table.at["a", "model_broke"]) == (0, 9)
    assert (table.at["b", "model_fixed"], table.at["b", "model_broke"]) == (2, 0)    # its miss and its false coding
    assert table.at["b", "kappa_model"] > table.at["b", "kappa_rules"]    # code b alone beats its rule ...
    assert (table["decided_by"] == "rules").all()                         # ... but never overrules the pooled check
    assert "neither" in table.at["b", "why"]


def test_a_harmful_kind_of_change_does_not_silence_the_helpful_one(monkeypatch):
    """Its suggestions fix a rule's two misses, its doubts break three right codings: with both
    it loses to the rules over all codes, but it makes only its suggestions, and those beat them."""
    import pipeline.coding.reliability as reliability

    n = 12
    labels = np.zeros((n, 1), dtype=np.int8)
    labels[:6, 0] = 1
    rules = np.zeros((n, 1), dtype=np.int8)
    rules[:4, 0] = 1                       # the rule misses rows 4 and 5
    said = labels.copy()
    said[:3, 0] = 0                        # the model doubts three right codings
    units = reviewed(labels, rules)
    monkeypatch.setattr(reliability, "cross_validated", lambda *args, **kwargs: (np.arange(n), said))
    table = reliability.code_reliability(units, [("a", "A")]).set_index("code_id")
    assert binary_kappa(labels[:, 0], said[:, 0]) < binary_kappa(labels[:, 0], rules[:, 0])   # both kinds lose
    assert table.at["a", "decided_by"] == "model" and table.at["a", "model_changes"] == "suggestions"
    assert reliability.made(rules, said, ["suggestions"]).ravel().tolist() == labels.ravel().tolist()
    said[6:9, 0] = 1                       # now its suggestions also add three false codings
    table = reliability.code_reliability(units, [("a", "A")]).set_index("code_id")
    assert table.at["a", "decided_by"] == "rules" and "neither" in table.at["a", "why"]


def test_a_code_kappa_cannot_judge_goes_to_the_model_only_on_a_few_decisions(monkeypatch):
    import pipeline.coding.reliability as reliability

    n = 6
    labels = np.zeros((n, 3), dtype=np.int8)       # no reviewed unit carries code a or b
    labels[:2, 2] = 1                               # code c: two positives, its rule finds one
    rules = np.zeros((n, 3), dtype=np.int8)
    rules[:2, 0] = 1                                # code a: two rejected rule codings
    rules[:3, 1] = 1                                # code b: three
    rules[0, 2] = 1
    human = np.zeros((n, 3), dtype=bool)
    human[:2, 0] = human[:3, 1] = True
    human[:, 2] = True
    units = reviewed(labels, rules, human)
    monkeypatch.setattr(reliability, "cross_validated", lambda *args, **kwargs: (np.arange(n), labels.copy()))
    table = reliability.code_reliability(units, [("a", "A"), ("b", "B"), ("c", "C")]).set_index("code_id")
    assert table.at["a", "decided_by"] == "rules" and table.at["b", "decided_by"] == "model"
    assert "fewer than" in table.at["a", "why"] and table.at["c", "decided_by"] == "model"


def test_an_example_of_one_code_is_no_grader_rejecting_another_codes_rule(tmp_path):
    """A codebook example of `biaya` on which `lupa`'s rule fires leaves `lupa` negative (a weak
    negative to learn from), but no grader rejected `lupa`: its rule codings stay undoubted."""
    from pipeline.coding.learning import fit

    path = tmp_path / "examples.yaml"
    path.write_text(CODEBOOK_YAML.replace("keywords: [ongkos]",
                                          "keywords: [ongkos]\n            examples: [\"Ongkos mahal, jadi saya lupa.\"]"),
                    encoding="utf-8")
    codebook = load_codebook(path)
    code_ids = [c.id for c in codebook.codes]
    examples = example_units(codebook)
    assert examples.rules[0].tolist() == [1, 1]                       # both rules fire on the example
    segments = segments_of(FILLER + FARE)
    added = decisions_of([(f"T-{len(FILLER) + i:03d}", "biaya", "add") for i in range(3)])
    units = Units.concat([batch_units(segments, code_segments(segments, codebook), added, code_ids), examples])
    model = fit(units, code_ids)
    assert model.corrected[:, 1].tolist() == [False, False]           # nobody rejected or added lupa
    assert model.corrected[1, 0]                                      # the graders added biaya


def test_a_turn_marked_nothing_to_code_teaches_the_model_like_rejects_of_every_code(codebook):
    """A turn a grader read and left without codes is a negative of every code the rules left
    out of it (reviews.csv's "none" mark); without the mark it looks like a turn nobody read."""
    texts = FILLER + FARE + [PARAPHRASE, PARAPHRASE.replace("posyandu.", "posyandu itu.")]
    segments = segments_of(texts)
    rules = code_segments(segments, codebook)
    added = [(f"T-{len(FILLER) + i:03d}", "biaya", "add") for i in range(4)]
    target, twin = f"T-{len(texts) - 2:03d}", f"T-{len(texts) - 1:03d}"
    first = learn(segments, rules, decisions_of(added), codebook)
    assert "biaya" in model_codes(first, twin)
    marked = learn(segments, rules, decisions_of(added + [(target, "", "none")]), codebook)
    assert "biaya" not in model_codes(marked, target) | model_codes(marked, twin)


def test_a_mark_makes_the_rule_silent_codes_explicit_negatives_and_leaves_rule_codings_to_the_rules(codebook):
    segments = segments_of(["Ongkos ke posyandu mahal.", "Cuaca panas.", "Anak main bola."])
    rules = code_segments(segments, codebook)
    units = batch_units(segments, rules, decisions_of([("T-000", "", "none"), ("T-001", "", "none")]),
                        [c.id for c in codebook.codes])
    biaya, lupa = [c.id for c in codebook.codes].index("biaya"), [c.id for c in codebook.codes].index("lupa")
    assert units.rules[0, biaya] == 1 and units.rules[0, lupa] == 0
    assert not units.human[0, biaya] and units.labels[0, biaya] == 1    # the rule coding: the mark does not decide it
    assert units.human[0, lupa] and units.labels[0, lupa] == 0          # the code the rules left out: a negative
    assert units.weights[0].min() >= 1                                  # the whole turn was read
    assert units.human[1].all() and not units.labels[1].any()    # marked, nothing coded: every code a negative
    assert not units.human[2].any() and units.weights[2].max() < 1   # not reviewed: the rules' weak label


def test_the_pair_cut_is_chosen_on_the_pairs_the_gates_leave_to_the_model(monkeypatch):
    import scipy.sparse as sp

    import pipeline.coding.pair_model as pair_model

    rng = np.random.default_rng(0)
    n = 16
    references = sp.csr_matrix(rng.random((n, 6)))
    labels = np.column_stack([np.arange(n) % 2, np.ones(n, int)])     # code 1: kept on every unit
    rules = np.column_stack([np.arange(n) % 3 == 0, np.ones(n, bool)]).astype(int)
    corrected = pair_model.corrections(labels, rules, np.ones(labels.shape, bool))
    assert corrected[:, 1].tolist() == [False, False]                 # nobody corrected code 1's rule
    seen = []
    monkeypatch.setattr(pair_model, "best_cut", lambda pairs: seen.append(len(pairs[0][0])) or 0.5)
    fitted = pair_model.fit_pairs(references, labels, rules, np.array([True, True]), 1, references,
                                  np.arange(n), corrected=corrected)
    assert fitted is not None and seen == [int((~pair_model.gated(corrected, rules)).sum())] and seen[0] < 2 * n


def test_the_model_makes_only_the_kind_of_change_that_helps_out_of_fold(monkeypatch):
    """Its suggestions fix two misses of a rule; its doubts fix one false coding and break one
    right one: over all codes it beats the rules, but only its suggestions do alone, so it may
    suggest and never doubt."""
    import pipeline.coding.reliability as reliability

    # code a: four positives, its rule finds two; code b: three positives, its rule finds them and one more
    labels = np.array([[1, 1], [1, 1], [1, 1], [1, 0]] + [[0, 0]] * 6, dtype=np.int8)
    rules = np.array([[1, 1], [1, 1], [0, 1], [0, 0]] + [[0, 0]] * 5 + [[0, 1]], dtype=np.int8)
    n = len(labels)
    said = labels.copy()                   # fixes a's two misses and b's false coding ...
    said[0, 1] = 0                         # ... and doubts a right coding of b
    units = reviewed(labels, rules)
    monkeypatch.setattr(reliability, "cross_validated", lambda *args, **kwargs: (np.arange(n), said))
    table = reliability.code_reliability(units, [("a", "A"), ("b", "B")]).set_index("code_id")
    assert (table["decided_by"] == "model").all()
    assert (table["model_changes"] == "suggestions").all() and "only its suggestions" in table.at["b", "why"]
    assert reliability.model_decides(table.reset_index()) == {"a": (True, False), "b": (True, False)}
    both = said.copy()
    both[0, 1] = 1                         # without the wrong doubt, one doubt fixes b's false coding: one
    monkeypatch.setattr(reliability, "cross_validated", lambda *args, **kwargs: (np.arange(n), both))
    table = reliability.code_reliability(units, [("a", "A"), ("b", "B")]).set_index("code_id")
    assert table.at["b", "model_changes"] == "suggestions"      # fix against no break is the folds' luck
    twice = rules.copy()
    twice[8, 1] = 1                        # a second false coding of b, doubted too: the doubts help
    table = reliability.code_reliability(reviewed(labels, twice), [("a", "A"), ("b", "B")]).set_index("code_id")
    assert table.at["b", "model_changes"] == "suggestions and doubts"


def test_a_kind_of_change_that_breaks_as_many_verdicts_as_it_fixes_is_not_made(monkeypatch):
    """Where the rules find few of the codes, suggestions that are wrong as often as right
    still raise kappa on the reviewed turns (break-even precision about half the rules'
    kappa); the rest of the files, where the rules do better, pay for them. The model must fix
    more of the rules' verdicts than it breaks."""
    import pipeline.coding.reliability as reliability

    # one code, ten positives, its rule finds one; the model suggests it on six turns: three right, three wrong
    labels = np.array([[1]] * 10 + [[0]] * 30, dtype=np.int8)
    rules = np.zeros_like(labels)
    rules[0] = 1
    said = rules.copy()
    said[1:4] = 1
    said[10:13] = 1
    units = reviewed(labels, rules)
    truths = units.labels
    assert reliability.pooled_kappa(truths, said) > reliability.pooled_kappa(truths, rules) + reliability.MARGIN
    monkeypatch.setattr(reliability, "cross_validated", lambda *args, **kwargs: (np.arange(len(labels)), said))
    table = reliability.code_reliability(units, [("a", "A")]).set_index("code_id")
    assert table.at["a", "decided_by"] == "rules"
    said[12] = 0
    said[4] = 1                            # four right, two wrong: it may suggest
    table = reliability.code_reliability(units, [("a", "A")]).set_index("code_id")
    assert table.at["a", "model_changes"] == "suggestions"


def test_in_a_batch_of_documents_a_kind_of_change_needs_three_out_of_fold_fixes(monkeypatch):
    """Two fixes and no break pass in interviews; in documents, where the rules already do well
    and two fixes were the folds' luck (issue 15 round 14), the rules keep the code; three pass."""
    import pipeline.coding.reliability as reliability

    labels = np.array([[1]] * 6 + [[0]] * 14, dtype=np.int8)
    rules = labels.copy()
    rules[3:6] = 0                         # the rule misses three of six
    said = rules.copy()
    said[3:5] = 1                          # the model suggests two of them, out of fold
    units = reviewed(labels, rules)
    monkeypatch.setattr(reliability, "cross_validated", lambda *args, **kwargs: (np.arange(len(labels)), said))
    assert reliability.code_reliability(units, [("a", "A")]).at[0, "model_changes"] == "suggestions"
    assert reliability.code_reliability(units, [("a", "A")], documents=True).at[0, "decided_by"] == "rules"
    said[5] = 1
    assert reliability.code_reliability(units, [("a", "A")], documents=True).at[0, "model_changes"] == "suggestions"


def test_a_kind_of_change_that_wins_on_one_fold_split_only_is_not_made(monkeypatch):
    """With REPEATS fold splits the gate pools their out-of-fold verdicts (`split_seeds`): two
    fixes that one split's luck gives (the other splits fix nothing) leave the code to the rules;
    fixes every split finds pass (issue 15, round 15: measured with 3 and 5, left at 1)."""
    import pipeline.coding.reliability as reliability

    monkeypatch.setattr(reliability, "REPEATS", 5)
    labels = np.array([[1]] * 6 + [[0]] * 14, dtype=np.int8)
    rules = labels.copy()
    rules[3:6] = 0                         # the rule misses three of six
    lucky = rules.copy()
    lucky[3:5] = 1                         # the model finds two of them ...
    seeds = reliability.split_seeds()
    assert len(set(seeds)) == 5

    def one_split(*args, seed=None, **kwargs):       # ... on the first split only
        return np.arange(len(labels)), lucky if seed in (None, seeds[0]) else rules
    monkeypatch.setattr(reliability, "cross_validated", one_split)
    units = reviewed(labels, rules)
    table = reliability.code_reliability(units, [("a", "A")])
    assert table.at[0, "decided_by"] == "rules"
    assert table.at[0, "model_fixed"] == pytest.approx(2 / reliability.REPEATS)   # fixes per split, on average
    monkeypatch.setattr(reliability, "cross_validated", lambda *args, **kwargs: (np.arange(len(labels)), lucky))
    assert reliability.code_reliability(units, [("a", "A")]).at[0, "model_changes"] == "suggestions"


def test_a_batch_is_documents_when_every_informant_turn_is_a_documents_paragraph():
    from pipeline.coding.learned_codings import all_documents

    report = segments_of(["Laporan posyandu bulan Maret.", "Kader hadir lengkap."])
    talk = pd.DataFrame({"segment_id": ["Q", "A"], "document": "w.md", "informant": "L1", "speaker": ["P", "L1"],
                         "speaker_role": ["interviewer", "informant"], "text": ["Bagaimana?", "Baik."]})
    assert all_documents(report) and not all_documents(talk)
    assert not all_documents(pd.concat([report, talk], ignore_index=True))     # a mixed batch: as interviews


def test_a_grader_who_only_accepts_and_marks_turns_gets_no_model_rows_and_no_crash(codebook):
    """With only accepts and "nothing to code" marks no grader has corrected a rule, so the gates
    leave every pair to the rules; the pooled stage must still fit (it chose its cut on no pairs
    and raised before)."""
    texts = FILLER + ["Ongkos ke posyandu mahal sekali.", "Ongkos naik, kami tidak datang.",
                      "Saya lupa tanggal posyandu.", "Dia lupa jadwal imunisasi."]
    segments = segments_of(texts)
    rules = code_segments(segments, codebook)
    coded = rules[["segment_id", "code_id"]].astype(str).values.tolist()
    assert len(coded) == 4
    silent = sorted(set(segments["segment_id"]) - {sid for sid, _ in coded})
    decisions = decisions_of([(sid, cid, "accept") for sid, cid in coded] + [(sid, "", "none") for sid in silent])
    learned = learn(segments, rules, decisions, codebook)
    assert learned is not None and learned.codings.empty
    assert np.isnan(learned.probabilities).all()


def test_a_thin_out_of_fold_win_leaves_the_code_to_the_rules(monkeypatch):
    """Doubts that fix one false coding of 120 reviewed turns raise the pooled kappa by less than
    MARGIN: the folds' noise, so the rules keep the code; fixing both, the model decides."""
    import pipeline.coding.reliability as reliability

    n = 120
    labels = np.zeros((n, 1), dtype=np.int8)
    labels[:60, 0] = 1
    rules = labels.copy()
    rules[60:62, 0] = 1                    # two false rule codings among 120 turns
    said = rules.copy()
    said[60, 0] = 0                        # the model doubts one of them
    units = reviewed(labels, rules)
    monkeypatch.setattr(reliability, "cross_validated", lambda *args, **kwargs: (np.arange(n), said))
    gain = binary_kappa(labels[:, 0], said[:, 0]) - binary_kappa(labels[:, 0], rules[:, 0])
    assert 0 < gain <= reliability.MARGIN
    table = reliability.code_reliability(units, [("a", "A")]).set_index("code_id")
    assert table.at["a", "decided_by"] == "rules" and "neither" in table.at["a", "why"]
    said[61, 0] = 0                        # both doubts right: a clear win
    table = reliability.code_reliability(units, [("a", "A")]).set_index("code_id")
    assert table.at["a", "decided_by"] == "model" and table.at["a", "model_changes"] == "doubts"


def test_a_turn_holding_a_codes_own_words_scores_above_the_others_for_that_code_only(codebook):
    """The pair model reads how many of each code's own words (label, definition through the
    English table, keywords, related words) a turn holds, standardised per code."""
    from pipeline.coding.code_word_scores import code_word_scores
    from pipeline.coding.features import SegmentVectorizer

    texts = FILLER + ["Saya lupa jadwal imunisasi, lupa tanggalnya."]  # no clinic word: "clinic" is the fare code's
    scores = code_word_scores(SegmentVectorizer.tokenize(texts), codebook)
    lupa, biaya = 1, 0
    assert scores[-1, lupa] > scores[:-1, lupa].max()
    assert scores[-1, biaya] <= scores[:-1, biaya].max()
    assert np.allclose(scores.mean(axis=0), 0.0)


def test_the_pair_model_weighs_the_code_word_score_of_each_pair():
    """The pooled stage's fifth feature is the turn's code-word score for that code: a pair with
    more of its code's words is, other things equal, more likely the code."""
    from pipeline.coding.pair_model import PAIR_FEATURES, pair_features

    similarity = np.full((2, 3), 0.1)
    labels = np.array([[1, 0], [0, 1], [0, 0]], dtype=np.int8)
    scale = np.stack([np.zeros((2, 2)), np.ones((2, 2))])
    words = np.array([[1.5, -0.5], [-0.5, 1.5]])
    x = pair_features(similarity, labels, labels, np.zeros((2, 2), dtype=np.int8), scale, words=words)
    column = PAIR_FEATURES.index("code_words")
    assert np.array_equal(x[:, :, column], words)


def test_an_uncorrected_codes_reason_counts_every_decision_earlier_batches_too():
    """The reason says over which decisions no grader corrected the rule (earlier batches' turns
    are re-coded with their question and role: tests/test_history_context.py)."""
    from pipeline.coding.reliability import decider, reason_in_indonesian
    why = decider((0.5, 0.5), [], corrected=False, comparable=True, decisions=2)
    assert "2 decisions" in why and "earlier batches' where there are any" in why and "without their question" not in why
    assert "batch sebelumnya bila ada" in reason_in_indonesian(why), "a first batch has no earlier batch"
    assert reason_in_indonesian(why).startswith("aturan: dari 2 keputusan") and "tanpa pertanyaan" not in \
        reason_in_indonesian(why)


def test_an_indonesian_runs_reliability_reasons_are_indonesian_and_its_columns_english():
    from pipeline.coding.reliability import RELIABILITY_COLUMNS, decider, reasons_in
    why = decider((0.5, 0.5), [], corrected=True, comparable=True, decisions=4)
    table = pd.DataFrame([dict.fromkeys(RELIABILITY_COLUMNS, ""), ]).assign(why=why)
    shown = reasons_in(table, "id")
    assert list(shown.columns) == RELIABILITY_COLUMNS and shown.at[0, "why"].startswith("aturan: ")
    assert "out of fold" not in shown.at[0, "why"] and "validasi silang" in shown.at[0, "why"]
    assert reasons_in(table, "en").at[0, "why"] == why
