"""Keep a reviewer's formulas pointing at the same data after the register is rewritten.

A re-run may move columns (a new layout) and rows (new quotes, another order). A formula such as
``=IF(U5="correct",1,0)`` typed next to a quote must still read that quote's ``Review`` cell, so
each cell reference into the Quotes sheet is moved: columns by their header, rows by the quote
that was on them. References to other sheets, and anything that cannot be parsed, stay as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.utils import column_index_from_string, get_column_letter

FIRST_DATA_ROW = 2
_CELL = re.compile(r"^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$")
_COLUMN = re.compile(r"^(\$?)([A-Za-z]{1,3})$")


@dataclass
class ReferenceMap:
    """Where Quotes columns and rows went: old column/row number -> new one."""

    columns: dict[int, int] = field(default_factory=dict)
    rows: dict[int, int] = field(default_factory=dict)
    old_last_row: int = 1
    new_last_row: int = 1

    def column(self, letter: str) -> str:
        index = column_index_from_string(letter.upper())
        return get_column_letter(self.columns.get(index, index))

    def row(self, number: int) -> int:
        return self.rows.get(number, number)


def translate(formula: str, moves: ReferenceMap, sheet: str, inside: bool) -> str:
    """``formula`` with its references into ``sheet`` moved.

    ``inside`` says the formula lives on ``sheet`` itself, so unqualified references are moved
    too; in another sheet only ``'Quotes'!B3``-style references are.
    """
    try:
        tokens = Tokenizer(formula)
    except Exception:  # a formula openpyxl cannot parse is kept exactly as typed
        return formula
    changed = False
    for token in tokens.items:
        if token.type == Token.OPERAND and token.subtype == Token.RANGE:
            moved = _move(token.value, moves, sheet, inside)
            changed = changed or moved != token.value
            token.value = moved
    return tokens.render() if changed else formula


def _move(reference: str, moves: ReferenceMap, sheet: str, inside: bool) -> str:
    """One reference (``B3``, ``$U$2:$U$40``, ``Quotes!C:C``) moved, or as it was."""
    prefix, _, address = reference.rpartition("!")
    if prefix:
        if prefix.strip("'").replace("''", "'") != sheet:
            return reference
        prefix += "!"
    elif not inside:
        return reference
    parts = address.split(":")
    if len(parts) > 2:
        return reference
    cells = [_CELL.match(part) for part in parts]
    if all(cells):
        rows = [int(m.group(4)) for m in cells if m]
        new_rows = _moved_rows(rows, moves)
        moved = [
            f"{m.group(1)}{moves.column(m.group(2))}{m.group(3)}{row}"
            for m, row in zip(cells, new_rows, strict=True)
            if m
        ]
        return prefix + ":".join(moved)
    columns = [_COLUMN.match(part) for part in parts]
    if all(columns):
        return prefix + ":".join(f"{m.group(1)}{moves.column(m.group(2))}" for m in columns if m)
    return reference


def _moved_rows(rows: list[int], moves: ReferenceMap) -> list[int]:
    """A range over the whole table grows or shrinks with it; single rows follow their quote."""
    if len(rows) == 2 and rows[0] <= FIRST_DATA_ROW and rows[1] >= moves.old_last_row > 1:
        return [rows[0], max(moves.new_last_row, FIRST_DATA_ROW)]
    return [moves.row(row) for row in rows]
