"""Word similarity in verify (rapidfuzz's Indel measure) and the window a claim lines up with."""

from __future__ import annotations

import pytest

from quotes.verify import aligned_window, similarity


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("we will win", "we will win", 1.0),
    ("we will win the vote", "we will lose the vote", 0.8),
    ("prices will fall soon", "soon prices will fall", 0.75),
    ("one two", "three four", 0.0),
    ("", "", 1.0),
])
def test_similarity_is_twice_the_common_words_over_all_words(a: str, b: str,
                                                             expected: float) -> None:
    assert similarity(a.split(), b.split()) == pytest.approx(expected)


@pytest.mark.parametrize(("claim", "quote", "window"), [
    # the claim's stretch of a longer quote, one word changed; the stray first "the" stays out
    ("the bridge will open by spring",
     "after months of delays the mayor said the bridge will open by summer at the latest",
     (7, 13)),
    # nothing in common: no window
    ("entirely different words here", "we will rebuild the bridge", (0, 0)),
    # the quote is the claim
    ("we will rebuild", "we will rebuild", (0, 3)),
])
def test_aligned_window(claim: str, quote: str, window: tuple[int, int]) -> None:
    assert aligned_window(claim.split(), quote.split()) == window
