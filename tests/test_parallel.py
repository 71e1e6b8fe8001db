"""Extraction on several cores, and on a Dask cluster, gives the rows of a one-process run.

Every article is invented here; parts are cut one article each so the workers really share
the run, and one file that cannot be read shows the per-file isolation still holds.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from quotes import workers
from quotes.audit import build_register
from quotes.extraction import extract

ARTICLES = {
    "a.txt": "City news\n\n“We will fix the bridge by May,” Mayor Ann Lee said on Monday.\n"
             "“It will cost less than we feared,” she added.\n",
    "b.txt": "Health\n\n“The clinic opens next week,” Dr. Omar Khan told reporters.\n",
    "c.txt": "Sport\n\nCoach Rita Alves said the team “played with real heart” on Sunday.\n",
    "d.txt": "Weather\n\n“Expect floods by Thursday,” the agency warned. "
             "“We will fix the bridge by May,” Ann Lee said.\n",
    "e.json": "{ not json",
}


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(workers, "PART_ARTICLES", 1)
    return [str(tmp_path)]


def everything(result) -> tuple:  # noqa: ANN001
    register = build_register(result)
    return (register.quotes, register.findings, register.speakers, register.errors,
            result.vague, result.speakers_by_article)


def test_two_jobs_give_the_rows_of_one(corpus: list[str], nlp) -> None:
    one = extract(corpus, nlp, jobs=1)
    two = extract(corpus, nlp, jobs=2)
    assert len(one.records) >= 4 and [e.code for e in one.errors] == ["READ_ERROR"]
    assert everything(two) == everything(one)


def test_jobs_must_be_positive(corpus: list[str], nlp) -> None:
    with pytest.raises(ValueError, match="jobs=0"):
        extract(corpus, nlp, jobs=0)


def test_a_dask_cluster_gives_the_rows_of_a_local_run(corpus: list[str], nlp) -> None:
    distributed = pytest.importorskip("distributed")
    from quotes.distributed import extract_on_dask

    local = extract(corpus, nlp, jobs=1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        remote = extract_on_dask(corpus, nlp, client)
    assert everything(remote) == everything(local)


def test_dask_option_without_dask_is_a_usage_error(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from quotes.cli import main

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    (tmp_path / "a.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")
    code = main(["extract", str(tmp_path), "-o", str(tmp_path / "r.xlsx"), "--dask", "local"])
    assert code == 2
    assert capsys.readouterr().err.strip() == (
        "error: --dask needs Dask distributed: pip install 'quotes[dask]'")
    assert not (tmp_path / "r.xlsx").exists()
