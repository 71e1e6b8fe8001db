"""Read news articles from .txt, .md, .html, .json, .jsonl and .csv files.

Every later stage runs spaCy on ``Article.body`` and adds ``Article.start`` to get offsets into
``Article.source_text``, the text a fact-checker opens to check a quote. So page furniture
(share buttons, time stamps, headlines, captions, datelines) is never cut out of the body, only
overwritten with spaces, and every newline is kept: ``len(body) == end - start`` always.

Bad input never raises: a missing, binary, empty or malformed file (or record) becomes an
``IngestError`` with a plain-language message, and the run goes on with the other files.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import stat
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date as _date
from html.parser import HTMLParser
from typing import Any

from quotes.datelines import story_start, wire_datelines
from quotes.model import Article, IngestError, fold
from quotes.rules import FurnitureRule, RuleSet, read_rules, rule_dirs

SUPPORTED_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv")
TEXT_FIELDS = ("text", "body", "content", "article", "story", "full_text")
TITLE_FIELDS = ("title", "headline", "name")
DATE_FIELDS = ("date", "published", "publish_date", "published_at", "pubdate", "datetime")
URL_FIELDS = ("url", "link", "source_url")
ID_FIELDS = ("id",)
RECORD_LIST_KEYS = ("articles", "items", "data", "records")

HEADER_LINES = 12  # non-blank lines at the top of an article that may hold header material
STAMP_LOOKAHEAD = 6  # a headline's date stamp follows within this many non-blank lines
HEADLINE_MAX_WORDS = 25
MIN_HEADLINE_COPY_WORDS = 4  # a shorter line inside the headline may be a section heading
BULLETS = "–—•·▪*-●◦"
MAX_FILE_BYTES = 64 * 1024 * 1024  # larger files are refused before they are read into memory
STRAY_NUL_SHARE = 0.05  # up to 5% NUL bytes is damaged text; more is UTF-16/32 or binary

Blank = tuple[int, int]  # a [start, end) range of source offsets to overwrite with spaces


class _Unreadable(Exception):
    """Internal: a file that cannot be turned into text; the message is shown to the user."""


# --------------------------------------------------------------------------- discovery


def discover_files(paths: Sequence[str]) -> list[str]:
    """Expand files and folders into the list of files to read, in a stable order.

    Folders are walked recursively (sorted, hidden entries skipped, supported extensions only)
    because users point the tool at a whole download folder. A file named explicitly is always
    taken, and a path that does not exist is kept so reading it reports the problem.
    """
    found: list[str] = []
    seen: set[str] = set()
    for path in paths:
        candidates = _walk_folder(path) if os.path.isdir(path) else [path]
        for candidate in candidates:
            key = os.path.normcase(os.path.abspath(candidate))
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def _walk_folder(folder: str) -> list[str]:
    """Supported, non-hidden files under ``folder``, joined onto the folder as typed."""
    found = []
    for root, dirnames, filenames in os.walk(folder):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        for name in filenames:
            if not name.startswith(".") and name.lower().endswith(SUPPORTED_EXTENSIONS):
                found.append(os.path.join(root, name))
    return sorted(found)


def iter_articles(
    paths: Sequence[str], furniture: Furniture | None = None
) -> Iterator[Article | IngestError]:
    """Articles (and errors) from every file, one file at a time, so memory stays flat.

    ``furniture`` comes from the pipeline's ``RuleSet`` (``Furniture.of(rules)``); without
    one, the built-in rules (and ``QUOTES_RULES``) are read once for this call.
    """
    furniture = furniture or Furniture.load()
    for path in discover_files(paths):
        yield from read_articles(path, furniture)


def display_path(path: str) -> str:
    """A file name as it can be shown and stored: undecodable bytes as backslash escapes.

    Python keeps bytes of a name that is not valid UTF-8 as lone surrogates (surrogateescape);
    they cannot be printed, written to JSON or put in a workbook. ``caf\\xe9.txt`` can.
    """
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def read_articles(path: str, furniture: Furniture | None = None) -> list[Article | IngestError]:
    """All articles in one file, or ``IngestError``s saying why (never raises for bad input).

    The file is decoded once; CSV keeps its line endings, because a record's offsets count in
    the field as the csv module returns it. Problems that still let the file be read (NUL
    bytes, a guessed text column) come back as ``IngestError``s beside the articles.
    """
    name = display_path(path)
    extension = os.path.splitext(path)[1].lower()
    token = _FURNITURE.set(furniture or Furniture.load())
    try:
        data = _read_bytes(path, name)
        text, notes = _text_of(name, data, newlines=extension != ".csv")
        reader = _READERS.get(extension, _read_plain)
        return notes + reader(name, text)
    except _Unreadable as exc:
        return [IngestError(name, str(exc))]
    except Exception as exc:  # noqa: BLE001 - one strange file must never stop the run
        return [IngestError(name, f"{name}: could not be read ({type(exc).__name__}: {exc})")]
    finally:
        _FURNITURE.reset(token)


def _read_bytes(path: str, name: str) -> bytes:
    """The file's bytes, or ``_Unreadable`` with the reason in words a user understands.

    Only regular files are opened: opening a named pipe blocks until something writes to
    it, and a device can stream for ever. A file over ``MAX_FILE_BYTES`` is not read at all.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise _Unreadable(f"{name}: file not found") from None
    except OSError as exc:
        raise _Unreadable(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise _Unreadable(f"{name}: is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise _Unreadable(f"{name}: not a regular file ({_file_kind(info.st_mode)}); skipped")
    if info.st_size > MAX_FILE_BYTES:
        raise _Unreadable(
            f"{name}: {info.st_size:,} bytes is over the {MAX_FILE_BYTES:,}-byte limit for one "
            "file; split it into smaller files"
        )
    try:
        # O_NONBLOCK: should the file be swapped for a pipe after the check, open still returns.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                             | getattr(os, "O_BINARY", 0))
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise _Unreadable(f"{name}: not a regular file; skipped")
            data = handle.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise _Unreadable(f"{name}: permission denied (cannot read the file)") from None
    except OSError as exc:
        raise _Unreadable(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_FILE_BYTES:  # it grew after the check
        raise _Unreadable(f"{name}: over the {MAX_FILE_BYTES:,}-byte limit for one file")
    return data


def _file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    kinds = (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((what for test, what in kinds if test(mode)), "not a plain file")


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF-", "a PDF document; save it as text first"),
    (b"PK\x03\x04", "a zip archive or Word/Excel document; save it as text first"),
    (b"\xd0\xcf\x11\xe0", "an old Word/Excel document; save it as text first"),
    (b"\x89PNG", "an image"),
    (b"\xff\xd8\xff", "an image"),
    (b"GIF87a", "an image"),
    (b"GIF89a", "an image"),
)


def decode_bytes(data: bytes, newlines: bool = True) -> tuple[str, str]:
    """Decode a file's bytes to text; return (text, encoding name).

    UTF-8 (BOM stripped) first, then Windows-1252 when the result looks like Western text
    (detectors guess wrongly on short English files with curly quotes), then a detector, then
    latin-1. A byte-order mark is never part of the text, so offsets count as Python's
    ``encoding="utf-8-sig"`` reads the file. With ``newlines`` (the default) "\\r\\n" and
    "\\r" become "\\n" as in Python's text mode, so offsets match what editors show. A few
    stray NUL bytes stay in the text (``_text_of`` replaces and reports them).
    Raises ``ValueError`` for binary data.
    """
    for magic, _what in _MAGIC:
        if data.startswith(magic):
            raise ValueError("binary data")
    text, encoding = _decode(data)
    if _mostly_control(text.replace("\x00", "")) or _many_nuls(text):
        raise ValueError("binary data")
    return (normalise_newlines(text) if newlines else text), encoding


def normalise_newlines(text: str) -> str:
    """Turn "\\r\\n" and "\\r" into "\\n" like Python's text mode, so formats agree on offsets."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes) -> tuple[str, str]:
    """The decoding step of ``decode_bytes``, without the binary check."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise ValueError("binary data") from None
    if data.count(b"\x00") > STRAY_NUL_SHARE * len(data):
        return _decode_wide(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors=_CP1252_FALLBACK), "utf-8 (with some cp1252 bytes)"
    try:
        western: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _plausibly_western(western):
        return western, "cp1252"
    detected = _detect(data)
    if detected is not None:
        return detected
    if western is not None:
        return western, "cp1252"
    return data.decode("latin-1"), "latin-1"


_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_CP1252_FALLBACK = "quotes-ingest-cp1252"


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 text with a few stray Windows-1252 bytes (copy-paste from Word into a UTF-8 file).

    Decoding such a file wholly as cp1252 would garble every UTF-8 character ("â€™"), so
    when valid UTF-8 sequences outnumber the stray high bytes, only the strays use cp1252.
    """
    sequences = _UTF8_SEQUENCE.findall(data)
    in_sequences = sum(len(sequence) for sequence in sequences)
    stray = sum(byte >= 0x80 for byte in data) - in_sequences
    return len(sequences) > stray


def _cp1252_for_stray_bytes(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode the bytes UTF-8 rejected as cp1252 (latin-1 if undefined)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_cp1252_char(byte) for byte in bad), error.end


def _cp1252_char(byte: int) -> str:
    """One byte as Windows-1252 (its five undefined bytes fall back to latin-1)."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


codecs.register_error(_CP1252_FALLBACK, _cp1252_for_stray_bytes)


def _decode_wide(data: bytes) -> tuple[str, str]:
    """NUL bytes mean binary data, unless a detector recognises BOM-less UTF-16/32 text."""
    detected = _detect(data)
    if detected is not None and detected[1].replace("-", "_").startswith(("utf_16", "utf_32")):
        return detected
    raise ValueError("binary data")


def _detect(data: bytes) -> tuple[str, str] | None:
    """charset_normalizer's best guess, when it is installed and has one.

    Imported here, not at the top: it is optional, and only needed for the rare file that is
    neither UTF-8 nor plausible Windows-1252.
    """
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - depends on the environment
        return None
    best = from_bytes(data).best()
    if best is None:
        return None
    return str(best), best.encoding


def _plausibly_western(text: str) -> bool:
    """English-language text has few non-ASCII characters; mis-decoded Cyrillic etc. has many."""
    letters = sum(char.isalpha() for char in text)
    non_ascii = sum(ord(char) > 127 for char in text)
    return non_ascii <= max(8, letters // 5)


def _many_nuls(text: str) -> bool:
    """More NUL characters than a damaged text file holds: binary data."""
    return text.count("\x00") > STRAY_NUL_SHARE * len(text)


def _mostly_control(text: str) -> bool:
    """Binary data decodes (as latin-1 at worst) into many control characters."""
    sample = text[:65536]
    if not sample:
        return False
    bad = sum(
        char == "\ufffd" or (unicodedata.category(char) == "Cc" and char not in "\t\n\r\f\v")
        for char in sample
    )
    return bad > 0.05 * len(sample)


def _text_of(path: str, data: bytes, newlines: bool = True) -> tuple[str, list[IngestError]]:
    """Decoded text of a file and notes on what was repaired; ``_Unreadable`` for binary/empty.

    A file that is text apart from a few NUL bytes (a damaged download, a bad copy) is read:
    each NUL becomes U+FFFD, one character for one, so offsets stay exact, and a note says
    where they were.
    """
    binary = next((what for magic, what in _MAGIC if data.startswith(magic)), None)
    if binary:
        raise _Unreadable(f"{path}: not a text file ({binary})")
    try:
        text, _encoding = decode_bytes(data, newlines)
    except ValueError:
        raise _Unreadable(f"{path}: not a text file (binary data)") from None
    notes = []
    if "\x00" in text:
        notes.append(IngestError(path, _nul_note(path, text)))
        text = text.replace("\x00", "\ufffd")
    if not _has_text(text):
        raise _Unreadable(f"{path}: empty file (no text to read)")
    return text, notes


def _nul_note(path: str, text: str) -> str:
    """Where the NUL bytes of a mostly-text file are, for the reviewer who opens it."""
    count = text.count("\x00")
    first = text.index("\x00")
    what = "a NUL byte" if count == 1 else f"{count} NUL bytes"
    return (f"{path}: {what} (first at character {first:,}) replaced with \ufffd; "
            "the rest of the file was read")


def _has_text(text: str) -> bool:
    """True when there is something besides whitespace, BOMs and zero-width spaces."""
    return bool(text.strip().strip("\ufeff\u200b\u200c\u200d\u2060").strip())


# --------------------------------------------------------------------------- plain text


def _read_plain(path: str, text: str) -> list[Article | IngestError]:
    """A .txt/.md (or unknown-extension) file: possibly several articles, split by header."""
    markdown = path.lower().endswith(".md")
    lines = _split_lines(text, 0, len(text))
    starts = _article_starts(lines, markdown)
    articles: list[Article | IngestError] = []
    for number, first in enumerate(starts, 1):
        last = starts[number] if number < len(starts) else len(lines)
        start = lines[first].start
        end = lines[last].start if last < len(lines) else len(text)
        layout = _analyse(text, lines[first:last], markdown=markdown)
        articles.append(_article(path, text, start, end, layout, number, f"{path}#{number}"))
    return articles


@dataclass(frozen=True)
class _Line:
    """One line of the source text: absolute offsets of its first char and of its newline."""

    start: int
    end: int
    text: str

    @property
    def is_blank(self) -> bool:
        """Whitespace-only lines (including non-breaking spaces) are blank lines."""
        return not self.text.strip()


def _split_lines(text: str, start: int, end: int) -> list[_Line]:
    """Lines of ``text[start:end]`` split on "\\n" only (str.splitlines also splits on \\x0c,
    \\x1c, \\u2028 ..., which would shift offsets)."""
    lines = []
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        stop = end if newline == -1 else newline
        lines.append(_Line(pos, stop, text[pos:stop]))
        pos = stop + 1
    return lines


def _article_starts(lines: list[_Line], markdown: bool) -> list[int]:
    """Indices of the lines where articles start; the first article always starts at line 0.

    A header block (a headline followed closely by a date stamp or by the same headline again)
    starts a new article only when body text has been seen since the previous start, so a
    kicker above a headline, or the repeated headline itself, never splits an article.
    """
    starts = [0]
    nonblank = [i for i, line in enumerate(lines) if not line.is_blank]
    seen_body = False
    for pos, i in enumerate(nonblank):
        if _is_header_start(lines, nonblank, pos, markdown):
            if seen_body:
                starts.append(i)
            seen_body = False
        elif _is_body_like(lines[i].text):
            seen_body = True
    return starts


def _is_header_start(lines: list[_Line], nonblank: list[int], pos: int, markdown: bool) -> bool:
    """A headline candidate followed by a stamp line, or by a verbatim copy of itself."""
    text = lines[nonblank[pos]].text
    if not (_headline_like(text) or (markdown and _MD_HEADING.match(text))):
        return False
    if _is_chrome(text, in_header=True):
        return False
    following = [lines[i].text for i in nonblank[pos + 1 : pos + 1 + HEADER_LINES]]
    key = _norm(text)
    if any(_norm(other) == key for other in following):
        return True
    return any(_is_stamp_line(other) for other in following[:STAMP_LOOKAHEAD])


def _is_body_like(text: str) -> bool:
    """Article prose: ends like a sentence or is too long for a headline, and is not chrome."""
    if _is_chrome(text, in_header=False):
        return False
    return _ends_sentence(text) or len(text.split()) > HEADLINE_MAX_WORDS


# --------------------------------------------------------------------------- header analysis


@dataclass
class _Layout:
    """What the header analysis found: ranges to blank plus the metadata read from them."""

    blanks: list[Blank] = field(default_factory=list)
    title: str | None = None
    date: str | None = None
    dateline: str | None = None


@dataclass
class _HeaderState:
    """Walking state while classifying an article's lines from the top."""

    headlines: set[str]
    window: int  # lines with index below this (in the article) are in the header window
    in_header: bool = True
    dateline_checked: bool = False
    teasers: bool = False  # just below a "Related Stories" heading: headline lines are teasers


def _analyse(
    text: str, lines: list[_Line], *, titles: Iterable[str | None] = (), markdown: bool = False
) -> _Layout:
    """Find the headline, date stamps, furniture and dateline of one article's lines."""
    layout = _Layout()
    headline = _find_headline(lines, markdown)
    headlines = {_norm(title) for title in titles if title}
    if headline is not None:
        layout.title = _clean_title(headline.text)
        headlines |= {_norm(headline.text), _norm(layout.title)}
    state = _HeaderState(headlines, _window_end(lines))
    for index, line in enumerate(lines):
        if line.is_blank:
            layout.blanks.append((line.start, line.end))
        elif _teaser_line(line, state, layout):
            continue
        elif not _header_line(line, index < state.window, state, layout):
            _body_line(text, line, index < state.window, state, layout, markdown)
    return layout


def _teaser_line(line: _Line, state: _HeaderState, layout: _Layout) -> bool:
    """Blank a headline of another story listed under a "Related Stories" heading.

    Pages end (and sometimes pause) with lists of promoted stories; their headlines (``Mayor
    says budget will pass``) read like reported speech, but they belong to other articles. The
    run ends at the first line that is not headline-like: the story (or the page) goes on.
    """
    if not state.teasers or _furniture_label(line.text, state.in_header) is not None:
        return False  # chrome inside the list (a Title Case teaser, a stamp) is blanked anyway
    if _headline_like(line.text):
        layout.blanks.append((line.start, line.end))
        return True
    state.teasers = False
    return False


def _window_end(lines: list[_Line]) -> int:
    """Index just past the HEADER_LINES-th non-blank line: the part that may hold a header."""
    seen = 0
    for index, line in enumerate(lines):
        seen += not line.is_blank
        if seen == HEADER_LINES:
            return index + 1
    return len(lines)


def _header_line(line: _Line, in_window: bool, state: _HeaderState, layout: _Layout) -> bool:
    """Blank the line if it is headline, stamp or furniture; return whether it was."""
    if in_window and _is_headline_copy(line.text, state.headlines):
        layout.blanks.append((line.start, line.end))
        return True
    if in_window:
        is_stamp, iso = _stamp(line.text)
        if is_stamp:
            layout.blanks.append((line.start, line.end))
            layout.date = layout.date or iso
            return True
    label = _furniture_label(line.text, state.in_header)
    if label is None:
        return False
    layout.blanks.append((line.start, line.end))
    if label == "read-more" and _is_heading_only(line.text):
        state.teasers = True
    if label == "timestamp" and in_window and layout.date is None:
        layout.date = normalise_date(line.text)
    return True


def _body_line(
    text: str, line: _Line, in_window: bool, state: _HeaderState, layout: _Layout, markdown: bool
) -> None:
    """A line of article text: ends the header; may open with a date prefix and a dateline."""
    state.in_header = False
    offset = line.start
    if markdown:
        offset = _blank_markdown_marker(line, layout)
    _blank_markup(line, layout)
    if not in_window:
        return
    prefix = _DATE_PREFIX.match(line.text)
    if prefix:
        layout.blanks.append((line.start, line.start + prefix.end()))
        layout.date = layout.date or normalise_date(prefix.group("date"))
        offset = line.start + prefix.end()
    if not state.dateline_checked and not _is_bullet(line.text):
        state.dateline_checked = True
        begins, found = story_start(text, offset, line.end)  # past release labels, dateline
        if begins > offset:
            layout.blanks.append((offset, begins))
        if found is None:
            # "Company Press Release BAT Decries … BURBANK, Calif.--(BUSINESS WIRE)--Officials":
            # a wire dateline after a headline run into the first line is recorded but left in
            # the text, where segmentation cuts the headline and the dateline off the story
            found = next(iter(wire_datelines(text, offset, line.end)), None)
        if found is not None:
            layout.dateline = found.place
            layout.date = layout.date or normalise_date(found.date)


def _blank_markdown_marker(line: _Line, layout: _Layout) -> int:
    """Blank "## " heading markers and "---" rules in Markdown; return where the text starts."""
    if _MD_RULE.fullmatch(line.text):
        layout.blanks.append((line.start, line.end))
        return line.end
    marker = _MD_HEADING.match(line.text)
    if marker is None:
        return line.start
    layout.blanks.append((line.start, line.start + marker.start("text")))
    return line.start + marker.start("text")


def _blank_markup(line: _Line, layout: _Layout) -> None:
    """Blank what is left of HTML in copied text: whole tags (``<br/>``, ``</p>``) and a tag
    whose ``<`` was cut off before a paragraph (``NT face="Verdana, Arial">Mmamosadinyane
    Molefe, …``), which would otherwise run into the first word of the text."""
    for match in _MARKUP.finditer(line.text):
        layout.blanks.append((line.start + match.start(), line.start + match.end()))


_MARKUP = re.compile(
    r"</?[A-Za-z][A-Za-z0-9]*(?:\s+[^<>\n]{0,200}?)?/?>"  # a whole tag
    r"|^\s*[A-Za-z]+(?:\s+[A-Za-z-]+=(?:[\"“”'][^\"“”'\n]*[\"“”']|[^\s>]+))+"
    r"\s*/?>"  # a tag cut at its start, its attributes left
)
_MD_HEADING = re.compile(r"\s{0,3}#{1,6}\s+(?P<text>\S.*?)(?:\s+#+)?\s*$")
_MD_RULE = re.compile(r"\s{0,3}(?:(?:-\s*){3,}|(?:=\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})")
_DATE_PREFIX = re.compile(r"\s*date\s*:?\s+(?P<date>\d{4}-\d{1,2}-\d{1,2})\b\s*", re.IGNORECASE)


def _find_headline(lines: list[_Line], markdown: bool) -> _Line | None:
    """The article's headline line, if it has one.

    A Markdown "# Heading" on top wins; then a line printed twice near the top (news sites
    repeat the headline), provided its first copy comes before any prose, so a caption printed
    twice inside the story is not taken; then a short first line without final punctuation.
    The article must have text after it: a lone short line is the body, not a headline.
    """
    candidates = [
        line
        for line in lines[: _window_end(lines)]
        if not line.is_blank and not _is_chrome(line.text, in_header=True)
    ]
    if len(candidates) < 2:
        return None
    first = candidates[0]
    if markdown and _MD_HEADING.match(first.text):
        return first
    counts = Counter(_norm(line.text) for line in candidates)
    for line in candidates:
        if _is_body_like(line.text):
            break
        if counts[_norm(line.text)] > 1 and _could_be_headline(line.text) and (
                line is first or not _credit_below(line, first)):
            return line
    return first if _headline_like(first.text) else None


def _credit_below(line: _Line, first: _Line) -> bool:
    """``PA Media`` printed twice under a first line that looks like a headline: a line of
    fewer than ``MIN_HEADLINE_COPY_WORDS`` words is a credit or section name, not the headline
    printed again."""
    return len(line.text.split()) < MIN_HEADLINE_COPY_WORDS and _headline_like(first.text)


def _is_headline_copy(text: str, headlines: set[str]) -> bool:
    """The headline again, or the headline with the site's name added or dropped.

    A page prints its headline more than once: as the page title (``Bridge will open in May,
    says mayor – Harbor Times – News Desk``) and as the heading (``Bridge will open in May,
    says mayor``). Every copy is the headline, not a sentence of the story. Copies that differ by
    more than whole words at either end, or that end like a sentence, are not taken.
    """
    key = _norm(text)
    if key in headlines:
        return True
    if len(key.split()) < MIN_HEADLINE_COPY_WORDS or not _headline_like(text):
        return False
    padded = f" {key} "
    return any(padded in f" {headline} " or f" {headline} " in padded
               for headline in headlines if len(headline.split()) >= MIN_HEADLINE_COPY_WORDS)


def _is_heading_only(text: str) -> bool:
    """``Related Stories:`` heads a list; ``READ MORE: Council approves budget`` is one teaser."""
    return not text.rstrip(" \t.:…").count(":")


def _could_be_headline(text: str) -> bool:
    """Loose test for a line printed twice: has words, is not a bullet, is not a paragraph."""
    words = len(text.split())
    return 2 <= words <= 40 and not _is_bullet(text) and any(char.isalpha() for char in text)


def _headline_like(text: str) -> bool:
    """Short, no final sentence punctuation, not a bullet: how headlines look in plain text."""
    stripped = text.strip()
    words = stripped.split()
    if not 2 <= len(words) <= HEADLINE_MAX_WORDS or _is_bullet(stripped):
        return False
    core = stripped.rstrip("\"'”’»)]*_ ")
    return bool(core) and core[-1] not in ".!?:;," and any(char.isalpha() for char in core)


def _ends_sentence(text: str) -> bool:
    """Ends with . ! ? (possibly inside closing quotes or brackets)."""
    core = text.strip().rstrip("\"'”’»)]*_ ")
    return bool(core) and core[-1] in ".!?"


def _is_bullet(text: str) -> bool:
    """A list item such as "  – summary point"; summary bullets are kept as article text."""
    stripped = text.lstrip()
    return len(stripped) > 1 and stripped[0] in BULLETS and stripped[1].isspace()


def _clean_title(text: str) -> str:
    """The headline as metadata: Markdown marker removed, whitespace collapsed."""
    heading = _MD_HEADING.match(text)
    if heading:
        text = heading.group("text")
    return " ".join(text.split())


def _norm(text: str) -> str:
    """Comparison form of a line: folded quotes/case/accents, Markdown marker dropped."""
    heading = _MD_HEADING.match(text)
    if heading:
        text = heading.group("text")
    return " ".join(fold(text).split())


def _is_chrome(text: str, *, in_header: bool) -> bool:
    """A date stamp or a furniture line: never a headline, never article text."""
    return _stamp(text)[0] or _furniture_label(text, in_header) is not None


def _is_stamp_line(text: str) -> bool:
    """A time stamp line (date stamp or a furniture rule labelled "timestamp")."""
    return _stamp(text)[0] or _furniture_label(text, True) == "timestamp"


# --------------------------------------------------------------------------- furniture rules




@dataclass(frozen=True)
class _FurnitureRule:
    """One compiled line of rules/furniture.jsonl.

    ``scope`` says where the line counts as chrome: ``header`` (before the first body paragraph:
    a byline looks like any short line further down), ``body`` (after it: a Title Case line
    there is a promoted headline, while at the top it is the article's own headline) or
    ``article`` (anywhere, the default).
    """

    regex: re.Pattern[str]
    label: str
    scope: str = "article"

    def applies(self, in_header: bool) -> bool:
        return self.scope == "article" or (self.scope == "header") == in_header


@dataclass(frozen=True)
class Furniture:
    """The compiled furniture rules of one rule set (they are consulted for every line)."""

    rules: tuple[_FurnitureRule, ...]

    @classmethod
    def of(cls, rules: RuleSet) -> Furniture:
        return cls.of_rules(rules.furniture)

    @classmethod
    def load(cls) -> Furniture:
        """The built-in furniture rules extended by ``QUOTES_RULES``, read now."""
        return cls.of_rules(read_rules(FurnitureRule, rule_dirs()))

    @classmethod
    def of_rules(cls, rules: Iterable[FurnitureRule]) -> Furniture:
        return cls(tuple(_FurnitureRule(re.compile(rule.pattern, re.IGNORECASE), rule.label,
                                        rule.scope) for rule in rules))

    def label(self, text: str, in_header: bool) -> str | None:
        """The label of the first furniture rule matching the whole line, if any."""
        for rule in self.rules:
            if rule.applies(in_header) and rule.regex.fullmatch(text):
                return rule.label
        return None


# the furniture of the file ``read_articles`` is reading (set there, for the line helpers)
_FURNITURE: ContextVar[Furniture] = ContextVar("furniture")


def _furniture_label(text: str, in_header: bool) -> str | None:
    """The label of the first furniture rule matching the whole line, if any."""
    return _FURNITURE.get().label(text, in_header)


# --------------------------------------------------------------------------- dates

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})(?!\d)"),
    re.compile(
        rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})\b\.?,?\s+"
        r"(?P<y>\d{4})(?!\d)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<mon>{_MONTH})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)",
        re.IGNORECASE,
    ),
)
_RELATIVE_STAMP = re.compile(
    r"(?:(?:last\s+)?(?:updated|published|posted)\s*:?\s*)?"
    r"(?:(?:\d+|an?|one|a few|few|several)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?"
    r"|d|days?|weeks?|months?|years?)\.?\s+ago|just now|moments? ago)\.?",
    re.IGNORECASE,
)
_STAMP_NOISE = re.compile(
    r"\b(?:[ap]\.m\.?|(?:last|first|updated?|published|posted|modified|dated?|on|at|time|am|pm"
    r"|noon|[ecmp][sd]?t|[an][sd]t|gmt|utc|bst|cest?|pkt|ist|gst|mon|tues?|wed|thu(?:rs?)?|fri"
    r"|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
    r"|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?",
    re.IGNORECASE,
)


