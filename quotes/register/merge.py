"""Carry a reviewer's work from the previous register into the new one.

Each row of the old ``Quotes`` (and ``Removed``) sheet finds its quote in the new run: by
``Quote ID`` first, and when ids changed (a register written by an older version, an article
moved within its file) by what the quote *is* -- the article's content key and the quote's
words, or the file name, offset and words -- as long as that match is unambiguous. Everything
the reviewer owns comes along: Review, Notes, added columns (formulas stay formulas, their
references moved with the data), and comments and fills on any cell. A row the reviewer
duplicated keeps both copies. Rows whose quote is gone move to ``Removed``; nothing is dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..model import fold
from .formulas import FIRST_DATA_ROW, ReferenceMap, translate
from .tables import (
    ARTICLE_KEY,
    FILE,
    NOTES,
    QUOTE,
    QUOTE_HEADERS,
    QUOTE_ID,
    QUOTE_START,
    QUOTES,
    REMOVED,
    REMOVED_ON,
    REVIEW,
    REVIEWER_COLUMNS_AFTER,
    CellExtra,
    RegisterSheets,
    blank,
    key_of,
    reviewer_extras,
    reviewer_headers,
)


@dataclass
class MergeReport:
    """What the merge did, for the one-line summary a user reads."""

    kept: int = 0  # rows with reviewer work found by their id
    carried: int = 0  # rows with reviewer work found by content (their id had changed)
    removed: int = 0  # rows in the Removed sheet
    duplicates: int = 0  # extra rows a reviewer made by duplicating a quote's row
    own: int = 0  # rows a reviewer added by hand (no Quote ID), kept at the end of Quotes
    side_rows: int = 0  # rows of Speakers, Articles and Audit that carried reviewer work
    moves: ReferenceMap = field(default_factory=ReferenceMap)


@dataclass
class _Old:
    """One row of the previous register and what it carries."""

    values: dict[str, Any]
    extras: dict[str, CellExtra]
    sheet_row: int | None
    from_removed: bool
    work: bool  # the reviewer put something in it


def _words(value: Any) -> str:
    return " ".join(re.findall(r"\w+", fold(str(value or ""))))


def _file_name(value: Any) -> str:
    """The file's own name, whichever way (and from wherever) its path was written."""
    return re.split(r"[\\/]", str(value or ""))[-1]


