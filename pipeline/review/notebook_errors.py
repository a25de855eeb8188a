"""An input problem met in a notebook is shown as the command line shows it, one line per problem
naming the file and line, not as a Python traceback a grader must read to the bottom of."""

from __future__ import annotations

from pipeline.errors import InputError


def show_input_errors_plainly() -> None:
    """Have the running IPython kernel print an InputError as its problems (the cell still stops, so
    Run All stops there too); outside IPython, nothing changes."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None:
        shell.set_custom_exc((InputError,), _problems_only)


def _problems_only(shell, kind, error: InputError, traceback, tb_offset=None) -> None:
    """The exception's own line only ("InputError: reviews.csv:3 [reviewer]: empty reviewer ..."):
    IPython discards what a handler returns in a cell, so it shows it itself."""
    shell.showtraceback((kind, error, traceback), exception_only=True)
