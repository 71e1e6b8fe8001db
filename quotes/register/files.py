"""Writing files without ever hurting the one already there.

Every output is written to a hidden temp file beside its target and renamed over it, so a crash
or a kill leaves the old file or the new one, never half of one. Temps a killed run left behind
are recognised by the tool's own name pattern and removed once they are clearly stale. A target
the user has protected (read-only) or has open in Excel or LibreOffice (lock file beside it) is
never replaced: the caller is told, and writes beside it instead.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import shutil
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PathLike = str | os.PathLike[str]

STALE_TEMP_SECONDS = 3600  # a save takes seconds; a temp this old belongs to a killed run
_TEMP_SUFFIX = re.compile(r"\.[0-9a-f]{8}\.tmp")


@dataclass(frozen=True)
class FileState:
    """What a file looked like when it was read: enough to notice that someone saved it since."""

    mtime_ns: int
    size: int

    @classmethod
    def of(cls, path: PathLike) -> FileState | None:
        """The file's state now, or None if it does not exist."""
        try:
            info = os.stat(path)
        except FileNotFoundError:
            return None
        return cls(info.st_mtime_ns, info.st_size)


class TargetChanged(Exception):
    """The target was saved by someone else after it was read; raised before replacing it."""


def atomic_write(
    path: PathLike,
    write: Callable[[Path], None],
    guard: Callable[[], None] | None = None,
) -> None:
    """Call ``write(temp)`` on a temp file beside ``path``, then move it over ``path``.

    Same folder so ``os.replace`` is an atomic rename: readers (and a crash) see the old
    file or the new one, never half of one. ``guard`` runs after the temp is complete and just
    before the rename, so a last check (has a reviewer saved meanwhile?) can still stop it.
    The temp is removed if anything fails.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_stale_temps(target)
    temp = _new_temp(target)
    try:
        write(temp)
        _fsync(temp)
        if target.exists():
            shutil.copymode(target, temp)
        if guard is not None:
            guard()
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def temp_name_pattern(target: Path) -> re.Pattern[str]:
    """The names this tool gives temps for ``target``: ``.NAME.<8 hex>.tmp``."""
    return re.compile(re.escape(f".{target.name}") + _TEMP_SUFFIX.pattern + r"\Z")


def clean_stale_temps(target: Path, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Remove temps of ``target`` left by killed runs (only our own pattern, only old ones)."""
    pattern = temp_name_pattern(target)
    cutoff = time.time() - older_than
    removed = []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return removed
    for entry in entries:
        if not pattern.match(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue  # someone else's file or already gone: never fatal
    return removed


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


# --------------------------------------------------------------------------- protected targets


def lock_files(target: Path) -> list[Path]:
    """Lock files Excel (``~$NAME``) or LibreOffice (``.~lock.NAME#``) keep while it is open."""
    names = (f"~${target.name}", f".~lock.{target.name}#")
    return [target.with_name(name) for name in names if target.with_name(name).exists()]


def is_read_only(target: Path) -> bool:
    """A file the user marked read-only (no write bit), even when running as root."""
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return False
    writable = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    return not (mode & writable) or not os.access(target, os.W_OK)


def protection(target: Path) -> str | None:
    """Why ``target`` must not be replaced (open in Excel, read-only), or None."""
    locks = lock_files(target)
    if locks:
        return f"{target} is open in a spreadsheet program (lock file {locks[0].name})"
    if is_read_only(target):
        return f"{target} is read-only"
    return None


def beside(target: Path, now: dt.datetime | None = None) -> Path:
    """A free name next to ``target``: ``NAME (new 2026-11-21 1530).xlsx``."""
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d %H%M")
    candidate = target.with_name(f"{target.stem} (new {stamp}){target.suffix}")
    number = 1
    while candidate.exists():
        number += 1
        candidate = target.with_name(f"{target.stem} (new {stamp} {number}){target.suffix}")
    return candidate


def same_file(a: PathLike, b: PathLike) -> bool:
    """Whether two paths name one file (existing files compared by inode, others by path)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)
