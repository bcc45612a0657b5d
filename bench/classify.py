"""Understanding speed: parse + classify + extract of 1,000 messages (what `mailroom classify` does).

Cycles through the labelled sets in tests/golden (corpus and hold-out: real-looking mail with quotes,
HTML, attachments, windows-1258) until N messages, writes them as files and times
``mailroom.batch.understand_files`` on them (read, understand, build the ``classify --json`` record) in
one process and spread over the cores, best of R runs each. Lexicon and model are loaded before timing
(``mailroom classify`` pays ~0.5 s more to start: imports and the model file).
Run: `.venv/bin/python bench/classify.py [--messages 1000] [--repeat 5] [--jobs N]`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from handlers.extract import _numbers_in  # noqa: E402
from handlers.intent_model import load_intent_model  # noqa: E402
from handlers.lexicon import load_lexicon  # noqa: E402
from ingest.understand import FirmIdentity  # noqa: E402
from mailroom.batch import Understander, understand_files  # noqa: E402


def best_time(names: list[str], understander: Understander, jobs: int, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        _numbers_in.cache_clear()  # each run starts cold: only repeats within the run may hit
        started = time.perf_counter()
        results = list(understand_files(names, understander, jobs))
        best = min(best, time.perf_counter() - started)
        assert all(r.record is not None for r in results), [r.problem for r in results if r.problem]
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for the second figure")
    args = parser.parse_args()
    files = sorted((ROOT / "tests" / "golden").glob("*/*.eml"))
    understander = Understander(
        lexicon=load_lexicon(),
        firm=FirmIdentity(emails=frozenset({"info@thinhtrigroup.com", "support@thinhtrigroup.com"}),
                          phones=frozenset({"18006365"})),
        model=load_intent_model(),
    )
    with tempfile.TemporaryDirectory() as tmp:
        names = []
        for i, source in enumerate(islice(cycle(files), args.messages)):
            names.append(str(Path(tmp) / f"{i:05d}.eml"))
            Path(names[-1]).write_bytes(source.read_bytes())
        print(f"{len(files)} distinct messages, {len(names)} classified per run, best of {args.repeat}")
        for jobs in dict.fromkeys((1, args.jobs)):
            seconds = best_time(names, understander, jobs, args.repeat)
            print(f"{jobs} process(es): {len(names) / seconds:,.0f} messages/s; "
                  f"1,000 messages in {seconds * 1000 / len(names):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
