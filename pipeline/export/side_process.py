"""Run one part of the export in a second process while this one writes the rest.

The export is CPU-bound Python (CSV, XML, matplotlib, python-docx), so threads would take
turns on the GIL; a forked child runs on the other core and shares the analysis with this
process without pickling it. Where fork is not safe or not useful (not Linux, one usable
core), the task simply runs here, after the rest.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def can_fork() -> bool:
    """Fork is the default and safe on Linux only; a second core must be free to gain anything."""
    if sys.platform != "linux":
        return False
    return len(os.sched_getaffinity(0)) >= 2


@contextmanager
def alongside(task: Callable[[], None], parallel: bool = True) -> Iterator[None]:
    """Run `task` while the body of the `with` runs; both have finished when the `with` ends.

    An exception raised by `task` in the child is raised here once the body has finished.
    With `parallel` false (or no fork), `task` runs in this process after the body.
    """
    if not (parallel and can_fork()):
        yield
        task()
        return
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_run, args=(task, sender), name="export-side", daemon=True)
    child.start()
    sender.close()
    try:
        yield
    except BaseException:
        child.terminate()
        child.join()
        raise
    try:
        error = receiver.recv()
    except EOFError:   # killed before it could report (out of memory, a signal)
        error = RuntimeError(f"the export's second process ended without finishing (exit code {child.exitcode})")
    finally:
        child.join()
        receiver.close()
    if error is not None:
        raise error


def _run(task: Callable[[], None], sender) -> None:
    try:
        task()
    except BaseException as error:  # reported to the parent, which raises it
        try:
            sender.send(error)
        except (pickle.PicklingError, TypeError, AttributeError):   # could not be pickled: send its text
            sender.send(RuntimeError(f"{type(error).__name__}: {error}"))
        os._exit(1)
    sender.send(None)
    os._exit(0)
