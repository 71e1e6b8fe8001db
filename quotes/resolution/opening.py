"""The article's opening lines: the headline and deck, before the first paragraph that ends
a sentence. Headlinese writes a role or a body noun where the story writes the name
(``Festival chief executive says …``, ``Sask. teachers' union says …``), so descriptions there
are read forward (``later_holders``, ``unnamed``)."""

from __future__ import annotations

from .state import ArticleState

SENTENCE_ENDS = frozenset({".", "!", "?", "\u201d", '"', "'", "\u2019"})
CLOSING_MARKS = frozenset({"\u201d", '"', "'", "\u2019"})  # after a stop, or a quoted phrase


def in_opening_lines(state: ArticleState, position: int) -> bool:
    """Token ``position`` lies in a line before the first paragraph that ends a sentence."""
    first_body = state.memo.get("first_body_paragraph")
    if first_body is None:
        first_body = next((state.paragraph_of[n] for n in range(len(state.paragraph_of))
                           if _ends_paragraph(state, n) and _last_word(state, n) in SENTENCE_ENDS),
                          len(state.doc))
        state.memo["first_body_paragraph"] = first_body
    return state.paragraph(position) < first_body  # type: ignore[operator]


def _ends_paragraph(state: ArticleState, number: int) -> bool:
    """Sentence ``number`` is the last of its paragraph."""
    following = number + 1
    return following >= len(state.paragraph_of) or (
        state.paragraph_of[following] != state.paragraph_of[number])


def _last_word(state: ArticleState, number: int) -> str:
    """Sentence ``number``'s last token that is not white space (a paragraph break is one)."""
    start, end = state.sentence_bounds(number)
    words = [t.text for t in reversed(state.doc[start:end]) if not t.is_space]
    if len(words) > 1 and words[0] in CLOSING_MARKS and words[1] not in SENTENCE_ENDS:
        return words[1]  # "… says labour disruption is 'virtually inevitable'": a headline
    return words[0] if words else ""


def in_first_body_paragraph(state: ArticleState, position: int) -> bool:
    """Token ``position`` lies in the lede: the first paragraph that ends a sentence."""
    in_opening_lines(state, position)  # computes and keeps the lede's paragraph
    return state.paragraph(position) == state.memo["first_body_paragraph"]
