"""Throughput of ``quotes extract`` against bare ``nlp.pipe`` with the same model, same texts.

Not a test: run it by hand and read the numbers.

    .venv/bin/python scripts/benchmark.py seeds            # or any folder / gold JSONL
    .venv/bin/python scripts/benchmark.py ../shared/bench/dev.jsonl --repeat 3

Both measurements use one loaded pipeline object for the quote run and one plain ``spacy.load``
of the same model for the baseline, so the difference is the cost of the quote components,
ingest and record building.
"""

from __future__ import annotations

import argparse
import time

import spacy

from quotes.extraction import extract
from quotes.ingest import iter_articles
from quotes.model import IngestError
from quotes.pipeline import default_model, load_pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--model")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the texts")
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()

    articles = [a for a in iter_articles(args.paths) if not isinstance(a, IngestError)]
    bodies = [a.body for a in articles] * args.repeat
    words = sum(len(body.split()) for body in bodies)
    model = args.model or default_model()

    bare = spacy.load(model)
    started = time.perf_counter()
    for _ in bare.pipe(bodies, batch_size=args.batch_size):
        pass
    bare_seconds = time.perf_counter() - started

    nlp = load_pipeline(model)
    started = time.perf_counter()
    quotes = 0
    for _ in range(args.repeat):
        quotes += len(extract(args.paths, nlp, batch_size=args.batch_size).records)
    quote_seconds = time.perf_counter() - started

    print(f"model {model}; {len(articles)} articles x {args.repeat} = {words} words")
    print(f"bare nlp.pipe     : {bare_seconds:7.2f} s  {words / bare_seconds:9.0f} words/s")
    print(f"quotes extract    : {quote_seconds:7.2f} s  {words / quote_seconds:9.0f} words/s "
          f"({quotes} quotes)")
    print(f"overhead          : {quote_seconds / bare_seconds - 1:7.1%} over bare parsing")


if __name__ == "__main__":
    main()
