"""A codebook edit redoes only what it changed: the codes whose matching changed are recoded
(no document is glossed again), the stages and export formats whose inputs did not change are
reused, and everything comes out exactly as a cold run with the edited codebook gives it."""

from __future__ import annotations

import dataclasses
import shutil
import zipfile

import pandas as pd
import pytest
import yaml

import pipeline.export.formats as formats
import pipeline.export.refiqda.sources as project_sources
import pipeline.runtime.annotate_chunk as chunk_module
from pipeline.records.codebook import Code, Codebook
from pipeline.run import analyze
from pipeline.runtime.annotate import AnnotationStats, annotate_batch
from tests.conftest import REPO, WORI
from tests.test_cache import codebook, segments  # noqa: F401  (the same fixtures)


def _with_codes(codebook: Codebook, change) -> Codebook:
    """The codebook with `change(codes of a category) -> codes` applied to every category."""
    return dataclasses.replace(codebook, themes=tuple(
        dataclasses.replace(theme, categories=tuple(dataclasses.replace(category, codes=tuple(change(category.codes)))
                                                    for category in theme.categories))
        for theme in codebook.themes))


def _edit_code(codebook: Codebook, code_id: str, **changes) -> Codebook:
    return _with_codes(codebook, lambda codes: [dataclasses.replace(code, **changes) if code.id == code_id else code
                                                for code in codes])


def _recording(monkeypatch) -> list:
    """The `codes` each call of the coder was asked for (None: all)."""
    calls: list = []
    real = chunk_module.code_segments

    def spy(*args, **kwargs):
        calls.append(kwargs.get("codes"))
        return real(*args, **kwargs)

    monkeypatch.setattr(chunk_module, "code_segments", spy)
    return calls


def _annotate(segments, codebook, cache_dir=None):
    stats = AnnotationStats()
    return annotate_batch(segments, codebook, workers=1, cache_dir=cache_dir, progress=False, stats=stats), stats


def test_a_keyword_added_to_one_code_recodes_that_code_alone(tmp_path, segments, codebook, monkeypatch):
    _annotate(segments, codebook, tmp_path)
    code = codebook.codes[3]
    edited = _edit_code(codebook, code.id, keywords=(*code.keywords, "anak"))
    calls = _recording(monkeypatch)
    got, stats = _annotate(segments, edited, tmp_path)
    assert stats.glossed == 0 and stats.coded == segments["document"].nunique()
    assert calls and all(codes == (code.id,) for codes in calls), "the other codes' codings come from the cache"
    cold, _ = _annotate(segments, edited)
    pd.testing.assert_frame_equal(got.codings, cold.codings)
    assert not got.codings.equals(_annotate(segments, codebook)[0].codings), "the edit did change some codings"


def _examples_moved(codebook: Codebook) -> Codebook:
    """A code's examples lend their words to the other codes' weak rules (as exclusions)."""
    code = next(code for code in codebook.codes if code.examples)
    return _edit_code(codebook, code.id, examples=(*code.examples, "Torang pe anak pernah sakit panas di rumah."))


def _reordered(codebook: Codebook) -> Codebook:
    return _with_codes(codebook, lambda codes: list(reversed(codes)))


def _one_code_less(codebook: Codebook) -> Codebook:
    gone = codebook.codes[1].id
    return _with_codes(codebook, lambda codes: [code for code in codes if code.id != gone])


def _relabelled(codebook: Codebook) -> Codebook:
    """Labels feed the study's topic words, which every code's weak rules leave out."""
    code = codebook.codes[0]
    return _edit_code(codebook, code.id, label=f"{code.label} anak")


def _concept_edited(codebook: Codebook) -> Codebook:
    if not codebook.concepts:
        return _relabelled(codebook)
    name, terms = next(iter(codebook.concepts.items()))
    return dataclasses.replace(codebook, concepts={**codebook.concepts, name: (*terms, "anak")})


@pytest.mark.parametrize("edit", [_examples_moved, _reordered, _one_code_less, _relabelled, _concept_edited])
def test_whatever_the_edit_the_cached_codings_are_a_cold_runs(tmp_path, segments, codebook, edit):
    _annotate(segments, codebook, tmp_path)
    edited = edit(codebook)
    got, stats = _annotate(segments, edited, tmp_path)
    assert stats.glossed == 0
    cold, _ = _annotate(segments, edited)
    pd.testing.assert_frame_equal(got.codings, cold.codings)
    pd.testing.assert_frame_equal(got.segments, cold.segments)


def _outputs(folder):
    """Every output's bytes, run.json aside (it records times and what was reused)."""
    files = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name == "run.json":
            continue
        name = path.relative_to(folder).as_posix()
        if path.suffix in (".docx", ".qdpx"):
            with zipfile.ZipFile(path) as archive:
                files[name] = {member: archive.read(member) for member in archive.namelist()
                               if not member.endswith("core.xml")}
        else:
            files[name] = path.read_bytes()
    return files


