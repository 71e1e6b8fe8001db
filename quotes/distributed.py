"""Extraction past one machine: article partitions on a Dask distributed cluster.

The client (this process) reads the files, cuts the articles into partitions and sends them to
the cluster; each worker process loads the pipeline once (by model name and rules folder, see
:func:`quotes.workers.cached_pipeline`) and returns the rows of its partition. The client puts
the partitions back in input order and makes the quote ids unique, so the records, ids and
findings are those of a local run; the corpus steps and the register stay on the client.

Needs ``pip install 'quotes[dask]'``. Workers need the same ``quotes`` version, the same model
package and, with ``--rules``, the same rules folder at the same path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from spacy.language import Language

from .extraction import Extraction, Part, extract_part, merge_parts, read_articles
from .model import Article, unique_quote_ids
from .names import Titles
from .rules import rules_of
from .workers import cached_pipeline, default_jobs, parts_of, pipeline_spec

LOCAL = "local"
IN_FLIGHT_PER_WORKER = 2  # partitions sent ahead per worker: bounded memory on the client


def extract_on_dask(
    paths: Sequence[str],
    nlp: Language,
    address: str | Any,
    *,
    batch_size: int = 16,
    progress: Callable[[int, Article], None] | None = None,
    time_limit: float | None = None,
) -> Extraction:
    """``extract(paths, nlp)`` with the pipeline work done on a Dask cluster.

    ``address`` is a scheduler address (``tcp://host:8786``), ``"local"`` for a LocalCluster
    on this machine, or a ``distributed.Client`` already connected.
    """
    client, close = _connect(address)
    try:
        result = Extraction(titles=Titles.of(rules_of(nlp)))
        articles = read_articles(paths, nlp, result)
        parts = _run_partitions(client, parts_of(articles), pipeline_spec(nlp), batch_size,
                                time_limit)
        for n, article in enumerate(merge_parts(result, parts), 1):
            if progress is not None:
                progress(n, article)
        unique_quote_ids(result.records)
        return result
    finally:
        close()


class DaskMissing(ValueError):
    """``--dask`` without Dask installed: a usage error with the command that fixes it."""


def require_dask() -> None:
    """Fail before the slow part (loading the model) when Dask is not installed."""
    try:
        import distributed  # noqa: F401
    except ImportError as exc:
        raise DaskMissing("--dask needs Dask distributed: pip install 'quotes[dask]'") from exc


def _connect(address: str | Any) -> tuple[Any, Callable[[], None]]:
    """A client and what to close when done (nothing, if the caller's client was given)."""
    require_dask()
    from distributed import Client, LocalCluster
    if not isinstance(address, str):
        return address, lambda: None
    if address == LOCAL:
        cluster = LocalCluster(n_workers=default_jobs(), threads_per_worker=1,
                               dashboard_address=None)
        client = Client(cluster)

        def close() -> None:
            client.close()
            cluster.close()

        return client, close
    client = Client(address)
    return client, client.close


def _run_partitions(client: Any, partitions: Iterator[list[Article]],
                    spec: tuple[str, str | None], batch_size: int,
                    time_limit: float | None) -> Iterator[Part]:
    """Each partition's part, in input order, with a bounded number in flight."""
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    window = workers * IN_FLIGHT_PER_WORKER
    pending: list[Any] = []
    for n, partition in enumerate(partitions):
        pending.append(client.submit(extract_partition, partition, spec, batch_size, time_limit,
                                     key=f"quotes-partition-{n}-{id(pending)}", pure=False))
        if len(pending) >= window:
            yield pending.pop(0).result()
    for future in pending:
        yield future.result()


def extract_partition(articles: list[Article], spec: tuple[str, str | None], batch_size: int,
                      time_limit: float | None) -> Part:
    """Runs on a worker: the partition's rows, with the worker's pipeline (loaded once)."""
    return extract_part(articles, cached_pipeline(spec), batch_size, time_limit)
