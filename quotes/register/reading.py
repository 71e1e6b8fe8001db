"""Read a register back: as plain tables (``filter``, ``read_review``) or, before a re-run
writes over it, completely -- values, a reviewer's formulas, comments and fills, and the sheets
a reviewer added -- so nothing of theirs is lost.
"""

from __future__ import annotations

import copy
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.formula import ArrayFormula

from .files import FileState, PathLike
from .tables import (
    ARTICLES,
    AUDIT,
    INFO,
    QUOTE_ID,
    QUOTES,
    REMOVED,
    SPEAKERS,
    CellExtra,
    ColumnLook,
    RegisterSheets,
    blank,
    is_tool_sheet,
    key_of,
    reviewer_headers,
)

# The tool's tables a reviewer may have worked in (Summary and Info are only ever regenerated).
TABLE_SHEETS = (QUOTES, SPEAKERS, ARTICLES, AUDIT, REMOVED)


class RegisterError(Exception):
    """A register that cannot be read or replaced; raised before anything is overwritten."""


# --------------------------------------------------------------------------- plain tables


def read_workbook(path: PathLike) -> RegisterSheets:
    """Every sheet of a register as headers + rows (typed values); RegisterError if unreadable.

    Blank rows are skipped; a filled column without a header is named ``Column X`` and a
    repeated header gets `` (2)``, so no typed value is dropped by the dict rows.
    """
    try:
        workbook = load_workbook(path, read_only=True)
    except Exception as exc:  # openpyxl raises many types for a non-xlsx file
        raise RegisterError(f"{path}: not a readable Excel register ({exc})") from exc
    try:
        sheets = RegisterSheets()
        for worksheet in workbook.worksheets:
            headers, rows, _, _ = read_table(list(worksheet.iter_rows(values_only=True)))
            sheets.add(worksheet.title, headers, rows)
        return sheets
    finally:
        workbook.close()


def read_table(
    values: Sequence[Sequence[Any]],
) -> tuple[list[str], list[dict[str, Any]], list[int], dict[str, int]]:
    """First row = headers, the rest = rows keyed by header.

    Also returns each kept row's sheet row number and each header's column number, which a
    reviewer's formulas refer to.
    """
    if not values:
        return [], [], [], {}
    width = max(len(v) for v in values)
    raw = list(values[0]) + [None] * (width - len(values[0]))
    body = [(n, v) for n, v in enumerate(values[1:], 2) if not all(blank(x) for x in v)]
    used = [any(i < len(v) and not blank(v[i]) for _, v in body) for i in range(width)]
    headers: list[str] = []
    columns: list[int] = []
    for index, header in enumerate(raw):
        if blank(header) and not used[index]:
            continue
        name = f"Column {get_column_letter(index + 1)}" if blank(header) else str(header).strip()
        headers.append(_unique(name, headers))
        columns.append(index)
    rows = [
        {h: (v[i] if i < len(v) else None) for h, i in zip(headers, columns, strict=True)}
        for _, v in body
    ]
    numbers = {h: i + 1 for h, i in zip(headers, columns, strict=True)}
    return headers, rows, [n for n, _ in body], numbers


