"""Checking many files: in this process, or in `--jobs N` worker processes.

Each file is a task: its path, the rule pack its configuration asks for and its `--fail-on`.
Results come back in task order whatever N is, so reports are identical for any `--jobs`. A
worker compiles each pack once, on the first task that needs it, and keeps it for the others.
Standard input (`-`) is read here, in the calling process, never in a worker.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from . import check_path, runtime
from .documents import LoadOptions
from .engine import CompiledPack
from .result import DocumentResult
from .rules.model import RulePack


@dataclass(frozen=True)
class Task:
    path: str
    pack: int  # index into the batch's list of packs
    fail_on: str
    time_limit: float | None = None  # seconds to read and check the file (None: no limit)


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# Each pack of the batch with the pack its transcripts are checked with, if any
# (`CompiledPack.for_transcripts`): what a worker compiles.
Packs = list[tuple[RulePack, "RulePack | None"]]
_worker_packs: Packs = []
_worker_compiled: dict[int, CompiledPack] = {}
_worker_options: LoadOptions | None = None


def _init_worker(packs: Packs, options: LoadOptions | None) -> None:
    global _worker_packs, _worker_options
    _worker_packs, _worker_options = packs, options
    _worker_compiled.clear()


def _run(task: Task) -> list[DocumentResult]:
    compiled = _worker_compiled.get(task.pack)
    if compiled is None:
        pack, oral = _worker_packs[task.pack]
        compiled = _worker_compiled[task.pack] = CompiledPack(pack, CompiledPack(oral) if oral else None)
        if len(_worker_compiled) == 1:  # a worker is a process fslcheck owns: settled after its start-up
            runtime.settle()
    return check_path(task.path, compiled, task.fail_on, _worker_options, task.time_limit)


def run(tasks: list[Task], packs: list[CompiledPack], options: LoadOptions | None = None,
        jobs: int = 1) -> Iterator[list[DocumentResult]]:
    """The results of each task, in task order (a list per file: EDGAR submissions have several).

    With several jobs, at most a few tasks per worker are in flight, so that finished results
    never pile up behind a slow document. A worker that dies (a crash in a native library) costs
    only the document it was checking: the tasks in flight are retried one by one in a fresh
    worker, and the one that kills it again is reported as an error.
    """
    jobs = max(1, min(jobs, len(tasks)))
    if jobs == 1 or any(t.path == "-" for t in tasks):
        for task in tasks:
            yield check_path(task.path, packs[task.pack], task.fail_on, options, task.time_limit)
        return
    rule_packs = [(p.pack, p.for_transcripts.pack if p.for_transcripts else None) for p in packs]
    pool = _pool(jobs, rule_packs, options)
    window: deque[tuple[Task, Future]] = deque()
    pending = iter(tasks)
    try:
        for task in pending:
            window.append((task, pool.submit(_run, task)))
            if len(window) >= jobs * 4:
                break
        while window:
            task, future = window.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                pool.shutdown(cancel_futures=True)
                lost = [task] + [t for t, _ in window]
                window.clear()
                for retry in lost:
                    yield _isolated(retry, rule_packs, options)
                pool = _pool(jobs, rule_packs, options)
                results = None
            if results is not None:
                yield results
            for next_task in pending:
                window.append((next_task, pool.submit(_run, next_task)))
                if len(window) >= jobs * 4:
                    break
    finally:
        pool.shutdown(cancel_futures=True)


def _pool_context():
    """Workers come from the forkserver (spawned where there is none), never forked from this
    process: a forked child inherits this process's handle on the forkserver that the PDF reader
    starts its own workers from, and cannot use it."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _pool(jobs: int, packs: Packs, options: LoadOptions | None) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, mp_context=_pool_context(), initializer=_init_worker,
                               initargs=(packs, options))


def _isolated(task: Task, packs: Packs, options: LoadOptions | None) -> list[DocumentResult]:
    """Check one task alone in a fresh worker; a second crash is that document's error."""
    with _pool(1, packs, options) as pool:
        try:
            return pool.submit(_run, task).result()
        except BrokenProcessPool:
            return [DocumentResult(path=task.path, fail_on=task.fail_on,
                                   error="the checking process died while reading this file (a crash in a "
                                         "native library); please report this")]