def normalise_date(value: str | None) -> str | None:
    """The first date written in ``value`` as ISO yyyy-mm-dd, or None if there is none."""
    if not value:
        return None
    found = _find_dates(value)
    return found[0][2] if found else None


def _find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every unambiguous full date in ``text``: (start, end, iso), in reading order.

    Numeric day/month dates are read only when unambiguous: 03/08/2024 could be March or
    August, and a wrong date is worse than none for a fact-checker.
    """
    found: list[tuple[int, int, str]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _iso(match)
            overlaps = any(s < match.end() and match.start() < e for s, e, _ in found)
            if iso and not overlaps:
                found.append((match.start(), match.end(), iso))
    return sorted(found)


def _iso(match: re.Match[str]) -> str | None:
    """ISO form of a date match, or None for impossible dates (2019-02-30)."""
    groups = match.groupdict()
    if groups.get("a"):
        return _day_month_iso(int(groups["a"]), int(groups["b"]), int(groups["y"]))
    month = _MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
    return _valid_iso(int(groups["y"]), month, int(groups["d"]))


def _day_month_iso(first: int, second: int, year: int) -> str | None:
    """13/05/2019 or 05/13/2019 can only be one date; 03/08/2024 could be two: None."""
    if first > 12 >= second:
        return _valid_iso(year, second, first)
    if second > 12 >= first or first == second:
        return _valid_iso(year, first, second)
    return None


def _valid_iso(year: int, month: int, day: int) -> str | None:
    """ISO date, or None when the date does not exist (2019-02-30)."""
    try:
        return _date(year, month, day).isoformat()
    except ValueError:
        return None


def _stamp(text: str) -> tuple[bool, str | None]:
    """Is the line only a time stamp ("Updated 03 August 2024", "2 hours ago")? And its date.

    A stamp is a short line that, once its dates, times, weekdays and words like "Updated" are
    removed, has nothing left. Relative stamps are stamps without a date.
    """
    stripped = text.strip()
    if not stripped or len(stripped.split()) > 14:
        return False, None
    if _RELATIVE_STAMP.fullmatch(stripped):
        return True, None
    dates = _find_dates(stripped)
    if not dates:
        return False, None
    rest = stripped
    for start, end, _iso_date in reversed(dates):
        rest = rest[:start] + " " + rest[end:]
    if re.search(r"\w", _STAMP_NOISE.sub(" ", rest)):
        return False, None
    return True, dates[0][2]


# --------------------------------------------------------------------------- building articles


def _article(
    path: str,
    text: str,
    start: int,
    end: int,
    layout: _Layout,
    index: int,
    article_id: str,
    view: str | None = None,
    **meta: str | None,
) -> Article:
    """An Article whose body is ``text[start:end]`` (or of its same-length ``view``) with the
    layout's ranges blanked."""
    return Article(
        article_id=article_id,
        source_file=path,
        source_text=text,
        start=start,
        end=end,
        body=blank_ranges(view if view is not None else text, start, end, layout.blanks),
        index=index,
        title=meta.get("title") or layout.title,
        date=meta.get("date") or layout.date,
        dateline=layout.dateline,
        url=meta.get("url"),
        record=meta.get("record"),
    )


