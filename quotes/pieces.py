"""Cut article bodies into pieces the pipeline processes in bounded time.

The attribution rules look at whole sentences and paragraphs, and spaCy's tokenizer splits a run
of punctuation one mark at a time, so the cost of one document grows faster than its length:
a 900 KB single line, or thousands of quotation marks that never close, would stall a run for
hours. Bounding every document the pipeline sees keeps a whole run linear in the corpus size:

* a body longer than ``PIECE_CHARS`` characters, or holding more than ``PIECE_MARKS``
  quotation marks, is cut into pieces at paragraph breaks where no quotation is open (else at a
  sentence end outside a quotation, else at a paragraph break, a space, or at the limit);
* runs of ``PUNCTUATION_RUN`` or more punctuation characters (a line of
  apostrophes, of double quotes, of dashes) are blanked in the text the pipeline sees: they
  hold no words.

Every news article in the development sets (up to 15,000 characters and 90 marks) stays whole.
Pieces never change the text: each carries its start in the body, and blanking keeps length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PIECE_CHARS = 20_000
PIECE_MARKS = 200
PUNCTUATION_RUN = 16
MIN_PIECE_SHARE = 4  # a cut inside a quotation-free stretch keeps at least 1/4 of the window

_MARK = re.compile(r"[“”„«»‹›\"″]|(?<!\w)['‘’]|['‘’](?!\w)")
_PUNCTUATION_RUN = re.compile(rf"[^\w\s]{{{PUNCTUATION_RUN},}}")
# What decides whether a quotation is open: paragraph breaks, double marks, sentence ends.
_EVENT = re.compile(r"(?P<para>\n)|(?P<open>[“„«])|(?P<close>[”»])|(?P<straight>\")"
                    r"|(?P<sentence>[.!?][”\"’)]*)(?=[ \t])")


@dataclass(frozen=True)
class Piece:
    """``text`` is ``body[start:start + len(text)]`` (with junk runs blanked)."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def blank_junk(body: str) -> tuple[str, int]:
    """``body`` with punctuation runs turned into spaces, and how many characters that blanked.

    Same length as ``body``, so offsets stay exact; newlines inside a run are kept.
    """
    blanked = 0

    def spaces(match: re.Match[str]) -> str:
        nonlocal blanked
        blanked += len(match.group())
        return " " * len(match.group())

    return _PUNCTUATION_RUN.sub(spaces, body), blanked


def split_body(body: str, max_chars: int = PIECE_CHARS, max_marks: int = PIECE_MARKS
               ) -> list[Piece]:
    """Pieces of at most ``max_chars`` characters and ``max_marks`` quotation marks.

    A body within both limits is one piece. Otherwise each cut falls at the last good place
    before the limit (see :func:`_best_cut`), so a quotation is only cut when it is longer
    than the piece itself.
    """
    marks = [match.start() for match in _MARK.finditer(body)]
    if len(body) <= max_chars and len(marks) <= max_marks:
        return [_without_leading_space(Piece(0, body))]
    pieces = []
    start = first_mark = 0
    while start < len(body):
        while first_mark < len(marks) and marks[first_mark] < start:
            first_mark += 1
        limit = min(start + max_chars, len(body))
        if first_mark + max_marks < len(marks):
            limit = min(limit, max(marks[first_mark + max_marks], start + 1))
        cut = len(body) if limit >= len(body) else _best_cut(body, start, limit)
        pieces.append(_without_leading_space(Piece(start, body[start:cut])))
        start = cut
    return pieces


def _without_leading_space(piece: Piece) -> Piece:
    """The piece from its first visible character on. Ingest blanks a headline, byline or
    furniture line to spaces (offsets stay put); left at the start of a document, that run is
    one long white-space token, and the small English model then misses the entity right
    after it (``The Saskatchewan Teachers' Federation`` under a blanked headline is no ORG)."""
    text = piece.text.lstrip()
    if not text:
        return piece
    skipped = len(piece.text) - len(text)
    return Piece(piece.start + skipped, text)


def _best_cut(body: str, start: int, limit: int) -> int:
    """Where to end the piece that starts at ``start`` and may not reach past ``limit``.

    In order: the last paragraph break, then the last sentence end, outside any quotation
    (double marks are paired within a paragraph, as :mod:`quotes.marks` pairs them), first in
    the last three quarters of the window (so pieces stay long), then anywhere; then the last
    paragraph break or sentence end inside a quotation, the last space, and the limit itself.
    """
    floor = start + max(1, (limit - start) // MIN_PIECE_SHARE)
    best: dict[str, int] = {}
    depth, straight = 0, False
    for match in _EVENT.finditer(body, start, limit):
        kind = match.lastgroup
        if kind in ("para", "sentence"):
            depth, straight = _closing_marks(match.group(), depth, straight)
            position = match.end()
            if depth == 0 and not straight:
                best[f"{'long' if position >= floor else 'short'}_safe_{kind}"] = position
            best[kind] = position
            if kind == "para":
                depth, straight = 0, False
        elif kind == "open":
            depth += 1
        elif kind == "close":
            depth = max(0, depth - 1)
        else:
            straight = not straight
    order = ("long_safe_para", "long_safe_sentence", "short_safe_para", "short_safe_sentence",
             "para", "sentence")
    for kind in order:
        if kind in best:
            return best[kind]
    space = max(body.rfind(" ", start + 1, limit), body.rfind("\t", start + 1, limit))
    return space + 1 if space > start else limit


def _closing_marks(text: str, depth: int, straight: bool) -> tuple[int, bool]:
    """The quotation state after the marks a sentence end carries (``.”`` closes one)."""
    for char in text:
        if char in "”»":
            depth = max(0, depth - 1)
        elif char == '"':
            straight = not straight
    return depth, straight
