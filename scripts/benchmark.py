"""Ratios measured in one run: ``quotes extract`` against bare ``nlp.pipe`` of the same model.

Not a test: run it by hand and read the numbers (the machine should be otherwise idle).

    .venv/bin/python scripts/benchmark.py ../shared/bench/dev.jsonl
    .venv/bin/python scripts/benchmark.py seeds --jobs 2 --long-chars 250000 --memory

It prints:

- end to end: read, extract (``--jobs``, default one per core) and audit the corpus, and write
  the register, against one bare single-process ``nlp.pipe`` over the same bodies;
- the same with one job, for comparison;
- one long article (the corpus bodies joined to ``--long-chars`` characters) through ``quotes``
  against its bare parse: per-document cost;
- the corpus steps on 10,000 invented speakers (``scripts/bench_corpus.py``);
- with ``--memory``: the peak resident memory of ``quotes extract`` on the corpus and on four
  copies of it (``/usr/bin/time -v``, a process of its own each).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

from quotes.audit import build_register
from quotes.extraction import Extraction, extract, extract_articles
from quotes.ingest import iter_articles
from quotes.model import Article, IngestError
from quotes.pipeline import default_model, load_pipeline
from quotes.register import write_workbook
from quotes.workers import default_jobs

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corpus import invented_records  # noqa: E402


def timed(work) -> tuple[float, object]:  # noqa: ANN001
    started = time.perf_counter()
    value = work()
    return time.perf_counter() - started, value


def end_to_end(paths: list[str], nlp, jobs: int, batch_size: int) -> tuple[float, int]:  # noqa: ANN001
    """Extract, audit and write the register; seconds and quotes."""
    def run() -> int:
        register = build_register(extract(paths, nlp, batch_size=batch_size, jobs=jobs))
        with tempfile.TemporaryDirectory() as folder:
            write_workbook(register, Path(folder) / "register.xlsx")
        return len(register.quotes)
    seconds, quotes = timed(run)
    return seconds, quotes  # type: ignore[return-value]


def long_article(bodies: list[str], chars: int) -> str:
    """The corpus bodies joined (and repeated) into one text of about ``chars`` characters."""
    text, parts = "", []
    while sum(len(p) for p in parts) < chars:
        parts.extend(bodies)
    text = "\n\n".join(parts)
    return text[: text.rfind("\n\n", 0, chars) or chars]


def peak_memory(paths: list[str], jobs: int) -> str:
    """``Maximum resident set size`` of a ``quotes extract`` process (parent; kbytes)."""
    with tempfile.TemporaryDirectory() as folder:
        command = ["/usr/bin/time", "-v", sys.executable, "-m", "quotes", "extract", *paths,
                   "-o", str(Path(folder) / "r.xlsx"), "-q", "--jobs", str(jobs)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return found.group(0) if found else done.stderr[-300:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--model")
    parser.add_argument("--jobs", type=int, default=default_jobs())
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--long-chars", type=int, default=1_000_000,
                        help="length of the long article (0: skip)")
    parser.add_argument("--speakers", type=int, default=10_000)
    parser.add_argument("--memory", action="store_true", help="also measure peak memory")
    args = parser.parse_args()

    articles = [a for a in iter_articles(args.paths) if not isinstance(a, IngestError)]
    bodies = [a.body for a in articles]
    words = sum(len(body.split()) for body in bodies)
    model = args.model or default_model()
    bare = spacy.load(model)
    nlp = load_pipeline(model)
    print(f"model {model}; {len(articles)} articles, {words} words; {os.cpu_count()} cores")

    bare_seconds, _ = timed(lambda: list(bare.pipe(bodies, batch_size=args.batch_size)))
    jobs_seconds, quotes = end_to_end(args.paths, nlp, args.jobs, args.batch_size)
    one_seconds, _ = end_to_end(args.paths, nlp, 1, args.batch_size)
    print(f"bare nlp.pipe, 1 process : {bare_seconds:7.2f} s  {words / bare_seconds:7.0f} words/s")
    print(f"quotes, --jobs {args.jobs:<2}         : {jobs_seconds:7.2f} s  "
          f"{words / jobs_seconds:7.0f} words/s  ({quotes} quotes)")
    print(f"quotes, --jobs 1          : {one_seconds:7.2f} s  {words / one_seconds:7.0f} words/s")
    print(f"end-to-end speed vs bare  : {bare_seconds / jobs_seconds:.2f}x with {args.jobs} jobs, "
          f"{bare_seconds / one_seconds:.2f}x with 1")

    if args.long_chars:
        text = long_article(bodies, args.long_chars)
        bare.max_length = max(bare.max_length, len(text) + 1)
        bare_long, _ = timed(lambda: bare(text))
        article = Article(article_id="long", source_file="long", source_text=text, start=0,
                          end=len(text), body=text)
        quotes_long, long_result = timed(lambda: extract_articles([article], nlp, jobs=1))
        assert isinstance(long_result, Extraction)
        print(f"one {len(text):,}-character article: bare {bare_long:.1f} s, quotes "
              f"{quotes_long:.1f} s ({len(long_result.records)} quotes): "
              f"{quotes_long / bare_long:.2f}x the bare parse")

    records = invented_records(args.speakers, 7)
    corpus_seconds, register = timed(lambda: build_register(Extraction(records=records)))
    print(f"corpus steps, {args.speakers:,} invented speakers ({len(records):,} quotes): "
          f"{corpus_seconds:.2f} s")

    if args.memory:
        with tempfile.TemporaryDirectory() as folder:
            copies = []
            for n in range(4):
                copy = Path(folder) / f"copy{n}"
                copy.mkdir()
                for article_path in args.paths:
                    source = Path(article_path)
                    if source.is_file():
                        (copy / source.name).write_bytes(source.read_bytes())
                    else:
                        subprocess.run(["cp", "-r", str(source), str(copy)], check=True)
                copies.append(str(copy))
            print(f"peak memory 1x: {peak_memory(copies[:1], args.jobs)}")
            print(f"peak memory 4x: {peak_memory(copies, args.jobs)}")


if __name__ == "__main__":
    main()
