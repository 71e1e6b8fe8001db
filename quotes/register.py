"""Write a run's outputs (JSONL and the Excel quote register) and read a register back.

The register is a working document: fact-checkers filter it by speaker, mark attributions
in ``Review``/``Notes`` and sometimes add columns of their own. So every write is atomic
(a crash never leaves half a register), no cell is ever stored as a formula (quoted text
such as ``=SUM(A1)`` or ``+44 20 7946`` is data, not code), and a re-run given the previous
register carries every reviewer-owned value over, moving rows of vanished quotes to a
``Removed`` sheet instead of dropping them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import shutil
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from .model import Article, Finding, IngestError, QuoteRecord, Register, SpeakerSummary

PathLike = str | os.PathLike[str]

JSONL_FIELDS: tuple[str, ...] = (
    "quote_id",
    "article_id",
    "source_file",
    "article_title",
    "article_date",
    "quote_text",
    "quote_start",
    "quote_end",
    "quote_type",
    "speaker_text",
    "speaker_start",
    "speaker_end",
    "speaker_name",
    "speaker_type",
    "speaker_role",
    "cue",
    "cue_start",
    "cue_end",
    "flags",
    "confidence",
)
JSONL_EXTRAS: tuple[str, ...] = ("dateline", "rule", "context", "suggested_speaker")

QUOTES, SPEAKERS, ARTICLES, AUDIT, REMOVED = "Quotes", "Speakers", "Articles", "Audit", "Removed"
QUOTE_ID, REVIEW, NOTES, REMOVED_ON = "Quote ID", "Review", "Notes", "Removed on"

# Quotes sheet header -> how to get the value from a QuoteRecord (None: reviewer-owned).
_QUOTE_COLUMNS: dict[str, Callable[[QuoteRecord], Any] | None] = {
    QUOTE_ID: lambda q: q.quote_id,
    "Speaker": lambda q: q.speaker_name,
    "Speaker type": lambda q: q.speaker_type,
    "Role": lambda q: q.speaker_role,
    "Quote": lambda q: q.quote_text,
    "Type": lambda q: q.quote_type,
    "Cue": lambda q: q.cue,
    "Speaker as written": lambda q: q.speaker_text,
    "Suggested speaker": lambda q: q.suggested_speaker,
    "Flags": lambda q: ", ".join(q.flags),
    "Confidence": lambda q: q.confidence,
    "Title": lambda q: q.article_title,
    "Date": lambda q: q.article_date,
    "Dateline": lambda q: q.dateline,
    "Article ID": lambda q: q.article_id,
    "File": lambda q: q.source_file,
    "Quote start": lambda q: q.quote_start,
    "Quote end": lambda q: q.quote_end,
    "Context": lambda q: q.context,
    "Rule": lambda q: q.rule,
    REVIEW: None,
    NOTES: None,
}
QUOTE_HEADERS: tuple[str, ...] = tuple(_QUOTE_COLUMNS)
SPEAKER_HEADERS = ("Speaker", "Type", "Role", "Aliases", "Quotes", "Articles")
ARTICLE_HEADERS = ("Article ID", "File", "Title", "Date", "Dateline", "Quotes", "Characters")
AUDIT_HEADERS = (
    "Code", "Severity", "Article ID", QUOTE_ID, "Location", "Text", "Message", "Suggestion"
)
# Columns the tool rewrites on every run; anything else in Quotes belongs to a reviewer.
_TOOL_HEADERS = frozenset(QUOTE_HEADERS) - {REVIEW, NOTES}

REVIEW_CHOICES = ("correct", "wrong speaker", "wrong span", "not a quote", "needs check")
SPARE_ROWS = 200
LOW_CONFIDENCE = 0.5
EXCEL_MAX_CHARS = 32767
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

_WIDTHS = {
    QUOTE_ID: 14, "Article ID": 14, "Speaker": 28, "Speaker as written": 28,
    "Suggested speaker": 28, "Role": 28, "Quote": 80, "Context": 60, "Title": 40,
    "Message": 60, "Text": 40, "Suggestion": 30, "Flags": 24, "File": 30, "Notes": 40,
    "Review": 16, "Aliases": 40, "Articles": 40, "Location": 16, "Rule": 20,
}
_WRAPPED = frozenset({"Quote", "Context"})
_NUMBER_FORMATS = {"Confidence": "0.00"}
_FLAG_FILL = PatternFill(start_color="FFF2CC", end_color="FFF2CC", fill_type="solid")
_LOW_FILL = PatternFill(start_color="FCE4D6", end_color="FCE4D6", fill_type="solid")
_HEADER_FONT = Font(bold=True)
_TOP = Alignment(vertical="top")
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)


class RegisterError(Exception):
    """A register that cannot be read or replaced; raised before anything is overwritten."""


@dataclass
class RegisterSheets:
    """A register as plain tables: per sheet (in workbook order) its headers and its rows.

    Rows are dicts keyed by header with typed values (numbers stay numbers), so a caller can
    filter them (``quotes filter``) and hand them back to :func:`write_sheets`.
    """

    headers: dict[str, list[str]] = field(default_factory=dict)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        """Sheet names in workbook order."""
        return list(self.headers)

    def add(self, name: str, headers: Iterable[str], rows: list[dict[str, Any]]) -> None:
        """Append (or replace) a sheet; headers fix the column order when written."""
        self.headers[name] = list(headers)
        self.rows[name] = rows


# --------------------------------------------------------------------------- atomic writes


def atomic_write(path: PathLike, write: Callable[[Path], None]) -> None:
    """Call ``write(temp)`` on a temp file beside ``path``, then move it over ``path``.

    Same folder so ``os.replace`` is an atomic rename: readers (and a crash) see the old
    file or the new one, never half of one. The temp is removed if anything fails.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = _new_temp(target)
    try:
        write(temp)
        _fsync(temp)
        if target.exists():
            shutil.copymode(target, temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _new_temp(target: Path) -> Path:
    """Create an empty, uniquely named hidden temp file with the usual (umask) permissions."""
    while True:
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return temp


def _fsync(path: Path) -> None:
    """Flush the written file to disk so the rename cannot publish an empty file on a crash."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


# --------------------------------------------------------------------------- JSONL


def record_to_json(record: QuoteRecord) -> dict[str, Any]:
    """The JSONL object: contract fields first, in contract order, then the extras."""
    data = {name: getattr(record, name) for name in JSONL_FIELDS + JSONL_EXTRAS}
    data["flags"] = list(record.flags)
    return data


def write_jsonl(records: Iterable[QuoteRecord], path: PathLike) -> None:
    """Write one JSON object per line (UTF-8, readable non-ASCII), atomically."""

    def write(temp: Path) -> None:
        with temp.open("w", encoding="utf-8", newline="\n") as handle:
            for record in records:
                handle.write(json.dumps(record_to_json(record), ensure_ascii=False) + "\n")

    atomic_write(path, write)


# --------------------------------------------------------------------------- building rows


def quote_row(record: QuoteRecord) -> dict[str, Any]:
    """One Quotes-sheet row; Review and Notes start empty."""
    return {h: (get(record) if get else None) for h, get in _QUOTE_COLUMNS.items()}


def _row(headers: tuple[str, ...], values: tuple[Any, ...]) -> dict[str, Any]:
    """Pair a fixed header tuple with its values; strict so a missing column fails loudly."""
    return dict(zip(headers, values, strict=True))


def speaker_rows(speakers: Iterable[SpeakerSummary]) -> list[dict[str, Any]]:
    """Speakers rows, most quoted first so the people who matter most are on top."""
    ordered = sorted(speakers, key=lambda s: (-s.quote_count, s.name.casefold()))
    return [
        _row(SPEAKER_HEADERS, (s.name, s.type, s.role, "; ".join(s.aliases), s.quote_count,
                               "; ".join(s.articles)))
        for s in ordered
    ]


def article_rows(
    articles: Iterable[Article], quotes: Iterable[QuoteRecord]
) -> list[dict[str, Any]]:
    """Articles rows; the quote count comes from the register so it always agrees with it."""
    counts = Counter(q.article_id for q in quotes)
    return [
        _row(ARTICLE_HEADERS, (a.article_id, a.source_file, a.title, a.date, a.dateline,
                               counts[a.article_id], a.end - a.start))
        for a in articles
    ]


def _location(start: int | None, end: int | None) -> str | None:
    """Human-readable character span of a finding."""
    if start is None:
        return None
    return f"chars {start}\u2013{end}" if end is not None else f"char {start}"


def audit_rows(
    findings: Iterable[Finding], errors: Iterable[IngestError]
) -> list[dict[str, Any]]:
    """Audit rows: unreadable files first (READ_ERROR), then the findings."""
    rows = [
        _row(AUDIT_HEADERS, ("READ_ERROR", "error", e.source_file, None, None, None, e.message,
                             None))
        for e in errors
    ]
    rows += [
        _row(AUDIT_HEADERS, (f.code, f.severity, f.article_id, f.quote_id,
                             _location(f.start, f.end), f.text, f.message, f.suggestion))
        for f in findings
    ]
    return rows


def build_sheets(register: Register, previous: RegisterSheets | None = None) -> RegisterSheets:
    """All sheets of a register, with reviewers' work from ``previous`` carried over."""
    sheets = RegisterSheets()
    sheets.add(QUOTES, QUOTE_HEADERS, [quote_row(q) for q in register.quotes])
    sheets.add(SPEAKERS, SPEAKER_HEADERS, speaker_rows(register.speakers))
    sheets.add(ARTICLES, ARTICLE_HEADERS, article_rows(register.articles, register.quotes))
    sheets.add(AUDIT, AUDIT_HEADERS, audit_rows(register.findings, register.errors))
    if previous is not None:
        carry_over(sheets, previous)
    return sheets


# --------------------------------------------------------------------------- review carry-over


def _key(value: Any) -> str:
    """A Quote ID as typed in a cell (could be a number or padded) -> comparable string."""
    return "" if value is None else str(value).strip()


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def reviewer_headers(headers: Iterable[str]) -> list[str]:
    """Review, Notes and every column a person added (anything the tool does not own)."""
    return [h for h in headers if h not in _TOOL_HEADERS and h != REMOVED_ON]


def review_values(sheets: RegisterSheets) -> dict[str, dict[str, Any]]:
    """quote_id -> reviewer-owned values, from Quotes and (for vanished quotes) Removed.

    Quotes rows give every reviewer column; Removed rows give only their non-empty reviewer
    values, so a quote that comes back gets its review back without resurrecting empty
    columns.
    """
    review: dict[str, dict[str, Any]] = {}
    removed_headers = reviewer_headers(sheets.headers.get(REMOVED, []))
    for row in sheets.rows.get(REMOVED, []):
        values = {h: row.get(h) for h in removed_headers if not _blank(row.get(h))}
        if _key(row.get(QUOTE_ID)) and values:
            review[_key(row.get(QUOTE_ID))] = values
    quote_headers = reviewer_headers(sheets.headers.get(QUOTES, []))
    for row in sheets.rows.get(QUOTES, []):
        if _key(row.get(QUOTE_ID)):
            review[_key(row.get(QUOTE_ID))] = {h: row.get(h) for h in quote_headers}
    return review


def _check_register(previous: RegisterSheets, source: str) -> None:
    """Refuse to merge (and so to overwrite) a workbook that is not a quote register."""
    if QUOTE_ID not in previous.headers.get(QUOTES, []):
        raise RegisterError(
            f"{source}: not a quote register (no '{QUOTES}' sheet with a '{QUOTE_ID}' column)"
        )


def carry_over(sheets: RegisterSheets, previous: RegisterSheets) -> None:
    """Copy reviewer-owned values into the new Quotes rows and move vanished rows to Removed."""
    _check_register(previous, "previous register")
    review = review_values(previous)
    current = {_key(row[QUOTE_ID]) for row in sheets.rows[QUOTES]}
    added = [h for h in reviewer_headers(previous.headers[QUOTES]) if h not in (REVIEW, NOTES)]
    for row in sheets.rows[QUOTES]:
        values = review.get(_key(row[QUOTE_ID]), {})
        row.update(values)
        added += [h for h in values if h not in QUOTE_HEADERS and h not in added]
    sheets.headers[QUOTES] = list(QUOTE_HEADERS) + added
    _move_removed(sheets, previous, current)


def _move_removed(sheets: RegisterSheets, previous: RegisterSheets, current: set[str]) -> None:
    """Build the Removed sheet: old Removed rows plus previous Quotes rows that vanished.

    Deduplicated by Quote ID, latest wins; a Removed row whose quote is produced again is
    dropped only when its values were restored into Quotes (i.e. Quotes did not have it).
    """
    previous_ids = {_key(r.get(QUOTE_ID)) for r in previous.rows[QUOTES]}
    today = dt.date.today().isoformat()
    kept: dict[Any, dict[str, Any]] = {}
    for number, row in enumerate(previous.rows.get(REMOVED, [])):
        key = _key(row.get(QUOTE_ID))
        if key in current and key not in previous_ids:
            continue  # restored into Quotes
        kept[key or ("row", number)] = row
    for number, row in enumerate(previous.rows[QUOTES]):
        key = _key(row.get(QUOTE_ID))
        if key in current:
            continue
        kept.pop(key, None)
        kept[key or ("new", number)] = {**row, REMOVED_ON: today}
    if not kept:
        return
    headers = previous.headers.get(REMOVED, []) + previous.headers[QUOTES]
    ordered = [h for h in dict.fromkeys(headers) if h != REMOVED_ON] + [REMOVED_ON]
    sheets.add(REMOVED, ordered, list(kept.values()))


# --------------------------------------------------------------------------- reading


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
            headers, rows = _read_table(list(worksheet.iter_rows(values_only=True)))
            sheets.add(worksheet.title, headers, rows)
        return sheets
    finally:
        workbook.close()


def _read_table(values: list[tuple[Any, ...]]) -> tuple[list[str], list[dict[str, Any]]]:
    """First row = headers, the rest = rows keyed by header."""
    if not values:
        return [], []
    width = max(len(v) for v in values)
    raw = list(values[0]) + [None] * (width - len(values[0]))
    body = [v for v in values[1:] if not all(_blank(x) for x in v)]
    used = [any(i < len(v) and not _blank(v[i]) for v in body) for i in range(width)]
    headers: list[str] = []
    columns: list[int] = []
    for index, header in enumerate(raw):
        if _blank(header) and not used[index]:
            continue
        name = f"Column {get_column_letter(index + 1)}" if _blank(header) else str(header).strip()
        headers.append(_unique(name, headers))
        columns.append(index)
    rows = [{h: (v[i] if i < len(v) else None) for h, i in zip(headers, columns, strict=True)}
            for v in body]
    return headers, rows


def _unique(name: str, taken: list[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``... if a column already has it."""
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def read_review(path: PathLike) -> dict[str, dict[str, Any]]:
    """quote_id -> {header: value} of every reviewer-owned column of a register."""
    return review_values(read_workbook(path))


def _read_previous(previous: PathLike | None) -> RegisterSheets | None:
    """The previous register if there is one; a missing file just means a first run."""
    if previous is None or not Path(previous).exists():
        return None
    sheets = read_workbook(previous)
    _check_register(sheets, str(previous))
    return sheets


# --------------------------------------------------------------------------- writing


def write_workbook(register: Register, path: PathLike, previous: PathLike | None = None) -> None:
    """Write the Excel register atomically, keeping reviewers' work from ``previous``.

    ``previous`` is read completely before anything is written, so an unreadable previous
    register raises RegisterError and leaves every file as it was.
    """
    write_sheets(build_sheets(register, _read_previous(previous)), path)


def write_sheets(sheets: RegisterSheets, path: PathLike) -> None:
    """Write tables as a formatted register (atomic); used for full and filtered registers."""
    workbook = _workbook(sheets)
    try:
        atomic_write(path, lambda temp: workbook.save(temp))
    except PermissionError as exc:
        raise RegisterError(f"cannot replace {path} (is it open in Excel?): {exc}") from exc


def _workbook(sheets: RegisterSheets) -> Workbook:
    """Build the openpyxl workbook: tables, then the sheet-specific extras."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name in sheets.names:
        worksheet = workbook.create_sheet(name)
        _write_table(worksheet, sheets.headers[name], sheets.rows[name])
        if name == QUOTES:
            _decorate_quotes(worksheet, sheets.headers[name], len(sheets.rows[name]))
    if AUDIT in sheets.headers:
        _link_audit(workbook[AUDIT], sheets)
    if not sheets.names:
        workbook.create_sheet(QUOTES)
    return workbook


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
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))[:EXCEL_MAX_CHARS]
    cell.value = text
    cell.data_type = "s"
    if text.startswith(_FORMULA_TRIGGERS):
        cell.quotePrefix = True


def _write_table(worksheet: Worksheet, headers: list[str], rows: list[dict[str, Any]]) -> None:
    """Header row (bold, frozen, autofilter), data rows, widths, wrapping, number formats."""
    for column, header in enumerate(headers, 1):
        cell = worksheet.cell(row=1, column=column)
        set_cell(cell, header)
        cell.font = _HEADER_FONT
    for row_number, row in enumerate(rows, 2):
        for column, header in enumerate(headers, 1):
            cell = worksheet.cell(row=row_number, column=column)
            set_cell(cell, row.get(header))
            cell.alignment = _TOP_WRAP if header in _WRAPPED else _TOP
            if header in _NUMBER_FORMATS:
                cell.number_format = _NUMBER_FORMATS[header]
    for column, header in enumerate(headers, 1):
        width = _WIDTHS.get(header, max(12, len(header) + 4))
        worksheet.column_dimensions[get_column_letter(column)].width = width
    worksheet.freeze_panes = "A2"
    if headers:
        last = get_column_letter(len(headers))
        worksheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"


def _column(headers: list[str], header: str) -> str | None:
    """Column letter of a header, or None if the sheet does not have it."""
    return get_column_letter(headers.index(header) + 1) if header in headers else None


def _decorate_quotes(worksheet: Worksheet, headers: list[str], count: int) -> None:
    """Review dropdown and highlighting of flagged / low-confidence quotes."""
    review = _column(headers, REVIEW)
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
    confidence = _column(headers, "Confidence")
    if confidence:  # added first: wins over the row fill on the Confidence cell
        worksheet.conditional_formatting.add(
            f"{confidence}2:{confidence}{last_row}",
            FormulaRule(
                formula=[f"AND(ISNUMBER(${confidence}2),${confidence}2<{LOW_CONFIDENCE})"],
                fill=_LOW_FILL,
            ),
        )
    flags = _column(headers, "Flags")
    if flags:
        worksheet.conditional_formatting.add(
            f"A2:{last}{last_row}", FormulaRule(formula=[f"LEN(${flags}2)>0"], fill=_FLAG_FILL)
        )


def _link_audit(worksheet: Worksheet, sheets: RegisterSheets) -> None:
    """Make each Audit Quote ID a link to that quote's row in Quotes (if it is there)."""
    audit_column = _column(sheets.headers[AUDIT], QUOTE_ID)
    if not audit_column or QUOTE_ID not in sheets.headers.get(QUOTES, []):
        return
    rows: dict[str, int] = {}
    for number, row in enumerate(sheets.rows[QUOTES], 2):
        rows.setdefault(_key(row.get(QUOTE_ID)), number)
    rows.pop("", None)  # findings without a quote link nowhere
    for number, row in enumerate(sheets.rows[AUDIT], 2):
        target = rows.get(_key(row.get(QUOTE_ID)))
        if target:
            cell = worksheet[f"{audit_column}{number}"]
            cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{QUOTES}'!A{target}")
            cell.style = "Hyperlink"
