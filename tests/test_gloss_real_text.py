"""Issue 16: the systematic errors measured on real Manado Malay, each checked on new sentences.

The sentences here were written for these tests (none is from the MangARTI corpus or from the
blind sets). Each asserts the reading the grammar requires and, where the old output was wrong,
that the wrong one is gone.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from pipeline.errors import InputError
from evaluation import mangarti as corpus
from pipeline.gloss.glosser import Glosser
from evaluation.mine import mine


def translate(glosser: Glosser, text: str) -> str:
    return glosser.gloss(text, "xmm").translation


# --- possessives: tape, ta pe, nga pe, ngape, de pe, X pe Y ------------------------------------

@pytest.mark.parametrize("source, expected", [
    ("Tape kaka so kaweng taong lalu.", "Kakak saya sudah menikah tahun lalu."),
    ("Ta pe mantu blum dapa karja.", "Menantu saya belum dapat pekerjaan."),
    ("Nga pe oma tinggal di Tondano?", "Nenekmu tinggal di Tondano?"),
    ("Ngape sandal ada di muka pintu.", "Sandalmu ada di depan pintu."),
    ("De pe suami ja pigi melaut.", "Suaminya biasa melaut."),
    ("Tanta Ros pe warung so tutup.", "Warung Tante Ros sudah tutup."),  # a title keeps its capital
])
def test_possessives(glosser, source, expected):
    assert translate(glosser, source) == expected


def test_tape_is_never_fermented_cassava_before_a_noun(glosser):
    assert "tapai" not in translate(glosser, "tape cucu ada saki panas").lower()


# --- aspect: so, ada + verb, da, mo -------------------------------------------------------------

def test_ada_before_a_verb_is_progressive(glosser):
    assert translate(glosser, "Dorang ada bakumpul di balai desa.") == "Mereka sedang berkumpul di balai desa."


def test_ada_before_a_verb_reporting_a_past_act_is_not_progressive(glosser):
    out = translate(glosser, "Kemarin kita ada bantu tanta Ros bajual kue.")
    assert "sedang" not in out and out.startswith("Kemarin saya membantu")


def test_ada_after_yang_is_not_progressive(glosser):
    assert translate(glosser, "Sapa yang ada pangge pa ngana?").startswith("Siapa yang panggil")


@pytest.mark.parametrize("source, expected", [
    ("Kalu nda minum obat, dia nanti mo tambah saki.", "akan tambah sakit"),  # time word
    ("Kalu minum obat, ngana nyanda mo saki.", "tidak akan sakit"),          # a state: no wish
    ("Pintu puskesmas mo tabuka jam dalapan.", "akan terbuka"),              # a thing as subject
])
def test_mo_marks_the_future(glosser, source, expected):
    out = translate(glosser, source)
    assert expected in out and "mau" not in out


@pytest.mark.parametrize("source, expected", [
    ("Ade mo makang nasi kuning.", "Adik mau makan nasi kuning."),
    ("Kita mo pigi ka puskesmas.", "Saya mau pergi ke puskesmas."),
])
def test_mo_with_a_person_wanting_is_mau(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Oma lagi bamasak sayor.", "Nenek sedang memasak sayur."),     # lagi before a predicate
    ("Papa ada ba istirahat.", "Ayah sedang beristirahat."),       # ada before a separated ba-
])
def test_progressive_lagi_and_ada_ba(glosser, source, expected):
    assert translate(glosser, source) == expected


def test_lagi_after_a_verb_stays_again(glosser):
    assert translate(glosser, "Dorang nda datang lagi.") == "Mereka tidak datang lagi."


def test_so_and_da(glosser):
    assert translate(glosser, "Dia so pulang, kita da tunggu.") == "Dia sudah pulang, saya tunggu."


# --- deng ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("source, expected", [
    ("Om Jefri deng tanta Mery so datang.", "Om Jefri dan tante Mery sudah datang."),   # two nouns
    ("Tutup akang pintu deng kase mati lampu.", " dan "),                              # two clauses
    ("Depe rambu pendek skali deng putih.", "sangat pendek dan putih"),               # two predicates
    ("Mama ja bli gula deng garam.", "gula dan garam"),                                # untagged nouns
])
def test_deng_joins_as_dan(glosser, source, expected):
    assert expected in translate(glosser, source)


@pytest.mark.parametrize("source", [
    "Papa pigi ka kobong deng kita.",
    "Kita so bacirita deng dokter.",
])
def test_deng_of_company_stays_dengan(glosser, source):
    assert " dengan " in translate(glosser, source)


# --- dapa: passive or ability ---------------------------------------------------------------------

def test_dapa_with_an_acting_subject_is_not_passive(glosser):
    out = translate(glosser, "Mama tako dapa bayar mahal di rumah sakit.")
    assert "dibayar" not in out and "takut harus membayar mahal" in out  # the price one is made to pay


def test_dapa_is_passive_with_a_patient_subject(glosser):
    assert translate(glosser, "Depe anak dapa pukul di skola.") == "Anaknya dipukul di sekolah."


def test_dapa_after_a_negation_is_ability(glosser):
    assert translate(glosser, "Kita nyanda dapa tidor samalam.") == "Saya tidak bisa tidur semalam."


# --- particles ----------------------------------------------------------------------------------

@pytest.mark.parametrize("source, expected", [
    ("Ngana so makang dang?", "Kamu sudah makan?"),          # dang dropped
    ("Sto dia so pulang.", "Mungkin dia sudah pulang."),      # sto rendered
    ("Pigi jo, kita tunggu di sini.", "Pergi saja, saya tunggu di sini."),
    ("Ini ngana pe tas, to?", "Ini tasmu, kan?"),
    ("Aduh e, kita lupa.", "Aduh, saya lupa."),               # e dropped with its comma kept
])
def test_particles(glosser, source, expected):
    assert translate(glosser, source) == expected


def test_kwa_is_rendered_not_copied(glosser):
    out = translate(glosser, "Kiapa kwa ngana nda datang?")
    assert "kwa" not in out and out.startswith("Kenapa")


# --- words that were copied unchanged or mistranslated --------------------------------------------

@pytest.mark.parametrize("source, expected", [
    ("Manjo torang ka gereja.", "Mari kita ke gereja."),
    ("Manjo, so mo ujang.", "Ayo, sudah mau hujan."),
    ("Tolong bli akang kita gula.", "Tolong belikan saya gula."),
    ("Dia rupa orang saki.", "Dia seperti orang sakit."),
    ("Co ngana tanya pa dokter.", "Coba kamu tanya kepada dokter."),
    ("Birman so bawa ikang pedis.", "Tetangga sudah membawa ikan pedas."),
])
def test_words_no_longer_copied(glosser, source, expected):
    assert translate(glosser, source) == expected


def test_masa_is_the_particle_of_disbelief(glosser):
    out = translate(glosser, "Masa' ngana nda tau?")
    assert out.startswith("Masa") and "kamu tidak tahu" in out


@pytest.mark.parametrize("word", ["hubungi", "datangi", "ambilkan"])
def test_affixed_indonesian_imperatives_are_not_unknown(glosser, word):
    assert glosser.gloss(f"Tolong {word} bidan desa.", "xmm").unknown == []


def test_manado_schwa_in_indonesian_prefixes(glosser):
    assert translate(glosser, "Aer so mangalir, parjalanan so lancar.") == "Air sudah mengalir, perjalanan sudah lancar."


# --- false friends --------------------------------------------------------------------------------

def test_false_friend_decided_by_context(glosser):
    hug = glosser.gloss("Oma palu pa kita kancang.", "xmm")
    assert "memeluk saya" in hug.translation and not hug.uncertain
    hammer = glosser.gloss("Dia pake palu for paku papan.", "xmm")
    assert "palu" in hammer.translation and not hammer.uncertain


def test_false_friend_left_open_is_reported_as_uncertain(glosser):
    segments = pd.DataFrame({"segment_id": ["s1", "s2"], "document": ["a.txt", "a.txt"],
                             "text": ["Dorang cuma bilang palu.", "Oma palu pa kita."],
                             "language": ["xmm", "xmm"]})
    report = glosser.unknown_words(segments).set_index("token")
    assert report.loc["palu", "status"] == "uncertain" and report.loc["palu", "count"] == 1
    assert "hammer" in report.loc["palu", "why"]


# --- the corpus: reading, deduplication, a deterministic split -------------------------------------

def _record(direction: str, source: str, target: str) -> str:
    instruction = {"xmm": "Translate the following sentence from Manado dialect to Formal Indonesian.",
                   "ind": "Translate the following sentence from Formal Indonesian to Manado dialect."}[direction]
    return json.dumps({"instruction": instruction, "input": source, "output": target})


def test_corpus_reads_both_directions_once(tmp_path):
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join([
        _record("xmm", "Kita so pulang.", "Saya sudah pulang."),
        _record("ind", "Saya sudah pulang.", "Kita so pulang."),   # the same pair, reversed
        _record("ind", "Ibu sedang tidur.", "Mama ada tidor."),
    ]) + "\n", encoding="utf-8")
    pairs = corpus.pairs(path)
    assert [(p.xmm, p.ind) for p in pairs] == [("Kita so pulang.", "Saya sudah pulang."),
                                                ("Mama ada tidor.", "Ibu sedang tidur.")]


def test_corpus_split_is_deterministic_and_roughly_proportional():
    sentences = [f"kalimat nomor {i} di kampung" for i in range(2000)]
    parts = [corpus.split_of(s) for s in sentences]
    assert parts == [corpus.split_of(s) for s in sentences]
    assert corpus.split_of("Kita So  pulang.") == corpus.split_of("kita so pulang.")
    share = parts.count(corpus.BLIND) / len(parts)
    assert abs(share - corpus.BLIND_SHARE) < 0.03


def test_missing_corpus_says_how_to_get_it(tmp_path):
    with pytest.raises(InputError) as caught:
        corpus.pairs(tmp_path / "absent.jsonl")
    assert "MANGARTI_CORPUS" in str(caught.value) and "JomnLalu/MangARTI" in str(caught.value)


def test_bad_corpus_line_is_named(tmp_path):
    path = tmp_path / "pairs.jsonl"
    path.write_text(_record("xmm", "a", "b") + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        corpus.pairs(path)
    assert ":2" in str(caught.value)


def test_miner_finds_a_planted_correspondence():
    pairs = [corpus.Pair(f"{word} blablu {word}", f"{word} kucing {word}", i)
             for i, word in enumerate(["satu", "dua", "tiga", "empat"])]
    pairs.append(corpus.Pair("dua tiga", "dua tiga", 9))
    found = mine(pairs, lambda word: word if word == "blablu" else None, min_count=2)
    assert [(c.xmm, c.ind, c.together) for c in found] == [("blablu", "kucing", 4)]
