"""Rules are data: this module finds and reads the files in ``rules/``.

The files ship inside the wheel as ``quotes/rules`` (package data, found with
``importlib.resources``); in a source checkout they are read from the top-level ``rules/``
folder. A user can add their own folder (``--rules DIR`` or ``QUOTES_RULES``): a file there
with the same name as a built-in one is read *after* it, so its entries extend the built-ins.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

ENV_VAR = "QUOTES_RULES"


class RuleError(ValueError):
    """A rules file that cannot be read; the message names the file and line."""


def builtin_rules_dir() -> Path:
    """The packaged rules folder, or the repository's ``rules/`` in a source checkout."""
    packaged = resources.files("quotes").joinpath("rules")
    if packaged.is_dir():
        return Path(str(packaged))
    source_tree = Path(__file__).resolve().parent.parent / "rules"
    if source_tree.is_dir():
        return source_tree
    raise RuleError("the rules folder is missing: reinstall the quotes package")


def rule_dirs(extra: str | os.PathLike[str] | None = None) -> list[Path]:
    """Built-in rules first, then the user's folder(s), if any."""
    dirs = [builtin_rules_dir()]
    for candidate in (os.environ.get(ENV_VAR), extra):
        if candidate:
            path = Path(candidate)
            if not path.is_dir():
                raise RuleError(f"rules folder not found: {path}")
            dirs.append(path)
    return dirs


def _iter_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line or line.startswith("//") or line.startswith("#"):
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RuleError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
            if not isinstance(entry, dict):
                raise RuleError(f"{path}:{number}: each line must be a JSON object")
            yield entry


@cache
def _load(name: str, extra: str | None, env: str | None) -> tuple[dict[str, Any], ...]:
    entries: list[dict[str, Any]] = []
    found = False
    for folder in rule_dirs(extra):
        path = folder / name
        if path.is_file():
            found = True
            entries.extend(_iter_jsonl(path))
    if not found:
        raise RuleError(f"rules file {name!r} not found in {', '.join(map(str, rule_dirs(extra)))}")
    return tuple(entries)


def load_rules(name: str, extra: str | os.PathLike[str] | None = None) -> list[dict[str, Any]]:
    """All entries of ``rules/<name>`` (built-in, then user extensions), as dicts."""
    return [
        dict(entry)
        for entry in _load(name, str(extra) if extra else None, os.environ.get(ENV_VAR))
    ]
