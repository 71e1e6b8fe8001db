"""Write a run's outputs (JSONL and the Excel quote register) and read a register back.

The register is a working document: fact-checkers filter it, mark attributions in
``Review``/``Notes``, add columns, sheets, comments and colours of their own. So a re-run
carries all of that over (``merge``), lays the sheets out for reading and printing
(``layout``, ``summary``), and replaces the file only atomically and only when that is safe
(``files``, ``workbook``): never a register open in Excel, read-only or unreadable, and never
over a reviewer's save made during the run.
"""

from .files import PathLike, atomic_write, clean_stale_temps, protection, same_file
from .jsonl import JSONL_EXTRAS, JSONL_FIELDS, RUN_ID, record_to_json, write_jsonl
from .layout import set_cell
from .merge import MergeReport
from .reading import RegisterError, read_review, read_workbook
from .rows import build_sheets, clean_aliases, proper_case
from .tables import (
    ARTICLE_HEADERS,
    ARTICLES,
    AUDIT,
    AUDIT_HEADERS,
    GO_TO,
    INFO,
    NOTES,
    QUOTE_HEADERS,
    QUOTE_ID,
    QUOTES,
    REMOVED,
    REMOVED_ON,
    REVIEW,
    REVIEW_CHOICES,
    SPEAKER_HEADERS,
    SPEAKERS,
    SUMMARY,
    RegisterSheets,
)
from .workbook import RegisterTarget, WriteReport, new_run_id, write_sheets, write_workbook

__all__ = [
    "ARTICLES", "ARTICLE_HEADERS", "AUDIT", "AUDIT_HEADERS", "GO_TO", "INFO", "JSONL_EXTRAS",
    "JSONL_FIELDS", "NOTES", "QUOTES", "QUOTE_HEADERS", "QUOTE_ID", "REMOVED", "REMOVED_ON",
    "REVIEW", "REVIEW_CHOICES", "RUN_ID", "SPEAKERS", "SPEAKER_HEADERS", "SUMMARY",
    "MergeReport", "PathLike", "RegisterError", "RegisterSheets", "RegisterTarget",
    "WriteReport", "atomic_write", "build_sheets", "clean_aliases", "clean_stale_temps",
    "new_run_id", "proper_case", "protection", "read_review", "read_workbook", "record_to_json",
    "same_file", "set_cell", "write_jsonl", "write_sheets", "write_workbook",
]  # fmt: skip