def blank_ranges(text: str, start: int, end: int, blanks: Iterable[Blank]) -> str:
    """``text[start:end]`` with every char in ``blanks`` (except newlines) turned into a space.

    This is the only place body text is made, so the length and offsets cannot drift.
    """
    chars = list(text[start:end])
    for blank_start, blank_end in blanks:
        for offset in range(max(blank_start, start) - start, min(blank_end, end) - start):
            if chars[offset] != "\n":
                chars[offset] = " "
    return "".join(chars)


def _whole_text_article(
    path: str, text: str, index: int, article_id: str, titles: Sequence[str | None], **meta: Any
) -> Article:
    """One article covering all of ``text`` (HTML pages and JSON/CSV records are never split).

    A record's text is kept exactly as stored, "\\r\\n" and all, so offsets count in the
    record's own field; the analysis and the pipeline see ``newline_view`` of it instead.
    """
    view = newline_view(text)
    layout = _analyse(view, _split_lines(view, 0, len(view)), titles=titles)
    return _article(path, text, 0, len(text), layout, index, article_id, view=view, **meta)


def newline_view(text: str) -> str:
    """``text`` with "\\r\\n" as " \\n" and a lone "\\r" as "\\n": one character for one.

    The pipeline breaks paragraphs on "\\n" only; this view gives it those breaks while every
    offset still points into the unchanged text.
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


# --------------------------------------------------------------------------- HTML


_SKIP_TAGS = frozenset(
    [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg",
        "template", "title", "iframe", "button", "select", "textarea", "object", "canvas", "map",
    ]
)  # fmt: skip
_BLOCK_TAGS = frozenset(
    [
        "address", "article", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td",
        "th", "ul", "body", "html",
    ]
)  # fmt: skip
_META_DATES = (
    "article:published_time", "og:published_time", "date", "pubdate", "publishdate",
    "publish-date", "publish_date", "datepublished", "dc.date", "dc.date.issued", "dcterms.date",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "article:modified_time",
)  # fmt: skip


_CAPTURED_TAG = {"h1": "h1", "hidden_h1": "h1", "title": "title"}  # attribute -> element


class _VisibleText(HTMLParser):
    """Collect the text a reader sees (one paragraph per block) and the page's metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.meta: dict[str, str] = {}
        self.h1: str | None = None
        self.hidden_h1: str | None = None  # an <h1> inside <header> etc.: only a fallback
        self.title: str | None = None
        self.time: str | None = None
        self._lines: list[str] = []
        self._buffer: list[str] = []
        self._skipping: list[str] = []
        self._capture: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record metadata, start skipping hidden parts, break lines at block boundaries."""
        values = {name.lower(): value or "" for name, value in attrs}
        self._read_metadata(tag, values)
        self._start_capture(tag)
        if tag in _SKIP_TAGS:
            self._skipping.append(tag)
        elif tag == "br":
            self._end_line()
        elif tag in _BLOCK_TAGS:
            self._end_paragraph()

    def handle_endtag(self, tag: str) -> None:
        """Close captures and skipped regions; a block's end is a paragraph break."""
        self._end_capture(tag)
        if tag in _SKIP_TAGS and tag in self._skipping:
            while self._skipping.pop() != tag:
                pass
        elif tag in _BLOCK_TAGS:
            self._end_paragraph()

    def handle_data(self, data: str) -> None:
        """Visible text goes to the current line; h1/title text is also kept as metadata."""
        for parts in self._capture.values():
            parts.append(data)
        if not self._skipping:
            self._buffer.append(data)

    def close(self) -> None:
        """Flush the last paragraph."""
        super().close()
        self._end_paragraph()

    def text(self) -> str:
        """Paragraphs separated by a blank line, lines within a paragraph by a newline."""
        return "\n\n".join(self.paragraphs)

    def _start_capture(self, tag: str) -> None:
        """Start collecting the text of the first <title> and the first (visible) <h1>."""
        if tag == "h1":
            name = "hidden_h1" if self._skipping else "h1"
            if getattr(self, name) is None and name not in self._capture:
                self._capture[name] = []
        elif tag == "title" and self.title is None:
            self._capture["title"] = []

    def _end_capture(self, tag: str) -> None:
        """Store captured text when its element closes."""
        for name in [name for name in self._capture if _CAPTURED_TAG[name] == tag]:
            text = " ".join("".join(self._capture.pop(name)).split())
            setattr(self, name, text or None)

    def _read_metadata(self, tag: str, values: Mapping[str, str]) -> None:
        """Keep <meta> name/property/itemprop contents, the canonical link and <time>."""
        if tag == "meta" and values.get("content"):
            for key in ("property", "name", "itemprop"):
                if values.get(key):
                    self.meta.setdefault(values[key].lower(), values["content"].strip())
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.meta.setdefault("canonical", values.get("href", ""))
        elif tag == "time" and self.time is None and values.get("datetime"):
            self.time = values["datetime"]

    def _end_line(self) -> None:
        """Whitespace runs inside a line collapse to one space, as a browser shows them."""
        line = " ".join("".join(self._buffer).split())
        self._buffer = []
        if line:
            self._lines.append(line)

    def _end_paragraph(self) -> None:
        """Finish the current block as a paragraph (if it has any text)."""
        self._end_line()
        if self._lines:
            self.paragraphs.append("\n".join(self._lines))
            self._lines = []

    def page_date(self) -> str | None:
        """Publication date from meta tags, else the first <time datetime>, as ISO."""
        for key in _META_DATES:
            iso = normalise_date(self.meta.get(key))
            if iso:
                return iso
        return normalise_date(self.time)


