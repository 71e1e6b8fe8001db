"""Write the Excel register: merge the reviewer's work in, then replace the file safely.

The previous register is read completely when the run starts (``RegisterTarget``). Just before
the new one replaces it, the file is looked at again: if a reviewer saved it meanwhile, it is
read again and merged again, so their late notes are kept. A register that is open in Excel,
read-only or not a readable register is never replaced: the new one is written beside it, and
the caller is told where.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

from .. import __version__
from ..model import Register
from .files import FileState, PathLike, TargetChanged, atomic_write, beside, protection
from .formulas import translate
from .layout import decorate_quotes, link_rows, set_cell, style_links, write_table
from .merge import MergeReport, merge_reviews
from .reading import Previous, RegisterError, load_previous, pictures_would_be_lost
from .rows import build_sheets
from .sheet_rules import carry_sheet_rules
from .side_sheets import merge_side_sheets
from .summary import write_summary
from .tables import (
    ARTICLES,
    AUDIT,
    INFO,
    QUOTE_ID,
    QUOTES,
    REMOVED,
    SPEAKERS,
    SUMMARY,
    TOOL_HEADERS,
    RegisterSheets,
    is_tool_sheet,
    reviewer_looks,
)

MAX_MERGES = 3  # a reviewer saving again and again during one write is not worth chasing further
MAIN_SHEETS = (QUOTES, SPEAKERS, ARTICLES, AUDIT, SUMMARY)


def new_run_id(now: dt.datetime | None = None) -> str:
    """A short id shared by the workbook and JSONL of one run: UTC time plus random bits."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


@dataclass
class WriteReport:
    """Where the register went and what happened to the reviewer's work on the way."""

    path: Path
    requested: Path
    reason: str | None = None  # why it was written beside the requested path
    merge: MergeReport = field(default_factory=MergeReport)
    late_saves: int = 0  # saves a reviewer made during the run, merged in

    @property
    def beside(self) -> bool:
        return self.path != self.requested


class RegisterTarget:
    """The register a run will write, with its previous version read at the start of the run."""

    def __init__(self, path: PathLike, previous: PathLike | None = None) -> None:
        self.path = Path(path)
        self.previous_path = Path(previous) if previous is not None else None
        self.reason = protection(self.path)
        self.state = FileState.of(self.path)
        self.previous: Previous | None = None
        if self.previous_path is not None and self.previous_path.exists():
            try:
                self.previous = load_previous(self.previous_path)
            except RegisterError as exc:
                if self.previous_path != self.path:
                    raise
                self.reason = self.reason or str(exc)
            if self.previous is not None and pictures_would_be_lost(self.previous_path):
                self.reason = self.reason or (
                    f"{self.previous_path} holds pictures this installation cannot copy "
                    "(install Pillow to keep them)"
                )

    def write(self, register: Register, run_id: str | None = None,
              pages: Mapping[str, str] | None = None) -> WriteReport:
        """Merge and write; a reviewer's save made since the start is merged in first.

        ``pages`` maps quote ids to where the HTML review pages show them (relative to the
        workbook's folder): each row's ``Quote ID`` then links there.
        """
        self.reason = self.reason or protection(self.path)  # opened in Excel meanwhile?
        destination = beside(self.path) if self.reason else self.path
        report = WriteReport(destination, self.path, self.reason)
        for _ in range(MAX_MERGES):
            if self._changed():
                self._reload()
                report.late_saves += 1
            workbook, report.merge = compose(register, self.previous, run_id, pages)
            guard = self._guard if destination == self.path else None
            try:
                save(workbook, destination, guard)
                return report
            except TargetChanged:
                continue
        report.path = beside(self.path)
        report.reason = f"{self.path} kept changing while it was being written"
        self._reload()
        save(compose(register, self.previous, run_id, pages)[0], report.path, None)
        return report

    def _changed(self) -> bool:
        return FileState.of(self.path) != self.state

    def _guard(self) -> None:
        if self._changed():
            raise TargetChanged(str(self.path))

    def _reload(self) -> None:
        """Read the register again, as the reviewer last saved it."""
        self.state = FileState.of(self.path)
        if self.previous_path is not None and self.previous_path.exists():
            self.previous = load_previous(self.previous_path)
        else:
            self.previous = None


def write_workbook(
    register: Register,
    path: PathLike,
    previous: PathLike | None = None,
    run_id: str | None = None,
) -> WriteReport:
    """Write the Excel register, keeping reviewers' work from ``previous``."""
    return RegisterTarget(path, previous).write(register, run_id)


def compose(
    register: Register, previous: Previous | None, run_id: str | None,
    pages: Mapping[str, str] | None = None,
) -> tuple[Workbook, MergeReport]:
    """The new workbook: the tool's sheets (reviewer's work merged in) and the reviewer's own."""
    sheets = build_sheets(register)
    report = MergeReport()
    if previous is not None:
        report = merge_reviews(sheets, previous.sheets)
        report.side_rows = merge_side_sheets(sheets, previous.sheets)
        for name in sheets.names:
            sheets.looks[name] = reviewer_looks(previous.sheets, name)
    workbook = previous.workbook if previous is not None else Workbook()
    old_quotes = _old_quotes_sheet(workbook) if previous is not None else None
    _drop_tool_sheets(workbook)
    fill_workbook(workbook, sheets, run_id, counts=_counts(register))
    if pages:
        link_quote_pages(workbook[QUOTES], pages)
    if previous is not None:
        _move_added_sheet_formulas(workbook, previous, report)
        if old_quotes is not None:
            carry_sheet_rules(workbook[QUOTES], old_quotes, previous.sheets.columns.get(QUOTES, {}),
                              sheets.headers[QUOTES], TOOL_HEADERS, len(sheets.rows[QUOTES]))
    return workbook, report


