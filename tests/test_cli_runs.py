"""Whole runs through ``quotes.cli.main`` on tiny invented corpora (model loaded once).

What a user relies on between runs: nothing is written when nothing was read, options are
checked, ids do not depend on where the corpus is or where the command is run from, and a
reviewer's register is never overwritten by ``filter`` or while it is open.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

from quotes import cli
from quotes.cli import main

ARTICLES = {
    "bridge.txt": (
        "Bridge plan approved\n\n"
        "“We will rebuild the bridge by spring,” said Mayor Ana López. "
        "“The money is already in the budget,” López told reporters on Monday.\n"
    ),
    "river.txt": (
        "Shelters open as river rises\n\n"
        "“The river rose faster than anyone expected,” said Tom Baker, the fire chief. "
        "“We opened three shelters overnight,” Baker said.\n"
    ),
}


@pytest.fixture(autouse=True)
def shared_model(monkeypatch: pytest.MonkeyPatch, nlp) -> None:  # noqa: ANN001
    """Every run here uses the session's pipeline instead of loading its own."""
    monkeypatch.setattr(cli, "_load", lambda args: nlp)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def jsonl_ids(path: Path) -> list[str]:
    return [json.loads(line)["quote_id"] for line in path.read_text(encoding="utf-8").splitlines()]