def test_an_edit_that_changes_no_coding_reuses_the_stages_after_coding(tmp_path, monkeypatch):
    batch, out = tmp_path / "wori", tmp_path / "outputs" / "wori"
    shutil.copytree(WORI, batch)
    original = REPO / "codebooks" / "wori.yaml"
    analyze(batch, codebook_path=original, out_dir=out, workers=1, progress=False)
    data = yaml.safe_load(original.read_text(encoding="utf-8"))
    code = data["themes"][0]["categories"][0]["codes"][0]
    code["keywords"] = [*code.get("keywords", []), "kata kunci yang tidak diucapkan"]
    edited = tmp_path / "edited.yaml"
    edited.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    def not_again(*args, **kwargs):
        raise AssertionError("an output was written again although what it reads did not change")

    for name in ("plot_code_matrix", "plot_saturation", "plot_cooccurrence"):
        monkeypatch.setattr(formats.plots, name, not_again)
    for name in ("write_csv", "quotations_markdown", "coreq_markdown", "write_report"):   # they read no rule
        monkeypatch.setattr(formats, name, not_again)
    monkeypatch.setattr(project_sources, "_append_sources", not_again)   # the project's <Sources> are kept
    again = analyze(batch, codebook_path=edited, out_dir=out, workers=1, progress=False)
    monkeypatch.undo()
    record = again.record
    parts = record.export_key
    assert parts["figures"]["files"] == ["figures/code_matrix.png", "figures/cooccurrence.png", "figures/saturation.png"]
    assert sorted(name for part in parts.values() for name in part["files"]) == sorted(record.outputs)
    assert record.annotate["glossed"] == 0
    assert {"suggest", "aggregate"} <= set(record.reused_stages), "they read no rule: given the codebook's structure"
    assert record.export_reused is False, "the formats that quote the codebook are rewritten"
    cold = analyze(batch, codebook_path=edited, out_dir=tmp_path / "cold", workers=1, progress=False, cache=False)
    assert _outputs(again.out_dir) == _outputs(cold.out_dir)
    assert (again.out_dir / "wori.qdpx").read_bytes() == (cold.out_dir / "wori.qdpx").read_bytes(), \
        "the project, its kept <Sources> spliced in, is a cold run's byte for byte"
    unzipped = {name: sha for name, sha in record.outputs.items() if not name.endswith((".docx", ".qdpx"))}
    assert unzipped == {name: sha for name, sha in cold.record.outputs.items() if not name.endswith((".docx", ".qdpx"))}


def test_structure_keeps_what_later_stages_read_and_drops_what_only_the_coder_reads(codebook):
    structure = codebook.structure()
    assert [(c.id, c.label, c.theme, c.category, c.definition, c.examples) for c in structure.codes] == \
        [(c.id, c.label, c.theme, c.category, c.definition, c.examples) for c in codebook.codes]
    assert all(code.rules == () and code.keywords == () for code in structure.codes)
    assert structure.concepts == {} and structure.sha256 == "" and structure.name == codebook.name
    assert isinstance(structure.codes[0], Code)


@pytest.mark.parametrize("code_id, keyword", [("takut_efek_samping", "dibagikan"), ("hoaks_media_sosial", "anak")])
def test_a_keyword_edit_of_a_minimal_codebook_on_documents_matches_a_cold_run(tmp_path, code_id, keyword):
    """Documents carry what a per-code key cannot see: list items whose codes depend on every code,
    and rule-less codes whose evidence depends on the whole compiled codebook."""
    from pipeline.codebook.load import load_codebook
    from pipeline.ingest import read_batch
    documents = read_batch(REPO / "tests" / "data" / "imun_dev_documents").segments
    minimal = load_codebook(REPO / "codebooks" / "imunisasi.yaml")
    _annotate(documents, minimal, tmp_path)
    code = next(code for code in minimal.codes if code.id == code_id)
    edited = _edit_code(minimal, code_id, keywords=(*code.keywords, keyword))
    got, stats = _annotate(documents, edited, tmp_path)
    assert stats.glossed == 0
    cold, _ = _annotate(documents, edited)
    pd.testing.assert_frame_equal(got.codings, cold.codings)


def test_a_restricted_codebook_keeps_every_setting_of_the_whole_one():
    """`restricted` serves the per-code cache: everything but the rule list must be the whole codebook's."""
    from pipeline.codebook.load import load_codebook
    from pipeline.coding.compile_rules import compiled_codebook
    whole = compiled_codebook(load_codebook(REPO / "codebooks" / "imunisasi.yaml"))
    part = whole.restricted(frozenset({0}))
    from pipeline.coding.weak_evidence import STRONG_KINDS
    # code 0's rules, and the other codes' strong ones its lone weak evidence yields to
    assert {rule.code_index for rule in part.rules if rule.kind not in STRONG_KINDS} == {0}
    assert [r for r in part.rules if r.code_index == 0] == [r for r in whole.rules if r.code_index == 0]
    assert len(whole.rules) > len(part.rules)
    for name in ("negatable", "denied_only", "term_keys", "prefixes", "_checked_norms"):
        assert getattr(part, name) is getattr(whole, name), name


def test_tokens_are_a_sibling_entry_only_the_recode_reads_and_losing_one_costs_only_time(tmp_path, segments, codebook):
    from pipeline.coding.token_store import DocumentTokens
    from pipeline.runtime.cache import StageCache
    _annotate(segments, codebook, tmp_path)
    tokens = sorted((tmp_path / "tokens").glob("*.pkl"))
    assert len(tokens) == segments["document"].nunique()
    gloss = StageCache(tmp_path / "gloss").get(tokens[0].stem)
    assert len(gloss) == 2 and not any(isinstance(part, DocumentTokens) for part in gloss), \
        "the driver reads every gloss entry: it holds no tokens"
    for path in tokens[::2]:
        path.unlink()
    code = codebook.codes[3]
    edited = _edit_code(codebook, code.id, keywords=(*code.keywords, "anak"))
    got, stats = _annotate(segments, edited, tmp_path)
    assert stats.glossed == 0
    pd.testing.assert_frame_equal(got.codings, _annotate(segments, edited)[0].codings)
