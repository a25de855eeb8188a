"""Loading, validating and writing codebooks (pipeline/codebook/load.py, dump.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipeline.codebook import codebook_to_yaml, dump_codebook, load_codebook, parse_codebook
from pipeline.errors import InputError
from tests.paper import TABEL_2

REPO = Path(__file__).resolve().parents[1]
WORI_CODEBOOK = REPO / "codebooks" / "wori.yaml"

MINIMAL = """\
themes:
  - id: t1
    label: Tema
    categories:
      - id: c1
        label: Kategori
        codes:
          - id: k1
            label: Koding satu
            definition: Something.
            keywords: [urus]
"""


def _problems(text: str, tmp_path: Path) -> list:
    path = tmp_path / "book.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_codebook(path)
    for problem in caught.value.problems:
        assert problem.file == str(path)
    return caught.value.problems


def _has(problems, line: int, key: str, words: str) -> bool:
    return any(p.line == line and p.key == key and words in p.message for p in problems)


def test_wori_codebook_is_tabel_2_with_definitions():
    codebook = load_codebook(WORI_CODEBOOK)
    assert [(c.theme, c.category, c.label) for c in codebook.codes] == TABEL_2
    for code in codebook.codes:
        assert code.definition and code.include and code.exclude and code.keywords and code.rules
    assert len(codebook.sha256) == 64 and codebook.source == str(WORI_CODEBOOK)
    assert codebook.code_by_label_or_id("tidak memiliki kartu keluarga").id == "tidak_ada_kk"


def test_minimal_codebook_is_valid_with_defaults(tmp_path):
    path = tmp_path / "mini.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    codebook = load_codebook(path)
    assert codebook.name == "mini" and codebook.language == "ind"
    assert [(c.id, c.keywords, c.rules) for c in codebook.codes] == [("k1", ("urus",), ())]


def test_every_problem_is_reported_with_line_and_key(tmp_path):
    text = MINIMAL.replace("        label: Kategori\n", "        lable: Kategori\n") + """\
          - id: k1
            label: ""
            definition: Other.
            keywords: urus
            colour: "#112233"
"""
    problems = _problems(text, tmp_path)
    assert _has(problems, 6, "themes[0].categories[0].lable", "did you mean 'label'")
    assert not _has(problems, 5, "themes[0].categories[0].label", "missing required key 'label'"), "the typo says it"
    assert _has(problems, 12, "themes[0].categories[0].codes[1].id", "duplicate id 'k1'")
    assert _has(problems, 13, "themes[0].categories[0].codes[1].label", "must not be empty")
    assert _has(problems, 15, "themes[0].categories[0].codes[1].keywords", "must be a list")
    assert _has(problems, 16, "themes[0].categories[0].codes[1].colour", "did you mean 'color'")
    assert [p.line for p in problems] == sorted(p.line for p in problems)


def test_missing_definition_and_keywords_are_named(tmp_path):
    text = MINIMAL.replace("            definition: Something.\n            keywords: [urus]\n", "")
    problems = _problems(text, tmp_path)
    assert _has(problems, 8, "themes[0].categories[0].codes[0].definition", "missing required key")
    assert _has(problems, 8, "themes[0].categories[0].codes[0].keywords", "missing required key")


def test_yaml_syntax_error_names_its_line(tmp_path):
    problems = _problems(MINIMAL.replace("keywords: [urus]", "keywords: [urus"), tmp_path)
    assert len(problems) == 1 and "is not closed" in problems[0].message
    assert problems[0].line in (11, 12)


PARSER_WORDS = ("<block end>", "block mapping", "block sequence", "while parsing", "while scanning", "token",
                "scalar", "expected")


def test_a_key_moved_left_is_named_at_its_own_line_in_plain_words(tmp_path):
    """PyYAML stops at the line after a key indented less than its siblings (it is still a key of
    the level above) and says so in parser terms; the message names the key's line."""
    lines = MINIMAL.splitlines(keepends=True)
    moved = next(number for number, line in enumerate(lines) if line.strip() == "keywords: [urus]")
    lines[moved] = lines[moved].replace("            keywords", "        keywords")
    text = "".join(lines) + "          - id: kedua\n            label: Kedua\n            definition: d\n" \
                            "            keywords: [dua]\n"
    problems = _problems(text, tmp_path)
    assert [problem.line for problem in problems] == [moved + 1]
    message = problems[0].message
    assert "indented less than the lines around it (8 spaces; the line above has 12)" in message
    assert "must line up" in message and not any(word in message for word in PARSER_WORDS)


