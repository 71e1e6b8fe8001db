"""Where paragraphs and sentences may start: the layout of an article's text.

Most news text puts one paragraph on a line, so a line break ends a paragraph (and its sentence).
Wire copy and e-mailed press releases are often *hard-wrapped*: every line is cut at about the
same width, in the middle of a sentence, and paragraphs are told apart by a blank line or by a
line that ends a sentence. Reading such copy line by line cuts quotes, cue windows and sentences
in two, so the layout is decided per text, from its lines, not by a fixed rule:

* a text is hard-wrapped when most of its lines end mid-sentence at a similar width;
* in hard-wrapped text a paragraph ends at a blank line, or at a line that ends a sentence
  (outside an open quotation) before a line that starts one; every other line break is a space;
* elsewhere every line break ends a paragraph, as before.

The text is never rewritten: every stage asks :func:`paragraph_spans` (plain strings) or
:func:`breaks_after` for the same boundaries, so offsets stay exact.

The ``paragraph_breaks`` component also keeps a title abbreviation with its name
(``said Sgt. Steve Martos``): the tokenizer keeps ``Sgt.`` whole and no sentence starts after it;
and a dateline that opens a paragraph is cut off from the story's first sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from statistics import median

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from .datelines import MONTH_NAMES, story_start, wire_datelines
from .rules import RuleSet, pipeline_rules

MIN_WRAPPED_LINES = 4  # fewer mid-sentence line ends than this never make a text hard-wrapped
WRAPPED_SHARE = 0.5  # ... nor when fewer than half the lines followed by a line end mid-sentence
WIDTH_TOLERANCE = 0.25  # a wrapped line is within 25 % of the text's usual line width
WIDTH_AGREEMENT = 0.75  # ... and three in four wrapped lines must be
MAX_WRAP_WIDTH = 100  # paragraphs on one line are longer than any wrap width

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
_STARTS_SENTENCE = re.compile(r"^[\"'\u201c\u2018(\[]*[A-Z0-9]")
_OPENS_QUOTE = re.compile(r"^[\"\u201c\u2018]")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Za-z]\.){1,3}[\"'\u201d\u2019)]*$")


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int


@dataclass(frozen=True)
class _Line:
    start: int
    end: int  # the offset of its newline, or of the end of the text
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def _lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    while pos <= len(text):
        newline = text.find("\n", pos)
        stop = len(text) if newline == -1 else newline
        lines.append(_Line(pos, stop, text[pos:stop]))
        if newline == -1:
            break
        pos = newline + 1
    return lines


def _ends_mid_sentence(line: str) -> bool:
    stripped = line.rstrip()
    return not _SENTENCE_END.search(stripped) and stripped[-1:] not in ":;"


def is_hard_wrapped(text: str) -> bool:
    """Whether most lines of ``text`` are cut at a similar width in the middle of a sentence.

    Counted over lines followed by another non-blank line (the only ones a wrap can cut):
    enough of them end mid-sentence, and those are of a similar, short length -- a headline or
    a byline ends without a full stop too, but not at the width of the lines around it -- or
    most of them go on in lower case on the next line, which no headline or byline does.
    """
    lines = _lines(text)
    followed = [(a.text.strip(), b.text.strip()) for a, b in zip(lines, lines[1:], strict=False)
                if not a.blank and not b.blank]
    cut = [(line, after) for line, after in followed if _ends_mid_sentence(line)]
    wrapped = [len(line) for line, _ in cut]
    if len(wrapped) < MIN_WRAPPED_LINES or len(wrapped) < WRAPPED_SHARE * len(followed):
        return False
    if sum(1 for _, after in cut if _CONTINUES.match(after)) >= WRAPPED_SHARE * len(cut):
        return True  # most cut lines go on in lower case: wrapped, whatever the widths
        # (a column wrapped around a first-line indent has two widths)
    width = median(wrapped)
    if width > MAX_WRAP_WIDTH:
        return False
    similar = sum(1 for n in wrapped if abs(n - width) <= WIDTH_TOLERANCE * width)
    return similar >= WIDTH_AGREEMENT * len(wrapped)


@dataclass
class _QuoteBalance:
    """Double quotation marks opened and not closed so far in one paragraph (kept as counts,
    so a long hard-wrapped paragraph is read in one pass)."""

    curly: int = 0
    straight: int = 0

    def add(self, line: str) -> None:
        self.curly += line.count("\u201c") - line.count("\u201d")
        self.straight += line.count('"')

    @property
    def open(self) -> bool:
        return self.curly > 0 or self.straight % 2 == 1


def _wrap_continues(balance: _QuoteBalance, line: _Line, following: _Line) -> bool:
    """In hard-wrapped copy: whether the break after ``line`` is only a wrap (a space)."""
    if following.blank:
        return False
    ended = line.text.rstrip()
    if not _SENTENCE_END.search(ended) or _ABBREVIATION.search(ended):
        return True
    if not _STARTS_SENTENCE.match(following.text.lstrip()):
        return True
    return balance.open and not _OPENS_QUOTE.match(following.text.lstrip())


def wrap_offsets(text: str) -> frozenset[int]:
    """Offsets of the line breaks of ``text`` that are no paragraph break (hard-wrapped copy)."""
    if not is_hard_wrapped(text):
        return frozenset()
    lines = _lines(text)
    joined: set[int] = set()
    balance = _QuoteBalance()
    for line, following in zip(lines, lines[1:], strict=False):
        if line.blank:
            balance = _QuoteBalance()
            continue
        balance.add(line.text)
        if _wrap_continues(balance, line, following):
            joined.add(line.end)
        else:
            balance = _QuoteBalance()
    return frozenset(joined)


_RUNS_ON = re.compile(r"[\w,]$")  # a line left mid-sentence: a word or a comma last
_CONTINUES = re.compile(r"^[a-z][a-z]")  # "members voted", not "iPhone" or "eBay"


def broken_sentence_offsets(text: str) -> frozenset[int]:
    """Offsets of the line breaks of a blank-line gap that cuts a sentence in two (copy
    taken from a print layout: ``… postponed its decision on the`` / blank / ``budget during
    last week's meeting, members …``): the line before ends on a word or a comma and the
    line after starts with a lower-case word, so the gap is no paragraph break."""
    lines = _lines(text)
    joined: set[int] = set()
    before: _Line | None = None
    gap: list[int] = []
    for line in lines:
        if line.blank:
            gap.append(line.end)
            continue
        if before is not None and gap and _RUNS_ON.search(before.text.rstrip()) and (
                _CONTINUES.match(line.text.lstrip())):
            joined.add(before.end)
            joined.update(gap)
        before, gap = line, []
    return frozenset(joined)


@lru_cache(maxsize=4)
def joined_breaks(text: str) -> frozenset[int]:
    """The line breaks of ``text`` that end no paragraph: wraps of hard-wrapped copy and
    blank lines cutting a sentence. Paragraphs and sentence starts both ask, once per text."""
    return wrap_offsets(text) | broken_sentence_offsets(text)


def paragraph_spans(text: str) -> list[Paragraph]:
    """The paragraphs of ``text`` (stripped of surrounding blanks), in order."""
    return list(_paragraphs(text))


@lru_cache(maxsize=4)
def _paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Every stage of one document asks for its paragraphs (sentence boundaries, quotation
    marks, lead-ins, each token's and each sentence's paragraph): the scan is done once per
    text, a pure function of it, remembered for the last few texts only."""
    joined = joined_breaks(text)
    found: list[Paragraph] = []
    start = None
    end = 0
    for line in _lines(text):
        if not line.blank:
            left = line.start + len(line.text) - len(line.text.lstrip())
            start = left if start is None else start
            end = line.start + len(line.text.rstrip())
        if start is not None and line.end not in joined:
            found.append(Paragraph(len(found), start, end))
            start = None
    return tuple(found)


def breaks_after(text: str) -> list[int]:
    """Offsets of the line breaks that end a paragraph (every "\\n" outside hard-wrapped copy)."""
    joined = joined_breaks(text)
    return [m.start() for m in re.finditer("\n", text) if m.start() not in joined]


def paragraph_of_offsets(text: str, offsets: Iterable[int]) -> list[int]:
    """The index of the paragraph (as :func:`paragraph_spans` numbers them) each offset falls
    in; an offset between two paragraphs belongs to the earlier one. ``offsets`` ascend."""
    starts = [para.start for para in paragraph_spans(text)]
    numbers, seen = [], 0
    for offset in offsets:
        while seen < len(starts) and starts[seen] <= offset:
            seen += 1
        numbers.append(max(seen - 1, 0))
    return numbers


def dateline_ends(text: str) -> frozenset[int]:
    """Where sentences must start around datelines: after one that opens a paragraph
    (``HOUSTON, March 4 /PRNewswire/ -- Brightmoor Ltd. announced``), and after a release's
    labels (``Exhibit 99.1``, ``FOR IMMEDIATE RELEASE``), so neither is part of the first
    sentence and can never be read as its subject; and at both ends of one with a
    wire tag inside a paragraph (``… Press Release BURBANK, Calif.--(BUSINESS WIRE)--Officials
    at …``), where a headline was run into the story."""
    found = set()
    for para in paragraph_spans(text):
        begins, _ = story_start(text, para.start, para.end)  # past labels and a dateline
        if begins > para.start:
            found.add(begins)
        for inside in wire_datelines(text, para.start, para.end):
            found.update((inside.start, inside.end))
    found.discard(0)
    return frozenset(found)


MAX_HEADING_WORDS = 6

# "North Gas CoWe are aware": a capitalised run of words, then a lower-case letter directly
# followed by the capital that starts the first word of the text (a lost line break).
GLUED_HEADING = re.compile(
    rf"(?P<heading>[A-Z][\w&'’.\-]*(?:[ \t]+[A-Z&][\w&'’.\-]*){{0,{MAX_HEADING_WORDS - 1}}}?[a-z])"
    r"(?=[A-Z][a-z])"
)


def glued_heading_ends(text: str) -> list[int]:
    """Where a heading glued to a statement ends, in paragraphs that follow a colon lead-in
    (``… released the following statement:`` / ``North Gas CoWe are aware …``)."""
    found = []
    paragraphs = paragraph_spans(text)
    for before, para in zip(paragraphs, paragraphs[1:], strict=False):
        if text[before.start : before.end].endswith(":"):
            match = GLUED_HEADING.match(text, para.start, para.end)
            if match is not None:
                found.append(match.end())
    return found


def start_sentences_at(doc: Doc, offsets: Iterable[int]) -> None:
    """Start a sentence at each offset, first cutting in two any token the offset falls inside
    (``CoWe`` of a glued heading, ``WIRE)--Corvane`` after a Business Wire dateline). The text
    itself is unchanged."""
    offsets = sorted(set(offsets))
    pieces: dict[int, list[int]] = {}
    for offset in offsets:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is not None and span[0].idx < offset:
            pieces.setdefault(span[0].i, []).append(offset - span[0].idx)
    if pieces:
        with doc.retokenize() as retokenizer:
            for index, cuts in pieces.items():
                token = doc[index]
                bounds = [0, *cuts, len(token.text)]
                parts = [token.text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
                retokenizer.split(token, parts, heads=[(token, 0)] * len(parts))
    for offset in offsets:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is not None and span[0].idx == offset and span[0].i > 0:
            span[0].is_sent_start = True


def _name_like(token: object) -> bool:
    """A capitalised word that can start a name (``Sgt. Omar``), not a sentence opener such as
    ``The`` or ``He`` (``… promoted to Sgt. He was …`` ends a sentence after all)."""
    text = token.text  # type: ignore[attr-defined]
    return text[:1].isupper() and not token.is_stop  # type: ignore[attr-defined]


CLOCK_ABBREVIATIONS = {"a.m.", "p.m."}
# Words that go on a clock time rather than start a sentence (``3 p.m. Friday``, ``8 a.m. EDT``,
# ``8 a.m. Eastern Time``): weekdays, months and their abbreviations, and time zones.
_CALENDAR_TEXT = """
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
sat sun today tomorrow yesterday tonight
et est edt ct cst cdt mt mst mdt pt pst pdt akst hst gmt bst utc cet cest ist aest jst
eastern central mountain pacific atlantic alaska hawaii local
"""
CALENDAR_WORDS = frozenset(_CALENDAR_TEXT.split()) | frozenset(MONTH_NAMES)


def _clock_time_ends_sentence(previous: object, token: object) -> bool:
    """``… broke out at 2:30 p.m. At around 3 p.m., …``: the tokenizer keeps ``p.m.`` whole
    and the parser then runs the two sentences together. A capitalised word after a clock
    time starts a new sentence unless it goes on the time (``3 p.m. Friday``, ``8 a.m. ET``)."""
    if previous.lower_ not in CLOCK_ABBREVIATIONS:  # type: ignore[attr-defined]
        return False
    text = token.text  # type: ignore[attr-defined]
    return text[:1].isupper() and text.rstrip(".").lower() not in CALENDAR_WORDS


SENTENCE_END_MARKS = frozenset({".", "!", "?", "…", ":", ";", "--", "—", "–", "-"})
CLOSING_MARKS = frozenset({'"', "'", "”", "’", ")", "]", "»"})


def _may_end_sentence(doc: Doc, index: int) -> bool:
    """Whether a sentence may end before ``doc[index]``: only after a full stop, question or
    exclamation mark, colon, semicolon or dash (or a word ending in a full stop, ``U.S.``),
    perhaps followed by closing quotation marks or brackets. Within a paragraph of prose no
    sentence starts without one; the small model's parser still starts some (``JAKARTA -
    Bank`` / ``Indonesia (BI) kept …``), and a sentence cut there loses its subject."""
    before = index - 1
    while before >= 0 and (doc[before].text in CLOSING_MARKS or doc[before].is_space):
        before -= 1
    if before < 0:
        return True
    text = doc[before].text
    return text in SENTENCE_END_MARKS or text.endswith((".", "!", "?", "…"))


class SentenceBoundaries:
    """Set sentence starts before the parser: at paragraph breaks, never after a title.

    A news paragraph never continues a sentence, so a paragraph break starts one (the parser
    keeps preset starts). Hard-wrapped line breaks are spaces and start nothing. A title
    abbreviation (``Sgt.``, ``Drs.``) before a capitalised word belongs to the name that follows.
    """

    def __init__(self, nlp: Language, name: str, rules: RuleSet,
                 rules_dir: str | None = None) -> None:
        self.name = name
        self.rules = rules  # shared with the later components (``pipeline_rules``)
        self.rules_dir = rules_dir
        self.titles = frozenset(rule.text for rule in rules.titles
                                if rule.text.endswith(".") and " " not in rule.text)
        for title in self.titles:
            nlp.tokenizer.add_special_case(title, [{ORTH: title}])

    def __call__(self, doc: Doc) -> Doc:
        forced = {*glued_heading_ends(doc.text), *dateline_ends(doc.text)}
        start_sentences_at(doc, forced)
        breaks = set(breaks_after(doc.text))
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if token.is_space or token.idx in forced:
                continue
            if self._after_break(previous, breaks):
                token.is_sent_start = True
            elif previous.text in self.titles and _name_like(token):
                token.is_sent_start = False
            elif _clock_time_ends_sentence(previous, token):
                token.is_sent_start = True
            elif not _may_end_sentence(doc, token.i):
                token.is_sent_start = False
        return doc

    @staticmethod
    def _after_break(previous: object, breaks: set[int]) -> bool:
        """A paragraph break falls in the whitespace (or space token) just before a token."""
        start = previous.idx  # type: ignore[attr-defined]
        stop = start + len(previous.text_with_ws)  # type: ignore[attr-defined]
        return any(offset in breaks for offset in range(start, stop))


@Language.factory(
    "paragraph_breaks",
    default_config={"rules_dir": None},
    assigns=["token.is_sent_start"],
)
def make_paragraph_breaks(nlp: Language, name: str, rules_dir: str | None) -> SentenceBoundaries:
    """``rules_dir``: a folder whose ``titles.jsonl`` extends the built-in titles."""
    return SentenceBoundaries(nlp, name, pipeline_rules(nlp, rules_dir), rules_dir)