def link_quote_pages(worksheet, pages: Mapping[str, str]) -> None:  # noqa: ANN001
    """Make each ``Quote ID`` cell a link to the quote on its HTML review page.

    The id cell, not the quote, carries the link: a reviewer clicks the quote to read it and
    would otherwise be sent to a browser every time.
    """
    header = [cell.value for cell in worksheet[1]]
    if QUOTE_ID not in header:
        return
    column = header.index(QUOTE_ID) + 1
    for row in range(2, worksheet.max_row + 1):
        cell = worksheet.cell(row=row, column=column)
        href = pages.get(cell.value) if isinstance(cell.value, str) else None
        if href:
            cell.hyperlink = href
            cell.style = "Hyperlink"


def _old_quotes_sheet(workbook: Workbook):  # noqa: ANN202
    """The previous Quotes sheet, kept aside to copy the reviewer's rules from."""
    return workbook[QUOTES] if QUOTES in workbook.sheetnames else None


def _counts(register: Register) -> dict[str, int]:
    return {"Articles": len(register.articles), "Quotes": len(register.quotes),
            "Files that failed": len(register.errors)}


def _drop_tool_sheets(workbook: Workbook) -> None:
    """Remove the sheets the tool rewrites (and openpyxl's empty default sheet)."""
    for worksheet in list(workbook.worksheets):
        if is_tool_sheet(worksheet) or (
            worksheet.title == "Sheet" and len(workbook.worksheets) == 1
            and worksheet.max_row == 1 and worksheet["A1"].value is None
        ):
            workbook.remove(worksheet)


def fill_workbook(
    workbook: Workbook,
    sheets: RegisterSheets,
    run_id: str | None = None,
    counts: dict[str, int] | None = None,
) -> None:
    """Write the tool's sheets into ``workbook`` (which holds only the reviewer's sheets)."""
    added = list(workbook.worksheets)
    link_rows(sheets)
    created = {}
    for name in sheets.names:
        if name in (SUMMARY, INFO):
            continue  # regenerated below, never copied
        worksheet = workbook.create_sheet(name)
        write_table(worksheet, sheets.headers[name], sheets.rows[name], sheets.row_extras(name),
                    sheets.looks.get(name))
        style_links(worksheet, sheets.headers[name], sheets.rows[name])
        if name == QUOTES:
            decorate_quotes(worksheet, sheets.headers[name], len(sheets.rows[name]))
        created[name] = worksheet
    if QUOTES in sheets.headers:
        created[SUMMARY] = workbook.create_sheet(SUMMARY)
        write_summary(created[SUMMARY], sheets)
    if run_id is not None:
        created[INFO] = _info_sheet(workbook, run_id, counts or {})
    order = [created[n] for n in MAIN_SHEETS if n in created]
    order += [s for n, s in created.items() if n not in MAIN_SHEETS and n not in (REMOVED, INFO)]
    order += added + [created[n] for n in (REMOVED, INFO) if n in created]
    if not order:
        order = [workbook.create_sheet(QUOTES)]
    workbook._sheets = order  # noqa: SLF001 - openpyxl has no public reorder-all
    workbook.active = 0
    for index, worksheet in enumerate(order):
        worksheet.sheet_view.tabSelected = index == 0
    workbook.calculation.fullCalcOnLoad = True  # links and live counts show on opening


def _info_sheet(workbook: Workbook, run_id: str, counts: dict[str, int]):  # noqa: ANN202
    """A hidden sheet naming the run; the JSONL of the same run carries the same id."""
    worksheet = workbook.create_sheet(INFO)
    rows = [("Run id", run_id), ("Written", dt.datetime.now().replace(microsecond=0)),
            ("Tool version", f"quotes {__version__}"), *counts.items()]
    for number, (key, value) in enumerate(rows, 1):
        set_cell(worksheet.cell(row=number, column=1), key)
        set_cell(worksheet.cell(row=number, column=2), value)
    worksheet["B2"].number_format = "yyyy-mm-dd hh:mm"
    worksheet.column_dimensions["A"].width = 18
    worksheet.column_dimensions["B"].width = 30
    worksheet.sheet_state = "hidden"
    return worksheet


def _move_added_sheet_formulas(
    workbook: Workbook, previous: Previous, report: MergeReport
) -> None:
    """Formulas in the reviewer's own sheets, and names they defined, that read the Quotes sheet
    follow its new layout."""
    for name in previous.added_sheets:
        if name not in workbook.sheetnames:
            continue
        for row in workbook[name].iter_rows():
            for cell in row:
                if cell.data_type == "f" and isinstance(cell.value, str):
                    cell.value = translate(cell.value, report.moves, QUOTES, inside=False)
    for defined in workbook.defined_names.values():  # a named range over a Quotes column
        if isinstance(defined.attr_text, str) and defined.attr_text:
            moved = translate(f"={defined.attr_text}", report.moves, QUOTES, inside=False)
            defined.attr_text = moved[1:]


def save(workbook: Workbook, path: Path, guard) -> None:  # noqa: ANN001
    """Save atomically; a file we may not replace is a RegisterError, not a traceback."""
    try:
        atomic_write(path, lambda temp: workbook.save(temp), guard)
    except PermissionError as exc:
        raise RegisterError(f"cannot replace {path} (is it open in Excel?): {exc}") from exc


def write_sheets(sheets: RegisterSheets, path: PathLike, run_id: str | None = None) -> None:
    """Write tables as a formatted register (atomic); used for filtered registers."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    fill_workbook(workbook, sheets, run_id)
    save(workbook, Path(path), None)