@pytest.mark.parametrize("old, new, words", [
    ("definition: Something.", "definition: Aturan: ini.", "put the value in quotes"),
    ("label: Koding satu", 'label: "Koding satu', "quote opened on this line is not closed"),
    ("definition: Something.", "definition Something.", "a key without ':'"),
    ("label: Koding satu", "label: *Koding satu", "put the value in quotes"),
])
def test_common_yaml_slips_are_said_in_plain_words_at_their_line(tmp_path, old, new, words):
    assert old in MINIMAL
    problems = _problems(MINIMAL.replace(old, new), tmp_path)
    line = next(number for number, text in enumerate(MINIMAL.splitlines(), start=1) if old in text)
    assert [(problem.line, words in problem.message) for problem in problems] == [(line, True)]
    assert not any(word in problems[0].message for word in PARSER_WORDS)


def test_an_unclosed_bracket_is_named_at_the_line_that_opens_it(tmp_path):
    """PyYAML notices on the next key's line; the user's slip is the '[' left open above it."""
    problems = _problems(MINIMAL.replace("keywords: [urus]", "keywords: [urus, daftar"), tmp_path)
    opening = MINIMAL.splitlines().index("            keywords: [urus]") + 1
    assert len(problems) == 1 and problems[0].line == opening
    assert "the '[' opened on this line is not closed: end it with ']'" in problems[0].message


def test_a_misspelled_required_key_is_one_problem(tmp_path):
    """'lable:' said both 'missing required key label' and 'unknown key lable; did you mean label'."""
    problems = _problems(MINIMAL.replace("label: Koding satu", "lable: Koding satu"), tmp_path)
    assert [p.message.split(": ", 1)[-1] for p in problems] == [
        "unknown key 'lable' in a code; did you mean 'label'?"]


def test_not_a_mapping_and_empty_file(tmp_path):
    assert "must be a mapping" in _problems("- just\n- a list\n", tmp_path)[0].message
    assert "empty" in _problems("\n", tmp_path)[0].message


def test_rule_problems_are_located(tmp_path):
    text = "concepts:\n  register: [urus, \"@registr\"]\n" + MINIMAL + """\
            rules:
              - all: ["@regster", [rumah sakit]]
                within: 0
                none_within: 2
                confidence: 2
              - within: 3
              - any: ["da*ftar", "@"]
                colour: red
"""
    problems = _problems(text, tmp_path)
    rule = "themes[0].categories[0].codes[0].rules"
    assert _has(problems, 2, "concepts.register[1]", "did you mean '@register'")
    assert _has(problems, 15, f"{rule}[0].all[0]", "unknown concept '@regster'")
    assert _has(problems, 16, f"{rule}[0].within", "at least 1")
    assert _has(problems, 17, f"{rule}[0].none_within", "needs a 'none' list")
    assert _has(problems, 18, f"{rule}[0].confidence", "between 0.0 and 1.0")
    assert _has(problems, 19, f"{rule}[1]", "needs 'all' or 'any'")
    assert _has(problems, 20, f"{rule}[2].any[0]", "may only end a single word")
    assert _has(problems, 20, f"{rule}[2].any[1]", "not a concept reference")
    assert _has(problems, 21, f"{rule}[2].colour", "unknown key")


def test_concept_cycles_are_refused(tmp_path):
    text = "concepts:\n  a: [x, \"@b\"]\n  b: [\"@a\"]\n" + MINIMAL
    problems = _problems(text, tmp_path)
    assert {p.key for p in problems if "refers to itself" in p.message} == {"concepts.a", "concepts.b"}


