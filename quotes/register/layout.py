"""Lay a register's tables out as a workbook a fact-checker can work in, on screen and on paper.

Text is stored as text (never as a formula: quoted speech starts with ``=`` or ``+`` often
enough), dates as real dates, columns as wide as their content (within bounds), wrapped cells
with row heights that show them, the header row frozen and repeated on every printed page, and
each sheet printed landscape, one page wide. Links from Audit and Speakers to a quote are
``HYPERLINK`` formulas that look the quote up by its id, so they still land on the right row
after a reviewer sorts the sheet.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
from collections.abc import Iterable
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from .tables import (
    AUDIT,
    CONFIDENCE,
    FLAGS,
    GO_TO,
    QUOTE,
    QUOTE_ID,
    QUOTES,
    REVIEW,
    REVIEW_CHOICES,
    SPEAKER,
    SPEAKERS,
    CellExtra,
    ColumnLook,
    RegisterSheets,
    key_of,
)

SPARE_ROWS = 200
LOW_CONFIDENCE = 0.5
EXCEL_MAX_CHARS = 32767
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

WRAPPED = frozenset({
    QUOTE, "Context", "Notes", "Title", "Message", "Text", "Suggestion", "Aliases", "Articles",
    "Role",
})  # fmt: skip
MAX_WIDTH = {QUOTE: 70, "Context": 60, "Message": 60, "Notes": 40}
DEFAULT_MAX_WIDTH = 40
UNWRAPPED_MAX_WIDTH = 60  # ids and file paths: better wide than cut off
MIN_WIDTH = 8
# Columns a reviewer types into start wide enough to type in, though they start empty.
START_WIDTH = {REVIEW: 16, "Notes": 30, "Speaker": 20}
WIDTH_SAMPLE = 2000  # rows looked at to size a column
LINE_HEIGHT = 15.0  # points per line of 11-point text
MAX_LINES = 8  # a row never grows taller than this; the cell still holds all the text
DATE_HEADERS = frozenset({"Date", "Removed on"})
DATE_FORMAT = "yyyy-mm-dd"
NUMBER_FORMATS = {CONFIDENCE: "0.00"}
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")

_FLAG_FILL = PatternFill(start_color="FFF2CC", end_color="FFF2CC", fill_type="solid")
_LOW_FILL = PatternFill(start_color="FCE4D6", end_color="FCE4D6", fill_type="solid")
_HEADER_FILL = PatternFill(start_color="D9E1F2", end_color="D9E1F2", fill_type="solid")
_HEADER_FONT = Font(bold=True)
_TOP = Alignment(vertical="top")
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)


def set_cell(cell: Cell, value: Any) -> None:
    """Store a value so Excel can never run it: text is always a string cell, never a formula.

    Quoted speech routinely starts with ``=``, ``+``, ``-`` or ``@``; stored as a formula it
    would break the sheet or execute (CSV/formula injection). ``quotePrefix`` also keeps the
    text literal if a reviewer edits the cell in Excel. Characters XML cannot hold are
    dropped instead of failing the whole run.
    """
    if value is None or isinstance(value, (bool, int, float, dt.date, dt.time, dt.timedelta)):
        cell.value = value
        return
    # A lone surrogate (an undecodable file name) is shown escaped: XML cannot hold it.
    text = str(value).encode("utf-8", "backslashreplace").decode("utf-8")
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    text = text[:EXCEL_MAX_CHARS]
    cell.value = text
    cell.data_type = "s"
    if text.startswith(_FORMULA_TRIGGERS):
        cell.quotePrefix = True


def as_date(value: Any) -> Any:
    """An ISO date string as a real date (so date filters work); anything else as it is."""
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value
    if isinstance(value, str):
        match = _ISO_DATE.match(value.strip())
        if match:
            try:
                return dt.date(*(int(part) for part in match.groups()))
            except ValueError:
                return value
    return value


def write_table(
    worksheet: Worksheet,
    headers: list[str],
    rows: list[dict[str, Any]],
    extras: list[dict[str, CellExtra]] | None = None,
    looks: dict[str, ColumnLook] | None = None,
) -> None:
    """Header row, data rows, widths, heights, wrapping, formats, filter, freeze and print.

    ``looks`` are the widths and hidden columns a reviewer set, applied over the tool's.
    """
    for column, header in enumerate(headers, 1):
        cell = worksheet.cell(row=1, column=column)
        set_cell(cell, header)
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _TOP_WRAP
    extras = extras or [{} for _ in rows]
    styles = [_column_style(worksheet, column, header) for column, header in enumerate(headers, 1)]
    for row_number, (row, extra) in enumerate(zip(rows, extras, strict=True), 2):
        for column, header in enumerate(headers, 1):
            cell = worksheet.cell(row=row_number, column=column)
            cell._style = copy.copy(styles[column - 1])  # noqa: SLF001 - 20x faster than setters
            _write_value(cell, header, row.get(header), extra.get(header))
    widths = _fit_widths(worksheet, headers, rows)
    for column, header in enumerate(headers, 1):
        look = (looks or {}).get(header)
        if look is not None:
            dimension = worksheet.column_dimensions[get_column_letter(column)]
            if look.width is not None:
                dimension.width = widths[column - 1] = look.width
            dimension.hidden = look.hidden
    _fit_heights(worksheet, headers, rows, widths)
    worksheet.freeze_panes = "A2"
    if headers:
        last = get_column_letter(len(headers))
        worksheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    set_up_printing(worksheet)


def _column_style(worksheet: Worksheet, column: int, header: str) -> StyleArray:
    """The style every data cell of a column shares, built once on a scratch cell.

    Setting alignment and number format cell by cell goes through openpyxl's style registry
    each time; copying one prepared style array is what keeps a large register quick.
    """
    scratch = Cell(worksheet, row=1, column=column)
    scratch.alignment = _TOP_WRAP if header in WRAPPED else _TOP
    if header in DATE_HEADERS:
        scratch.number_format = DATE_FORMAT
    elif header in NUMBER_FORMATS:
        scratch.number_format = NUMBER_FORMATS[header]
    return copy.copy(scratch._style)  # noqa: SLF001


def _write_value(cell: Cell, header: str, value: Any, extra: CellExtra | None) -> None:
    """One data cell: a reviewer's formula stays a formula; everything else is a plain value."""
    if extra is not None and extra.formula and isinstance(value, str) and value.startswith("="):
        cell.value = value
    else:
        set_cell(cell, as_date(value) if header in DATE_HEADERS else value)
    if extra is not None:
        if extra.comment is not None:
            cell.comment = extra.comment
        if extra.fill is not None:
            cell.fill = extra.fill


