"""Understanding many files at once (`mailroom classify`, `mailroom eval`), spread over the CPU cores.

Understanding is pure and CPU-bound, so a batch of files splits cleanly: each worker process reads its
files and returns the ``classify --json`` record, in the order the files were given. Workers are forked
from the CLI process, so they start with the lexicon and model already loaded (the CLI starts no threads
of its own, and ``mailroom.cli`` keeps numpy's BLAS to one; the long-running service, which has threads,
uses ``ingest.prepare``'s forkserver pool instead). If a worker dies, the rest is done in this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handlers.intent_model import IntentModel
from handlers.lexicon import Lexicon
from ingest.understand import FirmIdentity, understand
from mailroom.report import classification_record

FILES_PER_WORKER = 100  # below this a second process costs more than it saves


@dataclass(frozen=True)
class Understander:
    lexicon: Lexicon
    firm: FirmIdentity
    model: IntentModel | None


@dataclass(frozen=True)
class FileResult:
    """One file's record, or why there is none (``problem``: "cannot read …" / "cannot parse …")."""

    name: str
    record: dict[str, Any] | None = None
    problem: str | None = None


def understand_file(name: str, understander: Understander) -> FileResult:
    """One file's record; a file that cannot be read or understood is a result too, never an exception."""
    try:
        raw = Path(name).read_bytes()
    except OSError as exc:
        return FileResult(name, problem=f"cannot read ({exc.strerror})")
    try:
        understood = understand(raw, understander.lexicon, understander.firm, understander.model)
        return FileResult(name, record=classification_record(name, understood))
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
        return FileResult(name, problem=f"cannot parse ({exc})")


def default_jobs(files: int) -> int:
    """One process per core, but only as many as the batch keeps busy."""
    return max(1, min(os.cpu_count() or 1, files // FILES_PER_WORKER))


def understand_files(names: Sequence[str], understander: Understander, jobs: int | None = None) -> Iterator[FileResult]:
    """Each file's result, in the order given; ``jobs`` processes (default: ``default_jobs``)."""
    jobs = default_jobs(len(names)) if jobs is None else max(1, jobs)
    if jobs == 1 or len(names) < 2:
        yield from (understand_file(name, understander) for name in names)
        return
    done = 0
    try:
        with ProcessPoolExecutor(
            max_workers=jobs, mp_context=multiprocessing.get_context("fork"),
            initializer=_set_worker_state, initargs=(understander,),
        ) as pool:
            for result in pool.map(_understand_in_worker, names, chunksize=max(1, len(names) // (jobs * 8))):
                done += 1
                yield result
    except BrokenProcessPool:  # a worker died (out of memory, a crash in C): finish here, in order
        yield from (understand_file(name, understander) for name in names[done:])


_worker_understander: Understander | None = None


def _set_worker_state(understander: Understander) -> None:
    global _worker_understander
    _worker_understander = understander


def _understand_in_worker(name: str) -> FileResult:
    assert _worker_understander is not None, "worker not initialised"
    return understand_file(name, _worker_understander)