def test_dump_loads_back_identically(tmp_path):
    original = load_codebook(WORI_CODEBOOK)
    path = tmp_path / "copy.yaml"
    dump_codebook(original, path)
    again = load_codebook(path)
    assert again.themes == original.themes
    assert again.concepts == original.concepts
    assert (again.name, again.version, again.language) == (original.name, original.version, original.language)
    assert codebook_to_yaml(again) == codebook_to_yaml(original)


def test_exclude_if_round_trips_as_its_own_key():
    codebook = parse_codebook(MINIMAL.replace("keywords: [urus]", "keywords: [urus]\n"
                                              "            exclude_if:\n              - any: [sendiri]"))
    assert codebook.codes[0].rules == ({"any": ["sendiri"], "exclude": True},)
    assert "exclude_if:" in codebook_to_yaml(codebook) and "exclude: true" not in codebook_to_yaml(codebook)


def test_latin1_codebook_is_decoded(tmp_path):
    path = tmp_path / "latin.yaml"
    path.write_bytes(MINIMAL.replace("Koding satu", "Koding désa").encode("latin-1"))
    assert load_codebook(path).codes[0].label == "Koding désa"


RULE_WITH_NEW_KEY = MINIMAL.replace("keywords: [urus]", "keywords: [urus]\n"
                                    "            rules:\n              - any: [kartu]\n                min_hits: 2")


def test_a_new_rule_key_is_one_entry_of_the_rule_syntax_and_round_trips(monkeypatch):
    """A rule key the syntax table does not know is refused; declared there (one edit), the
    loader checks it by its kind and the writer dumps it: load -> dump -> load keeps it."""
    from pipeline.codebook import rule_syntax

    with pytest.raises(InputError) as caught:
        parse_codebook(RULE_WITH_NEW_KEY)
    assert any(problem.key.endswith("min_hits") for problem in caught.value.problems)

    monkeypatch.setattr(rule_syntax, "RULE_SYNTAX",
                        (*rule_syntax.RULE_SYNTAX, rule_syntax.RuleKey("min_hits", "count", lowest=1)))
    loaded = parse_codebook(RULE_WITH_NEW_KEY)
    assert loaded.codes[0].rules == ({"any": ["kartu"], "min_hits": 2},)
    text = codebook_to_yaml(loaded)
    assert "min_hits: 2" in text
    again = parse_codebook(text)
    assert again.themes == loaded.themes
    problems = parse_codebook_problems(RULE_WITH_NEW_KEY.replace("min_hits: 2", "min_hits: 0"))
    assert any(problem.key.endswith("min_hits") for problem in problems), "checked by its kind (count >= 1)"


def parse_codebook_problems(text: str) -> list:
    with pytest.raises(InputError) as caught:
        parse_codebook(text)
    return caught.value.problems


WITH_NEW_KEYS = MINIMAL.replace("themes:\n", "funder: Dinas Kesehatan\nthemes:\n").replace(
    "    label: Tema\n", "    label: Tema\n    sources: [wawancara, observasi]\n").replace(
    "        label: Kategori\n", "        label: Kategori\n        memo: dibahas ulang\n").replace(
    "            keywords: [urus]\n", "            keywords: [urus]\n            coder_note: lihat juga k2\n")


@pytest.mark.parametrize("level, name, kind", [("Codebook", "funder", "text"), ("Theme", "sources", "texts"),
                                               ("Category", "memo", "text"), ("Code", "coder_note", "text")])
