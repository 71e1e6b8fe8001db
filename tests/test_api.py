"""The Python API: the register's result as objects and DataFrames, the model loaded once."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pandas as pd
import pytest

import quotes
from quotes.api import FINDING_COLUMNS, SPEAKER_COLUMNS, QuoteFinder, Result
from quotes.cli import main
from quotes.register import JSONL_EXTRAS, JSONL_FIELDS, RUN_ID

FLOOD = (
    "“We will rebuild the bridge by spring,” said Mayor Ana López. "
    "“The money is already in the budget,” López told reporters on Monday.\n\n"
    "Critics said the plan was reportedly rushed."
)
SCHOOL = (
    "Principal Omar Haddad said the school would reopen in May. "
    "“Our teachers are ready,” he said.\n"
)


@pytest.fixture(scope="module")
def finder(nlp) -> QuoteFinder:
    return QuoteFinder(nlp)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "flood.txt").write_text(FLOOD, encoding="utf-8")
    (folder / "school.txt").write_text(SCHOOL, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"")
    return folder


def test_attribute_one_string(finder: QuoteFinder) -> None:
    result = finder.attribute(FLOOD, title="Bridge", date="2024-04-01")
    assert isinstance(result, Result)
    rows = [(q.quote_text, q.speaker_name, q.cue, q.quote_type) for q in result]
    assert rows[:2] == [
        ("“We will rebuild the bridge by spring,”", "Ana López", "said", "direct"),
        ("“The money is already in the budget,”", "Ana López", "told", "direct"),
    ]
    for quote in result.quotes:  # offsets index the string passed in
        assert FLOOD[quote.quote_start : quote.quote_end] == quote.quote_text
        assert (quote.article_title, quote.article_date, quote.source_file) == (
            "Bridge", "2024-04-01", "<text>")
    assert [a.article_id for a in result.articles] == ["<text>"]
    assert "VAGUE_SOURCING" in {f.code for f in result.findings}


def test_extract_gives_the_registers_rows(finder: QuoteFinder, corpus: Path,
                                          tmp_path: Path) -> None:
    result = finder.extract(corpus)
    jsonl = tmp_path / "q.jsonl"
    code = main(["extract", str(corpus), "-o", str(tmp_path / "r.xlsx"), "--jsonl", str(jsonl),
                 "-q"])
    assert code == 0
    lines = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        assert line.pop(RUN_ID)  # one run's id; a frame is no run's file
    frame = result.to_frame()
    assert list(frame.columns) == list(JSONL_FIELDS + JSONL_EXTRAS)
    assert frame["quote_start"].dtype == "Int64" and frame["speaker_start"].dtype == "Int64"
    plain = frame.astype(object).where(frame.notna(), None)
    assert plain.to_dict("records") == lines
    assert {q.speaker_name for q in result} == {"Ana López", "Omar Haddad", "Critics"}
    assert [e.source_file for e in result.errors] == [str(corpus / "broken.txt")]


def test_frames_of_findings_and_speakers(finder: QuoteFinder, corpus: Path) -> None:
    result = finder.extract([corpus / "flood.txt", str(corpus / "broken.txt")])
    findings = result.findings_frame()
    assert list(findings.columns) == list(FINDING_COLUMNS)
    assert findings["code"].iloc[0] == "READ_ERROR"
    assert findings["code"].tolist()[1:] == [f.code for f in result.findings]
    speakers = result.speakers_frame()
    assert list(speakers.columns) == list(SPEAKER_COLUMNS)
    lopez = speakers.set_index("name").loc["Ana López"]
    assert (lopez["type"], lopez["role"], lopez["quote_count"]) == ("person", "Mayor", 2)
    articles = result.articles_frame()
    assert articles["quotes"].tolist() == [len(result)]


def test_empty_frames_still_have_their_columns(finder: QuoteFinder) -> None:
    result = finder.attribute("Nothing was said here.")
    assert len(result) == 0
    assert list(result.to_frame().columns) == list(JSONL_FIELDS + JSONL_EXTRAS)
    assert list(result.speakers_frame().columns) == list(SPEAKER_COLUMNS)
    assert isinstance(result.findings_frame(), pd.DataFrame)


def test_pipeline_loaded_once_per_model_and_rules(monkeypatch: pytest.MonkeyPatch,
                                                  nlp) -> None:
    loaded: list[tuple] = []

    def fake_load(model=None, rules_dir=None):  # noqa: ANN001, ANN202
        loaded.append((model, rules_dir))
        return nlp

    monkeypatch.setattr("quotes.pipeline.load_pipeline", fake_load)
    finder = QuoteFinder()
    for _ in range(3):
        finder.attribute("“Yes,” she said.")
    finder.attribute("“No,” he said.", rules="extra")
    finder.attribute("“No,” he said.", rules=Path("extra"))
    assert loaded == [(None, None), (None, "extra")]
    finder.clear()
    finder.attribute("“Yes,” she said.")
    assert len(loaded) == 3


def test_worker_processes_give_the_same_result(finder: QuoteFinder, corpus: Path) -> None:
    one = finder.extract(corpus, jobs=1)
    assert len(one) == len(finder.extract(corpus))
    assert finder.extract(corpus, jobs=2).to_frame().equals(one.to_frame())


def test_importing_every_stage_keeps_the_api_functions() -> None:
    for stage in ("ingest", "extraction", "attribution", "resolution", "audit", "register",
                  "cli", "verify"):
        importlib.import_module(f"quotes.{stage}")
    assert callable(quotes.extract) and quotes.extract.__name__ == "extract"
    assert callable(quotes.attribute) and quotes.attribute.__name__ == "attribute"



def test_import_quotes_does_not_load_spacy_or_pandas() -> None:
    import subprocess
    import sys

    code = ("import sys, quotes; print(sorted({'spacy', 'pandas'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_result_writes_the_same_files_as_the_command_line(finder: QuoteFinder, corpus: Path,
                                                          tmp_path: Path) -> None:
    result = finder.extract(corpus / "flood.txt")
    result.write_jsonl(tmp_path / "a.jsonl")
    result.write_csv(tmp_path / "a.csv")
    result.write_excel(tmp_path / "a.xlsx")
    pages = result.write_html(tmp_path / "html")
    assert len((tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()) == len(result)
    assert (tmp_path / "a.xlsx").is_file()
    assert [Path(p).name for p in pages][0] == "index.html" and len(pages) == 2
    assert repr(result) == ("<quotes.Result: 3 quotes, 2 speakers, 1 articles, 2 findings, "
                            "0 unreadable files>")


def test_progress_bar_on_request(finder: QuoteFinder, corpus: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    quiet = finder.extract(corpus)
    assert capsys.readouterr().err == ""
    shown = finder.extract(corpus, progress=True)
    assert "3/3" in capsys.readouterr().err  # three input files, the empty one counted too
    assert len(shown) == len(quiet)
