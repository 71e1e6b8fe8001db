"""Carry a reviewer's columns, comments and fills on Speakers, Articles and Audit.

A reviewer marks speakers as verified, notes who to call about an article, or ticks off audit
findings. Those sheets are rebuilt on every run, so each old row finds its new row by what it
describes (the speaker's name; the article's content key or file; the finding's code, quote and
place) and brings along every column the tool does not own. A row whose subject is gone is
kept at the end of the sheet, as it was: nothing a reviewer typed is dropped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..model import name_key
from .formulas import FIRST_DATA_ROW, ReferenceMap, translate
from .tables import (
    ARTICLE_HEADERS,
    ARTICLE_KEY,
    ARTICLES,
    AUDIT,
    AUDIT_HEADERS,
    QUOTE_ID,
    SPEAKER_HEADERS,
    SPEAKERS,
    CellExtra,
    RegisterSheets,
    blank,
    key_of,
    reviewer_extras,
)

Keys = Callable[[dict[str, Any]], list[tuple[Any, ...]]]


def _file_name(value: Any) -> str:
    return re.split(r"[\\/]", str(value or ""))[-1]


def speaker_keys(row: dict[str, Any]) -> list[tuple[Any, ...]]:
    name = name_key(str(row.get("Speaker") or ""))
    return [("speaker", name)] if name else []


def article_keys(row: dict[str, Any]) -> list[tuple[Any, ...]]:
    keys: list[tuple[Any, ...]] = []
    if not blank(row.get(ARTICLE_KEY)):
        keys.append(("key", str(row[ARTICLE_KEY]).strip()))
    article = str(row.get("Article ID") or "")
    if article:
        keys.append(("file", _file_name(article)))
    return keys


def finding_keys(row: dict[str, Any]) -> list[tuple[Any, ...]]:
    code, place, text = row.get("Code"), row.get("Location"), row.get("Text")
    keys: list[tuple[Any, ...]] = []
    if key_of(row.get(QUOTE_ID)):
        keys.append(("quote", code, key_of(row.get(QUOTE_ID)), place, text))
    keys.append(("article", code, _file_name(row.get("Article ID")), place, text,
                 row.get("Message")))
    return keys


@dataclass(frozen=True)
class SideSheet:
    name: str
    tool_headers: frozenset[str]
    keys: Keys


SIDE_SHEETS = (
    SideSheet(SPEAKERS, frozenset(SPEAKER_HEADERS), speaker_keys),
    SideSheet(ARTICLES, frozenset(ARTICLE_HEADERS), article_keys),
    SideSheet(AUDIT, frozenset(AUDIT_HEADERS), finding_keys),
)


def merge_side_sheets(sheets: RegisterSheets, previous: RegisterSheets) -> int:
    """Carry reviewer work on every side sheet; returns how many old rows carried some."""
    return sum(_merge(sheets, previous, spec) for spec in SIDE_SHEETS)


def _unique_index(rows: list[dict[str, Any]], keys: Keys) -> dict[tuple[Any, ...], int]:
    found: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        for key in keys(row):
            found[key].append(index)
    return {key: indexes[0] for key, indexes in found.items() if len(indexes) == 1}


def _merge(sheets: RegisterSheets, previous: RegisterSheets, spec: SideSheet) -> int:
    if spec.name not in previous.headers or spec.name not in sheets.headers:
        return 0
    owned = [h for h in previous.headers[spec.name] if h not in spec.tool_headers]
    old_rows = previous.rows[spec.name]
    old_extras = [reviewer_extras(e, owned) for e in previous.row_extras(spec.name)]
    numbers = previous.sheet_rows.get(spec.name) or [None] * len(old_rows)
    worked = [
        (row, extra, number)
        for row, extra, number in zip(old_rows, old_extras, numbers, strict=True)
        if extra or any(not blank(row.get(h)) for h in owned)
    ]
    if not worked:
        return 0
    new_rows = sheets.rows[spec.name]
    new_extras = sheets.row_extras(spec.name)
    index = _unique_index(new_rows, spec.keys)
    taken: set[int] = set()
    origins: dict[int, int] = {}
    for row, extra, number in worked:
        target = next((index[k] for k in spec.keys(row) if k in index), None)
        if target is None or target in taken:
            new_rows.append({h: row.get(h) for h in [*spec.tool_headers, *owned]})
            new_extras.append(dict(extra))
            target = len(new_rows) - 1
        else:
            new_rows[target].update({h: row.get(h) for h in owned})
            new_extras[target] = dict(extra)
        taken.add(target)
        if number is not None:
            origins[number] = target + FIRST_DATA_ROW
    headers = list(sheets.headers[spec.name]) + [
        h for h in owned if h not in sheets.headers[spec.name]]
    _move_formulas(spec.name, previous, headers, new_rows, new_extras, origins)
    sheets.add(spec.name, headers, new_rows, new_extras)
    return len(worked)


def _move_formulas(
    name: str,
    previous: RegisterSheets,
    headers: list[str],
    rows: list[dict[str, Any]],
    extras: list[dict[str, CellExtra]],
    origins: dict[int, int],
) -> None:
    """The reviewer's formulas on this sheet follow its new columns and rows."""
    moves = ReferenceMap(rows=origins, old_last_row=max(previous.sheet_rows.get(name) or [1]),
                         new_last_row=len(rows) + 1)
    for header, column in previous.columns.get(name, {}).items():
        if header in headers:
            moves.columns[column] = headers.index(header) + 1
    for row, extra in zip(rows, extras, strict=True):
        for header, cell in extra.items():
            value = row.get(header)
            if cell.formula and isinstance(value, str) and value.startswith("="):
                row[header] = translate(value, moves, name, inside=True)
