"""Understanding speed: parse + classify + extract of 1,000 messages (what `mailroom classify` does).

Cycles through the labelled sets in tests/golden (corpus and hold-out: real-looking mail with quotes,
HTML, attachments, windows-1258) until N messages; prints messages/s and the time for 1,000, best of R runs.
Run: `.venv/bin/python bench/classify.py [--messages 1000] [--repeat 5]`.
"""

from __future__ import annotations

import argparse
import sys
import time
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from handlers.extract import _numbers_in  # noqa: E402
from handlers.lexicon import load_lexicon  # noqa: E402
from ingest.understand import FirmIdentity, understand  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    files = sorted((ROOT / "tests" / "golden").glob("*/*.eml"))
    raws = list(islice(cycle(p.read_bytes() for p in files), args.messages))
    lexicon = load_lexicon()
    firm = FirmIdentity(emails=frozenset({"info@thinhtrigroup.com", "support@thinhtrigroup.com"}),
                        phones=frozenset({"18006365"}))
    best = float("inf")
    for _ in range(args.repeat):
        _numbers_in.cache_clear()  # each run starts cold: only repeats within the run may hit
        started = time.perf_counter()
        for raw in raws:
            understand(raw, lexicon, firm)
        best = min(best, time.perf_counter() - started)
    print(f"{len(files)} distinct messages, {len(raws)} classified per run, best of {args.repeat}")
    print(f"{len(raws) / best:,.0f} messages/s; 1,000 messages in {best * 1000 / len(raws):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
