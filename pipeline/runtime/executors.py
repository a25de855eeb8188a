"""Where work runs: in this process, on this machine's cores, or on a Dask cluster; and items
shared with forked children beside the caller (`map_alongside`).

Every executor does the same thing, `map_ordered(task, context, items)`: call `task(context, item)`
for each item and yield the results in the order of the items, whatever order they finish in,
so a parallel run concatenates to exactly what a serial run produces. `context` (the codebook and
whatever else every task needs) travels to each worker once, not once per task; tasks keep their
expensive per-process resources (spaCy pipelines, lexicons) in module-level caches.

At most `window` tasks are in flight at a time, so a batch of any size streams through with
bounded memory instead of being submitted (and its results held) all at once.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar

from pipeline.errors import InputError
from pipeline.runtime.gc_tuning import use_bulk_thresholds

C = TypeVar("C")
T = TypeVar("T")
R = TypeVar("R")

EXECUTORS = ("local", "dask")


def available_cores() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total, where known)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


class Executor(Protocol):
    name: str       # "local" or "dask", for the run record
    workers: int

    def map_ordered(self, task: Callable[[C, T], R], context: C, items: Iterable[T]) -> Iterator[R]: ...

    def close(self) -> None: ...


class SerialExecutor:
    """Everything in this process: no start-up cost, the reference every other executor must match."""

    name = "local"
    workers = 1

    def map_ordered(self, task: Callable[[C, T], R], context: C, items: Iterable[T]) -> Iterator[R]:
        for item in items:
            yield task(context, item)

    def close(self) -> None:
        pass

    def __enter__(self) -> SerialExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# The context a local worker process received at start-up (see _install_context).
_WORKER_CONTEXT: Any = None


def _install_context(context: Any) -> None:
    global _WORKER_CONTEXT
    _WORKER_CONTEXT = context
    use_bulk_thresholds()


def _call_with_installed_context(task: Callable[[Any, T], R], item: T) -> R:
    return task(_WORKER_CONTEXT, item)


def _process_start_method() -> str:
    """fork where the platform has it: workers inherit the already imported libraries (spaCy
    takes seconds to import), which matters when a run lasts only seconds."""
    methods = multiprocessing.get_all_start_methods()
    return "fork" if "fork" in methods else multiprocessing.get_start_method()


class ProcessExecutor:
    """A pool of worker processes on this machine; the context is sent once per process."""

    name = "local"

    def __init__(self, workers: int, window: int | None = None) -> None:
        self.workers = max(1, workers)
        self.window = window or 2 * self.workers
        self._pool: ProcessPoolExecutor | None = None
        self._pool_context: Any = None

    def _pool_for(self, context: Any) -> ProcessPoolExecutor:
        if self._pool is not None and self._pool_context is not context:
            self._pool.shutdown(wait=True)
            self._pool = None
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context(_process_start_method()),
                initializer=_install_context,
                initargs=(context,),
            )
            self._pool_context = context
        return self._pool

    def map_ordered(self, task: Callable[[C, T], R], context: C, items: Iterable[T]) -> Iterator[R]:
        pool = self._pool_for(context)
        yield from _ordered_window(
            (lambda item: pool.submit(_call_with_installed_context, task, item)),
            lambda future: future.result(),
            items,
            self.window,
        )

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> ProcessExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class DaskExecutor:
    """Tasks on a Dask cluster: the one at `scheduler` ("tcp://host:8786"), else a local one.

    The context is scattered to every worker once and tasks refer to it, so a large codebook is
    not shipped with each document. Workers of a remote cluster need this package installed.
    """

    name = "dask"

    def __init__(self, workers: int, scheduler: str | None = None, processes: bool = True,
                 window: int | None = None, connect_timeout: str = "10s") -> None:
        from dask.distributed import Client, LocalCluster

        self._cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout=connect_timeout)
            except (OSError, TimeoutError) as error:
                raise InputError.at(scheduler, f"cannot reach the Dask scheduler ({error}); "
                                               "start one with `dask scheduler` or leave out --scheduler") from None
        else:
            self._cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=processes,
                                         dashboard_address=":0",  # any free port: never clash with another cluster
                                         silence_logs=logging.ERROR)
            self.client = Client(self._cluster)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)
        self.window = window or 2 * self.workers

    def map_ordered(self, task: Callable[[C, T], R], context: C, items: Iterable[T]) -> Iterator[R]:
        [shared] = self.client.scatter([context], broadcast=True, hash=False)
        try:
            yield from _ordered_window(
                (lambda item: self.client.submit(_call_pickled, task, shared, pickle.dumps(item, protocol=5),
                                                 pure=False)),
                lambda future: pickle.loads(future.result()),
                items,
                self.window,
            )
        finally:
            self.client.cancel([shared])

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _call_pickled(task: Callable[[Any, T], R], context: Any, item: bytes) -> bytes:
    """Items and results cross to Dask workers as plain pickles: Dask's own serializers for
    pandas objects do not round-trip every dtype (pandas 3 `str` columns come back `object`),
    and results must be exactly what a serial run gives."""
    return pickle.dumps(task(context, pickle.loads(item)), protocol=5)


def _ordered_window(submit: Callable[[T], Any], result: Callable[[Any], R], items: Iterable[T],
                    window: int) -> Iterator[R]:
    """Keep up to `window` tasks running; yield results in submission order."""
    pending: deque[Any] = deque()
    try:
        for item in items:
            pending.append(submit(item))
            if len(pending) >= window:
                yield result(pending.popleft())
        while pending:
            yield result(pending.popleft())
    finally:
        for future in pending:  # an error or an abandoned generator: do not leave work running
            future.cancel()


def check_options(kind: str = "local", workers: int | None = None, scheduler: str | None = None) -> None:
    """Raise InputError (naming the option) for settings no executor accepts."""
    if kind not in EXECUTORS:
        raise InputError.at("--executor", f"unknown executor {kind!r}; choose one of {', '.join(EXECUTORS)}")
    if workers is not None and workers < 1:
        raise InputError.at("--workers", f"must be at least 1, not {workers}")
    if scheduler and kind != "dask":
        raise InputError.at("--scheduler", "only applies with --executor dask")


def make_executor(kind: str = "local", workers: int | None = None, scheduler: str | None = None) -> Executor:
    """The executor for `--executor KIND --workers N [--scheduler ADDRESS]`.

    `workers` defaults to the cores available; "local" with one worker runs in this process.
    """
    check_options(kind, workers, scheduler)
    workers = available_cores() if workers is None else workers
    if kind == "dask":
        return DaskExecutor(workers, scheduler)
    return SerialExecutor() if workers == 1 else ProcessExecutor(workers)


# ---------------------------------------------------------------------------------------------
# Work beside the caller: CPU-bound Python (model fits, matplotlib, python-docx) cannot share a
# process with other work through threads, which take turns on the GIL; a forked child runs on the
# other core and sees the caller's data without pickling it. Where fork is not safe or not useful
# (not Linux, one usable core), the work simply runs in the caller.

def can_fork() -> bool:
    """Fork is the default and safe on Linux only; a second core must be free to gain anything."""
    return sys.platform == "linux" and available_cores() >= 2


def _send_error(sender, error: BaseException) -> None:
    try:
        sender.send(error)
    except (pickle.PicklingError, TypeError, AttributeError):   # could not be pickled: send its text
        sender.send(RuntimeError(f"{type(error).__name__}: {error}"))


@contextmanager
def map_alongside(task: Callable[[T], R], items: Sequence[T], parallel: bool = True) -> Iterator[Callable[[], list[R]]]:
    """`task(item)` for every item, begun at once by forked children on the other cores while the
    body of the `with` does other work; the body then calls the yielded function, which takes
    on the items still waiting in this process too and returns all results in item order.

    For tasks that read large data this process already holds (a feature matrix): the children
    see it without pickling, and only items' indices and results cross between processes. Items
    are handed out one at a time to whichever process is free, so each task must give the same
    result wherever it runs. Without fork or a second core, the items run in this process when
    the function is called, as they do in a daemonic process (a child of another
    `map_alongside`), which may not have children. Children still running when the `with` ends
    are stopped.
    """
    if not (parallel and can_fork() and len(items) > 1) or multiprocessing.current_process().daemon:
        yield lambda: [task(item) for item in items]
        return
    context = multiprocessing.get_context("fork")
    taken = _ItemCounter(len(items), context.Value("q", 0))
    children: list[tuple[Any, Any]] = []
    try:
        for _ in range(min(available_cores(), len(items)) - 1):
            receiver, sender = context.Pipe(duplex=False)
            child = context.Process(target=_take_items_beside, args=(task, items, taken, sender),
                                    name="map_alongside", daemon=True)
            child.start()
            sender.close()
            children.append((child, receiver))
        yield lambda: _gather(task, items, taken, children)
    finally:
        for child, receiver in children:
            if child.is_alive():
                child.terminate()
            child.join()
            receiver.close()


class _ItemCounter:
    """The next item to take, shared by the processes of one `map_alongside`."""

    def __init__(self, n_items: int, shared: Any) -> None:
        self.n_items = n_items
        self.shared = shared    # a multiprocessing.Value, with its lock

    def next(self) -> int | None:
        with self.shared.get_lock():
            index = self.shared.value
            self.shared.value = index + 1
        return index if index < self.n_items else None


def _take_items(task: Callable[[T], R], items: Sequence[T], taken: _ItemCounter) -> tuple[list[int], list[R]]:
    """(indices, results) of the items this process took until none was left."""
    indices: list[int] = []
    results: list[R] = []
    while (index := taken.next()) is not None:
        results.append(task(items[index]))
        indices.append(index)
    return indices, results


def _take_items_beside(task: Callable[[T], R], items: Sequence[T], taken: _ItemCounter, sender) -> None:
    try:
        done = _take_items(task, items, taken)
    except BaseException as error:  # reported to the parent, which raises it
        _send_error(sender, error)
        os._exit(1)
    sender.send(done)
    os._exit(0)


def _gather(task: Callable[[T], R], items: Sequence[T], taken: _ItemCounter,
            children: list[tuple[Any, Any]]) -> list[R]:
    results: dict[int, R] = dict(zip(*_take_items(task, items, taken)))
    for child, receiver in children:
        try:
            done = receiver.recv()
        except EOFError:   # killed before it could report (out of memory, a signal)
            child.join()
            raise RuntimeError(f"a worker process ended without finishing (exit code {child.exitcode})") from None
        if isinstance(done, BaseException):
            raise done
        results.update(zip(*done))
    return [results[i] for i in range(len(items))]


__all__ = ["EXECUTORS", "DaskExecutor", "Executor", "ProcessExecutor", "SerialExecutor",
           "available_cores", "can_fork", "check_options", "make_executor", "map_alongside"]