def _read_html(path: str, source: str) -> list[Article | IngestError]:
    """One HTML page = one article; source_text is the visible text extracted from it."""
    page = _VisibleText()
    try:
        page.feed(source)
        page.close()
    except AssertionError as exc:  # html.parser's reaction to some broken markup
        raise _Unreadable(f"{path}: HTML could not be read ({exc})") from None
    text = page.text()
    if not _has_text(text):
        raise _Unreadable(f"{path}: no readable text in this HTML page")
    og_title = page.meta.get("og:title")
    h1 = page.h1 or page.hidden_h1
    title = og_title or h1 or page.title
    url = page.meta.get("og:url") or page.meta.get("canonical") or None
    titles = (og_title, h1, page.title)
    return [
        _whole_text_article(
            path, text, 1, f"{path}#1", titles, title=title, date=page.page_date(), url=url
        )
    ]


# --------------------------------------------------------------------------- JSON, JSONL, CSV


def _read_json(path: str, text: str) -> list[Article | IngestError]:
    """A list of records, an object holding such a list, or a single record."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        return [IngestError(path, f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})")]
    except RecursionError:
        return [IngestError(path, f"{path}: JSON nested too deeply to read")]
    records = _json_records(document)
    if records is None:
        message = "no articles found (expected a list of objects or an object with 'articles')"
        return [IngestError(path, f"{path}: {message}")]
    builder = _RecordBuilder(path, TEXT_FIELDS)
    return [builder.build(record, f"item {n}", n) for n, record in enumerate(records, 1)]


def _json_records(document: Any) -> list[Any] | None:
    """The records of a JSON document in any of the accepted shapes (None if none fits)."""
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        return None
    for key in RECORD_LIST_KEYS:
        if isinstance(document.get(key), list):
            return document[key]
    return [document]


def _read_jsonl(path: str, text: str) -> list[Article | IngestError]:
    """One JSON object per line; a broken line is reported and the others still load."""
    builder = _RecordBuilder(path, TEXT_FIELDS)
    results: list[Article | IngestError] = []
    index = 0
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        index += 1
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            reason = getattr(exc, "msg", "nested too deeply")
            results.append(IngestError(path, f"{path}: line {number}: not valid JSON ({reason})"))
            continue
        results.append(builder.build(record, f"line {number}", index))
    return results


def raise_csv_field_limit() -> None:
    """Let the csv module read fields of any size: an article (or a claim) can exceed 128 KB."""
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))


def _read_csv(path: str, text: str) -> list[Article | IngestError]:
    """One article per row; the text column is found by name, or reported as guessed.

    ``text`` keeps the file's line endings: a record's offsets count in the field exactly as
    ``csv.DictReader(open(path, newline=""))`` returns it.
    """
    raise_csv_field_limit()
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=_sniff(text))
    try:
        names = [_clean_header(name) for name in reader.fieldnames or []]
        reader.fieldnames = names
        rows = list(reader)
    except csv.Error as exc:
        return [
            IngestError(path, f"{path}: not a readable CSV file (line {reader.line_num}: {exc})")
        ]
    column = _named_text_column(names)
    notes: list[Article | IngestError] = []
    if column is None:
        column = _wordiest_column(names, rows)
        expected = ", ".join(TEXT_FIELDS)
        if column is None:
            return [IngestError(path, f"{path}: no text column (name one of: {expected})")]
        notes.append(IngestError(path, f"{path}: no column named {expected}; read column "
                                       f"{column!r}, the one with the most words, as the text"))
    builder = _RecordBuilder(path, (column.lower(),))
    return notes + [builder.build(row, f"row {n}", n) for n, row in enumerate(rows, 1)]


def _sniff(text: str) -> type[csv.Dialect]:
    """The file's dialect (comma, semicolon, tab or pipe), or Excel's when sniffing fails."""
    try:
        return csv.Sniffer().sniff(text[:65536], delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def _clean_header(name: str | None) -> str:
    """Header names without BOMs or padding, so "\\ufeffbody " finds the body column."""
    return (name or "").strip().strip("\ufeff").strip()


def _named_text_column(names: Sequence[str]) -> str | None:
    """The first column named like a text field (``text``, ``body``, ...), if any."""
    by_lower = {name.lower(): name for name in reversed(names)}
    return next((by_lower[field] for field in TEXT_FIELDS if field in by_lower), None)


def _wordiest_column(names: Sequence[str], rows: list[dict[str, Any]]) -> str | None:
    """The column holding the most words, or None when no column holds any.

    Letters are counted, not characters: a column of long numbers or ids is never the text.
    """
    def words(name: str) -> int:
        return sum(len(_WORD.findall(row.get(name) or "")) for row in rows)

    counts = {name: words(name) for name in names if name}
    best = max(counts, key=lambda name: counts[name], default=None)
    return best if best is not None and counts[best] > 0 else None


_WORD = re.compile(r"[^\W\d_]{2,}")


class _RecordBuilder:
    """Turn JSON/JSONL/CSV records of one file into Articles, keeping record labels unique."""

    def __init__(self, path: str, text_fields: Sequence[str]) -> None:
        self.path = path
        self.text_fields = text_fields
        self.seen: set[str] = set()

    def build(self, record: Any, fallback: str, index: int) -> Article | IngestError:
        """One record -> one Article (never split), or an IngestError naming the record."""
        if not isinstance(record, Mapping):
            return IngestError(self.path, f"{self.path}: {fallback}: not an object")
        label = self._label(record, fallback)
        text = _field(record, self.text_fields)
        if text is None:
            fields = ", ".join(self.text_fields)
            return IngestError(self.path, f"{self.path}: {label}: no text field ({fields})")
        title = _field(record, TITLE_FIELDS)
        date_value = _field(record, DATE_FIELDS)  # ISO or None, as for every other format
        meta = {
            "title": " ".join(title.split()) if title else None,
            "date": normalise_date(date_value),
            "url": (_field(record, URL_FIELDS) or "").strip() or None,
            "record": label,
        }
        article_id = f"{self.path}#{label}"
        return _whole_text_article(self.path, text, index, article_id, (meta["title"],), **meta)

    def _label(self, record: Mapping[str, Any], fallback: str) -> str:
        """The record's own id if it has one, else "line N"/"item N"/"row N"; made unique."""
        label = _field(record, ID_FIELDS) or fallback
        if label in self.seen:
            label = f"{label} ({fallback})"
        self.seen.add(label)
        return label


def _field(record: Mapping[str, Any], names: Sequence[str]) -> str | None:
    """The first of ``names`` (case-insensitive) holding a non-empty string or number."""
    by_lower = {str(key).strip().lower(): value for key, value in reversed(record.items())}
    for name in names:
        value = by_lower.get(name)
        if isinstance(value, bool):
            continue
        if isinstance(value, (int, float)):
            return str(value)
        if isinstance(value, str) and _has_text(value):
            return without_lone_surrogates(value)
    return None


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (JSON's ``"\\ud83d"`` alone) replaced by U+FFFD.

    A surrogate that is not half of a pair is no character: it cannot be encoded, so it
    would stop every writer. One code point for one keeps every offset exact.
    """
    return _LONE_SURROGATE.sub("\ufffd", text)


_READERS: dict[str, Callable[[str, str], list[Article | IngestError]]] = {
    ".txt": _read_plain,
    ".md": _read_plain,
    ".html": _read_html,
    ".htm": _read_html,
    ".json": _read_json,
    ".jsonl": _read_jsonl,
    ".csv": _read_csv,
}
