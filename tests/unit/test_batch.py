"""mailroom.batch: files understood over several processes come back complete and in order, even when a
worker dies mid-batch."""

from __future__ import annotations

import os
from pathlib import Path

import mailroom.batch as batch
from handlers.lexicon import load_lexicon
from ingest.understand import FirmIdentity

CORPUS = Path(__file__).resolve().parents[1] / "golden" / "corpus"


def _understander() -> batch.Understander:
    return batch.Understander(lexicon=load_lexicon(), firm=FirmIdentity(), model=None)


def test_a_dying_worker_does_not_lose_the_batch(monkeypatch):
    files = [str(p) for p in sorted(CORPUS.glob("*.eml"))][:24]
    parent, real = os.getpid(), batch.understand_file

    def dies_in_a_worker(name: str, understander: batch.Understander) -> batch.FileResult:
        if os.getpid() != parent and name.endswith("d009.eml"):
            os._exit(3)  # as a worker killed by the kernel would
        return real(name, understander)

    monkeypatch.setattr(batch, "understand_file", dies_in_a_worker)
    results = list(batch.understand_files(files, _understander(), jobs=2))
    assert [r.name for r in results] == files
    assert all(r.record is not None for r in results)
    alone = [real(name, _understander()).record for name in files]
    assert [r.record for r in results] == alone


def test_default_jobs_grow_with_the_batch_up_to_the_cores():
    assert batch.default_jobs(10) == 1
    assert batch.default_jobs(10_000) == (os.cpu_count() or 1)
