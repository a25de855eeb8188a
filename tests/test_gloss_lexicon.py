"""The lexicon file: the bundled one is valid, and a broken one is reported line by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.gloss import Glosser
from pipeline.gloss.lexicon import DEFAULT_LEXICON, POS_TAGS, ZERO, load_lexicon

HEADER = "xmm\tind\tgloss\tpos\tsource\tnote\n"


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_bundled_lexicon_is_large_and_clean(lexicon):
    assert len(lexicon) >= 700
    manado = [e for e in lexicon.entries if e.xmm.lower() != e.ind.lower()]
    assert len(manado) >= 500
    keys = [" ".join(e.words) for e in lexicon.entries]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for entry in lexicon.entries:
        assert entry.ind.strip() and entry.source.strip() and entry.pos in POS_TAGS, entry
        assert all(g and " " not in g for g in entry.gloss), entry
        if len(entry.words) > 1 and entry.gloss:
            assert len(entry.gloss) == len(entry.words), entry


def test_bundled_lexicon_covers_the_core_grammar(lexicon):
    core = {
        "kita": "saya", "ngana": "kamu", "dia": "dia", "torang": "kami", "ngoni": "kalian", "dorang": "mereka",
        "so": "sudah", "mo": "mau", "blum": "belum", "nyanda": "tidak", "nda": "tidak",
        "nintau": "tidak tahu", "nimau": "tidak mau", "pa": "ke", "ka": "ke", "for": "untuk",
        "deng": "dengan", "kong": "lalu", "mar": "tapi", "kalu": "kalau", "karna": "karena",
        "le": "juga", "sto": "mungkin", "kwa": "kan", "jo": "saja", "to": "kan", "tape": "saya", "ngape": "kamu",
    }
    for xmm, ind in core.items():
        assert lexicon.get(xmm).ind == ind, xmm
    assert all(lexicon.get(word).ind == ZERO for word in ("da", "no", "dang", "e", "akang"))
    assert {"hukum tua", "kase tau", "orang tua"} <= {" ".join(e.words) for e in lexicon.entries}
    assert all(lexicon.get(w) is not None for w in ("ja", "ada", "pe", "depe", "dapa", "kase", "baku"))


def test_every_entry_names_a_known_kind_of_source(lexicon):
    kinds = {"RESEARCH.md", "Wori paper 2023", "common usage", "sound correspondence", "health system term",
             "administrative term", "Minahasa term", "shared with Indonesian", "informal spelling",
             "Manado spelling", "MangARTI", "loanword", "language-learning page", "public word list"}
    assert {e.source for e in lexicon.entries} <= kinds


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "lexicon.tsv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_broken_lexicon_reports_every_problem_with_line_and_key(tmp_path):
    path = _write(tmp_path, (
        "ngana\tkamu\t2SG\tpron\tRESEARCH.md\t\n"
        "Ngana\tengkau\t\tpron\tRESEARCH.md\tduplicate\n"
        "pigi\t\t\tv\tWori paper 2023\t\n"
        "doi\tuang\t\tnoun\tWori paper 2023\t\n"
        "kase tau\tmemberi tahu\tCAUS\tv\tRESEARCH.md\t\n"
        "no\t∅\t\tptc\tRESEARCH.md\t\n"
    ))
    with pytest.raises(InputError) as caught:
        load_lexicon(path)
    messages = [str(p) for p in caught.value.problems]
    assert len(messages) == 5
    assert any(":3 [Ngana]" in m and "duplicate" in m and "line 2" in m for m in messages)
    assert any(":4 [pigi]" in m and "'ind'" in m for m in messages)
    assert any(":5 [doi]" in m and "pos 'noun'" in m for m in messages)
    assert any(":6 [kase tau]" in m and "1 part(s) for 2 word(s)" in m for m in messages)
    assert any(":7 [no]" in m and "needs a gloss" in m for m in messages)
    assert all(m.startswith(str(path)) for m in messages)


def test_missing_columns_and_missing_file(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("xmm\tgloss\nngana\t2SG\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.tsv:1: lexicon header lacks column\(s\) ind, pos, source"):
        load_lexicon(path)
    with pytest.raises(InputError, match="lexicon file not found"):
        load_lexicon(tmp_path / "absent.tsv")


def test_custom_lexicon_changes_the_translation(tmp_path):
    path = _write(tmp_path, (
        "torang\tkita\t1PL\tpron\tfieldwork convention\tinclusive reading\n"
        "so\tsudah\t\taux\tRESEARCH.md\t\n"
    ).replace("fieldwork convention", "common usage"))
    glosser = Glosser(lexicon_path=path)
    assert glosser.gloss("torang so makang", "xmm").translation == "kita sudah makan"


def test_default_lexicon_path_is_inside_the_package():
    assert DEFAULT_LEXICON.is_file() and DEFAULT_LEXICON.parent.name == "data"
    assert (DEFAULT_LEXICON.parent / "README.md").is_file()


def test_manado_telang_is_swallowing_not_a_flower():
    # Manado final -ng for -n (makang, ikang): telang is telan 'swallow', though Indonesian has a telang flower
    glosser = Glosser()
    assert glosser.gloss("Tiap malam dia telang obat abis makang.").translation == "Setiap malam dia menelan obat setelah makan."
    assert "menelan" in glosser.gloss("Kita nyanda bisa telang, tenggorokan sakit.").translation