def content_keys(row: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Ways to recognise a quote without its id, strongest first."""
    words = _words(row.get(QUOTE))
    if not words:
        return []
    keys: list[tuple[Any, ...]] = []
    if not blank(row.get(ARTICLE_KEY)):
        keys.append(("article", str(row[ARTICLE_KEY]).strip(), words))
    name = _file_name(row.get(FILE))
    start = row.get(QUOTE_START)
    if name and isinstance(start, (int, float)):
        keys.append(("place", name, int(start), words))
    if name:
        keys.append(("file", name, words))
    return keys


def _has_work(row: dict[str, Any], headers: list[str], extras: dict[str, CellExtra]) -> bool:
    return any(not blank(row.get(h)) for h in headers) or bool(extras)


def _old_rows(previous: RegisterSheets) -> list[_Old]:
    """Old Quotes rows first (they win), then old Removed rows."""
    rows = []
    for sheet, removed in ((QUOTES, False), (REMOVED, True)):
        owned = reviewer_headers(previous.headers.get(sheet, []))
        numbers = previous.sheet_rows.get(sheet) or [None] * len(previous.rows.get(sheet, []))
        for row, raw, number in zip(
            previous.rows.get(sheet, []), previous.row_extras(sheet), numbers, strict=True
        ):
            extras = reviewer_extras(raw, owned)
            rows.append(_Old(row, extras, number, removed, _has_work(row, owned, extras)))
    return rows


class _Matcher:
    """Finds the new row an old row belongs to: by id, else by an unambiguous content key."""

    def __init__(self, new_rows: list[dict[str, Any]], old_rows: list[_Old]) -> None:
        self.by_id = {}
        for index, row in enumerate(new_rows):
            self.by_id.setdefault(key_of(row.get(QUOTE_ID)), index)
        self.by_id.pop("", None)
        self.new_keys: dict[tuple[Any, ...], set[int]] = defaultdict(set)
        for index, row in enumerate(new_rows):
            for key in content_keys(row):
                self.new_keys[key].add(index)
        # Counted by old id, so a row a reviewer duplicated does not make its key ambiguous.
        self.old_keys: dict[tuple[Any, ...], set[str]] = defaultdict(set)
        for number, old in enumerate(old_rows):
            for key in content_keys(old.values):
                self.old_keys[key].add(key_of(old.values.get(QUOTE_ID)) or f"#{number}")

    def find(self, old: _Old) -> tuple[int | None, bool]:
        """(index of the new row, whether it was found by id)."""
        index = self.by_id.get(key_of(old.values.get(QUOTE_ID)))
        if index is not None:
            return index, True
        for key in content_keys(old.values):
            if len(self.new_keys.get(key, ())) == 1 and len(self.old_keys[key]) == 1:
                return next(iter(self.new_keys[key])), False
        return None, False


@dataclass
class _Assignment:
    """Where each old row went: onto a new row, into Removed, or kept as the reviewer's own."""

    attached: dict[int, list[_Old]] = field(default_factory=lambda: defaultdict(list))
    leftovers: list[_Old] = field(default_factory=list)
    own_rows: list[_Old] = field(default_factory=list)


def _assign(old_rows: list[_Old], matcher: _Matcher, report: MergeReport) -> _Assignment:
    """Match every old row; an old Removed row yields to an old Quotes row for the same quote."""
    assignment = _Assignment()
    claimed: set[int] = set()  # new rows an old Quotes row already speaks for
    for old in old_rows:
        index, by_id = matcher.find(old)
        if index is None and not old.from_removed and not key_of(old.values.get(QUOTE_ID)):
            assignment.own_rows.append(old)  # typed in by the reviewer: no id, no match
            continue
        if index is None or (old.from_removed and index in claimed):
            assignment.leftovers.append(old)
            continue
        if not old.from_removed:
            claimed.add(index)
        if old.work:
            assignment.attached[index].append(old)
            if by_id:
                report.kept += 1
            else:
                report.carried += 1
    return assignment


def merge_reviews(
    sheets: RegisterSheets, previous: RegisterSheets, today: dt.date | None = None
) -> MergeReport:
    """Put the reviewer's work from ``previous`` into ``sheets`` (whose Quotes are fresh)."""
    report = MergeReport()
    new_rows = sheets.rows[QUOTES]
    old_rows = _old_rows(previous)
    assignment = _assign(old_rows, _Matcher(new_rows, old_rows), report)
    carried = [old for olds in assignment.attached.values() for old in olds]
    added = [h for h in reviewer_headers(previous.headers.get(QUOTES, []))
             if h not in (REVIEW, NOTES)]
    for old in [*carried, *assignment.own_rows]:
        added += [h for h in reviewer_headers(old.values)
                  if h not in added and h not in (REVIEW, NOTES)]
    headers = _with_reviewer_columns(added)
    rows, extras, origins = _merged_rows(new_rows, assignment.attached, headers)
    report.duplicates = len(rows) - len(new_rows)
    for old in assignment.own_rows:  # kept at the end, exactly as typed
        rows.append({h: old.values.get(h) for h in headers})
        extras.append(dict(old.extras))
        origins.append(old.sheet_row)
    report.own = len(assignment.own_rows)
    report.moves = _reference_map(previous, headers, origins, len(rows))
    _translate_formulas(rows, extras, report.moves)
    sheets.add(QUOTES, headers, rows, extras)
    report.removed = _removed_sheet(sheets, previous, assignment.leftovers,
                                    today or dt.date.today())
    return report


def _with_reviewer_columns(added: list[str]) -> list[str]:
    """The tool's columns with the reviewer's own right after Flags, in their order."""
    at = QUOTE_HEADERS.index(REVIEWER_COLUMNS_AFTER) + 1
    return list(QUOTE_HEADERS[:at]) + added + list(QUOTE_HEADERS[at:])


def _merged_rows(
    new_rows: list[dict[str, Any]], attached: dict[int, list[_Old]], headers: list[str]
) -> tuple[list[dict[str, Any]], list[dict[str, CellExtra]], list[int | None]]:
    """New rows in the tool's order, one copy per old row that carries work on the quote."""
    owned = reviewer_headers(headers)
    rows, extras, origins = [], [], []
    for index, fresh in enumerate(new_rows):
        for old in attached.get(index) or [None]:
            row = {h: fresh.get(h) for h in headers}
            if old is not None:
                row.update({h: old.values.get(h) for h in owned if h in old.values})
            rows.append(row)
            extras.append(dict(old.extras) if old is not None else {})
            origins.append(old.sheet_row if old is not None and not old.from_removed else None)
    return rows, extras, origins


def _reference_map(
    previous: RegisterSheets, headers: list[str], origins: list[int | None], count: int
) -> ReferenceMap:
    """Old Quotes column/row numbers -> new ones, for the reviewer's formulas."""
    moves = ReferenceMap()
    old_columns = previous.columns.get(QUOTES, {})
    for header, column in old_columns.items():
        if header in headers:
            moves.columns[column] = headers.index(header) + 1
    for new_row, old_row in enumerate(origins, FIRST_DATA_ROW):
        if old_row is not None:
            moves.rows.setdefault(old_row, new_row)
    numbers = previous.sheet_rows.get(QUOTES) or []
    moves.old_last_row = max(numbers, default=1)
    moves.new_last_row = count + 1
    return moves


def _translate_formulas(
    rows: list[dict[str, Any]], extras: list[dict[str, CellExtra]], moves: ReferenceMap
) -> None:
    """Move the references of the reviewer's formulas in their own Quotes columns."""
    for row, extra in zip(rows, extras, strict=True):
        for header, cell in extra.items():
            value = row.get(header)
            if cell.formula and isinstance(value, str) and value.startswith("="):
                row[header] = translate(value, moves, QUOTES, inside=True)


def _removed_sheet(
    sheets: RegisterSheets, previous: RegisterSheets, leftovers: list[_Old], today: dt.date
) -> int:
    """Old rows whose quote is gone, kept with the date they went; returns how many."""
    if not leftovers:
        return 0
    headers = previous.headers.get(REMOVED, []) + previous.headers.get(QUOTES, [])
    ordered = [h for h in dict.fromkeys(headers) if h != REMOVED_ON] + [REMOVED_ON]
    rows, extras = [], []
    for old in leftovers:
        row = dict(old.values)
        if not old.from_removed or blank(row.get(REMOVED_ON)):
            row[REMOVED_ON] = today
        # A formula's references cannot follow a quote that is gone: its text is kept, as text.
        rows.append(row)
        extras.append({h: CellExtra(comment=c.comment, fill=c.fill)
                       for h, c in old.extras.items() if c.comment or c.fill})
    sheets.add(REMOVED, ordered, rows, extras)
    return len(rows)