def _text_length(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, (dt.date, dt.datetime)):
        return 10
    if isinstance(value, float):
        return len(f"{value:.2f}")
    text = str(value)
    if text.startswith("=") and "HYPERLINK" in text.upper():
        return len(GO_TO)
    return max((len(line) for line in text.split("\n")), default=0)


def _fit_widths(worksheet: Worksheet, headers: list[str], rows: list[dict[str, Any]]) -> list[int]:
    """Each column as wide as its longest value (sampled), within per-column bounds."""
    widths = []
    for column, header in enumerate(headers, 1):
        longest = max((_text_length(r.get(header)) for r in rows[:WIDTH_SAMPLE]), default=0)
        words = max((len(w) for w in header.split()), default=0)
        limit = MAX_WIDTH.get(header, DEFAULT_MAX_WIDTH if header in WRAPPED else
                              UNWRAPPED_MAX_WIDTH)
        width = max(MIN_WIDTH, START_WIDTH.get(header, 0), words + 2, min(limit, longest + 2))
        worksheet.column_dimensions[get_column_letter(column)].width = width
        widths.append(width)
    return widths


def lines_needed(text: Any, width: float) -> int:
    """How many lines a wrapped cell of ``width`` characters needs for ``text``."""
    if text is None:
        return 1
    per_line = max(1, int(width) - 1)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in str(text).split("\n"))


def _fit_heights(
    worksheet: Worksheet, headers: list[str], rows: list[dict[str, Any]], widths: list[int]
) -> None:
    """Rows tall enough for their wrapped text, never taller than MAX_LINES lines."""
    wrapped = [(h, w) for h, w in zip(headers, widths, strict=True) if h in WRAPPED]
    if not wrapped:
        return
    for row_number, row in enumerate(rows, 2):
        lines = max(lines_needed(row.get(h), w) for h, w in wrapped)
        if lines > 1:
            worksheet.row_dimensions[row_number].height = LINE_HEIGHT * min(lines, MAX_LINES)
    header_lines = max(lines_needed(h, w) for h, w in zip(headers, widths, strict=True))
    if header_lines > 1:
        worksheet.row_dimensions[1].height = LINE_HEIGHT * min(header_lines, 3)


