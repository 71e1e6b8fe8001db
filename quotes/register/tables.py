"""The register's sheets and columns, and the plain-table form every stage passes around.

A register is a handful of tables. The ``Quotes`` columns a fact-checker works in come first
(the quote, who said it, the verdict, notes, how sure the tool is, what it flagged); ids and
offsets, which only tools need, sit at the right. Columns the tool does not own (``Review``,
``Notes`` and any a reviewer adds) are never rewritten.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

QUOTES, SPEAKERS, ARTICLES, AUDIT = "Quotes", "Speakers", "Articles", "Audit"
SUMMARY, REMOVED, INFO = "Summary", "Removed", "Info"
# Sheets the tool writes on every run; any other sheet in a register belongs to a reviewer.
TOOL_SHEETS = (QUOTES, SPEAKERS, ARTICLES, AUDIT, SUMMARY, REMOVED, INFO)
# Summary and Info are recognised by what the tool writes in A1, not by name alone: a sheet a
# reviewer called "Summary" before the tool had one is theirs and is kept.
SIGNATURES = {SUMMARY: "Review progress", INFO: "Run id"}


def is_tool_sheet(worksheet: Any) -> bool:
    """Whether a sheet of a register is one the tool rewrites (so it is not a reviewer's)."""
    title = worksheet.title
    for name, first_cell in SIGNATURES.items():
        if title == name or (title.startswith(name) and title[len(name):].isdigit()):
            return worksheet["A1"].value == first_cell
    return title in TOOL_SHEETS

QUOTE_ID, REVIEW, NOTES, REMOVED_ON = "Quote ID", "Review", "Notes", "Removed on"
ARTICLE_KEY, GO_TO = "Article key", "Go to quote"
QUOTE, SPEAKER, CONFIDENCE, FLAGS, FILE = "Quote", "Speaker", "Confidence", "Flags", "File"
QUOTE_START = "Quote start"

QUOTE_HEADERS: tuple[str, ...] = (
    QUOTE, SPEAKER, REVIEW, NOTES, CONFIDENCE, FLAGS,
    "Type", "Cue", "Speaker as written", "Suggested speaker", "Role", "Speaker type",
    "Title", "Date", "Dateline", "Context",
    "Article ID", FILE, QUOTE_ID, QUOTE_START, "Quote end", "Rule", ARTICLE_KEY,
)  # fmt: skip
# A reviewer's own columns go right after these, where they stay in view.
REVIEWER_COLUMNS_AFTER = FLAGS
SPEAKER_HEADERS = ("Speaker", "Type", "Role", "Aliases", "Quotes", "Articles", GO_TO)
ARTICLE_HEADERS = (
    "Article ID", "File", "Title", "Date", "Dateline", "Quotes", "Characters", ARTICLE_KEY
)
AUDIT_HEADERS = (
    "Code", "Severity", "Article ID", QUOTE_ID, GO_TO, "Location", "Text", "Message",
    "Suggestion",
)
TOOL_HEADERS = frozenset(QUOTE_HEADERS) - {REVIEW, NOTES}
# Per sheet, the columns the tool writes; every other column of that sheet is a reviewer's.
SHEET_TOOL_HEADERS: dict[str, frozenset[str]] = {
    QUOTES: TOOL_HEADERS,
    SPEAKERS: frozenset(SPEAKER_HEADERS),
    ARTICLES: frozenset(ARTICLE_HEADERS),
    AUDIT: frozenset(AUDIT_HEADERS),
}
REVIEW_CHOICES = ("correct", "wrong speaker", "wrong span", "not a quote", "needs check")


@dataclass
class CellExtra:
    """What a reviewer put on a cell besides its value: a formula, a comment, a fill."""

    formula: bool = False
    comment: Comment | None = None
    fill: PatternFill | None = None

    @property
    def empty(self) -> bool:
        return not (self.formula or self.comment or self.fill)


@dataclass
class ColumnLook:
    """How a reviewer left a column: its width and whether they hid it."""

    width: float | None = None
    hidden: bool = False


@dataclass
class RegisterSheets:
    """A register as plain tables: per sheet (in workbook order) its headers and its rows.

    Rows are dicts keyed by header with typed values (numbers stay numbers), so a caller can
    filter them (``quotes filter``) and hand them back to ``write_sheets``. ``extras`` holds,
    per sheet and row, the reviewer's formulas, comments and fills by header; ``sheet_rows``
    the row number each row had in the sheet it was read from (formulas refer to those).
    """

    headers: dict[str, list[str]] = field(default_factory=dict)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    extras: dict[str, list[dict[str, CellExtra]]] = field(default_factory=dict)
    sheet_rows: dict[str, list[int]] = field(default_factory=dict)
    columns: dict[str, dict[str, int]] = field(default_factory=dict)
    looks: dict[str, dict[str, ColumnLook]] = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        """Sheet names in workbook order."""
        return list(self.headers)

    def add(
        self,
        name: str,
        headers: Iterable[str],
        rows: list[dict[str, Any]],
        extras: list[dict[str, CellExtra]] | None = None,
    ) -> None:
        """Append (or replace) a sheet; headers fix the column order when written."""
        self.headers[name] = list(headers)
        self.rows[name] = rows
        self.extras[name] = extras if extras is not None else [{} for _ in rows]

    def row_extras(self, name: str) -> list[dict[str, CellExtra]]:
        """Per-row extras of a sheet; none if a caller changed the rows without them, so an
        extra can never land on the wrong row."""
        extras = self.extras.get(name) or []
        rows = self.rows.get(name, [])
        return list(extras) if len(extras) == len(rows) else [{} for _ in rows]


def blank(value: Any) -> bool:
    """An empty cell: nothing, or only whitespace."""
    return value is None or (isinstance(value, str) and not value.strip())


def key_of(value: Any) -> str:
    """A Quote ID as typed in a cell (could be a number or padded) -> comparable string."""
    return "" if value is None else str(value).strip()


def reviewer_headers(headers: Iterable[str]) -> list[str]:
    """Review, Notes and every column a person added (anything the tool does not own)."""
    return [h for h in headers if h not in TOOL_HEADERS and h != REMOVED_ON]


def reviewer_extras(extras: dict[str, CellExtra], owned: Iterable[str]) -> dict[str, CellExtra]:
    """What a reviewer added to a row's cells: anything in their own columns; on the tool's
    columns only comments and fills (the tool's own link formulas are not theirs)."""
    owned = set(owned)
    kept = {}
    for header, extra in extras.items():
        if header in owned:
            kept[header] = extra
        elif extra.comment or extra.fill:
            kept[header] = CellExtra(comment=extra.comment, fill=extra.fill)
    return kept


def reviewer_looks(sheets: RegisterSheets, name: str) -> dict[str, ColumnLook]:
    """Column looks to keep on a sheet: hidden columns anywhere, widths of the reviewer's own
    columns (the tool sizes its columns to their content on every run)."""
    tool = SHEET_TOOL_HEADERS.get(name, frozenset())
    kept = {}
    for header, look in sheets.looks.get(name, {}).items():
        width = look.width if header not in tool else None
        if width is not None or look.hidden:
            kept[header] = ColumnLook(width, look.hidden)
    return kept