def rows(path: Path, sheet: str = "Quotes") -> list[dict[str, Any]]:
    values = list(openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


# ------------------------------------------------------------------------------ nothing read


def _typo(tmp: Path) -> str:
    return str(tmp / "corpuz")


def _empty(tmp: Path) -> str:
    (tmp / "empty").mkdir()
    return str(tmp / "empty")


def _pdfs(tmp: Path) -> str:
    (tmp / "pdfs").mkdir()
    (tmp / "pdfs" / "a.pdf").write_bytes(b"%PDF-1.7 binary")
    (tmp / "pdfs" / "b.PDF").write_bytes(b"%PDF-1.4 binary")
    return str(tmp / "pdfs")


def _only_bad_files(tmp: Path) -> str:
    (tmp / "bad").mkdir()
    (tmp / "bad" / "x.txt").write_bytes(bytes(range(256)) * 4)
    (tmp / "bad" / "y.txt").write_bytes(b"%PDF-1.7 \x00\x01\x02")
    return str(tmp / "bad")


@pytest.mark.parametrize(("make", "reason"), [
    (_typo, "file not found"),
    (_empty, "no .txt, .md, .html, .htm, .json, .jsonl, .csv files found there"),
    (_pdfs, "no .txt, .md, .html, .htm, .json, .jsonl, .csv files found there"),
    (_only_bad_files, "2 files could not be read"),
])
def test_a_run_that_read_nothing_writes_nothing(tmp_path: Path, make, reason: str,  # noqa: ANN001
                                                capsys: pytest.CaptureFixture[str]) -> None:
    register, jsonl = tmp_path / "reg.xlsx", tmp_path / "q.jsonl"
    register.write_bytes(b"the reviewer's register")
    jsonl.write_bytes(b"old lines\n")
    code = main(["extract", make(tmp_path), "-o", str(register), "--jsonl", str(jsonl), "-q"])
    captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith("error: no article read") and reason in line
    assert line.endswith("; nothing written")
    assert register.read_bytes() == b"the reviewer's register"
    assert jsonl.read_bytes() == b"old lines\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["q.jsonl", "reg.xlsx"]


def test_audit_that_read_nothing_fails_too(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["audit", str(tmp_path / "nowhere"), "-o", str(tmp_path / "r.xlsx")])
    assert capsys.readouterr().err.startswith("error: no article read")
    assert code == 1
    assert not (tmp_path / "r.xlsx").exists()


@pytest.mark.parametrize(("value", "message"), [
    ("0", "must be 1 or more, got 0"),
    ("-5", "must be 1 or more, got -5"),
    ("many", "expected a whole number, got 'many'"),
])
@pytest.mark.parametrize("command", ["extract", "audit", "verify"])
def test_numeric_options_are_checked(command: str, value: str, message: str, corpus: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    args = [command, str(corpus), "--batch-size", value]
    if command == "verify":
        args = ["verify", "claims.csv", "--corpus", str(corpus), "--batch-size", value]
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    assert f"argument --batch-size: {message}" in capsys.readouterr().err


def test_some_failed_inputs_still_write_and_say_how_many(
        corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "scan.pdf"
    broken.write_bytes(b"%PDF-1.7 binary")
    out = tmp_path / "reg.xlsx"
    assert main(["extract", str(corpus), str(broken), "-o", str(out), "-q"]) == 0
    captured = capsys.readouterr()
    assert "1 file failed" in captured.out
    assert f"warning: skipped {broken}" in captured.err
    assert [r["Code"] for r in rows(out, "Audit")].count("READ_ERROR") == 1


# ------------------------------------------------------------------------------ ids


def test_ids_do_not_depend_on_where_the_corpus_is_or_where_you_stand(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "corpus", "-o", "a.xlsx", "--jsonl", "a.jsonl", "-q"]) == 0
    assert main(["extract", "./corpus/", "-o", "b.xlsx", "--jsonl", "b.jsonl", "-q"]) == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert main(["extract", str(corpus), "-o", "c.xlsx", "--jsonl", "c.jsonl", "-q"]) == 0
    moved = shutil.move(str(corpus), str(tmp_path / "archive" / "2024"))
    assert main(["extract", "../archive/2024", "-o", "d.xlsx", "--jsonl", "d.jsonl", "-q"]) == 0
    ids = jsonl_ids(tmp_path / "a.jsonl")
    assert len(ids) == 4 and len(set(ids)) == 4
    for other in (tmp_path / "b.jsonl", elsewhere / "c.jsonl", elsewhere / "d.jsonl"):
        assert jsonl_ids(other) == ids
    assert Path(moved).is_dir()


def test_a_copy_of_an_article_gets_its_own_ids(corpus: Path, tmp_path: Path) -> None:
    (corpus / "copy").mkdir()
    shutil.copy(corpus / "river.txt", corpus / "copy" / "river.txt")
    jsonl = tmp_path / "q.jsonl"
    assert main(["extract", str(corpus), "-o", str(tmp_path / "r.xlsx"), "--jsonl", str(jsonl),
                 "-q"]) == 0
    ids = jsonl_ids(jsonl)
    assert len(ids) == 6 and len(set(ids)) == 6
    copies = [i for i in ids if i.endswith("-2")]
    assert len(copies) == 2 and all(i[:-2] in ids for i in copies)


# ------------------------------------------------------------------------------ round trip


def review_in_excel(path: Path) -> None:
    """Sort by quote, fill Review/Notes, add a column and a sheet, duplicate a row, comment and
    colour a cell: everything a reviewer does between two runs."""
    book = openpyxl.load_workbook(path)
    sheet = book["Quotes"]
    header = [c.value for c in sheet[1]]
    data = sorted(([c.value for c in row] for row in sheet.iter_rows(min_row=2)),
                  key=lambda r: r[0], reverse=True)
    for number, values in enumerate(data, 2):
        for column, value in enumerate(values, 1):
            sheet.cell(number, column).value = value
    review, notes = header.index("Review") + 1, header.index("Notes") + 1
    for number in range(2, sheet.max_row + 1):
        sheet.cell(number, review).value = "correct"
        sheet.cell(number, notes).value = f"note on {sheet.cell(number, 1).value[:12]}"
    sheet.cell(1, len(header) + 1).value = "Checked by"
    sheet.cell(2, len(header) + 1).value = "Dana"
    sheet.append([c.value for c in sheet[3]])
    sheet.cell(sheet.max_row, notes).value = "a second note on the same quote"
    sheet.cell(4, 1).comment = Comment("call the mayor's office", "Dana")
    sheet.cell(4, notes).fill = PatternFill("solid", start_color="FFFFFF00", end_color="FFFFFF00")
    book.create_sheet("Calls")["A1"] = "Mayor's office: 555-0100"
    book.save(path)


def test_reviewed_register_survives_a_rerun_from_elsewhere(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "corpus", "-q"]) == 0
    register = tmp_path / "reports" / "quote_register.xlsx"
    review_in_excel(register)
    before = {(r["Quote ID"], r["Notes"], r["Checked by"]) for r in rows(register)}
    commented = openpyxl.load_workbook(register)["Quotes"].cell(4, 1)
    commented_quote = commented.value
    elsewhere = tmp_path / "other"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    capsys.readouterr()
    assert main(["extract", str(corpus), "-o", str(register), "-q"]) == 0
    assert "carried" not in capsys.readouterr().err  # ids did not change, nothing to carry
    book = openpyxl.load_workbook(register)
    assert "Removed" not in book.sheetnames and book["Calls"]["A1"].value.startswith("Mayor")
    after = rows(register)
    assert {(r["Quote ID"], r["Notes"], r["Checked by"]) for r in after} == before
    assert len(after) == 5 and all(r["Review"] == "correct" for r in after)
    sheet = book["Quotes"]
    (row,) = [c.row for c in sheet["A"] if c.value == commented_quote]
    assert sheet.cell(row, 1).comment.text == "call the mayor's office"
    notes = [c.value for c in sheet[1]].index("Notes") + 1
    assert sheet.cell(row, notes).fill.fgColor.rgb == "FFFFFF00"


def test_older_ids_are_carried_and_counted(corpus: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "reg.xlsx"
    assert main(["extract", str(corpus), "-o", str(out), "-q"]) == 0
    book = openpyxl.load_workbook(out)
    sheet = book["Quotes"]
    header = [c.value for c in sheet[1]]
    for number in range(2, sheet.max_row + 1):  # ids as an older version made them
        sheet.cell(number, header.index("Quote ID") + 1).value = f"Qold{number}"
        sheet.cell(number, header.index("Notes") + 1).value = f"note {number}"
    book.save(out)
    capsys.readouterr()
    assert main(["extract", str(corpus), "-o", str(out), "-q"]) == 0
    assert "carried 4 reviewed rows over to their quotes' new ids" in capsys.readouterr().err
    assert sorted(r["Notes"] for r in rows(out)) == [f"note {n}" for n in range(2, 6)]


# ------------------------------------------------------------------------------ protected files


def test_filter_refuses_to_overwrite_its_input(corpus: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "reg.xlsx"
    assert main(["extract", str(corpus), "-o", str(out), "-q"]) == 0
    before = out.read_bytes()
    monkeypatch.chdir(tmp_path)
    for spelling in (str(out), "./reg.xlsx"):
        assert main(["filter", "reg.xlsx", "--speaker", "Ana López", "-o", spelling]) == 2
        assert "is the register being filtered" in capsys.readouterr().err
    assert out.read_bytes() == before
    assert main(["filter", "reg.xlsx", "--speaker", "Ana López", "-o", "ana.xlsx"]) == 0
    assert {r["Speaker"] for r in rows(tmp_path / "ana.xlsx")} == {"Ana López"}


def test_register_open_in_excel_is_written_beside(corpus: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "reg.xlsx"
    assert main(["extract", str(corpus), "-o", str(out), "-q"]) == 0
    (tmp_path / "~$reg.xlsx").write_bytes(b"owner")
    before = out.read_bytes()
    capsys.readouterr()
    assert main(["extract", str(corpus), "-o", str(out), "-q"]) == 0
    captured = capsys.readouterr()
    (beside,) = tmp_path.glob("reg (new *).xlsx")
    assert f"lock file ~$reg.xlsx); not replaced, wrote {beside} beside it" in captured.err
    assert captured.out.rstrip().endswith(f"-> {beside}")
    assert out.read_bytes() == before


def test_extract_for_a_speaker_nobody_matches_writes_nothing(
        corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "reg.xlsx"
    assert main(["extract", str(corpus), "-o", str(out), "-q"]) == 0
    before = out.read_bytes()
    capsys.readouterr()
    assert main(["extract", str(corpus), "-o", str(out), "--speaker", "Zebedee Quorn", "-q"]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("No speaker matches “Zebedee Quorn”.")
    assert line.endswith("Nothing written.")
    assert out.read_bytes() == before
