"""Tests for cutting bodies into bounded pieces (no model needed)."""

from __future__ import annotations

import pytest

from quotes.pieces import Piece, blank_junk, split_body


def joined(pieces: list[Piece], body: str) -> None:
    """Pieces tile the body: in order, no overlap, each its own slice, nothing but the white
    space a piece would open with left between them."""
    assert not body[: pieces[0].start].strip() and pieces[-1].end == len(body)
    for before, after in zip(pieces, pieces[1:], strict=False):
        assert before.end <= after.start and not body[before.end : after.start].strip()
    for piece in pieces:
        assert piece.text == body[piece.start : piece.end]


def test_a_short_body_is_one_piece() -> None:
    body = "“We will build it,” the mayor said.\n\nThe council agreed."
    assert split_body(body) == [Piece(0, body)]


def test_a_piece_starts_at_its_first_visible_character() -> None:
    # a headline blanked by ingest leaves a run of spaces; the model reads the lede without it
    body = " " * 40 + "\n\nThe Harbour Teachers' Federation said talks had failed."
    assert split_body(body) == [Piece(42, body[42:])]
    assert split_body("   \n") == [Piece(0, "   \n")]  # nothing visible: kept as it is


def test_cuts_fall_at_paragraph_breaks() -> None:
    paragraph = "“Rates will rise,” the governor said on Monday.\n"
    body = paragraph * 10
    pieces = split_body(body, max_chars=3 * len(paragraph) + 5)
    joined(pieces, body)
    assert [len(p.text) for p in pieces] == [3 * len(paragraph)] * 3 + [len(paragraph)]


def test_a_multi_paragraph_quotation_is_never_cut() -> None:
    # News style: each paragraph of one quotation opens with a mark; only the last closes.
    body = ("Intro line here.\n"
            "“The first part of what she said\n"
            "“and the second part of it,\n"
            "“and the end of it,” she said.\n"
            "After that, nothing.\n")
    after = body.index("After")
    # The first window ends inside the quotation; its last paragraph breaks are inside it too.
    pieces = split_body(body, max_chars=after - 10)
    joined(pieces, body)
    assert [p.text for p in pieces] == ["Intro line here.\n", body[17:after], body[after:]]


def test_a_long_paragraph_is_cut_at_a_sentence_end_outside_quotes() -> None:
    body = "He spoke. “Stop. Now. Please,” she said. They left. " * 4
    pieces = split_body(body, max_chars=60)
    joined(pieces, body)
    for piece in pieces[:-1]:
        assert piece.text.count("“") == piece.text.count("”"), piece.text
        assert piece.text.rstrip().endswith((".", "”"))


def test_marks_bound_a_piece_too() -> None:
    body = "“a ” " * 300  # 600 marks in 1,500 characters
    pieces = split_body(body, max_marks=100)
    joined(pieces, body)
    assert all(p.text.count("“") + p.text.count("”") <= 100 for p in pieces)
    assert len(pieces) >= 6


@pytest.mark.parametrize("body", ["x" * 5000, "“" * 5000, "word " * 2000 + "z" * 3000])
def test_text_without_good_places_is_still_cut_and_tiled(body: str) -> None:
    pieces = split_body(body, max_chars=700, max_marks=50)
    joined(pieces, body)
    assert all(len(p.text) <= 700 for p in pieces)


@pytest.mark.parametrize(
    ("body", "expected", "blanked"),
    [
        ("'" * 20, " " * 20, 20),
        ('He said "' + '"' * 30 + '" ok', 'He said ' + " " * 32 + " ok", 32),
        ("a\n" + "-" * 16 + "\nb", "a\n" + " " * 16 + "\nb", 16),
        ("“Yes…” he said!?!", "“Yes…” he said!?!", 0),  # short runs are language
        ("''''\n''''\n''''\n''''\n''''", "''''\n''''\n''''\n''''\n''''", 0),
    ],
)
def test_blank_junk(body: str, expected: str, blanked: int) -> None:
    assert blank_junk(body) == (expected, blanked)
