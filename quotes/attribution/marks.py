"""Pair quotation marks into quoted stretches, paragraph by paragraph.

Quotation marks are paired by type (“ ” ‘ ’ " ' « »), never across a paragraph break, and an
odd count never raises: an opening mark that does not close is kept as an *unclosed* stretch that
runs to the end of its paragraph. News style opens every paragraph of a multi-paragraph quotation
with a mark and closes only the last one, so an unclosed stretch followed by a paragraph that opens
with a mark is *continued*, not unbalanced. Apostrophes (``Iran’s``, ``don't``, ``students’
union``) are told apart from single quotation marks by the characters around them.

Everything here works on plain strings, so it can be tested without a language model.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..segmentation import Paragraph, paragraph_spans

DOUBLE = "double"
SINGLE = "single"

_OPENERS = {
    "\u201c": DOUBLE, "\u201e": DOUBLE, "\u00ab": DOUBLE, "\u2018": SINGLE, "\u2039": SINGLE,
}
_CLOSERS = {"\u201d": DOUBLE, "\u00bb": DOUBLE, "\u2019": SINGLE, "\u203a": SINGLE}
_AMBIGUOUS = {'"': DOUBLE, "\u2033": DOUBLE, "'": SINGLE}
_SINGLE_MARKS = {"\u2018", "\u2019", "'"}
_OPEN_CONTEXT = set(" \t\n\r([{\u2014\u2013-/:;,") | {"\u00a0"}
_SENTENCE_END = set(".!?")


@dataclass(frozen=True)
class QuotedSpan:
    """One quoted stretch in one paragraph.

    ``start``/``end`` include the marks; ``inner_start``/``inner_end`` exclude them. A stretch
    without an opening mark (``opened=False``) starts at its paragraph's first character (the
    tail of a quotation that began in an earlier paragraph) or after a lead-in's colon (an
    opening mark the page dropped).
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    kind: str
    opened: bool
    closed: bool
    paragraph: int
    depth: int = 0
    continues_previous: bool = False
    continues_next: bool = False

    @property
    def balanced(self) -> bool:
        """False for a stretch whose opening mark never closes and is not carried on."""
        return self.closed or self.continues_next


def paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of ``text``: a line each, or line-wrapped blocks in hard-wrapped copy."""
    return paragraph_spans(text)


def _is_word(char: str) -> bool:
    return char.isalnum()


def _role(text: str, i: int, open_kinds: list[str]) -> str | None:
    """Whether the mark at ``i`` opens, closes, or is an apostrophe (None)."""
    char = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if char in _OPENERS:
        kind = _OPENERS[char]
        if kind == SINGLE and _is_word(before) and _is_word(after):
            return None  # a mis-typed apostrophe inside a word
        if kind == DOUBLE and DOUBLE in open_kinds and not before.isspace() and (
                after.isspace() or after in ",.;:!?"):
            return "close"  # “… is growing,“ he said: an opening mark typed to close
        return "open"
    if char in _CLOSERS:
        kind = _CLOSERS[char]
        if kind == DOUBLE and DOUBLE not in open_kinds and (
                before in _OPEN_CONTEXT or i == 0) and after.isalnum():
            return "open"  # ”He was told …,’’: a closing mark typed to open, before a word
        if kind == DOUBLE and DOUBLE not in open_kinds and _glued_after_sentence(text, i):
            return "open"  # ‘… of Afghanistan.”Dialogues are …,” he said’: space lost too
        if kind == SINGLE:
            if _is_word(before) and _is_word(after):
                return None  # Iran’s, don’t
            if SINGLE not in open_kinds:
                return "close-orphan" if not _is_word(before) or after in " ,.;:!?" else None
        return "close"
    kind = _AMBIGUOUS[char]
    opens_here = (before in _OPEN_CONTEXT or i == 0 or before in _OPENERS) and not after.isspace()
    closes_here = not before.isspace() and (not _is_word(after))
    if kind == SINGLE:
        if _is_word(before) and _is_word(after):
            return None  # don't
        if opens_here and (after.isalpha() or after in "\u201c\"") and SINGLE not in open_kinds:
            return "open"
        if closes_here and SINGLE in open_kinds:
            return "close"
        return None  # students' union, '90s
    if DOUBLE in open_kinds and closes_here:
        return "close"
    if opens_here:
        return "open"
    if closes_here:
        return "close" if DOUBLE in open_kinds else "close-orphan"
    return "close" if DOUBLE in open_kinds else "open"


def _glued_after_sentence(text: str, i: int) -> bool:
    """A closing double mark glued between a sentence's full stop and a capital letter, with
    nothing open, and another closing mark later in its paragraph: the page lost the space
    and typed the opening mark as a closing one (``Afghanistan.”Dialogues are …,” he said``).
    """
    if i == 0 or text[i - 1] not in _SENTENCE_END or i + 1 >= len(text) or (
            not text[i + 1].isupper()):
        return False
    line_end = text.find("\n", i)
    return "\u201d" in text[i + 1:line_end if line_end >= 0 else len(text)]


def _doubled_single(text: str, i: int, end: int) -> bool:
    """``‘’It's not a question …”``: two single marks typed for one double mark."""
    return text[i] in _SINGLE_MARKS and i + 1 < end and text[i + 1] in _SINGLE_MARKS


