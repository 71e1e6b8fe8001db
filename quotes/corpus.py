"""Corpus steps: one row per person or body across every article of a run.

Within an article the resolution stage decides who a mention is; across articles only names are
left, so merging is a separate, corpus-wide step that the audit runs on the register rows.

Merging rewrites a name only into the *same* entity: a person's surname into the one full name
that contains it; a body's short name into a longer name of the same body, never into a
different body that merely mentions it (a bare ``France`` is not the ``Ministry of Culture of
France``, ``Pakistan`` not the ``Pakistan Peoples Party``), and a bare generic body noun
(``Ministry``) only within the article that named the body in full.

Names are compared through an index by name word, so the step stays near-linear in the number
of distinct speakers: each name is folded once, and a name is only compared with the names that
share its rarest word.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from .model import QuoteRecord, SpeakerSummary, fold
from .names import Titles, builtin_titles, name_tokens

MERGED_KINDS = {"person", "organization"}
# Words that open a body's complement: what follows them names something else (a country, a field).
LINKING_WORDS = frozenset({"of", "for", "on", "in", "at", "to", "from", "de", "du", "des", "del",
                           "della", "di", "da", "and", "&", "by", "with"})
LEADING_ARTICLES = frozenset({"the", "la", "le", "el", "al"})


def merge_speakers(records: Iterable[QuoteRecord], titles: Titles | None = None
                   ) -> tuple[list[SpeakerSummary], dict[str, str]]:
    """One row per person or body across articles; returns the rows and name -> merged name.

    Names merge when one name's words are all in exactly one longer name of the same entity
    (``Siddiqui`` -> ``Khalid Maqbool Siddiqui``); a short name that fits two different full
    names stays as it is, and so does a name that would only fit a different body
    (see ``may_absorb``).
    """
    by_name: dict[str, list[QuoteRecord]] = defaultdict(list)
    for record in records:
        if record.speaker_name:
            by_name[record.speaker_name].append(record)
    merged = _merge_names(by_name, titles)
    groups: dict[str, list[QuoteRecord]] = defaultdict(list)
    for name, group in by_name.items():
        groups[merged[name]].extend(group)
    rows = [_summary(name, group) for name, group in groups.items()]
    rows.sort(key=lambda r: (-r.quote_count, fold(r.name)))
    return rows, merged


def _merge_names(by_name: dict[str, list[QuoteRecord]],
                 titles: Titles | None = None) -> dict[str, str]:
    """name -> the one longer name of the same entity that contains all its words (or itself).

    Longer names are settled first, so a name that merges into a name that itself merged
    follows it to the end of the chain.
    """
    titles = titles or builtin_titles()
    tokens = {name: name_tokens(name, titles) for name in by_name}
    kinds = {name: _kind(group) for name, group in by_name.items()}
    articles = {name: {r.article_id for r in group} for name, group in by_name.items()}
    names = sorted(by_name, key=lambda n: -len(tokens[n]))
    index = _word_index(names, tokens, kinds)
    merged: dict[str, str] = {}
    for name in names:
        words = set(tokens[name])
        kind = kinds[name]
        if kind not in MERGED_KINDS:
            merged[name] = name
            continue
        targets = {
            merged.get(other, other)
            for other in _sharing_rarest_word(words, index, kind)
            if other != name and len(tokens[other]) > len(words) and words <= set(tokens[other])
            and may_absorb(tokens[name], tokens[other], kind, titles.institutions,
                           same_article=bool(articles[name] & articles[other]))
        }
        merged[name] = targets.pop() if len(targets) == 1 else name
    return merged


def _kind(group: list[QuoteRecord]) -> str | None:
    """The type most of a name's quotes give it (the first one on a tie)."""
    counts = Counter(r.speaker_type for r in group)
    return max(counts, key=lambda kind: counts[kind])  # first seen wins a tie


def may_absorb(short: list[str], long: list[str], kind: str | None,
               generic_heads: frozenset[str], *, same_article: bool) -> bool:
    """Whether the name ``short`` can be the same entity as ``long``, which has all its words.

    People: always (a surname, a first and last name). Bodies: the short name must keep the
    long name's head (``Federal Reserve Bank``'s ``bank``) and use only words of the body's own
    name, not of its complement (``of Culture of France``); a bare generic body noun
    (``Ministry``, ``Council``: ``generic_heads``, the institution words of name_words.jsonl)
    stands for a body only in the article that named it.
    """
    if kind != "organization":
        return True
    own, words = _own_words(long), set(short) - LEADING_ARTICLES
    if not own or own[-1] not in words or not words <= set(own):
        return False
    generic = len(words) == 1 and own[-1] in generic_heads
    return same_article or not generic


def _own_words(tokens: list[str]) -> list[str]:
    """``the Ministry of Culture of France`` -> ``[ministry]``: the name before its complement."""
    words = list(tokens)
    while words and words[0] in LEADING_ARTICLES:
        words = words[1:]
    for n, word in enumerate(words):
        if n and word in LINKING_WORDS:
            return words[:n]
    return words


def _word_index(names: list[str], tokens: dict[str, list[str]],
                kinds: dict[str, str | None]) -> dict[tuple[str | None, str | None], list[str]]:
    """(kind, word) -> names of that kind containing the word; (kind, None) -> all of them."""
    index: dict[tuple[str | None, str | None], list[str]] = defaultdict(list)
    for name in names:
        index[(kinds[name], None)].append(name)
        for word in dict.fromkeys(tokens[name]):
            index[(kinds[name], word)].append(name)
    return index


def _sharing_rarest_word(words: set[str], index: dict[tuple[str | None, str | None], list[str]],
                         kind: str | None) -> list[str]:
    """The names of ``kind`` that contain the least common of ``words`` (all, if no words)."""
    if not words:
        return index.get((kind, None), [])
    return min((index.get((kind, word), []) for word in words), key=len)


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
