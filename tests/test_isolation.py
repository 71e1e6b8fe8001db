"""No single input may stop or stall the run: each bad file is reported beside the good ones.

Every file here is invented in the test. The mixed-folder tests put each bad file beside good
ones and check that every good quote still comes out, exactly as it does without the bad file.
"""

from __future__ import annotations

import csv
import json
import os
from functools import partial
from pathlib import Path

import pytest
from openpyxl import load_workbook
from spacy.language import Language

from quotes.audit import build_register
from quotes.cli import main
from quotes.extraction import error_message, extract, time_budget
from quotes.ingest import display_path, read_articles
from quotes.model import Article, IngestError
from quotes.pieces import split_body
from quotes.register import write_jsonl, write_workbook

GOOD = {
    "a.txt": "City news\n\n“We will fix the bridge by May,” Mayor Ann Lee said on Monday.\n",
    "b.txt": "Health\n\n“The clinic opens next week,” Dr. Omar Khan told reporters.\n",
}
BAD_NAME = os.fsdecode(b"caf\xe9_\xff.txt")  # not UTF-8 on disk


def write_good(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")


def spans(result) -> set[tuple[str, str, int, int]]:  # noqa: ANN001
    return {(os.path.basename(r.source_file), r.quote_text, r.quote_start, r.quote_end)
            for r in result.records}


def good_spans(nlp, tmp_path: Path) -> set[tuple[str, str, int, int]]:  # noqa: ANN001
    folder = tmp_path / "good_only"
    write_good(folder)
    found = spans(extract([str(folder)], nlp))
    assert {name for name, *_ in found} == set(GOOD)
    return found


# --------------------------------------------------------------------------- reading


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_named_pipe_is_skipped_without_being_opened(tmp_path: Path) -> None:
    pipe = tmp_path / "feed.txt"
    os.mkfifo(pipe)  # opening it for reading would block this test for ever
    assert read_articles(str(pipe)) == [
        IngestError(str(pipe), f"{pipe}: not a regular file (a named pipe); skipped")]


def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path: Path, nlp) -> None:
    path = tmp_path / BAD_NAME
    path.write_text(GOOD["a.txt"], encoding="utf-8")
    assert display_path(str(path)) == f"{tmp_path}/caf\\xe9_\\xff.txt"
    result = extract([str(tmp_path)], nlp)
    (record,) = result.records
    assert record.source_file == f"{tmp_path}/caf\\xe9_\\xff.txt"
    register = build_register(result)
    write_workbook(register, tmp_path / "out.xlsx")
    write_jsonl(register.quotes, tmp_path / "out.jsonl")
    (line,) = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["source_file"].endswith("caf\\xe9_\\xff.txt")


def test_a_lone_surrogate_in_json_becomes_a_replacement_character(tmp_path: Path) -> None:
    raw = ('[{"id": "x\\ud800", "title": "T\\udfff", '
           '"text": "A \\ud83d b. \\u201cWe won,\\u201d Ann Lee said."}]')
    path = tmp_path / "s.json"
    path.write_text(raw, encoding="utf-8")
    (article,) = read_articles(str(path))
    assert isinstance(article, Article)
    assert article.source_text == "A \ufffd b. “We won,” Ann Lee said."
    assert len(article.source_text) == len(json.loads(raw)[0]["text"])
    assert (article.record, article.title) == ("x\ufffd", "T\ufffd")


def test_a_nul_byte_is_reported_and_the_rest_is_read(tmp_path: Path, nlp) -> None:
    text = "Rain\n\nIt rained.\x00 “The roads are shut,” Chief Ian Moss said.\n"
    path = tmp_path / "nul.txt"
    path.write_bytes(text.encode("utf-8"))
    note, article = read_articles(str(path))
    assert note == IngestError(str(path), f"{path}: a NUL byte (first at character 16) replaced "
                                          "with \ufffd; the rest of the file was read")
    assert article.source_text == text.replace("\x00", "\ufffd")
    (record,) = extract([str(path)], nlp).records
    assert article.source_text[record.quote_start : record.quote_end] == record.quote_text


def test_many_nul_bytes_are_still_binary(tmp_path: Path) -> None:
    path = tmp_path / "bin.txt"
    path.write_bytes(b"ab\x00\x00cd\x00" * 50)
    assert read_articles(str(path)) == [
        IngestError(str(path), f"{path}: not a text file (binary data)")]


