"""The learning model reads the question an answer follows (issue 15, round 5): a grader who
codes the answers to one question of the interview guide teaches the code for that question."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.codebook.load import load_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.context import questions_answered
from pipeline.coding.learned_codings import learn
from test_learning import CODEBOOK_YAML

COST_QUESTION = "Berapa yang Ibu keluarkan untuk sampai ke puskesmas?"
# answers to other questions, each read by the grader and marked "nothing to code"
OTHER = [("Siapa yang biasa memasak di rumah?", "Biasanya mertua saya, kalau saya sibuk di kebun."),
         ("Anak Ibu suka main apa?", "Dia suka main layangan di lapangan gereja."),
         ("Ibu asli dari desa ini?", "Bukan, saya pindah dari Tomohon waktu menikah."),
         ("Kapan musim cengkih di sini?", "Sekitar Agustus sampai Oktober, semua orang sibuk memetik."),
         ("Suami kerja apa?", "Dia tukang kayu, sekarang membangun rumah di desa sebelah."),
         ("Ada kegiatan PKK di desa?", "Ada, tiap Kamis kami latihan menyanyi di balai desa."),
         ("Rumah Ibu dekat pantai?", "Tidak, kami tinggal di atas bukit dekat kebun pala."),
         ("Berapa anak Ibu?", "Tiga, yang sulung sudah kelas enam."),
         ("Ibu suka masak apa?", "Saya paling sering masak ikan bakar dengan dabu-dabu."),
         ("Apa hobi Ibu?", "Saya suka menjahit baju untuk anak-anak tetangga."),
         ("Bagaimana cuaca minggu ini?", "Hujan terus, jalan ke kebun jadi licin."),
         ("Ibu sekolah sampai mana?", "Sampai SMP, lalu bantu orang tua di warung.")]
# answers to the cost question: the fare in words no keyword of the code names (no vehicle or trip word:
# a sum beside one is a fare, *ongkos*, since round 32)
COST = ["Tiga puluh ribu sekali datang, belum termasuk makan di warung.",
        "Hampir separuh penghasilan harian suami habis sekali jalan.",
        "Kadang saya pinjam dulu dari tetangga supaya bisa berangkat.",
        "Lima puluh kalau sewa motor dari kampung."]   # a sum in ribu with a vehicle is the fare's own words (amounts.py)
UNREVIEWED = [(COST_QUESTION, "Dua puluh lima ribu, itu pun harus cari pinjaman dulu."),
              ("Berapa harga ikan di pasar sekarang?", "Dua puluh lima ribu sekilo, itu pun harus tawar dulu.")]


@pytest.fixture(scope="module")
def codebook(tmp_path_factory):
    path = tmp_path_factory.mktemp("codebook") / "questions.yaml"
    path.write_text(CODEBOOK_YAML, encoding="utf-8")
    return load_codebook(path)


def interview(pairs: list[tuple[str, str]]) -> pd.DataFrame:
    """Question and answer turns, spread over three interviews."""
    rows = []
    for k, (question, answer) in enumerate(pairs):
        document, informant = f"W{k % 3}.txt", f"I{k % 3}"
        rows.append({"segment_id": f"Q-{k:03d}", "document": document, "informant": "", "speaker": "P",
                     "speaker_role": "interviewer", "start": 2 * k, "text": question})
        rows.append({"segment_id": f"A-{k:03d}", "document": document, "informant": informant, "speaker": informant,
                     "speaker_role": "informant", "start": 2 * k + 1, "text": answer})
    return pd.DataFrame(rows).assign(end=0, line=range(1, 2 * len(pairs) + 1), language="ind", gloss="",
                                     translation="")


def test_adds_on_answers_to_one_question_teach_the_code_for_another_answer_to_it(codebook, monkeypatch):
    pairs = OTHER + [(COST_QUESTION, answer) for answer in COST] + UNREVIEWED
    segments = interview(pairs)
    rules = code_segments(segments, codebook)
    assert rules.empty                                              # no keyword of either code is said
    decisions = pd.DataFrame([(f"A-{k:03d}", "", "none") for k in range(len(OTHER))]
                             + [(f"A-{len(OTHER) + i:03d}", "biaya", "add") for i in range(len(COST))],
                             columns=["segment_id", "code_id", "decision"])
    same_question, other_question = f"A-{len(pairs) - 2:03d}", f"A-{len(pairs) - 1:03d}"
    learned = learn(segments, rules, decisions, codebook)
    suggested = learned.codings[learned.codings["confidence"] >= 0.5]
    assert set(zip(suggested["segment_id"], suggested["code_id"])) == {(same_question, "biaya")}
    # the evidence named is the answer's own words, never the question's
    evidence = suggested["evidence"].iloc[0].split(" … ")
    assert evidence and all(word in UNREVIEWED[0][1].lower() for word in evidence)
    # the same decisions without the questions teach nothing that reaches the unreviewed answer
    import pipeline.coding.training_units as training_units
    monkeypatch.setattr(training_units, "read_after", lambda segments, rows: [""] * len(rows))
    blind = learn(segments, rules, decisions, codebook)
    assert blind.codings[blind.codings["confidence"] >= 0.5].empty


def test_an_answer_reads_the_interviewer_turn_right_before_it_in_its_own_document():
    segments = interview([("Apa kabar?", "Baik."), ("Sudah makan?", "Sudah.")])
    segments.loc[segments["segment_id"] == "Q-001", "translation"] = "Sudah makan? (terjemahan)"
    later = pd.DataFrame([{"segment_id": "A-9", "document": "W0.txt", "speaker_role": "informant", "start": 9,
                           "text": "Tambahan.", "translation": ""}])
    both = pd.concat([segments, later], ignore_index=True)
    answers = both[both["speaker_role"] == "informant"]
    # W0, A-9 (an answer after an answer has no question); W1
    assert questions_answered(both, answers.index) == ["Apa kabar?", "Sudah makan? (terjemahan)", ""]


def test_the_reliability_folds_read_the_runs_features_and_tokenize_nothing(codebook, monkeypatch):
    """The folds share the run's vectorizer (it learns no label) and read their rows of the
    units' features: a run tokenizes each text once, however many folds it has."""
    from pipeline.coding.features import SegmentVectorizer
    from pipeline.coding.learning import UnitFeatures, fit
    from pipeline.coding.training_units import Units, batch_units
    from pipeline.coding.reliability import code_reliability

    pairs = OTHER + [(COST_QUESTION, answer) for answer in COST] + UNREVIEWED
    segments = interview(pairs)
    code_ids = [c.id for c in codebook.codes]
    decisions = pd.DataFrame([(f"A-{k:03d}", "", "none") for k in range(len(OTHER))]
                             + [(f"A-{len(OTHER) + i:03d}", "biaya", "add") for i in range(len(COST))],
                             columns=["segment_id", "code_id", "decision"])
    units = Units.concat([batch_units(segments, code_segments(segments, codebook), decisions, code_ids)])
    model = fit(units, code_ids)
    given = UnitFeatures(model.vectorizer, model.vectorizer.transform(units.texts))
    tokenized = []
    real = SegmentVectorizer.tokenize
    monkeypatch.setattr(SegmentVectorizer, "tokenize", staticmethod(lambda texts: tokenized.append(len(texts))
                                                                    or real(texts)))
    table = code_reliability(units, [(c.id, c.label) for c in codebook.codes], cuts=model.cuts, given=given)
    assert tokenized == []
    assert table.set_index("code_id").at["biaya", "decisions"] == len(COST) + len(OTHER)
    code_reliability(units, [(c.id, c.label) for c in codebook.codes], cuts=model.cuts)
    assert len(tokenized) >= 5                           # without them, every fold tokenizes its texts again
