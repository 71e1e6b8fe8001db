"""Who a statement's speaker cannot be: the people and bodies it names itself.

``Macharia hid, he said``: Macharia is in the statement, so ``he`` is somebody else. The one
exception is the body a statement opens with as its subject when the attribution after it
names a body's kind or says ``it``/``they`` (``Harbor Mining posted a loss, the company
said``): that body may well be speaking of itself.
"""

from __future__ import annotations

import bisect

from ..model import Attribution
from .constraints import head_kind
from .entities import Entity, MentionEvent
from .state import ArticleState

BODY_KINDS = frozenset({"organization", "group"})


def named_inside(state: ArticleState, event_positions: list[int],
                 attribution: Attribution) -> frozenset[int]:
    """The numbers of the entities named inside the statement (``event_positions``: the
    positions of ``state.events``, sorted), but for the body it is about."""
    quote = state.span(attribution.quote.start, attribution.quote.end)
    if quote is None:
        return frozenset()
    first = bisect.bisect_left(event_positions, quote.start)
    last = bisect.bisect_left(event_positions, quote.end)
    inside = state.events[first:last]
    kept = body_the_statement_is_about(state, attribution, inside)
    return frozenset(ev.entity.number for ev in inside if ev.entity is not kept)


def body_the_statement_is_about(state: ArticleState, attribution: Attribution,
                                inside: list[MentionEvent]) -> Entity | None:
    """The body a statement opens with as its subject, when the attribution trails it and
    names a body's kind or says ``it``/``they`` (a person's ``he said`` after ``Jones
    retired`` stays open to doubt: the speaker may be anyone)."""
    speaker = attribution.speaker
    if speaker is None or speaker.start < attribution.quote.end or not inside:
        return None
    mention = state.span(speaker.start, speaker.end)
    opening = inside[0]
    if mention is None or not opening.subject or opening.entity.kind not in BODY_KINDS:
        return None
    root = mention.root
    if root.lower_ in {"it", "they"} or root.pos_ == "NOUN" and head_kind(
            root.lemma_, state.titles, state.constraints) == "organization":
        return opening.entity
    return None
