"""Which named body a body description can be: ``the utility``, ``the agency``, ``the team``.

A hard constraint before salience, as for pronouns: a body noun fits a named body when the
name, or a noun the article apposed to it, carries the noun itself (``the ministry`` ->
``Ministry of Health``; ``the team`` -> ``the Hawks, a hockey team``) or a word of the same
kind of body (``the agency`` -> ``State Department``: both government). A name no word of
which tells its kind (``Unifor``) fits any body noun, but only as the body in focus. A name
whose words tell another kind never fits: ``the agency`` is not ``Northfield Power``, ``the
team`` not the ``University of Leeds``. The kinds are rules data (``families`` in
``rules/head_nouns.jsonl``).
"""

from __future__ import annotations

from ..names import Titles, name_tokens
from .config import Constraints
from .entities import Entity

NAMED = "named"  # the name or an apposition carries the noun itself
KIND = "kind"  # a word of the name says it is the same kind of body
UNKNOWN = "unknown"  # nothing says what kind of body it is (or the noun fits every kind)
ANY = "any"


def kind_words(entity: Entity, titles: Titles) -> list[str]:
    """The words that can say what a body is: its names' words and its descriptors."""
    words = [w for name in entity.names for w in name_tokens(name, titles)]
    return words + sorted(entity.descriptors)


def families_of(words: list[str], constraints: Constraints) -> frozenset[str]:
    """The kinds of body these words point to. A body noun among them decides (``Ministry of
    Energy`` is government, though ``energy`` alone suggests a company), and a listed pair
    wins over its words (``news agency`` is media, though ``agency`` alone is government);
    other words of the name (``Inc``, ``Power``) decide only when no body noun is there."""
    table, bodies = constraints.body_families, constraints.body_nouns
    heads: set[str] = set()
    others: set[str] = set()
    n = 0
    while n < len(words):
        pair = " ".join(words[n : n + 2])
        if n + 1 < len(words) and pair in table:
            heads |= table[pair]
            n += 2
            continue
        (heads if words[n] in bodies else others).update(table.get(words[n], frozenset()))
        n += 1
    return frozenset(heads or others)


def carries(words: list[str], noun: str) -> bool:
    """``security`` in ``cybersecurity``: a word of the name is the noun or ends in it."""
    return any(w == noun or (len(noun) >= 5 and w.endswith(noun)) for w in words)


def body_fit(entity: Entity, noun: str, titles: Titles, constraints: Constraints) -> str | None:
    """How a body noun fits a named body: ``NAMED``, ``KIND``, ``UNKNOWN``, or None (never)."""
    words = kind_words(entity, titles)
    if carries(words, noun):
        return NAMED
    wanted = constraints.body_families.get(noun, frozenset())
    kinds = families_of(words, constraints)
    if (wanted & kinds) - {ANY}:
        return KIND
    if not wanted or not (kinds - {ANY}) or ANY in wanted:
        return UNKNOWN
    return None
