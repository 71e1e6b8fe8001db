"""Command-line conventions: python -m, -V, exit codes, help, logging and progress."""

from __future__ import annotations

import argparse
import io
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from quotes import __version__
from quotes.cli import CLAIMS_HELP, build_parser, configure_logging, main
from quotes.extraction import Progress
from quotes.model import Article

FLOOD = "“We will rebuild the bridge by spring,” said Mayor Ana López.\n"


@pytest.fixture
def fast_model(monkeypatch: pytest.MonkeyPatch, nlp) -> None:
    """The command line without reloading the model: the session's pipeline is reused."""
    monkeypatch.setattr("quotes.pipeline.load_pipeline", lambda model=None, rules=None: nlp)


def test_python_dash_m_and_version() -> None:
    done = subprocess.run([sys.executable, "-m", "quotes", "-V"], capture_output=True,
                          text=True, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, f"quotes {__version__}")
    done = subprocess.run([sys.executable, "-m", "quotes", "--help"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0 and "exit status:" in done.stdout
    assert "2  usage error" in done.stdout


@pytest.mark.parametrize("argv", [
    ["extract", "seeds", "-o", "out.csv"],
    ["extract", "seeds", "--jsonl", "x.xlsx"],
    ["extract", "seeds", "--csv", "y.xlsx"],
    ["extract", "seeds", "--csv", "y.jsonl"],
    ["audit", "seeds", "-o", "audit.jsonl"],
    ["filter", "r.xlsx", "--speaker", "X", "-o", "r.csv"],
    ["verify", "c.csv", "--corpus", "seeds", "--claimreview", "c.xlsx"],
    ["verify", "c.csv", "--corpus", "seeds", "--jsonl", "v.csv"],
    ["evaluate", "gold.jsonl", "--predictions", "p.xlsx"],
    ["extract", "seeds", "--quiet", "--verbose"],
])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_suffix_message_names_the_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "seeds", "-o", "out.csv"])
    assert "--output/-o out.csv: expected a .xlsx file" in capsys.readouterr().err


def test_html_folder_must_not_be_a_file(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "pages"
    file.write_text("x", encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["extract", "seeds", "--html", str(file)])
    assert "expected a folder" in capsys.readouterr().err


def _all_actions(parser: argparse.ArgumentParser):  # noqa: ANN202
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from ((f"{name} {a.dest}", a) for a in sub._actions)
        else:
            yield action.dest, action


def test_every_argument_has_help() -> None:
    missing = [name for name, action in _all_actions(build_parser()) if not action.help]
    assert missing == []


def test_verify_help_lists_the_claims_columns() -> None:
    help_text = build_parser()._subparsers._group_actions[0].choices["verify"].format_help()
    for column in ("'speaker'", "'quote'", "'source'"):
        assert column in CLAIMS_HELP
    assert "'speaker'" in " ".join(help_text.split())


def article(source: str, n: int = 1) -> Article:
    return Article(f"{source}#{n}", source, "x", 0, 1, "x", index=n)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_progress_logs_periodic_lines_when_not_a_terminal(
        caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    progress = Progress(total=4, stream=io.StringIO(), interval=10, clock=clock)
    caplog.set_level(logging.INFO, logger="quotes")
    clock.now = 2.0
    progress(1, article("a.txt"))  # before the interval: quiet
    clock.now = 9.0
    progress(2, article("a.txt", 2))  # second article of the same file: still quiet
    clock.now = 10.0
    progress(3, article("b.txt"))  # the interval has passed
    clock.now = 12.0
    progress.done(3)
    assert [r.getMessage() for r in caplog.records] == [
        "read 2/4 files (50%), 3 articles, 0.2 files/s, about 0:10 left",
        "read 3 articles from 4 files in 0:12",
    ]


def test_progress_bar_on_a_terminal_shows_total_and_rate() -> None:
    stream = io.StringIO()
    progress = Progress(total=3, stream=stream, bar=True)
    for n, name in enumerate(["a.txt", "b.txt", "c.txt"], 1):
        progress(n, article(name))
    progress.done(3)
    output = stream.getvalue()
    assert "3/3" in output and "file/s" in output and "3 articles" in output


@pytest.mark.parametrize(("verbose", "quiet", "level"), [
    (False, False, logging.INFO), (True, False, logging.DEBUG), (False, True, logging.WARNING)])
def test_verbosity_sets_the_log_level(verbose: bool, quiet: bool, level: int) -> None:
    configure_logging(verbose=verbose, quiet=quiet)
    assert logging.getLogger("quotes").level == level
    assert len(logging.getLogger("quotes").handlers) == 1  # reconfiguring does not stack


def test_progress_and_warnings_on_stderr_unless_quiet(
        tmp_path: Path, fast_model: None, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(FLOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "r.xlsx")]) == 0
    err = capsys.readouterr().err
    assert "read 1 articles from 2 files in 0:0" in err
    assert "warning: skipped" in err and "empty.txt" in err
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "r.xlsx"), "-q"]) == 0
    err = capsys.readouterr().err
    assert "read 1 articles" not in err and "warning: skipped" in err


def test_verify_exits_1_when_a_claim_is_not_verified(
        tmp_path: Path, fast_model: None, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "a.txt"
    corpus.write_text(FLOOD, encoding="utf-8")
    claims = tmp_path / "claims.csv"
    claims.write_text("speaker,quote\nAna López,We will rebuild the bridge by spring\n",
                      encoding="utf-8")
    assert main(["verify", str(claims), "--corpus", str(corpus), "-q"]) == 0
    claims.write_text("speaker,quote\nAna López,We will rebuild the tunnel by summer\n",
                      encoding="utf-8")
    assert main(["verify", str(claims), "--corpus", str(corpus), "-q"]) == 1
    assert "1 claims: 1 misquoted" in capsys.readouterr().out


def test_package_is_marked_typed() -> None:
    import quotes

    marker = Path(quotes.__file__).with_name("py.typed")
    assert marker.is_file()  # hatch puts every file of the package folder in the wheel
