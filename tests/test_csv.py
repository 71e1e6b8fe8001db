"""CSV export: the JSONL's rows and columns, UTF-8 with BOM, never a formula."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from quotes.cli import main
from quotes.model import QuoteRecord
from quotes.register import JSONL_EXTRAS, JSONL_FIELDS
from quotes.register.csvfile import CSV_COLUMNS, csv_row, safe_cell, write_csv


def record(**changes) -> QuoteRecord:  # noqa: ANN003
    values = dict(
        quote_id="Q1", article_id="a.txt#1", source_file="a.txt", article_title="Tëst",
        article_date="2024-04-01", quote_text="“We will win,”", quote_start=10, quote_end=24,
        quote_type="direct", speaker_text="Gül", speaker_start=31, speaker_end=34,
        speaker_name="Gül Demir", speaker_type="person", speaker_role=None, cue="said",
        cue_start=26, cue_end=30, flags=[], confidence=0.85,
    )
    values.update(changes)
    return QuoteRecord(**values)


@pytest.mark.parametrize(("value", "expected"), [
    ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
    ("+44 20 7946 0958", "'+44 20 7946 0958"),
    ("-10% in a year", "'-10% in a year"),
    ("@mention", "'@mention"),
    ("\tcmd", "'\tcmd"),
    ("plain = text", "plain = text"),
    (None, ""),
    (0.85, 0.85),
    (12, 12),
])
def test_safe_cell(value, expected) -> None:  # noqa: ANN001
    assert safe_cell(value) == expected


def test_columns_are_the_jsonl_fields() -> None:
    assert CSV_COLUMNS == JSONL_FIELDS + JSONL_EXTRAS


def test_row_joins_flags_and_blanks_missing_values() -> None:
    row = dict(zip(CSV_COLUMNS, csv_row(record(flags=["AMBIGUOUS_SPEAKER", "X"])),
                   strict=True))
    assert row["flags"] == "AMBIGUOUS_SPEAKER, X"
    assert row["speaker_role"] == "" and row["confidence"] == 0.85


def test_file_has_bom_crlf_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "out" / "quotes.csv"
    write_csv([record(), record(quote_id="Q2", quote_text="=HYPERLINK(\"http://x\")")], path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfquote_id,article_id,")
    assert data.count(b"\r\n") == 3
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [r["quote_id"] for r in rows] == ["Q1", "Q2"]
    assert rows[0]["speaker_name"] == "Gül Demir" and rows[0]["quote_text"] == "“We will win,”"
    assert rows[1]["quote_text"] == "'=HYPERLINK(\"http://x\")"
    assert list(path.parent.iterdir()) == [path]  # atomic: no temp file left


def test_cli_csv_has_the_jsonl_rows(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "“-5 degrees tonight,” said forecaster Lena Ortiz.\n\n"
        "“Stay inside,” Ortiz told residents.\n", encoding="utf-8")
    jsonl, out = tmp_path / "q.jsonl", tmp_path / "q.csv"
    code = main(["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "r.xlsx"),
                 "--jsonl", str(jsonl), "--csv", str(out), "-q"])
    assert code == 0
    lines = [json.loads(x) for x in jsonl.read_text(encoding="utf-8").splitlines()]
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert len(rows) == len(lines) == 2
    for line, row in zip(lines, rows, strict=True):
        assert list(row) == list(line)
        assert row["quote_id"] == line["quote_id"]
        assert row["quote_start"] == str(line["quote_start"])
        assert row["speaker_name"] == line["speaker_name"] == "Lena Ortiz"
    assert rows[0]["quote_text"] == "“-5 degrees tonight,”"  # starts with a quote mark: safe
