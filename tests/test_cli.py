"""End to end through ``quotes.cli.main``: the contracts a user and a reviewer rely on.

Seed-based checks stay on stable contracts (fields, offsets, ids, sheets, no formulas, error
handling, the speaker filter); exact attribution figures are tested on small invented texts.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from quotes.cli import main
from quotes.model import QUOTE_TYPES
from quotes.register import JSONL_EXTRAS, JSONL_FIELDS, RUN_ID

SHEETS = ["Quotes", "Speakers", "Articles", "Audit", "Summary", "Info"]
SIDDIQUI = "Khalid Maqbool Siddiqui"
REFERENCE = Path("/work/shared/bench/score.py")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line, object_pairs_hook=dict) for line in handle]


def sheet_rows(path: Path, sheet: str) -> list[dict[str, Any]]:
    values = list(openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> dict[str, Any]:
    """One extraction of the seeds, shared by the tests that only read its outputs."""
    tmp = tmp_path_factory.mktemp("extract")
    out, jsonl = tmp / "reg.xlsx", tmp / "q.jsonl"
    code = main(["extract", str(seeds_dir), "--output", str(out), "--jsonl", str(jsonl), "-q"])
    return {"code": code, "dir": tmp, "xlsx": out, "jsonl": jsonl, "records": read_jsonl(jsonl)}


def test_extract_writes_register_and_jsonl(run: dict[str, Any], seeds_dir: Path) -> None:
    assert run["code"] == 0
    assert run["xlsx"].is_file() and run["jsonl"].is_file()
    assert run["records"], "the seeds contain quotes"
    assert len(sheet_rows(run["xlsx"], "Quotes")) == len(run["records"])
    articles = sheet_rows(run["xlsx"], "Articles")
    seeds = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    assert sorted({Path(r["File"]).name for r in articles}) == [Path(s).name for s in seeds]


def test_jsonl_contract_fields_come_first(run: dict[str, Any]) -> None:
    for record in run["records"]:
        keys = list(record)
        assert keys[: len(JSONL_FIELDS)] == list(JSONL_FIELDS)
        assert keys[len(JSONL_FIELDS):] == [*JSONL_EXTRAS, RUN_ID]
        assert record["quote_type"] in QUOTE_TYPES
        assert isinstance(record["flags"], list)
        assert 0.0 <= record["confidence"] <= 1.0
        assert record["quote_id"].startswith("Q")


def test_workbook_and_jsonl_share_the_run_id(run: dict[str, Any]) -> None:
    run_ids = {record[RUN_ID] for record in run["records"]}
    info = openpyxl.load_workbook(run["xlsx"])["Info"]
    assert info.sheet_state == "hidden"
    assert info["A1"].value == "Run id" and run_ids == {info["B1"].value}


def test_jsonl_offsets_round_trip(run: dict[str, Any]) -> None:
    texts: dict[str, str] = {}
    for record in run["records"]:
        path = record["source_file"]
        assert path.endswith(".txt")
        text = texts.setdefault(path, Path(path).read_text(encoding="utf-8"))
        assert text[record["quote_start"]:record["quote_end"]] == record["quote_text"]
        for part in ("speaker", "cue"):
            value = record[f"{part}_text" if part == "speaker" else part]
            start, end = record[f"{part}_start"], record[f"{part}_end"]
            if value is None:
                assert start is None and end is None
            else:
                assert text[start:end] == value, (part, record["quote_id"])


def test_quote_ids_are_unique_and_stable(run: dict[str, Any], seeds_dir: Path,
                                         tmp_path: Path) -> None:
    ids = [r["quote_id"] for r in run["records"]]
    assert len(set(ids)) == len(ids)
    # a second run, into a copy of the first register (so the previous one is read back)
    again = tmp_path / "reg.xlsx"
    shutil.copy(run["xlsx"], again)
    jsonl = tmp_path / "q.jsonl"
    assert main(["extract", str(seeds_dir), "-o", str(again), "--jsonl", str(jsonl), "-q"]) == 0
    assert [r["quote_id"] for r in read_jsonl(jsonl)] == ids
    assert [r["Quote ID"] for r in sheet_rows(again, "Quotes")] == ids
    assert "Removed" not in openpyxl.load_workbook(again).sheetnames


def test_workbook_sheets_and_only_the_tools_link_formulas(run: dict[str, Any]) -> None:
    """Quoted text is never a formula; the only formulas are the tool's links and counts."""
    book = openpyxl.load_workbook(run["xlsx"])
    assert book.sheetnames == SHEETS
    cells = links = 0
    for sheet in book.worksheets:
        headers = [c.value for c in sheet[1]]
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cells += 1
                if cell.data_type != "f":
                    continue
                if sheet.title == "Summary":
                    assert cell.value.startswith(("=COUNTA(", "=COUNTIF("))
                    continue
                assert headers[cell.column - 1] == "Go to quote", (sheet.title, cell.coordinate)
                assert cell.value.startswith('=IFERROR(HYPERLINK("#\'Quotes\'!A"&MATCH("Q')
                links += 1
    assert cells > 0 and links > 0
    assert [r["Quote ID"] for r in sheet_rows(run["xlsx"], "Quotes")] == [
        r["quote_id"] for r in run["records"]]


