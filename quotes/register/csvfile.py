"""Write the quote rows as CSV: the JSONL's rows and columns, for Excel and spreadsheets.

A register-stage writer beside the JSONL one; with a run id it carries the same ``run_id``
column as the JSONL of the same run. Three choices make the file safe to open
by double-click:

* UTF-8 with a byte-order mark, so Excel does not read ``Gül`` or ``“`` as mojibake;
* every text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets
  a leading apostrophe, so a quote such as ``=HYPERLINK(...)`` or ``-10% in a year`` is shown
  as text and never run as a formula (CSV injection; the workbook marks such cells as text);
* ``flags`` (a list in JSONL) becomes one cell, ``A, B`` as in the workbook.

Numbers stay numbers and empty values stay empty cells. The file is written atomically.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..model import QuoteRecord
from .files import PathLike, atomic_write
from .jsonl import JSONL_EXTRAS, JSONL_FIELDS, RUN_ID, record_to_json

CSV_COLUMNS: tuple[str, ...] = JSONL_FIELDS + JSONL_EXTRAS
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
FLAG_SEPARATOR = ", "


def safe_cell(value: Any) -> Any:
    """A value as a spreadsheet will show it, never as a formula."""
    if value is None:
        return ""
    if isinstance(value, (bool, int, float)):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def csv_row(record: QuoteRecord, run_id: str | None = None) -> list[Any]:
    """One CSV row in :data:`CSV_COLUMNS` order (then the run id, when there is one)."""
    data = record_to_json(record, run_id)
    data["flags"] = FLAG_SEPARATOR.join(data["flags"])
    columns = CSV_COLUMNS + ((RUN_ID,) if run_id is not None else ())
    return [safe_cell(data[name]) for name in columns]


def write_csv(records: Iterable[QuoteRecord], path: PathLike, run_id: str | None = None) -> None:
    """Header plus one row per quote, UTF-8 with BOM, CRLF line ends (RFC 4180), atomically."""

    def write(temp: Path) -> None:
        with temp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(CSV_COLUMNS + ((RUN_ID,) if run_id is not None else ()))
            for record in records:
                writer.writerow(csv_row(record, run_id))

    atomic_write(path, write)
