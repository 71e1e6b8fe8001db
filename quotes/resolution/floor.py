"""Floating quotes: how sure we are that a quote with no cue is still its speaker's.

News keeps the floor with a speaker across quote paragraphs (``"…," said Ruiz.`` then a
paragraph that is only a quote), so a floating quote inherits the speaker of the quote it
continues. Two things make that doubtful, and each lowers confidence (``ConfidenceWeights.
linking_doubts``) without changing who is named: someone else became the subject of a
sentence before the new paragraph (the floor may have passed), or the quote it continues was
itself a floating line alone in its paragraph (dialogue, where speakers take turns).
"""

from __future__ import annotations

from .confidence import doubt
from .entities import Entity
from .state import ArticleState


def floating_doubts(state: ArticleState, speaker: object, since: int, position: int,
                    source_floating: bool) -> list[str]:
    """The doubts of a floating quote at token ``position`` that continues the quote
    resolved at token ``since`` (itself floating or not) whose speaker is ``speaker``."""
    if state.paragraph(since) == state.paragraph(position):
        return []  # the same paragraph: the speaker goes on
    if floor_contested(state, speaker, since, position):
        return [doubt("contested-floor")]
    if source_floating and state.only_quote(state.paragraph(since)):
        return [doubt("dialogue-turn")]
    return []


def floor_contested(state: ArticleState, speaker: object, since: int, position: int) -> bool:
    """Another person or body the subject of a sentence between the two quotes (several
    speakers together: who goes on is unclear anyway)."""
    if not isinstance(speaker, Entity):
        return True
    return state.floor_taken_between(speaker, since, position)
