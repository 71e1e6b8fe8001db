"""Cut a register down to one speaker, matching the names a fact-checker is likely to type.

``--speaker "Dr Siddiqui"`` finds Khalid Maqbool Siddiqui (honorific dropped, surname matched);
``--speaker ISPR`` finds Inter-Services Public Relations (acronym); case and accents never
matter. A name that matches nobody says so and lists the nearest speakers.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from .model import Register, fold
from .names import acronym_of, looks_like_acronym, name_tokens
from .register import (
    ARTICLES,
    AUDIT,
    QUOTES,
    REMOVED,
    SPEAKERS,
    RegisterSheets,
    read_workbook,
    write_sheets,
)

NEAREST = 5


def matches(query: str, name: str | None, aliases: Iterable[str] = ()) -> bool:
    """Whether a typed name denotes this speaker (or one of its aliases)."""
    if not name:
        return False
    query_tokens = set(name_tokens(query))
    if not query_tokens:
        return False
    for candidate in (name, *aliases):
        if not candidate:
            continue
        tokens = set(name_tokens(candidate))
        if query_tokens <= tokens:
            return True
        if looks_like_acronym(query.strip()) and acronym_of(
            _without_bracketed(candidate).split()
        ) == query.strip().upper().replace(".", ""):
            return True
    return False


def _without_bracketed(name: str) -> str:
    return name.split("(")[0].strip()


def nearest(query: str, names: Iterable[str], limit: int = NEAREST) -> list[str]:
    """The speaker names closest in spelling to what was typed."""
    names = sorted(set(n for n in names if n))
    folded = {fold(n): n for n in names}
    close = difflib.get_close_matches(fold(query), list(folded), n=limit, cutoff=0.3)
    if len(close) < limit:
        by_token = [n for n in names if set(name_tokens(query)) & set(name_tokens(n))]
        close += [fold(n) for n in by_token if fold(n) not in close]
    return [folded[c] for c in close[:limit]]


def no_match_message(query: str, names: Iterable[str]) -> str:
    suggestions = nearest(query, names)
    hint = f" Nearest speakers: {', '.join(suggestions)}." if suggestions else ""
    return f"No speaker matches “{query}”.{hint}"


def filter_register(register: Register, query: str) -> tuple[Register, str | None]:
    """Only the quotes, speakers, articles and findings of the speaker ``query`` names."""
    aliases = {s.name: s.aliases for s in register.speakers}
    wanted = {
        s.name for s in register.speakers if matches(query, s.name, aliases.get(s.name, ()))
    }
    if not wanted:
        return replace(register, quotes=[], speakers=[], findings=[], articles=[]), (
            no_match_message(query, aliases)
        )
    quotes = [q for q in register.quotes if q.speaker_name in wanted]
    quote_ids = {q.quote_id for q in quotes}
    article_ids = {q.article_id for q in quotes}
    return (
        replace(
            register,
            quotes=quotes,
            speakers=[s for s in register.speakers if s.name in wanted],
            articles=[a for a in register.articles if a.article_id in article_ids],
            findings=[f for f in register.findings if f.quote_id in quote_ids],
        ),
        None,
    )


def filter_sheets(sheets: RegisterSheets, query: str) -> tuple[RegisterSheets, int, str | None]:
    """The same cut on a register read back from Excel (every sheet, the Removed one too)."""
    speaker_rows = sheets.rows.get(SPEAKERS, [])
    aliases = {row.get("Speaker"): _split(row.get("Aliases")) for row in speaker_rows}
    quote_names = {row.get("Speaker") for row in sheets.rows.get(QUOTES, [])}
    known = {n for n in set(aliases) | quote_names if n}
    wanted = {n for n in known if matches(query, n, aliases.get(n, ()))}
    out = RegisterSheets()
    if not wanted:
        return out, 0, no_match_message(query, known)
    quotes = [r for r in sheets.rows.get(QUOTES, []) if r.get("Speaker") in wanted]
    quote_ids = {r.get("Quote ID") for r in quotes}
    article_ids = {r.get("Article ID") for r in quotes}
    for name in sheets.names:
        rows = sheets.rows[name]
        if name == QUOTES:
            kept = quotes
        elif name == SPEAKERS:
            kept = [r for r in rows if r.get("Speaker") in wanted]
        elif name == ARTICLES:
            kept = [r for r in rows if r.get("Article ID") in article_ids]
        elif name == AUDIT:
            kept = [r for r in rows if r.get("Quote ID") in quote_ids]
        elif name == REMOVED:
            kept = [r for r in rows if r.get("Speaker") in wanted]
        else:
            kept = rows
        out.add(name, sheets.headers[name], kept)
    return out, len(quotes), None


def filter_workbook(path: str | Path, query: str, output: str | Path) -> tuple[int, str | None]:
    """Read a register, keep one speaker's rows in every sheet, write the result atomically."""
    sheets = read_workbook(path)
    filtered, count, message = filter_sheets(sheets, query)
    if count:
        write_sheets(filtered, output)
    return count, message


def _split(value: object) -> list[str]:
    if not value:
        return []
    return [part.strip() for part in str(value).split(";") if part.strip()]