def test_broken_file_is_reported_and_skipped(tmp_path: Path, seeds_dir: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    shutil.copytree(seeds_dir, folder)
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "reg.xlsx"
    assert main(["extract", str(folder), "-o", str(out), "-q"]) == 0
    captured = capsys.readouterr()
    assert "broken.txt" in captured.err and "skipped" in captured.err
    assert "1 file failed" in captured.out
    names = {Path(r["File"]).name for r in sheet_rows(out, "Articles")}
    assert names == {p.name for p in seeds_dir.glob("*.txt")}
    errors = [r for r in sheet_rows(out, "Audit") if r["Code"] == "READ_ERROR"]
    assert [Path(r["Article ID"]).name for r in errors] == ["broken.txt"]


def test_filter_by_dr_siddiqui(run: dict[str, Any], tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "siddiqui.xlsx"
    assert main(["filter", str(run["xlsx"]), "--speaker", "Dr Siddiqui", "-o", str(out)]) == 0
    rows = sheet_rows(out, "Quotes")
    expected = [r["quote_id"] for r in run["records"] if r["speaker_name"] == SIDDIQUI]
    assert rows and {r["Speaker"] for r in rows} == {SIDDIQUI}
    assert [r["Quote ID"] for r in rows] == expected
    assert [r["Speaker"] for r in sheet_rows(out, "Speakers")] == [SIDDIQUI]
    assert capsys.readouterr().out.strip() == f"{len(expected)} quotes by Dr Siddiqui -> {out}"


def test_filter_default_output_name(run: dict[str, Any], tmp_path: Path) -> None:
    register = tmp_path / "reg.xlsx"
    shutil.copy(run["xlsx"], register)
    assert main(["filter", str(register), "--speaker", "Dr Siddiqui"]) == 0
    assert (tmp_path / "reg-dr-siddiqui.xlsx").is_file()


def test_filter_unknown_speaker(run: dict[str, Any], tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "nobody.xlsx"
    assert main(["filter", str(run["xlsx"]), "--speaker", "Zebedee Quorn", "-o", str(out)]) == 1
    assert "No speaker matches “Zebedee Quorn”" in capsys.readouterr().err
    assert not out.exists()


def test_filter_unreadable_register(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    assert main(["filter", str(bad), "--speaker", "Dr Siddiqui"]) == 2
    assert capsys.readouterr().err.startswith(f"error: {bad}: not a readable Excel register")
    assert main(["filter", str(tmp_path / "missing.xlsx"), "--speaker", "x"]) == 2


def test_extract_never_replaces_a_foreign_file(seeds_dir: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "notes.xlsx"
    out.write_text("someone's notes", encoding="utf-8")
    assert main(["extract", str(seeds_dir), "-o", str(out), "-q"]) == 0
    err = capsys.readouterr().err
    assert "not a readable Excel register" in err and "not replaced" in err
    assert out.read_text(encoding="utf-8") == "someone's notes"
    (beside,) = [p for p in tmp_path.iterdir() if p.name.startswith("notes (new ")]
    assert str(beside) in err
    assert openpyxl.load_workbook(beside).sheetnames[0] == "Quotes"


def test_audit_table(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(seeds_dir), "-q"]) == 1  # error-severity findings: exit 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split()[:3] == ["code", "severity", "count"]
    counts = {line.split()[0]: int(line.split()[2]) for line in lines[3:]}
    assert counts["MISSING_SPEAKER"] > 0
    assert counts["VAGUE_SOURCING"] > 0
    assert counts["READ_ERROR"] == 0


# ------------------------------------------------------------------------------ evaluate

FLOOD = (
    "“We will rebuild the bridge by spring,” said Mayor Ana López. "
    "“The money is already in the budget,” López told reporters on Monday.\n\n"
    "“Nobody will be left without a roof,” she said.\n"
)
RIVER = (
    "“The river rose faster than anyone expected,” said Tom Baker, the fire chief. "
    "“We opened three shelters overnight,” Baker said.\n"
)


def gold_quote(text: str, quote: str, speaker: str, cue: str, name: str) -> dict[str, Any]:
    start = text.index(quote)
    end = start + len(quote)
    who, said = text.index(speaker, end), text.index(cue, end)
    return {"quote": [start, end], "speaker": [who, who + len(speaker)],
            "cue": [said, said + len(cue)], "speaker_name": name}


GOLD = [
    {"id": "flood-1", "text": FLOOD, "quotes": [
        gold_quote(FLOOD, "“We will rebuild the bridge by spring,”", "Ana López", "said",
                   "Ana López"),
        gold_quote(FLOOD, "“The money is already in the budget,”", "López", "told", "Ana López"),
        gold_quote(FLOOD, "“Nobody will be left without a roof,”", "she", "said", "Ana López"),
    ]},
    {"id": "flood-2", "text": RIVER, "quotes": [
        gold_quote(RIVER, "“The river rose faster than anyone expected,”", "Tom Baker", "said",
                   "Tom Baker"),
        gold_quote(RIVER, "“We opened three shelters overnight,”", "Baker", "said", "Tom Baker"),
    ]},
]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in GOLD),
                    encoding="utf-8")
    return path


def test_evaluate_prints_two_lines(gold_file: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    predictions = tmp_path / "pred.jsonl"
    assert main(["evaluate", str(gold_file), "--predictions", str(predictions), "-q"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["at0.3", "at0.8"]
    for line in lines:
        fields = dict(part.split("=") for part in line.split()[1:])
        assert fields["F1"] == "1.000"
        assert fields["attribution_F1"] == "1.000"
        assert (fields["tp"], fields["fp"], fields["fn"]) == ("5", "0", "0")
    assert [r["id"] for r in read_jsonl(predictions)] == ["flood-1", "flood-2"]
    if REFERENCE.exists():
        reference = subprocess.run(
            [sys.executable, str(REFERENCE), str(gold_file), str(predictions)],
            capture_output=True, text=True, check=True)
        assert reference.stdout.splitlines() == lines


def test_evaluate_json(gold_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(gold_file), "--json", "-q"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert list(figures) == ["at0.3", "at0.8"]
    assert figures["at0.8"]["F1"] == 1.0 and figures["at0.8"]["tp"] == 5
