"""Extraction on several cores: a pool of worker processes, each with the pipeline loaded once.

The articles are read here and sent to the workers in small parts (a few articles, or one long
one); each worker runs the same per-article steps as a one-process run (pieces, batches,
isolation of failures) and sends back the rows. Parts come back in input order and quote ids
are made unique afterwards over the whole run, so the result is the same row for row.

On Linux the workers are forked and inherit the pipeline already loaded (no second load,
memory shared); elsewhere (macOS, Windows: ``spawn``) each worker loads it once from its name
and rules folder.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator

from spacy.language import Language

from .extraction import Part, extract_part
from .model import Article

PART_ARTICLES = 8  # a part closes at this many articles ...
PART_CHARS = 40_000  # ... or once it holds this many characters of body
_WORKER: dict[str, object] = {}  # the pipeline and options of this worker process
_LOADED: dict[tuple[str, str | None], Language] = {}


def default_jobs() -> int:
    """One job per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def pipeline_spec(nlp: Language) -> tuple[str, str | None]:
    """(model name, rules folder): what another process needs to load the same pipeline."""
    model = f"{nlp.meta['lang']}_{nlp.meta['name']}"
    rules = nlp.get_pipe_config("quote_attribution").get("rules_dir")
    return model, rules


def cached_pipeline(spec: tuple[str, str | None]) -> Language:
    """The pipeline for ``spec``, loaded once per process (a worker's model stays loaded)."""
    if spec not in _LOADED:
        from .pipeline import load_pipeline

        _LOADED[spec] = load_pipeline(*spec)
    return _LOADED[spec]


def parts_of(articles: Iterable[Article]) -> Iterator[list[Article]]:
    """Consecutive articles in parts of up to ``PART_ARTICLES`` or ``PART_CHARS``."""
    part: list[Article] = []
    chars = 0
    for article in articles:
        part.append(article)
        chars += len(article.body)
        if len(part) >= PART_ARTICLES or chars >= PART_CHARS:
            yield part
            part, chars = [], 0
    if part:
        yield part


def extract_in_processes(articles: Iterable[Article], nlp: Language, jobs: int | None,
                         batch_size: int, time_limit: float | None) -> Iterator[Part]:
    """The parts of a run done by ``jobs`` worker processes (``None``: one per core), in order."""
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs={jobs}: give at least one job")
    parts = parts_of(articles)
    first, second = next(parts, None), next(parts, None)
    if second is None:  # one part: a pool would only add its start-up time
        if first is not None:
            yield extract_part(first, nlp, batch_size, time_limit)
        return
    parts = itertools.chain([first, second], parts)
    if sys.platform.startswith("linux"):  # fork is safe and cheap there; elsewhere, spawn
        context = multiprocessing.get_context("fork")
        _WORKER.update(nlp=nlp, batch_size=batch_size, time_limit=time_limit)
        initargs: tuple = (None, batch_size, time_limit)
    else:
        context = multiprocessing.get_context("spawn")
        initargs = (pipeline_spec(nlp), batch_size, time_limit)
    try:
        with context.Pool(jobs, initializer=_start_worker, initargs=initargs) as pool:
            yield from pool.imap(_work_on, parts)
    finally:
        _WORKER.clear()


def _start_worker(spec: tuple[str, str | None] | None, batch_size: int,
                  time_limit: float | None) -> None:
    if spec is not None:
        _WORKER["nlp"] = cached_pipeline(spec)
    _WORKER.update(batch_size=batch_size, time_limit=time_limit)


def _work_on(articles: list[Article]) -> Part:
    """One part, in a worker, with the worker's pipeline."""
    options = _WORKER
    return extract_part(articles, options["nlp"], options["batch_size"],  # type: ignore[arg-type]
                        options["time_limit"])  # type: ignore[arg-type]
