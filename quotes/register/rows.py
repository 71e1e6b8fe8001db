"""Turn one run's results into register rows: Quotes, Speakers, Articles and Audit.

Speaker names are shown as a reader expects them: proper case for people and organisations
(``foreign office`` -> ``Foreign Office``), the same in ``Quotes`` and ``Speakers`` so filters,
links and the Summary agree. Aliases list the ways the text names a speaker; pronouns and the
documents that speak for someone ("the statement") are not names and are left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from ..model import (
    Article,
    Finding,
    IngestError,
    QuoteRecord,
    Register,
    SpeakerSummary,
    article_key,
    fold,
    name_key,
)
from ..rules import SpeakerNounRule, builtin_rules_dir, read_rules
from .tables import (
    ARTICLE_HEADERS,
    ARTICLE_KEY,
    ARTICLES,
    AUDIT,
    AUDIT_HEADERS,
    QUOTE_HEADERS,
    QUOTE_ID,
    QUOTES,
    SPEAKER_HEADERS,
    SPEAKERS,
    RegisterSheets,
)

# Closed-class words: a pronoun (or a bare determiner) is how the text refers, not a name.
PRONOUNS = frozenset({
    "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him",
    "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "one", "who",
    "whom", "whose", "this", "that", "these", "those",
})  # fmt: skip
# Words kept lower-case inside a proper-cased name ("Ministry of Foreign Affairs").
SMALL_WORDS = frozenset({
    "of", "the", "and", "for", "on", "in", "at", "to", "by", "de", "del", "la", "le", "von",
    "van", "da", "du",
})  # fmt: skip
PROPER_CASE_TYPES = frozenset({"person", "organization"})


def _quote_values(article_keys: dict[str, str], names: dict[str, str]) -> dict[
    str, Callable[[QuoteRecord], Any]
]:
    """Quotes header -> how to get its value from a record (reviewer columns have none)."""
    return {
        "Quote": lambda q: q.quote_text,
        "Speaker": lambda q: names.get(q.speaker_name or "", q.speaker_name),
        "Confidence": lambda q: q.confidence,
        "Flags": lambda q: ", ".join(q.flags),
        "Type": lambda q: q.quote_type,
        "Cue": lambda q: q.cue,
        "Speaker as written": lambda q: q.speaker_text,
        "Suggested speaker": lambda q: q.suggested_speaker,
        "Role": lambda q: q.speaker_role,
        "Speaker type": lambda q: q.speaker_type,
        "Title": lambda q: q.article_title,
        "Date": lambda q: q.article_date,
        "Dateline": lambda q: q.dateline,
        "Context": lambda q: q.context,
        "Article ID": lambda q: q.article_id,
        "File": lambda q: q.source_file,
        QUOTE_ID: lambda q: q.quote_id,
        "Quote start": lambda q: q.quote_start,
        "Quote end": lambda q: q.quote_end,
        "Rule": lambda q: q.rule,
        ARTICLE_KEY: lambda q: article_keys.get(q.article_id),
    }


def quote_rows(
    quotes: Iterable[QuoteRecord],
    article_keys: dict[str, str] | None = None,
    names: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    """Quotes rows in the tool's column order; Review, Notes start empty."""
    getters = _quote_values(article_keys or {}, names or {})
    return [
        {h: (getters[h](q) if h in getters else None) for h in QUOTE_HEADERS} for q in quotes
    ]


def _row(headers: tuple[str, ...], values: tuple[Any, ...]) -> dict[str, Any]:
    """Pair a header tuple with its values; strict so a missing column fails loudly."""
    return dict(zip(headers, values, strict=True))


# --------------------------------------------------------------------------- speakers


