"""Time ``extract`` on pathological inputs, one file at a time (a measurement, not a test).

    python scripts/pathological.py                 # all cases
    python scripts/pathological.py oneline pipe    # some of them

Each case writes an invented file into a temporary folder, runs ``extract`` on it alone and
prints the size, the seconds taken, the quotes found and every message the run reported.
Cases: ``nofullstop`` (50,000 words, no full stop), ``unmatched`` (10,000 opening quotation
marks that never close), ``oneline`` (a 900 KB single line of reported speech),
``apostrophes`` and ``dquotes`` (900 KB of either mark), ``pipe`` (a named pipe),
``news`` (1 MB of ordinary news prose in one article).
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from quotes.extraction import extract
from quotes.pipeline import load_pipeline

WORDS = ["the", "minister", "said", "that", "council", "budget", "would", "rise", "again",
         "next", "year"]


def _words(count: int, stop: float = 0.0) -> str:
    rnd = random.Random(1)
    return " ".join(rnd.choice(WORDS) + ("." if rnd.random() < stop else "")
                    for _ in range(count))


def _unmatched() -> str:
    rnd = random.Random(1)
    return " ".join(f"“{rnd.choice(WORDS)} {rnd.choice(WORDS)}" for _ in range(10_000))


def _news() -> str:
    paragraph = ("The council met on Monday to debate the budget, which has grown for three "
                 "years. “We cannot keep raising taxes,” Mayor Ann Lee said after the vote. "
                 "Critics said the plan would hurt small businesses in the old town.\n\n")
    return "Budget night\n\n" + paragraph * (1_000_000 // len(paragraph))


CASES: dict[str, Callable[[], str]] = {
    "nofullstop": lambda: _words(50_000),
    "unmatched": _unmatched,
    "oneline": lambda: _words(150_000, stop=0.08),
    "apostrophes": lambda: "'" * 900_000,
    "dquotes": lambda: '"' * 900_000,
    "news": _news,
}


def run(name: str, folder: Path, nlp) -> None:  # noqa: ANN001
    path = folder / f"{name}.txt"
    if name == "pipe":
        os.mkfifo(path)
    else:
        path.write_text(CASES[name](), encoding="utf-8")
    size = 0 if name == "pipe" else path.stat().st_size
    started = time.perf_counter()
    result = extract([str(path)], nlp)
    seconds = time.perf_counter() - started
    print(f"{name:12s} {size:>10,d} bytes {seconds:7.1f} s {len(result.records):6d} quotes")
    for error in result.errors:
        print(f"{'':12s} {error.code}: {error.message}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", metavar="CASE",
                        help=f"any of {', '.join([*CASES, 'pipe'])} (default: all)")
    args = parser.parse_args()
    unknown = sorted(set(args.cases) - {*CASES, "pipe"})
    if unknown:
        parser.error(f"unknown case {', '.join(unknown)}")
    args.cases = args.cases or [*CASES, "pipe"]
    nlp = load_pipeline()
    with tempfile.TemporaryDirectory() as folder:
        for name in args.cases:
            run(name, Path(folder), nlp)


if __name__ == "__main__":
    main()