def _doubled_role(text: str, i: int, open_kinds: list[str]) -> str | None:
    """Whether a doubled single mark at ``i`` opens or closes a double quotation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 2] if i + 2 < len(text) else " "
    if (before in _OPEN_CONTEXT or i == 0) and not after.isspace() and (
            DOUBLE not in open_kinds):
        return "open"
    if not before.isspace() and not _is_word(after) and DOUBLE in open_kinds:
        return "close"
    return None


def _closes_glued_word(text: str, i: int, end: int, stack: list[tuple[str, int, int]]) -> bool:
    """``her video "How To Talk To "was featured …``: a straight double mark that looks like an
    opener (a space before it, a letter after) while a straight double quotation is open, with
    an even number of straight double marks left in the paragraph, closes the open one and
    lost the space after it. Read as an opener, it would leave one mark more than can pair."""
    if text[i] != '"' or not stack or stack[0][0] != DOUBLE or text[stack[0][1]] != '"':
        return False
    return text.count('"', i + 1, end) % 2 == 0


def _scan_paragraph(text: str, para: Paragraph) -> Iterator[QuotedSpan]:
    stack: list[tuple[str, int, int]] = []  # (kind, position of opening mark, its width)
    seen_mark = False
    i = para.start
    while i < para.end:
        char = text[i]
        if text.startswith("``", i) and DOUBLE not in [k for k, _, _ in stack]:
            stack.append((DOUBLE, i, 2))  # ``…'': two grave accents typed for an opening mark
            seen_mark = True
            i += 2
            continue
        if char not in _OPENERS and char not in _CLOSERS and char not in _AMBIGUOUS:
            i += 1
            continue
        open_kinds = [k for k, _, _ in stack]
        if _doubled_single(text, i, para.end):
            width, kind, role = 2, DOUBLE, _doubled_role(text, i, open_kinds)
        else:
            width = 1
            kind = _OPENERS.get(char) or _CLOSERS.get(char) or _AMBIGUOUS[char]
            role = _role(text, i, open_kinds)
        if role is None:
            i += width
            continue
        if role == "open" and _closes_glued_word(text, i, para.end, stack):
            role = "close"
        if role == "open":
            if kind == DOUBLE and stack and stack[0][0] == DOUBLE and not (
                    _nested_in_paragraph_quote(text, para, stack[0][1], i)
                    or _nested_in_other_style(text, para, stack[0][1], i)):
                # Double marks do not nest in English: a second opener means the first never
                # closed. End the first one before the new opener and start again.
                _, pos, opened_width = stack[0]
                end = len(text[:i].rstrip())
                yield QuotedSpan(pos, end, pos + opened_width, end, DOUBLE, True, False,
                                 para.index)
                stack.clear()
            stack.append((kind, i, width))
        elif role == "close":
            if not any(k == kind for k, _, _ in stack):
                role = "close-orphan"
            else:
                while stack:
                    open_kind, pos, opened_width = stack.pop()
                    if open_kind == kind:
                        yield QuotedSpan(pos, i + width, pos + opened_width, i, kind, True, True,
                                         para.index, depth=len(stack))
                        break
        if role == "close-orphan" and not seen_mark and kind == DOUBLE:
            # the tail of a quotation opened in an earlier paragraph, or one whose opening
            # mark the page dropped after a lead-in's colon ("Ruiz says: We are thrilled …”")
            begin = _after_lead_in_colon(text, para.start, i)
            yield QuotedSpan(begin, i + width, begin, i, kind, False, True, para.index)
        seen_mark = True
        i += width
    for open_kind, pos, opened_width in stack:
        if open_kind == DOUBLE or _opens_paragraph_speech(text, para, pos, opened_width):
            depth = sum(1 for _, p, _ in stack if p < pos)
            yield QuotedSpan(pos, para.end, pos + opened_width, para.end, open_kind, True, False,
                             para.index, depth=depth)


def _nested_in_paragraph_quote(text: str, para: Paragraph, outer: int, inner: int) -> bool:
    """``“We received comments, describing it as a “completely different town” over the
    weekend.`` in a quotation that runs on over paragraphs: a house style that nests double
    marks. The outer mark opens the paragraph, the inner one opens after a word and closes
    mid-sentence, the sentence going on after it with no further mark: the inner words are
    quoted inside. Straight marks, whose direction is a guess, never nest."""
    if text[para.start:outer].strip() or text[outer] != "\u201c" or text[inner] != "\u201c" or (
            not text[:inner].rstrip()[-1:].isalpha()):
        return False  # curly marks only (their direction is sure), opened after a word
    close = next((k for k in range(inner + 1, para.end) if text[k] == "\u201d"), None)
    if close is None:
        return False
    rest = text[close + 1 : para.end]
    return any(c.isalpha() for c in rest) and not any(c in "\u201c\u201d\"" for c in rest)


def _nested_in_other_style(text: str, para: Paragraph, outer: int, inner: int) -> bool:
    """``“We will "win" tonight,” said …`` (or ``"… “win” …,"``): a double quotation inside
    another written in the other style of double mark, closed in its own style before the
    outer one's closing mark. Pages pasted together mix the styles; the inner words are
    quoted inside, and the outer quotation is still open."""
    styles = {"\u201c": ('"', "\u201d"), '"': ("\u201d", '"')}
    if text[outer] not in styles or text[inner] == text[outer] or text[inner] not in styles:
        return False
    inner_close, outer_close = styles[text[outer]]
    close = text.find(inner_close, inner + 1, para.end)
    return close > 0 and text.find(outer_close, close + 1, para.end) > 0


def _opens_paragraph_speech(text: str, para: Paragraph, pos: int, width: int) -> bool:
    """A single mark opening the paragraph (or the words after its lead-in's colon) before a
    capital: the first paragraph of a quotation in single marks that runs on (British
    style). Kept only if the next paragraph opens with a mark too (``find_quoted_spans``)."""
    lead = text[para.start:pos].strip()
    return (lead == "" or lead.endswith(":")) and pos + width < para.end and (
        text[pos + width].isupper())


def _after_lead_in_colon(text: str, start: int, end: int) -> int:
    """Where the words after the last ``: `` before ``end`` begin (``start`` if none): a
    closing mark with no opener, in a paragraph that introduces it with a colon, closes words
    that began after the colon, not at the paragraph's start."""
    colon = text.rfind(": ", start, end)
    if colon < 0:
        return start
    begin = colon + 1
    while begin < end and text[begin].isspace():
        begin += 1
    return begin


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """All quoted stretches of ``text``, outermost first within each paragraph, in text order.

    Unclosed single-quote stretches are dropped (they are nearly always apostrophes that looked
    like openers) unless they open their paragraph and the next paragraph carries the
    quotation on; unclosed double-quote stretches are kept and linked to the next paragraph's
    quotation when that paragraph opens with one.
    """
    paras = paragraphs(text)
    spans: list[QuotedSpan] = []
    for para in paras:
        spans.extend(sorted(_scan_paragraph(text, para), key=lambda s: (s.start, -s.end)))
    # an unclosed single mark is kept only where the next paragraph carries the quotation on
    return [s for s in _link_paragraphs(spans, paras)
            if s.kind != SINGLE or s.closed or s.continues_next]


def _link_paragraphs(spans: list[QuotedSpan], paras: list[Paragraph]) -> list[QuotedSpan]:
    """Mark multi-paragraph quotations: unclosed here, opened (or orphan-closed) at the next
    paragraph's start."""
    linked = list(spans)
    for n, span in enumerate(linked):
        if span.closed or span.depth:
            continue
        next_para = span.paragraph + 1
        follower = next(
            (
                (m, s)
                for m, s in enumerate(linked)
                if s.paragraph == next_para and s.depth == 0 and s.start == paras[next_para].start
            ),
            None,
        )
        if follower is None:
            continue
        m, nxt = follower
        linked[n] = replace(span, continues_next=True)
        linked[m] = replace(nxt, continues_previous=True)
    return linked


def top_level(spans: list[QuotedSpan]) -> list[QuotedSpan]:
    """Quoted stretches not nested inside another one (quotes inside quotes stay inside)."""
    result: list[QuotedSpan] = []
    outer_end = -1
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.end <= outer_end:
            continue
        result.append(span)
        outer_end = span.end
    return result
