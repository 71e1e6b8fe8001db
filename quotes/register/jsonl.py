"""The JSONL output: one quote per line, contract fields first, in contract order."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..model import QuoteRecord
from .files import PathLike, atomic_write

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
# Last on every line when the run has an id: the same id is in the workbook's Info sheet, so a
# JSONL and a workbook from different runs can be told apart.
RUN_ID = "run_id"


def record_to_json(record: QuoteRecord, run_id: str | None = None) -> dict[str, Any]:
    """The JSONL object: contract fields first, in contract order, then the extras."""
    data = {name: getattr(record, name) for name in JSONL_FIELDS + JSONL_EXTRAS}
    data["flags"] = list(record.flags)
    if run_id is not None:
        data[RUN_ID] = run_id
    return data


def json_line(data: dict[str, Any]) -> str:
    """Readable UTF-8 JSON; a line holding a lone surrogate (an undecodable file name, a bad
    JSON escape in the input) is written with ASCII escapes instead, so it stays valid JSON."""
    line = json.dumps(data, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(data, ensure_ascii=True)
    return line


def write_jsonl(
    records: Iterable[QuoteRecord], path: PathLike, run_id: str | None = None
) -> None:
    """Write one JSON object per line (UTF-8, readable non-ASCII), atomically."""

    def write(temp: Path) -> None:
        with temp.open("w", encoding="utf-8", newline="\n") as handle:
            for record in records:
                handle.write(json_line(record_to_json(record, run_id)) + "\n")

    atomic_write(path, write)
