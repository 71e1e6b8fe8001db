"""Corpus steps: one row per person or body across every article of a run.

Within an article the resolution stage decides who a mention is; across articles only names are
left, so merging is a separate, corpus-wide step that the audit runs on the register rows.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from .model import QuoteRecord, SpeakerSummary, fold
from .names import name_tokens


def merge_speakers(records: Iterable[QuoteRecord]) -> tuple[list[SpeakerSummary], dict[str, str]]:
    """One row per person or body across articles; returns the rows and name -> merged name.

    Names merge when one name's words are all in exactly one longer name (``Siddiqui`` ->
    ``Khalid Maqbool Siddiqui``); a short name that fits two different full names stays as it is.
    """
    by_name: dict[str, list[QuoteRecord]] = defaultdict(list)
    for record in records:
        if record.speaker_name:
            by_name[record.speaker_name].append(record)
    names = sorted(by_name, key=lambda n: -len(name_tokens(n)))
    merged: dict[str, str] = {}
    for name in names:
        tokens = set(name_tokens(name))
        kind = by_name[name][0].speaker_type
        if kind not in {"person", "organization"}:
            merged[name] = name
            continue
        targets = {
            merged.get(other, other)
            for other in names
            if other != name
            and len(name_tokens(other)) > len(tokens)
            and tokens <= set(name_tokens(other))
            and by_name[other][0].speaker_type == kind
        }
        merged[name] = targets.pop() if len(targets) == 1 else name
    groups: dict[str, list[QuoteRecord]] = defaultdict(list)
    for name, group in by_name.items():
        groups[merged[name]].extend(group)
    rows = [_summary(name, group) for name, group in groups.items()]
    rows.sort(key=lambda r: (-r.quote_count, fold(r.name)))
    return rows, merged


def _summary(name: str, group: list[QuoteRecord]) -> SpeakerSummary:
    types = Counter(r.speaker_type or "unknown" for r in group)
    roles = Counter(r.speaker_role for r in group if r.speaker_role)
    aliases = sorted(({r.speaker_text for r in group if r.speaker_text} | {
        r.speaker_name for r in group if r.speaker_name}) - {name})
    articles = sorted({r.article_id for r in group})
    return SpeakerSummary(
        name=name,
        type=types.most_common(1)[0][0],
        role=roles.most_common(1)[0][0] if roles else None,
        aliases=aliases,
        quote_count=len(group),
        articles=articles,
    )
