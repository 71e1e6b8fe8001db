"""The Summary sheet: who is quoted most, where, what the audit found, how far review has got.

Counts come from the register's own tables, so a filtered register summarises itself. Review
progress is a set of live ``COUNTIF`` formulas over the Review column, so it moves as the
reviewer works; the rest describes the run. A bar chart shows the most quoted speakers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from .layout import column_letter, set_cell, set_up_printing
from .tables import (
    ARTICLES,
    AUDIT,
    QUOTE,
    QUOTE_ID,
    QUOTES,
    REVIEW,
    REVIEW_CHOICES,
    SPEAKER,
    RegisterSheets,
    key_of,
)

TOP_SPEAKERS = 10
CHART_COLUMN = "O"  # right of the four tables, so it never covers one
NO_SPEAKER = "(no speaker)"
_TITLE_FONT = Font(bold=True, size=12)
_HEADER_FONT = Font(bold=True)


def _unique_quotes(sheets: RegisterSheets) -> list[dict[str, Any]]:
    """Quotes rows once each (a reviewer may have duplicated some)."""
    seen: set[str] = set()
    rows = []
    for row in sheets.rows.get(QUOTES, []):
        quote_id = key_of(row.get(QUOTE_ID))
        if quote_id and quote_id in seen:
            continue
        seen.add(quote_id)
        rows.append(row)
    return rows


def speaker_counts(sheets: RegisterSheets) -> list[tuple[str, int]]:
    """(speaker, quotes), most quoted first."""
    counts = Counter(str(r.get(SPEAKER) or NO_SPEAKER) for r in _unique_quotes(sheets))
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))


def article_counts(sheets: RegisterSheets) -> list[tuple[Any, Any, int]]:
    """(article, title, quotes), in the Articles sheet's order."""
    counts = Counter(str(r.get("Article ID")) for r in _unique_quotes(sheets))
    return [
        (r.get("Article ID"), r.get("Title"), counts[str(r.get("Article ID"))])
        for r in sheets.rows.get(ARTICLES, [])
    ]


def finding_counts(sheets: RegisterSheets) -> list[tuple[Any, Any, int]]:
    """(code, severity, findings), most frequent first."""
    counts = Counter((r.get("Code"), r.get("Severity")) for r in sheets.rows.get(AUDIT, []))
    return [(code, severity, n) for (code, severity), n in
            sorted(counts.items(), key=lambda item: (-item[1], str(item[0][0])))]


def review_formulas(quote_headers: list[str]) -> list[tuple[str, str]]:
    """(label, live formula) rows of the review-progress table."""
    review = column_letter(quote_headers, REVIEW)
    quote = column_letter(quote_headers, QUOTE)
    if not review or not quote:
        return []
    sheet = quote_sheetname(QUOTES)
    reviews = f"{sheet}!${review}:${review}"
    total = f"COUNTA({sheet}!${quote}:${quote})-1"
    reviewed = f"COUNTA({reviews})-1"
    rows = [(choice, f'=COUNTIF({reviews},"{choice}")') for choice in REVIEW_CHOICES]
    return [("quotes", f"={total}"), ("reviewed", f"={reviewed}"),
            ("not reviewed", f"={total}-({reviewed})"), *rows]


def write_summary(worksheet: Worksheet, sheets: RegisterSheets) -> None:
    """Four small tables side by side and a bar chart of the most quoted speakers."""
    progress = review_formulas(sheets.headers.get(QUOTES, []))
    _table(worksheet, 1, "Review progress", ("Status", "Quotes"), progress, formulas=True)
    speakers = speaker_counts(sheets)
    _table(worksheet, 4, "Quotes per speaker", ("Speaker", "Quotes"), speakers)
    _table(worksheet, 7, "Quotes per article", ("Article ID", "Title", "Quotes"),
           article_counts(sheets))
    _table(worksheet, 11, "Findings per code", ("Code", "Severity", "Findings"),
           finding_counts(sheets))
    for column, width in zip("ABCDEFGHIJKLM", (16, 10, 2, 30, 8, 2, 30, 40, 8, 2, 26, 10, 10),
                             strict=True):
        worksheet.column_dimensions[column].width = width
    if speakers:
        _speaker_chart(worksheet, min(len(speakers), TOP_SPEAKERS), 2)
    set_up_printing(worksheet)
    worksheet.print_title_rows = None


def _table(
    worksheet: Worksheet,
    column: int,
    title: str,
    headers: tuple[str, ...],
    rows: Iterable[tuple[Any, ...]],
    formulas: bool = False,
) -> None:
    """A titled table: title in row 1, headers in row 2, rows from row 3."""
    worksheet.cell(row=1, column=column, value=title).font = _TITLE_FONT
    for offset, header in enumerate(headers):
        cell = worksheet.cell(row=2, column=column + offset)
        set_cell(cell, header)
        cell.font = _HEADER_FONT
    for number, row in enumerate(rows, 3):
        for offset, value in enumerate(row):
            cell = worksheet.cell(row=number, column=column + offset)
            if formulas and isinstance(value, str) and value.startswith("="):
                cell.value = value  # the tool's own live count
            else:
                set_cell(cell, value)


def _speaker_chart(worksheet: Worksheet, count: int, row: int) -> None:
    """Horizontal bars for the top speakers (table columns D = speaker, E = quotes)."""
    chart = BarChart()
    chart.type = "bar"
    chart.title = f"Top {count} speakers by quotes"
    chart.y_axis.title = "Quotes"
    chart.legend = None
    chart.add_data(Reference(worksheet, min_col=5, min_row=2, max_row=2 + count),
                   titles_from_data=True)
    chart.set_categories(Reference(worksheet, min_col=4, min_row=3, max_row=2 + count))
    chart.x_axis.scaling.orientation = "maxMin"  # most quoted on top
    chart.height, chart.width = 7.5 + 0.4 * count, 14
    worksheet.add_chart(chart, f"{CHART_COLUMN}{row}")