def _unique(name: str, taken: list[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``... if a column already has it."""
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def review_values(sheets: RegisterSheets) -> dict[str, dict[str, Any]]:
    """quote_id -> reviewer-owned values, from Quotes and (for vanished quotes) Removed."""
    review: dict[str, dict[str, Any]] = {}
    removed_headers = reviewer_headers(sheets.headers.get(REMOVED, []))
    for row in sheets.rows.get(REMOVED, []):
        values = {h: row.get(h) for h in removed_headers if not blank(row.get(h))}
        if key_of(row.get(QUOTE_ID)) and values:
            review[key_of(row.get(QUOTE_ID))] = values
    quote_headers = reviewer_headers(sheets.headers.get(QUOTES, []))
    for row in sheets.rows.get(QUOTES, []):
        if key_of(row.get(QUOTE_ID)):
            review[key_of(row.get(QUOTE_ID))] = {h: row.get(h) for h in quote_headers}
    return review


def read_review(path: PathLike) -> dict[str, dict[str, Any]]:
    """quote_id -> {header: value} of every reviewer-owned column of a register."""
    return review_values(read_workbook(path))


# --------------------------------------------------------------------------- the whole register


@dataclass
class Previous:
    """A register as a re-run finds it, read completely before anything is written.

    ``workbook`` is the live openpyxl workbook: the sheets a reviewer added are kept from it as
    they are (values, formulas, styles, comments). ``state`` says what the file looked like
    when read, so a save made while the run was going is noticed before it is overwritten.
    """

    path: Path
    state: FileState | None
    workbook: Workbook
    sheets: RegisterSheets
    run_id: str | None = None
    added_sheets: list[str] = field(default_factory=list)


def load_previous(path: PathLike) -> Previous:
    """Read a register completely; RegisterError if it is not a readable quote register."""
    path = Path(path)
    state = FileState.of(path)
    try:
        workbook = load_workbook(path)
    except Exception as exc:  # openpyxl raises many types for a non-xlsx file
        raise RegisterError(f"{path}: not a readable Excel register ({exc})") from exc
    sheets = RegisterSheets()
    for worksheet in workbook.worksheets:
        if worksheet.title in TABLE_SHEETS:
            _read_sheet_cells(sheets, worksheet.title, list(worksheet.iter_rows()))
            sheets.looks[worksheet.title] = _column_looks(
                worksheet, sheets.columns[worksheet.title])
    check_register(sheets, str(path))
    return Previous(
        path=path,
        state=state,
        workbook=workbook,
        sheets=sheets,
        run_id=_run_id(workbook),
        added_sheets=[ws.title for ws in workbook.worksheets if not is_tool_sheet(ws)],
    )


def pictures_would_be_lost(path: PathLike) -> bool:
    """openpyxl keeps pictures only with Pillow installed; without it they would vanish."""
    try:
        import PIL  # noqa: F401
    except ImportError:
        try:
            with zipfile.ZipFile(path) as archive:
                return any(name.startswith("xl/media/") for name in archive.namelist())
        except (OSError, zipfile.BadZipFile):
            return False
    return False


def check_register(sheets: RegisterSheets, source: str) -> None:
    """Refuse to merge (and so to overwrite) a workbook that is not a quote register."""
    if QUOTE_ID not in sheets.headers.get(QUOTES, []):
        raise RegisterError(
            f"{source}: not a quote register (no '{QUOTES}' sheet with a '{QUOTE_ID}' column)"
        )


def _read_sheet_cells(sheets: RegisterSheets, name: str, cells: list[tuple[Cell, ...]]) -> None:
    """One sheet's table, plus per cell the reviewer's formula flag, comment and fill."""
    values = [tuple(_cell_value(c) for c in row) for row in cells]
    headers, rows, numbers, columns = read_table(values)
    extras = []
    for number in numbers:
        row_cells = cells[number - 1]
        extra = {}
        for header in headers:
            index = columns[header] - 1
            if index < len(row_cells):
                found = _extra(row_cells[index])
                if not found.empty:
                    extra[header] = found
        extras.append(extra)
    sheets.add(name, headers, rows, extras)
    sheets.sheet_rows[name] = numbers
    sheets.columns[name] = columns


def _column_looks(worksheet: Any, columns: dict[str, int]) -> dict[str, ColumnLook]:
    """Width and hidden state of each header's column (openpyxl groups columns in ranges)."""
    by_index: dict[int, ColumnLook] = {}
    for dimension in worksheet.column_dimensions.values():
        if dimension.min is None or dimension.max is None:
            continue
        width = dimension.width if dimension.customWidth else None
        for index in range(dimension.min, dimension.max + 1):
            by_index[index] = ColumnLook(width, bool(dimension.hidden))
    return {h: by_index[i] for h, i in columns.items() if i in by_index}


def _cell_value(cell: Cell) -> Any:
    """A cell's value; an array formula as its formula text."""
    value = cell.value
    if isinstance(value, ArrayFormula):
        return f"={value.text.lstrip('=')}" if value.text else None
    return value


def _extra(cell: Cell) -> CellExtra:
    """A copy of what a reviewer added to a cell (comments and fills cannot be shared)."""
    comment = None
    if cell.comment is not None:
        comment = Comment(cell.comment.text, cell.comment.author or "")
    fill = copy.copy(cell.fill) if cell.fill is not None and cell.fill.fill_type else None
    return CellExtra(formula=cell.data_type == "f", comment=comment, fill=fill)


def _run_id(workbook: Workbook) -> str | None:
    """The run id in the Info sheet, if the register has one."""
    if INFO not in workbook.sheetnames:
        return None
    if not is_tool_sheet(workbook[INFO]):
        return None
    for row in workbook[INFO].iter_rows(values_only=True):
        if len(row) > 1 and row[0] == "Run id" and row[1] is not None:
            return str(row[1])
    return None