def test_a_new_codebook_key_is_one_field_of_its_record_and_round_trips(monkeypatch, level, name, kind):
    """A key no record declares is refused with its line; declared as a field of the record
    (one edit, in records/codebook.py), the loader reads it by its kind and the writer dumps
    it: load -> dump -> load keeps it, at every level of the codebook."""
    import dataclasses

    import pipeline.codebook.load as load_module
    from pipeline.records import codebook as records

    with pytest.raises(InputError) as caught:
        parse_codebook(WITH_NEW_KEYS)
    assert any(problem.key.endswith(name) and problem.line for problem in caught.value.problems)

    declare = records.text_key() if kind == "text" else records.texts_key()
    extended = {}
    for record in ("Codebook", "Theme", "Category", "Code"):
        cls = getattr(records, record)
        fields = [(name, str if kind == "text" else tuple, declare)] if record == level else []
        extended[record] = dataclasses.make_dataclass(record, fields, bases=(cls,), frozen=True)
        monkeypatch.setattr(load_module, record, extended[record])
    # only the declared key is read: the others are taken out of the file
    text = "".join(line for line in WITH_NEW_KEYS.splitlines(keepends=True)
                   if not any(f" {key}:" in f" {line.strip()}" for key in ("funder", "sources", "memo", "coder_note")
                              if key != name))
    loaded = parse_codebook(text)
    owner = {"Codebook": loaded, "Theme": loaded.themes[0], "Category": loaded.themes[0].categories[0],
             "Code": loaded.codes[0]}[level]
    expected = "Dinas Kesehatan" if name == "funder" else "dibahas ulang" if name == "memo" else \
        "lihat juga k2" if name == "coder_note" else ("wawancara", "observasi")
    assert getattr(owner, name) == expected
    dumped = codebook_to_yaml(loaded)
    assert f"{name}:" in dumped
    again = parse_codebook(dumped)
    assert again == loaded


def test_previous_turn_on_a_code_of_one_word_keywords_is_refused_with_what_it_needs(tmp_path):
    text = MINIMAL.replace("keywords: [urus]", "keywords: [urus, daftar]\n            context: previous_turn")
    problems = _problems(text, tmp_path)
    [problem] = problems
    assert problem.line == 12 and problem.key == "themes[0].categories[0].codes[0].context"
    assert "changes nothing" in problem.message and "two or more words" in problem.message


@pytest.mark.parametrize("written", [
    "keywords: [urus, daftar kartu]\n            context: previous_turn",   # a keyword of several words
    "keywords: [urus]\n            context: previous_turn\n            rules:\n              - all: [[urus], [kartu]]",
])
def test_previous_turn_where_it_can_borrow_loads(tmp_path, written):
    path = tmp_path / "book.yaml"
    path.write_text(MINIMAL.replace("keywords: [urus]", written), encoding="utf-8")
    assert load_codebook(path).codes[0].context == "previous_turn"


def test_previous_turn_set_for_the_whole_codebook_is_left_to_the_codes_that_can_borrow(tmp_path):
    path = tmp_path / "book.yaml"
    path.write_text("context: previous_turn\n" + MINIMAL, encoding="utf-8")
    assert load_codebook(path).codes[0].context == "previous_turn"


def test_a_code_missing_its_definition_or_keywords_is_told_what_to_write(tmp_path):
    text = MINIMAL.replace("            definition: Something.\n            keywords: [urus]\n", "")
    definition, keywords = sorted(_problems(text, tmp_path), key=lambda problem: problem.key)[:2]
    assert definition.key.endswith(".definition") and "one sentence" in definition.message
    assert "what counts as this code and when it does not" in definition.message
    assert keywords.key.endswith(".keywords") and "keywords: [" in keywords.message


def test_a_key_under_a_list_item_is_named_at_its_own_line(tmp_path):
    """Round 18's trial: a code's label one space left of its "- id:" line's key was blamed on the
    "- id:" line above it, counted by the spaces before its '-'."""
    lines = MINIMAL.splitlines(keepends=True)
    slipped = next(number for number, line in enumerate(lines) if line.strip() == "label: Koding satu")
    lines[slipped] = lines[slipped].replace("            label", "           label")
    problems = _problems("".join(lines), tmp_path)
    assert [problem.line for problem in problems] == [slipped + 1]
    assert "(11 spaces; the line above has 12 before its key, counting its '- ')" in problems[0].message


def test_a_dash_without_its_space_is_counted_as_spaces_only():
    """A keyword typed '-batuk' (no space after the '-') is a word, not a list item: the line's
    indent is its spaces, and the message does not tell the user to count a '- ' that is not there."""
    from pipeline.yaml_errors import syntax_error

    text = "codes:\n  - id: a\n    keywords:\n      -batuk\n     label: Batuk\n"
    with pytest.raises(yaml.MarkedYAMLError) as raised:
        yaml.safe_load(text)
    message = str(syntax_error(raised.value, "codebook.yaml", text))
    assert "(5 spaces; the line above has 6)" in message