def proper_case(name: str, speaker_type: str | None) -> str:
    """``foreign office`` -> ``Foreign Office`` for people and bodies written all lower-case.

    Names with any capital are left exactly as the text wrote them (``iPhone``, ``McDonald``).
    """
    if speaker_type not in PROPER_CASE_TYPES or name != name.lower() or not re.search(
        r"[^\W\d_]", name
    ):
        return name
    words = name.split(" ")
    return " ".join(
        word if index and word in SMALL_WORDS else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


@cache
def document_nouns() -> frozenset[str]:
    """Nouns for documents that speak for someone ("the statement"), from the built-in rules
    (the register is written after the pipeline, from records that carry no rule set)."""
    rules = read_rules(SpeakerNounRule, [builtin_rules_dir()])
    return frozenset(fold(rule.noun) for rule in rules if rule.document)


def is_name_alias(alias: str) -> bool:
    """Whether an alias is a way of *naming* a speaker, not a pronoun or a document."""
    words = re.findall(r"[\w'’]+", fold(alias))
    if not words:
        return False
    if all(word in PRONOUNS for word in words):
        return False
    head = re.sub(r"['’]s$", "", words[-1])
    nouns = document_nouns()
    return not (head in nouns or (head.endswith("s") and head[:-1] in nouns))


def _alias_key(text: str) -> str:
    """``The National Assembly``, ``national assembly`` and ``National Assembly's`` are one."""
    return re.sub(r"^(?:the|a|an) ", "", name_key(re.sub(r"['’]s\b", "", text)))


def clean_aliases(name: str, aliases: Iterable[str]) -> list[str]:
    """Distinct name-like aliases, without the canonical name itself, first spelling kept."""
    seen = {_alias_key(name)}
    kept = []
    for alias in aliases:
        alias = " ".join(alias.split())
        if _alias_key(alias) in seen or not is_name_alias(alias):
            continue
        seen.add(_alias_key(alias))
        kept.append(alias)
    return kept


def display_names(speakers: Iterable[SpeakerSummary]) -> dict[str, str]:
    """Canonical name -> the name shown in the workbook."""
    return {s.name: proper_case(s.name, s.type) for s in speakers}


def speaker_rows(
    speakers: Iterable[SpeakerSummary], names: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """Speakers rows, most quoted first so the people who matter most are on top."""
    names = names or {}
    ordered = sorted(speakers, key=lambda s: (-s.quote_count, s.name.casefold()))
    return [
        _row(SPEAKER_HEADERS, (
            names.get(s.name, s.name), s.type, s.role,
            "; ".join(clean_aliases(names.get(s.name, s.name), s.aliases)),
            s.quote_count, "; ".join(s.articles), None,
        ))
        for s in ordered
    ]  # fmt: skip


# --------------------------------------------------------------------------- articles, audit


def article_rows(
    articles: Iterable[Article], quotes: Iterable[QuoteRecord]
) -> list[dict[str, Any]]:
    """Articles rows; the quote count comes from the register so it always agrees with it."""
    counts = Counter(q.article_id for q in quotes)
    return [
        _row(ARTICLE_HEADERS, (a.article_id, a.source_file, a.title, a.date, a.dateline,
                               counts[a.article_id], a.end - a.start, article_key(a)))
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
        _row(AUDIT_HEADERS, ("READ_ERROR", "error", e.source_file, None, None, None, None,
                             e.message, None))
        for e in errors
    ]
    rows += [
        _row(AUDIT_HEADERS, (f.code, f.severity, f.article_id, f.quote_id, None,
                             _location(f.start, f.end), f.text, f.message, f.suggestion))
        for f in findings
    ]
    return rows


def build_sheets(register: Register) -> RegisterSheets:
    """The tool's own sheets for one run (no reviewer work yet)."""
    names = display_names(register.speakers)
    keys = {a.article_id: article_key(a) for a in register.articles}
    sheets = RegisterSheets()
    sheets.add(QUOTES, QUOTE_HEADERS, quote_rows(register.quotes, keys, names))
    sheets.add(SPEAKERS, SPEAKER_HEADERS, speaker_rows(register.speakers, names))
    sheets.add(ARTICLES, ARTICLE_HEADERS, article_rows(register.articles, register.quotes))
    sheets.add(AUDIT, AUDIT_HEADERS, audit_rows(register.findings, register.errors))
    return sheets
