"""Keep the dropdowns and conditional colours a reviewer added to the Quotes sheet.

A reviewer may give their own column a dropdown ("Checked by": a list of names) or colour rows by
a rule (``=$C2="wrong speaker"``). Those rules belong to the sheet, which a re-run rebuilds, so
they are moved onto the new sheet: their ranges follow the columns they covered (by header) and
span the new table; their formulas follow the columns they read. The tool's own rules (the
Review dropdown, the flagged and low-confidence colours) are written fresh and not copied.
"""

from __future__ import annotations

import copy
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange
from openpyxl.worksheet.worksheet import Worksheet

from .formulas import ReferenceMap, translate
from .layout import SPARE_ROWS
from .tables import QUOTES, REVIEW

_TOOL_FORMULA_STARTS = ("LEN($", "AND(ISNUMBER($")


def carry_sheet_rules(
    new: Worksheet,
    old: Worksheet,
    old_columns: dict[str, int],
    headers: list[str],
    tool_headers: frozenset[str],
    row_count: int,
) -> int:
    """Copy the reviewer's validations and conditional formats; returns how many."""
    column_of = {i: headers.index(h) + 1 for h, i in old_columns.items() if h in headers}
    header_at = {i: h for h, i in old_columns.items()}
    moves = ReferenceMap(columns=column_of)  # rules are relative to their first row: rows stay
    carried = 0
    for validation in old.data_validations.dataValidation:
        columns = [
            column_of[c]
            for r in validation.sqref.ranges
            for c in range(r.min_col, r.max_col + 1)
            if c in column_of and header_at[c] not in tool_headers and header_at[c] != REVIEW
        ]
        if not columns:
            continue
        last = row_count + 1 + SPARE_ROWS
        moved = copy.copy(validation)
        moved.sqref = MultiCellRange(
            [f"{get_column_letter(c)}2:{get_column_letter(c)}{last}" for c in sorted(set(columns))]
        )
        moved.formula1 = _moved_formula(validation.formula1, moves)
        moved.formula2 = _moved_formula(validation.formula2, moves)
        new.add_data_validation(moved)
        carried += 1
    width = max(old_columns.values(), default=0)
    for formatting in old.conditional_formatting:
        ranges = [_moved_range(r, column_of, width, len(headers), row_count)
                  for r in formatting.sqref.ranges]
        target = " ".join(r for r in ranges if r)
        if not target:
            continue
        for rule in formatting.rules:
            if rule.formula and str(rule.formula[0]).startswith(_TOOL_FORMULA_STARTS):
                continue
            moved_rule = copy.copy(rule)
            moved_rule.formula = [_moved_formula(f, moves) for f in rule.formula or []]
            new.conditional_formatting.add(target, moved_rule)
            carried += 1
    return carried


def _moved_formula(formula: Any, moves: ReferenceMap) -> Any:
    """A rule's formula (stored without '=') with its column references moved."""
    if not isinstance(formula, str) or not formula or formula.startswith('"'):
        return formula
    return translate(f"={formula}", moves, QUOTES, inside=True)[1:]


def _moved_range(
    cells: CellRange, column_of: dict[int, int], old_width: int, new_width: int, rows: int
) -> str | None:
    """Where a rule's range goes: the whole new table if it spanned the whole old one, else the
    same columns (by header); always all data rows."""
    last_row = max(rows + 1, 2)
    if cells.min_col <= 1 and cells.max_col >= old_width:
        return f"A2:{get_column_letter(new_width)}{last_row}"
    first, last = column_of.get(cells.min_col), column_of.get(cells.max_col)
    if first is None or last is None:
        return None
    first, last = sorted((first, last))
    return f"{get_column_letter(first)}2:{get_column_letter(last)}{last_row}"