def set_up_printing(worksheet: Worksheet) -> None:
    """Landscape, one page wide (as many pages tall as needed), header row on every page."""
    worksheet.page_setup.orientation = "landscape"
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0
    worksheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    worksheet.print_title_rows = "1:1"
    worksheet.print_options.gridLines = True


def column_letter(headers: list[str], header: str) -> str | None:
    """Column letter of a header, or None if the sheet does not have it."""
    return get_column_letter(headers.index(header) + 1) if header in headers else None


# --------------------------------------------------------------------------- Quotes extras


def decorate_quotes(worksheet: Worksheet, headers: list[str], count: int) -> None:
    """Quote column frozen beside the header, Review dropdown, flagged/low-confidence colour."""
    worksheet.freeze_panes = "B2" if headers[:1] == [QUOTE] else "A2"
    review = column_letter(headers, REVIEW)
    if review:
        validation = DataValidation(
            type="list",
            formula1='"' + ",".join(REVIEW_CHOICES) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="warning",
            errorTitle="Review",
            error="Expected one of: " + ", ".join(REVIEW_CHOICES),
        )
        validation.add(f"{review}2:{review}{count + 1 + SPARE_ROWS}")
        worksheet.add_data_validation(validation)
    if not count:
        return
    last_row, last = count + 1, get_column_letter(len(headers))
    confidence = column_letter(headers, CONFIDENCE)
    if confidence:  # added first: wins over the row fill on the Confidence cell
        worksheet.conditional_formatting.add(
            f"{confidence}2:{confidence}{last_row}",
            FormulaRule(
                formula=[f"AND(ISNUMBER(${confidence}2),${confidence}2<{LOW_CONFIDENCE})"],
                fill=_LOW_FILL,
            ),
        )
    flags = column_letter(headers, FLAGS)
    if flags:
        worksheet.conditional_formatting.add(
            f"A2:{last}{last_row}", FormulaRule(formula=[f"LEN(${flags}2)>0"], fill=_FLAG_FILL)
        )


# --------------------------------------------------------------------------- links


def quote_link(quote_id: str, quote_headers: list[str], label: str = GO_TO) -> str | None:
    """A HYPERLINK formula that finds the quote's row by its id, wherever sorting put it."""
    id_column = column_letter(quote_headers, QUOTE_ID)
    target = column_letter(quote_headers, QUOTE) or "A"
    if not id_column or not quote_id:
        return None
    sheet = quote_sheetname(QUOTES)
    quoted_id = quote_id.replace('"', '""')
    return (
        f'=IFERROR(HYPERLINK("#{sheet}!{target}"&MATCH("{quoted_id}",'
        f'{sheet}!${id_column}:${id_column},0),"{label}"),"")'
    )


def link_rows(sheets: RegisterSheets) -> None:
    """Fill the ``Go to quote`` cells of Audit (its quote) and Speakers (their first quote)."""
    quote_headers = sheets.headers.get(QUOTES, [])
    first_quote: dict[str, str] = {}
    present: set[str] = set()
    for row in sheets.rows.get(QUOTES, []):
        quote_id = key_of(row.get(QUOTE_ID))
        present.add(quote_id)
        if row.get(SPEAKER) and quote_id:
            first_quote.setdefault(str(row[SPEAKER]), quote_id)
    for row in sheets.rows.get(AUDIT, []):
        quote_id = key_of(row.get(QUOTE_ID))
        row[GO_TO] = quote_link(quote_id, quote_headers) if quote_id in present else None
    for row in sheets.rows.get(SPEAKERS, []):
        quote_id = first_quote.get(str(row.get(SPEAKER) or ""))
        row[GO_TO] = quote_link(quote_id, quote_headers) if quote_id else None


def style_links(worksheet: Worksheet, headers: list[str], rows: Iterable[dict[str, Any]]) -> None:
    """Link cells are formulas the tool wrote: store them as formulas, styled as links."""
    column = column_letter(headers, GO_TO)
    if not column:
        return
    for number, row in enumerate(rows, 2):
        formula = row.get(GO_TO)
        cell = worksheet[f"{column}{number}"]
        if isinstance(formula, str) and formula.startswith("=IFERROR(HYPERLINK("):
            cell.value = formula
            cell.style = "Hyperlink"
            cell.quotePrefix = False
            cell.alignment = _TOP
        else:
            cell.value = None