def test_a_file_over_the_size_limit_is_not_read(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from quotes import ingest

    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_text("word " * 40)
    assert read_articles(str(path)) == [IngestError(
        str(path), f"{path}: 200 bytes is over the 100-byte limit for one file; split it into "
                   "smaller files")]


# --------------------------------------------------------------------------- processing


@Language.component("test_explodes_on_kaboom")
def explodes_on_kaboom(doc):  # noqa: ANN001, ANN201
    """A component that fails on one document, as a buggy rule or model might."""
    if "KABOOM" in doc.text:
        raise RuntimeError("component failed on purpose")
    return doc


@pytest.fixture
def exploding_nlp(nlp):  # noqa: ANN001, ANN201
    nlp.add_pipe("test_explodes_on_kaboom", first=True)
    try:
        yield nlp
    finally:
        nlp.remove_pipe("test_explodes_on_kaboom")


def test_a_component_error_loses_only_its_own_document(tmp_path: Path, exploding_nlp) -> None:  # noqa: ANN001
    write_good(tmp_path)
    (tmp_path / "a2.txt").write_text("Boom\n\nKABOOM. “Nothing here,” Ann Lee said.\n")
    result = extract([str(tmp_path)], exploding_nlp, batch_size=16)  # all three in one batch
    assert {os.path.basename(r.source_file) for r in result.records} == set(GOOD)
    (error,) = result.errors
    assert error.code == "PROCESS_ERROR"
    assert error.message == (f"{tmp_path}/a2.txt#1: could not be processed (RuntimeError: "
                             "component failed on purpose); skipped")
    assert [os.path.basename(a.source_file) for a in result.articles] == ["a.txt", "b.txt"]


def long_article(paragraphs: int) -> tuple[str, list[str]]:
    """An article of many paragraphs, each with one quotation and filler around it."""
    filler = "The council met again in the old hall, and the debate ran long into the night. "
    quotes = [f"Point number {n} matters to every family here" for n in range(paragraphs)]
    text = "Budget night\n\n" + "".join(
        f"{filler * 4}“{quote},” Mayor Ann Lee said.\n\n" for quote in quotes)
    return text, quotes


@pytest.fixture
def small_pieces(monkeypatch):  # noqa: ANN001, ANN201
    """Pieces of 1,500 characters, so a long article is quick to make and to process."""
    from quotes import extraction as extract_module

    monkeypatch.setattr(extract_module, "split_body", partial(split_body, max_chars=1_500))


def test_a_long_article_is_processed_in_pieces_with_exact_offsets(
    tmp_path: Path, nlp, small_pieces  # noqa: ANN001
) -> None:
    text, quotes = long_article(16)
    assert len(split_body(text, max_chars=1_500)) >= 4
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    result = extract([str(path)], nlp)
    assert result.errors == [] and len(result.articles) == 1
    found = {r.quote_text.strip("“”,") for r in result.records}
    assert set(quotes) <= found
    for record in result.records:
        assert text[record.quote_start : record.quote_end] == record.quote_text
        if record.speaker_start is not None:
            assert text[record.speaker_start : record.speaker_end] == record.speaker_text
    assert len({r.quote_id for r in result.records}) == len(result.records)


def test_an_article_over_the_time_limit_keeps_what_was_found(
    tmp_path: Path, nlp, small_pieces  # noqa: ANN001
) -> None:
    text, _quotes = long_article(16)
    path = tmp_path / "slow.txt"
    path.write_text(text, encoding="utf-8")
    result = extract([str(path)], nlp, batch_size=1, time_limit=0.0)
    (error,) = result.errors
    assert error.code == "PROCESS_ERROR"
    assert error.message.startswith(f"{path}#1: stopped after the 0-second limit for this article;"
                                    " characters ")
    assert error.message.endswith(f" to {len(text):,} were not analysed")
    assert 0 < len(result.records) < 16  # the first piece's quotes are kept


@pytest.mark.parametrize(("chars", "seconds"), [
    (5_000, 120.0), (400_000, 200.0), (1_000_000, 300.0), (20_000_000, 300.0)])
def test_the_time_budget_grows_with_the_article_between_bounds(chars: int, seconds: float) -> None:
    assert time_budget(chars) == seconds


def test_a_long_csv_field_with_crlf_is_processed_in_pieces(
    tmp_path: Path, nlp, small_pieces  # noqa: ANN001
) -> None:
    text, quotes = long_article(8)
    text = text.replace("\n", "\r\n")
    path = tmp_path / "long.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["id", "text"], ["7", text]])
    result = extract([str(path)], nlp)
    assert result.errors == []
    assert set(quotes) <= {r.quote_text.strip("“”,") for r in result.records}
    with open(path, newline="", encoding="utf-8") as handle:
        field = next(csv.DictReader(handle))["text"]
    for record in result.records:
        assert field[record.quote_start : record.quote_end] == record.quote_text


def test_punctuation_runs_are_left_out_and_reported(tmp_path: Path, nlp) -> None:
    path = tmp_path / "marks.txt"
    path.write_text("Title\n\n" + "'" * 5000 + "\n“We stay,” Ann Lee said.\n", encoding="utf-8")
    result = extract([str(path)], nlp)
    assert [r.quote_text for r in result.records] == ["“We stay,”"]
    assert [e.message for e in result.errors] == [
        f"{path}#1: 5,000 characters of punctuation runs (no words) were left out of the analysis"]


# --------------------------------------------------------------------------- mixed folders


def bad_files(folder: Path) -> dict[str, str]:
    """Write one of each kind of bad file; return name -> what its stderr line must say."""
    (folder / BAD_NAME).write_text("Odd name\n\n“Names are hard,” Ann Lee said.\n")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_text("  \n")
    (folder / "nul.txt").write_bytes("Title\n\nIt\x00 rained. “Wet,” Ann Lee said.\n".encode())
    (folder / "surrogate.json").write_text(
        '{"text": "\\ud83d \\u201cWe won,\\u201d Ann Lee said."}')
    (folder / "numbers.csv").write_text("id,count\n1,2\n")
    (folder / "broken.json").write_text('{"text": ')
    (folder / "punct.md").write_text('"' * 3000 + "\n")
    expected = {
        "binary.txt": "not a text file (binary data)",
        "empty.txt": "empty file",
        "nul.txt": "a NUL byte",
        "numbers.csv": "no text column",
        "broken.json": "not valid JSON",
        "punct.md": "punctuation runs",
    }
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.txt")
        expected["pipe.txt"] = "not a regular file (a named pipe)"
    return expected


def test_every_good_quote_survives_a_folder_of_bad_files(
    tmp_path: Path, exploding_nlp  # noqa: ANN001
) -> None:
    expected_good = good_spans(exploding_nlp, tmp_path)
    folder = tmp_path / "mixed"
    write_good(folder)
    expected = bad_files(folder)
    (folder / "b0.txt").write_text("Boom\n\nKABOOM. “Nothing here,” Ann Lee said.\n")
    expected["b0.txt"] = "could not be processed (RuntimeError"
    result = extract([str(folder)], exploding_nlp)
    found = spans(result)
    assert expected_good <= found
    assert {name for name, *_ in found} == set(GOOD) | {
        "caf\\xe9_\\xff.txt", "nul.txt", "surrogate.json"}
    messages = [e.message for e in result.errors]
    for name, what in expected.items():
        assert any(name in m and what in m for m in messages), (name, messages)


def test_cli_writes_the_register_and_names_each_bad_file(
    tmp_path: Path, nlp, small_pieces, capsys: pytest.CaptureFixture[str]  # noqa: ANN001
) -> None:
    folder = tmp_path / "mixed"
    write_good(folder)
    expected = bad_files(folder)
    huge, _quotes = long_article(8)
    assert len(split_body(huge, max_chars=1_500)) > 1
    (folder / "huge.txt").write_text(huge)
    out, lines = tmp_path / "r.xlsx", tmp_path / "r.jsonl"
    assert main(["extract", str(folder), "-o", str(out), "--jsonl", str(lines), "-q"]) == 0
    err = capsys.readouterr().err.splitlines()
    for name, what in expected.items():
        assert sum(name in line and what in line for line in err) == 1, (name, err)
    assert all(line.startswith("warning: ") for line in err)
    rows = [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]
    files = {os.path.basename(row["source_file"]) for row in rows}
    assert set(GOOD) | {"huge.txt", "caf\\xe9_\\xff.txt"} <= files
    audit = load_workbook(out)["Audit"]
    codes = [row[0] for row in audit.iter_rows(min_row=2, values_only=True)]
    assert codes.count("PROCESS_ERROR") == 1  # the punctuation-only file
    assert codes.count("READ_ERROR") >= 5


@pytest.mark.parametrize(
    ("message", "line"),
    [
        ("f.txt: file not found", "warning: skipped f.txt: file not found"),
        ("f.txt: not a regular file (a named pipe); skipped",
         "warning: f.txt: not a regular file (a named pipe); skipped"),
        ("f.txt: a NUL byte (first at character 3) replaced with \ufffd; the rest of the file "
         "was read", "warning: f.txt: a NUL byte (first at character 3) replaced with \ufffd; "
         "the rest of the file was read"),
        ("f.txt#1: characters 0 to 9 could not be processed (E: x); the rest was read",
         "warning: f.txt#1: characters 0 to 9 could not be processed (E: x); the rest was read"),
    ],
)
def test_error_line_says_skipped_only_when_the_file_was_skipped(message: str, line: str) -> None:
    # the CLI logs the message as a warning, which its formatter prefixes with "warning: "
    assert f"warning: {error_message(IngestError('f.txt', message))}" == line
