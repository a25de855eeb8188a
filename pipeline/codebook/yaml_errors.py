"""A codebook's YAML syntax errors, with what usually causes them in a hand-edited file."""

from __future__ import annotations

import yaml

from pipeline.errors import InputError


def syntax_error(exc: yaml.MarkedYAMLError, source: str) -> InputError:
    """PyYAML's message at its line, plus a hint: most structural errors are indentation slips."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else None
    message = " ".join(part for part in (exc.context, exc.problem) if part)
    opened = _unclosed_bracket(exc)
    if opened is not None:   # PyYAML stops where it notices, often the next line: name the opening
        return InputError.at(source, f"YAML syntax error: {message}; {opened}", line=exc.context_mark.line + 1)
    return InputError.at(source, f"YAML syntax error: {message}{_hint(message)}", line=line)


def _unclosed_bracket(exc: yaml.MarkedYAMLError) -> str | None:
    """The hint for a list or mapping in brackets left open ("keywords: [jauh, ojek"), or None."""
    brackets = {"flow sequence": ("[", "]"), "flow mapping": ("{", "}")}
    for kind, (opening, closing) in brackets.items():
        if exc.context and kind in exc.context and exc.context_mark is not None:
            return (f"the '{opening}' opened on this line is not closed: end it with '{closing}' on the same "
                    "line (keywords: [jauh, ojek, ongkos])")
    return None


def _hint(message: str) -> str:
    """What usually causes PyYAML's structural errors in a hand-edited codebook: indentation."""
    if "'\\t'" in message:
        return "; indent with spaces, not tabs"
    if "mapping values are not allowed" in message:
        return ("; check this line's indentation against the line above (a key indented further than its "
                "siblings), or put quotes around a value that contains ': '")
    if any(words in message for words in ("expected <block end>", "did not find expected key",
                                          "did not find expected '-'")):
        return ("; check the indentation here: keys of one theme, category or code line up under each other, "
                "and the '-' of every item of a list lines up with the '-' of the first")
    return ""
